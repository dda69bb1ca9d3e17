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
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: ByteWriter.compactRoom) { room in
            var writer = ByteWriter(room)
            if writer.compact(value, digits: digits) {
                out.append(contentsOf: writer.written)
            } else {
                out.append(contentsOf: compact(value, digits: digits).utf8)
            }
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

/// Writes UTF-8 into a buffer the caller sized, so a record is built with one append.
struct ByteWriter {
    /// The most bytes ``compact(_:digits:)`` writes: a sign, 15 whole digits, a point, 20 decimals.
    static let compactRoom = 40
    private let base: UnsafeMutablePointer<UInt8>
    private let capacity: Int
    private(set) var count = 0

    init(_ room: UnsafeMutableBufferPointer<UInt8>) {
        base = room.baseAddress!
        capacity = room.count
    }

    /// The bytes written so far.
    var written: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    /// The bytes written from `start` on, to be changed in place.
    func written(from start: Int) -> UnsafeMutableBufferPointer<UInt8> {
        UnsafeMutableBufferPointer(start: base + start, count: count - start)
    }

    /// Appends to `out` what `body` writes into a writer with `room` bytes (in a temporary
    /// buffer), which it must not overflow.
    ///
    /// - Complexity: O(`room`) besides `body`.
    static func append(to out: inout [UInt8], room: Int, _ body: (inout ByteWriter) -> Void) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: room) { buffer in
            var w = ByteWriter(buffer)
            body(&w)
            out.append(contentsOf: w.written)
        }
    }

    @inline(__always)
    mutating func byte(_ b: UInt8) {
        precondition(count < capacity, "ByteWriter overflow")
        base[count] = b
        count &+= 1
    }

    mutating func ascii(_ text: StaticString) {
        text.withUTF8Buffer { bytes in
            precondition(count + bytes.count <= capacity, "ByteWriter overflow")
            (base + count).update(from: bytes.baseAddress!, count: bytes.count)
            count &+= bytes.count
        }
    }

    /// Copies `bytes`.
    mutating func bytes(_ bytes: UnsafeBufferPointer<UInt8>) {
        precondition(count + bytes.count <= capacity, "ByteWriter overflow")
        if let source = bytes.baseAddress { (base + count).update(from: source, count: bytes.count) }
        count &+= bytes.count
    }

    /// The decimal digits of `n`.
    mutating func decimal(_ n: UInt) {
        var digits = 1
        var limit: UInt = 10
        while digits < 20 && n >= limit {
            digits += 1
            limit = limit &* 10
        }
        precondition(count + digits <= capacity, "ByteWriter overflow")
        var rest = n
        for k in stride(from: count + digits - 1, through: count, by: -1) {
            base[k] = 0x30 + UInt8(truncatingIfNeeded: rest % 10)
            rest /= 10
        }
        count &+= digits
    }

    /// ``compact(_:digits:)`` of a `value` in [-1, 1] with one to four `digits` (every score):
    /// the same rounding, then the digits of one small integer, without a loop.
    ///
    /// - Complexity: O(1).
    @inline(__always)
    private mutating func fixedPoint(_ value: Double, digits: Int) {
        precondition(count + 10 <= capacity, "ByteWriter overflow")  // sign, whole digit, 8-byte store
        let scale: Double = digits == 4 ? 10_000 : digits == 3 ? 1_000 : digits == 2 ? 100 : 10
        let steps = Int(scale)
        let scaled = abs(value) * scale
        // `scaled.rounded()` (half away from zero) without a call to `round`: the integer part,
        // plus one when the rest is a half or more. The rest is exact: `scaled` and its integer
        // part are within a factor of two of each other (or the part is 0).
        let truncated = Int(scaled)
        let rounded = truncated &+ (scaled - Double(truncated) >= 0.5 ? 1 : 0)
        // |value| × scale ≤ scale: the whole part is 0 or 1.
        let whole = rounded == steps ? 1 : 0
        let fraction = rounded &- whole &* steps
        if value < 0 && rounded != 0 {  // never "-0"
            base[count] = 0x2D
            count &+= 1
        }
        base[count] = 0x30 &+ UInt8(truncatingIfNeeded: whole)
        count &+= 1
        guard fraction != 0 else { return }
        // The fraction as four digits (padded on the right), written at once after the point;
        // the count then keeps up to the last one that is not a zero. Unsigned: a division by a
        // constant is then a multiplication and a shift, with no step for the sign.
        let toFour = digits == 4 ? 1 : digits == 3 ? 10 : digits == 2 ? 100 : 1000
        let four = UInt64(truncatingIfNeeded: fraction &* toFour)
        let d1 = four / 1000, r1 = four &- d1 &* 1000
        let d2 = r1 / 100, r2 = r1 &- d2 &* 100
        let d3 = r2 / 10, d4 = r2 &- d3 &* 10
        let point = 0x2E | (0x30 &+ d1) &<< 8 | (0x30 &+ d2) &<< 16 | (0x30 &+ d3) &<< 24 | (0x30 &+ d4) &<< 32
        UnsafeMutableRawPointer(base + count).storeBytes(of: point.littleEndian, as: UInt64.self)
        count &+= d4 != 0 ? 5 : d3 != 0 ? 4 : d2 != 0 ? 3 : 2
    }

    /// ``Format/compact(_:digits:)`` of `value`, from the same floating-point steps as
    /// ``Format/number(_:digits:)``; false, having written nothing, where only the `String`
    /// path is exact (20 or more digits, magnitudes of 10^15 steps and up).
    ///
    /// Inlined, so that a caller's constant `digits` picks the scale of a score at compile time.
    /// - Complexity: O(number of digits).
    @inline(__always)
    mutating func compact(_ value: Double, digits: Int) -> Bool {
        if digits >= 1 && digits <= 4 && abs(value) <= 1 {
            fixedPoint(value, digits: digits)
            return true
        }
        return compactBeyondScores(value, digits: digits)
    }

    /// ``compact(_:digits:)`` of what is not a score: more digits, or beyond [-1, 1].
    private mutating func compactBeyondScores(_ value: Double, digits: Int) -> Bool {
        guard value.isFinite else {
            byte(0x30)
            return true
        }
        guard digits <= 20 else { return false }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let rounded = (abs(value) * scale).rounded()
        guard rounded < 1e15 else { return false }  // beyond exact integer steps
        let negative = value < 0 && rounded != 0
        let whole = Int(rounded / scale)
        var fraction = digits > 0 ? Int(rounded - Double(whole) * scale) : 0
        var fractionDigits = digits
        while fractionDigits > 0 && fraction % 10 == 0 {
            fraction /= 10
            fractionDigits -= 1
        }
        if negative && !(whole == 0 && fractionDigits == 0) { byte(0x2D) }  // never "-0"
        decimal(UInt(whole))
        if fractionDigits > 0 {
            byte(0x2E)
            precondition(count + fractionDigits <= capacity, "ByteWriter overflow")
            for k in stride(from: count + fractionDigits - 1, through: count, by: -1) {
                base[k] = 0x30 + UInt8(truncatingIfNeeded: fraction % 10)
                fraction /= 10
            }
            count &+= fractionDigits
        }
        return true
    }
}
