/// Excel's date serials: a date is a number of days, counted in one of two systems.
///
/// - 1900 system (the default): serial 1 is 1 January 1900. Excel counts a 29 February 1900
///   that never was (serial 60, kept from Lotus 1-2-3), so serials from 61 on are one day
///   later than a plain count, and serial 60 is not a date at all.
/// - 1904 system (`date1904`): serial 0 is 1 January 1904, with no such day.
///
/// A fraction is the time of day; a day is what Tre reads, so it is dropped.
enum ExcelDate {
    enum Problem: Error, Equatable {
        /// Serial 60 of the 1900 system: 29/02/1900.
        case leapDay1900
        /// Before the system's first day, or after 31/12/9999.
        case outOfRange
    }

    static func day(serial: Double, date1904: Bool) -> Result<Day, Problem> {
        guard serial.isFinite, serial < 3_000_000 else { return .failure(.outOfRange) }
        let whole = Int(serial.rounded(.down))
        let ordinal: Int
        if date1904 {
            guard whole >= 0 else { return .failure(.outOfRange) }
            ordinal = first1904 + whole
        } else {
            guard whole >= 1 else { return .failure(.outOfRange) }
            if whole == 60 { return .failure(.leapDay1900) }
            ordinal = (whole < 60 ? last1899 : last1899 - 1) + whole
        }
        guard let day = Self.day(ordinal: ordinal) else { return .failure(.outOfRange) }
        return .success(day)
    }

    /// The 1900-system serial of `day` (on or after 1 January 1900).
    static func serial(_ day: Day) -> Double {
        let count = day.ordinal - last1899
        return Double(count >= 60 ? count + 1 : count)
    }

    /// `Day.ordinal` of 31/12/1899 and 1/1/1904.
    private static let last1899 = 693_594
    private static let first1904 = 695_055

    /// The day whose `Day.ordinal` is `ordinal` (days since 1 January of year 1).
    static func day(ordinal: Int) -> Day? {
        // Civil-from-days over 400-year cycles of 146,097 days (proleptic Gregorian).
        var days = ordinal
        let cycles = days / 146_097
        days -= cycles * 146_097
        var centuries = days / 36_524
        if centuries == 4 { centuries = 3 }
        days -= centuries * 36_524
        let quads = days / 1_461
        days -= quads * 1_461
        var years = days / 365
        if years == 4 { years = 3 }
        days -= years * 365
        let year = cycles * 400 + centuries * 100 + quads * 4 + years + 1
        var month = 1
        while month < 12, days >= Day.daysIn(month: month, year: year) {
            days -= Day.daysIn(month: month, year: year)
            month += 1
        }
        return Day(year: year, month: month, day: days + 1)
    }
}
