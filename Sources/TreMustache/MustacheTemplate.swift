/// A parsed template: the steps rendering runs, in order. Parsing happens once per theme
/// load; rendering only walks these steps and looks names up, with no text scanning.
public final class MustacheTemplate: Sendable {
    let steps: [MustacheStep]

    init(_ steps: [MustacheStep]) {
        self.steps = steps
    }

    /// Parses `text`; a syntax error says the line and column where it was found.
    public convenience init(_ text: String) throws(MustacheSyntaxError) {
        self.init(try MustacheParser.parse(text).steps)
    }

    /// Every name the template (with its sections, but not its partials) looks up, in order of
    /// appearance: what a check that each name is provided needs.
    public var names: [String] {
        var names: [String] = []
        func walk(_ steps: [MustacheStep]) {
            for step in steps {
                switch step {
                case .text, .escaping: break
                case .value(let name, _): names.append(name.spelled)
                case .section(let name, let inner), .inverted(let name, let inner):
                    names.append(name.spelled)
                    walk(inner.steps)
                case .block(_, let inner, _), .blockDefinition(_, let inner): walk(inner.steps)
                case .partial(_, _, let overrides):
                    for key in (overrides ?? [:]).keys.sorted() { walk(overrides?[key]?.steps ?? []) }
                case .dynamicPartial(let name, _, let overrides):
                    names.append(name.spelled)
                    for key in (overrides ?? [:]).keys.sorted() { walk(overrides?[key]?.steps ?? []) }
                }
            }
        }
        walk(steps)
        return names
    }
}

/// One step of a template.
enum MustacheStep: Sendable {
    /// Text copied as it is (a line, or the part of a line before a tag).
    case text(String)
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}` (as it is).
    case value(MustacheName, escaped: Bool)
    /// `{{#name}}…{{/name}}`: shown for a true value, once per item of a list.
    case section(MustacheName, MustacheTemplate)
    /// `{{^name}}…{{/name}}`: shown for a false value, an empty list or a missing name.
    case inverted(MustacheName, MustacheTemplate)
    /// `{{$name}}default{{/name}}` in a template: replaced by a parent's caller's override.
    case block(String, MustacheTemplate, indentation: String?)
    /// `{{$name}}…{{/name}}` directly inside `{{<parent}}`: an override (collected at parse).
    case blockDefinition(String, MustacheTemplate)
    /// `{{>name}}`, or `{{<name}}…{{/name}}` with its overrides.
    case partial(String, indentation: String?, overrides: [String: MustacheTemplate]?)
    /// `{{>*name}}`: the partial named by a value.
    case dynamicPartial(MustacheName, indentation: String?, overrides: [String: MustacheTemplate]?)
    /// `{{% CONTENT_TYPE: TEXT }}` (no escaping) or `HTML` until the template ends.
    case escaping(Bool)
}

/// A name as a template spells it, split once at parse: `a.b.c` → `["a", "b", "c"]`;
/// `.` (or an empty name) is the current value; a leading dot (`.a`) looks only at the
/// current value; `empty(list)` applies transforms (innermost last, as written).
struct MustacheName: Sendable {
    let spelled: String
    let path: [String]
    /// Look only in the current value, not up the context stack.
    let anchored: Bool
    /// Names such as `empty`, `last`, applied right to left: `a(b(c))` is `["a", "b"]`.
    let transforms: [String]
    /// The value of a name like `last()`: the position in the list being walked.
    var readsPosition: Bool { path.isEmpty && !anchored && !transforms.isEmpty }

    init(spelled: String, name: String, transforms: [String]) {
        self.spelled = spelled
        self.transforms = transforms
        if name == "." {
            path = []
            anchored = true
        } else {
            path = name.split(separator: ".").map(String.init)
            anchored = name.first == "."
        }
    }
}

/// A template that could not be parsed, with the place of the problem (1-based).
public struct MustacheSyntaxError: Error, Sendable, CustomStringConvertible, Equatable {
    public enum Problem: Error, Sendable, Equatable {
        case sectionCloseNameIncorrect, unfinishedName, expectedSectionEnd, invalidSetDelimiter
        case transformAppliedToInheritanceSection, illegalTokenInsideInheritSection
        case invalidConfigVariableSyntax, unrecognisedConfigVariable
    }

    public let problem: Problem
    public let line: Int
    public let column: Int
    /// The text of the line where the problem is.
    public let lineText: String

    public var description: String {
        let what = switch problem {
        case .sectionCloseNameIncorrect: "the closing tag does not match the open section"
        case .unfinishedName: "a tag is not finished (or its name has a character names cannot have)"
        case .expectedSectionEnd: "a section is not closed"
        case .invalidSetDelimiter: "the set-delimiter tag is malformed"
        case .transformAppliedToInheritanceSection: "a block name cannot have a transform"
        case .illegalTokenInsideInheritSection: "only blocks may stand directly inside {{<parent}}"
        case .invalidConfigVariableSyntax: "the pragma tag is malformed"
        case .unrecognisedConfigVariable: "the pragma is not known"
        }
        return "line \(line), column \(column): \(what): \(lineText)"
    }
}
