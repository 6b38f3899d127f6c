import TreMustache
import XCTest
@testable import TreCore

/// UI strings written into templates at load must render exactly as the `{{t.key}}` lookups
/// they replace, and be left as tags wherever that could differ.
final class TemplateStringsTests: XCTestCase {
    static let strings = [
        "title": "Kế hoạch & <mục tiêu>", "quote": "\"Tre\" 'xanh'", "plain": "Trang chủ",
        "spaced": " lề trái ", "empty": "", "blank": "  ", "braces": "Tìm thấy {count} trang.",
        "open": "a{", "close": "}b", "lines": "một\ndòng", "crlf": "một\r\nhai", "nfd": "Ho\u{0323}\u{031B}p",
    ]

    /// Templates that exercise what could go wrong: standalone tags beside a string, indented
    /// partials, unescaped tags, sections, inheritance and names that are not keys.
    static let templates = [
        "layout": "<title>{{t.title}}</title>\n{{t.empty}}{{#flag}}\n  {{$body}}{{t.plain}}{{/body}}\n{{t.blank}}{{/flag}}\n",
        "page": "{{<layout}}\n{{$body}}\n  {{>part}}\n{{t.plain}}{{#items}}\n{{/items}}\n{{/body}}\n{{/layout}}\n",
        "part": "{{t.quote}}\n{{t.lines}}\n  {{t.crlf}}|{{t.nfd}}\n{{t.spaced}}\n{{#items}}{{t.title}} {{name}}{{/items}}\n",
        "raw": "{{{t.title}}} {{&t.quote}} {{t.plain}}} {{{t.plain}}}} {{t.open}}{{x}} {{x}}{{t.close}} {{ t.plain }}\n",
        "odd": "{{t.missing}}|{{t.}}|{{t.title.more}}|{{t.braces}}|{{uppercased(t.plain)}}\n",
        "comment": "{{! {{t.plain}} }}{{t.plain}}\n",
        "delimiters": "{{=<% %>=}}<%t.plain%>{{t.plain}}\n",
    ]

    func render(_ name: String, writeIn: Bool) throws -> String? {
        var library = MustacheLibrary()
        for (template, text) in Self.templates {
            let strings = writeIn ? Self.strings : [:]
            library.register(try TemplateLibrary.parse(text, strings: strings), named: template)
        }
        let values: [String: Any] = ["t": Self.strings, "flag": true, "x": "<x>",
                                     "items": [["name": "Một"], ["name": "Hai & ba"]]]
        return library.render(TemplateValues.value(values), withTemplate: name)
    }

    func testWrittenInStringsRenderAsLookups() throws {
        for name in Self.templates.keys.sorted() {
            XCTAssertEqual(try render(name, writeIn: true), try render(name, writeIn: false), name)
        }
    }

    func testOnlySafeTagsAreWrittenIn() {
        let out = TemplateStrings.writeIn(Self.strings, into: Self.templates["raw"] ?? "")
        XCTAssertEqual(out, "{{{t.title}}} {{&t.quote}} {{t.plain}}} {{{t.plain}}}} {{t.open}}{{x}} {{x}}{{t.close}} {{ t.plain }}\n")
        XCTAssertEqual(TemplateStrings.writeIn(Self.strings, into: "<p>{{t.title}}</p>{{t.quote}}{{t.spaced}}{{t.nfd}}"),
                       "<p>Kế hoạch &amp; &lt;mục tiêu&gt;</p>&quot;Tre&quot; &#39;xanh&#39; lề trái Ho\u{0323}\u{031B}p")
        for key in ["empty", "blank", "braces", "open", "close", "lines", "crlf", "missing"] {
            XCTAssertEqual(TemplateStrings.writeIn(Self.strings, into: "a{{t.\(key)}}b"), "a{{t.\(key)}}b", key)
        }
        XCTAssertEqual(TemplateStrings.writeIn(Self.strings, into: Self.templates["comment"] ?? ""), Self.templates["comment"])
    }
}
