import Foundation

/// A Word document as Tre writes it: paragraphs in named styles, tables, pictures, one
/// section with its page size, margins and page-number header. A plain value; `WordPackage`
/// turns it into the parts of an Office Open XML file. Lengths are in twentieths of a point
/// (twips), as Word counts them: 1 cm = 567, 1 pt = 20.
public struct WordDocument: Sendable {
    public var blocks: [WordBlock] = []
    public var section = WordSection()
    /// Bullet and numbered lists, in the order they first appear: each numbered list
    /// restarts at 1, so each is a numbering instance of its own.
    public var lists: [WordList] = []
    /// Title, subject and language for the document's properties (and the PDF's title).
    public var title = ""
    public var subject = ""
    public var language = Language.vi
    /// The date written into the document's properties (never the clock).
    public var date = Day(year: 2025, month: 1, day: 1)!

    public init() {}

    /// Starts a new list and returns its number for `WordParagraph.list`.
    public mutating func newList(_ kind: WordList.Kind, start: Int = 1) -> Int {
        lists.append(WordList(kind: kind, start: start))
        return lists.count
    }

    /// Every picture, in document order.
    public var pictures: [WordPicture] {
        var found: [WordPicture] = []
        func collect(_ blocks: [WordBlock]) {
            for block in blocks {
                switch block {
                case .paragraph(let paragraph): found += paragraph.runs.compactMap(\.picture)
                case .table(let table): for row in table.rows { for cell in row.cells { collect(cell.blocks) } }
                }
            }
        }
        collect(blocks)
        return found
    }

    /// Every external link target, in document order.
    public var links: [String] {
        var found: [String] = []
        func collect(_ blocks: [WordBlock]) {
            for block in blocks {
                switch block {
                case .paragraph(let paragraph):
                    for run in paragraph.runs { if let link = run.link, !found.contains(link) { found.append(link) } }
                case .table(let table): for row in table.rows { for cell in row.cells { collect(cell.blocks) } }
                }
            }
        }
        collect(blocks)
        return found
    }
}

public enum WordBlock: Sendable {
    case paragraph(WordParagraph)
    case table(WordTable)
}

/// A list is a numbering instance of its own, so a numbered list starts where it says.
public struct WordList: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// `-` then `+` for nested items, as Vietnamese documents write them.
        case bullet
        /// `1.` then `a)`.
        case numbered
    }

    public var kind: Kind
    /// The first number of a numbered list.
    public var start: Int
}

public struct WordParagraph: Sendable {
    public enum Alignment: String, Sendable { case left, center, right, both }

    /// A style id from `WordStyles` (`Normal`, `Heading1`, `Issuer`, ...).
    public var style: String
    public var runs: [WordRun]
    /// Overrides of the style, only where one paragraph differs.
    public var alignment: Alignment?
    /// Left and right indents; used to centre a rule of a given length.
    public var indent: (left: Int, right: Int)?
    /// A list number from `WordDocument.newList` and the nesting level (0-based).
    public var list: (number: Int, level: Int)?
    /// A horizontal rule along the paragraph's top edge, between its indents.
    public var topRule = false
    public var keepWithNext = false
    /// Space before and after the paragraph in twips, when it differs from the style's.
    public var spacingBefore: Int?
    public var spacingAfter: Int?

    public init(style: String, runs: [WordRun] = [], alignment: Alignment? = nil) {
        self.style = style
        self.runs = runs
        self.alignment = alignment
    }

    public init(style: String, text: String, bold: Bool = false, italic: Bool = false) {
        self.init(style: style, runs: [WordRun(text, bold: bold, italic: italic)])
    }

    /// The paragraph's text without formatting, for tests and alt text.
    public var text: String { runs.map(\.text).joined() }
}

public struct WordRun: Sendable {
    public var text: String
    public var bold = false
    public var italic = false
    /// Font size in points, when it differs from the style's.
    public var size: Double?
    /// A line break after the text.
    public var lineBreak = false
    /// The page number field instead of text.
    public var pageNumber = false
    public var picture: WordPicture?
    /// An external URL: the run becomes a hyperlink.
    public var link: String?

    public init(_ text: String, bold: Bool = false, italic: Bool = false, size: Double? = nil) {
        self.text = text
        self.bold = bold
        self.italic = italic
        self.size = size
    }

    public static func picture(_ picture: WordPicture) -> WordRun {
        var run = WordRun("")
        run.picture = picture
        return run
    }

    public static var pageNumberField: WordRun {
        var run = WordRun("")
        run.pageNumber = true
        return run
    }
}

/// A PNG or JPEG shown inline, with the words a screen reader reads instead.
public struct WordPicture: Sendable {
    public enum Format: String, Sendable { case png, jpeg }

    public var data: Data
    public var format: Format
    /// Size on the page in points.
    public var width: Double
    public var height: Double
    public var name: String
    public var description: String

    public init(data: Data, format: Format = .png, width: Double, height: Double, name: String, description: String) {
        self.data = data
        self.format = format
        self.width = width
        self.height = height
        self.name = name
        self.description = description
    }
}

public struct WordTable: Sendable {
    public struct Row: Sendable {
        public var cells: [Cell]
        /// Repeated at the top of each page the table runs onto.
        public var isHeader = false
        /// Kept on one page.
        public var cantSplit = true

        public init(cells: [Cell], isHeader: Bool = false) {
            self.cells = cells
            self.isHeader = isHeader
        }
    }

    public struct Cell: Sendable {
        public var blocks: [WordBlock]
        public enum VerticalAlignment: String, Sendable { case top, center, bottom }
        public var verticalAlignment = VerticalAlignment.top

        public init(_ blocks: [WordBlock]) {
            self.blocks = blocks
        }

        public init(_ paragraphs: [WordParagraph]) {
            self.blocks = paragraphs.map(WordBlock.paragraph)
        }
    }

    /// Column widths in twips; the table is their sum wide.
    public var columns: [Int]
    public var rows: [Row]
    /// `TableGrid` (ruled) or `PlainTable` (no rules: the header and signature blocks).
    public var style: String
    /// What the table holds, for screen readers (Word's "alt text" of a table).
    public var caption: String?

    public init(columns: [Int], rows: [Row], style: String, caption: String? = nil) {
        self.columns = columns
        self.rows = rows
        self.style = style
        self.caption = caption
    }
}

/// Page size, margins and the page-number header of the document's one section.
public struct WordSection: Sendable {
    /// A4 portrait.
    public var pageWidth = 11906
    public var pageHeight = 16838
    public var top = 1134
    public var bottom = 1134
    public var left = 1701
    public var right = 851
    /// From the page's top edge to the page number.
    public var headerDistance = 567
    public var footerDistance = 567
    /// Page numbers centred at the top, not on the first page.
    public var pageNumbers = true

    public init() {}

    /// The width between the margins.
    public var textWidth: Int { pageWidth - left - right }
}
