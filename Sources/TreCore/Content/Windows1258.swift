/// Windows-1258, the Vietnamese Windows code page, decoded by hand: Foundation on Linux
/// does not know it, and Tre only needs it to show a refused line the way its author
/// typed it.
enum Windows1258 {
    /// Where Windows-1258 differs from Latin-1. Bytes 0x80–0x9F are the Windows
    /// punctuation; the five tone marks are combining characters (hence NFC afterwards).
    private static let overrides: [UInt8: UInt32] = [
        0x80: 0x20AC, 0x82: 0x201A, 0x83: 0x0192, 0x84: 0x201E, 0x85: 0x2026, 0x86: 0x2020,
        0x87: 0x2021, 0x88: 0x02C6, 0x89: 0x2030, 0x8B: 0x2039, 0x8C: 0x0152, 0x91: 0x2018,
        0x92: 0x2019, 0x93: 0x201C, 0x94: 0x201D, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014,
        0x98: 0x02DC, 0x99: 0x2122, 0x9B: 0x203A, 0x9C: 0x0153, 0x9F: 0x0178,
        0xC3: 0x0102, 0xCC: 0x0300, 0xD0: 0x0110, 0xD2: 0x0309, 0xD5: 0x01A0, 0xDD: 0x01AF,
        0xDE: 0x0303, 0xE3: 0x0103, 0xEC: 0x0301, 0xF0: 0x0111, 0xF2: 0x0323, 0xF5: 0x01A1,
        0xFD: 0x01B0, 0xFE: 0x20AB,
    ]
    /// Bytes the code page leaves undefined.
    private static let undefined: Set<UInt8> = [0x81, 0x8A, 0x8D, 0x8E, 0x8F, 0x90, 0x9A, 0x9D, 0x9E]

    /// Decodes every byte as one Windows-1258 character (not NFC: callers normalise).
    static func decode<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            let value: UInt32
            if let mapped = overrides[byte] {
                value = mapped
            } else if undefined.contains(byte) || (byte < 0x20 && byte != 0x09) {
                value = 0xFFFD
            } else {
                value = UInt32(byte)
            }
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return String(scalars)
    }
}
