import TreCore

extension SiteBuilder {
    /// The pipeline over a content folder (often held in memory), with the built-in theme.
    public static func over(_ content: ContentFiles, theme: Theme = .builtIn, themeName: String = "Templates",
                            cache: BuildCache? = nil) -> SiteBuilder {
        SiteBuilder(content: content, theme: theme, themeName: themeName, cache: cache)
    }

    /// All five steps into memory: the site's files, or nil when the content has errors.
    public func inMemory() -> (assembled: Assembled, files: SiteFiles?) {
        let memory = MemoryWriter()
        let outcome = build { .success(memory) }
        return (outcome.assembled, outcome.rendered == nil ? nil : memory.files)
    }
}
