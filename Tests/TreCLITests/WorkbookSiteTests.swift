import Foundation
import TreTestSupport
import XCTest

/// Sites whose data are Excel workbooks written by two real programs, openpyxl and
/// LibreOffice (`Tests/Spreadsheets/workbooks.py`), built by the real `tre`: the same pages
/// and open data as from the CSV files, every bad cell named by sheet and cell with `Output/`
/// untouched, hostile files refused, and `tre new workbook`.
final class WorkbookSiteTests: XCTestCase {
    static let script = Fixture.packageRoot.appendingPathComponent("Tests/Spreadsheets/workbooks.py").path

    @discardableResult
    func run(_ program: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }

    /// openpyxl in Debian's python3, or a skip (a failure under CI, which must have it).
    func requireOpenpyxl() throws {
        let found = FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")
            && (try? run("/usr/bin/python3", ["-c", "import openpyxl"]).status) == 0
        if !found {
            if ProcessInfo.processInfo.environment["CI"] != nil { XCTFail("openpyxl is missing: run .ci/setup test") }
            throw XCTSkip("openpyxl is not installed (.ci/setup test installs it)")
        }
    }

    func soffice() throws -> String {
        for path in ["/usr/bin/soffice", "/usr/bin/libreoffice"] where FileManager.default.isExecutableFile(atPath: path) { return path }
        if ProcessInfo.processInfo.environment["CI"] != nil { XCTFail("LibreOffice is missing: run .ci/setup test") }
        throw XCTSkip("LibreOffice is not installed (.ci/setup test installs libreoffice-calc-nogui)")
    }

    /// Converts files with LibreOffice, in a profile of its own so runs never meet.
    func convert(_ files: [URL], to format: String, into folder: URL) throws {
        let profile = try Fixture.temporaryFolder("tre-lo-profile")
        let result = try run(try soffice(), ["-env:UserInstallation=" + profile.absoluteString, "--headless",
                                             "--convert-to", format, "--outdir", folder.path] + files.map(\.path))
        XCTAssertEqual(result.status, 0, result.output)
    }

    func site(_ files: [String: String] = smallSite) throws -> URL {
        let folder = try Fixture.temporaryFolder()
        try Fixture.write(files, in: folder.appendingPathComponent("Content"))
        return folder
    }

    func build(_ folder: URL) throws -> [String: Data] {
        let result = try TreProcess.run(["build"], in: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stderr, "", "no message for workbooks that are right")
        return FolderSnapshot.take(folder.appendingPathComponent("Output"))
    }

    func assertSameSite(_ workbooks: [String: Data], _ csv: [String: Data], file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(workbooks.keys.sorted(), csv.keys.sorted(), file: file, line: line)
        for (path, bytes) in csv where workbooks[path] != bytes {
            XCTFail("\(path) differs between the workbook site and the CSV site", file: file, line: line)
        }
        XCTAssertNotNil(csv["data/tre-targets.csv"], file: file, line: line)
    }

    func testOpenpyxlWorkbooksBuildTheSameSiteAsTheirCSVFiles() throws {
        try requireOpenpyxl()
        let csv = try build(try site())
        let folder = try site()
        let result = try run("/usr/bin/python3", [Self.script, "openpyxl", folder.appendingPathComponent("Content").path])
        XCTAssertEqual(result.status, 0, result.output)
        let data = folder.appendingPathComponent("Content/data")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: data.path).sorted(),
                       ["cooperatives.xlsx", "indicators.xlsx", "progress.xlsx", "targets.xlsx"])
        assertSameSite(try build(folder), csv)
    }

    func testLibreOfficeWorkbooksBuildTheSameSiteAsTheirCSVFiles() throws {
        _ = try soffice()
        let csv = try build(try site())
        let folder = try site()
        let content = folder.appendingPathComponent("Content")
        let fods = folder.appendingPathComponent("fods")
        let result = try run("/usr/bin/python3", [Self.script, "fods", content.path, fods.path])
        XCTAssertEqual(result.status, 0, result.output)
        let sources = try FileManager.default.contentsOfDirectory(atPath: fods.path).sorted().map { fods.appendingPathComponent($0) }
        try convert(sources, to: "xlsx", into: content.appendingPathComponent("data"))
        for table in ["cooperatives", "indicators", "progress", "targets"] {
            try FileManager.default.removeItem(at: content.appendingPathComponent("data/\(table).csv"))
        }
        assertSameSite(try build(folder), csv)
    }

    /// Each bad cell: the sheet and cell in the message, exit 1, `Output/` as it was.
    func testBadCellsAreNamedBySheetAndCellAndLeaveOutputAlone() throws {
        try requireOpenpyxl()
        let folder = try site()
        XCTAssertEqual(try run("/usr/bin/python3", [Self.script, "openpyxl", folder.appendingPathComponent("Content").path]).status, 0)
        let before = try build(folder)
        let cases: [(file: String, cell: String, kind: String, value: String, expected: String)] = [
            ("targets", "C4", "text", "80 HTX",
             "Content/data/targets.xlsx: trang tính \"Chỉ tiêu\", ô C4: lỗi: «80 HTX» không phải là một số."),
            ("targets", "C5", "error", "#N/A",
             "Content/data/targets.xlsx: trang tính \"Chỉ tiêu\", ô C5: lỗi: Ô này có giá trị lỗi «#N/A» của Excel, không phải số liệu."),
            ("progress", "C4", "text", "31/02/2024",
             "Content/data/progress.xlsx: trang tính \"Tiến độ\", ô C4: lỗi: «31/02/2024» không phải là ngày có thật: tháng 2 năm 2024 chỉ có 29 ngày."),
            ("progress", "B5", "text", "htx-thanh-lapp",
             "Content/data/progress.xlsx: trang tính \"Tiến độ\", ô B5: lỗi: Không có chỉ tiêu «htx-thanh-lapp»."),
            ("progress", "D6", "formula", "1+1",
             "Content/data/progress.xlsx: trang tính \"Tiến độ\", ô D6: lỗi: Ô này có công thức nhưng chưa có giá trị được lưu kèm"),
        ]
        let data = folder.appendingPathComponent("Content/data")
        for item in cases {
            let path = data.appendingPathComponent(item.file + ".xlsx")
            let good = try Data(contentsOf: path)
            XCTAssertEqual(try run("/usr/bin/python3", [Self.script, "edit", path.path, item.cell, item.kind, item.value]).status, 0)
            let result = try TreProcess.run(["build"], in: folder)
            XCTAssertEqual(result.status, 1, item.expected)
            XCTAssertTrue(result.stderr.hasPrefix(item.expected), result.stderr)
            XCTAssertTrue(result.stderr.hasSuffix("1 lỗi, 0 cảnh báo.\n"), "one cause, one error: \(result.stderr)")
            XCTAssertEqual(FolderSnapshot.take(folder.appendingPathComponent("Output")), before, "Output/ untouched")
            try good.write(to: path)
        }
    }

    /// A zip bomb (honest and lying about its size) and an entity bomb: refused, and the
    /// process never holds more than a few MB beyond what a small site needs.
    func testHostileWorkbooksAreRefusedUnread() throws {
        try requireOpenpyxl()
        for kind in ["bomb", "liar", "laughs"] {
            let folder = try site()
            let path = folder.appendingPathComponent("Content/data/targets.xlsx")
            try FileManager.default.removeItem(at: folder.appendingPathComponent("Content/data/targets.csv"))
            XCTAssertEqual(try run("/usr/bin/python3", [Self.script, kind, path.path]).status, 0)
            let (result, peak) = try PeakMemory.run(TreProcess.executable.path, ["check"], in: folder)
            XCTAssertEqual(result, 1, kind)
            XCTAssertLessThan(peak, 150 << 20, "\(kind): peak \(peak >> 20) MB; inflated, the bomb is 256 MB or more")
            let output = try TreProcess.run(["check", "--lang", "en"], in: folder).stderr
            XCTAssertTrue(output.contains(kind == "laughs" ? "holds an XML DTD or entity declaration" : "would unpack past Tre's safety limits"),
                          output)
        }
    }

    func testNewWorkbookWritesWorkbooksLibreOfficeOpensAndNeverOverwrites() throws {
        let empty = try Fixture.temporaryFolder()
        let made = try TreProcess.run(["new", "workbook"], in: empty)
        XCTAssertEqual(made.status, 0, made.stderr)
        XCTAssertTrue(made.stdout.contains("Đã tạo Content/data/targets.xlsx"), made.stdout)
        XCTAssertTrue(made.stdout.contains("«ke-hoach-vi-du» (cột plan)"), "says what to replace: \(made.stdout)")
        let data = empty.appendingPathComponent("Content/data")
        let targets = try Data(contentsOf: data.appendingPathComponent("targets.xlsx"))
        let again = try TreProcess.run(["new", "workbook"], in: empty)
        XCTAssertEqual(again.status, 1)
        XCTAssertTrue(again.stderr.contains("đã có Content/data/indicators.xlsx"), again.stderr)
        XCTAssertEqual(try Data(contentsOf: data.appendingPathComponent("targets.xlsx")), targets, "never replaced")

        // In a site: the example rows name its plan, province and indicator, and it builds.
        var files = smallSite
        for table in ["targets", "progress", "cooperatives"] { files["data/\(table).csv"] = nil }
        files["cooperatives/htx-dong-tien.md"] = nil
        let folder = try site(files)
        let inSite = try TreProcess.run(["new", "workbook", "Content"], in: folder)
        XCTAssertEqual(inSite.status, 0, inSite.stderr)
        XCTAssertTrue(inSite.stdout.contains("Giữ nguyên Content/data/indicators.csv"), inSite.stdout)
        XCTAssertEqual(try TreProcess.run(["build"], in: folder).status, 0)

        // LibreOffice opens each one: the data sheet comes out as CSV with header and example.
        let out = try Fixture.temporaryFolder()
        try convert([data.appendingPathComponent("targets.xlsx")], to: "csv:Text - txt - csv (StarCalc):44,34,76", into: out)
        let text = try String(contentsOf: out.appendingPathComponent("targets.csv"), encoding: .utf8)
        XCTAssertTrue(text.hasPrefix("plan,indicator,target,target_max,target_year,baseline,baseline_year,comparator,label\n"
                                     + "ke-hoach-vi-du,ty-le-htx-hieu-qua,80,,2025,60,2023,,Ít nhất 80% HTX hoạt động hiệu quả"), text)
    }

    /// Every file Excel saves as CSV has CRLF line ends: messages look exactly as for LF.
    func testMessagesOfCRLFFilesLookAsForLFFiles() throws {
        var files = smallSite
        files["data/progress.csv"]! += "ha-nam-291,htx-hieu-qua,31/02/2019,26,x,\"y\n"
        files["data/targets.csv"] = files["data/targets.csv"]!.replacingOccurrences(of: "label", with: "lable")
        let lf = try TreProcess.run(["check"], in: try site(files)).stderr
        let crlf = try TreProcess.run(["check"], in: try site(files.mapValues { $0.replacingOccurrences(of: "\n", with: "\r\n") })).stderr
        XCTAssertEqual(crlf, lf)
        XCTAssertTrue(lf.contains("  7 | ha-nam-291,htx-hieu-qua,31/02/2019,26,x,\"y\n"), lf)
        XCTAssertTrue(lf.contains("  1 | plan,indicator,target,target_max,target_year,baseline,baseline_year,comparator,lable\n"), lf)
    }
}

/// Runs a program and gives its exit status and peak resident memory (`ru_maxrss` from
/// `wait4`, as `/usr/bin/time -v` reports it): a bound on memory, not a timing.
enum PeakMemory {
    static func run(_ program: String, _ arguments: [String], in folder: URL) throws -> (status: Int32, bytes: Int) {
        var pid = pid_t()
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        // The shell changes folder and then becomes the program (`exec`): one process to wait for.
        let argv = (["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", folder.path, program] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        guard posix_spawn(&pid, "/bin/sh", &actions, nil, argv, environ) == 0 else { throw CocoaError(.executableLoad) }
        var status: Int32 = 0
        var usage = rusage()
        _ = wait4(pid, &status, 0, &usage)
        return ((status >> 8) & 0xFF, usage.ru_maxrss * 1024)
    }
}
