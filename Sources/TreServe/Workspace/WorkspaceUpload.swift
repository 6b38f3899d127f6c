import Foundation
import TreCore

/// A picture or document sent to the workspace, checked by its bytes (never by its name or
/// the browser's word) and stored under `media/` under a name no file has yet.
enum WorkspaceUpload {
    /// 10 MB: a photo from a phone, not a video.
    static let limit = 10 * 1024 * 1024

    enum Kind: String {
        case jpeg = "jpg", png, webp, gif, pdf, svg
    }

    /// What the bytes are, or why they are refused.
    static func kind(of data: Data) -> Result<Kind, LocalizedText> {
        let bytes = [UInt8](data.prefix(16))
        func starts(_ prefix: [UInt8], at offset: Int = 0) -> Bool {
            bytes.count >= offset + prefix.count && Array(bytes[offset..<offset + prefix.count]) == prefix
        }
        if starts([0xFF, 0xD8, 0xFF]) { return .success(.jpeg) }
        if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .success(.png) }
        if starts(Array("RIFF".utf8)), starts(Array("WEBP".utf8), at: 8) { return .success(.webp) }
        if starts(Array("GIF87a".utf8)) || starts(Array("GIF89a".utf8)) { return .success(.gif) }
        if starts(Array("%PDF-".utf8)) { return .success(.pdf) }
        if let problem = svgProblem(data) { return .failure(problem) }
        return .success(.svg)
    }

    /// nil for an SVG picture that holds no script, no event attribute and no reference to
    /// anything outside itself; else why it is refused (or that it is not a picture at all).
    static func svgProblem(_ data: Data) -> LocalizedText? {
        guard let text = String(data: data, encoding: .utf8) else { return notAllowed }
        let lowered = text.lowercased()
        let start = lowered.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        guard start.hasPrefix("<svg") || start.hasPrefix("<?xml"), lowered.contains("<svg") else { return notAllowed }
        let unsafe = LocalizedText(
            vi: "Ảnh SVG này có mã lệnh (script), thuộc tính sự kiện (on…) hoặc liên kết ra ngoài nên không được nhận. Xuất lại ảnh dạng PNG.",
            en: "This SVG holds a script, an event attribute (on…) or an outside reference and is refused. Export it as PNG instead.")
        for word in ["<script", "javascript:", "<foreignobject", "<!entity", "<!doctype", "<iframe", "<embed", "<object", "@import"]
            where lowered.contains(word) { return unsafe }
        // Event attributes: ` onload=`, `\nonclick =`.
        let scalars = Array(lowered.unicodeScalars)
        for index in scalars.indices.dropLast(2) where scalars[index] == "o" && scalars[index + 1] == "n" {
            guard index > 0, scalars[index - 1] == " " || scalars[index - 1] == "\n" || scalars[index - 1] == "\t"
                    || scalars[index - 1] == "/" || scalars[index - 1] == "\r" else { continue }
            var end = index + 2
            while end < scalars.count, ("a"..."z").contains(scalars[end]) { end += 1 }
            while end < scalars.count, scalars[end] == " " { end += 1 }
            if end > index + 2, end < scalars.count, scalars[end] == "=" { return unsafe }
        }
        // References: href / xlink:href / url() to anything but a fragment of the picture itself.
        for marker in ["href=\"", "href='", "url("] {
            var rest = lowered[...]
            while let range = rest.range(of: marker) {
                let after = rest[range.upperBound...].drop { $0 == " " || $0 == "\"" || $0 == "'" }
                if !after.hasPrefix("#") { return unsafe }
                rest = rest[range.upperBound...]
            }
        }
        return nil
    }

    static let notAllowed = LocalizedText(
        vi: "Tệp này không phải ảnh JPEG, PNG, WebP, GIF, SVG hay tệp PDF (Tre xem nội dung tệp, không xem đuôi tên) nên không được nhận.",
        en: "This file is not a JPEG, PNG, WebP, GIF or SVG picture nor a PDF (Tre looks at the bytes, not the name) and is refused.")

    static let tooLarge = LocalizedText(
        vi: "Tệp lớn hơn 10 MB. Thu nhỏ ảnh (ví dụ còn 2000 điểm ảnh chiều ngang) rồi gửi lại.",
        en: "The file is larger than 10 MB. Make the picture smaller (say 2000 pixels wide) and send it again.")

    /// `media/updates/<slug>.<ext>`, with `-2`, `-3`… when that name is taken: an upload never
    /// replaces a file.
    static func name(for original: String, kind: Kind, in files: WorkspaceFiles) -> String {
        let stem = NewPage.slug((original as NSString).deletingPathExtension) ?? "tep"
        var candidate = "media/updates/\(stem).\(kind.rawValue)"
        var count = 1
        while FileManager.default.fileExists(atPath: files.url(candidate).path) {
            count += 1
            candidate = "media/updates/\(stem)-\(count).\(kind.rawValue)"
        }
        return candidate
    }
}
