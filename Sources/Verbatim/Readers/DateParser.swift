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
        var text = text
        return text.withUTF8 { day(from: $0) }
    }

    /// The day of the UTF-8 `bytes`, or nil if they are not a recognised date.
    ///
    /// - Complexity: O(1): at most the first 32 bytes are read, nothing is allocated.
    public static func day(from bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        var parts = (0, 0, 0)
        var count = 0
        var current = -1
        for byte in bytes.prefix(32) {
            if byte >= 0x30 && byte <= 0x39 {
                guard current < 100_000 else { return nil }  // no date part is this long
                current = (current < 0 ? 0 : current * 10) + Int(byte - 0x30)
            } else {
                if current >= 0 {
                    switch count {
                    case 0: parts.0 = current
                    case 1: parts.1 = current
                    default: parts.2 = current
                    }
                    count += 1
                }
                current = -1
                if count >= 3 { break }
            }
        }
        if current >= 0, count < 3 {
            switch count {
            case 0: parts.0 = current
            case 1: parts.1 = current
            default: parts.2 = current
            }
            count += 1
        }
        guard count >= 3 else { return nil }
        var (year, month, day) = parts
        if year < 1000 {  // DD/MM/YYYY or MM/DD/YYYY
            guard parts.2 >= 1000 else { return nil }
            year = parts.2
            if parts.0 > 12 { (day, month) = (parts.0, parts.1) } else { (month, day) = (parts.0, parts.1) }
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
