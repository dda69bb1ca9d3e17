/// Decodes the HTML character references that web exports leave in comments.
///
/// Review sites, ticket systems and social-media exports often deliver text HTML-escaped:
/// "&lt;3" for "<3", "AT&amp;T", "don&#39;t". The tokenizer decodes them first, so the heart is an
/// emoticon and the apostrophe joins the word. Known names (`amp`, `lt`, `gt`, `quot`, `apos`,
/// `nbsp`) and numeric references (`&#39;`, `&#x2764;`) are decoded; anything else stays as written.
enum HTMLEntities {
    /// The decoded text, or nil when `bytes` hold no character reference.
    ///
    /// - Complexity: O(n) in the byte length.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var out: [UInt8] = []
        var copied = 0  // bytes[..<copied] are in `out` or replaced
        var i = 0
        while i < bytes.count {
            guard bytes[i] == 0x26, let (scalar, length) = reference(in: bytes, at: i) else {
                i += 1
                continue
            }
            if out.isEmpty { out.reserveCapacity(bytes.count) }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<i]))
            out.append(contentsOf: String(Character(scalar)).utf8)
            i += length
            copied = i
        }
        guard copied > 0 else { return nil }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
        return out
    }

    /// The character reference that starts at `start` (an `&`) and its length, if any.
    private static func reference(in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (Unicode.Scalar, Int)? {
        var end = start + 1
        while end < bytes.count, end - start <= 10, bytes[end] != 0x3B { end += 1 }  // ';'
        guard end < bytes.count, bytes[end] == 0x3B, end > start + 1 else { return nil }
        let name = UnsafeBufferPointer(rebasing: bytes[(start + 1)..<end])
        let length = end + 1 - start
        if name[0] == 0x23 {  // '#': numeric
            var value: UInt32 = 0
            let hex = name.count > 1 && (name[1] == 0x78 || name[1] == 0x58)
            let digits = name.dropFirst(hex ? 2 : 1)
            guard !digits.isEmpty, digits.count <= 7 else { return nil }
            for byte in digits {
                guard let digit = Self.digit(byte, hex: hex) else { return nil }
                value = value * (hex ? 16 : 10) + digit
            }
            guard value != 0, let scalar = Unicode.Scalar(value) else { return nil }
            return (scalar, length)
        }
        switch String(decoding: name, as: UTF8.self) {
        case "amp": return ("&", length)
        case "lt": return ("<", length)
        case "gt": return (">", length)
        case "quot": return ("\"", length)
        case "apos": return ("'", length)
        case "nbsp": return ("\u{A0}", length)
        default: return nil
        }
    }

    private static func digit(_ byte: UInt8, hex: Bool) -> UInt32? {
        switch byte {
        case 0x30...0x39: return UInt32(byte - 0x30)
        case 0x61...0x66 where hex: return UInt32(byte - 0x61 + 10)
        case 0x41...0x46 where hex: return UInt32(byte - 0x41 + 10)
        default: return nil
        }
    }
}
