import Foundation
import TreTestSupport
import XCTest
@testable import TreCore

/// The messages of issue 13's trial: one cause gives one error, hints never advise creating a
/// file that exists nor mix languages, every kind of reference gets the nearest name, the
/// Vietnamese words for codes are read, missing images are errors, and workbooks stand in
/// for CSV files.
final class MessageRuleTests: XCTestCase {
    func check(_ files: [String: Data], language: Language = .en) -> [Diagnostic] {
        SiteBuilder.over(.memory(data: files), themeName: "theme").prepare().diagnostics.sorted
    }

    func check(_ changes: [String: String?]) -> [Diagnostic] {
        check(Fixture.with(smallSite, changes).compactMapValues { $0 }.mapValues { Data($0.utf8) })
    }

    private func lines(_ found: [Diagnostic]) -> [String] {
        found.map { "\($0.location): \($0.severity.rawValue): \($0.message.en)" }
    }

    func testOneMissingColumnIsOneError() {
        // `direction` missing: once, at the header; no "unknown indicator" for each target and
        // progress row that names one, and no follow-on warnings.
        let indicators = smallSite["data/indicators.csv"]!.replacingOccurrences(of: ",direction", with: "")
            .replacingOccurrences(of: ",increase", with: "")
        XCTAssertEqual(lines(check(["data/indicators.csv": indicators])),
                       ["Content/data/indicators.csv:1:1: error: Missing required column \"direction\"."])
    }

    func testBothFilesForOneTableIsOneError() throws {
        var files = smallSite.mapValues { Data($0.utf8) }
        files["data/indicators.xlsx"] = try XLSXParts.workbook(sheet: XLSXParts.sheet(XLSXParts.row(1, [("A", "id")])))
        XCTAssertEqual(lines(check(files)), [
            "Content/data/indicators.xlsx: error: Both data/indicators.csv and data/indicators.xlsx hold the same table, so Tre cannot tell which to read and read neither.",
        ])
    }

    func testAWorkbookStandsForItsCSVFile() throws {
        // targets.xlsx in a site with the decimal comma: a number cell 25.5 is 25.5, a text
        // cell "8,5" follows the site's rule, and a message names the sheet and cell.
        var files = smallSite.mapValues { Data($0.utf8) }
        files["data/targets.csv"] = nil
        files["site.yml"] = Data((smallSite["site.yml"]! + "csv: { decimal: \",\" }\n").utf8)
        let rows = XLSXParts.row(1, [("A", "plan"), ("B", "indicator"), ("C", "target"), ("D", "baseline")])
            + XLSXParts.row(2, [("A", "ha-nam-291"), ("B", "htx-hieu-qua"), ("C", 25.5), ("D", "8,5")])
            + XLSXParts.row(3, [("A", "ke-hoach-chung"), ("B", "tht-moi"), ("C", "25.000")])
        files["data/targets.xlsx"] = try XLSXParts.workbook(sheet: XLSXParts.sheet(rows))
        let content = ContentLoader.load(.memory(data: files))
        XCTAssertEqual(content.content?.targets.first?.target, 25.5)
        XCTAssertEqual(content.content?.targets.first?.baseline, 8.5)
        // (The CSV register's 3500.5 is refused too: in this site "." is not a decimal point.)
        XCTAssertEqual(content.diagnostics.errors.filter { $0.location.sheet != nil }.map { $0.location.text(.vi) + ": " + ($0.hint?.en ?? "") },
                       ["Content/data/targets.xlsx: trang tính \"Chỉ tiêu\", ô C3: Write the digits together: 25000."])
    }

    func testEveryKindOfReferenceGetsTheNearestName() {
        var files = smallSite
        files["plans/lam-dong-123-kh-ubnd-2024.md"] = "---\ntitle: Kế hoạch\nprovince: lam-dong\nfrom: 2024\nto: 2025\n---\nVăn bản.\n"
        files["provinces/lam-dong.md"] = "---\nname: Lâm Đồng\n---\nTỉnh.\n"
        files["data/progress.csv"]! += "lam-dong-123-kh-ubnd,htx-hieu-qua,2024,50,,\n"
        files["data/cooperatives.csv"]! += "htx-moi,HTX Mới,HTX,lam-dong-moi,,,,,,,,,,no,no,no,no\n"
        files["updates/tin-dau-tien.md"] = smallSite["updates/tin-dau-tien.md"]!.replacingOccurrences(of: "province: ha-nam", with: "province: hanam")
        files["cooperatives/htx-dong-tien-2.md"] = "Câu chuyện.\n"
        let hints = check(files.mapValues { Data($0.utf8) }).filter { $0.severity == .error }.map { $0.message.en + " " + ($0.hint?.en ?? "") }
        XCTAssertEqual(hints, [
            "Unknown cooperative \"htx-dong-tien-2\". Did you mean \"htx-dong-tien\"?",
            "Unknown province \"lam-dong-moi\". Did you mean \"lam-dong\"?",
            "Unknown plan \"lam-dong-123-kh-ubnd\". Did you mean \"lam-dong-123-kh-ubnd-2024\"?",
            "Unknown province \"hanam\". Did you mean \"ha-nam\"?",
        ])
        // With nothing near, the hint says how to make the name exist, in one language each.
        let far = check(["cooperatives/htx-khong-co-gi.md": "Câu chuyện.\n"])[0]
        XCTAssertEqual(far.hint?.en, "Check the spelling, or add a row with id \"htx-khong-co-gi\" to data/cooperatives.csv.")
        XCTAssertEqual(far.hint?.vi, "Kiểm tra chính tả, hoặc thêm vào data/cooperatives.csv một dòng có id «htx-khong-co-gi».")
        let indicator = check(["data/progress.csv": smallSite["data/progress.csv"]! + "ha-nam-291,chi-tieu-khac-han,2024,1,,\n"])
            .first { $0.severity == .error }
        XCTAssertEqual(indicator?.hint?.en, "Check the spelling, or add a row with id \"chi-tieu-khac-han\" to data/indicators.csv.")
    }

    func testVietnameseWordsForCodes() {
        let indicators = """
            id,name,unit,direction,measure
            htx-hieu-qua,Tỷ lệ HTX hoạt động hiệu quả,%,Tăng,mức
            htx-thanh-lap,HTX thành lập mới mỗi năm,HTX,tăng,Hằng năm
            tht-moi,Tổ hợp tác thành lập mới,THT,TĂNG,lũy kế

            """
        let targets = smallSite["data/targets.csv"]!.replacingOccurrences(of: "ha-nam-291,htx-hieu-qua,80,,,60,2023,,", with: "ha-nam-291,htx-hieu-qua,80,,,60,2023,ít nhất,")
        let coops = smallSite["data/cooperatives.csv"]!.replacingOccurrences(of: ",HTX,ninh-binh", with: ",Hợp tác xã,ninh-binh")
        let files = Fixture.with(smallSite, ["data/indicators.csv": indicators, "data/targets.csv": targets, "data/cooperatives.csv": coops])
        let loaded = ContentLoader.load(.memory(files))
        XCTAssertTrue(loaded.diagnostics.isEmpty, "\(loaded.diagnostics.items.map(\.message.en))")
        XCTAssertEqual(loaded.content?.indicators.map(\.measure), [.level, .perYear, .cumulative])
        XCTAssertEqual(loaded.content?.cooperatives.last?.kind, .htx)
        let wrong = lines(check(["data/indicators.csv": indicators.replacingOccurrences(of: "Tăng", with: "lên")]))
        XCTAssertEqual(wrong, ["Content/data/indicators.csv:2:45: error: \"lên\" is not a valid value here."])
        let hint = check(["data/indicators.csv": indicators.replacingOccurrences(of: "Tăng", with: "lên")])[0].hint
        XCTAssertEqual(hint?.vi, "Dùng một trong: increase, decrease (hoặc tăng, giảm)")
    }

    func testMissingImagesInBodiesAreErrorsWithTheFileOfAnotherCase() {
        var files = smallSite
        files["media/nha-kinh.jpg"] = "jpg"
        files["plans/ke-hoach-chung.md"]! += "\n![Nhà kính](media/Nha-kinh.JPG)\n\n![Không có](media/khong-co-anh.png)\n\nXem [kế hoạch](plans/khong-co).\n"
        let found = check(files.mapValues { Data($0.utf8) })
        XCTAssertEqual(lines(found), [
            "Content/plans/ke-hoach-chung.md:8:1: error: There is no file \"media/Nha-kinh.JPG\" in media/.",
            "Content/plans/ke-hoach-chung.md:10:1: error: There is no file \"media/khong-co-anh.png\" in media/.",
            "Content/plans/ke-hoach-chung.md:12:5: warning: Link \"plans/khong-co\" leads to no page or file of the site.",
        ])
        XCTAssertEqual(found[0].hint?.en, "Did you mean \"media/nha-kinh.jpg\"? File names are case-sensitive.")
        XCTAssertEqual(found[1].hint?.en, "Copy the file into media/ and write its path as media/photo-name.jpg.")
    }

    func testLinesOfCRLFFilesAreShownAsLFFilesAre() {
        let lf = "plan,indicator,date,value\nha-nam-291,htx-hieu-qua,2024,7\"0\n"
        var printed: [String] = []
        for text in [lf, lf.replacingOccurrences(of: "\n", with: "\r\n")] {
            let table = CSVReader.parse(text, file: "progress.csv")
            let excerpts = SourceExcerpts { _ in Data(text.utf8) }
            var all = table.diagnostics
            all.append(contentsOf: table.columns(required: ["plan"], optional: ["x"]).diagnostics)
            printed.append(DiagnosticPrinter(language: .vi, excerpts: excerpts).report(all))
        }
        XCTAssertEqual(printed[0], printed[1])
        let caret = { (column: Int) in "\n    | " + String(repeating: " ", count: column - 1) + "^\n" }
        XCTAssertTrue(printed[1].contains("  2 | ha-nam-291,htx-hieu-qua,2024,7\"0" + caret(31)), printed[1])
        XCTAssertTrue(printed[1].contains("  1 | plan,indicator,date,value" + caret(16)), "the header's line alone: \(printed[1])")
    }
}
