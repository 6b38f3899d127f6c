import Foundation

/// The rows of a workbook as a message shows them: `plan: ha-nam-291 · target: 25.000`,
/// with the caret under the value of the cell the message is about.
struct WorkbookRows {
    let table: CSVTable
    private let rowsByNumber: [Int: Int]

    init(data: Data, file: String) {
        table = WorkbookReader.parse(data, file: file)
        rowsByNumber = Dictionary(table.rows.enumerated().map { ($0.element.line, $0.offset) },
                                  uniquingKeysWith: { a, _ in a })
    }

    /// Longest value shown for one cell.
    static let cellWidth = 40

    func excerpt(_ location: SourceLocation) -> SourceExcerpt? {
        guard let number = location.line, location.sheet == table.sheet else { return nil }
        let pieces: [(column: Int?, text: String, valueOffset: Int)]
        if number == table.headerLine, !table.header.isEmpty {
            pieces = table.header.map { ($0.location.column, $0.value, 0) }
        } else if let index = rowsByNumber[number] {
            pieces = zip(table.header, table.rows[index].fields).compactMap { name, field in
                let value = Self.shown(field.value)
                guard !value.isEmpty || field.location.column == location.column else { return nil }
                let label = name.value.isEmpty ? SourceLocation.columnName(field.location.column ?? 1) : name.value
                return (field.location.column, label + ": " + value, label.count + 2)
            }
        } else {
            return nil
        }
        guard !pieces.isEmpty else { return nil }
        // Start a few cells before the one the message is about, so its caret stays in view.
        let target = pieces.firstIndex { $0.column == location.column }
        var first = 0
        if let target {
            let width = { (range: Range<Int>) in pieces[range].reduce(0) { $0 + $1.text.count + 3 } }
            while first < target, width(first..<(target + 1)) > SourceExcerpt.width - Self.cellWidth { first += 1 }
        }
        var text = first > 0 ? "… " : ""
        var caret: Int?
        for (offset, piece) in pieces[first...].enumerated() {
            if offset > 0 { text += " · " }
            if first + offset == target { caret = text.count + piece.valueOffset + 1 }
            text += piece.text
        }
        if text.count > SourceExcerpt.width { text = String(text.prefix(SourceExcerpt.width)) + "…" }
        return SourceExcerpt(number: number, text: text, caret: caret.flatMap { $0 <= text.count + 1 ? $0 : nil })
    }

    private static func shown(_ value: String) -> String {
        let flat = value.replacingOccurrences(of: "\n", with: " ")
        return flat.count > cellWidth ? String(flat.prefix(cellWidth - 1)) + "…" : flat
    }
}
