import Foundation

/// Why a workbook could not be read at all, and how to save it again so that it can.
enum WorkbookProblem: Error, Equatable {
    case empty
    /// An Excel 97–2003 `.xls` (an OLE compound file) renamed to `.xlsx`.
    case oldExcel
    /// A password-protected workbook: Office stores it encrypted inside an OLE file.
    case encrypted
    /// An OpenDocument spreadsheet (`.ods`) renamed to `.xlsx`.
    case openDocument
    /// Text (a CSV or web page) renamed to `.xlsx`.
    case text
    case damaged
    /// A part that would inflate past the limits: a zip bomb, or a workbook far beyond any register.
    case tooLarge(part: String)
    /// A part with a document type declaration (the way to an entity-expansion bomb).
    case declaration(part: String)
    case noVisibleSheet

    /// What the first bytes say the file is, when it is plainly not a zip archive.
    static func sniff(_ data: Data) -> WorkbookProblem? {
        guard !data.isEmpty else { return .empty }
        let head = [UInt8](data.prefix(8))
        if head.starts(with: [0x50, 0x4B]) { return nil }
        if head == [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] {
            // The stream of an encrypted package is named in UTF-16 in the file's directory.
            let name = Data("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
            return data.range(of: name) != nil ? .encrypted : .oldExcel
        }
        let sample = data.prefix(512)
        let printable = sample.filter { $0 >= 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }.count
        return printable == sample.count ? .text : .damaged
    }

    static let resave = LocalizedText(
        vi: "Mở tệp bằng Excel (hoặc LibreOffice Calc), chọn Tệp > Lưu thành, chọn kiểu «Sổ làm việc Excel (*.xlsx)» rồi lưu lại với tên này.",
        en: "Open the file in Excel (or LibreOffice Calc), choose File > Save As, pick \"Excel Workbook (*.xlsx)\" and save it under this name.")

    var message: LocalizedText {
        switch self {
        case .empty:
            LocalizedText(vi: "Tệp này trống (0 byte), không phải là một sổ làm việc Excel.",
                          en: "This file is empty (0 bytes), not an Excel workbook.")
        case .oldExcel:
            LocalizedText(vi: "Tệp này là sổ làm việc Excel kiểu cũ (.xls, Excel 97–2003) được đổi tên thành .xlsx; Tre chỉ đọc được .xlsx.",
                          en: "This file is an old-style Excel workbook (.xls, Excel 97–2003) renamed to .xlsx; Tre reads only .xlsx.")
        case .encrypted:
            LocalizedText(vi: "Sổ làm việc này được đặt mật khẩu (mã hóa) nên Tre không đọc được.",
                          en: "This workbook is protected with a password (encrypted), so Tre cannot read it.")
        case .openDocument:
            LocalizedText(vi: "Tệp này là bảng tính OpenDocument (.ods) được đổi tên thành .xlsx.",
                          en: "This file is an OpenDocument spreadsheet (.ods) renamed to .xlsx.")
        case .text:
            LocalizedText(vi: "Tệp này là văn bản (có thể là tệp CSV được đổi tên), không phải sổ làm việc Excel.",
                          en: "This file is text (perhaps a CSV file renamed), not an Excel workbook.")
        case .damaged:
            LocalizedText(vi: "Tệp này bị hỏng hoặc không phải là sổ làm việc Excel (.xlsx), nên không đọc được.",
                          en: "This file is damaged or is not an Excel workbook (.xlsx), so it cannot be read.")
        case .tooLarge(let part):
            LocalizedText(vi: "Phần «\(part)» của tệp khi giải nén vượt quá giới hạn an toàn của Tre (tệp nén bất thường, có thể là tệp độc hại); tệp không được đọc.",
                          en: "Part \"\(part)\" of this file would unpack past Tre's safety limits (an abnormally compressed, possibly hostile file); it was not read.")
        case .declaration(let part):
            LocalizedText(vi: "Phần «\(part)» của tệp có khai báo DTD/thực thể XML, điều mà sổ làm việc Excel không bao giờ có (có thể là tệp độc hại); tệp không được đọc.",
                          en: "Part \"\(part)\" of this file holds an XML DTD or entity declaration, which Excel workbooks never have (possibly a hostile file); it was not read.")
        case .noVisibleSheet:
            LocalizedText(vi: "Sổ làm việc không có trang tính nào hiện (mọi trang tính đều bị ẩn hoặc là biểu đồ).",
                          en: "The workbook has no visible worksheet (every sheet is hidden or a chart).")
        }
    }

    var hint: LocalizedText {
        switch self {
        case .text:
            LocalizedText(vi: "Nếu đây là tệp CSV, hãy đổi đuôi tệp thành .csv. Nếu không, " + Self.resave.vi.prefix(1).lowercased() + Self.resave.vi.dropFirst(),
                          en: "If it is a CSV file, rename it to .csv. Otherwise, " + Self.resave.en.prefix(1).lowercased() + Self.resave.en.dropFirst())
        case .encrypted:
            LocalizedText(vi: "Bỏ mật khẩu: mở tệp trong Excel, chọn Tệp > Thông tin > Bảo vệ sổ làm việc > Mã hóa bằng mật khẩu, xóa mật khẩu, bấm OK rồi lưu lại.",
                          en: "Remove the password: open the file in Excel, choose File > Info > Protect Workbook > Encrypt with Password, clear the password, press OK and save.")
        case .noVisibleSheet:
            LocalizedText(vi: "Trong Excel, bấm chuột phải vào tên một trang tính ở dưới, chọn Bỏ ẩn, chọn trang có số liệu rồi lưu lại.",
                          en: "In Excel, right-click a sheet tab, choose Unhide, pick the sheet with the data and save.")
        case .tooLarge, .declaration:
            LocalizedText(vi: "Nếu tệp do bạn tạo, hãy mở nó trong Excel và lưu lại thành .xlsx; nếu không rõ nguồn gốc, đừng dùng tệp này.",
                          en: "If you made the file, open it in Excel and save it again as .xlsx; if you do not know where it came from, do not use it.")
        default:
            Self.resave
        }
    }
}
