import Foundation
@testable import TreCore
import TreTestSupport
import XCTest

/// Every model value goes through the build cache between runs of `tre build`: written and
/// read back, it must be the same value, field for field. The codecs are written by hand (for
/// speed), so these tests fill every stored property, compare the bytes after a round trip,
/// and count the properties: one added to a type and not to its codec fails here.
final class CacheCodingTests: XCTestCase {
    let location = SourceLocation(file: "Content/data/targets.xlsx", sheet: "Chỉ tiêu", row: 12, column: 3)
    let day = Day(year: 2024, month: 2, day: 22)!
    var body: MarkdownSource { MarkdownSource(text: "Đoạn **một**.\n", start: SourceLocation(file: "Content/plans/a.md", line: 9)) }

    /// Encodes, decodes and encodes again: the two encodings must be equal, and `value` must
    /// have `fields` stored properties, none of them left empty (so a property the decoder
    /// forgot would show as a difference).
    func roundTrip<T: CacheCodable>(_ value: T, fields: Int, file: StaticString = #filePath, line: UInt = #line) throws {
        let children = Mirror(reflecting: value).children
        XCTAssertEqual(children.count, fields, "\(T.self) has a stored property its codec may not know", file: file, line: line)
        for child in children {
            let text = String(describing: child.value)
            XCTAssertFalse(text == "nil" || text == "[]" || text == "[:]", "\(T.self).\(child.label ?? "?") is empty in the sample",
                           file: file, line: line)
        }
        var writer = CacheWriter()
        value.encode(to: &writer)
        var reader = CacheReader(writer.bytes)
        let decoded = try T(from: &reader)
        XCTAssertTrue(reader.isAtEnd, file: file, line: line)
        var again = CacheWriter()
        decoded.encode(to: &again)
        XCTAssertEqual(writer.bytes, again.bytes, "\(T.self) changes through the cache", file: file, line: line)
    }

    func testEveryModelValueSurvivesTheCache() throws {
        try roundTrip(location, fields: 4)
        try roundTrip(day, fields: 3)
        try roundTrip(body, fields: 2)
        try roundTrip(Diagnostic(.warning, at: location, LocalizedText(vi: "Cảnh báo", en: "Warning"),
                                 hint: LocalizedText(vi: "Sửa", en: "Fix")), fields: 4)
        var province = Province(slug: "ha-nam", name: "Hà Nam", code: "35", region: "Đồng bằng sông Hồng",
                                mergedInto: "ninh-binh", mergedOn: day, body: body, location: location)
        province.fieldLocations = ["name": location]
        try roundTrip(province, fields: 9)
        var plan = Plan(slug: "a", title: "Kế hoạch", number: "291/KH-UBND", issued: day, issuer: "UBND",
                        province: "ha-nam", scope: "Thị xã", from: 2021, to: 2025, source: "https://x", body: body,
                        location: location)
        plan.fieldLocations = ["to": location]
        try roundTrip(plan, fields: 13)
        try roundTrip(Indicator(id: "htx", name: "Số HTX", nameEn: "Cooperatives", unit: "%", direction: .decrease,
                                measure: .perYear, description: "Mô tả", decimals: 1, location: location), fields: 9)
        try roundTrip(Target(plan: "a", indicator: "htx", target: 8.5, targetMax: 10, targetYear: 2025, baseline: -1.25,
                             baselineYear: 2020, comparator: .range, label: "8–10", location: location), fields: 10)
        try roundTrip(Observation(plan: "a", indicator: "htx", date: day, value: 72.5, source: "Sở", note: "Ghi chú",
                                  location: location), fields: 7)
        var story = Story(id: "htx-a", body: body, location: location)
        story.photos = ["media/a.jpg"]
        story.photoAlts = ["media/a.jpg": "Ruộng lúa"]
        story.quote = "Câu nói"
        story.quoteBy = "Chủ nhiệm"
        story.fieldLocations = ["photos": location]
        try roundTrip(story, fields: 8)
        var coop = Cooperative(id: "htx-a", name: "HTX A", kind: .lhhtx, province: "ha-nam", location: location)
        coop.locality = "Xã B"
        coop.sector = "Lúa"
        coop.founded = 2010
        coop.members = 1200
        coop.revenue = 2500.5
        coop.rating = .trungBinh
        coop.ocopStars = 4
        coop.certifications = ["VietGAP"]
        coop.products = ["Gạo", "Rau"]
        coop.valueChain = true
        coop.highTech = true
        coop.digital = true
        coop.isModel = true
        coop.website = "https://htx.vn"
        coop.story = story
        try roundTrip(coop, fields: 20)
        var update = Update(slug: "tin", title: "Tin", date: day, body: body, location: location)
        update.province = "ha-nam"
        update.plan = "a"
        update.author = "Phòng"
        update.summary = "Tóm tắt"
        update.image = "media/a.jpg"
        update.imageAlt = "Ảnh"
        update.fieldLocations = ["plan": location]
        try roundTrip(update, fields: 12)
        var report = Report(slug: "bc", title: "Báo cáo", date: day, plans: ["a"], body: body, location: location)
        report.planLocations = [location]
        report.periodFrom = day
        report.periodTo = day
        report.number = "125/BC-UBND"
        report.issuer = ["UBND TỈNH HÀ NAM"]
        report.place = "Hà Nam"
        report.kind = "BÁO CÁO"
        report.signer = Report.Signer(authority: "KT. CHỦ TỊCH", title: "PHÓ CHỦ TỊCH", name: "Nguyễn Văn A")
        report.recipients = ["UBND tỉnh"]
        report.province = "ha-nam"
        report.fieldLocations = ["plans": location]
        try roundTrip(report, fields: 17)
        try roundTrip(Report.Signer(authority: "KT. CHỦ TỊCH", title: "PHÓ CHỦ TỊCH", name: "A"), fields: 3)
    }

    func testNumbersKeepEveryBit() throws {
        var writer = CacheWriter()
        let numbers: [Int] = [0, 1, -1, 63, -64, 64, Int.max, Int.min, 1_234_567]
        let doubles: [Double] = [0, -0.0, 0.1, 72.5, 1e300, -.infinity, .leastNonzeroMagnitude]
        for number in numbers { writer.write(number) }
        for double in doubles { writer.write(double) }
        writer.write("Đồng Nai ✓")
        var reader = CacheReader(writer.bytes)
        for number in numbers { XCTAssertEqual(try reader.int(), number) }
        for double in doubles { XCTAssertEqual(try reader.double().bitPattern, double.bitPattern) }
        XCTAssertEqual(try reader.string(), "Đồng Nai ✓")
        XCTAssertTrue(reader.isAtEnd)
    }

    func testCutOrChangedBytesAreDamagedNeverACrash() {
        var writer = CacheWriter()
        Plan(slug: "a", title: "Kế hoạch", from: 2021, to: 2025, body: body, location: location).encode(to: &writer)
        let bytes = writer.bytes
        var random = SplitMix64(seed: 13)
        for cut in 0..<bytes.count {
            var reader = CacheReader(Array(bytes.prefix(cut)))
            XCTAssertThrowsError(try Plan(from: &reader))
        }
        for _ in 0..<2000 {
            var changed = bytes
            changed[Int(random.next() % UInt64(changed.count))] = UInt8(truncatingIfNeeded: random.next())
            var reader = CacheReader(changed)
            _ = try? Plan(from: &reader)
        }
    }
}
