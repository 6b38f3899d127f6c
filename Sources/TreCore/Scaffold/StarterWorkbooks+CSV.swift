import Foundation

extension StarterWorkbooks {
    /// The same tables as CSV files (`tre new site --csv`): the header row and the example row
    /// the workbooks carry, for people who keep their data in plain text.
    public static func csvFiles(for files: ContentFiles?) -> [String: Data] {
        let content = files.flatMap { $0.lists("site.yml") ? ContentLoader.load($0).content : nil }
        let examples = Examples(content, keeping: [])
        var out: [String: Data] = [:]
        for (table, _, columns) in tables {
            let row = examples.row(table)
            let header = columns.map(\.name).joined(separator: ",")
            let values = columns.map { csvField(row[$0.name] ?? .empty) }.joined(separator: ",")
            out["data/\(table).csv"] = Data((header + "\n" + values + "\n").utf8)
        }
        return out
    }

    /// A cell as RFC 4180 text: numbers without grouping, dates as `YYYY-MM-DD`.
    static func csvField(_ cell: WorkbookWriter.Cell) -> String {
        switch cell {
        case .empty:
            return ""
        case .number(let value):
            return value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
        case .date(let day):
            return day.description
        case .text(let text):
            guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
            return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
    }
}
