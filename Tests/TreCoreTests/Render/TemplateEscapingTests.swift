import TreMustache
import XCTest
@testable import TreCore

/// Templates escape `{{value}}` exactly as swift-mustache did (Tre's pages must not change
/// by a byte): a dictionary lookup per Character, reproduced here as the reference.
final class TemplateEscapingTests: XCTestCase {
    static let entities: [Character: String] = ["<": "&lt;", ">": "&gt;", "&": "&amp;", "\"": "&quot;", "'": "&#39;"]

    static func reference(_ text: String) -> String {
        var out = ""
        for character in text { out += entities[character] ?? String(character) }
        return out
    }

    func testTemplateEscapingEqualsSwiftMustacheEscaping() throws {
        let template = try TemplateLibrary.parse("[{{value}}]")
        for text in EscapingCorpus.strings(seed: 8, count: 3000) {
            let expected = "[" + Self.reference(text) + "]"
            XCTAssertEqual(template.render(["value": .string(text)]), expected, "\(text.unicodeScalars.map(\.value))")
            XCTAssertEqual("[" + HTMLText.escape(text) + "]", expected)
        }
    }

    func testSyntaxErrorsKeepTheThemesLineNumbers() {
        let text = "<p>\n{{#open}}\n<b>\n"
        var plainError = ""
        var writtenInError = ""
        do { _ = try MustacheTemplate(text) } catch { plainError = "\(error)" }
        do { _ = try TemplateLibrary.parse(text, strings: ["x": "y"]) } catch { writtenInError = "\(error)" }
        XCTAssertFalse(plainError.isEmpty)
        XCTAssertEqual(writtenInError, plainError)
    }
}
