import TreMustache
import XCTest

/// What Tre's templates rely on beyond the specification: swift-mustache's truth rules,
/// transforms, list positions, escaping and error positions.
final class RendererTests: XCTestCase {
    func render(_ text: String, _ value: MustacheValue, partials: [String: String] = [:]) throws -> String {
        var library = MustacheLibrary()
        library.register(try MustacheTemplate(text), named: "main")
        for (name, partial) in partials { library.register(try MustacheTemplate(partial), named: name) }
        return library.render(value, withTemplate: "main") ?? "none"
    }

    func testTruthFollowsSwiftMustache() throws {
        let template = "{{#v}}yes{{/v}}{{^v}}no{{/v}}"
        XCTAssertEqual(try render(template, ["v": ""]), "yes")
        XCTAssertEqual(try render(template, ["v": 0]), "yes")
        XCTAssertEqual(try render(template, ["v": [:]]), "yes")
        XCTAssertEqual(try render(template, ["v": false]), "no")
        XCTAssertEqual(try render(template, ["v": []]), "no")
        XCTAssertEqual(try render(template, ["v": .null]), "no")
        XCTAssertEqual(try render(template, [:]), "no")
    }

    func testTransformsAndPositions() throws {
        let value: MustacheValue = ["items": ["a", "b", "c"], "none": [], "name": "Tre"]
        XCTAssertEqual(try render("{{#items}}{{.}}{{^last()}}, {{/last()}}{{/items}}", value), "a, b, c")
        XCTAssertEqual(try render("{{#items}}{{#first()}}[{{/first()}}{{index()}}{{/items}}", value), "[012")
        XCTAssertEqual(try render("{{^empty(none)}}x{{/empty(none)}}{{^empty(items)}}y{{/empty(items)}}", value), "y")
        XCTAssertEqual(try render("{{^empty(missing)}}shown{{/empty(missing)}}", value), "shown")
        XCTAssertEqual(try render("{{count(items)}} {{uppercased(name)}} {{^last()}}outside{{/last()}}", value), "3 TRE outside")
        // A partial starts outside the list, as in swift-mustache.
        XCTAssertEqual(try render("{{#items}}{{>p}}{{/items}}", value, partials: ["p": "{{^last()}}-{{/last()}}"]), "---")
    }

    func testEscapingIsCharacterByCharacter() throws {
        XCTAssertEqual(try render("{{v}}|{{{v}}}|{{&v}}", ["v": "<a href=\"x\">'&'</a>"]),
                       "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;|<a href=\"x\">'&'</a>|<a href=\"x\">'&'</a>")
        // `<` joined by a combining mark is one Character, not `<`: it stays.
        XCTAssertEqual(MustacheEscaping.html("<\u{0338}>"), "<\u{0338}&gt;")
        XCTAssertEqual(try render("{{% CONTENT_TYPE: TEXT }}\n{{v}}", ["v": "<b>"]), "<b>")
    }

    func testIndentedPartialsIndentEveryLine() throws {
        let out = try render("<ul>\n  {{>item}}\n</ul>\n", ["v": "a\nb"], partials: ["item": "<li>\n{{v}}\n</li>\n"])
        XCTAssertEqual(out, "<ul>\n  <li>\n  a\nb\n  </li>\n</ul>\n")
    }

    func testSyntaxErrorsSayWhere() {
        XCTAssertThrowsError(try MustacheTemplate("<p>\n  {{#open}}\n<b>\n")) { error in
            guard let error = error as? MustacheSyntaxError else { return XCTFail("\(error)") }
            XCTAssertEqual(error.problem, .expectedSectionEnd)
            XCTAssertEqual(error.line, 4)
        }
        XCTAssertThrowsError(try MustacheTemplate("a\n{{#a}}{{/b}}")) { error in
            guard let error = error as? MustacheSyntaxError else { return XCTFail("\(error)") }
            XCTAssertEqual(error.problem, .sectionCloseNameIncorrect)
            XCTAssertEqual(error.line, 2)
            XCTAssertEqual(error.column, 10)
        }
    }

    func testRecorderNamesWhatWasFound() throws {
        let template = try MustacheTemplate("{{a}}{{#list}}{{b}}{{/list}}{{c.d}}{{^empty(list)}}{{/empty(list)}}")
        XCTAssertEqual(template.names, ["a", "list", "b", "c.d", "empty(list)"])
        let recorder = MustacheRecorder()
        _ = MustacheLibrary(templates: ["t": template]).render(["a": 1, "list": [["x": 1]]], withTemplate: "t", recorder: recorder)
        XCTAssertEqual(recorder.found, ["a", "list", "empty(list)"])
    }
}
