import Foundation
import TreCore

/// What `tre serve` was asked to do, resolved by the command line.
public struct PreviewOptions: Sendable {
    /// The content folder, and how its paths are shown in messages (`Content`).
    public var content: URL
    public var contentDisplay: String
    /// The theme folder, or nil for the theme built into `tre`.
    public var templates: URL?
    public var themeName: String
    /// When set, each good build is also written here, without live reload, as `tre build` does.
    public var output: URL?
    public var host: String
    /// 0 lets the system choose a free port (the URL printed says which).
    public var port: Int
    /// Message language; nil follows the site's.
    public var language: Language?
    /// Opens the default browser once the server listens.
    public var open: Bool
    /// `--edit-password`: lets the editing workspace be served on an address other machines
    /// reach (it is served on loopback addresses only otherwise).
    public var editPassword: String?
    /// False turns the workspace off altogether (`--no-edit`).
    public var edit: Bool

    public init(content: URL, contentDisplay: String, templates: URL?, themeName: String, output: URL?,
                host: String = "127.0.0.1", port: Int = 8000, language: Language? = nil, open: Bool = false,
                editPassword: String? = nil, edit: Bool = true) {
        self.content = content
        self.contentDisplay = contentDisplay
        self.templates = templates
        self.themeName = themeName
        self.output = output
        self.host = host
        self.port = port
        self.language = language
        self.open = open
        self.editPassword = editPassword
        self.edit = edit
    }
}

/// Where the preview prints: the command line passes its own console, tests a recorder.
public struct PreviewConsole: Sendable {
    /// A line for the terminal's standard output.
    public var say: @Sendable (String) -> Void
    /// Diagnostics, printed like `tre build` prints them (nothing when empty).
    public var report: @Sendable (Diagnostics, Language) -> Void
    /// A problem that is not in the content (a port taken, an output folder that cannot be written).
    public var fail: @Sendable (String, Language) -> Void

    public init(say: @escaping @Sendable (String) -> Void,
                report: @escaping @Sendable (Diagnostics, Language) -> Void,
                fail: @escaping @Sendable (String, Language) -> Void) {
        self.say = say
        self.report = report
        self.fail = fail
    }
}

extension PreviewConsole {
    func problem(_ text: LocalizedText, _ language: Language) {
        fail(text.text(language), language)
    }

    func listening(_ url: String, exposed: Bool, workspace: String?, language: Language) {
        say(language == .vi
            ? "Đang xem trước tại \(url)  (nhấn Ctrl+C để dừng)"
            : "Previewing at \(url)  (press Ctrl+C to stop)")
        if let workspace {
            say(language == .vi ? "Không gian soạn thảo: \(workspace)" : "Workspace: \(workspace)")
            say(language == .vi ? "  (địa chỉ có mã truy cập riêng của lần chạy này; đừng gửi cho người khác)"
                                : "  (the address holds this run's own access token; do not share it)")
        } else if exposed {
            say(language == .vi
                ? "Không gian soạn thảo tắt vì trang được mở cho cả mạng; thêm --edit-password để bật."
                : "The workspace is off because the preview is open to the network; add --edit-password to turn it on.")
        }
        if exposed {
            say(language == .vi
                ? "Chú ý: máy khác trong mạng cũng xem được bản xem trước này. Bỏ --host để chỉ xem trên máy này."
                : "Note: other machines on the network can see this preview. Leave out --host to keep it to this machine.")
        }
    }

    func rebuilt(pages: Int, seconds: Double, changed: [String], language: Language) {
        let time = NumberFormat(language).format(seconds, decimals: 2)
        let what = Self.names(changed)
        if changed.isEmpty {
            say(language == .vi ? "Đã dựng \(pages) trang trong \(time) giây." : "Built \(pages) pages in \(time) s.")
        } else {
            say(language == .vi
                ? "Đã dựng lại \(pages) trang trong \(time) giây (thay đổi: \(what))."
                : "Rebuilt \(pages) pages in \(time) s (changed: \(what)).")
        }
    }

    /// An edit is checked and its pages render as they are opened; the whole site follows.
    func ready(seconds: Double, language: Language) {
        let time = NumberFormat(language).format(seconds, decimals: 2)
        say(language == .vi ? "Sẵn sàng sau \(time) giây: trang đang mở tải lại với nội dung mới."
            : "Ready in \(time) s: open pages reload with the new content.")
    }

    func refreshed(_ changed: [String], language: Language) {
        say(language == .vi ? "Đã cập nhật \(Self.names(changed))." : "Updated \(Self.names(changed)).")
    }

    func broken(hasSite: Bool, language: Language) {
        if hasSite {
            say(language == .vi
                ? "Vẫn hiển thị bản dựng tốt gần nhất, kèm bảng lỗi trên mỗi trang. Sửa lỗi rồi lưu tệp để dựng lại."
                : "Still showing the last good build, with the errors over every page. Fix them and save to rebuild.")
        } else {
            say(language == .vi
                ? "Chưa dựng được trang; trình duyệt hiển thị các lỗi. Sửa lỗi rồi lưu tệp để dựng lại."
                : "The site could not be built yet; the browser shows the errors. Fix them and save to rebuild.")
        }
    }

    func stopped(_ language: Language) {
        say(language == .vi ? "Đã dừng xem trước." : "Preview stopped.")
    }

    /// `content/data/x.csv, theme/assets/style.css` (at most three, then a count).
    static func names(_ changed: [String]) -> String {
        let shown = changed.prefix(3).joined(separator: ", ")
        return changed.count > 3 ? shown + " +\(changed.count - 3)" : shown
    }
}
