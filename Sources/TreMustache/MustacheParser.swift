/// Parses Mustache text into steps. The rules for whitespace, standalone lines, indentation
/// and inheritance follow swift-mustache 2.1.1 (Apache-2.0) closely, rule for rule, because
/// every page Tre writes must stay byte-identical to what that renderer produced; where it
/// departs from the specification the departure is named in `SpecTests`.
enum MustacheParser {
    typealias Problem = MustacheSyntaxError.Problem

    struct State {
        var sectionName: String?
        var sectionTransforms: [String] = []
        var newLine = true
        var isPartialDefinition = false
        var isPartialDefinitionTopLevel = false
        var start = "{{"
        var end = "}}"
        var partialDefinitionIndent: Substring?

        func inSection(_ name: String, newLine: Bool, transforms: [String] = []) -> State {
            var state = self
            state.sectionName = name
            state.sectionTransforms = transforms
            state.isPartialDefinitionTopLevel = false
            if !newLine { state.newLine = false }
            return state
        }

        func inParent(_ name: String) -> State {
            var state = self
            state.sectionName = name
            state.sectionTransforms = []
            state.newLine = true
            state.isPartialDefinition = true
            state.isPartialDefinitionTopLevel = true
            return state
        }
    }

    static func parse(_ text: String) throws(MustacheSyntaxError) -> MustacheTemplate {
        var scanner = MustacheScanner(text)
        do {
            return try parse(&scanner, State())
        } catch {
            let place = scanner.place
            throw MustacheSyntaxError(problem: error, line: place.line, column: place.column, lineText: place.text)
        }
    }

    static func parse(_ scanner: inout MustacheScanner, _ outer: State) throws(Problem) -> MustacheTemplate {
        var steps: [MustacheStep] = []
        var state = outer
        var indent: Substring = ""
        func flushIndent() {
            if !indent.isEmpty { steps.append(.text(String(indent))) }
            indent = ""
        }
        while !scanner.atEnd {
            if state.newLine {
                let space = scanner.read(while: { $0 == " " || $0 == "\t" })
                if state.isPartialDefinition, !state.isPartialDefinitionTopLevel {
                    // Lines inside an override lose the indent of its first line.
                    if let first = state.partialDefinitionIndent {
                        indent = space.dropFirst(first.count)
                    } else {
                        state.partialDefinitionIndent = space
                    }
                } else {
                    indent = space
                }
            }
            let text = readText(&scanner, state)
            if scanner.current.isNewline {
                steps.append(.text(String(indent) + text + String(scanner.current)))
                state.newLine = true
                scanner.advance()
                continue
            }
            if !text.isEmpty {
                steps.append(.text(String(indent) + text))
                indent = ""
                state.newLine = false
            }
            if scanner.atEnd { break }
            var standalone = false
            switch scanner.current {
            case "#", "^":
                let inverted = scanner.current == "^"
                scanner.advance()
                let (name, transforms) = try readName(&scanner, state)
                if isStandalone(&scanner, state) { standalone = true } else { flushIndent() }
                let inner = try parse(&scanner, state.inSection(name, newLine: standalone, transforms: transforms))
                let spelled = MustacheName(spelled: spelling(name, transforms), name: name, transforms: transforms)
                steps.append(inverted ? .inverted(spelled, inner) : .section(spelled, inner))
            case "/":
                scanner.advance()
                let position = scanner.position
                let (name, transforms) = try readName(&scanner, state)
                guard name == state.sectionName, transforms == state.sectionTransforms else {
                    scanner.move(to: position)
                    throw .sectionCloseNameIncorrect
                }
                if !isStandalone(&scanner, state) { flushIndent() }
                return MustacheTemplate(steps)
            case "!":
                scanner.advance()
                guard scanner.skip(past: state.end) != nil else { throw .unfinishedName }
                standalone = isStandalone(&scanner, state)
            case "{", "&":
                let triple = scanner.current == "{"
                flushIndent()
                scanner.advance()
                let (name, transforms) = try readName(&scanner, state)
                if triple { guard scanner.read("}") else { throw .unfinishedName } }
                steps.append(.value(MustacheName(spelled: spelling(name, transforms), name: name, transforms: transforms), escaped: false))
            case ">":
                scanner.advance()
                scanner.read(while: \.isWhitespace)
                let dynamic = scanner.read("*" as Character)
                let name = try readPartialName(&scanner, state)
                if !indent.isEmpty { steps.append(.text(String(indent))) }
                var indentation: String?
                if isStandalone(&scanner, state) {
                    standalone = true
                    indentation = String(indent)
                }
                steps.append(dynamic
                    ? .dynamicPartial(MustacheName(spelled: name, name: name, transforms: []), indentation: indentation, overrides: nil)
                    : .partial(name, indentation: indentation, overrides: nil))
                indent = ""
            case "<":
                scanner.advance()
                scanner.read(while: \.isWhitespace)
                let sectionName = try readPartialName(&scanner, state)
                let dynamic = sectionName.first == "*"
                let name = dynamic ? String(sectionName.dropFirst()) : sectionName
                if !indent.isEmpty { steps.append(.text(String(indent))) }
                standalone = isStandalone(&scanner, state)
                let inner = try parse(&scanner, state.inParent(sectionName))
                var overrides: [String: MustacheTemplate] = [:]
                for step in inner.steps {
                    switch step {
                    case .blockDefinition(let block, let template): overrides[block] = template
                    case .text: break
                    default: throw .illegalTokenInsideInheritSection
                    }
                }
                steps.append(dynamic
                    ? .dynamicPartial(MustacheName(spelled: name, name: name, transforms: []), indentation: String(indent), overrides: overrides)
                    : .partial(name, indentation: String(indent), overrides: overrides))
                indent = ""
            case "$":
                scanner.advance()
                let (name, transforms) = try readName(&scanner, state)
                guard transforms.isEmpty else { throw .transformAppliedToInheritanceSection }
                if state.isPartialDefinitionTopLevel {
                    standalone = isStandalone(&scanner, state)
                    let inner = try parse(&scanner, state.inSection(name, newLine: standalone))
                    steps.append(.blockDefinition(name, inner))
                } else {
                    if !indent.isEmpty { steps.append(.text(String(indent))) }
                    standalone = isStandalone(&scanner, state)
                    let inner = try parse(&scanner, state.inSection(name, newLine: standalone))
                    steps.append(.block(name, inner, indentation: String(indent)))
                    indent = ""
                }
            case "=":
                scanner.advance()
                state = try readDelimiters(&scanner, state)
                standalone = isStandalone(&scanner, state)
            case "%":
                scanner.advance()
                steps.append(.escaping(try readPragma(&scanner, state)))
                standalone = isStandalone(&scanner, state)
            default:
                flushIndent()
                let (name, transforms) = try readName(&scanner, state)
                steps.append(.value(MustacheName(spelled: spelling(name, transforms), name: name, transforms: transforms), escaped: true))
            }
            state.newLine = standalone
        }
        guard state.sectionName == nil else { throw .expectedSectionEnd }
        return MustacheTemplate(steps)
    }

    /// Text up to a newline (left at the cursor) or past the next opening delimiter.
    static func readText(_ scanner: inout MustacheScanner, _ state: State) -> String {
        guard let first = state.start.first else { return "" }
        var text = ""
        while !scanner.atEnd {
            let part = scanner.read(until: { $0 == "\n" || $0 == "\r\n" || $0 == first })
                ?? scanner.read(while: { _ in true })
            text += part
            if scanner.current.isNewline { break }
            if scanner.current == first {
                if scanner.read(state.start) { break }
                text.append(first)
                scanner.advance()
            }
        }
        return text
    }

    /// A tag's name and its transforms (`empty(list)` is `list` with `["empty"]`), through the
    /// closing delimiter.
    static func readName(_ scanner: inout MustacheScanner, _ state: State) throws(Problem) -> (String, [String]) {
        scanner.read(while: \.isWhitespace)
        let text = scanner.read(while: { nameCharacters.contains($0) || $0 == "(" || $0 == ")" })
        scanner.read(while: \.isWhitespace)
        guard scanner.read(state.end) else { throw .unfinishedName }
        var name = MustacheScanner(String(text))
        let head = String(name.read(while: nameCharacters.contains))
        if name.atEnd { return (String(text), []) }
        guard name.read("(" as Character) else { throw .unfinishedName }
        var transforms = [head]
        while true {
            let inner = String(name.read(while: nameCharacters.contains))
            if name.read("(" as Character) {
                transforms.append(inner)
                continue
            }
            guard name.read(")" as Character) else { throw .unfinishedName }
            guard name.read(while: { $0 == ")" }).count + 1 == transforms.count, name.atEnd else { throw .unfinishedName }
            return (inner, transforms)
        }
    }

    static func readPartialName(_ scanner: inout MustacheScanner, _ state: State) throws(Problem) -> String {
        scanner.read(while: \.isWhitespace)
        let text = scanner.read(while: { nameCharacters.contains($0) || "()/".contains($0) })
        scanner.read(while: \.isWhitespace)
        guard scanner.read(state.end) else { throw .unfinishedName }
        return String(text)
    }

    static func readDelimiters(_ scanner: inout MustacheScanner, _ state: State) throws(Problem) -> State {
        scanner.read(while: \.isWhitespace)
        guard let start = scanner.read(until: \.isWhitespace) else { throw .invalidSetDelimiter }
        scanner.read(while: \.isWhitespace)
        guard let end = scanner.read(until: { $0 == "=" || $0.isWhitespace }) else { throw .invalidSetDelimiter }
        scanner.read(while: \.isWhitespace)
        guard scanner.read("=" as Character), scanner.read(state.end), !start.isEmpty, !end.isEmpty else {
            throw .invalidSetDelimiter
        }
        var next = state
        next.start = String(start)
        next.end = String(end)
        next.isPartialDefinitionTopLevel = false
        return next
    }

    /// `{{% CONTENT_TYPE: HTML }}` or `TEXT`: whether values are escaped from here on.
    static func readPragma(_ scanner: inout MustacheScanner, _ state: State) throws(Problem) -> Bool {
        scanner.read(while: \.isWhitespace)
        let variable = scanner.read(while: nameCharacters.contains)
        scanner.read(while: \.isWhitespace)
        guard scanner.read(":" as Character) else { throw .invalidConfigVariableSyntax }
        scanner.read(while: \.isWhitespace)
        let value = scanner.read(while: nameCharacters.contains)
        scanner.read(while: \.isWhitespace)
        guard scanner.read(state.end), !variable.isEmpty, !value.isEmpty else { throw .invalidConfigVariableSyntax }
        switch (variable, value) {
        case ("CONTENT_TYPE", "HTML"): return true
        case ("CONTENT_TYPE", "TEXT"): return false
        default: throw .unrecognisedConfigVariable
        }
    }

    /// A tag alone on its line: the line's end is consumed with it.
    static func isStandalone(_ scanner: inout MustacheScanner, _ state: State) -> Bool {
        guard state.newLine else { return false }
        if scanner.atEnd { return true }
        var ahead = scanner
        ahead.read(while: { $0 == " " || $0 == "\t" })
        guard ahead.current.isNewline else { return false }
        ahead.advance()
        scanner.move(to: ahead.position)
        return true
    }

    static func spelling(_ name: String, _ transforms: [String]) -> String {
        transforms.reversed().reduce(name) { inner, transform in "\(transform)(\(inner))" }
    }

    static let nameCharacters = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*")
}
