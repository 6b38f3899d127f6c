import ArgumentParser
import Foundation
import TreCore

/// The command line's edge: reading folders, printing diagnostics and summaries.
enum Console {
    struct Input {
        var files: ContentFiles
        var theme: Theme
        var themeName: String
        var diagnostics: Diagnostics

        /// The pipeline over these files and this theme.
        func builder(language: Language?) -> SiteBuilder {
            SiteBuilder(content: files, theme: theme, themeName: themeName, language: language)
        }
    }

    static func load(_ options: SiteOptions) throws -> Input {
        let language = options.lang ?? .vi
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: options.content, isDirectory: &isDirectory), isDirectory.boolValue else {
            fail(language == .vi
                 ? "không có thư mục nội dung \"\(options.content)\"; chạy lệnh trong thư mục chứa Content/ hoặc chỉ rõ bằng --content"
                 : "there is no content folder \"\(options.content)\"; run in the folder that holds Content/ or name it with --content",
                 language: language)
            throw ExitCode.failure
        }
        let (files, diagnostics) = ContentFiles.disk(at: URL(fileURLWithPath: options.content),
                                                     displayRoot: display(options.content))
        let themePath = options.templates ?? (FileManager.default.fileExists(atPath: "Templates") ? "Templates" : nil)
        guard let themePath else {
            return Input(files: files, theme: .builtIn, themeName: "(built-in theme)", diagnostics: diagnostics)
        }
        do {
            return Input(files: files, theme: try Theme.folder(URL(fileURLWithPath: themePath)),
                         themeName: display(themePath), diagnostics: diagnostics)
        } catch {
            fail(language == .vi ? "không đọc được thư mục giao diện \"\(themePath)\"" :
                    "cannot read the theme folder \"\(themePath)\"", language: language)
            throw ExitCode.failure
        }
    }

    /// The build cache of `output` (`.tre/cache/` beside it); an empty one with `fresh`.
    static func diskCache(output: URL, site: SiteOptions, fresh: Bool) -> DiskCache {
        let content = URL(fileURLWithPath: site.content)
        let url = DiskCache.location(output: output, content: content)
        let identity = DiskCache.identity(content: content, displayRoot: display(site.content))
        return fresh ? DiskCache(replacing: url, identity: identity) : DiskCache(at: url, identity: identity)
    }

    static func display(_ path: String) -> String {
        var path = path
        while path.hasSuffix("/"), path.count > 1 { path.removeLast() }
        return path
    }

    static func merge(_ a: Diagnostics, _ b: Diagnostics) -> Diagnostics {
        var all = a
        all.append(contentsOf: b)
        return all
    }

    static func report(_ diagnostics: Diagnostics, language: Language) {
        guard !diagnostics.isEmpty else { return }
        let printer = DiagnosticPrinter(language: language, excerpts: .disk())
        FileHandle.standardError.write(Data((printer.report(diagnostics) + "\n").utf8))
    }

    static func fail(_ message: String, language: Language) {
        let word = language == .vi ? "lỗi" : "error"
        FileHandle.standardError.write(Data("tre: \(word): \(message)\n".utf8))
    }

    static func say(_ message: String) {
        print(message)
    }
}
