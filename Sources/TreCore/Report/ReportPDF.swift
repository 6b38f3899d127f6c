import Foundation

/// What turns a report into a PDF on this machine. LibreOffice is preferred: it converts the
/// Word file itself, so the PDF is the document leaders edit, tagged for screen readers
/// (writer_pdf_Export's `UseTaggedPDF`) with its fonts embedded (Liberation Serif where Times
/// New Roman is absent: metric-compatible, so lines break where Word breaks them). Without it,
/// the report's print HTML goes through the handbook's engine (`PDFEngine`).
public enum ReportPDF: Sendable {
    case libreOffice(URL)
    case html(PDFEngine)

    /// Names LibreOffice goes by on PATH.
    static let names = ["soffice", "libreoffice"]

    /// LibreOffice if on PATH, else WeasyPrint or Chromium; nil when there is none.
    public static func find(path: String = ProcessInfo.processInfo.environment["PATH"] ?? "") -> ReportPDF? {
        for name in names {
            for folder in path.split(separator: ":") {
                let url = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: url.path) { return .libreOffice(url) }
            }
        }
        return PDFEngine.find(path: path).map(ReportPDF.html)
    }

    /// What made the PDF, for the summary line.
    public var name: String {
        switch self {
        case .libreOffice: "LibreOffice"
        case .html(let engine): engine.kind.rawValue
        }
    }

    public static let missing = LocalizedText(
        vi: "không tìm thấy chương trình tạo PDF; cài LibreOffice bằng: sudo apt-get install libreoffice-writer-nogui fonts-liberation2 (Debian, Ubuntu), rồi chạy lại; tệp Word vẫn tạo được khi bỏ --pdf",
        en: "no PDF program was found; install LibreOffice with: sudo apt-get install libreoffice-writer-nogui fonts-liberation2 (Debian, Ubuntu), then run again; the Word files are still made without --pdf")

    /// Converts a `.docx` with LibreOffice in a private folder and profile (so it neither
    /// meets an open LibreOffice nor leaves settings behind), then fixes the PDF's dates and
    /// identifiers to `date` so the same report gives the same bytes.
    static func convert(docx: Data, soffice: URL, date: Day) throws(PDFEngine.Failure) -> Data {
        let manager = FileManager.default
        let folder = manager.temporaryDirectory.appendingPathComponent("tre-report-\(UUID().uuidString)")
        defer { try? manager.removeItem(at: folder) }
        let input = folder.appendingPathComponent("report.docx")
        do {
            try manager.createDirectory(at: folder, withIntermediateDirectories: true)
            try docx.write(to: input)
        } catch {
            throw PDFEngine.Failure(message: LocalizedText(vi: "không ghi được tệp tạm \(input.path): \(error.localizedDescription)",
                                                           en: "cannot write the temporary file \(input.path): \(error.localizedDescription)"))
        }
        let filter = "pdf:writer_pdf_Export:{\"UseTaggedPDF\":{\"type\":\"boolean\",\"value\":\"true\"}}"
        let (status, errors) = PDFEngine.run(soffice, ["-env:UserInstallation=" + folder.appendingPathComponent("profile").absoluteString,
                                           "--headless", "--norestore", "--convert-to", filter,
                                           "--outdir", folder.path, input.path], in: folder)
        let output = folder.appendingPathComponent("report.pdf")
        guard status == 0, let pdf = manager.contents(atPath: output.path), !pdf.isEmpty else {
            let detail = errors.split(separator: "\n").filter { !$0.contains("javaldx") }.suffix(8).joined(separator: "\n")
            throw PDFEngine.Failure(message: LocalizedText(
                vi: "LibreOffice (\(soffice.path)) không chuyển được tệp Word sang PDF (mã thoát \(status)):\n\(detail)",
                en: "LibreOffice (\(soffice.path)) could not convert the Word file to PDF (exit status \(status)):\n\(detail)"))
        }
        return PDFStamp.fix(pdf, date: date)
    }
}

/// LibreOffice writes the clock into a PDF (`/CreationDate`) and derives `/ID` and
/// `/DocChecksum` from it. Each is rewritten in place, with as many bytes, so the
/// cross-reference offsets stay right: the date becomes the report's, the two hashes a hash
/// of the rest of the file.
enum PDFStamp {
    static func fix(_ pdf: Data, date: Day) -> Data {
        var bytes = [UInt8](pdf)
        let stamp = Array(String(format: "%04d%02d%02d000000", date.year, date.month, date.day).utf8)
        for key in ["/CreationDate(D:", "/ModDate(D:"] {
            for start in occurrences(of: Array(key.utf8), in: bytes) {
                let digits = start + key.utf8.count
                var index = 0
                while index < stamp.count, digits + index < bytes.count, isDigit(bytes[digits + index]) {
                    bytes[digits + index] = stamp[index]
                    index += 1
                }
            }
        }
        // The hashes go last, over bytes whose hex fields are blanked first.
        var hexFields: [Range<Int>] = []
        for start in occurrences(of: Array("/ID [".utf8), in: bytes) {
            var index = start
            for _ in 0..<2 {
                guard let open = bytes[index...].firstIndex(of: UInt8(ascii: "<")),
                      let close = bytes[open...].firstIndex(of: UInt8(ascii: ">")), close - open <= 65 else { break }
                hexFields.append(open + 1..<close)
                index = close + 1
            }
        }
        for start in occurrences(of: Array("/DocChecksum /".utf8), in: bytes) {
            let from = start + "/DocChecksum /".utf8.count
            var end = from
            while end < bytes.count, isHex(bytes[end]) { end += 1 }
            hexFields.append(from..<end)
        }
        for field in hexFields { for index in field { bytes[index] = UInt8(ascii: "0") } }
        let digest = hash(bytes)
        for field in hexFields {
            for (offset, index) in field.enumerated() { bytes[index] = digest[offset % digest.count] }
        }
        return Data(bytes)
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    static func isHex(_ byte: UInt8) -> Bool { isDigit(byte) || (byte >= 0x41 && byte <= 0x46) || (byte >= 0x61 && byte <= 0x66) }

    static func occurrences(of needle: [UInt8], in bytes: [UInt8]) -> [Int] {
        guard let first = needle.first, bytes.count >= needle.count else { return [] }
        var found: [Int] = []
        var index = 0
        while index <= bytes.count - needle.count {
            if bytes[index] == first, Array(bytes[index..<index + needle.count]) == needle { found.append(index) }
            index += 1
        }
        return found
    }

    /// 32 upper-case hex digits: two 64-bit FNV-1a hashes of `bytes` with different seeds.
    static func hash(_ bytes: [UInt8]) -> [UInt8] {
        var a: UInt64 = 0xcbf2_9ce4_8422_2325, b: UInt64 = 0x8422_2325_cbf2_9ce4
        for byte in bytes {
            a = (a ^ UInt64(byte)) &* 0x100_0000_01b3
            b = (b ^ UInt64(byte ^ 0x5A)) &* 0x100_0000_01b3
        }
        return Array((String(format: "%016llX", a) + String(format: "%016llX", b)).utf8)
    }
}
