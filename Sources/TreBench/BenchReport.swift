import Foundation
import TreCore

/// One scale's measurements, and the table `tre bench` prints.
public struct BenchResult: Sendable {
    public struct Tool: Sendable {
        /// HTML pages in the output folder.
        public var pages: Int
        /// Every file in the output folder (pages, charts, data, feeds).
        public var files: Int
        /// Median wall time of the runs, in seconds.
        public var seconds: Double
        /// Highest peak resident memory of the runs, in bytes.
        public var peakBytes: Int
        public var pagesPerSecond: Double { seconds > 0 ? Double(pages) / seconds : 0 }

        public init(pages: Int, files: Int, seconds: Double, peakBytes: Int) {
            self.pages = pages
            self.files = files
            self.seconds = seconds
            self.peakBytes = peakBytes
        }
    }

    public var scale: Double
    public var tre: Tool
    public var hugo: Tool?
    /// `tre serve`: seconds until it first answered, and from each edit of a plan until the
    /// page was served with it (measured at 1× only).
    public var serveStartup: Double?
    public var previewEdits: [Double] = []
    /// What a reader downloads from Tre's output, against the budgets.
    public var weights: BenchWeights?
    /// `tre build` with the build cache after one edit of each `BenchIncremental.Edit`, in
    /// seconds; each was checked byte for byte against a build from nothing.
    public var incremental: [Double] = []

    public init(scale: Double, tre: Tool, hugo: Tool?) {
        self.scale = scale
        self.tre = tre
        self.hugo = hugo
    }
}

public enum BenchReport {
    /// A fixed-width table, one row per scale, with the machine's core count on top.
    public static func table(_ results: [BenchResult], cores: Int, runs: Int, language: Language) -> String {
        let vi = language == .vi
        var lines = [vi
            ? "Máy: \(cores) lõi CPU. Mỗi công cụ chạy \(runs) lần: thời gian là trung vị, bộ nhớ là mức đỉnh cao nhất."
            : "Machine: \(cores) CPU cores. Each tool ran \(runs) time(s): time is the median, memory the highest peak."]
        let header = vi
            ? ["quy mô", "trang", "Tre (s)", "Tre MB", "Tre trang/s", "trang Hugo", "Hugo (s)", "Hugo MB", "Hugo trang/s", "nhanh hơn", "bộ nhớ"]
            : ["scale", "pages", "Tre s", "Tre MB", "Tre pages/s", "Hugo pages", "Hugo s", "Hugo MB", "Hugo pages/s", "speed-up", "memory"]
        var rows = [header]
        for result in results {
            let tre = result.tre
            var row = [scale(result.scale), String(tre.pages), fixed(tre.seconds, 2), megabytes(tre.peakBytes),
                       fixed(tre.pagesPerSecond, 0)]
            if let hugo = result.hugo {
                row += [String(hugo.pages), fixed(hugo.seconds, 2), megabytes(hugo.peakBytes), fixed(hugo.pagesPerSecond, 0),
                        fixed(hugo.seconds / max(tre.seconds, 1e-9), 1) + "×",
                        fixed(Double(tre.peakBytes) / Double(max(hugo.peakBytes, 1)), 2) + "×"]
            } else {
                row += Array(repeating: "–", count: 6)
            }
            rows.append(row)
        }
        let widths = header.indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        for row in rows {
            lines.append(zip(row, widths).map { cell, width in
                String(repeating: " ", count: width - cell.count) + cell
            }.joined(separator: "  "))
        }
        lines.append(vi
            ? "nhanh hơn = thời gian Hugo ÷ thời gian Tre; bộ nhớ = đỉnh bộ nhớ của Tre ÷ của Hugo."
            : "speed-up = Hugo's time ÷ Tre's time; memory = Tre's peak memory ÷ Hugo's.")
        if results.count > 1 {
            let perPage = results.map { $0.tre.seconds / Double(max($0.tre.pages, 1)) * 1000 }
            lines.append((vi ? "Tre, mili giây mỗi trang theo quy mô: " : "Tre, milliseconds per page by scale: ")
                + zip(results, perPage).map { "\(scale($0.scale)): \(fixed($1, 3))" }.joined(separator: ", "))
        }
        for result in results {
            guard let weights = result.weights else { continue }
            lines += weightLines(weights, scale: result.scale, vi: vi)
        }
        lines += incrementalLines(results, vi: vi)
        for result in results where !result.previewEdits.isEmpty {
            let times = result.previewEdits.sorted()
            let median = fixed(times[times.count / 2] * 1000, 0), worst = fixed((times.last ?? 0) * 1000, 0)
            let startup = fixed(result.serveStartup ?? 0, 1)
            lines.append(vi
                ? "tre serve ở \(scale(result.scale)): sửa một kế hoạch → trang mới được phục vụ sau \(median) ms (trung vị, chậm nhất \(worst) ms, \(times.count) lần sửa); khởi động \(startup) s."
                : "tre serve at \(scale(result.scale)): one plan edited → its page served updated after \(median) ms (median, slowest \(worst) ms, \(times.count) edits); startup \(startup) s.")
        }
        return lines.joined(separator: "\n")
    }

    /// The page-weight lines of one scale: largest page, largest asset, a query's index bytes.
    static func weightLines(_ weights: BenchWeights, scale value: Double, vi: Bool) -> [String] {
        func kb(_ bytes: Int) -> String { fixed(Double(bytes) / 1024, 1) + " KB" }
        let query = weights.queryBytes.map(kb) ?? (vi ? "không đo (thiếu Chromium)" : "not measured (no Chromium)")
        var lines = [vi
            ? "Dung lượng ở \(scale(value)): trang HTML lớn nhất \(kb(weights.largestPage.bytes)) (\(weights.largestPage.path)), tệp JS/CSS lớn nhất \(kb(weights.largestAsset.bytes)) (\(weights.largestAsset.path)), tìm “\(BenchWeights.query)” tải \(query) chỉ mục."
            : "Weights at \(scale(value)): largest HTML page \(kb(weights.largestPage.bytes)) (\(weights.largestPage.path)), largest JS/CSS \(kb(weights.largestAsset.bytes)) (\(weights.largestAsset.path)), the query “\(BenchWeights.query)” loads \(query) of index."]
        let overQuery = (weights.queryBytes ?? 0) > BenchWeights.queryBudget
        if weights.overBudget.isEmpty, !overQuery {
            lines.append(vi ? "Ngân sách (HTML ≤ 150 KB, JS/CSS ≤ 100 KB, tìm kiếm ≤ 120 KB): đạt."
                            : "Budgets (HTML ≤ 150 KB, JS/CSS ≤ 100 KB, search ≤ 120 KB): met.")
        } else {
            let over = weights.overBudget.prefix(5).joined(separator: ", ") + (overQuery ? " search" : "")
            lines.append((vi ? "Ngân sách: VƯỢT ở \(weights.overBudget.count + (overQuery ? 1 : 0)) tệp: "
                             : "Budgets: OVER in \(weights.overBudget.count + (overQuery ? 1 : 0)) file(s): ") + over)
        }
        return lines
    }

    /// One line per scale: the build after each edit, and how many times faster it is than
    /// Hugo's full build of the same corpus.
    static func incrementalLines(_ results: [BenchResult], vi: Bool) -> [String] {
        results.filter { !$0.incremental.isEmpty }.map { result in
            let language: Language = vi ? .vi : .en
            let edits = zip(BenchIncremental.Edit.allCases, result.incremental).map { edit, seconds in
                var text = "\(edit.label(language)) \(fixed(seconds, 2)) s"
                if let hugo = result.hugo { text += " (\(fixed(hugo.seconds / max(seconds, 1e-9), 1))×)" }
                return text
            }.joined(separator: ", ")
            return vi
                ? "tre build sau một lần sửa ở \(scale(result.scale)): \(edits); (n×) = nhanh hơn bản dựng đầy đủ của Hugo; mỗi lần giống hệt bản dựng từ đầu."
                : "tre build after one edit at \(scale(result.scale)): \(edits); (n×) = faster than Hugo's full build; each byte-identical to a build from nothing."
        }
    }

    static func scale(_ value: Double) -> String {
        (value == value.rounded() ? String(Int(value)) : String(value)) + "×"
    }

    static func fixed(_ value: Double, _ decimals: Int) -> String {
        String(format: "%.\(decimals)f", value)
    }

    static func megabytes(_ bytes: Int) -> String {
        String(format: "%.0f", Double(bytes) / 1_048_576)
    }
}
