import Foundation

/// Pictures for Word: a media file's size read from its own header (PNG, JPEG), an SVG
/// drawn as PNG, and each fitted to the text's width.
enum ReportPicture {
    /// Pixels per point when a picture says nothing of its resolution: 96 dpi, as browsers.
    static let pixelsPerPoint = 96.0 / 72.0

    static func make(_ bytes: Data, path: String, alt: String, maxWidth: Double) -> WordPicture? {
        let lower = path.lowercased()
        let name = String(path.split(separator: "/").last ?? "")
        if lower.hasSuffix(".svg") {
            guard let svg = String(data: bytes, encoding: .utf8), let size = PNGRaster.size(of: svg) else { return nil }
            let width = min(maxWidth, size.width / pixelsPerPoint)
            let height = width * size.height / size.width
            // Twice the points in pixels: sharp in print without swelling the file.
            guard let png = try? PNGRaster.png(svg: svg, width: Int((width * 2 * pixelsPerPoint).rounded()),
                                               height: Int((height * 2 * pixelsPerPoint).rounded())) else { return nil }
            return WordPicture(data: png, width: width, height: height, name: name, description: alt)
        }
        let format: WordPicture.Format
        let pixels: (width: Int, height: Int)?
        if lower.hasSuffix(".png") {
            (format, pixels) = (.png, pngSize(bytes))
        } else if lower.hasSuffix(".jpg") || lower.hasSuffix(".jpeg") {
            (format, pixels) = (.jpeg, jpegSize(bytes))
        } else {
            return nil
        }
        guard let pixels, pixels.width > 0, pixels.height > 0 else { return nil }
        let width = min(maxWidth, Double(pixels.width) / pixelsPerPoint)
        return WordPicture(data: bytes, format: format, width: width,
                           height: width * Double(pixels.height) / Double(pixels.width), name: name, description: alt)
    }

    /// A chart's SVG as a picture as wide as the text, described by its own title and description.
    static func chart(_ svg: String, width: Double, name: String) -> WordPicture? {
        guard let size = PNGRaster.size(of: svg) else { return nil }
        let height = width * size.height / size.width
        // 1600 pixels across 16.5 cm: about 250 dpi.
        guard let png = try? PNGRaster.png(svg: svg, width: 1600, height: Int((1600 * size.height / size.width).rounded())) else {
            return nil
        }
        let description = [element("title", in: svg), element("desc", in: svg)].compactMap { $0 }.joined(separator: ". ")
        return WordPicture(data: png, width: width, height: height, name: name, description: description)
    }

    /// The text of the first `<name …>…</name>` of an SVG, unescaped.
    static func element(_ name: String, in svg: String) -> String? {
        guard let open = svg.range(of: "<\(name)"), let end = svg[open.upperBound...].range(of: ">"),
              let close = svg[end.upperBound...].range(of: "</\(name)>") else { return nil }
        return HTMLAttribute.unescape(String(svg[end.upperBound..<close.lowerBound]))
    }

    /// Width and height from a PNG's IHDR chunk.
    static func pngSize(_ data: Data) -> (width: Int, height: Int)? {
        let bytes = [UInt8](data.prefix(24))
        guard bytes.count == 24, bytes[0..<8] == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] else { return nil }
        func int(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (int(16), int(20))
    }

    /// Width and height from a JPEG's first start-of-frame marker.
    static func jpegSize(_ data: Data) -> (width: Int, height: Int)? {
        let bytes = [UInt8](data)
        guard bytes.count > 4, bytes[0] == 0xFF, bytes[1] == 0xD8 else { return nil }
        var index = 2
        while index + 9 < bytes.count {
            guard bytes[index] == 0xFF else { index += 1; continue }
            let marker = bytes[index + 1]
            let length = Int(bytes[index + 2]) << 8 | Int(bytes[index + 3])
            // SOF0–SOF15, except DHT (C4), JPG (C8) and DAC (CC).
            if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker) {
                let height = Int(bytes[index + 5]) << 8 | Int(bytes[index + 6])
                let width = Int(bytes[index + 7]) << 8 | Int(bytes[index + 8])
                return (width, height)
            }
            guard length >= 2 else { return nil }
            index += 2 + length
        }
        return nil
    }
}
