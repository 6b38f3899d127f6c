import Foundation

/// The reports' files in `Output/reports/`: their pages (written by `tre build` and by
/// `tre report`) and their Word and PDF files (by `tre report` only, `OutputPart.reports`).
public enum ReportOutput {
    /// The reports' folder inside the output folder.
    public static var folder: String { OutputPart.reports.folder ?? "reports" }

    /// The documents each report has in `output/reports/` now: `slug` → `["docx", "pdf"]`.
    public static func documents(in output: URL) -> [String: Set<String>] {
        let reports = output.standardizedFileURL.appendingPathComponent(folder)
        var found: [String: Set<String>] = [:]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: reports.path)) ?? []
        where OutputPart.isReportDocument(name) {
            guard let dot = name.lastIndex(of: ".") else { continue }
            found[String(name[..<dot]), default: []].insert(String(name[name.index(after: dot)...]))
        }
        return found
    }
}
