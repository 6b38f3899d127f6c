import XCTest
@testable import TreCore

/// The index in pieces: a manifest of word pieces, words in byte order with their page sets,
/// and pages in path order in small pieces of titles and snippets.
final class SearchIndexTests: XCTestCase {
    func testPiecesListEachWordsPagesInOrder() throws {
        var index = SearchIndex()
        for number in (0..<12).reversed() {
            var words = VietnameseFold.Words()
            words.add(number.isMultiple(of: 2) ? "Hợp tác xã \(number)" : "Chuyển đổi số, thương mại điện tử")
            index.entries.append(.init(path: "p/\(String(format: "%02d", number))/", title: "Hợp \(number)", kind: "site",
                                       snippet: "<b>", words: words.list))
        }
        let files = Dictionary(uniqueKeysWithValues: index.files().map { ($0.path, $0.text) })
        XCTAssertEqual(files["search/index.js"], "/* Tre search index: generated, do not edit. */\n"
            + "window.treSearchIndex = {\"pages\":12,\"chunk\":8,\"shards\":[\"0\",\"1\",\"2\",\"4\",\"6\",\"8\","
            + "\"c\",\"d\",\"h\",\"m\",\"s\",\"t\",\"x\"]};\n")
        // Pages 0, 2, 4, … 10 and (title) every page: shorter as bitmaps than as gaps.
        XCTAssertEqual(files["search/w/h.js"],
                       "(window.treSearchShards = window.treSearchShards || {})[\"h\"] = {\"hop\":[\"bVQU=\",\"b/w8=\"]};\n")
        // Page 10 alone: a gap of 11 from -1, in base 36.
        XCTAssertEqual(files["search/w/1.js"], "(window.treSearchShards = window.treSearchShards || {})[\"1\"] = "
            + "{\"10\":[\"db\",\"db\"]};\n")
        let chunk = try XCTUnwrap(files["search/p/0.js"])
        XCTAssertTrue(chunk.hasPrefix("(window.treSearchChunks = window.treSearchChunks || {})[0] = [\n"
            + "[\"p/00/\",\"Hợp 0\",\"site\",\"\\u003cb>\"],\n[\"p/01/\""), chunk)
        XCTAssertNotNil(files["search/p/1.js"])
        XCTAssertNil(files["search/p/2.js"])
    }

    /// A word on most pages is a bitmap, N/8 bytes in base64, rather than a long list of gaps.
    func testDenseSetIsABitmap() {
        XCTAssertEqual(SearchIndex.encode([0, 3, 9], count: 1000), "d1,3,6")
        XCTAssertEqual(SearchIndex.encode(Array(0..<16), count: 16), "b//8=")
        XCTAssertEqual(SearchIndex.encode([], count: 10), "d")
    }

    /// A prefix whose words outgrow the limit is split by one more letter; a word equal to
    /// the prefix keeps a piece of its own.
    func testBigPrefixesSplit() {
        let words = ["ha", "hai", "han", "hoa", "hop", "xa"]
        let sizes = ["ha": 5, "hai": 20_000, "han": 20_000, "hoa": 10, "hop": 10, "xa": 3]
        let shards = SearchIndex.shards(words, size: { sizes[$0] ?? 0 })
        XCTAssertEqual(shards.map(\.key), ["ha", "hai", "han", "ho", "x"])
        XCTAssertEqual(shards.map(\.words), [["ha"], ["hai"], ["han"], ["hoa", "hop"], ["xa"]])
    }
}
