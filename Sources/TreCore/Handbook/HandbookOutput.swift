import Foundation

/// Writes the handbook into `Output/handbook/` and nowhere else: the rest of `Output/` (the
/// site) is left alone. The files go to a temporary folder beside `handbook/` and are swapped
/// in at once by `OutputPublisher`, so a failure leaves the previous handbook as it was.
public enum HandbookOutput {
    /// The handbook's folder inside the output folder.
    public static let folder = "handbook"

    public enum Failure: Error, Sendable {
        case notTreOutput(String)
        case publish(OutputPublisher.Failure)

        public func message(_ language: Language) -> LocalizedText {
            switch self {
            case .notTreOutput(let path):
                LocalizedText(
                    vi: "thư mục \(path) đã có sẵn và không do Tre tạo ra nên Tre không ghi sổ tay vào đó; chọn thư mục khác bằng --output (ví dụ --output Output), hoặc dời các tệp trong đó đi chỗ khác",
                    en: "\(path) already exists and was not created by Tre, so Tre will not write the handbook into it; choose another folder with --output (for example --output Output), or move its files elsewhere")
            case .publish(let failure):
                failure.message(language)
            }
        }
    }

    /// Publishes `files` as `output/handbook/`, creating `output` (marked as Tre's) if needed.
    /// Refuses an `output` or `output/handbook` that holds files Tre did not write.
    public static func publish(_ files: SiteFiles, output: URL) throws(Failure) {
        let output = output.standardizedFileURL
        try prepare(output)
        let handbook = output.appendingPathComponent(folder)
        do {
            try OutputPublisher.publish(files, to: handbook)
        } catch {
            if case .notTreOutput(let path) = error { throw .notTreOutput(path) }
            throw .publish(error)
        }
    }

    /// Makes sure `output` is a folder Tre may write into, creating it (marked as Tre's) if
    /// needed; refuses one that holds files Tre did not write. Also used for `reports/`.
    static func prepare(_ output: URL) throws(Failure) {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: output.path, isDirectory: &isDirectory) {
            let attributes = try? manager.attributesOfItem(atPath: output.path)
            if attributes?[.type] as? FileAttributeType == .typeSymbolicLink || !isDirectory.boolValue {
                throw .publish(.notAFolder(output.path))
            }
            let entries = (try? manager.contentsOfDirectory(atPath: output.path)) ?? []
            if !entries.isEmpty, !entries.contains(OutputPublisher.marker) { throw .notTreOutput(output.path) }
            if entries.isEmpty { try mark(output) }
        } else {
            do {
                try manager.createDirectory(at: output, withIntermediateDirectories: true)
            } catch {
                throw .publish(.io(output.path, error.localizedDescription))
            }
            try mark(output)
        }
    }

    /// Marks a new output folder as Tre's, so `tre build` may later replace it.
    static func mark(_ output: URL) throws(Failure) {
        do {
            try Data("Tre output. This folder is replaced on every build.\n".utf8)
                .write(to: output.appendingPathComponent(OutputPublisher.marker))
        } catch {
            throw .publish(.io(output.path, error.localizedDescription))
        }
    }
}
