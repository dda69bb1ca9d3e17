@testable import Verbatim

// The tokenizer as it was before it wrote through preallocated buffers and dispatched on the
// first byte: plain appends and String patterns, easy to read. ``TokenizerEquivalenceTests``
// pins the fast ``Tokenizer`` to it on random input. Rules changes go to both.

/// The straightforward tokenizer that the fast one must agree with, token for token.
struct ReferenceTokenizer: Sendable {
    init() {}

    /// Tokenizes `text`.
    func tokenize(_ text: String) -> TokenizedText {
        var result = TokenizedText()
        tokenize(text, into: &result)
        return result
    }

    /// Tokenizes `text` into `result`, reusing its storage.
    func tokenize(_ text: String, into result: inout TokenizedText) {
        var text = text
        text.withUTF8 { tokenize(bytes: $0, into: &result) }
    }

    /// Tokenizes UTF-8 `bytes` into `result`, reusing its storage.
    func tokenize(bytes: UnsafeBufferPointer<UInt8>, into result: inout TokenizedText) {
        result.removeAll()
        var scanner = ReferenceScanner(bytes: bytes)
        scanner.run(into: &result)
    }
}

// MARK: - Scanner

private struct ReferenceScanner {
    let b: UnsafeBufferPointer<UInt8>
    var i = 0
    var sentenceOpen = false
    var sawUpper = false
    var sawLower = false

    /// Whether the text has an `@` at all; most comments do not, and then no word start needs
    /// the email scan.
    let hasAt: Bool

    init(bytes: UnsafeBufferPointer<UInt8>) {
        b = bytes
        hasAt = bytes.contains(0x40)
    }

    mutating func run(into out: inout TokenizedText) {
        if b.count >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { i = 3 }
        while i < b.count {
            let c = b[i]
            if c == 0x0A || c == 0x0D {  // line break ends a sentence
                sentenceOpen = false
                i += 1
                continue
            }
            if c == 0x20 || c == 0x09 || c < 0x20 || c == 0x7F {
                i += 1
                continue
            }
            if let length = spaceLength(at: i) {
                i += length
                continue
            }
            if scanURL(into: &out) || scanEmail(into: &out) || scanHandle(into: &out)
                || scanEmoticon(into: &out) || scanEmoji(into: &out) || scanWord(into: &out)
                || scanPunctuation(into: &out)
            {
                continue
            }
            i += sequenceLength(at: i)  // a separator: quotes, brackets, symbols
        }
        out.hasMixedCase = sawUpper && sawLower
    }

    // MARK: Emitting

    mutating func emit(_ kind: Token.Kind, from start: Int, to end: Int, into out: inout TokenizedText) {
        if !sentenceOpen {
            out.sentenceStarts.append(Int32(out.tokens.count))
            sentenceOpen = true
        }
        let begin = out.normalized.count
        var allCaps = false, elongated = false
        switch kind {
        case .word, .hashtag:
            var upper = 0, lower = 0
            var last: UInt8 = 0, run = 0
            var j = start
            while j < end {
                var c = b[j]
                if c >= 0x41 && c <= 0x5A {
                    upper += 1
                    c |= 0x20
                } else if c >= 0x61 && c <= 0x7A {
                    lower += 1
                } else if c == 0xC3, j + 1 < end, b[j + 1] >= 0x80, b[j + 1] <= 0x9E, b[j + 1] != 0x97 {
                    out.normalized.append(0xC3)  // Latin-1 capital: lower it, same length
                    out.normalized.append(b[j + 1] + 0x20)
                    upper += 1
                    j += 2
                    last = 0
                    continue
                } else if c == 0xE2, j + 2 < end, b[j + 1] == 0x80, b[j + 2] == 0x99 {
                    out.normalized.append(0x27)  // ’ → '
                    j += 3
                    last = 0x27
                    continue
                }
                if c == last && c >= 0x61 && c <= 0x7A {
                    run += 1
                    if run >= 3 {  // keep at most two of a repeated letter
                        elongated = true
                        j += 1
                        continue
                    }
                } else {
                    run = 1
                }
                last = c
                out.normalized.append(c)
                j += 1
            }
            allCaps = upper >= 2 && lower == 0
            if upper > 0 { sawUpper = true }
            if lower > 0 { sawLower = true }
        case .emoji:
            var j = start
            while j < end {  // drop variation selector-16 (EF B8 8F)
                if b[j] == 0xEF, j + 2 < end, b[j + 1] == 0xB8, b[j + 2] == 0x8F {
                    j += 3
                    continue
                }
                out.normalized.append(b[j])
                j += 1
            }
        default:
            var j = start
            while j < end {
                let c = b[j]
                out.normalized.append(c >= 0x41 && c <= 0x5A ? c | 0x20 : c)
                j += 1
            }
        }
        out.tokens.append(
            Token(
                kind: kind, start: Int32(begin), end: Int32(out.normalized.count),
                isAllCaps: allCaps, isElongated: elongated))
        i = end
    }

    // MARK: Rules

    mutating func scanURL(into out: inout TokenizedText) -> Bool {
        guard b[i] == 0x68 || b[i] == 0x48 || b[i] == 0x77 || b[i] == 0x57 else { return false }  // h, w
        guard startsWith("http://") || startsWith("https://") || startsWith("www.") else { return false }
        var j = i
        while j < b.count, b[j] > 0x20, b[j] != 0x22, b[j] != 0x3C, b[j] != 0x3E { j += 1 }
        while j > i, let last = Optional(b[j - 1]), ".,;:!?)]'\"".utf8.contains(last) { j -= 1 }
        emit(.url, from: i, to: j, into: &out)
        return true
    }

    mutating func scanEmail(into out: inout TokenizedText) -> Bool {
        guard hasAt, isASCIIAlnum(b[i]) else { return false }
        var j = i
        while j < b.count, isASCIIAlnum(b[j]) || b[j] == 0x2E || b[j] == 0x5F || b[j] == 0x25 || b[j] == 0x2B || b[j] == 0x2D {
            j += 1
        }
        guard j < b.count, b[j] == 0x40, j + 1 < b.count, isASCIIAlnum(b[j + 1]) else { return false }
        var k = j + 1
        while k < b.count, isASCIIAlnum(b[k]) || b[k] == 0x2D || b[k] == 0x2E { k += 1 }
        while k > j + 1, b[k - 1] == 0x2E || b[k - 1] == 0x2D { k -= 1 }
        guard let lastDot = (j + 1..<k).last(where: { b[$0] == 0x2E }), lastDot > j + 1, lastDot < k - 1 else {
            return false
        }
        emit(.email, from: i, to: k, into: &out)
        return true
    }

    mutating func scanHandle(into out: inout TokenizedText) -> Bool {
        let c = b[i]
        guard c == 0x40 || c == 0x23, i + 1 < b.count else { return false }  // @ or #
        let next = b[i + 1]
        guard isASCIIAlnum(next) || next == 0x5F else { return false }
        if i > 0, isASCIIAlnum(b[i - 1]) { return false }
        var j = i + 1
        while j < b.count, isASCIIAlnum(b[j]) || b[j] == 0x5F { j += 1 }
        if c == 0x23 {
            // "#48213" is an order number, not a tag: keep it a number token.
            if b[i + 1...j - 1].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
                emit(.number, from: i + 1, to: j, into: &out)
                return true
            }
            emit(.hashtag, from: i, to: j, into: &out)
        } else {
            emit(.mention, from: i, to: j, into: &out)
        }
        return true
    }

    mutating func scanEmoticon(into out: inout TokenizedText) -> Bool {
        let c = b[i]
        let lowered = c >= 0x41 && c <= 0x5A ? c | 0x20 : c
        guard let candidates = ReferenceEmoticons.byFirstByte[Int(lowered)] else { return false }
        // "xD" and "D:" only stand alone; others may follow a word ("great:)").
        for pattern in candidates where startsWith(pattern) {
            let end = i + pattern.utf8.count
            let lastIsAlnum = pattern.utf8.last.map(isASCIIAlnum) ?? false
            let firstIsAlnum = isASCIIAlnum(c)
            if lastIsAlnum, end < b.count, isASCIIAlnum(b[end]) { continue }
            if firstIsAlnum, i > 0, isASCIIAlnum(b[i - 1]) { continue }
            if firstIsAlnum, end < b.count, b[end] > 0x20, !"!?.,".utf8.contains(b[end]) { continue }
            // ":3" style digits after a colon in "at 10:30" are times, not faces.
            if c == 0x3A, i > 0, b[i - 1] >= 0x30, b[i - 1] <= 0x39 { continue }
            emit(.emoticon, from: i, to: end, into: &out)
            return true
        }
        return false
    }

    mutating func scanEmoji(into out: inout TokenizedText) -> Bool {
        guard let length = emojiLength(at: i) else { return false }
        var j = i + length
        // Modifiers and joiners: skin tones, VS-16, keycap, ZWJ + next emoji.
        while j < b.count {
            if let m = modifierLength(at: j) {
                j += m
            } else if j + 2 < b.count, b[j] == 0xE2, b[j + 1] == 0x80, b[j + 2] == 0x8D,
                let next = emojiLength(at: j + 3)
            {
                j += 3 + next
            } else {
                break
            }
        }
        emit(.emoji, from: i, to: j, into: &out)
        return true
    }

    mutating func scanWord(into out: inout TokenizedText) -> Bool {
        guard let first = wordCharLength(at: i) else { return false }
        var j = i + first
        var allDigits = isDigit(b[i])
        while j < b.count {
            if let length = wordCharLength(at: j) {
                if !(length == 1 && isDigit(b[j])) { allDigits = false }
                j += length
                continue
            }
            let c = b[j]
            // Inner apostrophe (' or ’) followed by a letter: don't, customer's.
            if c == 0x27, j + 1 < b.count, isLetter(at: j + 1) {
                j += 1
                allDigits = false
                continue
            }
            if c == 0xE2, j + 3 < b.count, b[j + 1] == 0x80, b[j + 2] == 0x99, isLetter(at: j + 3) {
                j += 3
                allDigits = false
                continue
            }
            // Inner hyphen between word characters: well-made, wi-fi, 24-hour.
            if c == 0x2D, j + 1 < b.count, wordCharLength(at: j + 1) != nil {
                j += 1
                allDigits = false
                continue
            }
            // Digit separators: 3.5, 1,000.
            if (c == 0x2E || c == 0x2C), isDigit(b[j - 1]), j + 1 < b.count, isDigit(b[j + 1]) {
                j += 1
                continue
            }
            break
        }
        emit(allDigits ? .number : .word, from: i, to: j, into: &out)
        return true
    }

    mutating func scanPunctuation(into out: inout TokenizedText) -> Bool {
        let c = b[i]
        if c == 0x21 || c == 0x3F {  // ! ?
            var j = i
            while j < b.count, b[j] == 0x21 || b[j] == 0x3F { j += 1 }
            emit(.punctuation, from: i, to: j, into: &out)
            sentenceOpen = false
            return true
        }
        if c == 0x2E {  // . or ...
            var j = i
            while j < b.count, b[j] == 0x2E { j += 1 }
            emit(.punctuation, from: i, to: j, into: &out)
            sentenceOpen = false
            return true
        }
        if c == 0x2C || c == 0x3B || c == 0x3A {
            emit(.punctuation, from: i, to: i + 1, into: &out)
            return true
        }
        if c == 0xE2, i + 2 < b.count, b[i + 1] == 0x80, b[i + 2] == 0xA6 {  // …
            emit(.punctuation, from: i, to: i + 3, into: &out)
            sentenceOpen = false
            return true
        }
        return false
    }

    // MARK: Byte classes

    func startsWith(_ pattern: String) -> Bool {
        var j = i
        for p in pattern.utf8 {
            guard j < b.count else { return false }
            var c = b[j]
            if c >= 0x41 && c <= 0x5A && p >= 0x61 && p <= 0x7A { c |= 0x20 }  // case-insensitive letters
            if c != p { return false }
            j += 1
        }
        return true
    }

    func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

    func isASCIIAlnum(_ c: UInt8) -> Bool {
        (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
    }

    func isLetter(at j: Int) -> Bool {
        let c = b[j]
        if c < 0x80 { return (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) }
        return wordCharLength(at: j) != nil
    }

    /// Length of the UTF-8 sequence that starts at `j`: 1 for ASCII, stray continuation bytes
    /// and truncated sequences, so malformed input never swallows the next character.
    func sequenceLength(at j: Int) -> Int {
        let c = b[j]
        let length = c < 0xC2 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : c < 0xF5 ? 4 : 1
        guard j + length <= b.count else { return 1 }
        for k in 1..<length where b[j + k] & 0xC0 != 0x80 { return 1 }
        return length
    }

    /// Length of a letter or digit at `j`, or nil if `j` holds something else.
    func wordCharLength(at j: Int) -> Int? {
        let c = b[j]
        if c < 0x80 { return isASCIIAlnum(c) || c == 0x5F ? 1 : nil }
        let length = sequenceLength(at: j)
        guard length >= 2, j + length <= b.count else { return nil }
        if c == 0xC2 { return nil }  // Latin-1 punctuation and symbols (NBSP, «, ©, £)
        if c == 0xC3, b[j + 1] == 0x97 || b[j + 1] == 0xB7 { return nil }  // × ÷
        if c == 0xE2 || c == 0xE3 && b[j + 1] == 0x80 { return nil }  // punctuation, symbols, CJK punctuation
        if c == 0xEF, b[j + 1] >= 0xB8 { return nil }  // variation selectors, specials, fullwidth forms
        if c == 0xF0, b[j + 1] == 0x9F { return nil }  // emoji
        return length
    }

    /// Length of a Unicode space at `j`, or nil.
    func spaceLength(at j: Int) -> Int? {
        let c = b[j]
        if c == 0xC2, j + 1 < b.count, b[j + 1] == 0xA0 { return 2 }  // NBSP
        if c == 0xE2, j + 2 < b.count, b[j + 1] == 0x80, b[j + 2] >= 0x80, b[j + 2] <= 0x8B { return 3 }
        if c == 0xE2, j + 2 < b.count, b[j + 1] == 0x80, b[j + 2] == 0xA8 || b[j + 2] == 0xA9 { return 3 }
        if c == 0xE3, j + 2 < b.count, b[j + 1] == 0x80, b[j + 2] == 0x80 { return 3 }  // ideographic space
        if c == 0xEF, j + 2 < b.count, b[j + 1] == 0xBB, b[j + 2] == 0xBF { return 3 }  // stray BOM
        return nil
    }

    /// Length of an emoji code point at `j`, or nil.
    func emojiLength(at j: Int) -> Int? {
        guard j < b.count else { return nil }
        let c = b[j]
        if c == 0xF0, sequenceLength(at: j) == 4, b[j + 1] == 0x9F {
            // U+1F000…1FFFF, except the skin-tone modifiers, which only attach.
            if b[j + 2] == 0x8F, b[j + 3] >= 0xBB { return nil }
            return 4
        }
        if c == 0xE2, sequenceLength(at: j) == 3 {
            let second = b[j + 1]
            if second >= 0x98 && second <= 0x9E { return 3 }  // U+2600…27BF symbols, dingbats
            if second == 0xAD || second == 0xAC { return 3 }  // ⭐ ⬆ and friends
            if second == 0x9D { return 3 }
        }
        return nil
    }

    /// Length of an emoji modifier at `j` (skin tone, VS-16, keycap), or nil.
    func modifierLength(at j: Int) -> Int? {
        if j + 3 < b.count, b[j] == 0xF0, b[j + 1] == 0x9F, b[j + 2] == 0x8F, b[j + 3] >= 0xBB { return 4 }
        if j + 2 < b.count, b[j] == 0xEF, b[j + 1] == 0xB8, b[j + 2] == 0x8F { return 3 }
        if j + 2 < b.count, b[j] == 0xE2, b[j + 1] == 0x83, b[j + 2] == 0xA3 { return 3 }
        return nil
    }
}

/// Emoticons recognised as single tokens, longest first so ":-)" wins over ":-".
private enum ReferenceEmoticons {
    static let patterns: [String] = [
        ">:-(", ">:(", ":'-(", ":'(", ":'-)", ":')", "</3",
        ":-)", ":-(", ":-d", ":-p", ":-/", ":-\\", ":-|", ":-o", ":-*", ";-)", ";-(",
        ":)", ":(", ":d", ":p", ":/", ":\\", ":|", ":o", ":*", ":]", ":[", ":3", ":@", ":$",
        ";)", ";(", ";d", ";p", "=)", "=(", "=d", "=/", "=]", "<3", "^_^", "^^", "-_-", "t_t", ";_;",
        "o_o", "xd", "d:",
    ]
    /// Patterns by their first (lowercase) byte, longest first; nil where no emoticon starts.
    static let byFirstByte: [[String]?] = {
        var table = [[String]?](repeating: nil, count: 256)
        for pattern in patterns { table[Int(pattern.utf8.first!)] = (table[Int(pattern.utf8.first!)] ?? []) + [pattern] }
        return table
    }()
}
