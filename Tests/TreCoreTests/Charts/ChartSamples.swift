import TreCore

/// Realistic inputs for the golden files: one per chart kind and shape that matters.
enum ChartSamples {
    static func day(_ y: Int, _ m: Int = 12, _ d: Int = 31) -> Day {
        Day(year: y, month: m, day: d) ?? Day(year: 2000, month: 1, day: 1)!
    }

    static let shareTarget = ChartTarget(comparator: .atLeast, value: 80, year: 2025)

    static let bullet = BulletChart.Input(
        title: "Tỷ lệ HTX hoạt động hiệu quả", unit: "%", measure: .level, target: shareTarget,
        baseline: ProgressPoint(date: day(2020), value: 40), latest: ProgressPoint(date: day(2025, 6, 30), value: 72),
        expected: 76, status: .moderate)

    static let bulletRange = BulletChart.Input(
        title: "Số HTX thành lập mới mỗi năm", unit: "HTX", measure: .perYear,
        target: ChartTarget(comparator: .range, value: 8, maxValue: 10, year: 2025),
        latest: ProgressPoint(date: day(2024), value: 11), status: .onTrack)

    static let level = TimeSeriesChart.Input(
        title: "Tỷ lệ HTX hoạt động hiệu quả", unit: "%", measure: .level, target: shareTarget,
        baseline: ProgressPoint(date: day(2020), value: 40),
        points: [ProgressPoint(date: day(2021), value: 45), ProgressPoint(date: day(2022), value: 52),
                 ProgressPoint(date: day(2023, 6, 30), value: 55), ProgressPoint(date: day(2024), value: 63)],
        latest: ProgressPoint(date: day(2024), value: 63), status: .moderate, from: 2021, to: 2025)

    static let cumulative = TimeSeriesChart.Input(
        title: "Phát triển mới tổ hợp tác", unit: "THT", measure: .cumulative,
        target: ChartTarget(comparator: .atLeast, value: 80, year: 2025),
        baseline: ProgressPoint(date: day(2021, 1, 1), value: 0),
        points: [ProgressPoint(date: day(2021), value: 18), ProgressPoint(date: day(2022), value: 35),
                 ProgressPoint(date: day(2023), value: 52)],
        latest: ProgressPoint(date: day(2023), value: 52), status: .onTrack, from: 2021, to: 2025)

    static let perYear = TimeSeriesChart.Input(
        title: "Số HTX thành lập mới mỗi năm", unit: "HTX", measure: .perYear,
        target: ChartTarget(comparator: .range, value: 8, maxValue: 10, year: 2025),
        years: [YearValue(year: 2021, value: 9, isComplete: true, lastDate: day(2021), isMet: true),
                YearValue(year: 2022, value: 6, isComplete: true, lastDate: day(2022), isMet: false),
                YearValue(year: 2023, value: 11, isComplete: true, lastDate: day(2023), isMet: true),
                YearValue(year: 2024, value: 4, isComplete: false, lastDate: day(2024, 6, 30), isMet: false)],
        latest: ProgressPoint(date: day(2023), value: 11), status: .onTrack, from: 2021, to: 2025)

    static let comparison = ComparisonChart.Input(
        title: "Tỷ lệ HTX hoạt động hiệu quả theo tỉnh", unit: "%", rows: [
            .init(name: "Hà Nam", value: 72, date: day(2025, 6, 30), target: shareTarget, status: .moderate),
            .init(name: "Thanh Hoá", value: 85, date: day(2024), target: shareTarget, status: .achieved),
            .init(name: "Đồng Tháp", value: 61, date: day(2024),
                  target: ChartTarget(comparator: .atLeast, value: 65, year: 2025), status: .onTrack),
            .init(name: "An Giang", value: 38, date: day(2024),
                  target: ChartTarget(comparator: .range, value: 40, maxValue: 50, year: 2025), status: .deteriorating),
            .init(name: "Bắc Ninh", value: nil, target: shareTarget, status: .noData),
            .init(name: "Điện Biên", value: 30, date: day(2024), target: shareTarget, status: .offTrack),
        ])

    static let breakdown = BreakdownChart.Input(
        title: "Hợp tác xã tỉnh Hà Nam", ratings: [
            .init(key: "tot", label: "Tốt", count: 42), .init(key: "kha", label: "Khá", count: 65),
            .init(key: "trung-binh", label: "Trung bình", count: 31), .init(key: "yeu", label: "Yếu", count: 9),
            .init(key: "none", label: "Chưa xếp loại", count: 18),
        ], kinds: [
            .init(key: "HTX", label: "HTX", count: 120), .init(key: "THT", label: "THT", count: 43),
            .init(key: "LHHTX", label: "LHHTX", count: 2),
        ])

    // Awkward shapes: nothing to draw, a single point, huge and negative figures.
    static let emptySeries = TimeSeriesChart.Input(
        title: "Chưa có số liệu", unit: "%", measure: .level, target: shareTarget, status: .noData, from: 2021, to: 2025)

    static let onePointHuge = TimeSeriesChart.Input(
        title: "Doanh thu bình quân", unit: "triệu đồng", measure: .level,
        target: ChartTarget(comparator: .atLeast, value: 2e12, year: 2030),
        points: [ProgressPoint(date: day(2026, 3, 31), value: 1.25e12)],
        latest: ProgressPoint(date: day(2026, 3, 31), value: 1.25e12), status: .noData, from: 2026, to: 2030)

    static let negative = BulletChart.Input(
        title: "Tăng trưởng doanh thu", unit: "%", measure: .level,
        target: ChartTarget(comparator: .atLeast, value: 5, year: 2025),
        baseline: ProgressPoint(date: day(2020), value: 2), latest: ProgressPoint(date: day(2024), value: -3.5),
        expected: 4.4, status: .deteriorating)

    static let falling = TimeSeriesChart.Input(
        title: "Tỷ lệ HTX yếu kém", unit: "%", measure: .level,
        target: ChartTarget(comparator: .atMost, value: 5, year: 2025),
        baseline: ProgressPoint(date: day(2020), value: 18),
        points: [ProgressPoint(date: day(2021), value: 16), ProgressPoint(date: day(2022), value: 16),
                 ProgressPoint(date: day(2023), value: 9.5)],
        latest: ProgressPoint(date: day(2023), value: 9.5), status: .onTrack, from: 2021, to: 2025)

    static let statuses = StatusChart.Input(
        title: "Tình hình thực hiện chỉ tiêu",
        statuses: [.achieved, .achieved, .onTrack, .moderate, .offTrack, .offTrack, .offTrack, .noData])

    /// Every golden file: name, and the SVG it must equal.
    static func all() -> [(String, String)] {
        [
            ("bullet-level-vi", BulletChart.svg(bullet, language: .vi, idPrefix: "bullet-1")),
            ("bullet-level-en", BulletChart.svg(bullet, language: .en, idPrefix: "bullet-1")),
            ("bullet-range-per-year-vi", BulletChart.svg(bulletRange, language: .vi, idPrefix: "bullet-2")),
            ("time-series-level-vi", TimeSeriesChart.svg(level, language: .vi, idPrefix: "ts-1")),
            ("time-series-cumulative-vi", TimeSeriesChart.svg(cumulative, language: .vi, idPrefix: "ts-2")),
            ("time-series-per-year-vi", TimeSeriesChart.svg(perYear, language: .vi, idPrefix: "ts-3")),
            ("time-series-per-year-en", TimeSeriesChart.svg(perYear, language: .en, idPrefix: "ts-3")),
            ("comparison-vi", ComparisonChart.svg(comparison, language: .vi, idPrefix: "cmp-1")),
            ("breakdown-vi", BreakdownChart.svg(breakdown, language: .vi, idPrefix: "bd-1")),
            ("time-series-empty-vi", TimeSeriesChart.svg(emptySeries, language: .vi, idPrefix: "ts-4")),
            ("time-series-one-huge-point-en", TimeSeriesChart.svg(onePointHuge, language: .en, idPrefix: "ts-5")),
            ("time-series-at-most-vi", TimeSeriesChart.svg(falling, language: .vi, idPrefix: "ts-6")),
            ("bullet-negative-vi", BulletChart.svg(negative, language: .vi, idPrefix: "bullet-3")),
            ("status-vi", StatusChart.svg(statuses, language: .vi, idPrefix: "st-1")),
            ("status-empty-en", StatusChart.svg(.init(title: "Progress", statuses: []), language: .en, idPrefix: "st-2")),
            ("comparison-empty-en", ComparisonChart.svg(.init(title: "Empty", unit: "%", rows: []),
                                                        language: .en, idPrefix: "cmp-2")),
        ]
    }
}
