import Foundation
import HTTPTypes
import Hummingbird
import TreCore

/// The editing workspace under `/__tre/edit/`: the content by kind, a form for a new update,
/// a source editor for any page, a form for a progress figure, earlier versions and restore.
/// Every answer passes `WorkspaceGate` first; every write goes through `WorkspaceFiles`.
/// Nothing of it is ever part of the site: `tre build` does not know it exists.
struct Workspace: Sendable {
    let gate: WorkspaceGate
    let files: WorkspaceFiles
    let site: WorkspaceSite
    let language: @Sendable () -> Language

    static let prefix = "/__tre/edit"

    init(options: PreviewOptions, gate: WorkspaceGate, language: @escaping @Sendable () -> Language) {
        self.gate = gate
        files = WorkspaceFiles(content: options.content)
        site = WorkspaceSite(options: options, files: files)
        self.language = language
    }

    var html: WorkspaceHTML { WorkspaceHTML(language: language(), token: gate.token) }

    /// The address the console prints: with the token, which the browser then keeps.
    func address(_ root: String) -> String { root + "__tre/edit/?token=" + gate.token }

    func respond(to request: Request) async -> Response {
        let name = String(request.uri.path.dropFirst(Self.prefix.count)).trimmingCharacters(in: CharacterSet(charactersIn: "/"))
        // The stylesheet and script hold nothing of the site.
        if request.method == .get, name == "workspace.css" { return Self.text(WorkspaceAssets.css, type: "text/css; charset=utf-8") }
        if request.method == .get, name == "workspace.js" { return Self.text(WorkspaceAssets.script, type: "text/javascript; charset=utf-8") }
        if request.uri.path == Self.prefix { return Self.redirect(Self.prefix + "/") }
        switch request.method {
        case .get, .head:
            if let refusal = gate.refusal(request, changes: false, formToken: nil) { return refused(refusal) }
            let query = FormData(query: request.uri.query ?? "")
            // The token arrives once in the address; a cookie keeps it, and the address loses it.
            if query["token"] != nil {
                var headers = Self.headers("text/plain; charset=utf-8")
                headers[.setCookie] = "\(WorkspaceGate.cookie)=\(gate.token); Path=\(Self.prefix)/; HttpOnly; SameSite=Strict"
                headers[.location] = request.uri.path
                return Response(status: .seeOther, headers: headers)
            }
            return get(name, query)
        case .post:
            return await post(name, request)
        default:
            var headers = Self.headers("text/plain; charset=utf-8")
            headers[.allow] = "GET, POST"
            return Response(status: .methodNotAllowed, headers: headers, body: Self.body("405\n"))
        }
    }

    private func get(_ name: String, _ query: FormData) -> Response {
        let html = self.html
        switch name {
        case "":
            let result = site.prepare()
            return Self.page(html.list(result.content, files: files, query: query["q"] ?? "", notice: nil))
        case "new":
            var draft = WorkspaceHTML.UpdateDraft()
            draft.date = WorkspaceClock.today()
            let result = site.prepare()
            return Self.page(html.newUpdate(draft, site: result.content, problems: [:], path: nil, preview: nil, notice: nil))
        case "page":
            guard let path = query["path"].flatMap({ files.confined($0) }) else { return badPath() }
            guard let data = files.read(path) else { return notFound() }
            let text = String(decoding: data, as: UTF8.self)
            let notice = query["saved"] != nil ? savedNotice(path) : nil
            if query["source"] == nil, let update = formUpdate(path, text: text) {
                return Self.page(html.newUpdate(WorkspaceHTML.UpdateDraft(update), site: site.prepare().content, problems: [:], path: path,
                                                preview: nil, notice: notice,
                                                existing: .init(path: path, version: WorkspaceFiles.version(data))))
            }
            return Self.page(html.source(path: path, text: text, version: WorkspaceFiles.version(data), problems: [:],
                                         preview: nil, notice: notice))
        case "figure":
            let result = site.prepare()
            let progress = files.read("data/progress.csv")
            let notice = query["saved"] != nil
                ? html.notice(html.t("Đã thêm số liệu vào data/progress.csv. <a href=\"/\">Xem trang</a>", "The figure was added to data/progress.csv. <a href=\"/\">View the site</a>"))
                : nil
            return Self.page(html.figure(WorkspaceHTML.FigureDraft(), site: result.content, workbook: workbook(),
                                         version: WorkspaceFiles.version(progress), problems: [:], notice: notice))
        case "history":
            guard let path = query["path"].flatMap({ files.confined($0) }) else { return badPath() }
            let notice = query["restored"] != nil ? html.notice(html.t("Đã khôi phục; bản vừa thay được giữ ở đầu danh sách.", "Restored; the version it replaced is kept at the top of the list.")) : nil
            return Self.page(html.history(path: path, names: files.history(of: path), notice: notice))
        case "kept":
            guard let path = query["path"].flatMap({ files.confined($0) }) else { return badPath() }
            guard let name = query["name"], let data = files.kept(name, of: path) else { return notFound() }
            return Self.page(html.kept(path: path, name: name, text: String(decoding: data, as: UTF8.self)))
        default:
            return notFound()
        }
    }

    /// The update at `path` when the form can edit it without losing anything: it loads
    /// without problems and its front matter has no comment (the form would not keep one).
    func formUpdate(_ path: String, text: String) -> Update? {
        guard path.hasPrefix("updates/") else { return nil }
        let split = FrontMatter.split(text, file: path)
        guard let yaml = split.yaml, !yaml.contains("#") else { return nil }
        let result = site.prepare()
        let slug = String(path.dropFirst("updates/".count).dropLast(3))
        let display = site.options.contentDisplay + "/" + path
        guard !result.diagnostics.items.contains(where: { $0.location.file == display }) else { return nil }
        return result.content?.updates.first { $0.slug == slug }
    }

    /// `data/progress.xlsx` when the figures are kept in a workbook.
    func workbook() -> String? {
        FileManager.default.fileExists(atPath: files.url("data/progress.xlsx").path) ? "data/progress.xlsx" : nil
    }

    func savedNotice(_ path: String) -> String {
        let page = WorkspaceSite.page(of: path).map { "/" + $0.dropLast("index.html".count) }
        let link = page.map { " <a href=\"\($0)\">\(html.t("Xem trang", "View the page"))</a>" } ?? ""
        return html.notice(html.t("Đã lưu \(WorkspaceHTML.escape(path)). Trang được dựng lại ngay.", "Saved \(WorkspaceHTML.escape(path)). The site is rebuilt at once.") + link)
    }

    // MARK: answers

    func refused(_ refusal: WorkspaceGate.Refusal) -> Response {
        var headers = Self.headers("text/plain; charset=utf-8")
        if refusal == .password { headers[.wwwAuthenticate] = "Basic realm=\"Tre\", charset=\"UTF-8\"" }
        return Response(status: refusal.status, headers: headers,
                        body: Self.body("\(refusal.status.code) – \(refusal.text.vi)\n\(refusal.text.en)\n"))
    }

    func badPath() -> Response {
        Response(status: .forbidden, headers: Self.headers("text/plain; charset=utf-8"),
                 body: Self.body("403 – Đường dẫn không hợp lệ: chỉ sửa được tệp trong thư mục nội dung / this path is not allowed: only files of the content folder can be edited\n"))
    }

    func notFound() -> Response {
        Response(status: .notFound, headers: Self.headers("text/plain; charset=utf-8"),
                 body: Self.body("404 – Không có tệp này / no such file\n"))
    }

    static func headers(_ type: String) -> HTTPFields {
        var headers = PreviewResponder.common(type)
        // The workspace's own pages never load anything from elsewhere, nor run inline script.
        if let policy = HTTPField.Name("Content-Security-Policy") {
            headers[policy] = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; form-action 'self'"
        }
        return headers
    }

    static func page(_ html: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: headers("text/html; charset=utf-8"), body: body(html))
    }

    static func text(_ text: String, type: String) -> Response {
        Response(status: .ok, headers: headers(type), body: body(text))
    }

    static func redirect(_ location: String) -> Response {
        var headers = headers("text/plain; charset=utf-8")
        headers[.location] = location
        return Response(status: .seeOther, headers: headers)
    }

    static func body(_ text: String) -> ResponseBody { ResponseBody(byteBuffer: ByteBuffer(string: text)) }
}

/// Today for a new update's date: the machine's own day.
enum WorkspaceClock {
    static func today() -> String {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return Day(year: parts.year ?? 0, month: parts.month ?? 0, day: parts.day ?? 0)?.iso ?? ""
    }
}
