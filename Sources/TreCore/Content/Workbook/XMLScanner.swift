/// A pull reader over the bytes of one XML part of a workbook: start tags with their
/// attributes, end tags and text, and nothing else.
///
/// Written for workbooks rather than taken from Foundation's `XMLParser`: on the 20,000-row
/// register, `XMLParser` alone (a Swift string and dictionary for every element, nothing
/// built) took 0.85–0.95 s of CPU, more than `tre check` of the same register as CSV (0.54 s);
/// this reads the bytes in place. It also cannot be turned against its reader: it knows only
/// the five predefined entities and character references, and refuses any document type
/// declaration (xlsx parts never need one), so an entity-expansion bomb is refused, never
/// expanded.
struct XMLScanner {
    enum Event: Equatable {
        case open
        case close
        case text
        case end
    }

    /// Why a part could not be read: malformed, or holding a declaration Tre refuses.
    struct Problem: Error, Equatable {
        enum Kind: Equatable { case malformed, declaration }
        var kind: Kind
        var offset: Int
    }

    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var position = 0
    /// The local name of the last start or end tag (after any `prefix:`).
    private(set) var name: Range<Int> = 0..<0
    /// The attributes of the last start tag, as written.
    private(set) var attributes: Range<Int> = 0..<0
    /// Whether the last start tag closed itself (`<c r="A1"/>`); no `.close` follows it.
    private(set) var selfClosing = false
    /// The last text run, entities not yet decoded; `cdata` when it came from `<![CDATA[`.
    private(set) var textRange: Range<Int> = 0..<0
    private(set) var cdata = false

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// Refuses a part whose prolog (everything before the first element) holds a document
    /// type declaration: only there may one stand, and only through one can entities be
    /// declared. Called on the first bytes of a part, before it is inflated whole: true once
    /// the first element is reached, false when the bytes end before it.
    static func checkProlog(_ bytes: UnsafeBufferPointer<UInt8>) throws(Problem) -> Bool {
        var index = 0
        while index + 1 < bytes.count {
            guard bytes[index] == lt else { index += 1; continue }
            let next = bytes[index + 1]
            if next == bang {
                guard index + 4 <= bytes.count else { return false }
                if matches(bytes, at: index, "<!--") {
                    index += 4
                    continue
                }
                throw Problem(kind: .declaration, offset: index)
            }
            if next != question { return true }
            index += 2
        }
        return false
    }

    /// The next event; `.end` at the end of the bytes.
    mutating func next() throws(Problem) -> Event {
        while position < bytes.count {
            if bytes[position] != Self.lt {
                let start = position
                while position < bytes.count, bytes[position] != Self.lt { position += 1 }
                textRange = start..<position
                cdata = false
                return .text
            }
            guard position + 1 < bytes.count else { throw malformed() }
            switch bytes[position + 1] {
            case Self.slash:
                position += 2
                name = readName()
                while position < bytes.count, bytes[position] != Self.gt { position += 1 }
                guard position < bytes.count else { throw malformed() }
                position += 1
                return .close
            case Self.question:
                try skip(past: "?>")
            case Self.bang:
                if Self.matches(bytes, at: position, "<!--") {
                    try skip(past: "-->")
                } else if Self.matches(bytes, at: position, "<![CDATA[") {
                    let start = position + 9
                    try skip(past: "]]>")
                    textRange = start..<(position - 3)
                    cdata = true
                    return .text
                } else {
                    throw Problem(kind: .declaration, offset: position)
                }
            default:
                position += 1
                name = readName()
                let start = position
                var quote: UInt8 = 0
                while position < bytes.count {
                    let byte = bytes[position]
                    if quote != 0 {
                        if byte == quote { quote = 0 }
                    } else if byte == Self.doubleQuote || byte == Self.singleQuote {
                        quote = byte
                    } else if byte == Self.gt {
                        break
                    }
                    position += 1
                }
                guard position < bytes.count, name.count > 0 else { throw malformed() }
                selfClosing = position > start && bytes[position - 1] == Self.slash
                attributes = start..<(selfClosing ? position - 1 : position)
                position += 1
                return .open
            }
        }
        return .end
    }

    /// Whether the last tag's local name is `expected`.
    func isNamed(_ expected: StaticString) -> Bool {
        Self.equal(bytes, name, expected)
    }

    /// The value of the last start tag's attribute whose local name is `wanted` (any prefix),
    /// as raw bytes; nil when it has none.
    func attributeRange(_ wanted: StaticString) -> Range<Int>? {
        var index = attributes.lowerBound
        let end = attributes.upperBound
        while index < end {
            while index < end, Self.isSpace(bytes[index]) { index += 1 }
            let nameStart = index
            var localStart = index
            while index < end, bytes[index] != Self.equals, !Self.isSpace(bytes[index]) {
                if bytes[index] == Self.colon { localStart = index + 1 }
                index += 1
            }
            let local = localStart..<index
            while index < end, bytes[index] != Self.equals { index += 1 }
            index += 1
            while index < end, Self.isSpace(bytes[index]) { index += 1 }
            guard index < end, nameStart < local.upperBound else { return nil }
            let quote = bytes[index]
            guard quote == Self.doubleQuote || quote == Self.singleQuote else { return nil }
            let valueStart = index + 1
            index = valueStart
            while index < end, bytes[index] != quote { index += 1 }
            if Self.equal(bytes, local, wanted) { return valueStart..<index }
            index += 1
        }
        return nil
    }

    /// The decoded value of an attribute.
    func attribute(_ wanted: StaticString) -> String? {
        attributeRange(wanted).map { decode($0) }
    }

    /// An attribute holding a non-negative whole number (`s="3"`, `r="12"`).
    func integerAttribute(_ wanted: StaticString) -> Int? {
        guard let range = attributeRange(wanted) else { return nil }
        return Self.integer(bytes, range)
    }

    /// The text of the last `.text` event, with entities and character references decoded.
    func text() -> String {
        cdata ? String(decoding: bytes[textRange], as: UTF8.self) : decode(textRange)
    }

    /// Reads the text inside the element just opened, up to its end tag, skipping any
    /// elements within it. Empty for a self-closing element.
    mutating func elementText() throws(Problem) -> String {
        guard !selfClosing else { return "" }
        var parts: [String] = []
        var depth = 0
        while true {
            switch try next() {
            case .text where depth == 0: parts.append(text())
            case .open where !selfClosing: depth += 1
            case .close:
                if depth == 0 { return parts.count == 1 ? parts[0] : parts.joined() }
                depth -= 1
            case .end: throw malformed()
            default: continue
            }
        }
    }

    /// Skips the rest of the element just opened, through its end tag.
    mutating func skipElement() throws(Problem) {
        guard !selfClosing else { return }
        var depth = 0
        while true {
            switch try next() {
            case .open where !selfClosing: depth += 1
            case .close:
                if depth == 0 { return }
                depth -= 1
            case .end: throw malformed()
            default: continue
            }
        }
    }

    func malformed() -> Problem { Problem(kind: .malformed, offset: position) }

    private mutating func readName() -> Range<Int> {
        var localStart = position
        while position < bytes.count {
            let byte = bytes[position]
            if Self.isSpace(byte) || byte == Self.gt || byte == Self.slash { break }
            if byte == Self.colon { localStart = position + 1 }
            position += 1
        }
        return localStart..<position
    }

    private mutating func skip(past terminator: StaticString) throws(Problem) {
        let count = terminator.utf8CodeUnitCount
        while position + count <= bytes.count {
            if Self.matches(bytes, at: position, terminator) {
                position += count
                return
            }
            position += 1
        }
        throw malformed()
    }

    /// Text with `&amp;`-style entities and `&#…;` references decoded; anything else after
    /// `&` is kept as written.
    func decode(_ range: Range<Int>) -> String {
        guard bytes[range].contains(Self.ampersand) else { return String(decoding: bytes[range], as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            guard byte == Self.ampersand,
                  let semicolon = bytes[index..<min(range.upperBound, index + 12)].firstIndex(of: Self.semicolon) else {
                out.append(byte)
                index += 1
                continue
            }
            let entity = (index + 1)..<semicolon
            if let scalar = Self.entity(bytes, entity) {
                out.append(contentsOf: Array(String(scalar).utf8))
                index = semicolon + 1
            } else {
                out.append(byte)
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func entity(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Unicode.Scalar? {
        if equal(bytes, range, "lt") { return "<" }
        if equal(bytes, range, "gt") { return ">" }
        if equal(bytes, range, "amp") { return "&" }
        if equal(bytes, range, "quot") { return "\"" }
        if equal(bytes, range, "apos") { return "'" }
        guard range.count >= 2, bytes[range.lowerBound] == UInt8(ascii: "#") else { return nil }
        let hex = bytes[range.lowerBound + 1] == UInt8(ascii: "x")
        let digits = (range.lowerBound + (hex ? 2 : 1))..<range.upperBound
        guard !digits.isEmpty,
              let value = UInt32(String(decoding: bytes[digits], as: UTF8.self), radix: hex ? 16 : 10) else { return nil }
        return Unicode.Scalar(value)
    }

    static func integer(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        guard !range.isEmpty, range.count <= 18 else { return nil }
        var value = 0
        for index in range {
            let digit = Int(bytes[index]) - 48
            guard (0...9).contains(digit) else { return nil }
            value = value * 10 + digit
        }
        return value
    }

    static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ expected: StaticString) -> Bool {
        guard range.count == expected.utf8CodeUnitCount else { return false }
        let start = expected.utf8Start
        for offset in 0..<range.count where bytes[range.lowerBound + offset] != start[offset] { return false }
        return true
    }

    static func matches(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, _ expected: StaticString) -> Bool {
        let count = expected.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        return equal(bytes, index..<(index + count), expected)
    }

    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    static let lt = UInt8(ascii: "<"), gt = UInt8(ascii: ">"), slash = UInt8(ascii: "/")
    static let bang = UInt8(ascii: "!"), question = UInt8(ascii: "?"), equals = UInt8(ascii: "=")
    static let colon = UInt8(ascii: ":"), doubleQuote = UInt8(ascii: "\""), singleQuote = UInt8(ascii: "'")
    static let ampersand = UInt8(ascii: "&"), semicolon = UInt8(ascii: ";")
}
