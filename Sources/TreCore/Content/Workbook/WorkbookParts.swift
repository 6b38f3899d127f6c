import Foundation

/// The small parts of a workbook that say how to read its sheets: which sheets there are and
/// which is shown first, where each part lives, the date system, the cells' number formats and
/// the shared strings.
enum WorkbookParts {
    struct Sheet: Equatable {
        var name: String
        var relationship: String
        /// `hidden` or `veryHidden` sheets are skipped, as a person looking at the file would.
        var isHidden: Bool
    }

    struct Book: Equatable {
        var sheets: [Sheet]
        /// The 1904 date system (Excel for Mac before 2011, some old files).
        var date1904: Bool
    }

    /// `workbook.xml`: its sheets in order, and the date system.
    static func book(_ bytes: UnsafeBufferPointer<UInt8>) throws(XMLScanner.Problem) -> Book {
        var scanner = XMLScanner(bytes)
        var book = Book(sheets: [], date1904: false)
        while true {
            switch try scanner.next() {
            case .open where scanner.isNamed("workbookPr"):
                let value = scanner.attribute("date1904")
                book.date1904 = value == "1" || value == "true"
            case .open where scanner.isNamed("sheet"):
                guard let name = scanner.attribute("name"), let id = scanner.attribute("id") else { continue }
                let state = scanner.attribute("state")
                book.sheets.append(Sheet(name: VietnameseText.nfc(name), relationship: id,
                                         isHidden: state == "hidden" || state == "veryHidden"))
            case .end:
                return book
            default:
                continue
            }
        }
    }

    /// A `.rels` part: relationship id → (type's last word, target).
    static func relationships(_ bytes: UnsafeBufferPointer<UInt8>) throws(XMLScanner.Problem)
        -> [String: (type: String, target: String)] {
        var scanner = XMLScanner(bytes)
        var result: [String: (type: String, target: String)] = [:]
        while true {
            switch try scanner.next() {
            case .open where scanner.isNamed("Relationship"):
                guard let id = scanner.attribute("Id"), let target = scanner.attribute("Target") else { continue }
                let type = scanner.attribute("Type").map { String($0.split(separator: "/").last ?? "") } ?? ""
                // An external link (a hyperlink target) is never a part of this package.
                if scanner.attribute("TargetMode") == "External" { continue }
                result[id] = (type, target)
            case .end:
                return result
            default:
                continue
            }
        }
    }

    /// `styles.xml`: for each cell style (the `s` of a cell), what its number format makes of a number.
    static func numberKinds(_ bytes: UnsafeBufferPointer<UInt8>) throws(XMLScanner.Problem) -> [NumberFormatCode.Kind] {
        var scanner = XMLScanner(bytes)
        var codes: [Int: String] = [:]
        var formats: [Int] = []
        var inCellFormats = false
        while true {
            switch try scanner.next() {
            case .open where scanner.isNamed("numFmt"):
                if let id = scanner.integerAttribute("numFmtId"), let code = scanner.attribute("formatCode") {
                    codes[id] = code
                }
            case .open where scanner.isNamed("cellXfs"):
                inCellFormats = !scanner.selfClosing
            case .close where scanner.isNamed("cellXfs"):
                inCellFormats = false
            case .open where inCellFormats && scanner.isNamed("xf"):
                formats.append(scanner.integerAttribute("numFmtId") ?? 0)
            case .end:
                return formats.map { NumberFormatCode.kind(id: $0, code: codes[$0]) }
            default:
                continue
            }
        }
    }

    /// `sharedStrings.xml`: each string item's text, its runs joined, phonetic guides left out.
    static func sharedStrings(_ bytes: UnsafeBufferPointer<UInt8>) throws(XMLScanner.Problem) -> [String] {
        var scanner = XMLScanner(bytes)
        var strings: [String] = []
        while true {
            switch try scanner.next() {
            case .open where scanner.isNamed("si"):
                strings.append(scanner.selfClosing ? "" : try richText(&scanner))
            case .end:
                return strings
            default:
                continue
            }
        }
    }

    /// The text of a string item just opened (`<si>` or `<is>`): its `<t>`, or the `<t>` of
    /// each run, through the item's end tag. `<rPh>` (phonetic reading) is not part of it.
    static func richText(_ scanner: inout XMLScanner) throws(XMLScanner.Problem) -> String {
        var first: String?
        var parts: [String] = []
        var depth = 0
        while true {
            switch try scanner.next() {
            case .open where scanner.isNamed("t"):
                // Nearly every item is one `<t>`: no array for it.
                let text = try scanner.elementText()
                if first == nil { first = text } else { parts.append(text) }
            case .open where scanner.isNamed("rPh"):
                try scanner.skipElement()
            case .open where !scanner.selfClosing:
                depth += 1
            case .close:
                if depth == 0 { return cellText(parts.isEmpty ? first ?? "" : (first ?? "") + parts.joined()) }
                depth -= 1
            case .end:
                throw scanner.malformed()
            default:
                continue
            }
        }
    }

    /// Text as a person typed it: `_x000D_`-style escapes of the format undone, line breaks as
    /// `\n` (as the CSV reader gives them), NFC, and trimmed of spaces as an unquoted CSV
    /// field is.
    static func cellText(_ raw: String) -> String {
        var text = raw
        if text.contains("_x") { text = unescape(text) }
        if text.contains("\r") { text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n") }
        return ContentText.normalize(text).trimmingSpaces
    }

    /// `_xHHHH_` is the character U+HHHH (ECMA-376 ST_Xstring); `_x005F_` escapes a literal `_`.
    private static func unescape(_ text: String) -> String {
        var scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if scalars[index] == "_", index + 6 < scalars.count, scalars[index + 1] == "x", scalars[index + 6] == "_",
               let value = UInt32(String(String.UnicodeScalarView(scalars[(index + 2)..<(index + 6)])), radix: 16),
               let scalar = Unicode.Scalar(value) {
                out.append(scalar)
                index += 7
                continue
            }
            out.append(scalars[index])
            index += 1
        }
        scalars.removeAll()
        return String(out)
    }
}
