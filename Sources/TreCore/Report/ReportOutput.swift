import Foundation

/// Writes `Output/reports/` and nothing else: the reports' pages and their Word and PDF
/// files. The new folder is filled beside the old one and swapped in at once
/// (`OutputPublisher`), so a failure leaves the previous reports as they were. Documents of
/// reports not made this time are carried over; `tre build` carries them all over the same way.
public enum ReportOutput {
    /// The reports' folder inside the output folder.
    public static let folder = "reports"
    /// The kinds of file a report is published as, beside its page.
    public static let extensions = ["docx", "pdf"]

    public enum Failure: Error, Sendable {
        case notTreOutput(String)
        case publish(OutputPublisher.Failure)

        public func message(_ language: Language) -> LocalizedText {
            switch self {
            case .notTreOutput(let path):
                LocalizedText(
                    vi: "thư mục \(path) đã có sẵn và không do Tre tạo ra nên Tre không ghi báo cáo vào đó; chọn thư mục khác bằng --output (ví dụ --output Output), hoặc dời các tệp trong đó đi chỗ khác",
                    en: "\(path) already exists and was not created by Tre, so Tre will not write the reports into it; choose another folder with --output (for example --output Output), or move its files elsewhere")
            case .publish(let failure):
                failure.message(language)
            }
        }
    }

    /// The documents each report has in `output/reports/` now (`slug` → `["docx", "pdf"]`),
    /// for the reports that still exist.
    public static func documents(in output: URL, reports: [Report]) -> [String: Set<String>] {
        let reportsFolder = output.standardizedFileURL.appendingPathComponent(folder)
        let names = Set((try? FileManager.default.contentsOfDirectory(atPath: reportsFolder.path)) ?? [])
        var found: [String: Set<String>] = [:]
        for report in reports {
            for kind in extensions where names.contains(report.slug + "." + kind) {
                found[report.slug, default: []].insert(kind)
            }
        }
        return found
    }

    /// The paths (from the output folder) of `documents`, for `OutputPublisher`'s `keep`.
    public static func paths(_ documents: [String: Set<String>]) -> [String] {
        documents.keys.sorted().flatMap { slug in
            extensions.filter { documents[slug]?.contains($0) == true }.map { "\(folder)/\(slug).\($0)" }
        }
    }

    /// Publishes `files` (paths inside `reports/`) as `output/reports/`, carrying over the
    /// documents in `keep` (names inside `reports/`) from the folder it replaces.
    public static func publish(_ files: SiteFiles, keep: [String], output: URL) throws(Failure) {
        let output = output.standardizedFileURL
        do {
            try HandbookOutput.prepare(output)
        } catch {
            if case .notTreOutput(let path) = error { throw .notTreOutput(path) }
            if case .publish(let failure) = error { throw .publish(failure) }
        }
        do {
            // The output folder is Tre's, so its reports/ is too (`tre build` writes it unmarked).
            try OutputPublisher.publish(to: output.appendingPathComponent(folder), force: true, keep: keep) {
                try $0.write(files)
            }
        } catch {
            throw .publish(error)
        }
    }
}
