/// Parses the date forms found in comment exports into days since 1970-01-01.
///
/// Accepted: `YYYY-MM-DD`, ISO 8601 date-times (`2026-06-01T10:22:00Z`, with offsets or
/// fractions), `YYYY-MM-DD HH:MM:SS -0800`, `YYYY/MM/DD`, and `DD/MM/YYYY` or `MM/DD/YYYY` (read
/// as month first unless the first number is over 12). Only the calendar date is kept.
///
/// - Complexity: O(length of the text).
public enum DateParser {
    /// The day of `text`, or nil if it is not a recognised date.
    public static func day(from text: String) -> Int32? {
        var digits: [Int] = []
        var current = -1
        var separators: [UInt8] = []
        for byte in text.utf8.prefix(32) {
            if byte >= 0x30 && byte <= 0x39 {
                guard current < 100_000 else { return nil }  // no date part is this long
                current = (current < 0 ? 0 : current * 10) + Int(byte - 0x30)
            } else {
                if current >= 0 { digits.append(current) }
                current = -1
                if digits.count < 3 { separators.append(byte) }
                if digits.count >= 3 { break }
            }
            if digits.count >= 3 { break }
        }
        if current >= 0, digits.count < 3 { digits.append(current) }
        guard digits.count >= 3 else { return nil }
        var (year, month, day) = (digits[0], digits[1], digits[2])
        if year < 1000 {  // DD/MM/YYYY or MM/DD/YYYY
            guard digits[2] >= 1000 else { return nil }
            year = digits[2]
            if digits[0] > 12 { (day, month) = (digits[0], digits[1]) } else { (month, day) = (digits[0], digits[1]) }
        }
        guard (1900...2200).contains(year), (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year)
        else { return nil }
        return Int32(daysFromCivil(year: year, month: month, day: day))
    }

    /// The number of days in a month of the Gregorian calendar.
    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    public static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The `YYYY-MM-DD` form of a day number.
    public static func isoDate(_ days: Int32) -> String {
        let z = Int(days) + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }
}
