import XCTest
@testable import TreCore

/// The byte-level XML escaper must give what the scalar-by-scalar one gave.
final class XMLTextTests: XCTestCase {
    /// The escaper as it was, scalar by scalar: the reference for the byte-level one.
    static func referenceXML(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                let v = scalar.value
                if v < 0x20 || v == 0xFFFE || v == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    func testXMLEscapingEqualsTheScalarEscaper() {
        for text in EscapingCorpus.strings(seed: 12, count: 3000) {
            XCTAssertEqual(XMLText.escape(text), Self.referenceXML(text), "\(text.unicodeScalars.map(\.value))")
            var bytes = Array("x".utf8)
            XMLText.appendEscaped(text, to: &bytes)
            XCTAssertEqual(String(decoding: bytes, as: UTF8.self), "x" + Self.referenceXML(text))
        }
        let long = EscapingCorpus.strings(seed: 13, count: 400).joined()
        XCTAssertEqual(XMLText.escape(long), Self.referenceXML(long))
    }
}
