import Foundation

/// Turns the bytes of a content file into text: UTF-8 only (a byte-order mark is allowed and
/// dropped), normalised to NFC so that text typed on any system compares equal.
///
/// Files saved in another encoding are refused with one error at the first byte that is not
/// UTF-8, naming the encoding the file most likely uses and how to save it again as UTF-8.
/// Guessing matters here: staff who meet "invalid UTF-8" have no way to act on it, but
/// "this file is in TCVN3 (ABC)" tells them which old font tool produced it.
public enum ContentText {
    /// Decodes `data`, the content of the file printed as `file`.
    ///
    /// - Returns: the NFC text, or nil and one error when the bytes are not UTF-8 text.
    public static func decode(_ data: Data, file: String) -> (text: String?, diagnostics: Diagnostics) {
        let bytes = [UInt8](data)
        var diagnostics = Diagnostics()

        if let bom = utf16ByteOrderMark(bytes) {
            report(.utf16(bigEndian: bom), offset: 0, in: bytes, file: file, into: &diagnostics)
            return (nil, diagnostics)
        }
        let body = hasUTF8ByteOrderMark(bytes) ? bytes[3...] : bytes[...]
        let start = body.startIndex

        // The standard library's validator is fast; the scalar-by-scalar search only runs to
        // say where a file that is not UTF-8 goes wrong.
        guard let text = String(validating: body, as: UTF8.self) else {
            let bad = firstInvalidUTF8(body) ?? start
            let guess = EncodingGuess.guess(Array(body))
            report(guess, offset: bad - start, in: Array(body), file: file, into: &diagnostics)
            return (nil, diagnostics)
        }
        // NUL is valid UTF-8 but never part of a text file: it means UTF-16 without a
        // byte-order mark, or a binary file (a spreadsheet saved as .xlsx and renamed).
        if let nul = body.firstIndex(of: 0) {
            let guess = EncodingGuess.guess(Array(body))
            report(guess == .unknown ? .binary : guess, offset: nul - start, in: Array(body),
                   file: file, into: &diagnostics)
            return (nil, diagnostics)
        }
        return (normalize(text), diagnostics)
    }

    /// NFC, skipping the work for pure ASCII (most CSV files).
    static func normalize(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        return VietnameseText.nfc(text)
    }

    static func hasUTF8ByteOrderMark(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    }

    /// `true` for big-endian (FE FF), `false` for little-endian (FF FE), nil for neither.
    static func utf16ByteOrderMark(_ bytes: [UInt8]) -> Bool? {
        guard bytes.count >= 2 else { return nil }
        if bytes[0] == 0xFF, bytes[1] == 0xFE { return false }
        if bytes[0] == 0xFE, bytes[1] == 0xFF { return true }
        return nil
    }

    /// The index of the first byte that does not start a well-formed UTF-8 sequence.
    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var offset = bytes.startIndex
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                offset += encoded.count
            case .emptyInput:
                return nil
            case .error:
                return offset
            }
        }
    }

    private static func report(_ guess: EncodingGuess, offset: Int, in bytes: [UInt8],
                               file: String, into diagnostics: inout Diagnostics) {
        let (line, lineStart) = TextPosition.lineAndStart(of: offset, in: bytes)
        // The bytes before the first invalid one decode cleanly; for a UTF-16 file the
        // column is rough, but the message says to re-save the whole file anyway.
        let column = TextPosition.column(of: offset, lineStart: lineStart, in: bytes)
        let location = SourceLocation(file: file, line: line, column: column)
        let preview = EncodingGuess.previewLine(bytes, lineStart: lineStart, guess: guess)
        let message = guess.message(preview: preview)
        let hint = guess.hint
        diagnostics.error(location, vi: message.vi, en: message.en, hintVi: hint.vi, hintEn: hint.en)
    }
}
