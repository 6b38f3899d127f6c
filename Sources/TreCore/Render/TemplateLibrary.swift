import Foundation
import TreMustache
import Yams

/// The theme made ready to render: Mustache templates parsed once into steps (by Tre's own
/// renderer, `TreMustache`) and the UI strings of the site's language. Templates are named by their path without `.mustache`
/// (`pages/plan`, `partials/target-table`).
public struct TemplateLibrary: Sendable {
    let library: MustacheLibrary
    /// `strings` as a template value, made once: every page has them as `t`.
    let stringsValue: MustacheValue
    /// UI strings of the site's language, by key (`nav_plans`, `status_on_track`, ...).
    public let strings: [String: String]
    public let theme: Theme

    /// Parses every template and the strings for `language`; problems become diagnostics
    /// naming the theme file.
    public static func load(_ theme: Theme, language: Language, themeName: String) -> (TemplateLibrary?, Diagnostics) {
        var diagnostics = Diagnostics()
        // Strings first, so templates can have them written in; their problems are still
        // reported after the templates'.
        var stringDiagnostics = Diagnostics()
        let strings = loadStrings(theme, language: language, themeName: themeName, &stringDiagnostics)
        var library = MustacheLibrary()
        for path in theme.files.keys.sorted() where path.hasSuffix(".mustache") {
            let name = String(path.dropLast(".mustache".count))
            guard let text = theme.text(path) else { continue }
            do {
                library.register(try parse(text, strings: strings), named: name)
            } catch {
                diagnostics.error(
                    SourceLocation(file: themeName + "/" + path, line: error.line, column: error.column),
                    vi: "Mẫu trang (template) bị lỗi cú pháp Mustache: \(problem(error.problem).vi).",
                    en: "The template has a Mustache syntax error: \(problem(error.problem).en).",
                    hintVi: "Kiểm tra các thẻ {{#…}} và {{/…}} đóng mở đúng cặp.",
                    hintEn: "Check that every {{#…}} has its matching {{/…}}.")
            }
        }
        diagnostics.append(contentsOf: stringDiagnostics)
        if diagnostics.hasErrors { return (nil, diagnostics) }
        let stringsValue = MustacheValue.object(strings.mapValues { .string($0) })
        return (TemplateLibrary(library: library, stringsValue: stringsValue, strings: strings, theme: theme), diagnostics)
    }

    /// What went wrong in a template, in the designer's words.
    static func problem(_ problem: MustacheSyntaxError.Problem) -> (vi: String, en: String) {
        switch problem {
        case .sectionCloseNameIncorrect: ("thẻ đóng {{/…}} không khớp với thẻ mở", "the closing {{/…}} does not match the open section")
        case .expectedSectionEnd: ("một thẻ {{#…}} hoặc {{^…}} chưa được đóng", "a {{#…}} or {{^…}} is never closed")
        case .unfinishedName: ("một thẻ chưa đóng bằng }} hoặc tên có ký tự không hợp lệ", "a tag is not closed with }} or its name has a character names cannot have")
        case .invalidSetDelimiter: ("thẻ đổi dấu phân cách {{=… …=}} sai", "the set-delimiter tag {{=… …=}} is malformed")
        case .transformAppliedToInheritanceSection: ("tên khối {{$…}} không được có hàm", "a block {{$…}} cannot have a transform")
        case .illegalTokenInsideInheritSection: ("trong {{<…}} chỉ được có các khối {{$…}}", "only {{$…}} blocks may stand inside {{<…}}")
        case .invalidConfigVariableSyntax, .unrecognisedConfigVariable: ("thẻ {{%…}} sai hoặc không được hỗ trợ", "the {{%…}} tag is malformed or not supported")
        }
    }

    /// A template with `strings` written in where it shows them (see `TemplateStrings`).
    /// A syntax error is reported from the theme's own text, so its line numbers are the
    /// ones the designer sees.
    static func parse(_ text: String, strings: [String: String] = [:]) throws(MustacheSyntaxError) -> MustacheTemplate {
        do {
            return try MustacheTemplate(TemplateStrings.writeIn(strings, into: text))
        } catch {
            _ = try MustacheTemplate(text)
            throw error
        }
    }

    static func loadStrings(_ theme: Theme, language: Language, themeName: String,
                            _ diagnostics: inout Diagnostics) -> [String: String] {
        let path = "strings/\(language.rawValue).yml"
        guard let text = theme.text(path) else {
            diagnostics.error(
                SourceLocation(file: themeName + "/" + path),
                vi: "Giao diện thiếu tệp chữ \(path).", en: "The theme has no strings file \(path).",
                hintVi: "Chép tệp này từ giao diện mặc định của Tre.", hintEn: "Copy this file from Tre's default theme.")
            return [:]
        }
        do {
            let yaml = try Yams.load(yaml: text) as? [String: Any] ?? [:]
            var strings: [String: String] = [:]
            for (key, value) in yaml { strings[key] = VietnameseText.nfc(String(describing: value)) }
            return strings
        } catch {
            diagnostics.error(
                SourceLocation(file: themeName + "/" + path),
                vi: "Tệp chữ của giao diện bị lỗi YAML: \(error).", en: "The theme's strings file is not valid YAML: \(error).")
            return [:]
        }
    }

    /// Renders a template; a template the theme lacks renders as nothing. `context["t"]`
    /// must be `strings`, which the templates already have written in.
    public func render(_ name: String, _ context: [String: Any]) -> String {
        render(name, value(context))
    }

    /// Renders a template over a value made with `value(_:)`; a `recorder` learns the names found.
    func render(_ name: String, _ value: MustacheValue, recorder: MustacheRecorder? = nil) -> String {
        library.render(value, withTemplate: name, recorder: recorder ?? Self.recorder) ?? ""
    }

    /// Told every name any render finds, when a test sets it (`TemplateNameTests`): how a
    /// name that no page context provides is found. Nil in every real build.
    nonisolated(unsafe) static var recorder: MustacheRecorder?

    /// Every parsed template, by name, for checks over the whole theme.
    var templates: [String: MustacheTemplate] {
        Dictionary(uniqueKeysWithValues: library.names.compactMap { name in library.template(named: name).map { (name, $0) } })
    }

    /// A page context as a template value; `t` (the strings, the same on every page) is
    /// converted once per build rather than once per page.
    func value(_ context: [String: Any]) -> MustacheValue {
        var values: [String: MustacheValue] = [:]
        values.reserveCapacity(context.count)
        for (key, value) in context {
            values[key] = key == "t" ? stringsValue : TemplateValues.value(value)
        }
        return .object(values)
    }

    /// A UI string, or the key itself so a missing string is visible rather than silent.
    public func string(_ key: String) -> String {
        strings[key] ?? key
    }
}
