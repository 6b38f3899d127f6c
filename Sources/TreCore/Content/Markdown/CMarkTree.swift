import CMark
import Foundation

/// The few libcmark calls Tre needs, wrapped so that memory rules live in one place:
/// the caller frees the document returned by `parse`; rendered C strings are freed here.
/// Walking uses cmark's iterator, never recursion, so deeply nested input cannot
/// exhaust the stack.
enum CMarkTree {
    /// Parses UTF-8 text. Embedded NUL characters are passed through (cmark replaces them),
    /// so the whole text is read, not only up to the first NUL.
    static func parse(_ text: String, options: Int32) -> OpaquePointer? {
        let bytes = Array(text.utf8)
        if bytes.isEmpty {
            return "".withCString { cmark_parse_document($0, 0, options) }
        }
        return bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                cmark_parse_document(chars.baseAddress, chars.count, options)
            }
        }
    }

    /// HTML for `node` and its subtree.
    static func html(_ node: OpaquePointer, options: Int32) -> String {
        guard let rendered = cmark_render_html(node, options) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }

    static func type(_ node: OpaquePointer) -> cmark_node_type {
        cmark_node_get_type(node)
    }

    static func literal(_ node: OpaquePointer) -> String {
        string(cmark_node_get_literal(node))
    }

    static func url(_ node: OpaquePointer) -> String {
        string(cmark_node_get_url(node))
    }

    static func fenceInfo(_ node: OpaquePointer) -> String {
        string(cmark_node_get_fence_info(node))
    }

    static func children(of node: OpaquePointer) -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            result.append(current)
            child = cmark_node_next(current)
        }
        return result
    }

    /// Calls `visit` for every node under `root` (itself included), in document order.
    static func walk(_ root: OpaquePointer, _ visit: (OpaquePointer) -> Void) {
        guard let iterator = cmark_iter_new(root) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) {
                visit(node)
            } else if event != CMARK_EVENT_EXIT {
                return  // done, or an iterator error
            }
        }
    }

    /// The text of a subtree without markup: text and code spans, line breaks as spaces,
    /// raw HTML left out. Whitespace runs become one space.
    static func plainText(_ root: OpaquePointer) -> String {
        var text = ""
        walk(root) { node in
            switch type(node) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE: text += literal(node)
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: text += " "
            default: break
            }
        }
        return text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }
}

/// The lines of a Markdown body as bytes, to turn cmark's positions (1-based lines, columns
/// counted in UTF-8 bytes) into Tre's (columns counted in characters).
struct BodyLines {
    private let bytes: [UInt8]
    /// Byte offset where each line starts; line breaks are LF, CRLF or CR, as in CommonMark.
    private let starts: [Int]

    init(_ text: String) {
        bytes = Array(text.utf8)
        var starts = [0]
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte == UInt8(ascii: "\r"), index < bytes.count, bytes[index] == UInt8(ascii: "\n") {
                index += 1
            }
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                starts.append(index)
            }
        }
        self.starts = starts
    }

    var count: Int { starts.count }

    /// The character column of byte column `byteColumn` on line `line` (both 1-based).
    /// Positions outside the text are clamped rather than trusted.
    func characterColumn(line: Int, byteColumn: Int) -> Int {
        guard line >= 1, line <= starts.count, byteColumn > 1 else { return 1 }
        let start = starts[line - 1]
        let lineEnd = line < starts.count ? starts[line] : bytes.count
        let end = min(start + byteColumn - 1, lineEnd)
        return String(decoding: bytes[start..<end], as: UTF8.self).count + 1
    }
}
