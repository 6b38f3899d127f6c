import Foundation

/// Reads, decodes and splits content files for the loaders, collecting every problem.
struct FileReader {
    let files: ContentFiles
    var diagnostics = Diagnostics()
    /// Results of the last build, for `memo`; nil parses everything.
    let cache: BuildCache?
    /// Results of the last `tre build`, kept on disk, for `memo` when there is no `cache`.
    let disk: DiskCache?
    /// The bytes `memo` has just read to compare with the cache, so that parsing the file
    /// does not read it a second time.
    var readAhead: (path: String, bytes: Data)?

    init(files: ContentFiles, cache: BuildCache? = nil, disk: DiskCache? = nil) {
        self.files = files
        self.cache = cache
        self.disk = disk
    }

    func exists(_ path: String) -> Bool {
        files.lists(path)
    }

    /// The text of a file, decoded from UTF-8 and normalised to NFC; nil (with a diagnostic)
    /// when it cannot be read or is not UTF-8.
    mutating func text(_ path: String) -> String? {
        guard let data = data(path) else { return nil }
        let decoded = ContentText.decode(data, file: files.display(path))
        diagnostics.append(contentsOf: decoded.diagnostics)
        return decoded.text
    }

    /// The bytes of a file; nil (with a diagnostic) when it cannot be read.
    mutating func data(_ path: String) -> Data? {
        do {
            return try read(path)
        } catch {
            diagnostics.error(
                SourceLocation(file: files.display(path)),
                vi: "Không đọc được tệp (\(error.localizedDescription)).",
                en: "The file cannot be read (\(error.localizedDescription)).",
                hintVi: "Kiểm tra tệp còn đó và bạn có quyền đọc nó.",
                hintEn: "Check that the file exists and that you may read it.")
            return nil
        }
    }

    /// The file's bytes: those `memo` read ahead, or from the folder.
    func read(_ path: String) throws -> Data {
        if let readAhead, readAhead.path == path { return readAhead.bytes }
        return try files.read(path)
    }

    /// A Markdown page: its front matter fields (if any) and body.
    mutating func page(_ path: String) -> MarkdownPage? {
        guard let text = text(path) else { return nil }
        let display = files.display(path)
        let split = FrontMatter.split(text, file: display)
        diagnostics.append(contentsOf: split.diagnostics)
        var fields: YAMLFields?
        if let yaml = split.yaml {
            let parsed = YAMLFields.parse(yaml, firstLine: split.yamlFirstLine, file: display)
            diagnostics.append(contentsOf: parsed.diagnostics)
            fields = parsed.fields
        }
        let name = String(path.split(separator: "/").last ?? "")
        let slug = String(name.dropLast(3))
        return MarkdownPage(path: path, slug: slug, location: SourceLocation(file: display, line: 1),
                            fields: fields, body: split.body)
    }
}

/// A Markdown file split into its front matter fields and body.
struct MarkdownPage {
    var path: String
    var slug: String
    var location: SourceLocation
    var fields: YAMLFields?
    var body: MarkdownSource
}
