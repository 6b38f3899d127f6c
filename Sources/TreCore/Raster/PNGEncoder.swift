import CZlibSystem
import Foundation

/// Encodes cairo's ARGB32 pixels as PNG, quickly. cairo's own writer (libpng with adaptive
/// filtering and zlib's default level) took 37% of a whole 1× build's CPU for the share
/// images; the pictures Tre draws are large flat areas and text, where the fastest zlib
/// level with no row filter gives files of the same order for a fraction of the time.
/// Deterministic: the bytes depend only on the pixels.
enum PNGEncoder {
    /// `pixels` are cairo's rows (`stride` bytes each, native-endian premultiplied ARGB).
    /// `opaque` drops the alpha channel (the picture was painted over a background).
    static func encode(pixels: UnsafePointer<UInt8>, width: Int, height: Int, stride: Int, opaque: Bool) -> Data? {
        let channels = opaque ? 3 : 4
        let rowBytes = 1 + width * channels
        var raw = [UInt8](repeating: 0, count: rowBytes * height)
        raw.withUnsafeMutableBufferPointer { out in
            for y in 0..<height {
                let row = pixels + y * stride
                var at = y * rowBytes + 1  // byte 0 of each row: filter type 0, none
                for x in 0..<width {
                    // Little-endian ARGB32 is B, G, R, A in memory.
                    let blue = row[x * 4], green = row[x * 4 + 1], red = row[x * 4 + 2], alpha = row[x * 4 + 3]
                    if opaque {
                        out[at] = red; out[at + 1] = green; out[at + 2] = blue
                    } else {
                        out[at] = unpremultiply(red, alpha); out[at + 1] = unpremultiply(green, alpha)
                        out[at + 2] = unpremultiply(blue, alpha); out[at + 3] = alpha
                    }
                    at += channels
                }
            }
        }
        guard let compressed = deflate(raw) else { return nil }
        var png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        var header = Data()
        header.append(bigEndian: UInt32(width))
        header.append(bigEndian: UInt32(height))
        header.append(contentsOf: [8, opaque ? 2 : 6, 0, 0, 0])  // 8 bits, RGB or RGBA, deflate, no filter set, no interlace
        chunk("IHDR", header, into: &png)
        chunk("IDAT", compressed, into: &png)
        chunk("IEND", Data(), into: &png)
        return png
    }

    static func unpremultiply(_ value: UInt8, _ alpha: UInt8) -> UInt8 {
        guard alpha != 0, alpha != 255 else { return alpha == 0 ? 0 : value }
        return UInt8(min(255, (Int(value) * 255 + Int(alpha) / 2) / Int(alpha)))
    }

    /// A zlib stream of `bytes` at the fastest level.
    static func deflate(_ bytes: [UInt8]) -> Data? {
        var bound = compressBound(uLong(bytes.count))
        var out = [UInt8](repeating: 0, count: Int(bound))
        let status = bytes.withUnsafeBufferPointer { input in
            out.withUnsafeMutableBufferPointer { output in
                compress2(output.baseAddress, &bound, input.baseAddress, uLong(input.count), Z_BEST_SPEED)
            }
        }
        guard status == Z_OK else { return nil }
        return Data(out[0..<Int(bound)])
    }

    static func chunk(_ type: String, _ body: Data, into png: inout Data) {
        png.append(bigEndian: UInt32(body.count))
        let typed = Data(type.utf8) + body
        png.append(typed)
        let crc = typed.withUnsafeBytes { crc32(0, $0.bindMemory(to: Bytef.self).baseAddress, uInt($0.count)) }
        png.append(bigEndian: UInt32(crc))
    }
}

private extension Data {
    mutating func append(bigEndian value: UInt32) {
        Swift.withUnsafeBytes(of: value.bigEndian) { append(contentsOf: $0) }
    }
}
