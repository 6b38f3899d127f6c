import Foundation
import XCTest
@testable import TreCore

final class ContentTextTests: XCTestCase {
    private let file = "Content/data/targets.csv"

    private func only(_ diagnostics: Diagnostics, line: Int, column: Int,
                      file: StaticString = #filePath, sourceLine: UInt = #line) -> Diagnostic? {
        XCTAssertEqual(diagnostics.items.count, 1, file: file, line: sourceLine)
        guard let item = diagnostics.items.first else { return nil }
        XCTAssertEqual(item.severity, .error, file: file, line: sourceLine)
        XCTAssertEqual(item.location.line, line, "line", file: file, line: sourceLine)
        XCTAssertEqual(item.location.column, column, "column", file: file, line: sourceLine)
        XCTAssertNotNil(item.hint, file: file, line: sourceLine)
        return item
    }

    func testPlainUTF8IsReturnedUnchanged() {
        let result = ContentText.decode(Data("id,name\nha-nam,Hà Nam\n".utf8), file: file)
        XCTAssertEqual(result.text, "id,name\nha-nam,Hà Nam\n")
        XCTAssertTrue(result.diagnostics.isEmpty)
    }

    func testByteOrderMarkIsStripped() {
        let data = Data([0xEF, 0xBB, 0xBF] + Array("plan;indicator\r\n".utf8))
        let result = ContentText.decode(data, file: file)
        XCTAssertEqual(result.text, "plan;indicator\r\n")
        XCTAssertEqual(result.text?.unicodeScalars.first, "p")
    }

    func testNFDBecomesNFC() {
        // "Hoà" typed on macOS: o + combining grave (U+0300).
        let nfd = "Ho\u{0061}\u{0300} Bi\u{0300}nh"
        let result = ContentText.decode(Data(nfd.utf8), file: file)
        XCTAssertEqual(result.text.map { Array($0.unicodeScalars) }, Array("Hoà Bình".unicodeScalars))
        XCTAssertEqual(result.text?.unicodeScalars.count, 8)
    }

    func testWindows1258IsNamedAtTheFirstBadByte() {
        // "id,name\nha-noi,Hà Nội" in Windows-1258: "à" is E0, "ộ" is F4 + F2 (dot below).
        var bytes = Array("id,name\nha-noi,H".utf8)
        bytes += [0xE0] + Array(" N".utf8) + [0xF4, 0xF2] + Array("i\n".utf8)
        let result = ContentText.decode(Data(bytes), file: file)
        XCTAssertNil(result.text)
        let item = only(result.diagnostics, line: 2, column: 9)
        XCTAssertEqual(item?.location.file, file)
        XCTAssertTrue(item?.message.vi.contains("Windows-1258") ?? false)
        XCTAssertTrue(item?.message.en.contains("Windows-1258") ?? false)
        // The offending line is shown as its author typed it.
        XCTAssertTrue(item?.message.vi.contains("ha-noi,Hà Nội") ?? false, item?.message.vi ?? "")
        XCTAssertTrue(item?.hint?.vi.contains("CSV UTF-8 (phân tách bằng dấu phẩy)") ?? false)
        XCTAssertTrue(item?.hint?.en.contains("CSV UTF-8") ?? false)
    }

    func testTCVN3IsRecognised() {
        // "Hà Nam,Đồng bằng" in TCVN3: à = B5, Đ = A7, ồ = E5, ằ = BB.
        var bytes = Array("name,region\r\nH".utf8)
        bytes += [0xB5] + Array(" Nam,".utf8) + [0xA7, 0xE5] + Array("ng b".utf8) + [0xBB] + Array("ng\r\n".utf8)
        let result = ContentText.decode(Data(bytes), file: file)
        let item = only(result.diagnostics, line: 2, column: 2)
        XCTAssertTrue(item?.message.vi.contains("TCVN3") ?? false)
        XCTAssertTrue(item?.message.en.contains("TCVN3 (ABC)") ?? false)
        XCTAssertTrue(item?.hint?.vi.contains("Unikey") ?? false)
    }

    func testUTF16WithByteOrderMark() {
        let data = Data([0xFF, 0xFE] + Array("id".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        let item = only(ContentText.decode(data, file: file).diagnostics, line: 1, column: 1)
        XCTAssertTrue(item?.message.vi.contains("UTF-16") ?? false)
        XCTAssertTrue(item?.message.en.contains("little-endian") ?? false)
        let bigEndian = Data([0xFE, 0xFF, 0x00, 0x69])
        let big = ContentText.decode(bigEndian, file: file).diagnostics.items.first
        XCTAssertTrue(big?.message.en.contains("big-endian") ?? false)
    }

    func testUTF16WithoutByteOrderMarkIsCaughtByItsNULBytes() {
        let data = Data(Array("id,name\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        let item = only(ContentText.decode(data, file: file).diagnostics, line: 1, column: 2)
        XCTAssertTrue(item?.message.en.contains("UTF-16") ?? false)
    }

    func testASingleNULIsABinaryFile() {
        let data = Data(Array("id,name\nabcdefghijklmnopqrstuvwxyz0123456789,x\u{0}y\n".utf8))
        let item = only(ContentText.decode(data, file: file).diagnostics, line: 2, column: 39)
        XCTAssertTrue(item?.message.vi.contains("NUL") ?? false)
    }

    func testDamagedUTF8IsGenericAndColumnCountsCharacters() {
        // Good Vietnamese UTF-8 with one stray byte: not a legacy encoding, just damaged.
        var bytes = Array("tên,ghi chú\nHợp tác xã Thành Công,".utf8)
        bytes += [0xFF] + Array("Hà Nam Ninh Bình Thái Bình Nam Định\n".utf8)
        let item = only(ContentText.decode(Data(bytes), file: file).diagnostics, line: 2, column: 23)
        XCTAssertTrue(item?.message.en.contains("not valid UTF-8") ?? false, item?.message.en ?? "")
        XCTAssertTrue(item?.message.vi.contains("không phải là văn bản UTF-8") ?? false)
    }

    func testLoneCarriageReturnsCountAsLineBreaks() {
        let bytes = Array("a\rb\r\nc\r".utf8) + [0xC0]
        _ = only(ContentText.decode(Data(bytes), file: file).diagnostics, line: 4, column: 1)
    }

    func testWindows1258DecodesCombiningTones() {
        XCTAssertEqual(VietnameseText.nfc(Windows1258.decode([0x56, 0x69, 0xEA, 0xF2, 0x74])), "Việt")
        XCTAssertEqual(Windows1258.decode([0xD0, 0xF0, 0xFE]), "Đđ₫")
    }
}
