import Foundation

/// A program on this machine that turns the handbook's HTML into a PDF.
///
/// WeasyPrint is preferred: it implements CSS paged media (page numbers in the table of
/// contents through `target-counter`, running headers through `string-set` and margin boxes,
/// left and right pages, `break-before: right`). Headless Chromium is the fallback: it
/// honours the page size and page breaks but prints no page numbers or running headers.
public struct PDFEngine: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case weasyprint, chromium
    }

    public var kind: Kind
    public var executable: URL
    /// What the engine says of its version (`70.0`), once `probed()`; nil before or when it says nothing.
    public var version: String?

    /// What a PDF is made for: reading on screen (tagged for screen readers where the engine
    /// can) or the print shop (no tags: a printer's workflow does not read them).
    public enum Purpose: Sendable { case reading, printing }

    /// WeasyPrint writes a usable structure tree from version 59 on. Debian's 57 accepts
    /// `--pdf-variant pdf/ua-1` but calls it experimental, and measured on the sample handbook
    /// its tree repeats every page's text twice and has no figures, so Tre leaves 57's untagged.
    public static let firstTaggingWeasyPrint = 59

    /// True when this engine writes a tagged PDF (PDF/UA-1) for reading.
    public var tags: Bool {
        guard kind == .weasyprint, let major = version?.split(separator: ".").first.flatMap({ Int($0) }) else { return false }
        return major >= Self.firstTaggingWeasyPrint
    }

    /// The engine and its version as a user reads it: `WeasyPrint 70.0`, `Chromium`.
    public var name: String {
        let base = kind == .weasyprint ? "WeasyPrint" : "Chromium"
        return version.map { base + " " + $0 } ?? base
    }

    /// This engine with its version read from `--version` (`WeasyPrint version 70.0`,
    /// `Chromium 120.0.6099.224 built on Debian`): the first word that starts with a digit.
    public func probed() -> PDFEngine {
        var copy = self
        let (status, output) = run(["--version"], in: FileManager.default.temporaryDirectory, output: true)
        guard status == 0 else { return copy }
        copy.version = output.split(whereSeparator: \.isWhitespace)
            .first { $0.first?.isNumber == true }
            .map { String($0) }
        return copy
    }

    /// Names each engine goes by on PATH, most common first.
    static func names(_ kind: Kind) -> [String] {
        switch kind {
        case .weasyprint: ["weasyprint"]
        case .chromium: ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]
        }
    }

    /// The engine to use: `preferred` if given, else WeasyPrint, else Chromium; nil when none is on PATH.
    public static func find(_ preferred: Kind? = nil,
                            path: String = ProcessInfo.processInfo.environment["PATH"] ?? "") -> PDFEngine? {
        let kinds = preferred.map { [$0] } ?? Kind.allCases
        let folders = path.split(separator: ":").map(String.init)
        for kind in kinds {
            for name in names(kind) {
                for folder in folders {
                    let url = URL(fileURLWithPath: folder).appendingPathComponent(name)
                    if FileManager.default.isExecutableFile(atPath: url.path) { return PDFEngine(kind: kind, executable: url, version: nil) }
                }
            }
        }
        return nil
    }

    /// What to tell a user who has no engine (or not the one they asked for).
    public static func missing(_ preferred: Kind?) -> LocalizedText {
        switch preferred {
        case .chromium?:
            LocalizedText(
                vi: "không tìm thấy Chromium để tạo PDF; cài bằng: sudo apt-get install chromium (Debian, Ubuntu), hoặc bỏ --engine chromium để dùng WeasyPrint",
                en: "Chromium was not found to make the PDF; install it with: sudo apt-get install chromium (Debian, Ubuntu), or leave out --engine chromium to use WeasyPrint")
        default:
            LocalizedText(
                vi: "không tìm thấy chương trình tạo PDF (WeasyPrint hoặc Chromium); cài WeasyPrint bằng: sudo apt-get install weasyprint (Debian, Ubuntu) hoặc pip install weasyprint, rồi chạy lại; sổ tay HTML vẫn tạo được khi bỏ --pdf",
                en: "no PDF program was found (WeasyPrint or Chromium); install WeasyPrint with: sudo apt-get install weasyprint (Debian, Ubuntu) or pip install weasyprint, then run again; the HTML handbook is still made without --pdf")
        }
    }

    public struct Failure: Error, Sendable {
        public var message: LocalizedText
    }

    /// Prints `html` (a self-contained document) to PDF bytes, working in a private temporary folder.
    public func render(html: String, for purpose: Purpose = .reading) throws(Failure) -> Data {
        let manager = FileManager.default
        let folder = manager.temporaryDirectory.appendingPathComponent("tre-handbook-\(UUID().uuidString)")
        defer { try? manager.removeItem(at: folder) }
        let input = folder.appendingPathComponent("index.html")
        let output = folder.appendingPathComponent("handbook.pdf")
        do {
            try manager.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(html.utf8).write(to: input)
        } catch {
            throw Failure(message: LocalizedText(vi: "không ghi được tệp tạm \(input.path): \(error.localizedDescription)",
                                                 en: "cannot write the temporary file \(input.path): \(error.localizedDescription)"))
        }
        let (status, errors) = run(arguments(input: input, output: output, for: purpose), in: folder)
        guard status == 0, let pdf = manager.contents(atPath: output.path), !pdf.isEmpty else {
            let detail = errors.split(separator: "\n").suffix(8).joined(separator: "\n")
            throw Failure(message: LocalizedText(
                vi: "\(executable.path) không tạo được PDF (mã thoát \(status)):\n\(detail)",
                en: "\(executable.path) could not make the PDF (exit status \(status)):\n\(detail)"))
        }
        return pdf
    }

    func arguments(input: URL, output: URL, for purpose: Purpose = .reading) -> [String] {
        switch kind {
        case .weasyprint:
            ["--quiet", "--media-type", "print"] + (purpose == .reading && tags ? ["--pdf-variant", "pdf/ua-1"] : [])
                + [input.path, output.path]
        case .chromium:
            ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer", "--run-all-compositor-stages-before-draw",
             "--print-to-pdf=" + output.path, input.absoluteString]
        }
    }

    /// Runs the engine and returns its exit status and its standard error (or, with
    /// `output`, its standard output).
    func run(_ arguments: [String], in folder: URL, output: Bool = false) -> (Int32, String) {
        Self.run(executable, arguments, in: folder, output: output)
    }

    /// Runs a program in `folder`: its exit status and what it wrote to standard error (or,
    /// with `output`, to standard output).
    static func run(_ executable: URL, _ arguments: [String], in folder: URL, output: Bool = false) -> (Int32, String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let pipe = Pipe()
        process.standardOutput = output ? pipe : FileHandle.nullDevice
        process.standardError = output ? FileHandle.nullDevice : pipe
        do { try process.run() } catch { return (-1, error.localizedDescription) }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// The number of pages in a PDF, counted from its page objects (`/Type /Page`, not `/Pages`),
    /// also inside compressed object streams.
    public static func pageCount(_ pdf: Data) -> Int {
        PDFPageCount.count(pdf)
    }
}
