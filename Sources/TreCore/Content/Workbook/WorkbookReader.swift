import Foundation

/// Reads an Excel workbook (`.xlsx`, as Excel, LibreOffice Calc and Google Sheets save it)
/// into the `CSVTable` a CSV file of the same data gives, so every check and message after
/// it is the one CSV files get. Each field knows its cell, and a number, date or true/false
/// cell keeps its value beside its text.
///
/// The first visible worksheet is read (hidden and very hidden sheets, and chart sheets, are
/// skipped). A file that is not a workbook, or is a hostile one, gives one error naming the
/// file and how to save it again; nothing in it is trusted before it has been checked.
public enum WorkbookReader {
    /// Parses `data`, the workbook printed as `file` (e.g. `Content/data/targets.xlsx`).
    /// Cells that cannot be read (an error value, a formula without a saved value) are
    /// reported only in the columns named in `reading`, when given: a column Tre ignores
    /// cannot break a build.
    public static func parse(_ data: Data, file: String, reading columns: Set<String>? = nil) -> CSVTable {
        do {
            let sheet = try load(data)
            return WorkbookTable(sheet: sheet, file: file, reading: columns).table()
        } catch {
            var diagnostics = Diagnostics()
            diagnostics.append(Diagnostic(.error, at: SourceLocation(file: file), error.message, hint: error.hint))
            return CSVTable(file: file, delimiter: ",", header: [], rows: [], diagnostics: diagnostics)
        }
    }

    /// What a worksheet holds and what is needed to read it.
    struct LoadedSheet {
        var name: String
        var cells: WorksheetCells
        var strings: [String]
        /// By cell style (`s`): what its number format makes of a number.
        var kinds: [NumberFormatCode.Kind]
        var date1904: Bool
    }

    static func load(_ data: Data) throws(WorkbookProblem) -> LoadedSheet {
        var archive = try WorkbookArchive(data)
        let root = try relationships(&archive, "_rels/.rels")
        let bookPath = root.values.first { $0.type == "officeDocument" }
            .map { WorkbookArchive.resolve($0.target, from: "") } ?? "xl/workbook.xml"
        guard let bookBytes = try archive.part(bookPath) else {
            throw archive.has("content.xml") ? .openDocument : .damaged
        }
        let book = try parsed(bookBytes, bookPath, WorkbookParts.book)
        let folder = bookPath.split(separator: "/").dropLast().joined(separator: "/")
        let links = try relationships(&archive, (folder.isEmpty ? "" : folder + "/") + "_rels/"
                                      + (bookPath.split(separator: "/").last.map(String.init) ?? "workbook.xml") + ".rels")
        func target(_ type: String, default path: String) -> String {
            links.values.first { $0.type == type }.map { WorkbookArchive.resolve($0.target, from: bookPath) } ?? path
        }
        guard let sheet = book.sheets.first(where: { !$0.isHidden && links[$0.relationship]?.type == "worksheet" }),
              let link = links[sheet.relationship] else {
            throw book.sheets.isEmpty ? .damaged : .noVisibleSheet
        }
        let sheetPath = WorkbookArchive.resolve(link.target, from: bookPath)
        guard let sheetBytes = try archive.part(sheetPath) else { throw .damaged }
        let cells = try parsed(sheetBytes, sheetPath, WorksheetCells.parse)
        let stringsPath = target("sharedStrings", default: folder + "/sharedStrings.xml")
        let strings = try archive.part(stringsPath)
            .map { bytes throws(WorkbookProblem) in try parsed(bytes, stringsPath, WorkbookParts.sharedStrings) } ?? []
        let stylesPath = target("styles", default: folder + "/styles.xml")
        let kinds = try archive.part(stylesPath)
            .map { bytes throws(WorkbookProblem) in try parsed(bytes, stylesPath, WorkbookParts.numberKinds) } ?? []
        return LoadedSheet(name: sheet.name, cells: cells, strings: strings, kinds: kinds, date1904: book.date1904)
    }

    private static func relationships(_ archive: inout WorkbookArchive, _ path: String) throws(WorkbookProblem)
        -> [String: (type: String, target: String)] {
        guard let bytes = try archive.part(path) else { return [:] }
        return try parsed(bytes, path, WorkbookParts.relationships)
    }

    /// Runs a part's parser over its bytes; malformed XML means a damaged file.
    private static func parsed<T>(_ bytes: [UInt8], _ path: String,
                                  _ parse: (UnsafeBufferPointer<UInt8>) throws(XMLScanner.Problem) -> T)
        throws(WorkbookProblem) -> T {
        let result: Result<T, XMLScanner.Problem> = bytes.withUnsafeBufferPointer { buffer in
            do throws(XMLScanner.Problem) { return .success(try parse(buffer)) } catch { return .failure(error) }
        }
        switch result {
        case .success(let value): return value
        case .failure(let problem): throw problem.kind == .declaration ? .declaration(part: path) : .damaged
        }
    }
}
