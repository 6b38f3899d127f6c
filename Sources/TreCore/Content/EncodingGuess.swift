import Foundation

/// Which encoding a file that is not UTF-8 most likely uses, and what to tell its author.
///
/// Vietnamese offices still meet three legacy encodings: UTF-16 (Excel's "Unicode Text"),
/// Windows-1258 (Excel's plain "CSV" on a Vietnamese Windows) and TCVN3/ABC (documents typed
/// with .VnTime-style fonts). The guess only chooses the wording of the error; it never
/// decodes the file, because a wrong guess would silently corrupt names.
enum EncodingGuess: Equatable {
    case utf16(bigEndian: Bool)
    case windows1258
    case tcvn3
    case binary
    case unknown

    /// Tone marks that Windows-1258 stores as separate combining bytes after a letter.
    private static let combiningTones: Set<UInt8> = [0xCC, 0xEC, 0xD2, 0xDE, 0xF2]
    /// Letters only Windows-1258 puts at these bytes: Ă ă Đ đ Ơ ơ Ư ư.
    private static let vietnameseLetters: Set<UInt8> = [0xC3, 0xE3, 0xD0, 0xF0, 0xD5, 0xF5, 0xDD, 0xFD]

    /// Guesses from the whole file, looking only at the bytes that are not valid UTF-8 so
    /// that a UTF-8 file with one damaged byte is not mistaken for a legacy encoding.
    static func guess(_ bytes: [UInt8]) -> EncodingGuess {
        let sample = bytes.prefix(4096)
        let nulCount = sample.reduce(0) { $0 + ($1 == 0 ? 1 : 0) }
        if !sample.isEmpty, nulCount * 5 >= sample.count {
            // ASCII text in UTF-16: the zero byte comes first in big-endian order.
            let evenNuls = sample.indices.filter { $0 % 2 == 0 && sample[$0] == 0 }.count
            return .utf16(bigEndian: evenNuls * 2 > nulCount)
        }

        var invalid = 0, tcvnLike = 0, letterLike = 0, markers = 0, validMultiByte = 0
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var offset = 0
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                if encoded.count > 1 { validMultiByte += 1 }
                offset += encoded.count
            case .emptyInput:
                break loop
            case .error(let length):
                for index in offset..<min(offset + length, bytes.count) {
                    let byte = bytes[index]
                    invalid += 1
                    if (0xA1...0xBF).contains(byte) { tcvnLike += 1 }
                    if byte >= 0xC0 { letterLike += 1 }
                    let afterLetter = index > 0 && Self.isLetter(bytes[index - 1])
                    if vietnameseLetters.contains(byte) || (combiningTones.contains(byte) && afterLetter) {
                        markers += 1
                    }
                }
                offset += length
            }
        }
        guard invalid > 0 else { return .unknown }
        // Mostly good UTF-8 with a few bad bytes: a damaged file, not a legacy encoding.
        if validMultiByte > invalid { return .unknown }
        if tcvnLike > 0, tcvnLike * 3 >= invalid { return .tcvn3 }
        if letterLike > 0, markers > 0 { return .windows1258 }
        return .unknown
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte >= 0xC0
    }

    /// The line that holds the first bad byte, read as Windows-1258, so the message can show
    /// the author which line is meant. Nil when such a reading would only be noise.
    static func previewLine(_ bytes: [UInt8], lineStart: Int, guess: EncodingGuess) -> String? {
        switch guess {
        case .windows1258, .unknown: break
        case .utf16, .tcvn3, .binary: return nil
        }
        var end = lineStart
        while end < bytes.count, bytes[end] != TextPosition.lf, bytes[end] != TextPosition.cr { end += 1 }
        let text = VietnameseText.nfc(Windows1258.decode(bytes[lineStart..<end]))
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return nil }
        return trimmed.count > 80 ? String(trimmed.prefix(80)) + "…" : trimmed
    }

    func message(preview: String?) -> LocalizedText {
        let shownVi = preview.map { " Dòng này nếu đọc theo Windows-1258 là: «\($0)»." } ?? ""
        let shownEn = preview.map { " Read as Windows-1258, this line is: «\($0)»." } ?? ""
        switch self {
        case .utf16(let bigEndian):
            let order = bigEndian ? "big-endian" : "little-endian"
            return LocalizedText(
                vi: "Tệp này được lưu theo bảng mã UTF-16 (\"Unicode\"), không phải UTF-8 nên Tre không đọc được.",
                en: "This file is saved as UTF-16 (\(order)), not UTF-8, so Tre cannot read it.")
        case .windows1258:
            return LocalizedText(
                vi: "Tệp này có vẻ được lưu theo bảng mã Windows-1258 (tiếng Việt của Windows), không phải UTF-8.\(shownVi)",
                en: "This file looks like Windows-1258 (the Vietnamese Windows code page), not UTF-8.\(shownEn)")
        case .tcvn3:
            return LocalizedText(
                vi: "Tệp này có vẻ dùng bảng mã TCVN3 (ABC) của các phông chữ cũ như .VnTime, không phải Unicode UTF-8.",
                en: "This file looks like TCVN3 (ABC), the legacy Vietnamese font encoding (.VnTime fonts), not Unicode UTF-8.")
        case .binary:
            return LocalizedText(
                vi: "Tệp này chứa ký tự NUL nên không phải là tệp văn bản (có thể là tệp Excel .xlsx bị đổi tên, hoặc tệp bị hỏng).",
                en: "This file contains a NUL byte, so it is not a text file (perhaps an Excel .xlsx file renamed, or a damaged file).")
        case .unknown:
            return LocalizedText(
                vi: "Tệp này không phải là văn bản UTF-8 hợp lệ: nó được lưu theo một bảng mã khác hoặc đã bị hỏng.\(shownVi)",
                en: "This file is not valid UTF-8 text: it was saved in another encoding or is damaged.\(shownEn)")
        }
    }

    var hint: LocalizedText {
        let save = LocalizedText(
            vi: "Mở tệp và lưu lại theo bảng mã UTF-8: trong Excel chọn Tệp > Lưu thành… > CSV UTF-8 (phân tách bằng dấu phẩy); trong trình soạn thảo văn bản (Notepad, VS Code…) chọn bảng mã (Encoding) UTF-8 khi lưu.",
            en: "Open the file and save it again as UTF-8: in Excel choose File > Save As… > CSV UTF-8 (Comma delimited); in a text editor (Notepad, VS Code…) choose the encoding UTF-8 when saving.")
        switch self {
        case .tcvn3:
            return LocalizedText(
                vi: "Chuyển mã sang Unicode trước (ví dụ bằng công cụ chuyển mã của Unikey: nguồn TCVN3 (ABC), đích Unicode), rồi " + save.vi.prefix(1).lowercased() + save.vi.dropFirst(),
                en: "Convert the text to Unicode first (e.g. with Unikey's converter: source TCVN3 (ABC), target Unicode), then " + save.en.prefix(1).lowercased() + save.en.dropFirst())
        case .binary:
            return LocalizedText(
                vi: "Nếu đây là tệp Excel, hãy mở nó trong Excel rồi chọn Tệp > Lưu thành… > CSV UTF-8 (phân tách bằng dấu phẩy). Nếu không, hãy thay tệp bằng một bản còn tốt.",
                en: "If this is an Excel workbook, open it in Excel and choose File > Save As… > CSV UTF-8 (Comma delimited). Otherwise replace the file with a good copy.")
        case .utf16, .windows1258, .unknown:
            return save
        }
    }
}
