import Testing

@testable import Verbatim

@Suite struct DateParserTests {
    private func day(_ year: Int, _ month: Int, _ day: Int) -> Int32 {
        Int32(DateParser.daysFromCivil(year: year, month: month, day: day))
    }

    // MARK: Accepted forms

    @Test func isoCalendarDate() {
        #expect(DateParser.day(from: "1970-01-01") == 0)
        #expect(DateParser.day(from: "1970-01-02") == 1)
        #expect(DateParser.day(from: "2000-03-01") == 11_017)
        #expect(DateParser.day(from: "2024-03-05") == day(2024, 3, 5))
        #expect(DateParser.day(from: "2024-3-5") == day(2024, 3, 5))
    }

    @Test(arguments: [
        "2026-06-01T10:22:00Z", "2026-06-01T10:22:00.123Z", "2026-06-01T10:22:00+02:00",
        "2026-06-01T23:59:59-08:00", "2026-06-01T00:00:00.000000+0530", "2026-06-01T10:22Z",
    ])
    func isoDateTimeKeepsTheCalendarDate(text: String) {
        #expect(DateParser.day(from: text) == day(2026, 6, 1))
    }

    @Test func dateTimeWithSpaceAndNumericOffset() {
        #expect(DateParser.day(from: "2015-02-24 11:35:52 -0800") == day(2015, 2, 24))
        #expect(DateParser.day(from: "2015-02-24 23:59:59 +1400") == day(2015, 2, 24))
    }

    @Test func slashedYearFirst() {
        #expect(DateParser.day(from: "2015/02/24") == day(2015, 2, 24))
    }

    @Test func dayFirstWhenTheFirstNumberIsOverTwelve() {
        #expect(DateParser.day(from: "24/02/2015") == day(2015, 2, 24))
        #expect(DateParser.day(from: "13/01/2020") == day(2020, 1, 13))
        #expect(DateParser.day(from: "31/12/1999") == day(1999, 12, 31))
    }

    @Test func monthFirstOtherwise() {
        #expect(DateParser.day(from: "02/24/2015") == day(2015, 2, 24))
        #expect(DateParser.day(from: "12/31/1999") == day(1999, 12, 31))
        // Ambiguous: month first.
        #expect(DateParser.day(from: "03/04/2015") == day(2015, 3, 4))
        #expect(DateParser.day(from: "1/2/2015") == day(2015, 1, 2))
    }

    @Test func slashedDateWithTimeKeepsTheDate() {
        #expect(DateParser.day(from: "02/24/2015 11:35 PM") == day(2015, 2, 24))
    }

    @Test func leapDayIsAccepted() {
        #expect(DateParser.day(from: "2024-02-29") == day(2024, 2, 29))
        #expect(DateParser.day(from: "2000-02-29") == day(2000, 2, 29))
        #expect(DateParser.day(from: "2024-02-29") == DateParser.day(from: "2024-03-01").map { $0 - 1 })
    }

    @Test func yearRangeEdgesAreAccepted() {
        #expect(DateParser.day(from: "1900-01-01") == day(1900, 1, 1))
        #expect(DateParser.day(from: "2200-12-31") == day(2200, 12, 31))
    }

    // MARK: Rejected

    @Test(arguments: [
        "", "hello", "n/a", "2015", "2015-02", "20150224", "2015-13-01", "2015-00-10", "2015-02-00",
        "2015-02-32", "1899-12-31", "2201-01-01", "12/31/15", "31/31/2015", "13/13/2015", "00/10/2015",
        "1/2/3", "v1.2.3", "555-12-2020", "123-456-7890", "--", "//",
    ])
    func garbageIsNil(text: String) {
        #expect(DateParser.day(from: text) == nil)
    }

    @Test(arguments: ["2015-02-29", "2015-02-30", "2024-02-30", "2015-04-31", "2015-06-31", "31/04/2015"])
    func impossibleCalendarDateIsNil(text: String) {
        // Each passes the month and 1...31 day checks, but the day does not exist in that month;
        // it must not be read as a day of the following month.
        #expect(DateParser.day(from: text) == nil)
    }

    @Test func longDigitRunIsNilNotACrash() async {
        // Twenty digits do not fit in an Int; the parser must reject them, not trap on overflow.
        await #expect(processExitsWith: .success) {
            _ = DateParser.day(from: "99999999999999999999-01-01")
        }
    }

    @Test func digitRunThatFitsIsNil() {
        #expect(DateParser.day(from: "999999999999999999-01-01") == nil)
        #expect(DateParser.day(from: "01-01-999999999999999999") == nil)
    }

    // MARK: Day numbers

    @Test func isoDateOfKnownDays() {
        #expect(DateParser.isoDate(0) == "1970-01-01")
        #expect(DateParser.isoDate(-1) == "1969-12-31")
        #expect(DateParser.isoDate(11_017) == "2000-03-01")
        #expect(DateParser.isoDate(19_782) == "2024-02-29")
        #expect(DateParser.isoDate(Int32(DateParser.daysFromCivil(year: 1, month: 1, day: 1))) == "0001-01-01")
    }

    @Test func everyDayFrom1990To2030RoundTrips() {
        let monthLengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        var expectedDay = DateParser.daysFromCivil(year: 1990, month: 1, day: 1)
        var failures: [String] = []
        var checked = 0
        func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        for year in 1990...2030 {
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            for month in 1...12 {
                let length = month == 2 && leap ? 29 : monthLengths[month - 1]
                for dayOfMonth in 1...length {
                    let iso = "\(year)-\(pad(month))-\(pad(dayOfMonth))"
                    let days = DateParser.daysFromCivil(year: year, month: month, day: dayOfMonth)
                    if days != expectedDay { failures.append("\(iso): daysFromCivil \(days), expected \(expectedDay)") }
                    if DateParser.isoDate(Int32(days)) != iso { failures.append("\(iso): isoDate \(DateParser.isoDate(Int32(days)))") }
                    if DateParser.day(from: iso) != Int32(days) { failures.append("\(iso): day(from:) \(String(describing: DateParser.day(from: iso)))") }
                    expectedDay += 1
                    checked += 1
                }
            }
        }
        #expect(checked == 14_975)
        #expect(failures.isEmpty, "\(failures.prefix(10))")
        #expect(DateParser.daysFromCivil(year: 2031, month: 1, day: 1) == expectedDay)
    }
}
