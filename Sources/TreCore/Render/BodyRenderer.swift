/// Markdown bodies as HTML for one page: links made relative to the page, data blocks
/// replaced by the tables, charts and lists they ask for.
struct BodyRenderer {
    let context: RenderContext

    struct Body {
        var html: String
        var headings: [Heading]
    }

    func render(_ source: MarkdownSource, on pagePath: String) -> Body {
        let site = context.site
        let root = PagePath.root(of: pagePath)
        let rendered = MarkdownRenderer.render(source, unsafeHTML: site.config.unsafeHTML) { destination in
            switch ContentLink.resolve(destination, in: site.index) {
            case .site(let path): root + path
            case .external, .broken: destination
            }
        }
        var html = ""
        for block in rendered.blocks {
            switch block {
            case .html(let text):
                html += text
            case .data(let block):
                if let request = site.request(block) {
                    html += DataBlockView(context: context, pagePath: pagePath).html(for: request)
                }
            }
        }
        return Body(html: html, headings: rendered.headings)
    }

    /// A table of contents from h2 and h3 headings.
    static func toc(_ headings: [Heading]) -> [[String: Any]] {
        headings.filter { $0.level <= 3 }.map {
            ["text": $0.text, "anchor": $0.anchor, "sub": $0.level == 3]
        }
    }
}
