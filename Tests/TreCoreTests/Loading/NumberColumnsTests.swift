import TreTestSupport
import XCTest
@testable import TreCore

/// The *Numbers* rule of the content format in every numeric column of every file, in both
/// decimal modes: what is read, and what is refused with which fix.
final class NumberColumnsTests: XCTestCase {
    enum Outcome: Equatable {
        case value(Double)
        /// The English message (or its hint) contains this.
        case refused(String)
    }

    /// Where a column lives: the file, its header, a row with `{}` for the value, and how to
    /// read the value back from the loaded content.
    struct Column: Sendable {
        var file: String
        var header: String
        var row: String
        var read: @Sendable (SiteContent) -> Double?
    }

    static let columns: [String: Column] = [
        "target": Column(file: "data/targets.csv", header: "plan,indicator,target", row: "ke-hoach-chung,tht-moi,\"{}\"",
                         read: { $0.targets.first?.target }),
        "target_max": Column(file: "data/targets.csv", header: "plan,indicator,target,target_max",
                             row: "ke-hoach-chung,tht-moi,-1000,\"{}\"", read: { $0.targets.first?.targetMax }),
        "baseline": Column(file: "data/targets.csv", header: "plan,indicator,target,baseline",
                           row: "ke-hoach-chung,tht-moi,80,\"{}\"", read: { $0.targets.first?.baseline }),
        "target_year": Column(file: "data/targets.csv", header: "plan,indicator,target,target_year",
                              row: "ke-hoach-chung,tht-moi,80,\"{}\"", read: { $0.targets.first.map { Double($0.targetYear) } }),
        "baseline_year": Column(file: "data/targets.csv", header: "plan,indicator,target,baseline,baseline_year",
                                row: "ke-hoach-chung,tht-moi,80,1,\"{}\"", read: { $0.targets.first?.baselineYear.map(Double.init) }),
        "value": Column(file: "data/progress.csv", header: "plan,indicator,date,value", row: "ke-hoach-chung,tht-moi,2024,\"{}\"",
                        read: { $0.observations.first?.value }),
        "revenue": Column(file: "data/cooperatives.csv", header: "id,name,kind,province,revenue", row: "htx-a,A,HTX,ha-nam,\"{}\"",
                          read: { $0.cooperatives.first?.revenue }),
        "members": Column(file: "data/cooperatives.csv", header: "id,name,kind,province,members", row: "htx-a,A,HTX,ha-nam,\"{}\"",
                          read: { $0.cooperatives.first?.members.map(Double.init) }),
        "ocop_stars": Column(file: "data/cooperatives.csv", header: "id,name,kind,province,ocop_stars", row: "htx-a,A,HTX,ha-nam,\"{}\"",
                             read: { $0.cooperatives.first?.ocopStars.map(Double.init) }),
        "founded": Column(file: "data/cooperatives.csv", header: "id,name,kind,province,founded", row: "htx-a,A,HTX,ha-nam,\"{}\"",
                          read: { $0.cooperatives.first?.founded.map(Double.init) }),
        "decimals": Column(file: "data/indicators.csv", header: "id,name,unit,direction,measure,decimals",
                           row: "tht-moi,THT mới,THT,increase,cumulative,\"{}\"", read: { $0.indicators.first?.decimals.map(Double.init) }),
    ]

    func outcome(_ column: String, _ text: String, decimal: Character) -> Outcome {
        guard let place = Self.columns[column] else { return .refused("no such column") }
        var files = smallSite
        files[place.file] = place.header + "\n" + place.row.replacingOccurrences(of: "{}", with: text) + "\n"
        if decimal == "," { files["site.yml"] = (files["site.yml"] ?? "") + "csv: { decimal: \",\" }\n" }
        let (content, diagnostics) = ContentLoader.load(.memory(files))
        if let problem = diagnostics.errors.first(where: { $0.location.file == "Content/" + place.file }) {
            return .refused(problem.message.en + " | " + (problem.hint?.en ?? ""))
        }
        return content.flatMap(place.read).map(Outcome.value) ?? .refused("nothing read")
    }

    private func expect(_ columns: [String], _ cases: [(String, Outcome, Outcome)], file: StaticString = #filePath, line: UInt = #line) {
        for column in columns {
            for (text, point, comma) in cases {
                for (decimal, expected) in [(Character("."), point), (",", comma)] {
                    let found = outcome(column, text, decimal: decimal)
                    switch (expected, found) {
                    case (.refused(let part), .refused(let message)):
                        XCTAssertTrue(message.contains(part), "\(column) \(text) with \(decimal): \(message)", file: file, line: line)
                    default:
                        XCTAssertEqual(found, expected, "\(column) \(text) with \(decimal)", file: file, line: line)
                    }
                }
            }
        }
    }

    static let twoWays = "can be read two ways"
    static let thousands = "uses a thousands separator"

    func testDecimalColumns() {
        expect(["target", "target_max", "baseline", "value", "revenue"], [
            ("25.000", .refused("\(Self.twoWays): 25000 (the \".\" separates thousands) or 25 (the \".\" is the decimal point)"),
             .refused("\(Self.thousands); numbers are written without thousands separators. | Write the digits together: 25000.")),
            ("25,000", .refused("\(Self.twoWays): 25000 (the \",\" separates thousands) or 25 (the \",\" is the decimal point)"), .value(25)),
            ("4.500", .refused("For the thousands, write 4500; for the decimal, write 4.5."), .refused("Write the digits together: 4500.")),
            ("1.234", .refused("for the decimal, write 1.2340"), .refused("Write the digits together: 1234.")),
            ("25.5", .value(25.5), .refused("uses \".\" as the decimal point, but this site's files use \",\". | Write 25,5")),
            ("25.50", .value(25.5), .refused("Write 25,50")),
            ("0.125", .value(0.125), .refused("Write 0,125")),
            ("72,5", .refused("uses \",\" as the decimal point, but this site's files use \".\". | Write 72.5, or if all files use \",\""),
             .value(72.5)),
            ("1.234,5", .refused("Write the digits together: 1234.5. If every file writes numbers the Vietnamese way"),
             .refused("Write the digits together: 1234,5.")),
            ("1,234.5", .refused("Write the digits together: 1234.5."), .refused("Write the digits together: 1234,5.")),
            ("1.234.567", .refused("Write the digits together: 1234567."), .refused("Write the digits together: 1234567.")),
            ("1 234", .refused("Write the digits together: 1234."), .refused("Write the digits together: 1234.")),
            ("12%", .refused("% is only allowed for indicators whose unit is %"), .refused("% is only allowed")),
            ("-3.5", .value(-3.5), .refused("Write -3,5")),
            ("80", .value(80), .value(80)),
            ("80 HTX", .refused("is not a number"), .refused("is not a number")),
        ])
    }

    func testPercentIndicators() {
        var files = smallSite
        for (text, decimal, expected) in [("12%", Character("."), 12.0), ("72,5 %", ",", 72.5), ("72.5%", ".", 72.5)] {
            files["data/progress.csv"] = "plan,indicator,date,value\nha-nam-291,htx-hieu-qua,2024,\"\(text)\"\n"
            files["site.yml"] = smallSite["site.yml"]! + (decimal == "," ? "csv: { decimal: \",\" }\n" : "")
            XCTAssertEqual(ContentLoader.load(.memory(files)).content?.observations.first?.value, expected, text)
        }
    }

    func testWholeNumberAndYearColumns() {
        expect(["members"], [
            ("1.200", .refused("Write the digits together: 1200."), .refused("Write the digits together: 1200.")),
            ("1,200", .refused("Write the digits together: 1200."), .refused("is not a whole number from 0 to 10000000")),
            ("1 200", .refused("Write the digits together: 1200."), .refused("Write the digits together: 1200.")),
            ("120", .value(120), .value(120)),
            ("12,5", .refused("is not a whole number"), .refused("is not a whole number")),
        ])
        expect(["ocop_stars", "decimals"], [
            ("3", .value(3), .value(3)),
            ("7", .refused("is not a whole number from 0 to"), .refused("is not a whole number from 0 to")),
        ])
        XCTAssertEqual(outcome("ocop_stars", "9", decimal: "."), .refused("\"9\" is not a whole number from 0 to 5. | Write a whole number from 0 to 5, e.g. 3."))
        expect(["founded", "target_year", "baseline_year"], [
            ("2.024", .refused("Write the digits together: 2024."), .refused("Write the digits together: 2024.")),
            ("2024", .value(2024), .value(2024)),
            ("2024.0", .refused("is not a year"), .refused("is not a year")),
        ])
    }

    /// YAML years in front matter follow the same rule.
    func testYearsInFrontMatter() {
        var files = smallSite
        files["plans/ke-hoach-chung.md"] = files["plans/ke-hoach-chung.md"]!.replacingOccurrences(of: "to: 2025", with: "to: 2.025")
        let errors = ContentLoader.load(.memory(files)).diagnostics.errors
        XCTAssertTrue(errors.contains { $0.hint?.en == "Write the year as 4 digits, without words or separators: `to: 2025`." },
                      "\(errors.map(\.hint?.en))")
    }
}
