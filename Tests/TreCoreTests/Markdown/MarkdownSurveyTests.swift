import Foundation
@testable import TreCore
import TreBench
import TreTestSupport
import XCTest

/// Checking a body surveys it instead of rendering it: the data blocks, links and messages
/// must be exactly what rendering gives, for every body the sample, the bench corpus and a
/// few awkward bodies hold.
final class MarkdownSurveyTests: XCTestCase {
    func bodies() throws -> [MarkdownSource] {
        var texts: [(String, String)] = []
        let root = Fixture.packageRoot.appendingPathComponent("Content")
        let walker = try XCTUnwrap(FileManager.default.enumerator(atPath: root.path))
        while let path = walker.nextObject() as? String {
            guard path.hasSuffix(".md") else { continue }
            texts.append((path, try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)))
        }
        BenchCorpus(scale: 0.02).writeTre { path, text in if path.hasSuffix(".md") { texts.append((path, text)) } }
        texts += [
            ("raw.md", "Chữ <b>đậm</b> và <!-- ghi chú -->\n\n<div>khối</div>\n"),
            ("nested.md", "- mục\n\n  ```chart\n  indicator: x\n  ```\n\n> ```targets\n> plan: y\n> ```\n"),
            ("links.md", "[a](plans/x) ![ảnh](media/a.png) [b](https://example.org) [c](#muc)\n\n```targets\nplan: z\n```\n"),
        ]
        return texts.map { MarkdownSource(text: $0.1, start: SourceLocation(file: $0.0, line: 3)) }
    }

    func testSurveyGivesWhatRenderingGives() throws {
        let sources = try bodies()
        XCTAssertGreaterThan(sources.count, 50)
        for source in sources {
            for unsafe in [false, true] {
                let rendered = MarkdownRenderer.render(source, unsafeHTML: unsafe)
                let surveyed = MarkdownRenderer.survey(source, unsafeHTML: unsafe)
                let data = rendered.blocks.compactMap { block -> DataBlock? in
                    if case .data(let data) = block { return data }
                    return nil
                }
                let surveyedData = surveyed.blocks.compactMap { block -> DataBlock? in
                    if case .data(let data) = block { return data }
                    return nil
                }
                XCTAssertEqual(surveyedData, data, source.start.file)
                XCTAssertEqual(surveyedData.count, surveyed.blocks.count, "only data blocks")
                XCTAssertEqual(surveyed.links, rendered.links, source.start.file)
                XCTAssertEqual(surveyed.diagnostics.items, rendered.diagnostics.items, source.start.file)
            }
        }
    }
}
