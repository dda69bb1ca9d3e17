/// Number formatting for reports and records: fixed digits, no locale, deterministic.
enum Format {
    /// `value` rounded to `digits` decimals, trailing zeros kept ("0.50").
    static func number(_ value: Double, digits: Int) -> String {
        guard value.isFinite else { return "0" }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let rounded = (abs(value) * scale).rounded()
        let negative = value < 0 && rounded != 0
        let whole = Int(rounded / scale)
        var text = String(whole)
        if digits > 0 {
            let fraction = Int(rounded - Double(whole) * scale)
            let fractionText = String(fraction)
            text += "." + String(repeating: "0", count: digits - fractionText.count) + fractionText
        }
        return negative ? "-" + text : text
    }

    /// A share as a percentage: 0.2 → "20.0%".
    static func percent(_ share: Double, digits: Int = 1) -> String { number(share * 100, digits: digits) + "%" }

    /// A signed score: "+0.42", "-0.61", "0.00".
    static func signed(_ value: Double) -> String {
        let text = number(value, digits: 2)
        return value > 0 && text != "0.00" ? "+" + text : text
    }

    /// A compact decimal for JSON: at most `digits` decimals, trailing zeros dropped ("-0.62", "0").
    static func compact(_ value: Double, digits: Int = 4) -> String {
        var text = number(value, digits: digits)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        if text == "-0" { text = "0" }
        return text
    }

    /// Appends ``compact(_:digits:)`` of `value` to `out` as UTF-8, without building a `String`.
    ///
    /// Rounds with the same floating-point steps as ``number(_:digits:)`` and writes the digits
    /// with integer arithmetic, so the bytes are exactly those of `compact(value, digits:)`.
    /// - Complexity: O(number of digits).
    static func appendCompact(_ value: Double, digits: Int = 4, to out: inout [UInt8]) {
        guard value.isFinite else {
            out.append(0x30)
            return
        }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let rounded = (abs(value) * scale).rounded()
        guard rounded < 1e15 else {  // beyond exact integer steps: take the general path
            out.append(contentsOf: compact(value, digits: digits).utf8)
            return
        }
        let negative = value < 0 && rounded != 0
        let whole = Int(rounded / scale)
        var fraction = digits > 0 ? Int(rounded - Double(whole) * scale) : 0
        var fractionDigits = digits
        if digits > 0 {
            while fractionDigits > 0 && fraction % 10 == 0 {
                fraction /= 10
                fractionDigits -= 1
            }
        }
        if negative && !(whole == 0 && fractionDigits == 0) { out.append(0x2D) }
        appendDecimal(UInt(whole), to: &out)
        if fractionDigits > 0 {
            out.append(0x2E)
            var divisor = 1
            for _ in 1..<fractionDigits { divisor *= 10 }
            while divisor > 0 {
                out.append(0x30 + UInt8(truncatingIfNeeded: fraction / divisor % 10))
                divisor /= 10
            }
        }
    }

    /// Appends the decimal digits of `n` to `out`.
    /// - Complexity: O(number of digits).
    static func appendDecimal(_ n: UInt, to out: inout [UInt8]) {
        if n < 10 {
            out.append(0x30 + UInt8(truncatingIfNeeded: n))
            return
        }
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // room for 24 digits
        var count = 0
        var rest = n
        withUnsafeMutableBytes(of: &digits) { buffer in
            while rest > 0 {
                count += 1
                buffer[24 - count] = 0x30 + UInt8(truncatingIfNeeded: rest % 10)
                rest /= 10
            }
            out.append(contentsOf: buffer[(24 - count)...])
        }
    }

    /// A count and its noun, pluralized: "1 comment", "2,600 comments".
    static func count(_ n: Int, _ noun: String) -> String { "\(count(n)) \(n == 1 ? noun : noun + "s")" }

    /// A count with thousands separators: 12345 → "12,345".
    static func count(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return n < 0 ? "-" + out : out
    }
}
