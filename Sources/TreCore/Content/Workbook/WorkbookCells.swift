/// Problems with a workbook cell's typed value in a column that wants something else.
enum WorkbookCells {
    /// A date cell where a number belongs (a count, a target, members).
    static func dateInNumberColumn(_ day: Day) -> ValueProblem {
        ValueProblem(
            vi: "Ô này chứa ngày \(DateFormat(.vi).format(day)), không phải là một số.",
            en: "This cell holds the date \(DateFormat(.en).format(day)), not a number.",
            hintVi: "Chọn ô, đổi định dạng thành Số (Trang đầu > Định dạng Số > Chung) rồi gõ lại con số.",
            hintEn: "Select the cell, set its format to Number (Home > Number Format > General) and type the figure again.")
    }

    /// A year typed into a cell formatted as a date: Excel keeps 2024 as the 2,024th day of
    /// 1900 (16/07/1905) and shows that. No plan or cooperative is dated 1905, so a date whose
    /// serial is 1900–2100 is refused as the year it was meant to be, never read as 1905.
    static func yearTypedAsDate(_ day: Day, serial: Double) -> ValueProblem? {
        let number = Int(serial.rounded(.down))
        guard (1900...2100).contains(number) else { return nil }
        return ValueProblem(
            vi: "Ô này được định dạng ngày nên con số \(number) đang hiện thành ngày \(DateFormat(.vi).format(day)); có lẽ bạn định ghi năm \(number).",
            en: "This cell is formatted as a date, so the number \(number) shows as the date \(DateFormat(.en).format(day)); you probably meant the year \(number).",
            hintVi: "Chọn ô, đổi định dạng thành Số (Trang đầu > Định dạng Số > Chung) rồi gõ lại \(number).",
            hintEn: "Select the cell, set its format to Number (Home > Number Format > General) and type \(number) again.")
    }
}
