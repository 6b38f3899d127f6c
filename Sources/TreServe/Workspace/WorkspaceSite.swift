import Foundation
import TreCore

/// The whole site as it would be with a draft in place of one file: checked by the same
/// `SiteBuilder` every command uses, and one page of it rendered by Tre's own templates for
/// the live preview. Nothing here writes.
struct WorkspaceSite: Sendable {
    let options: PreviewOptions
    let files: WorkspaceFiles
    /// What the last check made of each file. Once the preview's watcher vouches for the
    /// folder (`watched()`, then `changed(_:)` for each change it sees) files are trusted
    /// without being read, as in the rebuilder; before that, while their bytes are the same.
    /// A draft's own path is marked changed before and after each check, so neither the draft
    /// nor the file on disk is ever mistaken for the other.
    private let cache = BuildCache()
    /// One check at a time, so the cache serves one build at a time.
    private let lock = NSLock()

    init(options: PreviewOptions, files: WorkspaceFiles) {
        self.options = options
        self.files = files
    }

    struct Result: Sendable {
        var diagnostics: Diagnostics
        var language: Language
        var context: RenderContext?
        var content: SiteContent?
    }

    /// The watcher has taken its first look (see `Rebuilder.watching()`).
    func watching() {
        cache.watched()
    }

    /// The watcher saw these paths (prefixed `content/`, as it reports them) change.
    func changed(_ paths: [String]) {
        let content = paths.filter { $0.hasPrefix("content/") }.map { String($0.dropFirst("content/".count)) }
        lock.withLock { cache.changed(content) }
    }

    /// The workspace wrote `path` itself: read it again, whatever the watcher says when.
    func wrote(_ path: String) {
        lock.withLock { cache.changed([path]) }
    }

    /// The content folder on disk with `drafts` (relative path → bytes) over it.
    func prepare(_ drafts: [String: Data] = [:]) -> Result {
        var (disk, diagnostics) = ContentFiles.disk(at: options.content, displayRoot: options.contentDisplay)
        if !drafts.isEmpty {
            let read = disk.read
            disk = ContentFiles(displayRoot: disk.displayRoot, paths: Array(Set(disk.paths).union(drafts.keys))) { path in
                if let draft = drafts[path] { return draft }
                return try read(path)
            }
        }
        let theme: Theme
        if let folder = options.templates, let folderTheme = try? Theme.folder(folder) {
            theme = folderTheme
        } else {
            theme = .builtIn
        }
        let builder = SiteBuilder(content: disk, theme: theme, themeName: options.themeName, language: options.language,
                                  cache: cache)
        let assembled = lock.withLock {
            cache.changed(drafts.keys)
            defer { cache.changed(drafts.keys) }
            return builder.prepare()
        }
        diagnostics.append(contentsOf: assembled.diagnostics)
        return Result(diagnostics: diagnostics, language: assembled.language, context: assembled.context,
                      content: assembled.site?.content)
    }

    /// The page a source file makes (`updates/x.md` → `updates/x/index.html`), nil for none.
    static func page(of path: String) -> String? {
        if path == "site.yml" { return "index.html" }
        let parts = path.split(separator: "/")
        guard parts.count == 2, parts[1].hasSuffix(".md") else { return nil }
        let slug = String(parts[1].dropLast(3))
        switch parts[0] {
        case "updates": return PagePath.file(PagePath.update(slug))
        case "plans": return PagePath.file(PagePath.plan(slug))
        case "provinces": return PagePath.file(PagePath.province(slug))
        case "cooperatives": return PagePath.file(PagePath.cooperative(slug))
        case "reports": return PagePath.file(PagePath.report(slug))
        default: return nil
        }
    }

    /// The source file of a served page, when the content folder has one (the reverse of `page(of:)`).
    func source(ofPage page: String) -> String? {
        if page == "index.html" { return "site.yml" }
        let parts = page.split(separator: "/")
        guard parts.count == 3, parts[2] == "index.html" else { return nil }
        let path = "\(parts[0])/\(parts[1]).md"
        guard WorkspaceFiles.pageFolders.contains(String(parts[0])), FileManager.default.fileExists(atPath: files.url(path).path)
        else { return nil }
        return path
    }

    /// The preview of `text` as the file at `path`: the page's HTML with a base so its links
    /// and pictures resolve, and the problems the check finds.
    func preview(_ text: String, at path: String) -> (html: String?, diagnostics: Diagnostics, language: Language) {
        let result = prepare([path: Data(text.utf8)])
        guard let context = result.context, let page = Self.page(of: path),
              let data = PageRenderer(context).render(page) else {
            return (nil, result.diagnostics, result.language)
        }
        var html = String(decoding: data, as: UTF8.self)
        let folder = "/" + page.dropLast("index.html".count)
        if let head = html.range(of: "<head>") {
            html.insert(contentsOf: "\n<base href=\"\(folder)\">", at: head.upperBound)
        }
        return (html, result.diagnostics, result.language)
    }
}
