import Foundation

/// The workbooks `tre new workbook` writes: `data/*.xlsx` with the right header row, one
/// example row each and a second sheet "Hướng dẫn" explaining every column in Vietnamese, so
/// that nobody types a header by hand.
///
/// In a folder that already holds a site, the example rows name that site's plan, province
/// and indicator, so the result builds; a table the site already keeps as CSV is left as it is
/// (a workbook beside it would be a second file for one table).
public enum StarterWorkbooks {
    public struct Plan: Sendable {
        /// Relative paths (`data/targets.xlsx`) → the workbook's bytes.
        public var files: [String: Data] = [:]
        /// Workbooks that exist already: nothing is written while there is one.
        public var existing: [String] = []
        /// Tables left out because a CSV file holds them (`data/indicators.csv`).
        public var keptCSV: [String] = []
        /// What the person should replace in the example rows.
        public var replace: [LocalizedText] = []
    }

    /// What to write for the content folder `files` (nil or empty: a new folder).
    public static func plan(for files: ContentFiles?) throws -> Plan {
        var plan = Plan()
        let content = files.flatMap { $0.lists("site.yml") ? ContentLoader.load($0).content : nil }
        let examples = Examples(content, keeping: Set(DataLoader.tables.filter { files?.lists("data/\($0).csv") == true }))
        plan.replace = examples.replace
        for (table, sheet, columns) in tables {
            let path = "data/\(table).xlsx"
            if files?.lists(path) == true {
                plan.existing.append(path)
            } else if files?.lists("data/\(table).csv") == true {
                plan.keptCSV.append("data/\(table).csv")
            } else {
                plan.files[path] = try WorkbookWriter.data([
                    dataSheet(sheet, columns, example: examples.row(table)),
                    guide(sheet, columns, example: examples.row(table)),
                ])
            }
        }
        return plan
    }

    private static func dataSheet(_ name: String, _ columns: [Column], example: [String: WorkbookWriter.Cell]) -> WorkbookWriter.Sheet {
        WorkbookWriter.Sheet(name: name, rows: [columns.map { .text($0.name) }, columns.map { example[$0.name] ?? .empty }],
                             widths: columns.map(\.width))
    }

    private static func guide(_ sheet: String, _ columns: [Column], example: [String: WorkbookWriter.Cell]) -> WorkbookWriter.Sheet {
        var rows: [[WorkbookWriter.Cell]] = [[.text("Cột"), .text("Bắt buộc"), .text("Ý nghĩa"), .text("Ví dụ")]]
        for column in columns {
            rows.append([.text(column.name), .text(column.required ? "có" : "không"), .text(column.meaning),
                         example[column.name].map(shown) ?? .empty])
        }
        rows.append([])
        rows.append([.text("Lưu ý"), .empty, .text("Trang tính «\(sheet)» là trang Tre đọc.")])
        rows += notes.map { [.empty, .empty, .text($0)] }
        return WorkbookWriter.Sheet(name: "Hướng dẫn", rows: rows, widths: [16, 10, 80, 26])
    }

    /// An example as the guide shows it: a date as it is typed.
    private static func shown(_ cell: WorkbookWriter.Cell) -> WorkbookWriter.Cell {
        if case .date(let day) = cell { return .text(DateFormat(.vi).format(day)) }
        return cell
    }

    /// The example rows' references: the site's own where it has them.
    struct Examples {
        var plan = "ke-hoach-vi-du"
        var from = 2024
        var to = 2025
        var province = "ten-tinh"
        var indicator = "ty-le-htx-hieu-qua"
        var replace: [LocalizedText] = []

        init(_ content: SiteContent?, keeping csv: Set<String>) {
            let plans = (content?.plans ?? []).sorted { $0.slug < $1.slug }
            if let chosen = plans.first(where: { $0.province != nil }) ?? plans.first {
                (plan, from, to) = (chosen.slug, chosen.from, chosen.to)
            } else {
                replace.append(LocalizedText(vi: "«\(plan)» (cột plan): tên tệp của một kế hoạch trong plans/, bỏ đuôi .md",
                                             en: "\"\(plan)\" (column plan): the file name of a plan in plans/, without .md"))
            }
            if let slug = plans.first(where: { $0.slug == plan })?.province ?? content?.provinces.map(\.slug).min() {
                province = slug
            } else {
                replace.append(LocalizedText(vi: "«\(province)» (cột province): tên tệp của một tỉnh trong provinces/, bỏ đuôi .md",
                                             en: "\"\(province)\" (column province): the file name of a province in provinces/, without .md"))
            }
            if csv.contains("indicators"), let id = content?.indicators.map(\.id).min() { indicator = id }
            replace.append(LocalizedText(vi: "các hàng ví dụ (hàng 2 của mỗi sổ làm việc): thay bằng số liệu thật",
                                         en: "the example rows (row 2 of each workbook): replace them with real figures"))
        }

        func row(_ table: String) -> [String: WorkbookWriter.Cell] {
            switch table {
            case "indicators":
                return ["id": .text(indicator), "name": .text("Tỷ lệ HTX hoạt động hiệu quả"), "unit": .text("%"),
                        "direction": .text("tăng"), "measure": .text("mức"),
                        "name_en": .text("Share of cooperatives operating effectively")]
            case "targets":
                return ["plan": .text(plan), "indicator": .text(indicator), "target": .number(80), "target_year": .number(Double(to)),
                        "baseline": .number(60), "baseline_year": .number(Double(from - 1)),
                        "label": .text("Ít nhất 80% HTX hoạt động hiệu quả")]
            case "progress":
                return ["plan": .text(plan), "indicator": .text(indicator),
                        "date": Day(year: from, month: 12, day: 31).map(WorkbookWriter.Cell.date) ?? .number(Double(from)),
                        "value": .number(65.5), "source": .text("Báo cáo của Liên minh HTX (ví dụ)")]
            case "cooperatives":
                return ["id": .text("htx-vi-du"), "name": .text("HTX Nông nghiệp Ví Dụ"), "kind": .text("HTX"),
                        "province": .text(province), "locality": .text("Xã Ví Dụ"), "sector": .text("Trồng trọt"),
                        "founded": .number(2019), "members": .number(25), "revenue": .number(1500.5), "rating": .text("Khá"),
                        "ocop_stars": .number(3), "certifications": .text("VietGAP; OCOP 3 sao"), "products": .text("Gạo; Rau"),
                        "value_chain": .text("có"), "high_tech": .text("không"), "digital": .text("không"), "model": .text("không")]
            default:
                return [:]
            }
        }
    }
}
