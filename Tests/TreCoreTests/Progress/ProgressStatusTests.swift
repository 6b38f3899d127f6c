import XCTest
@testable import TreCore

final class ProgressStatusTests: XCTestCase {
    func testLabelsAreExactlyTheContentFormatWords() {
        let vi = ProgressStatus.allCases.map { $0.label(.vi) }
        let en = ProgressStatus.allCases.map { $0.label(.en) }
        XCTAssertEqual(vi, ["Đạt", "Đúng tiến độ", "Cần đẩy nhanh", "Chậm tiến độ", "Đi xuống", "Chưa có số liệu"])
        XCTAssertEqual(en, ["Achieved", "On track", "Needs acceleration", "Off track", "Deteriorating", "No data"])
    }

    func testRawValuesMatchTheFormatKeys() {
        XCTAssertEqual(ProgressStatus.allCases.map(\.rawValue),
                       ["achieved", "on_track", "moderate", "off_track", "deteriorating", "no_data"])
    }

    func testCSSClassesAndSymbolsAreStableAndDistinct() {
        XCTAssertEqual(ProgressStatus.onTrack.cssClass, "status-on-track")
        XCTAssertEqual(ProgressStatus.noData.cssClass, "status-no-data")
        // Every class is the raw value with dashes, as themes were first given.
        for status in ProgressStatus.allCases {
            XCTAssertEqual(status.cssClass, "status-" + status.rawValue.split(separator: "_").joined(separator: "-"))
        }
        XCTAssertEqual(Set(ProgressStatus.allCases.map(\.symbol)).count, ProgressStatus.allCases.count)
        XCTAssertEqual(ProgressStatus.moderate.badge(.vi), "◐ Cần đẩy nhanh")
    }
}
