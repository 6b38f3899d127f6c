import Foundation
import TreCore
import XCTest

/// Charts as PNG through librsvg: real pictures of the asked size, the same bytes every time
/// and on every thread, Vietnamese text drawn, and bad input refused without a crash.
final class PNGRasterTests: XCTestCase {
    static let svg = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100" width="100%">
        <rect x="0" y="0" width="100" height="100" fill="#b2182b"/>
        <text x="110" y="50" font-family="'Noto Sans', 'DejaVu Sans', sans-serif" font-size="14">Đạt ✓</text>
        </svg>
        """

    func size(_ png: Data) -> (Int, Int) {
        let bytes = [UInt8](png)
        func int(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (int(16), int(20))
    }

    func testPictureOfTheAskedSize() throws {
        let png = try PNGRaster.png(svg: Self.svg, width: 400)
        XCTAssertEqual(Array(png.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        XCTAssertEqual(size(png).0, 400)
        XCTAssertEqual(size(png).1, 200, "the view box's proportions")
        let size = try XCTUnwrap(PNGRaster.size(of: Self.svg))
        XCTAssertEqual(size.width, 200)
        XCTAssertEqual(size.height, 100)
    }

    /// Read back by Python's zlib alone (`Tests/Raster/read_png.py`): every CRC, the inflated
    /// rows un-filtered, and the colours where the picture has them.
    func testAnIndependentReaderSeesThePicture() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("tre-png-\(UUID().uuidString).png")
        defer { try? FileManager.default.removeItem(at: file) }
        try PNGRaster.png(svg: Self.svg, width: 400).write(to: file)
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Raster/read_png.py")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = [script.path, file.path, "20,100", "390,5"]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, text)
        XCTAssertEqual(text.split(separator: "\n"), ["400 200", "178,24,43", "255,255,255"],
                       "the red square (#b2182b) on the left, the white background at the top right")
    }

    func testTextIsDrawn() throws {
        let plain = Self.svg.replacingOccurrences(of: "Đạt ✓", with: "")
        XCTAssertNotEqual(try PNGRaster.png(svg: Self.svg, width: 400), try PNGRaster.png(svg: plain, width: 400))
    }

    func testSameBytesOnEveryThread() throws {
        let first = try PNGRaster.png(svg: Self.svg, width: 600)
        let results = UnsafeResults(count: 16)
        DispatchQueue.concurrentPerform(iterations: 16) { index in
            results.set(index, try? PNGRaster.png(svg: Self.svg, width: 600))
        }
        for result in results.values { XCTAssertEqual(result, first) }
    }

    func testBadInputIsRefused() {
        XCTAssertThrowsError(try PNGRaster.png(svg: "<svg", width: 10, height: 10))
        XCTAssertThrowsError(try PNGRaster.png(svg: "nothing", width: 10, height: 10))
        XCTAssertThrowsError(try PNGRaster.png(svg: Self.svg, width: 0, height: 10))
        XCTAssertThrowsError(try PNGRaster.png(svg: Self.svg, width: 100_000, height: 10))
        XCTAssertNil(PNGRaster.size(of: "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"))
    }
}

/// Slots filled from concurrent iterations, each its own.
final class UnsafeResults: @unchecked Sendable {
    private var slots: [Data?]
    private let lock = NSLock()
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ index: Int, _ value: Data?) { lock.lock(); slots[index] = value; lock.unlock() }
    var values: [Data?] { lock.lock(); defer { lock.unlock() }; return slots }
}
