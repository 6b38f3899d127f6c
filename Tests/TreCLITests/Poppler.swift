import Foundation
import XCTest

/// Reading PDFs back with poppler-utils (pdfinfo, pdffonts, pdftotext, pdftoppm), as a print
/// shop's preflight or a reader would.
enum Poppler {
    static func tool(_ name: String, path: String? = nil) -> URL? {
        for folder in (path ?? ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let url = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }

    /// Skips when a tool is missing on a developer's machine; under CI (`CI=true`) a missing
    /// tool fails, because `.ci/setup test` must have installed it.
    static func require(_ programs: [String: URL?]) throws {
        for (name, url) in programs.sorted(by: { $0.key < $1.key }) where url == nil {
            let why = "\(name) is not installed (.ci/setup test installs it)"
            if ProcessInfo.processInfo.environment["CI"] == "true" { throw MissingTool(description: why) }
            throw XCTSkip(why)
        }
    }

    static func run(_ name: String, _ arguments: [String]) throws -> Data {
        let process = Process()
        process.executableURL = try XCTUnwrap(tool(name), "\(name) is not installed")
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "\(name) \(arguments)")
        return data
    }

    static func text(_ name: String, _ arguments: [String]) throws -> String {
        String(decoding: try run(name, arguments), as: UTF8.self)
    }

    static func info(_ pdf: URL) throws -> String {
        try text("pdfinfo", [pdf.path])
    }

    static func field(_ info: String, _ name: String) -> String? {
        info.split(separator: "\n").first { $0.hasPrefix(name + ":") }
            .map { $0.dropFirst(name.count + 1).trimmingCharacters(in: .whitespaces) }
    }

    static func pageCount(_ pdf: URL) throws -> Int {
        try XCTUnwrap(field(info(pdf), "Pages").flatMap { Int($0) })
    }

    /// The text of each page (pdftotext separates pages with form feeds).
    static func pages(_ pdf: URL) throws -> [String] {
        try text("pdftotext", ["-layout", pdf.path, "-"]).components(separatedBy: "\u{0C}")
    }

    /// The page the contents give for chapter `number`, after checking that page opens it.
    static func chapterPage(_ number: Int, _ title: String, in pages: [String],
                            file: StaticString = #filePath, line: UInt = #line) throws -> Int {
        let contents = try XCTUnwrap(pages.first { $0.contains("Mục lục") }, file: file, line: line)
        let entry = try XCTUnwrap(contents.split(separator: "\n").first { $0.contains("Chương \(number)") && $0.contains(title) },
                                  contents, file: file, line: line)
        let page = try XCTUnwrap(entry.split(separator: " ").last.flatMap { Int($0) }, String(entry), file: file, line: line)
        XCTAssertTrue(pages[page - 1].contains("CHƯƠNG \(number)"), "page \(page): \(pages[page - 1].prefix(200))", file: file, line: line)
        XCTAssertTrue(pages[page - 1].contains(title), file: file, line: line)
        return page
    }

    /// `pdfinfo -box` of every page: page number → box name → its line's four numbers.
    static func boxes(_ pdf: URL) throws -> [Int: [String: String]] {
        var result: [Int: [String: String]] = [:]
        let count = try pageCount(pdf)
        for line in try text("pdfinfo", ["-box", "-f", "1", "-l", String(count), pdf.path]).split(separator: "\n") {
            // "Page    1 TrimBox:       0.00     0.00   419.53   595.28"
            let words = line.split(separator: " ")
            guard words.count == 7, words[0] == "Page", let page = Int(words[1]), words[2].hasSuffix("Box:") else { continue }
            result[page, default: [:]][String(words[2].dropLast())] = words[3...].joined(separator: " ")
        }
        return result
    }

    /// Fonts that are not embedded, from `pdffonts` (its "emb" column).
    static func unembeddedFonts(_ pdf: URL) throws -> [String] {
        let lines = try text("pdffonts", [pdf.path]).split(separator: "\n").dropFirst(2)
        XCTAssertFalse(lines.isEmpty, "no fonts in \(pdf.lastPathComponent)")
        return lines.filter { line in
            let columns = line.split(separator: " ", omittingEmptySubsequences: true)
            return columns.count < 5 || columns[columns.count - 5] != "yes"
        }.map(String.init)
    }

    /// Grey levels (0 black, 255 white) of one page at `dpi`, from pdftoppm's PGM output.
    static func greys(_ pdf: URL, page: Int, dpi: Int) throws -> (width: Int, pixels: [UInt8]) {
        let data = [UInt8](try run("pdftoppm", ["-gray", "-r", String(dpi), "-f", String(page), "-l", String(page), pdf.path]))
        // "P5\n<width> <height>\n255\n" then one byte a pixel.
        var fields: [Int] = []
        var index = 2
        while fields.count < 3, index < data.count {
            while index < data.count, data[index] == 0x0A || data[index] == 0x20 { index += 1 }
            var number = 0
            while index < data.count, data[index] >= 0x30, data[index] <= 0x39 { number = number * 10 + Int(data[index] - 0x30); index += 1 }
            fields.append(number)
        }
        return (fields[0], Array(data[(index + 1)...]))
    }
}

/// Under CI a missing tool is a failure, not a skip.
struct MissingTool: Error, CustomStringConvertible {
    var description: String
}
