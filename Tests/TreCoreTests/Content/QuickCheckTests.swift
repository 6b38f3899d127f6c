import TreTestSupport
import XCTest
@testable import TreCore

/// Byte-level shortcuts in reading content must agree with the character-level code they skip.
final class QuickCheckTests: XCTestCase {
    /// YAML-like text: keys, lists (also compact `- - -`), quotes, comments, block scalars,
    /// flows, anchors, deep indentation and every kind of line break.
    static func yamlLikeTexts(seed: UInt64, count: Int) -> [String] {
        var random = SplitMix64(seed: seed)
        let pieces = ["title", ": ", "\"a: [b]\"", "'it''s'", "- ", "-", "? ", "?", " ", "  ", "\t", "#", " # x",
                      "|", ">", "&a", "*a", "[", "]", "{", "}", ",", "\n", "\r\n", "\r", "Hợp tác", "2024-02-22",
                      "-\u{0301} ", "!tag ", String(repeating: " ", count: 30), String(repeating: "- ", count: 20)]
        var texts: [String] = []
        for _ in 0..<count {
            let length = 1 + random.below(40)
            texts.append((0..<length).map { _ in random.pick(pieces) }.joined())
        }
        // Deep nesting by indentation and by compact entries, just over and under the limit.
        for depth in [YAMLGuard.maxDepth - 1, YAMLGuard.maxDepth, YAMLGuard.maxDepth + 1] {
            texts.append((0..<depth).map { String(repeating: " ", count: $0) + "k\($0):" }.joined(separator: "\n"))
            texts.append(String(repeating: "- ", count: depth) + "x")
            texts.append("a:\n" + String(repeating: " ", count: depth) + "- b")
        }
        return texts
    }

    func testYAMLGuardShortcutMissesNoProblem() {
        for text in Self.yamlLikeTexts(seed: 21, count: 5000) where !YAMLGuard.mayHaveProblem(text) {
            XCTAssertNil(YAMLGuard.scan(text), "\(text.debugDescription)")
        }
        // The shortcut does let the texts with problems through to the scan.
        let problems = Self.yamlLikeTexts(seed: 21, count: 5000).filter { YAMLGuard.scan($0) != nil }
        XCTAssertFalse(problems.isEmpty)
        XCTAssertTrue(problems.allSatisfy { YAMLGuard.check($0) != nil })
    }

    /// The line splitter as it was, Character by Character.
    static func referenceLines(_ text: String) -> [Substring] {
        var result: [Substring] = []
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if character == "\n" || character == "\r\n" || character == "\r" {
                result.append(text[start..<index])
                start = next
            }
            index = next
        }
        result.append(text[start..<text.endIndex])
        return result
    }

    func testLinesSplitAsTheCharacterSplitterDid() {
        let texts = Self.yamlLikeTexts(seed: 22, count: 2000) + EscapingCorpus.strings(seed: 23, count: 2000)
            + ["", "\n", "\r", "\r\n", "\n\r", "a\r\r\nb", "\u{0301}\n\u{0301}", "e\r\n\u{0301}"]
        for text in texts {
            XCTAssertEqual(TextPosition.lines(of: text), Self.referenceLines(text), "\(text.debugDescription)")
        }
    }
}
