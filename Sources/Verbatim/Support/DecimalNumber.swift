/// Decimal numbers read from ASCII bytes, without a `String` per number.
enum DecimalNumber {
    /// The number written in `bytes`, exactly as `Double(String)` reads it (nil where it gives nil).
    ///
    /// The short form of data files ("-1.5", "2", "0.25"), `[+-]digits[.digits]` with at most
    /// 15 digits in all, is worked out here: its digits make an integer below 2^53 and its scale
    /// a power of ten up to 10^15, both exact as `Double`s, so one division rounds once to the
    /// nearest `Double`, the same one the correctly rounded `strtod` behind `Double(String)`
    /// gives. Any other form goes through `Double(String)`.
    ///
    /// - Complexity: O(n) in the number of bytes.
    static func value(of bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        shortValue(of: bytes) ?? Double(String(decoding: bytes, as: UTF8.self))
    }

    /// The value of `bytes` if they are in the short form (see ``value(of:)``), else nil.
    ///
    /// - Complexity: O(n) in the number of bytes.
    static func shortValue(of bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var i = 0
        var negative = false
        if let sign = bytes.first, sign == 0x2D || sign == 0x2B {  // - +
            negative = sign == 0x2D
            i = 1
        }
        var digits: UInt64 = 0, digitCount = 0, fractionDigits = 0
        var sawPoint = false
        while i < bytes.count {
            let byte = bytes[i]
            if byte &- 0x30 < 10 {
                digits = digits * 10 + UInt64(byte &- 0x30)
                digitCount += 1
                if sawPoint { fractionDigits += 1 }
                guard digitCount <= 15 else { return nil }
            } else if byte == 0x2E, !sawPoint, digitCount > 0 {  // '.' after a digit
                sawPoint = true
            } else {
                return nil
            }
            i += 1
        }
        // A digit on each side of a point: "1." and ".5" are left to `Double(String)`.
        guard digitCount > 0, !sawPoint || fractionDigits > 0 else { return nil }
        var scale = 1.0
        for _ in 0..<fractionDigits { scale *= 10 }  // exact: every power up to 10^15 is below 2^53
        let magnitude = Double(digits) / scale
        return negative ? -magnitude : magnitude
    }
}
