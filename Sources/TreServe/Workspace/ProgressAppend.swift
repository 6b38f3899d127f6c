import Foundation
import TreCore

/// Adds one row to `data/progress.csv` as the file itself writes rows: its delimiter (`,` or
/// `;`, from the header), its quoting (every field quoted if the header is), its line endings
/// (CRLF or LF) and its encoding (UTF-8, with the byte-order mark kept where it is). The file's
/// bytes before the new row are left exactly as they were.
enum ProgressAppend {
    struct Figure: Sendable {
        var plan: String
        var indicator: String
        var date: String
        var value: String
        var source: String
    }

    /// The file with the row added, or why it cannot be.
    static func appending(_ figure: Figure, to data: Data) -> Result<Data, LocalizedText> {
        guard let text = String(data: data, encoding: .utf8) else {
            return .failure(LocalizedText(vi: "data/progress.csv không phải văn bản UTF-8; lưu lại tệp dạng «CSV UTF-8» rồi thử lại.",
                                          en: "data/progress.csv is not UTF-8 text; save it as \"CSV UTF-8\" and try again."))
        }
        let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        let headerLine = body.prefix { $0 != "\n" && $0 != "\r\n" && $0 != "\r" }
        let delimiter: Character = headerLine.contains(";") && !headerLine.contains(",") ? ";" : ","
        let quoteAll = headerLine.hasPrefix("\"")
        let newline = text.contains("\r\n") ? "\r\n" : "\n"
        let columns = headerLine.split(separator: delimiter, omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\" ")) }
        guard columns.contains("plan"), columns.contains("value") else {
            return .failure(LocalizedText(vi: "Dòng đầu của data/progress.csv không có các cột plan, indicator, date, value.",
                                          en: "The first line of data/progress.csv lacks the columns plan, indicator, date, value."))
        }
        let values: [String: String] = ["plan": figure.plan, "indicator": figure.indicator, "date": figure.date,
                                        "value": figure.value, "source": figure.source]
        let row = columns.map { field(values[$0] ?? "", delimiter: delimiter, quoteAll: quoteAll) }
            .joined(separator: String(delimiter))
        var out = data
        if !text.isEmpty, !(text.hasSuffix("\n") || text.hasSuffix("\r\n") || text.hasSuffix("\r")) { out.append(Data(newline.utf8)) }
        out.append(Data((row + newline).utf8))
        return .success(out)
    }

    static func field(_ value: String, delimiter: Character, quoteAll: Bool) -> String {
        let value = VietnameseText.nfc(value)
        let needs = value.contains(delimiter) || value.contains("\"") || value.contains("\n") || value.contains("\r")
        guard needs || (quoteAll && !value.isEmpty) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
