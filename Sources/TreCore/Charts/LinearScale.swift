import Foundation

/// Maps values onto a span of the view box, with "nice" ticks (1, 2 or 5 × 10ⁿ). Built from
/// whatever data it is given: non-finite values are ignored, a zero range is padded, so the
/// mapping never divides by zero.
struct LinearScale: Sendable {
    var lower: Double
    var upper: Double
    var rangeStart: Double
    var rangeEnd: Double
    var ticks: [Double]
    var step: Double

    /// A scale covering `values`, widened to nice ticks.
    /// - `includeZero`: bars must start at 0.
    /// - `percent`: never reach past 0–100 unless the data does.
    init(values: [Double], range: (Double, Double), includeZero: Bool, percent: Bool = false,
         tickCount: Int = 5) {
        var finite = values.filter(\.isFinite)
        if includeZero || finite.isEmpty { finite.append(0) }
        var low = finite.min() ?? 0
        var high = finite.max() ?? 1
        if high - low <= abs(high) * 1e-12 || high == low {
            // One value: pad around it (or 0…1 around zero) so the mark lands inside.
            let pad = high == 0 ? 1 : abs(high) * 0.1
            low = high == 0 || (low >= 0 && includeZero) ? 0 : low - pad
            high += pad
        }
        let step = Self.niceStep((high - low) / Double(max(1, tickCount)))
        var niceLow = (low / step).rounded(.down) * step
        var niceHigh = (high / step).rounded(.up) * step
        if percent {
            if low >= 0 { niceLow = max(niceLow, 0) }
            if high <= 100 { niceHigh = min(niceHigh, 100) }
        }
        if !(niceHigh > niceLow) || !niceLow.isFinite || !niceHigh.isFinite {
            niceLow = low
            niceHigh = high > low ? high : low + 1
        }
        self.lower = niceLow
        self.upper = niceHigh
        self.rangeStart = range.0
        self.rangeEnd = range.1
        self.step = step
        var ticks: [Double] = []
        var index = (niceLow / step).rounded(.up)
        while index * step <= niceHigh + step * 1e-9, ticks.count < 20 {
            let tick = index * step
            ticks.append(abs(tick) < step * 1e-9 ? 0 : tick)
            index += 1
        }
        self.ticks = ticks
    }

    /// The position of `value`; values beyond the domain extrapolate, and the canvas clamps.
    func callAsFunction(_ value: Double) -> Double {
        let span = upper - lower
        guard span > 0, span.isFinite, value.isFinite else { return rangeStart }
        return rangeStart + (value - lower) / span * (rangeEnd - rangeStart)
    }

    /// Decimals needed to print the ticks without noise (0 for steps of 1 or more).
    var tickDecimals: Int {
        guard step < 1, step > 0 else { return 0 }
        return min(6, Int((-log10(step)).rounded(.up)))
    }

    /// The 1, 2 or 5 × 10ⁿ nearest to `raw` (on a log scale, as d3's ticks do), so the
    /// tick count stays close to the one asked for.
    static func niceStep(_ raw: Double) -> Double {
        guard raw.isFinite, raw > 0 else { return 1 }
        let magnitude = pow(10, (log10(raw)).rounded(.down))
        let error = raw / magnitude
        let factor = error >= 50.0.squareRoot() ? 10.0 : error >= 10.0.squareRoot() ? 5 : error >= 2.0.squareRoot() ? 2 : 1
        return factor * magnitude
    }
}
