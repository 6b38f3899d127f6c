/// A Markdown body turned into HTML, with what later stages need from it: the data blocks to
/// fill in, the headings for a table of contents, the links to check, and the problems found.
public struct RenderedMarkdown: Sendable {
    /// The body in order: HTML chunks, split wherever a data block stands.
    public var blocks: [MarkdownBlock]
    /// The h2–h4 headings, in document order, each with the unique `id` its HTML carries.
    public var headings: [Heading]
    /// Every link and image, in document order, with its destination as written.
    public var links: [MarkdownLink]
    /// Warnings about the body: raw HTML left out, data blocks that cmark renders as code.
    /// Data blocks' own YAML is checked later, by `DataBlockParser`.
    public var diagnostics: Diagnostics

    public init(blocks: [MarkdownBlock], headings: [Heading], links: [MarkdownLink],
                diagnostics: Diagnostics) {
        self.blocks = blocks
        self.headings = headings
        self.links = links
        self.diagnostics = diagnostics
    }

    /// The data blocks alone, in order.
    public var dataBlocks: [DataBlock] {
        blocks.compactMap { block in
            if case .data(let data) = block { return data }
            return nil
        }
    }
}

/// One piece of a rendered body.
public enum MarkdownBlock: Sendable {
    /// Finished HTML (NFC) for one or more consecutive Markdown blocks.
    case html(String)
    /// A data block, to be replaced by generated HTML.
    case data(DataBlock)
}

/// A heading that gets an anchor: the entries of a page's table of contents.
public struct Heading: Sendable, Equatable {
    /// 2, 3 or 4.
    public var level: Int
    /// The heading as plain text (markup removed), NFC.
    public var text: String
    /// The heading's `id` in the HTML: unique within its document, never empty.
    public var anchor: String

    public init(level: Int, text: String, anchor: String) {
        self.level = level
        self.text = text
        self.anchor = anchor
    }
}

/// A link or image in a body, so a later stage can warn about links to missing pages or media.
public struct MarkdownLink: Sendable, Equatable {
    /// The destination as written in the content (before any rewriting), with entities and
    /// backslash escapes resolved; percent-encoding (`%20`) is kept as written.
    public var destination: String
    /// Where the link starts in its file (column in characters).
    public var location: SourceLocation
    /// True for `![alt](src)`, false for `[text](href)` and autolinks.
    public var isImage: Bool

    public init(destination: String, location: SourceLocation, isImage: Bool) {
        self.destination = destination
        self.location = location
        self.isImage = isImage
    }
}

/// A fenced code block whose info string starts with `chart`, `targets` or `cooperatives`:
/// its body is YAML, and the site replaces it with generated HTML.
public struct DataBlock: Sendable, Equatable {
    /// The first word of the fence's info string.
    public enum Kind: String, Sendable, CaseIterable {
        case chart
        case targets
        case cooperatives
    }

    /// What the block renders.
    public var kind: Kind
    /// The block's body as written, without the fences.
    public var yaml: String
    /// The opening fence in the file: where errors about the block as a whole are reported.
    /// Its column is where the fence starts, so an indented fence shifts the YAML's columns.
    public var location: SourceLocation
    /// The file line of the first line of `yaml`.
    public var yamlFirstLine: Int

    public init(kind: Kind, yaml: String, location: SourceLocation, yamlFirstLine: Int) {
        self.kind = kind
        self.yaml = yaml
        self.location = location
        self.yamlFirstLine = yamlFirstLine
    }
}
