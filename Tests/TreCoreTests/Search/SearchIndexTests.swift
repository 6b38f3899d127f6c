import XCTest
@testable import TreCore

/// The index script: words in byte order, each with its pages in path order.
final class SearchIndexTests: XCTestCase {
    func testScriptListsEachWordsPagesInOrder() {
        var index = SearchIndex()
        for number in (0..<12).reversed() {
            var words = VietnameseFold.Words()
            words.add(number.isMultiple(of: 2) ? "Hợp tác xã \(number)" : "Chuyển đổi số, thương mại điện tử")
            index.entries.append(.init(path: "p/\(String(format: "%02d", number))/", title: "T\(number)", kind: "site",
                                       snippet: "<b>", words: words.list))
        }
        let script = index.script()
        XCTAssertTrue(script.hasPrefix("/* Tre search index: generated, do not edit. */\nwindow.treSearchIndex = {\"pages\":[\n"
            + "[\"p/00/\",\"T0\",\"site\",\"\\u003cb>\"],\n[\"p/01/\""))
        XCTAssertTrue(script.hasSuffix("\"words\":[\"0\",\"10\",\"2\",\"4\",\"6\",\"8\",\"chuyen\",\"dien\",\"doi\",\"hop\","
            + "\"mai\",\"so\",\"tac\",\"thuong\",\"tu\",\"xa\"],\"postings\":[[0],[10],[2],[4],[6],[8],[1,3,5,7,9,11],"
            + "[1,3,5,7,9,11],[1,3,5,7,9,11],[0,2,4,6,8,10],[1,3,5,7,9,11],[1,3,5,7,9,11],[0,2,4,6,8,10],"
            + "[1,3,5,7,9,11],[1,3,5,7,9,11],[0,2,4,6,8,10]]};\n"), script)
    }
}
