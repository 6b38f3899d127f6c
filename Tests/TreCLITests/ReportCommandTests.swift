import Foundation
import TreTestSupport
import XCTest

/// `tre report` through the real binary, its `.docx` read back by python-docx and by
/// LibreOffice, readers that share nothing with Tre.
final class ReportCommandTests: XCTestCase {
    static let slug = "ha-nam-6-thang-2024"

    /// Writes `files` as Content/ in a fresh folder and runs `tre` with `arguments` there.
    func run(_ files: [String: String], _ arguments: [String], environment: [String: String] = [:]) throws -> (URL, TreProcess.Result) {
        let folder = try Fixture.temporaryFolder()
        try Fixture.write(files, in: folder.appendingPathComponent("Content"))
        return (folder, try TreProcess.run(arguments, in: folder, environment: environment))
    }

    /// What python-docx reads from a `.docx` (`Tests/Reports/read_docx.py`).
    func read(_ docx: URL) throws -> [String: Any] {
        let python = try ReportTools.requirePythonDocx()
        let script = Fixture.packageRoot.appendingPathComponent("Tests/Reports/read_docx.py")
        let result = try ReportTools.run(python, [script.path, docx.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    func texts(_ paragraphs: Any?) -> [String] {
        (paragraphs as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
    }

    func testWordFileReadBackByPythonDocx() throws {
        let (folder, result) = try run(reportSite, ["report"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("Đã tạo 1 báo cáo"), result.stdout)
        let docx = folder.appendingPathComponent("Output/reports/\(Self.slug).docx")
        let dump = try read(docx)

        // A4, margins top and bottom 20 mm, left 30, right 15; page numbers from page 2.
        let section = try XCTUnwrap(dump["section"] as? [String: Any])
        for (key, value) in [("page_width_mm", 210.0), ("page_height_mm", 297.0), ("top_mm", 20.0), ("bottom_mm", 20.0),
                             ("left_mm", 30.0), ("right_mm", 15.0)] {
            XCTAssertEqual(section[key] as? Double, value, key)
        }
        XCTAssertEqual(section["different_first_page"] as? Bool, true)
        XCTAssertEqual(section["header_fields"] as? [String], [" PAGE "])
        XCTAssertEqual((section["header"] as? [[String: Any]])?.first?["style"] as? String, "Header")
        XCTAssertEqual(section["first_page_header"] as? [String], [""])

        // Times New Roman throughout; the decree's sizes, weights and slants.
        let font = try XCTUnwrap(dump["default_font"] as? [String: Any])
        XCTAssertEqual(font["name"] as? String, "Times New Roman")
        XCTAssertEqual(font["size"] as? Double, 14)
        let styles = try XCTUnwrap(dump["styles"] as? [String: [String: Any]])
        func style(_ name: String, size: Double, bold: Bool, italic: Bool, file: StaticString = #filePath, line: UInt = #line) {
            guard let found = styles[name] else { return XCTFail("no style \(name) in \(styles.keys.sorted())", file: file, line: line) }
            XCTAssertEqual(found["font"] as? String, "Times New Roman", name, file: file, line: line)
            XCTAssertEqual(found["size"] as? Double, size, name, file: file, line: line)
            XCTAssertEqual(found["bold"] as? Bool, bold, name, file: file, line: line)
            XCTAssertEqual(found["italic"] as? Bool, italic, name, file: file, line: line)
        }
        style("Normal", size: 14, bold: false, italic: false)
        style("Quốc hiệu", size: 12, bold: true, italic: false)
        style("Tiêu ngữ", size: 13, bold: true, italic: false)
        style("Cơ quan chủ quản", size: 13, bold: false, italic: false)
        style("Cơ quan ban hành", size: 13, bold: true, italic: false)
        style("Số, ký hiệu", size: 13, bold: false, italic: false)
        style("Địa danh, ngày tháng", size: 14, bold: false, italic: true)
        style("Tên loại văn bản", size: 14, bold: true, italic: false)
        style("Trích yếu", size: 14, bold: true, italic: false)
        style("Heading 1", size: 14, bold: true, italic: false)
        style("Quyền hạn, chức vụ người ký", size: 14, bold: true, italic: false)
        style("Họ tên người ký", size: 14, bold: true, italic: false)
        style("Nơi nhận", size: 12, bold: true, italic: true)
        style("Danh sách nơi nhận", size: 11, bold: false, italic: false)
        let normal = try XCTUnwrap(styles["Normal"])
        XCTAssertEqual(normal["alignment"] as? String, "JUSTIFY (3)")
        XCTAssertEqual(normal["first_line_indent_cm"] as? Double, 1.27)
        XCTAssertEqual(normal["space_after_pt"] as? Double, 6)

        // The header table: issuer and number on the left, Quốc hiệu, Tiêu ngữ and date on the right.
        let tables = try XCTUnwrap(dump["tables"] as? [[String: Any]])
        XCTAssertEqual(tables.count, 3, "header, targets, signature")
        let header = try XCTUnwrap(tables[0]["rows"] as? [[[String: Any]]])
        XCTAssertEqual(tables[0]["style"] as? String, "Bảng không kẻ")
        XCTAssertEqual(texts(header[0][0]["paragraphs"]), ["ỦY BAN NHÂN DÂN TỈNH HÀ NAM", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", ""])
        XCTAssertEqual(texts(header[0][1]["paragraphs"]), ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", ""])
        XCTAssertEqual(header[1][0]["text"] as? String, "Số: 125/BC-UBND")
        XCTAssertEqual(header[1][1]["text"] as? String, "Hà Nam, ngày 05 tháng 7 năm 2024")

        // Kind, summary, real headings and lists.
        let paragraphs = try XCTUnwrap(dump["paragraphs"] as? [[String: Any]])
        let styled = paragraphs.map { ($0["style"] as? String ?? "", $0["text"] as? String ?? "") }
        XCTAssertEqual(styled[0].0, "Tên loại văn bản")
        XCTAssertEqual(styled[0].1, "BÁO CÁO")
        XCTAssertEqual(styled[1].1, "Kết quả thực hiện Kế hoạch số 291/KH-UBND 6 tháng đầu năm 2024")
        XCTAssertTrue(styled.contains { $0 == ("Heading 1", "I. Kết quả thực hiện") })
        XCTAssertTrue(styled.contains { $0 == ("Heading 2", "1. Các chỉ tiêu") })
        XCTAssertTrue(styled.contains { $0 == ("List Bullet", "Củng cố hợp tác xã hiện có;") })
        XCTAssertTrue(styled.contains { $0 == ("List Number", "Đẩy nhanh các chỉ tiêu chậm tiến độ.") })
        let emphasis = try XCTUnwrap(paragraphs.first { ($0["text"] as? String)?.hasPrefix("Báo cáo kết quả") == true })
        XCTAssertEqual(emphasis["bold"] as? [Bool], [false, true, false, false, false])
        XCTAssertEqual(emphasis["italic"] as? [Bool], [false, false, false, true, false])
        XCTAssertEqual(paragraphs.compactMap { $0["pictures"] as? Int }.reduce(0, +), 1, "the chart as a picture")

        // The targets table, judged at the period's end (30/06/2024), not at as_of.
        let targets = try XCTUnwrap(tables[1]["rows"] as? [[[String: Any]]])
        XCTAssertEqual(tables[1]["style"] as? String, "Table Grid")
        XCTAssertEqual(tables[1]["header_rows"] as? Int, 1)
        XCTAssertEqual(targets.map { $0.compactMap { $0["text"] as? String } }, [
            ["TT", "Chỉ tiêu", "Mục tiêu", "Kết quả đến ngày 30/06/2024", "Đánh giá"],
            ["1", "Tỷ lệ HTX hoạt động hiệu quả\n“ít nhất 80% HTX hoạt động hiệu quả, đạt khá trở lên”", "ít nhất 80% (năm 2025)",
             "61% (30/06/2024)", "Chậm tiến độ"],
            ["2", "HTX thành lập mới mỗi năm\n“mỗi năm thành lập 8-10 HTX”", "8–10 HTX mỗi năm (năm 2025)",
             "Chưa có số liệu", "Chưa có số liệu"],
        ])

        // Signature on the right, "Nơi nhận" with its list on the left.
        let signature = try XCTUnwrap(tables[2]["rows"] as? [[[String: Any]]]).last ?? []
        XCTAssertEqual(texts(signature.first?["paragraphs"]),
                       ["Nơi nhận:", "- UBND tỉnh (để b/c);", "- Liên minh HTX tỉnh;", "- Lưu: VT, KTHT."])
        XCTAssertEqual(texts(signature.last?["paragraphs"]), ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Thị Bình"])
        XCTAssertEqual((dump["core"] as? [String: Any])?["language"] as? String, "vi-VN")
    }

    func testEnglishReportSaysReportWithEnglishStatusWords() throws {
        let (folder, result) = try run(englishReportSite, ["report"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("Made 1 report(s)"), result.stdout)
        let dump = try read(folder.appendingPathComponent("Output/reports/\(Self.slug).docx"))
        let paragraphs = try XCTUnwrap(dump["paragraphs"] as? [[String: Any]])
        XCTAssertEqual(paragraphs.first?["text"] as? String, "REPORT")
        let tables = try XCTUnwrap(dump["tables"] as? [[String: Any]])
        let header = try XCTUnwrap(tables[0]["rows"] as? [[[String: Any]]])
        XCTAssertEqual(texts(header[0][1]["paragraphs"]), ["SOCIALIST REPUBLIC OF VIET NAM", "Independence - Freedom - Happiness", ""])
        XCTAssertEqual(header[1][0]["text"] as? String, "No.: 125/BC-UBND")
        let rows = try XCTUnwrap(tables[1]["rows"] as? [[[String: Any]]]).map { $0.compactMap { $0["text"] as? String } }
        XCTAssertEqual(rows[0], ["No.", "Indicator", "Target", "Result as of 30 June 2024", "Status"])
        XCTAssertEqual(rows.dropFirst().map { $0.last }, ["Off track", "No data"])
        let all = (texts(paragraphs) + rows.flatMap { $0 }).joined(separator: "\n")
        for word in ["Đạt", "Đúng tiến độ", "Cần đẩy nhanh", "Chậm tiến độ", "Chưa có số liệu", "Nơi nhận", "BÁO CÁO"] {
            XCTAssertFalse(all.contains(word), "Vietnamese word in an English report: \(word)")
        }
        XCTAssertTrue(texts(try XCTUnwrap(tables[2]["rows"] as? [[[String: Any]]]).last?.first?["paragraphs"]).first == "Recipients:")
    }

    /// LibreOffice opens the Word file and reads its words back (as text), with no error.
    func testLibreOfficeReadsTheWordFile() throws {
        let soffice = try ReportTools.require("soffice", package: "Debian libreoffice-writer-nogui")
        let (folder, result) = try run(reportSite, ["report"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let reports = folder.appendingPathComponent("Output/reports")
        let converted = try ReportTools.run(soffice, ["-env:UserInstallation=" + folder.appendingPathComponent("profile").absoluteString,
                                                      "--headless", "--norestore", "--convert-to", "txt:Text (encoded):UTF8",
                                                      "--outdir", folder.path, reports.appendingPathComponent("\(Self.slug).docx").path])
        XCTAssertEqual(converted.status, 0, converted.stderr)
        let text = try String(contentsOf: folder.appendingPathComponent("\(Self.slug).txt"), encoding: .utf8)
        for words in ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BÁO CÁO", "Chậm tiến độ", "61% (30/06/2024)", "Nơi nhận:",
                      "Trần Thị Bình", "ự ỳ ý ỷ ỹ ỵ"] {
            XCTAssertTrue(text.contains(words), "LibreOffice did not read \(words) from the Word file")
        }
    }

    func testSameContentSameBytesAndBuildKeepsTheDocuments() throws {
        let (folder, first) = try run(reportSite, ["report"])
        XCTAssertEqual(first.status, 0, first.stderr)
        let docx = folder.appendingPathComponent("Output/reports/\(Self.slug).docx")
        let made = try Data(contentsOf: docx)
        XCTAssertEqual(try TreProcess.run(["report", Self.slug], in: folder).status, 0)
        XCTAssertEqual(try Data(contentsOf: docx), made, "the same report gives the same bytes")

        // tre build keeps what tre report made, and the report's page links to it.
        let built = try TreProcess.run(["build"], in: folder)
        XCTAssertEqual(built.status, 0, built.stderr)
        XCTAssertEqual(try Data(contentsOf: docx), made)
        let page = try String(contentsOf: folder.appendingPathComponent("Output/reports/\(Self.slug)/index.html"), encoding: .utf8)
        XCTAssertTrue(page.contains("href=\"../\(Self.slug).docx\""), page)
        XCTAssertFalse(page.contains(".pdf\""), "no PDF was made, so none is linked")
        XCTAssertTrue(page.contains("Chậm tiến độ"), "the page shows the period's end too")
        for listing in ["plans/ha-nam-291", "provinces/ha-nam", "provinces/ninh-binh", "reports"] {
            let html = try String(contentsOf: folder.appendingPathComponent("Output/\(listing)/index.html"), encoding: .utf8)
            XCTAssertTrue(html.contains("reports/\(Self.slug)/"), "\(listing) lists the report")
        }
        let feed = try String(contentsOf: folder.appendingPathComponent("Output/updates/feed.xml"), encoding: .utf8)
        XCTAssertTrue(feed.contains("reports/\(Self.slug)/"))
        XCTAssertEqual(LinkChecker(root: folder.appendingPathComponent("Output")).problems().map(\.description), [])

        // tre report again replaces reports/ only: the rest of the site is as it was.
        let before = FolderSnapshot.take(folder.appendingPathComponent("Output")).filter { !$0.key.hasPrefix("reports/") }
        XCTAssertEqual(try TreProcess.run(["report"], in: folder).status, 0)
        XCTAssertEqual(FolderSnapshot.take(folder.appendingPathComponent("Output")).filter { !$0.key.hasPrefix("reports/") }, before)
    }

    func testUnknownReportIsUsageError() throws {
        let (_, result) = try run(reportSite, ["report", "ha-nam-6-thang-2042"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("có phải ý bạn là \"ha-nam-6-thang-2024\"?"), result.stderr)
    }

    func testContentErrorsLeaveOutputUntouched() throws {
        let (folder, first) = try run(reportSite, ["report"])
        XCTAssertEqual(first.status, 0, first.stderr)
        let before = FolderSnapshot.take(folder.appendingPathComponent("Output"))
        let path = folder.appendingPathComponent("Content/reports/\(Self.slug).md")
        let original = try String(contentsOf: path, encoding: .utf8)
        for (mistake, location) in [
            (original.replacingOccurrences(of: "plans: [ha-nam-291]", with: "plans: [ha-nam-219]"), "Content/reports/\(Self.slug).md:4:9: lỗi: Không có kế hoạch «ha-nam-219»."),
            (original.replacingOccurrences(of: "to: 2024-06-30", with: "to: 2023-06-30"), "Content/reports/\(Self.slug).md:5:33: lỗi: Kỳ báo cáo kết thúc"),
            (original.replacingOccurrences(of: "to: 2024-06-30", with: "to: 2026-06-30"), "Content/reports/\(Self.slug).md:5:33: lỗi: Kỳ báo cáo kết thúc ngày 30/06/2026, sau ngày số liệu tính đến (30/06/2025)"),
        ] {
            try mistake.write(to: path, atomically: true, encoding: .utf8)
            let result = try TreProcess.run(["report", "--pdf"], in: folder)
            XCTAssertEqual(result.status, 1, result.stderr)
            XCTAssertTrue(result.stderr.contains(location), "expected \(location) in\n\(result.stderr)")
            XCTAssertEqual(FolderSnapshot.take(folder.appendingPathComponent("Output")), before)
        }
    }

    func testWithoutAnyPDFProgramSaysWhatToInstall() throws {
        let empty = try Fixture.temporaryFolder("tre-empty-path")
        let (folder, result) = try run(reportSite, ["report", "--pdf"], environment: ["PATH": empty.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("sudo apt-get install libreoffice-writer-nogui fonts-liberation2"), result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("Output").path))
    }

    func testRefusesAnOutputFolderTreDidNotMake() throws {
        let folder = try Fixture.temporaryFolder()
        try Fixture.write(reportSite, in: folder.appendingPathComponent("Content"))
        try Fixture.write(["ghi-chu.txt": "của tôi"], in: folder.appendingPathComponent("Output"))
        let result = try TreProcess.run(["report"], in: folder)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("không ghi báo cáo vào đó"), result.stderr)
        XCTAssertEqual(FolderSnapshot.take(folder.appendingPathComponent("Output")).keys.sorted(), ["ghi-chu.txt"])
    }
}
