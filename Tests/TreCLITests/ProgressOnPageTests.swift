import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import TreTestSupport
import XCTest

/// Each target's status on its plan page is right and written in words beside its name,
/// and every SVG written is well-formed XML with a title.
final class ProgressOnPageTests: XCTestCase {
    /// The table row (`<tr>…</tr>`) that names `indicator`.
    func row(_ html: String, naming indicator: String) -> String? {
        html.components(separatedBy: "<tr>").first { $0.contains(">\(indicator)</a>") }
    }

    func testStatusesOnThePlanPages() throws {
        let folder = try Fixture.temporaryFolder()
        try Fixture.write(smallSite, in: folder.appendingPathComponent("Content"))
        XCTAssertEqual(try TreProcess.run(["build"], in: folder).status, 0)
        let output = folder.appendingPathComponent("Output")
        let haNam = try String(contentsOf: output.appendingPathComponent("plans/ha-nam-291/index.html"), encoding: .utf8)
        // Level: 60 at the end of 2023 → 80 by the end of 2025; at 30/06/2025 the path expects
        // about 75, and 76 was reached: on track.
        XCTAssertTrue(row(haNam, naming: "Tỷ lệ HTX hoạt động hiệu quả")?.contains("Đúng tiến độ") == true)
        // Per year: 9 new cooperatives in 2024 against 8–10 a year: on track (2025 not over).
        XCTAssertTrue(row(haNam, naming: "HTX thành lập mới mỗi năm")?.contains("Đúng tiến độ") == true)
        let chung = try String(contentsOf: output.appendingPathComponent("plans/ke-hoach-chung/index.html"), encoding: .utf8)
        // Cumulative: 20 + 15 = 35 of 80 from 1/1/2023 to 31/12/2025; about 67 expected by now: off track.
        XCTAssertTrue(row(chung, naming: "Tổ hợp tác thành lập mới")?.contains("Chậm tiến độ") == true)
        XCTAssertTrue(row(chung, naming: "Tổ hợp tác thành lập mới")?.contains("35 THT") == true)
    }

    func testEverySVGIsWellFormedWithATitle() throws {
        let folder = try Fixture.temporaryFolder()
        try FileManager.default.copyItem(at: Fixture.packageRoot.appendingPathComponent("Content"),
                                         to: folder.appendingPathComponent("Content"))
        XCTAssertEqual(try TreProcess.run(["build"], in: folder).status, 0)
        let files = FolderSnapshot.take(folder.appendingPathComponent("Output"))
        let svgs = files.filter { $0.key.hasPrefix("charts/") && $0.key.hasSuffix(".svg") }
        XCTAssertGreaterThan(svgs.count, 50)
        for (path, data) in svgs {
            let parser = XMLParser(data: data)
            XCTAssertTrue(parser.parse(), "\(path) is not well-formed: \(String(describing: parser.parserError))")
            XCTAssertTrue(String(decoding: data, as: UTF8.self).contains("<title"), "\(path) has no title")
        }
        // Inline charts in pages carry their title too.
        let plan = String(decoding: files["plans/ha-nam-291-kh-ubnd-2024/index.html"] ?? Data(), as: UTF8.self)
        XCTAssertGreaterThan(plan.components(separatedBy: "role=\"img\"").count - 1, 5)
        XCTAssertEqual(plan.components(separatedBy: "<svg").count, plan.components(separatedBy: "<title id=").count)
    }
}
