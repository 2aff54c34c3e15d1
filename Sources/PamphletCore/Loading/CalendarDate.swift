/// A `YYYY-MM-DD` date as an author writes it in `reviewed`, checked to be a
/// day that exists (no month 13, no 31 April, 29 February only in leap years).
struct CalendarDate: Equatable {
    var year: Int
    var month: Int
    var day: Int

    enum Problem: Equatable {
        /// Not of the shape `YYYY-MM-DD` at all.
        case notADate
        case noSuchMonth(Int)
        case noSuchDay(day: Int, month: Int, year: Int)
    }

    /// The date at the start of `text` (a date, or a timestamp that starts with one).
    static func parse(_ text: String) -> Result<CalendarDate, ProblemBox> {
        let prefix = Array(text.utf8.prefix(10))
        guard prefix.count == 10 else { return .failure(ProblemBox(.notADate)) }
        let isDigit = { (byte: UInt8) in byte >= 0x30 && byte <= 0x39 }
        let shapeOK = prefix.enumerated().allSatisfy { index, byte in
            index == 4 || index == 7 ? byte == 0x2D : isDigit(byte)
        }
        let rest = text.utf8.dropFirst(10)
        guard shapeOK, rest.isEmpty || rest.first == 0x54 /* T */ || rest.first == 0x20 else {
            return .failure(ProblemBox(.notADate))
        }
        func number(_ range: Range<Int>) -> Int {
            prefix[range].reduce(0) { $0 * 10 + Int($1 - 0x30) }
        }
        let date = CalendarDate(year: number(0..<4), month: number(5..<7), day: number(8..<10))
        guard (1...12).contains(date.month) else { return .failure(ProblemBox(.noSuchMonth(date.month))) }
        guard (1...daysIn(month: date.month, year: date.year)).contains(date.day) else {
            return .failure(ProblemBox(.noSuchDay(day: date.day, month: date.month, year: date.year)))
        }
        return .success(date)
    }

    /// `Result` needs an `Error`; the problem itself stays a plain enum.
    struct ProblemBox: Error, Equatable {
        var problem: Problem
        init(_ problem: Problem) { self.problem = problem }
    }

    var text: String {
        func padded(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                             "August", "September", "October", "November", "December"]
}
