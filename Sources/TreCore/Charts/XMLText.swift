/// Escaping for XML and HTML text and attribute values.
enum XMLText {
    /// Escapes the five XML specials and drops control characters XML 1.0 forbids, so any
    /// name a user writes still gives a well-formed document.
    static func escape(_ text: String) -> String {
        var copy = text
        return copy.withUTF8 { bytes in
            // Most text needs nothing: return it without building a copy.
            guard bytes.contains(where: { needsWork($0) }) else { return text }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + bytes.count / 8)
            appendEscaped(bytes, to: &out)
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// `escape(text)` as UTF-8, appended to `out`.
    static func appendEscaped(_ text: String, to out: inout [UInt8]) {
        var copy = text
        copy.withUTF8 { appendEscaped($0, to: &out) }
    }

    private static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        // Bytes that need nothing are copied a run at a time.
        var runStart = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard needsWork(byte) else {
                index += 1
                continue
            }
            // U+FFFE and U+FFFF are EF BF BE and EF BF BF; any other EF starts a character to keep.
            if byte == 0xEF {
                guard index + 2 < bytes.count, bytes[index + 1] == 0xBF, bytes[index + 2] & 0xFE == 0xBE else {
                    index += 1
                    continue
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            switch byte {
            case 0x26: out += Self.amp
            case 0x3C: out += Self.lt
            case 0x3E: out += Self.gt
            case 0x22: out += Self.quot
            case 0x27: out += Self.apos
            default: break  // a control character XML 1.0 forbids
            }
            index += byte == 0xEF ? 3 : 1
            runStart = index
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
    }

    private static let amp = Array("&amp;".utf8), lt = Array("&lt;".utf8), gt = Array("&gt;".utf8)
    private static let quot = Array("&quot;".utf8), apos = Array("&#39;".utf8)

    /// The five specials, control characters other than tab and line breaks, and EF (which
    /// may start U+FFFE or U+FFFF).
    private static func needsWork(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x26, 0x3C, 0x3E, 0x22, 0x27, 0xEF: true
        case 0x09, 0x0A, 0x0D: false
        default: byte < 0x20
        }
    }

    /// An id safe to use in XML and CSS: letters, digits, `-` and `_`, starting with a letter.
    static func identifier(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "-", "_": out.unicodeScalars.append(scalar)
            default: out += "-"
            }
        }
        if let first = out.unicodeScalars.first, ("a"..."z").contains(first) || ("A"..."Z").contains(first) {
            return out
        }
        return "c" + out
    }
}
