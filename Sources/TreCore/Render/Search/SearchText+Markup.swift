import Foundation

extension SearchText {
    /// Elements whose content is not prose: charts are indexed through their tables instead.
    static let skipped = ["svg", "script", "style"].map { Array($0.utf8) }

    /// Text without tags; a tag becomes a space so words on either side stay apart. Every
    /// byte of a tag is ASCII, so cutting them out leaves whole characters.
    static func strip(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(range.count / 2)
        guard let base = bytes.baseAddress else { return out }
        let end = range.upperBound
        var index = range.lowerBound
        var skipping: [UInt8]?
        func next(_ byte: UInt8, from start: Int) -> Int? {
            memchr(base + start, Int32(byte), end - start).map { UnsafeRawPointer(base).distance(to: UnsafeRawPointer($0)) }
        }
        while index < end {
            let open = next(UInt8(ascii: "<"), from: index) ?? end
            if skipping == nil { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<open])) }
            guard open < end, let close = next(UInt8(ascii: ">"), from: open + 1) else { break }
            var nameEnd = open + 1
            while nameEnd < close, isNameByte(bytes[nameEnd]) { nameEnd += 1 }
            let name = bytes[(open + 1)..<nameEnd]
            if let element = skipping {
                if name.count == element.count + 1, name.first == UInt8(ascii: "/"),
                   hasName(name.dropFirst(), element) { skipping = nil }
            } else if bytes[close - 1] != UInt8(ascii: "/"),
                      let element = skipped.first(where: { hasName(name, $0) }) {
                skipping = element
            }
            out.append(UInt8(ascii: " "))
            index = close + 1
        }
        return out
    }

    /// Whether a tag's name, in any case, is `element`.
    static func hasName(_ name: Slice<UnsafeBufferPointer<UInt8>>, _ element: [UInt8]) -> Bool {
        name.count == element.count && zip(name, element).allSatisfy { $0 | 0x20 == $1 }
    }

    static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "/")
    }

    /// NFC-quick text with runs of white space as one space and none at either end; with
    /// `decoding`, the entities the templates write decoded first (`&nbsp;` becomes white
    /// space too). The white space of NFC-quick text is ASCII's, U+0085 and U+00A0, and each
    /// character is one scalar, so splitting scalars splits characters.
    static func squeeze(_ bytes: UnsafeBufferPointer<UInt8>, decoding: Bool) -> [UInt8] {
        // Never longer than the input: a space stands for at least one byte of white space.
        [UInt8](unsafeUninitializedCapacity: bytes.count) { out, written in
            var count = 0
            var space = false
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                var length = 1
                var character: UInt8?
                if byte >= 0x80 {
                    if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0x85 || bytes[index + 1] == 0xA0 {
                        space = true
                        index += 2
                        continue
                    }
                    // A scalar of two to four bytes, copied whole.
                    length = min(byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4, bytes.count - index)
                } else if byte == UInt8(ascii: "&"), decoding, let (entity, decoded) = entity(at: index, in: bytes) {
                    length = entity
                    character = decoded
                } else if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                    space = true
                    index += 1
                    continue
                }
                if character == 0x20 {
                    space = true // &nbsp;
                } else {
                    if space, count > 0 {
                        out[count] = 0x20
                        count += 1
                    }
                    space = false
                    if let character {
                        out[count] = character
                        count += 1
                    } else {
                        for offset in 0..<length { out[count + offset] = bytes[index + offset] }
                        count += length
                    }
                }
                index += length
            }
            written = count
        }
    }

    /// The entities the templates write, and the character each stands for.
    static let entities: [(name: [UInt8], character: UInt8)] = SearchTextFallback.entities.map { entity, character in
        (Array(entity.utf8), character.utf8.first ?? 0)
    }

    /// The length of the entity at `index` and its character. No entity is the start of
    /// another, and none can run into the next (each ends at `;` and starts at `&`), so
    /// decoding left to right gives what replacing each in turn did.
    static func entity(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (Int, UInt8)? {
        for (name, character) in entities where index + name.count <= bytes.count {
            if zip(name, bytes[index...]).allSatisfy({ $0 == $1 }) { return (name.count, character) }
        }
        return nil
    }
}
