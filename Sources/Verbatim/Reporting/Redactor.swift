/// Masks personal data in comment text before it is quoted in a report.
///
/// Reports get pasted into wikis and tickets; the comments they quote must not carry a
/// customer's contact or payment details. Masked, each as a bracketed placeholder:
/// - emails ("jo@example.com" → "[email]");
/// - card-like numbers: 13 to 19 digits, spaces or dashes allowed between ("[card number]");
/// - phone numbers: 9 to 12 digits in a run of digits, spaces, dashes, dots and parentheses,
///   optionally after `+` ("[phone]"), but not dates ("2026-06-01") or prices ("141.99");
/// - links that carry a token: a query string, a fragment or a long mixed letter-and-digit path
///   segment ("https://shop.example/reset?t=9f8a…" → "[link]"); plain links stay.
///
/// Order numbers ("#48213"), prices, times and quantities are left as they are.
///
/// - Complexity: O(n) in the length of the text.
public struct Redactor: Sendable {
    public init() {}

    /// `text` with personal data masked.
    public func redact(_ text: String) -> String {
        let bytes = Array(text.utf8)
        guard bytes.contains(where: { $0 == 0x40 || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2F || $0 == 0x77 }) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if let (end, mask) = match(bytes, at: i) {
                out.append(contentsOf: mask.utf8)
                i = end
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The end and placeholder of personal data starting at `i`, if any.
    private func match(_ b: [UInt8], at i: Int) -> (Int, String)? {
        let atWordStart = i == 0 || !Self.isWordByte(b[i - 1])
        guard atWordStart else { return nil }
        if let end = link(b, at: i) { return end }
        if let end = email(b, at: i) { return (end, "[email]") }
        if let end = number(b, at: i) { return end }
        return nil
    }

    // MARK: Emails

    private func email(_ b: [UInt8], at i: Int) -> Int? {
        var at = i
        while at < b.count, Self.isLocalPartByte(b[at]) { at += 1 }
        guard at > i, at < b.count, b[at] == 0x40 else { return nil }
        var end = at + 1
        var dots = 0
        while end < b.count, Self.isAlnum(b[end]) || b[end] == 0x2D || b[end] == 0x2E {
            if b[end] == 0x2E { dots += 1 }
            end += 1
        }
        while end > at + 1, b[end - 1] == 0x2E {  // a sentence's full stop is not part of the domain
            end -= 1
            dots -= 1
        }
        return dots > 0 && end > at + 3 ? end : nil
    }

    // MARK: Links

    private func link(_ b: [UInt8], at i: Int) -> (Int, String)? {
        guard Self.hasPrefix(b, at: i, "http://") || Self.hasPrefix(b, at: i, "https://") || Self.hasPrefix(b, at: i, "www.")
        else { return nil }
        var end = i
        while end < b.count, b[end] > 0x20, b[end] != 0x22, b[end] != 0x3C, b[end] != 0x3E { end += 1 }
        while end > i, b[end - 1] == 0x2E || b[end - 1] == 0x2C || b[end - 1] == 0x29 || b[end - 1] == 0x21 { end -= 1 }
        let url = b[i..<end]
        let hasQuery = url.contains(0x3F) || url.contains(0x23) || url.contains(0x3D)
        var run = 0, letters = false, digits = false, tokenLike = false
        for byte in url {
            if Self.isAlnum(byte) || byte == 0x2D || byte == 0x5F {
                run += 1
                if byte >= 0x30 && byte <= 0x39 { digits = true } else if Self.isAlnum(byte) { letters = true }
                if run >= 16 && letters && digits { tokenLike = true }
            } else {
                run = 0
                letters = false
                digits = false
            }
        }
        return hasQuery || tokenLike ? (end, "[link]") : nil
    }

    // MARK: Numbers

    /// A run of digits with spaces, dashes, dots and parentheses between: a card or a phone number.
    private func number(_ b: [UInt8], at i: Int) -> (Int, String)? {
        var j = i
        let plus = b[j] == 0x2B
        if plus || b[j] == 0x28 { j += 1 }
        guard j < b.count, Self.isDigit(b[j]) else { return nil }
        var digits = 0, groups: [Int] = [], group = 0, separators: Set<UInt8> = []
        var end = j
        while j < b.count {
            let byte = b[j]
            if Self.isDigit(byte) {
                digits += 1
                group += 1
                j += 1
                end = j
            } else if byte == 0x20 || byte == 0x2D || byte == 0x2E || byte == 0x28 || byte == 0x29, j + 1 < b.count,
                Self.isDigit(b[j + 1]) || (byte == 0x29 && b[j + 1] == 0x20 && j + 2 < b.count && Self.isDigit(b[j + 2]))
            {
                if group > 0 { groups.append(group) }
                group = 0
                separators.insert(byte)
                j += 1
            } else {
                break
            }
        }
        if group > 0 { groups.append(group) }
        guard end == b.count || !Self.isWordByte(b[end]) else { return nil }
        if digits >= 13 && digits <= 19 && separators.isSubset(of: [0x20, 0x2D]) { return (end, "[card number]") }
        guard digits >= 9 && digits <= 12 else { return nil }
        if separators == [0x2E] && groups.count == 2 { return nil }  // 1234567.89: an amount
        if groups.count >= 3 && groups[0] == 4 && groups[1] <= 2 && groups[2] <= 2 { return nil }  // a date (and time)
        // Without separators or "+", only a national number ("07700900123") reads as a phone;
        // "123456789" is more likely an order or account reference.
        if groups.count == 1 && !plus && !(digits >= 10 && b[i] == 0x30) { return nil }
        return (end, "[phone]")
    }

    // MARK: Bytes

    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    private static func isAlnum(_ b: UInt8) -> Bool { isDigit(b) || (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
    private static func isWordByte(_ b: UInt8) -> Bool { isAlnum(b) || b == 0x5F || b >= 0x80 }
    private static func isLocalPartByte(_ b: UInt8) -> Bool {
        isAlnum(b) || b == 0x2E || b == 0x5F || b == 0x25 || b == 0x2B || b == 0x2D
    }
    private static func hasPrefix(_ b: [UInt8], at i: Int, _ prefix: StaticString) -> Bool {
        let p = UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount)
        guard i + p.count <= b.count else { return false }
        for k in 0..<p.count where b[i + k] | (p[k] >= 0x61 ? 0x20 : 0) != p[k] { return false }
        return true
    }
}
