import CZlibSystem
import Foundation

/// Counts the pages of a PDF by its page objects (`/Type /Page`, not `/Pages`), wherever they
/// are: written out plainly (WeasyPrint 57, Chromium) or packed into Flate-compressed object
/// streams (`/Type /ObjStm`, WeasyPrint 59 and later), which are inflated to be read.
enum PDFPageCount {
    static func count(_ pdf: Data) -> Int {
        let bytes = [UInt8](pdf)
        var count = pageObjects(in: bytes[...])
        for stream in objectStreams(bytes) {
            if let inflated = inflate(stream) { count += pageObjects(in: inflated[...]) }
        }
        return count
    }

    static func pageObjects(in bytes: ArraySlice<UInt8>) -> Int {
        var count = 0
        var index = bytes.startIndex
        let type = Array("/Type".utf8), page = Array("/Page".utf8)
        while let found = find(type, in: bytes, from: index) {
            var cursor = skipSpace(bytes, found + type.count)
            if starts(bytes, at: cursor, with: page) {
                cursor += page.count
                if cursor >= bytes.endIndex || !isLetter(bytes[cursor]) { count += 1 }
            }
            index = cursor
        }
        return count
    }

    /// The raw data of every `/Type /ObjStm` stream filtered with `/FlateDecode`.
    static func objectStreams(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        var streams: [ArraySlice<UInt8>] = []
        let marker = Array("/ObjStm".utf8), keyword = Array("stream".utf8), end = Array("endstream".utf8)
        var index = 0
        while let found = find(marker, in: bytes[...], from: index) {
            index = found + marker.count
            // The dictionary around the marker: back to its `<<`, on to the `stream` keyword.
            guard let open = findBackward(Array("<<".utf8), in: bytes, before: found),
                  let start = find(keyword, in: bytes[...], from: index) else { continue }
            let dictionary = String(decoding: bytes[open..<start], as: UTF8.self)
            guard dictionary.contains("/FlateDecode") else { continue }
            var dataStart = start + keyword.count
            if dataStart < bytes.count, bytes[dataStart] == 0x0D { dataStart += 1 }
            if dataStart < bytes.count, bytes[dataStart] == 0x0A { dataStart += 1 }
            let dataEnd: Int
            if let length = directLength(dictionary), dataStart + length <= bytes.count {
                dataEnd = dataStart + length
            } else if let stop = find(end, in: bytes[...], from: dataStart) {
                dataEnd = stop
            } else { continue }
            streams.append(bytes[dataStart..<dataEnd])
            index = dataEnd
        }
        return streams
    }

    /// `/Length 1234` written as a number, not as a reference (`/Length 12 0 R`).
    static func directLength(_ dictionary: String) -> Int? {
        guard let range = dictionary.range(of: "/Length") else { return nil }
        let words = dictionary[range.upperBound...].split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "/" || $0 == ">" })
        guard let first = words.first, let length = Int(first) else { return nil }
        if words.count > 2, words[2] == "R" { return nil }
        return length
    }

    /// zlib-wrapped deflate data inflated, or nil when it is not valid.
    static func inflate(_ data: ArraySlice<UInt8>) -> [UInt8]? {
        var stream = z_stream()
        guard inflateInit_(&stream, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
        defer { inflateEnd(&stream) }
        var input = Array(data)
        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var status = Z_OK
        input.withUnsafeMutableBufferPointer { source in
            stream.next_in = source.baseAddress
            stream.avail_in = uInt(source.count)
            repeat {
                buffer.withUnsafeMutableBufferPointer { target in
                    stream.next_out = target.baseAddress
                    stream.avail_out = uInt(target.count)
                    status = CZlibSystem.inflate(&stream, Z_NO_FLUSH)
                    output.append(contentsOf: target[0..<(target.count - Int(stream.avail_out))])
                }
            } while status == Z_OK && (stream.avail_in > 0 || stream.avail_out == 0)
        }
        return status == Z_STREAM_END || status == Z_OK ? output : nil
    }

    static func find(_ needle: [UInt8], in bytes: ArraySlice<UInt8>, from start: Int) -> Int? {
        guard let first = needle.first, start < bytes.endIndex else { return nil }
        var index = start
        while index + needle.count <= bytes.endIndex {
            if bytes[index] == first, starts(bytes, at: index, with: needle) { return index }
            index += 1
        }
        return nil
    }

    static func findBackward(_ needle: [UInt8], in bytes: [UInt8], before end: Int) -> Int? {
        var index = end - needle.count
        while index >= 0 {
            if starts(bytes[...], at: index, with: needle) { return index }
            index -= 1
        }
        return nil
    }

    static func starts(_ bytes: ArraySlice<UInt8>, at index: Int, with prefix: [UInt8]) -> Bool {
        guard index >= bytes.startIndex, index + prefix.count <= bytes.endIndex else { return false }
        return bytes[index..<index + prefix.count].elementsEqual(prefix)
    }

    static func skipSpace(_ bytes: ArraySlice<UInt8>, _ start: Int) -> Int {
        var index = start
        while index < bytes.endIndex, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[index]) { index += 1 }
        return index
    }

    static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }
}
