/// Cross-file references in front matter and data: each must name something that exists.
/// (A table row's plan and indicator are checked as the row is read, by `Reference`: the
/// indicator decides how the row's figures are read.)
struct ReferenceChecker {
    let content: SiteContent
    let provinces: [String: Province]
    let plans: [String: Plan]
    /// Positions in `content.cooperatives`.
    let cooperatives: [String: Int]
    let media: Set<String>

    init(content: SiteContent, index: ContentIndex) {
        self.content = content
        provinces = index.provinceIndex
        plans = index.planIndex
        cooperatives = index.cooperativePositions
        media = index.media
    }

    private static let province = LocalizedText(vi: "tỉnh", en: "province")
    private static let plan = LocalizedText(vi: "kế hoạch", en: "plan")

    func checkMergers(_ diagnostics: inout Diagnostics) {
        var loops = Set<Set<String>>()
        for province in content.provinces {
            guard let target = province.mergedInto else { continue }
            let location = province.fieldLocations["merged_into"] ?? province.location
            guard provinces[target] != nil else {
                if content.isDeclared(target, in: "provinces") { continue }
                diagnostics.append(Reference.missing(target, at: location, kind: Self.province,
                                                     fix: Reference.create("provinces/\(target).md"),
                                                     known: provinces.keys.sorted()))
                continue
            }
            // Follow the chain; a loop means no province is the final one.
            var seen = [province.slug]
            var next: String? = target
            while let current = next, provinces[current] != nil {
                if seen.contains(current) {
                    // A loop is reported once, at the first of its provinces.
                    guard loops.insert(Set(seen)).inserted else { break }
                    diagnostics.error(
                        location,
                        vi: "`merged_into` tạo thành vòng lặp: " + (seen + [current]).joined(separator: " → ") + ".",
                        en: "`merged_into` forms a loop: " + (seen + [current]).joined(separator: " → ") + ".",
                        hintVi: "Tỉnh được sáp nhập trỏ tới tỉnh mới; tỉnh mới không có merged_into.",
                        hintEn: "A merged province points to the new one; the new one has no merged_into.")
                    break
                }
                seen.append(current)
                next = provinces[current]?.mergedInto
            }
        }
    }

    func checkPlans(_ diagnostics: inout Diagnostics) {
        for plan in content.plans {
            if let slug = plan.province, provinces[slug] == nil, !content.isDeclared(slug, in: "provinces") {
                diagnostics.append(Reference.missing(slug, at: plan.fieldLocations["province"] ?? plan.location,
                                                     kind: Self.province,
                                                     fix: Reference.create("provinces/\(slug).md"),
                                                     known: provinces.keys.sorted()))
            }
        }
    }

    func checkStories(_ diagnostics: inout Diagnostics) {
        for story in content.stories {
            if let position = cooperatives[story.id] {
                if !content.cooperatives[position].isModel {
                    diagnostics.warning(
                        story.location,
                        vi: "Hợp tác xã «\(story.id)» không phải mô hình điển hình nên câu chuyện này không được đăng.",
                        en: "Cooperative \"\(story.id)\" is not a model, so this story is not published.",
                        hintVi: "Ghi model: yes cho hợp tác xã này trong \(content.table("cooperatives")).",
                        hintEn: "Set model: yes for this cooperative in \(content.table("cooperatives")).")
                }
            } else if !content.isDeclared(story.id, in: "cooperatives") {
                diagnostics.append(Reference.missing(story.id, at: story.location, kind: Reference.cooperativeKind,
                                                     fix: Reference.addRow(story.id, to: content.table("cooperatives")),
                                                     known: cooperatives.keys.sorted()))
            }
            for photo in story.photos {
                checkMedia(photo, at: story.fieldLocations["photos"] ?? story.location, &diagnostics)
            }
        }
    }

    func checkUpdates(_ diagnostics: inout Diagnostics) {
        for update in content.updates {
            if let slug = update.province, provinces[slug] == nil, !content.isDeclared(slug, in: "provinces") {
                diagnostics.append(Reference.missing(slug, at: update.fieldLocations["province"] ?? update.location,
                                                     kind: Self.province,
                                                     fix: Reference.create("provinces/\(slug).md"), known: provinces.keys.sorted()))
            }
            if let slug = update.plan, plans[slug] == nil, !content.isDeclared(slug, in: "plans") {
                diagnostics.append(Reference.missing(slug, at: update.fieldLocations["plan"] ?? update.location,
                                                     kind: Self.plan,
                                                     fix: Reference.create("plans/\(slug).md"), known: plans.keys.sorted()))
            }
            if let image = update.image {
                checkMedia(image, at: update.fieldLocations["image"] ?? update.location, &diagnostics)
            }
        }
    }

    /// Progress rows for which no target exists are shown nowhere: say so.
    func checkProgressRows(_ diagnostics: inout Diagnostics) {
        // Rows whose target had errors of its own were already reported through that target.
        for row in content.observations where !content.isDeclared(Site.key(row.plan, row.indicator), in: "targets") {
            diagnostics.warning(
                row.location,
                vi: "Kế hoạch «\(row.plan)» không có chỉ tiêu «\(row.indicator)» nên số liệu này không được hiển thị.",
                en: "Plan \"\(row.plan)\" has no target for \"\(row.indicator)\", so this figure is not shown.",
                hintVi: "Thêm một dòng chỉ tiêu vào \(content.table("targets")), hoặc sửa mã kế hoạch/chỉ tiêu.",
                hintEn: "Add the target to \(content.table("targets")), or correct the plan or indicator.")
        }
    }

    /// A path to a file under `media/`, written with or without the `media/` prefix.
    func checkMedia(_ path: String, at location: SourceLocation, _ diagnostics: inout Diagnostics) {
        if MediaPath.resolve(path, in: media) == nil {
            diagnostics.append(MediaPath.missing(path, at: location, in: media))
        }
    }
}

/// Paths to media files as content writes them.
enum MediaPath {
    /// `media/x.jpg` for `media/x.jpg`, `x.jpg` or `/media/x.jpg`, when that file exists.
    static func resolve(_ path: String, in media: Set<String>) -> String? {
        let trimmed = trim(path)
        if media.contains(trimmed) { return trimmed }
        if media.contains("media/" + trimmed) { return "media/" + trimmed }
        return nil
    }

    private static func trim(_ path: String) -> String {
        var trimmed = path
        while trimmed.hasPrefix("/") || trimmed.hasPrefix("./") { trimmed.removeFirst(trimmed.hasPrefix("/") ? 1 : 2) }
        return trimmed
    }

    /// The error for a file that is not in `media/`, with the file it most likely names: the
    /// same name in other letter case (`Nha-kinh.JPG` for `nha-kinh.jpg`), or a near spelling.
    static func missing(_ path: String, at location: SourceLocation, in media: Set<String>) -> Diagnostic {
        let trimmed = trim(path)
        let wanted = trimmed.hasPrefix("media/") ? trimmed : "media/" + trimmed
        let near = media.sorted().first { $0.lowercased() == wanted.lowercased() }
            ?? EditDistance.suggestion(for: wanted, among: media)
        let hint = near.map { LocalizedText(vi: "Có phải bạn muốn viết «\($0)»? Tên tệp phân biệt chữ hoa và chữ thường.",
                                            en: "Did you mean \"\($0)\"? File names are case-sensitive.") }
            ?? LocalizedText(vi: "Chép tệp vào thư mục media/ và ghi đường dẫn như media/ten-anh.jpg.",
                             en: "Copy the file into media/ and write its path as media/photo-name.jpg.")
        return Diagnostic(.error, at: location,
                          LocalizedText(vi: "Không tìm thấy tệp «\(path)» trong media/.", en: "There is no file \"\(path)\" in media/."),
                          hint: hint)
    }
}
