/// A quick look at YAML text before Yams reads it, refusing the two things that could make
/// reading explode: anchors and aliases (`&name`, `*name`, which let a few lines expand to
/// billions of nodes, and which Yams hashes in full when they are used as keys), and
/// nesting deeper than anything a front matter needs (which recursion turns into a crash).
///
/// Content files never need either, so refusing them costs nothing and keeps every later
/// step linear in the size of the text.
enum YAMLGuard {
    static let maxDepth = 64

    enum Problem: Equatable {
        case anchorOrAlias(Character)
        case tooDeep
    }

    /// Whether the character-by-character look is needed. Without `&`, `*`, `[` or `{` there
    /// is no anchor, alias or flow collection; and a line can only be too deep if its leading
    /// spaces (which bound the indentation levels open) plus its `- ` and `? ` (compact
    /// nested entries) pass `maxDepth`. Almost every front matter needs no closer look.
    static func mayHaveProblem(_ yaml: String) -> Bool {
        var leading = 0
        var inLeading = true
        var entries = 0
        var previous: UInt8 = TextPosition.lf
        func endsEntry() -> Bool { previous == UInt8(ascii: "-") || previous == UInt8(ascii: "?") }
        for byte in yaml.utf8 {
            switch byte {
            case UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "["), UInt8(ascii: "{"):
                return true
            case TextPosition.lf, TextPosition.cr:
                if endsEntry() { entries += 1 }
                if leading + 1 + entries > maxDepth { return true }
                leading = 0
                inLeading = true
                entries = 0
            case UInt8(ascii: " "):
                if inLeading { leading += 1 }
                if endsEntry() { entries += 1 }
            case UInt8(ascii: "\t"):
                inLeading = false
                if endsEntry() { entries += 1 }
            default:
                inLeading = false
            }
            previous = byte
        }
        if endsEntry() { entries += 1 }
        return leading + 1 + entries > maxDepth
    }

    /// The first problem, with its line and column (both 1-based, within `yaml`).
    static func check(_ yaml: String) -> (problem: Problem, line: Int, column: Int)? {
        mayHaveProblem(yaml) ? scan(yaml) : nil
    }

    /// `check` character by character.
    static func scan(_ yaml: String) -> (problem: Problem, line: Int, column: Int)? {
        var cursor = LineCursor(yaml)
        var flowDepth = 0
        var quote: Character?
        var indents: [Int] = []
        var blockScalarParent: Int?

        while let line = cursor.next() {
            let characters = Array(line.text)
            let indent = characters.prefix { $0 == " " }.count
            let isBlank = characters.allSatisfy { $0 == " " || $0 == "\t" }
            if let parent = blockScalarParent {
                if isBlank || indent > parent { continue }
                blockScalarParent = nil
            }
            if quote == nil, flowDepth == 0, !isBlank, characters[indent] != "#" {
                while let top = indents.last, top > indent { indents.removeLast() }
                if indents.last != indent { indents.append(indent) }
                if indents.count > maxDepth { return (.tooDeep, line.number, indent + 1) }
            }
            var atNodeStart = quote == nil
            var lineDepth = 0
            var index = indent
            while index < characters.count {
                let character = characters[index]
                let next: Character? = index + 1 < characters.count ? characters[index + 1] : nil
                let column = index + 1
                if let open = quote {
                    if open == "\"", character == "\\" {
                        index += 2
                        continue
                    }
                    if character == open {
                        if open == "'", next == "'" {
                            index += 2
                            continue
                        }
                        quote = nil
                        atNodeStart = false
                    }
                    index += 1
                    continue
                }
                let spaceAfter = next == nil || next == " " || next == "\t"
                if character == "#", index == 0 || characters[index - 1] == " " || characters[index - 1] == "\t" {
                    break
                }
                if character == " " || character == "\t" {
                    index += 1
                    continue
                }
                if atNodeStart {
                    switch character {
                    case "\"", "'":
                        quote = character
                    case "&", "*":
                        return (.anchorOrAlias(character), line.number, column)
                    case "[", "{":
                        flowDepth += 1
                        if flowDepth + indents.count + lineDepth > maxDepth { return (.tooDeep, line.number, column) }
                    case "]", "}" where flowDepth > 0:
                        flowDepth -= 1
                        atNodeStart = false
                    case "," where flowDepth > 0:
                        break
                    case "-" where spaceAfter, "?" where spaceAfter:
                        lineDepth += 1
                        if indents.count + lineDepth > maxDepth { return (.tooDeep, line.number, column) }
                    case "|" where flowDepth == 0, ">" where flowDepth == 0:
                        blockScalarParent = indent
                        index = characters.count
                        continue
                    case "!":
                        // A tag: the node itself follows after the next space.
                        while index + 1 < characters.count, characters[index + 1] != " " { index += 1 }
                    default:
                        atNodeStart = false
                    }
                    index += 1
                    continue
                }
                if character == ":", spaceAfter || (flowDepth > 0 && [",", "]", "}"].contains(next)) {
                    atNodeStart = true
                } else if flowDepth > 0 {
                    switch character {
                    case ",": atNodeStart = true
                    case "]", "}": flowDepth -= 1
                    case "[", "{":
                        flowDepth += 1
                        if flowDepth + indents.count > maxDepth { return (.tooDeep, line.number, column) }
                    default: break
                    }
                }
                index += 1
            }
        }
        return nil
    }
}
