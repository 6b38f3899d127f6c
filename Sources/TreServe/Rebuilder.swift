import Foundation
import TreCore

/// Builds the site into memory for the preview, first in full and then after each change,
/// and hands the result to the state (served) and the events (open pages). A change that only
/// touches theme assets or media files in place skips rendering the pages.
final class Rebuilder: @unchecked Sendable {
    let options: PreviewOptions
    let state: PreviewState
    let events: ReloadEvents
    let console: PreviewConsole
    /// Built on its own queue: rendering uses every core, and must not hold up the threads
    /// that answer requests.
    private let queue = DispatchQueue(label: "tre.serve.build")
    /// Renders whole sites after an edit is already shown, so the next edit is checked at once.
    private let renderQueue = DispatchQueue(label: "tre.serve.render")
    /// Files and bodies parsed by the last build: an edit parses only what it changed.
    private let cache = BuildCache()
    private let lock = NSLock()
    /// Counts the changes seen; a whole-site render stops when a newer change comes.
    private var requests = 0
    /// The last good edit while its whole site is not installed yet.
    private var lastGood: Whole?
    private var lastLanguage: Language
    /// The content folder's files as last listed.
    private var listing: (files: ContentFiles, diagnostics: Diagnostics)?
    /// The media files of the last good build, to tell an edit from an addition.
    private var media: Set<String> = []

    init(options: PreviewOptions, state: PreviewState, events: ReloadEvents, console: PreviewConsole) {
        self.options = options
        self.state = state
        self.events = events
        self.console = console
        lastLanguage = options.language ?? .vi
    }

    var language: Language { lock.withLock { lastLanguage } }

    /// The first build. Returns false when it failed (the server still starts, showing the errors).
    @discardableResult
    func buildAll() async -> Bool {
        await onQueue { self.build(changed: []) }
    }

    /// The watcher has taken its first look: it reports every change from then on, so files
    /// it does not name need not be read again.
    func watching() {
        cache.watched()
    }

    /// After the watcher saw `changed` (paths prefixed `content/` or `theme/`).
    func rebuild(_ changed: [String]) async {
        // A change that needs a build stops the whole-site render of the last one at once; a
        // stylesheet or photo swapped in place leaves it running (nothing would restart it).
        let maySwap = changed.allSatisfy { $0.hasPrefix("theme/assets/") || $0.hasPrefix("content/media/") }
        if !maySwap { lock.withLock { requests += 1 } }
        _ = await onQueue {
            if self.refreshAssets(changed) || self.refreshMedia(changed) { return true }
            if maySwap { self.lock.withLock { self.requests += 1 } }
            return self.build(changed: changed)
        }
    }

    private func onQueue(_ work: @escaping @Sendable () -> Bool) async -> Bool {
        await withCheckedContinuation { continuation in
            queue.async { continuation.resume(returning: work()) }
        }
    }

    private func build(changed: [String]) -> Bool {
        let started = Date()
        // Only what the watcher named is read again; the listing stays when files were only edited.
        let edited = changed.filter { $0.hasPrefix("content/") }.map { String($0.dropFirst("content/".count)) }
        cache.changed(edited)
        let previous = lock.withLock { listing }
        let (files, loadDiagnostics) = ContentFiles.disk(at: options.content, displayRoot: options.contentDisplay,
                                                         changed: edited, previous: previous)
        lock.withLock { listing = (files, loadDiagnostics) }
        var diagnostics = loadDiagnostics
        let theme: Theme
        if let folder = options.templates {
            do {
                theme = try Theme.folder(folder)
            } catch {
                diagnostics.error(SourceLocation(file: options.themeName),
                                  vi: "không đọc được thư mục giao diện", en: "cannot read the theme folder",
                                  hintVi: "kiểm tra rằng thư mục còn đó và đọc được, rồi lưu lại",
                                  hintEn: "check that the folder still exists and is readable, then save again")
                return failed(diagnostics, language: options.language ?? language, changed: changed)
            }
        } else {
            theme = .builtIn
        }
        let builder = SiteBuilder(content: files, theme: theme, themeName: options.themeName,
                                  language: options.language, cache: cache)
        let assembled = builder.prepare()
        diagnostics.append(contentsOf: assembled.diagnostics)
        lock.withLock { lastLanguage = assembled.language }
        guard !diagnostics.hasErrors, let context = assembled.context else {
            return failed(diagnostics, language: assembled.language, changed: changed)
        }
        lock.withLock { media = Set(context.site.content.media) }
        console.report(diagnostics, assembled.language)
        let pages = PageRenderer(context)
        // Pages render from the new site as they are asked for, so open ones reload at once
        // (and the first build answers before everything is rendered); the theme's assets
        // and media come along; the whole site renders behind them and replaces the rest.
        let first = !state.hasSite
        let (build, generation) = state.installPages(pages, adding: SiteRenderer.staticFiles(context, media: files))
        if !first { console.ready(seconds: Date().timeIntervalSince(started), language: assembled.language) }
        events.publish(.reload, build: build)
        let whole = Whole(builder: builder, context: context, pages: pages, generation: generation, changed: changed,
                          started: started, language: assembled.language)
        lock.withLock { lastGood = whole }
        renderWhole(whole)
        return true
    }

    /// What the whole-site render of a good edit needs.
    struct Whole: Sendable {
        var builder: SiteBuilder
        var context: RenderContext
        var pages: PageRenderer
        var generation: Int
        var changed: [String]
        var started: Date
        var language: Language
    }

    /// Renders the whole site on its own queue and installs it, unless a newer change comes
    /// first (then that change's build decides what happens next).
    private func renderWhole(_ whole: Whole) {
        let request = lock.withLock { requests }
        renderQueue.async { [self] in
            let stop: @Sendable () -> Bool = { [self] in lock.withLock { requests } != request }
            let memory = MemoryWriter()
            guard let rendered = try? whole.builder.publish(whole.context, into: memory, stop: stop,
                                                            perform: BackgroundWork.perform),
                  state.install(memory.files, pages: whole.pages.paths, generation: whole.generation) != nil
            else { return }
            lock.withLock { lastGood = nil }
            if let output = options.output {
                write(memory.files, to: output, with: whole.builder, language: whole.language)
            }
            console.rebuilt(pages: rendered.pages, seconds: Date().timeIntervalSince(whole.started),
                            changed: shown(whole.changed), language: whole.language)
        }
    }

    /// `--output`: the site just installed, written like `tre build` writes it (the live-reload
    /// script is added only as pages are served, so these are the bytes `tre build` makes).
    private func write(_ site: SiteFiles, to output: URL, with builder: SiteBuilder, language: Language) {
        do throws(OutputFailure) {
            try builder.write(site, into: try FolderWriter(output: output, part: .site))
        } catch {
            console.problem(error.message(language), language)
        }
    }

    /// Watcher paths as the user knows them: `Content/data/x.csv`, `Templates/assets/style.css`.
    private func shown(_ changed: [String]) -> [String] {
        changed.map { path in
            if path.hasPrefix("content/") { return options.contentDisplay + "/" + path.dropFirst("content/".count) }
            if path.hasPrefix("theme/") { return options.themeName + "/" + path.dropFirst("theme/".count) }
            return path
        }
    }

    private func failed(_ diagnostics: Diagnostics, language: Language, changed: [String]) -> Bool {
        let overlay = ErrorOverlay.html(diagnostics, language: language, excerpts: .disk())
        let build = state.fail(overlay: overlay)
        // This change stopped the whole-site render of the last good edit: finish it.
        if let whole = lock.withLock({ lastGood }) { renderWhole(whole) }
        console.report(diagnostics, language)
        console.broken(hasSite: state.hasSite, language: language)
        events.publish(.errors, build: build)
        return false
    }

    /// Only files under the theme's `assets/` changed, the site is good, and the theme is a
    /// folder: copy them in as they are.
    private func refreshAssets(_ changed: [String]) -> Bool {
        guard let folder = options.templates, state.hasSite, state.overlay == nil,
              !changed.isEmpty, changed.allSatisfy({ $0.hasPrefix("theme/assets/") }) else { return false }
        var files: [String: Data?] = [:]
        for path in changed {
            let relative = String(path.dropFirst("theme/".count))
            files[relative] = try? Data(contentsOf: folder.appendingPathComponent(relative))
        }
        let build = state.replace(files)
        let cssOnly = changed.allSatisfy { $0.hasSuffix(".css") } && files.values.allSatisfy { $0 != nil }
        console.refreshed(shown(changed), language: language)
        events.publish(cssOnly ? .css : .reload, build: build)
        return true
    }

    /// Media files that already existed were edited in place: they are read from disk when
    /// asked for, so only their dates change.
    private func refreshMedia(_ changed: [String]) -> Bool {
        let known = lock.withLock { media }
        let paths = changed.map { String($0.dropFirst("content/".count)) }
        guard state.hasSite, state.overlay == nil, !changed.isEmpty,
              changed.allSatisfy({ $0.hasPrefix("content/media/") }),
              paths.allSatisfy({ known.contains($0) && FileManager.default.fileExists(atPath: options.content.appendingPathComponent($0).path) })
        else { return false }
        let build = state.touch(paths)
        console.refreshed(shown(changed), language: language)
        events.publish(.reload, build: build)
        return true
    }
}
