import Foundation
import TreCore

/// The editors: the form for a new update, and the source editor that opens any existing page
/// or `site.yml`. Both show the live preview beside the text and each problem beside the
/// field or line it concerns.
extension WorkspaceHTML {
    /// What a form showed, to show it again with its problems.
    struct UpdateDraft {
        var title = ""
        var date = ""
        var province = ""
        var plan = ""
        var summary = ""
        var image = ""
        var imageAlt = ""
        var author = ""
        var body = ""

        init() {}

        /// An update as loaded, to edit in the form.
        init(_ update: Update) {
            title = update.title
            date = update.date.iso
            province = update.province ?? ""
            plan = update.plan ?? ""
            summary = update.summary ?? ""
            image = update.image ?? ""
            imageAlt = update.imageAlt ?? ""
            author = update.author ?? ""
            body = update.body.text.trimmingCharacters(in: .newlines)
        }

        init(_ form: FormData) {
            title = form["title"] ?? ""
            date = form["date"] ?? ""
            province = form["province"] ?? ""
            plan = form["plan"] ?? ""
            summary = form["summary"] ?? ""
            image = form["image"] ?? ""
            imageAlt = form["image_alt"] ?? ""
            author = form["author"] ?? ""
            body = form["body"] ?? ""
        }
    }

    /// Problems sorted to where they are shown: a field's id, or `other`.
    typealias Placed = [String: [Diagnostic]]

    func field(_ id: String, _ label: String, _ control: String, help: String? = nil, problems: Placed) -> String {
        let mine = problems[id] ?? []
        let helpHTML = help.map { "<p class=\"help\" id=\"\(id)-help\">\($0)</p>" } ?? ""
        return """
        <div class="field\(mine.contains { $0.severity == .error } ? " invalid" : "")">
        <label for="\(id)">\(label)</label>
        \(helpHTML)
        \(control)
        <div class="field-problems" id="\(id)-problems" aria-live="polite">\(self.problems(mine, id: "\(id)-list"))</div>
        </div>
        """
    }

    func select(_ id: String, _ options: [(String, String)], selected: String, none: String) -> String {
        let items = [("", none)] + options
        let html = items.map { value, label in
            "<option value=\"\(Self.escape(value))\"\(value == selected ? " selected" : "")>\(Self.escape(label))</option>"
        }.joined()
        return "<select id=\"\(id)\" name=\"\(id)\" aria-describedby=\"\(id)-problems\">\(html)</select>"
    }

    /// The buttons that insert a data block at the cursor.
    func blockButtons(target: String) -> String {
        """
        <div class="blocks" role="group" aria-label="\(t("Chèn khối số liệu", "Insert a data block"))">
        <button type="button" data-insert="\(target)" data-block="```targets&#10;plan: &#10;```">\(t("Bảng chỉ tiêu", "Targets table"))</button>
        <button type="button" data-insert="\(target)" data-block="```chart&#10;plan: &#10;indicator: &#10;```">\(t("Biểu đồ", "Chart"))</button>
        <button type="button" data-insert="\(target)" data-block="```cooperatives&#10;province: &#10;limit: 6&#10;```">\(t("Danh sách HTX", "Cooperatives list"))</button>
        </div>
        """
    }

    func previewPanel(_ html: String?) -> String {
        let doc = html.map { " srcdoc=\"\(Self.escape($0))\"" } ?? ""
        return """
        <section class="preview" aria-labelledby="preview-title">
        <h2 id="preview-title">\(t("Xem trước", "Preview"))</h2>
        <p class="help" id="preview-state" aria-live="polite">\(t("Bản xem trước do Tre dựng, cập nhật khi bạn gõ.", "Rendered by Tre, updated as you type."))</p>
        <iframe id="preview" title="\(t("Xem trước trang", "Page preview"))" sandbox="allow-same-origin"\(doc)></iframe>
        </section>
        """
    }

    /// Whether the form shows the confirming button: the last try had errors.
    func saveButtons(_ hasErrors: Bool) -> String {
        var html = "<div class=\"save\"><button type=\"submit\" name=\"save\" value=\"1\">\(t("Lưu", "Save"))</button>"
        if hasErrors {
            html += """
             <button type="submit" name="confirm" value="1" class="danger">\(t("Vẫn lưu dù còn lỗi", "Save anyway, with the errors"))</button>
            <p class="help">\(t("Trang có lỗi chưa được đăng: bản xem trước vẫn là bản tốt gần nhất.", "A page with errors is not published: the preview keeps the last good site."))</p>
            """
        }
        return html + "</div>"
    }

    /// The file an update form edits: its path and the version it was opened at.
    struct Existing {
        var path: String
        var version: String
    }

    func newUpdate(_ draft: UpdateDraft, site: SiteContent?, problems: Placed, path: String?, preview: String?, notice: String?,
                   existing: Existing? = nil) -> String {
        let provinces = (site?.provinces ?? []).sorted { VietnameseText.precedes($0.name, $1.name) }.map { ($0.slug, $0.name) }
        let plans = (site?.plans ?? []).sorted { VietnameseText.precedes($0.title, $1.title) }.map { ($0.slug, $0.title) }
        // What the form itself lacks is never saved, so only the site's own errors can be confirmed.
        let formErrors = problems.values.contains { $0.contains { $0.severity == .error && $0.location.line == nil
            && ["title", "date", "image_alt"].contains($0.location.file) } }
        let hasErrors = !formErrors && problems.values.contains { $0.contains { $0.severity == .error } }
        var shownPath = path.map { "<code id=\"file-name\">\(Self.escape($0))</code>" } ?? "<code id=\"file-name\">updates/…</code>"
        var hidden = ""
        if let existing {
            shownPath = "<code>\(Self.escape(existing.path))</code> " + t("(tên tệp giữ nguyên)", "(the file keeps its name)")
                + " · <a href=\"\(Self.link("page", [("path", existing.path), ("source", "1")]))\">\(t("Sửa dạng văn bản", "Edit as text"))</a>"
                + " · <a href=\"\(Self.link("history", [("path", existing.path)]))\">\(t("Các bản trước", "Earlier versions"))</a>"
            hidden = "<input type=\"hidden\" name=\"path\" value=\"\(Self.escape(existing.path))\">"
                + "<input type=\"hidden\" name=\"version\" value=\"\(Self.escape(existing.version))\">"
        }
        if !draft.author.isEmpty { hidden += "<input type=\"hidden\" name=\"author\" value=\"\(Self.escape(draft.author))\">" }
        let imagePreview = draft.image.isEmpty ? "" : "<img src=\"/\(Self.escape(draft.image))\" alt=\"\" class=\"thumb\">"
        let body = (notice ?? "") + """
        <div class="editor">
        <form method="post" action="\(Self.base)\(existing == nil ? "new" : "update")" class="edit" id="edit-form" data-preview="\(existing == nil ? "new" : "update")" novalidate>
        \(tokenField)
        \(hidden)
        \(field("title", t("Tiêu đề", "Title"),
                "<input id=\"title\" name=\"title\" required value=\"\(Self.escape(draft.title))\" aria-describedby=\"title-help title-problems\">",
                help: t("Tên tệp: ", "File name: ") + shownPath, problems: problems))
        \(field("date", t("Ngày", "Date"),
                "<input id=\"date\" name=\"date\" type=\"date\" required value=\"\(Self.escape(draft.date))\" aria-describedby=\"date-problems\">",
                problems: problems))
        \(field("province", t("Tỉnh", "Province"), select("province", provinces, selected: draft.province, none: t("(không chọn)", "(none)")), problems: problems))
        \(field("plan", t("Kế hoạch", "Plan"), select("plan", plans, selected: draft.plan, none: t("(không chọn)", "(none)")), problems: problems))
        \(field("summary", t("Tóm tắt", "Summary"),
                "<textarea id=\"summary\" name=\"summary\" rows=\"2\" class=\"prose\" aria-describedby=\"summary-problems\">\(Self.escape(draft.summary))</textarea>",
                problems: problems))
        <fieldset class="picture"><legend>\(t("Ảnh (không bắt buộc)", "Picture (optional)"))</legend>
        \(field("upload", t("Chọn ảnh: JPEG, PNG, WebP, GIF hoặc SVG, tối đa 10 MB", "Choose a picture: JPEG, PNG, WebP, GIF or SVG, up to 10 MB"),
                "<input id=\"upload\" type=\"file\" accept=\"image/jpeg,image/png,image/webp,image/gif,image/svg+xml\" data-upload=\"image\" aria-describedby=\"upload-problems\">",
                problems: problems))
        \(field("image", t("Tệp ảnh trong media/", "Picture file under media/"),
                "<input id=\"image\" name=\"image\" value=\"\(Self.escape(draft.image))\" aria-describedby=\"image-problems\">\(imagePreview)",
                problems: problems))
        \(field("image_alt", t("Mô tả ảnh cho người không xem được ảnh (bắt buộc khi có ảnh)", "Describe the picture for those who cannot see it (required with a picture)"),
                "<input id=\"image_alt\" name=\"image_alt\" value=\"\(Self.escape(draft.imageAlt))\" aria-describedby=\"image_alt-problems\">",
                problems: problems))
        </fieldset>
        \(field("body", t("Nội dung (Markdown)", "Text (Markdown)"),
                blockButtons(target: "body") + "<textarea id=\"body\" name=\"body\" rows=\"14\" aria-describedby=\"body-help body-problems\">\(Self.escape(draft.body))</textarea>",
                help: t("Dòng trống ngăn đoạn; ## đầu dòng là tiêu đề mục; **chữ đậm**.", "A blank line separates paragraphs; ## starts a heading; **bold**."),
                problems: problems))
        <div class="field-problems" id="other-problems" aria-live="polite">\(otherProblems(problems))</div>
        \(saveButtons(hasErrors))
        </form>
        \(previewPanel(preview))
        </div>
        """
        return page(title: existing == nil ? t("Viết bản tin mới", "Write a new update") : t("Sửa bản tin", "Edit the update"),
                    current: existing == nil ? "new" : "page", body: body)
    }

    func otherProblems(_ problems: Placed) -> String {
        guard let other = problems["other"], !other.isEmpty else { return "" }
        return "<p>\(t("Lỗi ở tệp khác của trang:", "Problems in other files of the site:"))</p>" + self.problems(other, id: "other-list")
    }

    func source(path: String, text: String, version: String, problems: Placed, preview: String?, notice: String?) -> String {
        let hasErrors = problems.values.contains { $0.contains { $0.severity == .error } }
        let page = WorkspaceSite.page(of: path).map { "/" + $0.dropLast("index.html".count) }
        let links = [page.map { "<a href=\"\($0)\">\(t("Xem trang", "View the page"))</a>" },
                     "<a href=\"\(Self.link("history", [("path", path)]))\">\(t("Các bản trước", "Earlier versions"))</a>"]
            .compactMap { $0 }.joined(separator: " · ")
        let body = (notice ?? "") + """
        <p class="actions"><code>\(Self.escape(path))</code> · \(links)</p>
        <div class="editor">
        <form method="post" action="\(Self.base)page" class="edit" id="edit-form" data-preview="source" novalidate>
        \(tokenField)
        <input type="hidden" name="path" value="\(Self.escape(path))">
        <input type="hidden" name="version" value="\(Self.escape(version))">
        \(field("text", t("Nội dung tệp (phần giữa hai dòng --- là thông tin của trang)", "The file (the part between the two --- lines is the page's details)"),
                (path.hasSuffix(".md") ? blockButtons(target: "text") : "")
                + "<textarea id=\"text\" name=\"text\" rows=\"24\" spellcheck=\"false\" aria-describedby=\"text-problems\">\(Self.escape(text))</textarea>",
                problems: problems))
        <div class="field-problems" id="other-problems" aria-live="polite">\(otherProblems(problems))</div>
        \(saveButtons(hasErrors))
        </form>
        \(previewPanel(preview))
        </div>
        """
        return self.page(title: t("Sửa ", "Edit ") + path, current: "page", body: body)
    }

    /// The file changed on disk since the form opened: both versions, and the two ways on.
    func conflict(path: String, disk: String?, mine: String, version: String) -> String {
        let body = notice(t("Tệp <code>\(Self.escape(path))</code> đã được sửa ở nơi khác (có thể trong trình soạn văn bản) từ khi bạn mở nó. Tre chưa ghi gì. Hãy chọn giữ bản nào; bản còn lại vẫn được giữ trong «Các bản trước».",
                            "<code>\(Self.escape(path))</code> was changed elsewhere (perhaps in a text editor) since you opened it. Tre has written nothing. Choose which version to keep; the other stays under \"Earlier versions\"."),
                            kind: "error") + """
        <div class="versions">
        <section aria-labelledby="disk-title"><h2 id="disk-title">\(t("Bản trên máy (mới hơn)", "The version on disk (newer)"))</h2>
        <textarea readonly rows="18" aria-labelledby="disk-title" id="disk-version">\(Self.escape(disk ?? t("(tệp đã bị xóa)", "(the file was deleted)")))</textarea>
        <p><a class="button secondary" href="\(Self.link("page", [("path", path)]))">\(t("Dùng bản trên máy, bỏ sửa đổi của tôi", "Use the version on disk, drop my changes"))</a></p></section>
        <section aria-labelledby="mine-title"><h2 id="mine-title">\(t("Bản của bạn", "Your version"))</h2>
        <form method="post" action="\(Self.base)page">
        \(tokenField)
        <input type="hidden" name="path" value="\(Self.escape(path))">
        <input type="hidden" name="version" value="\(Self.escape(version))">
        <input type="hidden" name="confirm" value="1">
        <textarea name="text" rows="18" aria-labelledby="mine-title" id="mine-version">\(Self.escape(mine))</textarea>
        <p><button type="submit">\(t("Lưu bản của tôi (bản trên máy vào «Các bản trước»)", "Save my version (the one on disk goes to \"Earlier versions\")"))</button></p>
        </form></section>
        </div>
        """
        return page(title: t("Tệp đã thay đổi", "The file has changed"), current: "page", body: body)
    }
}
