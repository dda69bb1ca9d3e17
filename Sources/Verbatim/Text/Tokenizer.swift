/// Splits a comment into tokens and sentences, working on UTF-8 bytes.
///
/// Rules, in the order they are tried at each position:
/// URLs (`http://`, `https://`, `www.`) and emails are single tokens; `@handle` and `#tag`;
/// emoticons (":-)", ":(", "<3", "^_^"); emoji, with skin tones, variation selectors and
/// zero-width-joiner sequences kept whole; words (letters and digits, with inner apostrophes
/// "don't", hyphens "well-made" and digit separators "3.5", "1,000"); runs of `!` and `?`;
/// and `.` `,` `;` `:` `…`. Everything else (quotes, brackets, symbols) separates tokens.
///
/// A sentence ends after `.`, `!`, `?` runs, `…`, and at line breaks.
///
/// - Complexity: O(n) in the byte length of the text.
public struct Tokenizer: Sendable {
    public init() {}

    /// Tokenizes `text`.
    public func tokenize(_ text: String) -> TokenizedText {
        var result = TokenizedText()
        tokenize(text, into: &result)
        return result
    }

    /// Tokenizes `text` into `result`, reusing its storage.
    public func tokenize(_ text: String, into result: inout TokenizedText) {
        var text = text
        text.withUTF8 { tokenize(bytes: $0, into: &result) }
    }

    /// Tokenizes UTF-8 `bytes` into `result`, reusing its storage. HTML character references
    /// ("&lt;3", "AT&amp;T") are decoded first (see ``HTMLEntities``).
    public func tokenize(bytes: UnsafeBufferPointer<UInt8>, into result: inout TokenizedText) {
        let summary = ByteSummary(bytes)
        if summary.hasAmpersand, let decoded = HTMLEntities.decode(bytes) {
            decoded.withUnsafeBufferPointer { scan(bytes: $0, hasAt: ByteSummary($0).hasAt, into: &result) }
        } else {
            scan(bytes: bytes, hasAt: summary.hasAt, into: &result)
        }
    }

    /// Tokenizes UTF-8 `bytes` (HTML character references decoded first, as in
    /// ``tokenize(bytes:into:)``) and calls `body` with a view of the tokens, read in place from
    /// `scratch`'s tokenizer storage: nothing is copied, so `scratch`'s public arrays are left
    /// as they were. Same tokens, sentences and normalized bytes as ``tokenize(bytes:into:)``;
    /// no token tagged.
    ///
    /// - Complexity: O(n) in the byte length of the text; no allocation once `scratch` has
    ///   held a text this long.
    func withTokens<R>(
        bytes: UnsafeBufferPointer<UInt8>, scratch: inout TokenizedText, _ body: (TokenView) -> R
    ) -> R {
        withTokens(bytes: bytes, summary: ByteSummary(bytes), tagging: NoWordTags(), scratch: &scratch, body)
    }

    /// ``withTokens(bytes:scratch:_:)`` with the ``ByteSummary`` of `bytes` that the caller
    /// made anyway (no pass over the bytes of its own to look for `&` and `@`), and with the words
    /// of the word loop tagged by `tagger` as they are read (see ``WordTagger``).
    ///
    /// - Complexity: O(n) in the byte length of the text.
    func withTokens<R, Tagger: WordTagger>(
        bytes: UnsafeBufferPointer<UInt8>, summary: ByteSummary, tagging tagger: Tagger, scratch: inout TokenizedText,
        _ body: (TokenView) -> R
    ) -> R {
        if summary.hasAmpersand, let decoded = HTMLEntities.decode(bytes) {
            return decoded.withUnsafeBufferPointer {
                withScanned($0, hasAt: ByteSummary($0).hasAt, tagging: tagger, scratch: &scratch, body)
            }
        }
        return withScanned(bytes, hasAt: summary.hasAt, tagging: tagger, scratch: &scratch, body)
    }

    private func withScanned<R, Tagger: WordTagger>(
        _ bytes: UnsafeBufferPointer<UInt8>, hasAt: Bool, tagging tagger: Tagger, scratch: inout TokenizedText,
        _ body: (TokenView) -> R
    ) -> R {
        let result = body(scanIntoSpace(bytes: bytes, hasAt: hasAt, tagging: tagger, of: &scratch))
        if bytes.count >= Self.largeText { scratch.dropSpace() }  // the scratch starts again small with the next text
        return result
    }

    /// Tokenizes UTF-8 `bytes` as they are.
    ///
    /// No allocation once `result` has held a text this long: the scanner writes into the
    /// scratch of `result`, kept at its largest size (see ``scanIntoSpace(bytes:hasAt:of:)``), then
    /// the written parts are copied into ``TokenizedText/normalized``,
    /// ``TokenizedText/tokens`` and ``TokenizedText/sentenceStarts``.
    /// - Complexity: O(n) in the byte length of the text.
    private func scan(bytes: UnsafeBufferPointer<UInt8>, hasAt: Bool, into result: inout TokenizedText) {
        result.removeAll()
        guard bytes.count > 0, bytes.baseAddress != nil else { return }
        let view = scanIntoSpace(bytes: bytes, hasAt: hasAt, tagging: NoWordTags(), of: &result)
        result.hasMixedCase = view.hasMixedCase
        result.normalized.append(contentsOf: view.normalized)
        result.tokens.append(contentsOf: view.tokens)
        result.sentenceStarts.append(contentsOf: view.sentenceStarts)
        if bytes.count >= Self.largeText { result.dropSpace() }  // the scratch starts again small with the next text
    }

    /// Scans `bytes`, which have an `@` somewhere if `hasAt`, into the scratch space of `result`
    /// (see ``TokenizerSpace``), kept at its largest size (no fill per text), with the tags of
    /// `tagger`; returns a view of what was written, valid while `result` keeps that space.
    ///
    /// A space that a copy of `result` shares is replaced first, so no copy sees it change.
    /// Token room is one per byte up to ``largeText`` bytes; for a longer text it starts at a
    /// quarter of the bytes and doubles when the text needs more, so a huge text costs memory
    /// in proportion to its tokens. The scanner reads a copy of the bytes with zeros after it
    /// (see ``paddingBytes``), in the space too.
    /// - Complexity: O(n) in the byte length of the text.
    private func scanIntoSpace<Tagger: WordTagger>(
        bytes: UnsafeBufferPointer<UInt8>, hasAt: Bool, tagging tagger: Tagger, of result: inout TokenizedText
    ) -> TokenView {
        if !isKnownUniquelyReferenced(&result.space) {
            result.space = TokenizerSpace()
            result.room = TokenizerRoom()
        }
        let n = bytes.count
        var progress = ScanProgress()
        guard n > 0, let base = bytes.baseAddress else { return Self.view(of: result.room, progress) }
        // Normalized text is never longer than the input; eight-byte stores may end 8 bytes
        // further. The copy of the text has its padding after it.
        let byteRoom = n + Self.paddingBytes
        // Room for a token per byte (what the word loop asks) up to `largeText` bytes; beyond,
        // a quarter of the bytes at first, so that a huge text costs memory in proportion to its
        // tokens.
        var tokenRoom = n <= Self.largeText ? n : n / 4 + 16
        if result.room.byteCapacity < byteRoom || result.room.tokenCapacity < tokenRoom {
            result.room = result.space!.reserve(bytes: byteRoom, tokens: tokenRoom)
        }
        let text = result.room.text!
        text.update(from: base, count: n)
        (text + n).update(repeating: 0, count: Self.paddingBytes)
        if n >= 3, base[0] == 0xEF, base[1] == 0xBB, base[2] == 0xBF { progress.i = 3 }  // byte order mark
        while true {
            let room = result.room
            var scanner = Scanner(
                bytes: text, count: n, hasAt: hasAt, normalized: room.normalized!, tokens: room.tokens!, tags: room.tags!,
                tagger: tagger, sentenceStarts: room.sentenceStarts!, tokenCapacity: room.tokenCapacity,
                progress: progress)
            let finished = scanner.run()
            progress = scanner.progress
            if finished { return Self.view(of: room, progress) }
            // Every token takes at least one byte: n is always enough.
            tokenRoom = min(n, max(tokenRoom, room.tokenCapacity) * 2)
            result.room = result.space!.reserve(
                bytes: byteRoom, tokens: tokenRoom, keepingTokens: progress.tokenCount,
                sentences: progress.sentenceCount)
        }
    }

    /// A view of what a scan that got to `progress` wrote in `room`.
    private static func view(of room: TokenizerRoom, _ progress: ScanProgress) -> TokenView {
        TokenView(
            normalized: UnsafeBufferPointer(start: room.normalized, count: progress.normalizedCount),
            tokens: UnsafeBufferPointer(start: room.tokens, count: progress.tokenCount),
            sentenceStarts: UnsafeBufferPointer(start: room.sentenceStarts, count: progress.sentenceCount),
            tags: UnsafeMutableBufferPointer(start: room.tags, count: progress.tokenCount),
            hasMixedCase: progress.sawUpper && progress.sawLower)
    }

    /// From this many bytes on, a text's scratch is dropped after it (the next starts small).
    static let largeText = 1 << 16

    /// How many zero bytes follow the copy of a text that the scanner reads.
    static let paddingBytes = 16
}

// MARK: - Scanner

/// Where a scan has got to: what a scan continued with more room starts from.
private struct ScanProgress {
    var i = 0
    var normalizedCount = 0
    var tokenCount = 0
    var sentenceCount = 0
    var sentenceOpen = false
    var sawUpper = false
    var sawLower = false
}

/// One pass over a text's bytes; writes normalized bytes, tokens, their tags from `Tagger` and
/// sentence starts through pointers sized for the worst case (one of each per input byte).
private struct Scanner<Tagger: WordTagger> {

    /// The text's `n` bytes, followed by ``Tokenizer/paddingBytes`` zeros: eight bytes can be read at any
    /// position up to `n + 8` with no test of the end (see ``load(_:at:)``).
    let b: UnsafePointer<UInt8>
    let n: Int
    let normalized: UnsafeMutablePointer<UInt8>
    let tokens: UnsafeMutablePointer<Token>
    /// Each token's tag (see ``WordTagger``), written with it.
    let tags: UnsafeMutablePointer<UInt64>
    let tagger: Tagger
    let sentenceStarts: UnsafeMutablePointer<Int32>
    let tokenCapacity: Int
    var normalizedCount: Int
    var tokenCount: Int
    var sentenceCount: Int
    var i: Int
    var sentenceOpen: Bool
    var sawUpper: Bool
    var sawLower: Bool

    /// Whether the text has an `@` at all; most comments do not, and then no word start needs
    /// the email scan.
    let hasAt: Bool

    /// A scanner of `count` bytes at `bytes` that writes the normalized bytes (room for the whole
    /// input), tokens, their tags by `tagger` and sentence starts (room for `tokenCapacity`
    /// each), from `progress` on.
    init(
        bytes: UnsafePointer<UInt8>, count: Int, hasAt: Bool,
        normalized: UnsafeMutablePointer<UInt8>, tokens: UnsafeMutablePointer<Token>, tags: UnsafeMutablePointer<UInt64>,
        tagger: Tagger, sentenceStarts: UnsafeMutablePointer<Int32>, tokenCapacity: Int, progress: ScanProgress
    ) {
        b = bytes
        n = count
        self.hasAt = hasAt
        self.normalized = normalized
        self.tokens = tokens
        self.tags = tags
        self.tagger = tagger
        self.sentenceStarts = sentenceStarts
        self.tokenCapacity = tokenCapacity
        i = progress.i
        normalizedCount = progress.normalizedCount
        tokenCount = progress.tokenCount
        sentenceCount = progress.sentenceCount
        sentenceOpen = progress.sentenceOpen
        sawUpper = progress.sawUpper
        sawLower = progress.sawLower
    }

    var progress: ScanProgress {
        ScanProgress(
            i: i, normalizedCount: normalizedCount, tokenCount: tokenCount, sentenceCount: sentenceCount,
            sentenceOpen: sentenceOpen, sawUpper: sawUpper, sawLower: sawLower)
    }


    /// The eight bytes at `j` of `b` (the first in the lowest byte), `j` at most `n + 8`: past
    /// the end of the text, zeros (so a word there ends at the end of the text).
    ///
    /// - Complexity: O(1).
    @inline(__always)
    static func load(_ b: UnsafePointer<UInt8>, at j: Int) -> UInt64 {
        UnsafeRawPointer(b + j).loadUnaligned(as: UInt64.self).littleEndian
    }

    /// Scans on from `i`; returns false, to be bound to more room and run again, when the token
    /// room is full before the end of the text.
    mutating func run() -> Bool {
        while i < n {
            if tokenCount == tokenCapacity { return false }  // each step emits at most one token
            let c = b[i]
            if c < 0x80 {
                if c <= 0x20 || c == 0x7F {
                    if c == 0x0A || c == 0x0D { sentenceOpen = false }  // line break ends a sentence
                    i += 1
                    continue
                }
                // Most tokens: a word that starts with a letter or digit no other rule can take
                // (the word loop leaves a word that may start a URL or emoticon to the rules).
                // The word loop needs room for a token per byte left, as texts up to `largeText`
                // bytes always have.
                if Self.isWordASCII(c), tokenCapacity &- tokenCount >= n &- i,
                    hasAt ? scanASCIIWordsMaybeEmails() : scanASCIIWordsNoEmails()
                {
                    continue
                }
                // `.` `,` `!` `?` start no URL, email, handle, emoticon, emoji or word: only
                // punctuation, so the rules before it need not be asked.
                if c == 0x2E || c == 0x2C || c == 0x21 || c == 0x3F {
                    _ = scanPunctuation()
                    continue
                }
            } else if let length = spaceLength(at: i) {
                i += length
                continue
            }
            if scanURL() || scanEmail() || scanHandle() || scanEmoticon() || scanEmoji() || scanWord()
                || scanPunctuation()
            {
                continue
            }
            i += sequenceLength(at: i)  // a separator: quotes, brackets, symbols
        }
        return true
    }

    /// Whether a URL or an emoticon could start at a byte `c` that is an ASCII letter, digit or
    /// underscore, followed by `next` (0 at the end of the text): URLs start "http" or "www"
    /// (any case); the emoticons that start with a letter are "d:", "o_o", "t_t" and "xd".
    /// False answers are exact; true ones may be wrong (the full rules decide).
    ///
    /// - Complexity: O(1).
    @inline(__always)
    static func mayStartURLOrEmoticon(_ c: UInt8, next: UInt8) -> Bool {
        let next = next | 0x20
        // First a test without a branch that few words pass: the first byte among h w d o t x
        // and the second among t w d _ : (as bits of 64-bit sets, from 0x40 on and wrapping
        // around; letters, `_` and `:` have bits of their own, so no answer that should be true
        // is false).
        let firsts: UInt64 = 1 << 0x28 | 1 << 0x37 | 1 << 0x24 | 1 << 0x2F | 1 << 0x34 | 1 << 0x38
        let seconds: UInt64 = 1 << 0x34 | 1 << 0x37 | 1 << 0x24 | 1 << 0x3F | 1 << 0x3A
        let first = UInt64((c | 0x20) &- 0x40) & 63, second = UInt64(next &- 0x40) & 63
        guard firsts &>> first & seconds &>> second & 1 != 0 else { return false }
        switch c | 0x20 {
        case 0x68: return next == 0x74  // h, then t
        case 0x77: return next == 0x77  // w, then w
        case 0x64, 0x6F, 0x74, 0x78: return next == 0x7F || next == 0x3A || next == 0x64  // then _ : d
        default: return false
        }
    }

    // MARK: Emitting

    /// Writes normalized byte `c` at `k`, keeping at most two of a repeated letter ("sooo" → "soo").
    @inline(__always)
    static func append(
        _ c: UInt8, to out: UnsafeMutablePointer<UInt8>, at k: inout Int, last: inout UInt8, run: inout Int,
        elongated: inout Bool
    ) {
        if c == last && c &- 0x61 < 26 {
            run &+= 1
            if run >= 3 {
                elongated = true
                return
            }
        } else {
            run = 1
        }
        last = c
        out[k] = c
        k &+= 1
    }

    mutating func emit(_ kind: Token.Kind, from start: Int, to end: Int) {
        if !sentenceOpen {
            sentenceStarts[sentenceCount] = Int32(tokenCount)
            sentenceCount &+= 1
            sentenceOpen = true
        }
        // Local copies, so the writes through `out` need not reload the scanner's fields.
        let out = normalized, b = b
        let begin = normalizedCount
        var k = begin
        var allCaps = false, elongated = false
        switch kind {
        case .word, .hashtag:
            var upper = 0, lower = 0
            var last: UInt8 = 0, run = 0
            var j = start
            while j < end {
                var c = b[j]
                if c &- 0x41 < 26 {
                    upper &+= 1
                    c |= 0x20
                } else if c &- 0x61 < 26 {
                    lower &+= 1
                } else if c == 0xC3, j + 1 < end, b[j + 1] >= 0x80, b[j + 1] <= 0x9E, b[j + 1] != 0x97 {
                    out[k] = 0xC3  // Latin-1 capital: lower it, same length
                    out[k + 1] = b[j + 1] + 0x20
                    k &+= 2
                    upper &+= 1
                    j &+= 2
                    last = 0
                    continue
                } else if c == 0xE2, j + 2 < end, b[j + 1] == 0x80, b[j + 2] == 0x99 {
                    out[k] = 0x27  // ’ → '
                    k &+= 1
                    j &+= 3
                    last = 0x27
                    continue
                }
                Self.append(c, to: out, at: &k, last: &last, run: &run, elongated: &elongated)
                j &+= 1
            }
            allCaps = upper >= 2 && lower == 0
            if upper > 0 { sawUpper = true }
            if lower > 0 { sawLower = true }
        case .emoji:
            var j = start
            while j < end {  // drop variation selector-16 (EF B8 8F)
                if b[j] == 0xEF, j + 2 < end, b[j + 1] == 0xB8, b[j + 2] == 0x8F {
                    j &+= 3
                    continue
                }
                out[k] = b[j]
                k &+= 1
                j &+= 1
            }
        default:
            var j = start
            while j < end {
                let c = b[j]
                out[k] = c &- 0x41 < 26 ? c | 0x20 : c
                k &+= 1
                j &+= 1
            }
        }
        normalizedCount = k
        tokens[tokenCount] = Token(
            kind: kind, start: Int32(truncatingIfNeeded: begin), end: Int32(truncatingIfNeeded: k), isAllCaps: allCaps,
            isElongated: elongated)
        tags[tokenCount] = 0
        tokenCount &+= 1
        i = end
    }

    // MARK: Rules

    mutating func scanURL() -> Bool {
        let c = b[i] | 0x20
        guard c == 0x68 || c == 0x77, b[i] == c || b[i] == c & ~0x20 else { return false }  // h, w
        guard startsWith("http://") || startsWith("https://") || startsWith("www.") else { return false }
        var j = i
        while j < n, b[j] > 0x20, b[j] != 0x22, b[j] != 0x3C, b[j] != 0x3E { j += 1 }
        trim: while j > i {
            switch b[j - 1] {
            case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x29, 0x5D, 0x27, 0x22: j -= 1  // . , ; : ! ? ) ] ' "
            default: break trim
            }
        }
        emit(.url, from: i, to: j)
        return true
    }

    mutating func scanEmail() -> Bool {
        guard hasAt, isASCIIAlnum(b[i]) else { return false }
        var j = i
        while j < n, isASCIIAlnum(b[j]) || b[j] == 0x2E || b[j] == 0x5F || b[j] == 0x25 || b[j] == 0x2B || b[j] == 0x2D {
            j += 1
        }
        guard j < n, b[j] == 0x40, j + 1 < n, isASCIIAlnum(b[j + 1]) else { return false }
        var k = j + 1
        while k < n, isASCIIAlnum(b[k]) || b[k] == 0x2D || b[k] == 0x2E { k += 1 }
        while k > j + 1, b[k - 1] == 0x2E || b[k - 1] == 0x2D { k -= 1 }
        var lastDot = k - 1
        while lastDot > j, b[lastDot] != 0x2E { lastDot -= 1 }
        guard lastDot > j + 1, lastDot < k - 1 else { return false }
        emit(.email, from: i, to: k)
        return true
    }

    mutating func scanHandle() -> Bool {
        let c = b[i]
        guard c == 0x40 || c == 0x23, i + 1 < n else { return false }  // @ or #
        let next = b[i + 1]
        guard isASCIIAlnum(next) || next == 0x5F else { return false }
        if i > 0, isASCIIAlnum(b[i - 1]) { return false }
        var j = i + 1
        var allDigits = true
        while j < n, isASCIIAlnum(b[j]) || b[j] == 0x5F {
            if !isDigit(b[j]) { allDigits = false }
            j += 1
        }
        if c == 0x23 {
            // "#48213" is an order number, not a tag: keep it a number token.
            if allDigits {
                emit(.number, from: i + 1, to: j)
                return true
            }
            emit(.hashtag, from: i, to: j)
        } else {
            emit(.mention, from: i, to: j)
        }
        return true
    }

    mutating func scanEmoticon() -> Bool {
        let c = b[i]
        let lowered = c &- 0x41 < 26 ? c | 0x20 : c
        // The table is read in place (not copied into the scanner): no reference counting, which
        // threads tokenizing at once would contend on.
        var k = Int(Emoticons.table.offsets[Int(lowered)])
        let stop = Int(Emoticons.table.offsets[Int(lowered) + 1])
        guard k < stop else { return false }
        // The next four bytes, letters lowered, zeros past the end (no pattern has a zero byte).
        var word: UInt32 = 0
        for offset in 0..<min(4, n - i) {
            let byte = b[i + offset]
            word |= UInt32(byte &- 0x41 < 26 ? byte | 0x20 : byte) << (8 * offset)
        }
        let firstIsAlnum = isASCIIAlnum(c)
        // "xD" and "D:" only stand alone; others may follow a word ("great:)").
        while k < stop {
            let entry = Emoticons.table.entries[k]
            k += 1
            let length = Int(truncatingIfNeeded: (entry >> 32) & 0xFF)
            let mask: UInt32 = length >= 4 ? .max : (1 << (8 * UInt32(length))) - 1
            guard word & mask == UInt32(truncatingIfNeeded: entry) else { continue }
            let end = i + length
            let lastIsAlnum = entry >> 40 & 1 == 1
            if lastIsAlnum, end < n, isASCIIAlnum(b[end]) { continue }
            if firstIsAlnum, i > 0, isASCIIAlnum(b[i - 1]) { continue }
            if firstIsAlnum, end < n, b[end] > 0x20 {
                switch b[end] {
                case 0x21, 0x3F, 0x2E, 0x2C: break  // ! ? . ,
                default: continue
                }
            }
            // ":3" style digits after a colon in "at 10:30" are times, not faces.
            if c == 0x3A, i > 0, isDigit(b[i - 1]) { continue }
            emit(.emoticon, from: i, to: end)
            return true
        }
        return false
    }

    mutating func scanEmoji() -> Bool {
        guard let length = emojiLength(at: i) else { return false }
        var j = i + length
        // Modifiers and joiners: skin tones, VS-16, keycap, ZWJ + next emoji.
        while j < n {
            if let m = modifierLength(at: j) {
                j += m
            } else if j + 2 < n, b[j] == 0xE2, b[j + 1] == 0x80, b[j + 2] == 0x8D,
                let next = emojiLength(at: j + 3)
            {
                j += 3 + next
            } else {
                break
            }
        }
        emit(.emoji, from: i, to: j)
        return true
    }

    /// ``scanASCIIWords(hasAt:)`` of a text with no `@`: a loop with no email test at all.
    ///
    /// - Complexity: O(n) in the bytes scanned.
    @inline(never)
    mutating func scanASCIIWordsNoEmails() -> Bool { scanASCIIWords(hasAt: false) }

    /// ``scanASCIIWords(hasAt:)`` of a text with an `@`, where a word may start an email.
    ///
    /// - Complexity: O(n) in the bytes scanned.
    @inline(never)
    mutating func scanASCIIWordsMaybeEmails() -> Bool { scanASCIIWords(hasAt: true) }

    /// Scans and emits the words of ASCII letters, digits and underscores from `i` on, with the
    /// spaces and the plain punctuation (`,` `.` `!` `?`, and `:` `;` before a space) between
    /// them, while the next token starts such a word. Inner apostrophes, hyphens and digit
    /// separators between ASCII word characters join a word here too; a word that a non-ASCII
    /// byte could continue (a letter, `’`) is left to ``scanWord(firstLength:)`` and ends the run.
    /// The byte at `i` must start such a word, and the token room must hold a token per byte
    /// left (`tokenCapacity - tokenCount >= n - i`): every token takes at least one byte, so
    /// the loop needs no test of the room, and the zero after the text ends it. Only words that
    /// no rule before words in ``run()`` could take are taken (see
    /// ``mayStartURLOrEmoticon(_:next:)``), and in a text with an `@`, only words that cannot
    /// start an email (a ``ShortWord`` token before a byte that no email's first part has);
    /// returns false when the first word is not taken, and the rules decide.
    ///
    /// Same tokens as steps of ``run()`` would give; one call takes a run of tokens, so the step
    /// and the call are paid once per run rather than once per token. Most words are a
    /// ``ShortWord``, taken with no branch that depends on the word; the others go through
    /// ``scanLongWord(_:count:from:into:at:)``. The scanner's state is held in locals and written
    /// back once on the way out: stores through the output pointers could alias the scanner's
    /// fields, and would make the compiler reload each field after each of them.
    ///
    /// - Complexity: O(n) in the bytes scanned.
    @inline(__always)
    mutating func scanASCIIWords(hasAt: Bool) -> Bool {
        let b = b, n = n, out = normalized, tokens = tokens, tags = tags
        let firstToken = tokenCount
        var i = i, k = normalizedCount, t = tokenCount
        // Where the next sentence start goes, and 1 when the next token starts a sentence (0 while
        // one is open): a pointer and an integer, not a count, a base and a flag, so that the
        // loop keeps them in registers.
        var nextStart = sentenceStarts + sentenceCount
        var closed = sentenceOpen ? 0 : 1
        var caseBits: UInt64 = 0
        var continuesBeyondASCII = false
        words: while true {
            // `b[i]` starts an ASCII word (so `i < n`).
            let w = Self.load(b, at: i)
            if Self.mayStartURLOrEmoticon(UInt8(truncatingIfNeeded: w), next: UInt8(truncatingIfNeeded: w &>> 8)) {
                break words  // the rules before words decide
            }
            let word = ShortWord(w)
            // A word before `.` `%` `+` or `@` might be the first part of an email.
            if hasAt && !(word.isToken && word.next != 0x2E && word.next != 0x25 && word.next != 0x2B && word.next != 0x40) {
                break words
            }
            let start = k
            var kind = Token.Kind.word, isAllCaps = word.isAllCaps, isElongated = false
            var tag: UInt64 = 0
            if word.isToken {
                tag = tagger.tag(ofWordKey: word.key)
                UnsafeMutableRawPointer(out + k).storeBytes(of: word.lowered, as: UInt64.self)
                k &+= word.length
                i &+= word.length
                caseBits |= word.caseBits
            } else if word.length == 8, let more = Self.letterTail(after: word, b, count: n, at: i &+ 8) {
                // Eight to fifteen letters (the next most common words), without the general loop.
                tag = tagger.tag(ofLongWordKey: word.lowered, more.key(after: 8))
                UnsafeMutableRawPointer(out + k).storeBytes(of: word.lowered, as: UInt64.self)
                UnsafeMutableRawPointer(out + (k &+ 8)).storeBytes(of: more.lowered, as: UInt64.self)
                k &+= 8 &+ more.length
                i &+= 8 &+ more.length
                caseBits |= word.caseBits
                if more.upper > 0 { caseBits |= ShortWord.capitalBits }
                if more.lower > 0 {
                    caseBits |= ShortWord.smallBits
                    isAllCaps = false
                }
            } else {
                let long = Self.scanLongWord(b, count: n, from: i, into: out, at: k)
                if long.continuesBeyondASCII {
                    continuesBeyondASCII = true
                    break words
                }
                i = long.end
                k = long.normalizedEnd
                if long.upper > 0 { caseBits |= ShortWord.capitalBits }
                if long.lower > 0 { caseBits |= ShortWord.smallBits }
                kind = long.allDigits ? .number : .word
                isAllCaps = long.upper >= 2 && long.lower == 0
                isElongated = long.isElongated
            }
            // A sentence starts here unless one is open: written either way, counted only then.
            nextStart.pointee = Int32(truncatingIfNeeded: t)
            nextStart += closed
            closed = 0
            tokens[t] = Token(
                kind: kind, start: Int32(truncatingIfNeeded: start), end: Int32(truncatingIfNeeded: k),
                isAllCaps: isAllCaps, isElongated: isElongated)
            tags[t] = tag
            t &+= 1
            // The usual gap, one space before the next word, without a turn of the loop below.
            if b[i] == 0x20 && Self.isWordASCII(b[i &+ 1]) {  // the zeros after the text are no word
                i &+= 1
                continue words
            }
            // Between tokens: spaces and control bytes, and the punctuation that no rule before
            // punctuation takes, as ``run()`` and ``scanPunctuation()`` would handle them, up to
            // the zero after the text.
            while true {
                while b[i] == 0x20 { i &+= 1 }
                let c = b[i]
                if Self.isWordASCII(c) { continue words }
                if c < 0x20 || c == 0x7F {
                    if i == n { break words }  // the end of the text
                    if c == 0x0A || c == 0x0D { closed = 1 }  // line break ends a sentence
                    i &+= 1
                    continue
                }
                var end = i &+ 1
                switch c {
                case 0x2C: break  // ,
                case 0x2E:  // . or ... (the zero after the text ends a run)
                    while b[end] == 0x2E { end &+= 1 }
                case 0x21, 0x3F:  // runs of ! and ?
                    while b[end] == 0x21 || b[end] == 0x3F { end &+= 1 }
                case 0x3A, 0x3B:  // : and ; start emoticons, but none that goes on with a space
                    guard b[end] <= 0x20 else { break words }
                default:
                    break words
                }
                nextStart.pointee = Int32(truncatingIfNeeded: t)
                nextStart += closed
                closed = c == 0x2C || c == 0x3A || c == 0x3B ? 0 : 1  // the others end a sentence
                out[k] = c
                var m = i &+ 1
                while m < end {  // seldom taken ("...", "?!"): one byte is the rule
                    out[k &+ m &- i] = b[m]
                    m &+= 1
                }
                tokens[t] = Token(
                    kind: .punctuation, start: Int32(truncatingIfNeeded: k), end: Int32(truncatingIfNeeded: k &+ end &- i))
                tags[t] = 0
                k &+= end &- i
                t &+= 1
                i = end
            }
        }
        self.i = i
        normalizedCount = k
        tokenCount = t
        sentenceCount = sentenceStarts.distance(to: nextStart)
        sentenceOpen = closed == 0
        if caseBits & ShortWord.capitalBits != 0 { sawUpper = true }
        if caseBits & ShortWord.smallBits != 0 { sawLower = true }
        if continuesBeyondASCII { scanWord(firstLength: 1) }
        return tokenCount != firstToken
    }

    /// The letters at `j` of the `n` bytes at `b` that end a word whose first eight letters are
    /// `word`: none to seven of them, no run of three, then a byte that ends the word for sure
    /// (see ``ShortWord/endsWord(_:)``); nil otherwise, and ``scanLongWord(_:count:from:into:at:)``
    /// decides.
    ///
    /// - Complexity: O(1).
    @inline(__always)
    static func letterTail(after word: ShortWord, _ b: UnsafePointer<UInt8>, count n: Int, at j: Int) -> LetterRun? {
        guard !word.hasRunOfThree else { return nil }
        let run = LetterRun(
            load(b, at: j), before: UInt8(truncatingIfNeeded: word.lowered &>> 48),
            previous: UInt8(truncatingIfNeeded: word.lowered &>> 56))
        let next = UInt8(truncatingIfNeeded: run.lowered &>> (8 &* UInt64(run.length)))  // a letter when 8
        guard !run.hasTriple, ShortWord.endsWord(next) else { return nil }
        return run
    }

    /// A word of ``scanLongWord(_:count:from:into:at:)``.
    struct LongWord {
        /// The end of its bytes, and of its normalized bytes.
        var end: Int
        var normalizedEnd: Int
        /// Its capitals and small letters, counted.
        var upper = 0
        var lower = 0
        var isElongated = false
        var allDigits = true
        /// A non-ASCII byte may go on with the word: nothing was decided.
        var continuesBeyondASCII = false
    }

    /// Scans the word of ASCII letters, digits and underscores at `start` of the `n` bytes at `b`
    /// that is not a ``ShortWord`` token (eight letters or more, digits, `_`, a run of three,
    /// an inner apostrophe, hyphen or digit separator), writing its normalized bytes at `k` of
    /// `out`; leaves it to ``scanWord(firstLength:)`` (``LongWord/continuesBeyondASCII``) when
    /// a non-ASCII byte could go on with it.
    ///
    /// Out of line: the loop of ``scanASCIIWords(hasAt:)`` keeps its registers for the common case.
    /// - Complexity: O(length of the word).
    @inline(never)
    static func scanLongWord(
        _ b: UnsafePointer<UInt8>, count n: Int, from start: Int, into out: UnsafeMutablePointer<UInt8>, at k: Int
    ) -> LongWord {
        var word = LongWord(end: start, normalizedEnd: k)
        var j = start, k = k
        // A word is one or more segments of letters, digits and underscores, joined by an
        // apostrophe, a hyphen or a digit separator (none of which is a letter, so a run of
        // three letters never spans two segments).
        while true {
            // Letters eight at a time while no run of three is in sight; then byte by byte (digits,
            // `_`, and letters from a run of three on). The two bytes before, lowered: a letter
            // equal to both is the third of a run and is dropped ("sooo" → "soo"), as
            // ``append(_:to:at:last:run:elongated:)`` does.
            var previous: UInt8 = 0, beforePrevious: UInt8 = 0
            while true {
                let run = LetterRun(load(b, at: j), before: beforePrevious, previous: previous)
                if run.hasTriple || run.length == 0 { break }
                UnsafeMutableRawPointer(out + k).storeBytes(of: run.lowered, as: UInt64.self)
                k &+= run.length
                j &+= run.length
                word.upper &+= run.upper
                word.lower &+= run.lower
                word.allDigits = false
                if run.length < 8 {
                    // A digit, `_` or the end of the segment follows: no letter before it
                    // matters to the runs of three after it.
                    previous = 0
                    beforePrevious = 0
                    break
                }
                previous = UInt8(truncatingIfNeeded: run.lowered &>> 56)
                beforePrevious = UInt8(truncatingIfNeeded: run.lowered &>> 48)
            }
            while j < n {
                let c = b[j]
                let lowered = c | 0x20
                if lowered &- 0x61 < 26 {  // only letters land in a…z when lowered
                    if c == lowered { word.lower &+= 1 } else { word.upper &+= 1 }
                    word.allDigits = false
                    if lowered == previous && lowered == beforePrevious {
                        word.isElongated = true
                        j &+= 1
                        continue
                    }
                    beforePrevious = previous
                    previous = lowered
                    out[k] = lowered
                } else if c &- 0x30 < 10 || c == 0x5F {
                    if c == 0x5F { word.allDigits = false }
                    beforePrevious = previous
                    previous = c
                    out[k] = c
                } else {
                    break
                }
                k &+= 1
                j &+= 1
            }
            // The byte after the segment: it joins another segment, ends the word, or
            // (non-ASCII) leaves the word to the general rule.
            word.end = j
            word.normalizedEnd = k
            guard j < n else { return word }
            let c = b[j]
            guard c < 0x80 else {
                word.continuesBeyondASCII = true
                return word
            }
            let after: UInt8 = j &+ 1 < n ? b[j &+ 1] : 0x20
            let joins: Bool
            switch c {
            case 0x27: joins = (after | 0x20) &- 0x61 < 26  // don't, customer's
            case 0x2D: joins = isWordASCII(after)  // well-made, wi-fi, 24-hour
            case 0x2E, 0x2C: joins = b[j &- 1] &- 0x30 < 10 && after &- 0x30 < 10  // 3.5, 1,000
            default: return word
            }
            if !joins {
                // An apostrophe or hyphen before a non-ASCII letter joins it: the general rule decides.
                if after >= 0x80 && (c == 0x27 || c == 0x2D) { word.continuesBeyondASCII = true }
                return word
            }
            if c == 0x27 || c == 0x2D { word.allDigits = false }
            out[k] = c
            k &+= 1
            j &+= 1
        }
    }

    mutating func scanWord() -> Bool {
        guard let first = wordCharLength(at: i) else { return false }
        scanWord(firstLength: first)
        return true
    }

    /// Scans the word whose first character (`firstLength` bytes) is at `i`.
    mutating func scanWord(firstLength: Int) {
        var j = i + firstLength
        var allDigits = isDigit(b[i])
        while j < n {
            let c = b[j]
            if c < 0x80 {
                if Self.isWordASCII(c) {
                    if !isDigit(c) { allDigits = false }
                    j += 1
                    continue
                }
            } else if let length = wordCharLength(at: j) {
                allDigits = false
                j += length
                continue
            }
            // Inner apostrophe (' or ’) followed by a letter: don't, customer's.
            if c == 0x27, j + 1 < n, isLetter(at: j + 1) {
                j += 1
                allDigits = false
                continue
            }
            if c == 0xE2, j + 3 < n, b[j + 1] == 0x80, b[j + 2] == 0x99, isLetter(at: j + 3) {
                j += 3
                allDigits = false
                continue
            }
            // Inner hyphen between word characters: well-made, wi-fi, 24-hour.
            if c == 0x2D, j + 1 < n, wordCharLength(at: j + 1) != nil {
                j += 1
                allDigits = false
                continue
            }
            // Digit separators: 3.5, 1,000.
            if c == 0x2E || c == 0x2C, isDigit(b[j - 1]), j + 1 < n, isDigit(b[j + 1]) {
                j += 1
                continue
            }
            break
        }
        emit(allDigits ? .number : .word, from: i, to: j)
    }

    mutating func scanPunctuation() -> Bool {
        let c = b[i]
        if c == 0x21 || c == 0x3F {  // ! ?
            var j = i
            while j < n, b[j] == 0x21 || b[j] == 0x3F { j += 1 }
            emit(.punctuation, from: i, to: j)
            sentenceOpen = false
            return true
        }
        if c == 0x2E {  // . or ...
            var j = i
            while j < n, b[j] == 0x2E { j += 1 }
            emit(.punctuation, from: i, to: j)
            sentenceOpen = false
            return true
        }
        if c == 0x2C || c == 0x3B || c == 0x3A {
            emit(.punctuation, from: i, to: i + 1)
            return true
        }
        if c == 0xE2, i + 2 < n, b[i + 1] == 0x80, b[i + 2] == 0xA6 {  // …
            emit(.punctuation, from: i, to: i + 3)
            sentenceOpen = false
            return true
        }
        return false
    }

    // MARK: Byte classes

    /// Whether the bytes at `i` spell `pattern` (lowercase letters also match capitals).
    func startsWith(_ pattern: StaticString) -> Bool {
        pattern.withUTF8Buffer { p in
            guard n - i >= p.count else { return false }
            for k in 0..<p.count {
                var c = b[i + k]
                if c &- 0x41 < 26 && p[k] &- 0x61 < 26 { c |= 0x20 }  // case-insensitive letters
                if c != p[k] { return false }
            }
            return true
        }
    }

    @inline(__always)
    func isDigit(_ c: UInt8) -> Bool { c &- 0x30 < 10 }

    @inline(__always)
    func isASCIIAlnum(_ c: UInt8) -> Bool { c &- 0x30 < 10 || (c | 0x20) &- 0x61 < 26 }

    /// An ASCII letter, digit or underscore: one bit of a 128-bit set, read without a branch
    /// (whether a word goes on is hard to predict, and a mispredicted test costs more than this).
    ///
    /// - Complexity: O(1).
    @inline(__always)
    static func isWordASCII(_ c: UInt8) -> Bool {
        let digits: UInt64 = 0x03FF_0000_0000_0000  // bytes 0x00…0x3F: 0-9
        let letters: UInt64 = 0x07FF_FFFE_87FF_FFFE  // bytes 0x40…0x7F: A-Z, _, a-z
        let set = c < 0x40 ? digits : c < 0x80 ? letters : 0
        return set >> UInt64(c & 63) & 1 != 0
    }

    func isLetter(at j: Int) -> Bool {
        let c = b[j]
        if c < 0x80 { return (c | 0x20) &- 0x61 < 26 }
        return wordCharLength(at: j) != nil
    }

    /// Length of the UTF-8 sequence that starts at `j`: 1 for ASCII, stray continuation bytes
    /// and truncated sequences, so malformed input never swallows the next character.
    func sequenceLength(at j: Int) -> Int {
        let c = b[j]
        let length = c < 0xC2 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : c < 0xF5 ? 4 : 1
        guard j + length <= n else { return 1 }
        for k in 1..<length where b[j + k] & 0xC0 != 0x80 { return 1 }
        return length
    }

    /// Length of a letter or digit at `j`, or nil if `j` holds something else.
    func wordCharLength(at j: Int) -> Int? {
        let c = b[j]
        if c < 0x80 { return Self.isWordASCII(c) ? 1 : nil }
        let length = sequenceLength(at: j)
        guard length >= 2, j + length <= n else { return nil }
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
        if c == 0xC2, j + 1 < n, b[j + 1] == 0xA0 { return 2 }  // NBSP
        if c == 0xE2, j + 2 < n, b[j + 1] == 0x80, b[j + 2] >= 0x80, b[j + 2] <= 0x8B { return 3 }
        if c == 0xE2, j + 2 < n, b[j + 1] == 0x80, b[j + 2] == 0xA8 || b[j + 2] == 0xA9 { return 3 }
        if c == 0xE3, j + 2 < n, b[j + 1] == 0x80, b[j + 2] == 0x80 { return 3 }  // ideographic space
        if c == 0xEF, j + 2 < n, b[j + 1] == 0xBB, b[j + 2] == 0xBF { return 3 }  // stray BOM
        return nil
    }

    /// Length of an emoji code point at `j`, or nil.
    func emojiLength(at j: Int) -> Int? {
        guard j < n else { return nil }
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
        if j + 3 < n, b[j] == 0xF0, b[j + 1] == 0x9F, b[j + 2] == 0x8F, b[j + 3] >= 0xBB { return 4 }
        if j + 2 < n, b[j] == 0xEF, b[j + 1] == 0xB8, b[j + 2] == 0x8F { return 3 }
        if j + 2 < n, b[j] == 0xE2, b[j + 1] == 0x83, b[j + 2] == 0xA3 { return 3 }
        return nil
    }
}

/// Emoticon patterns packed for matching four bytes at once.
private struct EmoticonTable: Sendable {
    /// Patterns by lowercase first byte: `entries[offsets[b] ..< offsets[b + 1]]`.
    var offsets: [Int32]
    /// Bits 0-31 the pattern's bytes (first byte lowest), 32-39 its length, 40 whether its last
    /// byte is a letter or digit.
    var entries: [UInt64]
}

/// Emoticons recognised as single tokens. A pattern comes after every longer one that it
/// starts, so that the longer wins (">:(" before ">:"); otherwise the most common come first:
/// ":)" and ":(" are the first that the matcher tries of the many that start with `:`.
private enum Emoticons {
    static let patterns: [String] = [
        ":)", ":(", ">:-(", ">:(", ":'-(", ":'(", ":'-)", ":')", "</3",
        ":-)", ":-(", ":-d", ":-p", ":-/", ":-\\", ":-|", ":-o", ":-*", ";-)", ";-(",
        ":d", ":p", ":/", ":\\", ":|", ":o", ":*", ":]", ":[", ":3", ":@", ":$",
        ";)", ";(", ";d", ";p", "=)", "=(", "=d", "=/", "=]", "<3", "^_^", "^^", "-_-", "t_t", ";_;",
        "o_o", "xd", "d:",
    ]

    /// The patterns by first byte, in list order within each first byte.
    static let table: EmoticonTable = {
        var offsets = [Int32](repeating: 0, count: 257)
        var entries: [UInt64] = []
        for first in 0..<256 {
            offsets[first] = Int32(entries.count)
            for pattern in patterns where Int(pattern.utf8.first!) == first {
                let bytes = Array(pattern.utf8)
                precondition(bytes.count <= 4 && !bytes.contains(0), "emoticons are packed into four bytes")
                var packed: UInt64 = 0
                for (k, byte) in bytes.enumerated() { packed |= UInt64(byte) << (8 * k) }
                let last = bytes.last!
                let lastIsAlnum = (last >= 0x30 && last <= 0x39) || (last >= 0x61 && last <= 0x7A) || (last >= 0x41 && last <= 0x5A)
                entries.append(packed | UInt64(bytes.count) << 32 | (lastIsAlnum ? 1 << 40 : 0))
            }
        }
        offsets[256] = Int32(entries.count)
        return EmoticonTable(offsets: offsets, entries: entries)
    }()
}
