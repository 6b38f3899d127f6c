import Foundation
import TreCore

/// The progress figure form and the earlier versions of a file.
extension WorkspaceHTML {
    struct FigureDraft {
        var plan = "", indicator = "", date = "", value = "", source = ""

        init() {}

        init(_ form: FormData) {
            plan = form["plan"] ?? ""
            indicator = form["indicator"] ?? ""
            date = form["date"] ?? ""
            value = form["value"] ?? ""
            source = form["source"] ?? ""
        }
    }

    func figure(_ draft: FigureDraft, site: SiteContent?, workbook: String?, version: String, problems: Placed, notice: String?) -> String {
        var body = notice ?? ""
        if let workbook {
            body += self.notice(t("Số liệu tiến độ của trang nằm trong sổ Excel <code>\(Self.escape(workbook))</code>. Hãy mở tệp đó bằng Excel để thêm số liệu; Tre không sửa sổ Excel.",
                                  "The site's progress figures are in the Excel workbook <code>\(Self.escape(workbook))</code>. Open it in Excel to add a figure; Tre does not edit workbooks."))
            return page(title: t("Thêm số liệu tiến độ", "Add a progress figure"), current: "figure", body: body)
        }
        let plans = (site?.plans ?? []).sorted { VietnameseText.precedes($0.title, $1.title) }.map { ($0.slug, $0.title) }
        let indicators = (site?.indicators ?? []).sorted { VietnameseText.precedes($0.name, $1.name) }
            .map { ($0.id, "\($0.name(in: language)) (\($0.unit))") }
        let hasErrors = problems.values.contains { $0.contains { $0.severity == .error } }
        body += """
        <p>\(t("Số liệu được thêm vào cuối tệp <code>data/progress.csv</code>, giữ nguyên cách ghi của tệp.",
               "The figure is added at the end of <code>data/progress.csv</code>, written the way the file writes its rows."))</p>
        <form method="post" action="\(Self.base)figure" class="edit narrow" id="figure-form" novalidate>
        \(tokenField)
        <input type="hidden" name="version" value="\(Self.escape(version))">
        \(field("plan", t("Kế hoạch", "Plan"), select("plan", plans, selected: draft.plan, none: t("(chọn kế hoạch)", "(choose a plan)")), problems: problems))
        \(field("indicator", t("Chỉ tiêu", "Indicator"), select("indicator", indicators, selected: draft.indicator, none: t("(chọn chỉ tiêu)", "(choose an indicator)")), problems: problems))
        \(field("date", t("Ngày của số liệu", "Date of the figure"),
                "<input id=\"date\" name=\"date\" value=\"\(Self.escape(draft.date))\" placeholder=\"30/06/2025\" aria-describedby=\"date-help date-problems\">",
                help: t("Ví dụ 30/06/2025, 2025-06 (cả tháng) hoặc 2025 (cả năm).", "For example 30/06/2025, 2025-06 (a month) or 2025 (a year)."), problems: problems))
        \(field("value", t("Giá trị", "Value"),
                "<input id=\"value\" name=\"value\" inputmode=\"decimal\" value=\"\(Self.escape(draft.value))\" aria-describedby=\"value-help value-problems\">",
                help: t("Một con số, không dấu phân cách hàng nghìn.", "A number, without thousands separators."), problems: problems))
        \(field("source", t("Nguồn (không bắt buộc)", "Source (optional)"),
                "<input id=\"source\" name=\"source\" value=\"\(Self.escape(draft.source))\" aria-describedby=\"source-problems\">", problems: problems))
        <div class="field-problems" id="other-problems" aria-live="polite">\(otherProblems(problems))</div>
        \(saveButtons(hasErrors))
        </form>
        """
        return page(title: t("Thêm số liệu tiến độ", "Add a progress figure"), current: "figure", body: body)
    }

    func history(path: String, names: [String], notice: String?) -> String {
        var body = (notice ?? "") + "<p><code>\(Self.escape(path))</code> · <a href=\"\(Self.link("page", [("path", path)]))\">\(t("Mở bản hiện tại", "Open the current version"))</a></p>"
        guard !names.isEmpty else {
            body += "<p class=\"empty\">\(t("Chưa có bản nào trước: mỗi lần lưu trong không gian soạn thảo, bản cũ được giữ ở đây.", "No earlier version yet: each save in the workspace keeps the previous one here."))</p>"
            return page(title: t("Các bản trước", "Earlier versions"), current: "history", body: body)
        }
        body += "<table class=\"history\"><caption>\(t("Bản trước, mới nhất ở trên", "Earlier versions, newest first"))</caption><thead><tr><th scope=\"col\">\(t("Lưu lúc (UTC)", "Kept at (UTC)"))</th><th scope=\"col\">\(t("Xem", "View"))</th><th scope=\"col\">\(t("Khôi phục", "Restore"))</th></tr></thead><tbody>"
        for name in names {
            body += """
            <tr><td>\(Self.escape(Self.when(name)))</td>
            <td><a href="\(Self.link("kept", [("path", path), ("name", name)]))">\(t("Xem bản này", "View this version"))</a></td>
            <td><form method="post" action="\(Self.base)restore">\(tokenField)
            <input type="hidden" name="path" value="\(Self.escape(path))"><input type="hidden" name="name" value="\(Self.escape(name))">
            <button type="submit" aria-label="\(t("Khôi phục bản lúc", "Restore the version of")) \(Self.escape(Self.when(name)))">\(t("Khôi phục", "Restore"))</button></form></td></tr>
            """
        }
        body += "</tbody></table>"
        return page(title: t("Các bản trước", "Earlier versions"), current: "history", body: body)
    }

    func kept(path: String, name: String, text: String) -> String {
        let body = """
        <p><code>\(Self.escape(path))</code> · \(Self.escape(Self.when(name))) · <a href="\(Self.link("history", [("path", path)]))">\(t("Quay lại danh sách", "Back to the list"))</a></p>
        <label for="kept">\(t("Nội dung bản này", "This version's text"))</label>
        <textarea id="kept" readonly rows="24">\(Self.escape(text))</textarea>
        """
        return page(title: t("Bản trước", "Earlier version"), current: "history", body: body)
    }

    /// `20250720-143005-120.md` → `20/07/2025 14:30:05`.
    static func when(_ name: String) -> String {
        let digits = Array(name.prefix(15))
        guard digits.count == 15, digits[8] == "-" else { return name }
        let s = String(digits)
        func part(_ from: Int, _ length: Int) -> Substring {
            s.dropFirst(from).prefix(length)
        }
        return "\(part(6, 2))/\(part(4, 2))/\(part(0, 4)) \(part(9, 2)):\(part(11, 2)):\(part(13, 2))"
    }
}
