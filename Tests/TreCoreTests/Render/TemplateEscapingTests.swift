import Mustache
import XCTest
@testable import TreCore

/// Templates escape `{{value}}` with `TemplateEscaping`: the same bytes as swift-mustache's
/// own escaping, and templates render exactly as they did without the pragma that selects it.
final class TemplateEscapingTests: XCTestCase {
    func testTemplateEscapingEqualsMustacheEscaping() throws {
        let plain = try MustacheTemplate(string: "[{{value}}]")
        let fast = try TemplateLibrary.parse("[{{value}}]")
        for text in EscapingCorpus.strings(seed: 8, count: 3000) {
            let expected = plain.render(["value": text])
            XCTAssertEqual(fast.render(["value": text]), expected, "\(text.unicodeScalars.map(\.value))")
            XCTAssertEqual("[" + TemplateEscaping().escapeText(text) + "]", expected)
        }
    }

    func testTemplatesRenderAsWithoutThePragma() throws {
        // Standalone tags on the first line, sections, inverted sections, indented partials,
        // inheritance with blocks, comments and a template's own content type.
        let templates = [
            "layout": "{{#title}}\n<h1>{{title}}</h1>\n{{/title}}\n<main>\n  {{$content}}none{{/content}}\n</main>\n",
            "page": "{{<layout}}\n{{$content}}\n{{#items}}\n  {{>item}}\n{{/items}}\n{{^items}}empty{{/items}}\n{{/content}}\n{{/layout}}\n",
            "item": "<li>{{name}} & {{{raw}}}</li>\n  {{! a note }}\n",
            "text": "{{% CONTENT_TYPE: TEXT }}\n{{name}}<{{name}}>\n",
            "first": "{{#flag}}\nyes {{name}}\n{{/flag}}\n",
        ]
        var plain = MustacheLibrary()
        var fast = MustacheLibrary()
        for (name, text) in templates {
            plain.register(try MustacheTemplate(string: text), named: name)
            fast.register(try TemplateLibrary.parse(text), named: name)
        }
        let values: [String: Any] = [
            "title": "Tiêu đề <b>", "flag": true, "name": "A&B \"x\"",
            "items": [["name": "Một <1>", "raw": "<i>a</i>"], ["name": "Hai 'y'", "raw": "&amp;"]],
        ]
        for name in templates.keys.sorted() {
            XCTAssertEqual(fast.render(values, withTemplate: name), plain.render(values, withTemplate: name), name)
            XCTAssertEqual(fast.render([String: Any](), withTemplate: name), plain.render([String: Any](), withTemplate: name), name)
        }
    }

    func testSyntaxErrorsKeepTheThemesLineNumbers() {
        let text = "<p>\n{{#open}}\n<b>\n"
        var plainError = ""
        var fastError = ""
        do { _ = try MustacheTemplate(string: text) } catch { plainError = "\(error)" }
        do { _ = try TemplateLibrary.parse(text) } catch { fastError = "\(error)" }
        XCTAssertFalse(plainError.isEmpty)
        XCTAssertEqual(fastError, plainError)
    }
}
