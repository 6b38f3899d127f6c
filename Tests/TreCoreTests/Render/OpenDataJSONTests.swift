import Foundation
import TreTestSupport
import XCTest
@testable import TreCore

/// The open-data JSON is written by hand; it must keep the bytes `JSONSerialization` gave.
final class OpenDataJSONTests: XCTestCase {
    func testJSONStringsEqualJSONSerialization() throws {
        for text in EscapingCorpus.strings(seed: 9, count: 3000) {
            let data = try JSONSerialization.data(withJSONObject: [text], options: [.prettyPrinted, .sortedKeys])
            let expected = String(decoding: data, as: UTF8.self)
            var quoted = ""
            JSONText.appendQuoted(text, to: &quoted)
            XCTAssertEqual("[\n  " + quoted + "\n]", expected, "\(text.unicodeScalars.map(\.value))")
        }
    }

    func testOpenDataJSONEqualsJSONSerialization() throws {
        var random = SplitMix64(seed: 10)
        let strings = EscapingCorpus.strings(seed: 11, count: 200)
        for count in [0, 1, 3] {
            let records = (0..<count).map { _ in OpenData.columns.map { _ in random.pick(strings) } }
            let day = try XCTUnwrap(Day(year: 2025, month: 6, day: 30))
            let object: [String: Any] = [
                "as_of": day.iso, "columns": OpenData.columns,
                "targets": records.map { Dictionary(uniqueKeysWithValues: zip(OpenData.columns, $0)) },
            ]
            let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
            XCTAssertEqual(OpenData.json(records, asOf: day), String(decoding: data, as: UTF8.self) + "\n")
        }
    }
}
