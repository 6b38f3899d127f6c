import Foundation
import HTTPTypes
import Hummingbird
import TreCore

/// The requests that change files (and the preview, which needs the same proof): each passes
/// the gate with its token, Origin and Host, names only paths inside the content folder, is
/// checked with the whole site, and writes atomically with the previous version kept.
extension Workspace {
    /// Forms are small; a picture has its own limit.
    static let formLimit = 2 * 1024 * 1024

    func post(_ name: String, _ request: Request) async -> Response {
        let limit = name == "upload" ? WorkspaceUpload.limit + 1 : Self.formLimit
        // The gate looks at the headers before the body is read: the header token and the
        // Host and Origin are enough to refuse most requests unread.
        if let refusal = gate.refusal(request, changes: true, formToken: WorkspaceGate.headerToken(request) ?? ""),
           refusal != WorkspaceGate.Refusal.token { return refused(refusal) }
        let data: Data
        do {
            var buffer = try await request.body.collect(upTo: limit)
            data = buffer.readData(length: buffer.readableBytes) ?? Data()
        } catch {
            return json(["error": name == "upload" ? WorkspaceUpload.tooLarge.text(language()) : "413"], status: .contentTooLarge)
        }
        let form = name == "upload" ? FormData(query: request.uri.query ?? "") : FormData(body: data)
        if let refusal = gate.refusal(request, changes: true, formToken: form["token"]) { return refused(refusal) }
        switch name {
        case "preview": return preview(form)
        case "new": return saveNew(form)
        case "update": return saveUpdate(form)
        case "page": return saveSource(form)
        case "figure": return saveFigure(form)
        case "restore": return restore(form)
        case "upload": return upload(data, name: form["name"] ?? "")
        default: return notFound()
        }
    }

    // MARK: the new update

    /// The update a form describes, and the problems found before the site is checked.
    func compose(_ draft: WorkspaceHTML.UpdateDraft, existing: String? = nil) -> (page: NewPage.Page?, problems: WorkspaceHTML.Placed) {
        var problems: WorkspaceHTML.Placed = [:]
        func add(_ field: String, _ vi: String, _ en: String) {
            problems[field, default: []].append(Diagnostic(.error, at: SourceLocation(file: field), LocalizedText(vi: vi, en: en)))
        }
        if draft.title.trimmingCharacters(in: .whitespaces).isEmpty { add("title", "Cần có tiêu đề.", "A title is needed.") }
        let day = try? ValueParser.date(draft.date, partial: false).get()
        if day == nil { add("date", "Ngày không hợp lệ; chọn một ngày, ví dụ 20/07/2025.", "Not a valid date; choose a day, e.g. 2025-07-20.") }
        if !draft.image.isEmpty, draft.imageAlt.trimmingCharacters(in: .whitespaces).isEmpty {
            add("image_alt", "Cần mô tả ảnh: người dùng trình đọc màn hình nghe câu này thay cho ảnh.",
                "Describe the picture: people using a screen reader hear this instead of seeing it.")
        }
        guard let day, problems["title"] == nil else { return (nil, problems) }
        switch NewPage.update(title: draft.title, date: day, province: draft.province, plan: draft.plan, summary: draft.summary,
                              image: draft.image, imageAlt: draft.imageAlt, author: draft.author, body: draft.body) {
        case .success(var page):
            // An existing update keeps its file name whatever its title becomes.
            if let existing {
                page.path = existing
                return (page, problems)
            }
            if FileManager.default.fileExists(atPath: files.url(page.path).path) {
                add("title", "Đã có tệp \(page.path) (cùng tiêu đề và ngày). Tre không ghi đè: đổi tiêu đề, hoặc mở tệp đó để sửa.",
                    "\(page.path) exists already (same title and day). Tre never replaces a file: change the title, or open that file to edit it.")
            }
            return (page, problems)
        case .failure(let problem):
            add("title", problem.vi, problem.en)
            return (nil, problems)
        }
    }

    func saveNew(_ form: FormData) -> Response {
        let draft = WorkspaceHTML.UpdateDraft(form)
        var (page, problems) = compose(draft)
        // What the form itself lacks (a title, a day, the picture's description, a free file
        // name) is never saved; what the site's check finds is saved once confirmed.
        let complete = problems.isEmpty
        var preview: String?
        if let page {
            let checked = site.preview(page.text, at: page.path)
            preview = checked.html
            merge(place(checked.diagnostics, path: page.path, text: page.text, fields: true), into: &problems)
            if complete, !checked.diagnostics.hasErrors || form["confirm"] == "1", files.confined(page.path) != nil {
                switch write(Data(page.text.utf8), to: page.path, expected: "") {
                case .written:
                    return Self.redirect(Self.prefix + "/page?path=" + FormData.encode(page.path) + "&saved=1")
                case .conflict:
                    problems["title", default: []].append(Diagnostic(.error, at: SourceLocation(file: "title"), LocalizedText(
                        vi: "Đã có tệp \(page.path). Tre không ghi đè.", en: "\(page.path) exists already. Tre never replaces a file.")))
                case .failed(let why):
                    problems["other", default: []].append(Diagnostic(.error, at: SourceLocation(file: page.path), LocalizedText(
                        vi: "Không ghi được: \(why)", en: "Cannot write: \(why)")))
                }
            }
        }
        let notice = html.notice(html.t("Chưa lưu: xem các lỗi bên cạnh từng ô.", "Not saved: see the problems beside the fields."), kind: "error")
        return Self.page(html.newUpdate(draft, site: site.prepare().content, problems: problems, path: page?.path,
                                        preview: preview, notice: notice),
                         status: .unprocessableContent)
    }

    /// An existing update saved from the form: its file keeps its name; the version check,
    /// the site's check and the history are those of any save.
    func saveUpdate(_ form: FormData) -> Response {
        guard let path = form["path"].flatMap({ files.confined($0) }), path.hasPrefix("updates/"), let version = form["version"] else {
            return badPath()
        }
        guard let current = files.read(path) else { return notFound() }
        let draft = WorkspaceHTML.UpdateDraft(form)
        var (page, problems) = compose(draft, existing: path)
        if WorkspaceFiles.version(current) != version {
            return Self.page(html.conflict(path: path, disk: String(decoding: current, as: UTF8.self), mine: page?.text ?? "",
                                           version: WorkspaceFiles.version(current)), status: .conflict)
        }
        let complete = problems.isEmpty
        var preview: String?
        if let page {
            let checked = site.preview(page.text, at: path)
            preview = checked.html
            merge(place(checked.diagnostics, path: path, text: page.text, fields: true), into: &problems)
            if complete, !checked.diagnostics.hasErrors || form["confirm"] == "1" {
                switch write(Data(page.text.utf8), to: path, expected: version) {
                case .written:
                    return Self.redirect(Self.prefix + "/page?path=" + FormData.encode(path) + "&saved=1")
                case .conflict(let now):
                    return Self.page(html.conflict(path: path, disk: now.map { String(decoding: $0, as: UTF8.self) }, mine: page.text,
                                                   version: WorkspaceFiles.version(now)), status: .conflict)
                case .failed(let why):
                    problems["other", default: []].append(Diagnostic(.error, at: SourceLocation(file: path), LocalizedText(
                        vi: "Không ghi được: \(why)", en: "Cannot write: \(why)")))
                }
            }
        }
        let notice = html.notice(html.t("Chưa lưu: xem các lỗi bên cạnh từng ô.", "Not saved: see the problems beside the fields."), kind: "error")
        return Self.page(html.newUpdate(draft, site: site.prepare().content, problems: problems, path: path, preview: preview,
                                        notice: notice, existing: .init(path: path, version: version)),
                         status: .unprocessableContent)
    }

    // MARK: any page's source

    func saveSource(_ form: FormData) -> Response {
        guard let path = form["path"].flatMap({ files.confined($0) }), let text = form["text"], let version = form["version"] else {
            return badPath()
        }
        let normalised = text.replacingOccurrences(of: "\r\n", with: "\n")
        // The source editor edits files that exist; new pages come from their own forms.
        guard let current = files.read(path) else { return notFound() }
        if WorkspaceFiles.version(current) != version {
            return Self.page(html.conflict(path: path, disk: String(decoding: current, as: UTF8.self), mine: normalised,
                                           version: WorkspaceFiles.version(current)), status: .conflict)
        }
        let checked = site.preview(normalised, at: path)
        let problems = place(checked.diagnostics, path: path, text: normalised, fields: false)
        if checked.diagnostics.hasErrors, form["confirm"] != "1" {
            return Self.page(html.source(path: path, text: normalised, version: version, problems: problems, preview: checked.html,
                                         notice: html.notice(html.t("Chưa lưu: trang có lỗi, xem bên cạnh ô soạn thảo.", "Not saved: the site has errors, see beside the text."), kind: "error")),
                             status: .unprocessableContent)
        }
        switch write(Data(normalised.utf8), to: path, expected: version) {
        case .written:
            return Self.redirect(Self.prefix + "/page?path=" + FormData.encode(path) + "&saved=1")
        case .conflict(let now):
            return Self.page(html.conflict(path: path, disk: now.map { String(decoding: $0, as: UTF8.self) }, mine: normalised,
                                           version: WorkspaceFiles.version(now)), status: .conflict)
        case .failed(let why):
            return Self.page(html.source(path: path, text: normalised, version: version, problems: problems, preview: nil,
                                         notice: html.notice(html.t("Không ghi được: ", "Cannot write: ") + WorkspaceHTML.escape(why), kind: "error")),
                             status: .internalServerError)
        }
    }

    func restore(_ form: FormData) -> Response {
        guard let path = form["path"].flatMap({ files.confined($0) }), let name = form["name"], let kept = files.kept(name, of: path) else {
            return badPath()
        }
        switch write(kept, to: path, expected: WorkspaceFiles.version(files.read(path))) {
        case .written: return Self.redirect(Self.prefix + "/history?path=" + FormData.encode(path) + "&restored=1")
        case .conflict, .failed: return Self.page(html.history(path: path, names: files.history(of: path),
                                                               notice: html.notice(html.t("Chưa khôi phục được; thử lại.", "Could not restore; try again."), kind: "error")),
                                                  status: .conflict)
        }
    }

    // MARK: progress figures

    func saveFigure(_ form: FormData) -> Response {
        let draft = WorkspaceHTML.FigureDraft(form)
        if let workbook = workbook() {
            return Self.page(html.figure(draft, site: nil, workbook: workbook, version: "", problems: [:], notice: nil), status: .conflict)
        }
        let path = "data/progress.csv"
        let current = files.read(path) ?? Data("plan,indicator,date,value,source,note\n".utf8)
        var problems: WorkspaceHTML.Placed = [:]
        for (field, value) in [("plan", draft.plan), ("indicator", draft.indicator), ("date", draft.date), ("value", draft.value)]
            where value.trimmingCharacters(in: .whitespaces).isEmpty {
            problems[field, default: []].append(Diagnostic(.error, at: SourceLocation(file: field),
                                                           LocalizedText(vi: "Ô này bắt buộc.", en: "This field is required.")))
        }
        let figure = ProgressAppend.Figure(plan: draft.plan, indicator: draft.indicator, date: draft.date, value: draft.value, source: draft.source)
        var appended: Data?
        switch ProgressAppend.appending(figure, to: current) {
        case .success(let data): appended = data
        case .failure(let problem): problems["other", default: []].append(Diagnostic(.error, at: SourceLocation(file: path), problem))
        }
        if let appended, problems.isEmpty {
            let checked = site.prepare([path: appended])
            let line = String(decoding: appended, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).count - 1
            for item in checked.diagnostics.items {
                let ours = item.location.file.hasSuffix(path) && item.location.line == line
                guard ours || item.severity == .error else { continue }
                problems[ours ? figureField(item.location.column, figure) : "other", default: []].append(item)
            }
            if !problems.values.contains(where: { $0.contains { $0.severity == .error } }) || form["confirm"] == "1" {
                switch write(appended, to: path, expected: WorkspaceFiles.version(files.read(path))) {
                case .written: return Self.redirect(Self.prefix + "/figure?saved=1")
                case .conflict, .failed: problems["other", default: []].append(Diagnostic(.error, at: SourceLocation(file: path),
                    LocalizedText(vi: "Tệp vừa thay đổi; bấm Lưu lần nữa.", en: "The file just changed; press Save again.")))
                }
            }
        }
        return Self.page(html.figure(draft, site: site.prepare().content, workbook: nil, version: "", problems: problems,
                                     notice: html.notice(html.t("Chưa thêm: xem các lỗi bên cạnh từng ô.", "Not added: see the problems beside the fields."), kind: "error")),
                         status: .unprocessableContent)
    }

    /// The field a column of the new row belongs to (columns count characters from 1).
    func figureField(_ column: Int?, _ figure: ProgressAppend.Figure) -> String {
        guard let column else { return "value" }
        var start = 1
        for (field, value) in [("plan", figure.plan), ("indicator", figure.indicator), ("date", figure.date), ("value", figure.value)] {
            let end = start + value.count
            if column <= end { return field }
            start = end + 1
        }
        return "source"
    }

    // MARK: uploads

    func upload(_ data: Data, name: String) -> Response {
        guard data.count <= WorkspaceUpload.limit else {
            return json(["error": WorkspaceUpload.tooLarge.text(language())], status: .contentTooLarge)
        }
        let kind: WorkspaceUpload.Kind
        switch WorkspaceUpload.kind(of: data) {
        case .success(let found): kind = found
        case .failure(let problem): return json(["error": problem.text(language())], status: .unsupportedMediaType)
        }
        let path = WorkspaceUpload.name(for: name, kind: kind, in: files)
        guard files.confined(path, allowing: ["media"], files: []) != nil else { return badPath() }
        switch write(data, to: path, expected: "") {
        case .written: return json(["path": path])
        case .conflict, .failed: return json(["error": html.t("Không lưu được ảnh; thử lại.", "Could not store the picture; try again.")], status: .conflict)
        }
    }

    // MARK: the live preview

    /// `POST preview`: the page as Tre renders it with this draft, the file name, and the
    /// problems by field, as JSON for the script.
    func preview(_ form: FormData) -> Response {
        var path: String?
        var text: String?
        var problems: WorkspaceHTML.Placed = [:]
        if form["mode"] == "source" {
            path = form["path"].flatMap { files.confined($0) }
            text = form["text"]?.replacingOccurrences(of: "\r\n", with: "\n")
        } else {
            let existing = form["mode"] == "update" ? form["path"].flatMap { files.confined($0) } : nil
            let composed = compose(WorkspaceHTML.UpdateDraft(form), existing: existing)
            path = composed.page?.path
            text = composed.page?.text
            problems = composed.problems
        }
        var html: String?
        if let path, let text {
            let checked = site.preview(text, at: path)
            html = checked.html
            merge(place(checked.diagnostics, path: path, text: text, fields: form["mode"] != "source"), into: &problems)
        }
        let shown = self.html
        var byField: [String: String] = [:]
        for (field, items) in problems { byField[field] = shown.problems(items, id: "\(field)-list") }
        if let other = problems["other"], !other.isEmpty { byField["other"] = shown.otherProblems(["other": other]) }
        let payload = PreviewPayload(path: path, html: html, problems: byField)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let body = (try? encoder.encode(payload)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        return Response(status: .ok, headers: Self.headers("application/json; charset=utf-8"), body: Self.body(body))
    }

    struct PreviewPayload: Encodable {
        var path: String?
        var html: String?
        var problems: [String: String]
    }

    func json(_ fields: [String: String], status: HTTPResponse.Status = .ok) -> Response {
        let body = (try? JSONEncoder().encode(fields)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        return Response(status: status, headers: Self.headers("application/json; charset=utf-8"), body: Self.body(body))
    }

    /// Every write of the workspace: the file, then its check's cache told at once.
    func write(_ data: Data, to path: String, expected: String) -> WorkspaceFiles.WriteOutcome {
        defer { site.wrote(path) }
        return files.write(data, to: path, expected: expected)
    }
}
