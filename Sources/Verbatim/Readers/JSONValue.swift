/// A parsed JSON value, as much of JSON as a JSONL reader needs.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    /// A number, kept as written so ids like `00123` or `1e3` are not reformatted.
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([(key: String, value: JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case (.bool(let a), .bool(let b)): a == b
        case (.number(let a), .number(let b)): a == b
        case (.string(let a), .string(let b)): a == b
        case (.array(let a), .array(let b)): a == b
        case (.object(let a), .object(let b)):
            a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: false
        }
    }

    /// The value at a dotted path (`review.body`; array elements by index, `items.0`).
    public func value(atPath path: String) -> JSONValue? {
        var current = self
        for part in path.split(separator: ".", omittingEmptySubsequences: false) {
            switch current {
            case .object(let members):
                guard let member = members.last(where: { $0.key == part }) else { return nil }
                current = member.value
            case .array(let items):
                guard let index = Int(part), items.indices.contains(index) else { return nil }
                current = items[index]
            default:
                return nil
            }
        }
        return current
    }

    /// The value as text: strings as they are, numbers as written, booleans as words.
    public var scalarText: String? {
        switch self {
        case .string(let s): s
        case .number(let n): n
        case .bool(let b): b ? "true" : "false"
        default: nil
        }
    }
}

/// A recursive-descent JSON parser over UTF-8 bytes (RFC 8259).
///
/// - Complexity: O(n) in the input length; nesting deeper than 512 levels is refused.
public struct JSONParser {
    /// Why a text is not JSON, with the byte offset.
    public struct Failure: Error, Sendable, Equatable {
        public var offset: Int
        public var reason: String
    }

    private let b: UnsafeBufferPointer<UInt8>
    private var i = 0
    private var depth = 0

    private init(_ bytes: UnsafeBufferPointer<UInt8>) { b = bytes }

    /// Parses one JSON value that fills `bytes` (surrounding whitespace allowed).
    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(Failure) -> JSONValue {
        var parser = JSONParser(bytes)
        parser.skipSpace()
        let value = try parser.parseValue()
        parser.skipSpace()
        guard parser.i == bytes.count else { throw Failure(offset: parser.i, reason: "unexpected text after the value") }
        return value
    }

    /// Parses one JSON value from a string.
    public static func parse(_ text: String) throws(Failure) -> JSONValue {
        let bytes = Array(text.utf8)
        return try bytes.withUnsafeBufferPointer { (buffer) throws(Failure) in try parse(buffer) }
    }

    private mutating func skipSpace() {
        while i < b.count, b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0A || b[i] == 0x0D { i += 1 }
    }

    private func fail(_ reason: String) -> Failure { Failure(offset: i, reason: reason) }

    private mutating func parseValue() throws(Failure) -> JSONValue {
        guard i < b.count else { throw fail("unexpected end of line") }
        switch b[i] {
        case 0x7B: return try parseObject()
        case 0x5B: return try parseArray()
        case 0x22: return .string(try parseString())
        case 0x74: try expect("true"); return .bool(true)
        case 0x66: try expect("false"); return .bool(false)
        case 0x6E: try expect("null"); return .null
        case 0x2D, 0x30...0x39: return try parseNumber()
        default: throw fail("unexpected character '\(Unicode.Scalar(b[i]))'")
        }
    }

    private mutating func expect(_ word: String) throws(Failure) {
        for byte in word.utf8 {
            guard i < b.count, b[i] == byte else { throw fail("expected '\(word)'") }
            i += 1
        }
    }

    private mutating func parseObject() throws(Failure) -> JSONValue {
        depth += 1
        guard depth <= 512 else { throw fail("nested too deeply") }
        defer { depth -= 1 }
        i += 1
        var members: [(key: String, value: JSONValue)] = []
        skipSpace()
        if i < b.count, b[i] == 0x7D {
            i += 1
            return .object(members)
        }
        while true {
            skipSpace()
            guard i < b.count, b[i] == 0x22 else { throw fail("expected a quoted key") }
            let key = try parseString()
            skipSpace()
            guard i < b.count, b[i] == 0x3A else { throw fail("expected ':' after a key") }
            i += 1
            skipSpace()
            members.append((key, try parseValue()))
            skipSpace()
            guard i < b.count else { throw fail("unterminated object") }
            if b[i] == 0x2C {
                i += 1
                continue
            }
            guard b[i] == 0x7D else { throw fail("expected ',' or '}'") }
            i += 1
            return .object(members)
        }
    }

    private mutating func parseArray() throws(Failure) -> JSONValue {
        depth += 1
        guard depth <= 512 else { throw fail("nested too deeply") }
        defer { depth -= 1 }
        i += 1
        var items: [JSONValue] = []
        skipSpace()
        if i < b.count, b[i] == 0x5D {
            i += 1
            return .array(items)
        }
        while true {
            skipSpace()
            items.append(try parseValue())
            skipSpace()
            guard i < b.count else { throw fail("unterminated array") }
            if b[i] == 0x2C {
                i += 1
                continue
            }
            guard b[i] == 0x5D else { throw fail("expected ',' or ']'") }
            i += 1
            return .array(items)
        }
    }

    private mutating func parseNumber() throws(Failure) -> JSONValue {
        let start = i
        if b[i] == 0x2D { i += 1 }
        let digitsStart = i
        while i < b.count, (0x30...0x39).contains(b[i]) || b[i] == 0x2E || b[i] == 0x65 || b[i] == 0x45 || b[i] == 0x2B || b[i] == 0x2D {
            i += 1
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self)
        guard i > digitsStart, Double(text) != nil else { throw Failure(offset: start, reason: "malformed number") }
        return .number(text)
    }

    private mutating func parseString() throws(Failure) -> String {
        i += 1
        var out: [UInt8] = []
        while i < b.count {
            let c = b[i]
            if c == 0x22 {
                i += 1
                return String(decoding: out, as: UTF8.self)
            }
            if c < 0x20 { throw fail("control character in a string") }
            if c != 0x5C {
                out.append(c)
                i += 1
                continue
            }
            i += 1
            guard i < b.count else { break }
            let escape = b[i]
            i += 1
            switch escape {
            case 0x22: out.append(0x22)
            case 0x5C: out.append(0x5C)
            case 0x2F: out.append(0x2F)
            case 0x62: out.append(0x08)
            case 0x66: out.append(0x0C)
            case 0x6E: out.append(0x0A)
            case 0x72: out.append(0x0D)
            case 0x74: out.append(0x09)
            case 0x75:
                var scalar = try parseHex4()
                if (0xD800...0xDBFF).contains(scalar), i + 5 < b.count, b[i] == 0x5C, b[i + 1] == 0x75 {
                    let mark = i
                    i += 2
                    let low = try parseHex4()
                    if (0xDC00...0xDFFF).contains(low) {
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    } else {
                        i = mark  // an unpaired high surrogate; the next escape stands alone
                        scalar = 0xFFFD
                    }
                }
                let value = Unicode.Scalar(scalar) ?? "\u{FFFD}"
                out.append(contentsOf: Array(String(value).utf8))
            default:
                throw fail("unknown escape '\\\(Unicode.Scalar(escape))'")
            }
        }
        throw fail("unterminated string")
    }

    private mutating func parseHex4() throws(Failure) -> UInt32 {
        guard i + 4 <= b.count else { throw fail("short \\u escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let c = b[i]
            let digit: UInt32
            switch c {
            case 0x30...0x39: digit = UInt32(c - 0x30)
            case 0x41...0x46: digit = UInt32(c - 0x37)
            case 0x61...0x66: digit = UInt32(c - 0x57)
            default: throw fail("bad hex digit in \\u escape")
            }
            value = value << 4 | digit
            i += 1
        }
        return value
    }
}
