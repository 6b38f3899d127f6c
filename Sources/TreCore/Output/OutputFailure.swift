import Foundation

/// Why a build's files could not be written. The previous output is always left as it was.
public enum OutputFailure: Error, Sendable, Equatable {
    /// The output folder holds files Tre did not write; `part` is what was to go into it.
    case notTreOutput(String, part: OutputPart)
    case notAFolder(String)
    case unsafePath(String)
    case io(String, String)

    public func message(_ language: Language) -> LocalizedText {
        switch self {
        case .notTreOutput(let path, let part) where part.folder == nil:
            LocalizedText(
                vi: "Thư mục \(path) đã có sẵn và không do Tre tạo ra nên Tre không ghi đè lên nó; chọn thư mục khác bằng --output, hoặc thêm --force nếu chắc chắn muốn thay toàn bộ nội dung của nó.",
                en: "\(path) already exists and was not created by Tre, so Tre will not overwrite it; choose another folder with --output, or add --force if you really want to replace everything in it.")
        case .notTreOutput(let path, let part):
            LocalizedText(
                vi: "thư mục \(path) đã có sẵn và không do Tre tạo ra nên Tre không ghi \(part.name.vi) vào đó; chọn thư mục khác bằng --output (ví dụ --output Output), hoặc dời các tệp trong đó đi chỗ khác",
                en: "\(path) already exists and was not created by Tre, so Tre will not write the \(part.name.en) into it; choose another folder with --output (for example --output Output), or move its files elsewhere")
        case .notAFolder(let path):
            LocalizedText(vi: "\(path) không phải là một thư mục.", en: "\(path) is not a folder.")
        case .unsafePath(let path):
            LocalizedText(vi: "Đường dẫn «\(path)» nằm ngoài thư mục xuất bản.", en: "Path \"\(path)\" is outside the output folder.")
        case .io(let path, let reason):
            LocalizedText(vi: "Không ghi được \(path): \(reason).", en: "Cannot write \(path): \(reason).")
        }
    }
}
