import Yams

/// Turns Yams errors and `YAMLGuard` refusals into diagnostics a non-programmer can act on.
/// libyaml's own wording ("mapping values are not allowed in this context") is kept in the
/// English message for whoever must dig deeper, after a plain explanation.
enum YAMLMessages {
    static let syntaxHint = LocalizedText(
        vi: "Mỗi dòng viết dạng `khóa: giá trị`, có dấu cách sau dấu hai chấm; các dòng cùng cấp thụt lề bằng nhau (dùng dấu cách, không dùng tab); giá trị có dấu `:` hoặc `#`, hoặc bắt đầu bằng `[`, `{`, `*`, `&`, `-`, `@` thì đặt trong dấu ngoặc kép \"...\".",
        en: "Write each line as `key: value` with a space after the colon; indent lines of the same level equally (with spaces, not tabs); put a value in double quotes \"...\" when it contains `:` or `#` or starts with `[`, `{`, `*`, `&`, `-` or `@`.")

    static func report(_ problem: YAMLGuard.Problem, at location: SourceLocation,
                       into diagnostics: inout Diagnostics) {
        switch problem {
        case .anchorOrAlias(let mark):
            diagnostics.error(
                location,
                vi: "Giá trị bắt đầu bằng `\(mark)`: Tre không dùng neo và tham chiếu của YAML (`&tên`, `*tên`).",
                en: "A value starts with `\(mark)`: Tre does not support YAML anchors and aliases (`&name`, `*name`).",
                hintVi: "Nếu đây là chữ bình thường, hãy đặt cả giá trị trong dấu ngoặc kép, ví dụ \"\(mark)quan trọng\". Nếu muốn lặp lại một giá trị, hãy viết đầy đủ nó ở mỗi chỗ.",
                hintEn: "If this is ordinary text, put the whole value in double quotes, e.g. \"\(mark)important\". To repeat a value, write it out in full each time.")
        case .tooDeep:
            diagnostics.error(
                location,
                vi: "Phần YAML lồng nhau quá sâu (hơn \(YAMLGuard.maxDepth) cấp).",
                en: "The YAML is nested too deeply (more than \(YAMLGuard.maxDepth) levels).",
                hintVi: "Viết mỗi thông tin thành một dòng `khóa: giá trị` đơn giản.",
                hintEn: "Write each setting as a simple `key: value` line.")
        }
    }

    static func report(_ error: Error, yaml: String, converter: YAMLNodeConverter,
                       into diagnostics: inout Diagnostics) {
        let file = converter.file
        guard let error = error as? YamlError else {
            diagnostics.error(converter.location(nil), vi: "Không đọc được phần YAML: \(error)",
                              en: "Could not read the YAML: \(error)",
                              hintVi: syntaxHint.vi, hintEn: syntaxHint.en)
            return
        }
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
             .composer(_, let problem, let mark, _):
            let explained = explain(problem)
            diagnostics.error(converter.location(mark),
                              vi: "Lỗi cú pháp YAML: \(explained.vi)",
                              en: "YAML syntax error: \(explained.en) (\(problem))",
                              hintVi: syntaxHint.vi, hintEn: syntaxHint.en)
        case .reader(let problem, let offset, _, _):
            let position = TextPosition.lineAndColumn(characterOffset: offset ?? 0, in: yaml)
            diagnostics.error(
                SourceLocation(file: file, line: converter.firstLine + position.line - 1, column: position.column),
                vi: "Lỗi YAML: có ký tự không được phép (ký tự điều khiển hoặc ký tự lạ).",
                en: "YAML error: a character that is not allowed (a control or invalid character) (\(problem)).",
                hintVi: "Xóa ký tự lạ ở vị trí này; nếu văn bản được dán từ nơi khác, hãy gõ lại đoạn đó.",
                hintEn: "Delete the odd character here; if the text was pasted from elsewhere, retype that part.")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let key = duplicates.first ?? ""
            let location = secondOccurrence(of: key, yaml: yaml, after: context.mark, converter: converter)
            diagnostics.error(
                location,
                vi: "Khóa `\(key)` được viết hai lần.",
                en: "Key `\(key)` is written twice.",
                hintVi: "Giữ lại một dòng `\(key): ...` và xóa dòng còn lại.",
                hintEn: "Keep one `\(key): ...` line and delete the other.")
        default:
            diagnostics.error(converter.location(nil), vi: "Không đọc được phần YAML: \(error)",
                              en: "Could not read the YAML: \(error)",
                              hintVi: syntaxHint.vi, hintEn: syntaxHint.en)
        }
    }

    /// A plain explanation of libyaml's most common problems.
    static func explain(_ problem: String) -> LocalizedText {
        switch problem {
        case let p where p.contains("mapping values are not allowed"):
            return LocalizedText(vi: "có dấu hai chấm `:` ở chỗ không được phép (giá trị có dấu `:` cần đặt trong ngoặc kép).",
                                 en: "a colon `:` where none is allowed (a value containing `:` needs double quotes).")
        case let p where p.contains("could not find expected ':'"):
            return LocalizedText(vi: "thiếu dấu hai chấm `:` sau tên khóa, hoặc một dòng bị ngắt giữa chừng.",
                                 en: "a missing colon `:` after a key, or a line broken in two.")
        case let p where p.contains("cannot start any token"):
            return LocalizedText(vi: "có ký tự không được đứng ở đầu giá trị (ví dụ dấu tab, `@` hoặc `` ` ``).",
                                 en: "a character that cannot start a value (e.g. a tab, `@` or a backtick).")
        case let p where p.contains("unexpected end of stream"), let p where p.contains("end of the stream"):
            return LocalizedText(vi: "thiếu dấu ngoặc đóng (\", ', ] hoặc }).",
                                 en: "a missing closing quote or bracket.")
        case let p where p.contains("did not find expected key"), let p where p.contains("indentation"):
            return LocalizedText(vi: "thụt lề không đúng: các dòng cùng cấp phải thẳng hàng.",
                                 en: "wrong indentation: lines of the same level must line up.")
        case let p where p.contains("block sequence entries are not allowed"):
            return LocalizedText(vi: "dấu `-` của danh sách nằm sai chỗ (danh sách cần bắt đầu ở dòng mới, thụt lề).",
                                 en: "a list item `-` in the wrong place (a list starts on a new, indented line).")
        case let p where p.contains("undefined alias"):
            return LocalizedText(vi: "giá trị bắt đầu bằng `*` (hãy đặt nó trong ngoặc kép).",
                                 en: "a value starting with `*` (put it in double quotes).")
        default:
            return LocalizedText(vi: "cấu trúc không đúng ở vị trí này.", en: "the structure is wrong here.")
        }
    }

    /// The line where `key` is written again at the same indentation as at `first`; libyaml
    /// points at the first one, but the second is the one to delete.
    private static func secondOccurrence(of key: String, yaml: String, after first: Mark,
                                         converter: YAMLNodeConverter) -> SourceLocation {
        let lines = converter.lines
        let firstColumn = max(1, first.column)
        if first.line >= 1, first.line < lines.count {
            for number in (first.line + 1)...lines.count {
                let text = lines[number - 1]
                let indent = text.prefix { $0 == " " }.count
                let rest = text.dropFirst(indent)
                if indent == firstColumn - 1, rest.hasPrefix(key), rest.dropFirst(key.count).drop(while: { $0 == " " }).hasPrefix(":") {
                    return converter.location(line: number, scalarColumn: firstColumn)
                }
            }
        }
        return converter.location(first)
    }
}
