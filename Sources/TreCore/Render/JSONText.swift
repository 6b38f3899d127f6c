/// JSON strings written the way Foundation's `JSONSerialization` writes them on Linux, so
/// the open-data files keep their bytes without paying for it: `"`, `\` and `/` get a
/// backslash, control characters their short escape or `\u00xx` in lower-case hex, and
/// everything else (Vietnamese, emoji, U+2028) is written as it is.
enum JSONText {
    /// `text` in double quotes, escaped, appended to `out`.
    static func appendQuoted(_ text: String, to out: inout String) {
        out += "\""
        if needsEscaping(text) {
            var escaped: [UInt8] = []
            escaped.reserveCapacity(text.utf8.count + 8)
            for byte in text.utf8 { append(byte, to: &escaped) }
            out += String(decoding: escaped, as: UTF8.self)
        } else {
            out += text
        }
        out += "\""
    }

    static func needsEscaping(_ text: String) -> Bool {
        text.utf8.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x2F }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// One byte of UTF-8, escaped if it must be. Bytes of multi-byte characters are all
    /// 0x80 or more, so they pass through whole.
    private static func append(_ byte: UInt8, to out: inout [UInt8]) {
        switch byte {
        case 0x22: out += [0x5C, 0x22]  // \"
        case 0x5C: out += [0x5C, 0x5C]  // \\
        case 0x2F: out += [0x5C, 0x2F]  // \/
        case 0x08: out += [0x5C, 0x62]  // \b
        case 0x0C: out += [0x5C, 0x66]  // \f
        case 0x0A: out += [0x5C, 0x6E]  // \n
        case 0x0D: out += [0x5C, 0x72]  // \r
        case 0x09: out += [0x5C, 0x74]  // \t
        case ..<0x20: out += [0x5C, 0x75, 0x30, 0x30, hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0xF)]]
        default: out.append(byte)
        }
    }
}
