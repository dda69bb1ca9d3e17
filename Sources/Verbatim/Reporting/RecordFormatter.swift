/// Formats per-comment results as the contract's NDJSON records and tab-separated lines.
public struct RecordFormatter: Sendable {
    public init() {}

    /// `{"index":0,"id":"A17","sentiment":{…},"category":{"id":3,"label":"late delivery"}}`
    /// — keys in the contract's order, compact, no trailing newline.
    public func json(_ result: CommentResult, includeCategory: Bool = true) -> String {
        var w = JSONWriter()
        w.raw("{\"index\":\(result.index)")
        if let id = result.id {
            w.raw(",")
            w.key("id")
            w.string(id)
        }
        if let error = result.error {
            w.raw(",")
            w.key("error")
            w.string(error)
            w.raw("}")
            return w.text
        }
        if let s = result.sentiment {
            w.raw(",\"sentiment\":{\"compound\":")
            w.number(s.compound)
            w.raw(",\"label\":\"\(s.label.rawValue)\",\"positive\":")
            w.number(s.positive, digits: 3)
            w.raw(",\"neutral\":")
            w.number(s.neutral, digits: 3)
            w.raw(",\"negative\":")
            w.number(s.negative, digits: 3)
            w.raw("}")
        }
        if includeCategory {
            if let category = result.category {
                w.raw(",\"category\":{\"id\":\(category.id),\"label\":")
                w.string(category.label)
                w.raw("}")
            } else {
                w.raw(",\"category\":null")
            }
        }
        w.raw("}")
        return w.text
    }

    /// `compound<TAB>label<TAB>text`, with tabs and line breaks in the text shown as spaces.
    public func tabSeparated(_ score: SentimentScore, text: String) -> String {
        var bytes = Array(text.utf8)
        for i in bytes.indices where bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { bytes[i] = 0x20 }
        let flat = String(decoding: bytes, as: UTF8.self)
        return "\(Format.compact(score.compound))\t\(score.label.rawValue)\t\(flat)"
    }

    /// Appends ``tabSeparated(_:text:)`` of `score` and the UTF-8 `text` to `out`, and a line feed.
    ///
    /// `text` must be valid UTF-8 (what `String(decoding:as:)` keeps unchanged).
    /// - Complexity: O(length of the text).
    public func appendTabSeparatedLine(_ score: SentimentScore, text: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        ByteWriter.append(to: &out, room: text.count + Self.tabSeparatedRoom) { w in
            appendTabSeparatedLine(score, text: text, mayHoldLineControl: Self.mayHoldLineControl(text), to: &w)
        }
    }

    /// ``appendTabSeparatedLine(_:text:to:)`` into `w`, which must have room for the text and
    /// ``tabSeparatedRoom`` bytes more; the caller knows whether `text` may hold a tab or a line
    /// break (a byte below 0x0E; see ``ByteSummary/hasLineControl``).
    /// - Complexity: O(length of the text).
    @inline(__always)
    func appendTabSeparatedLine(
        _ score: SentimentScore, text: UnsafeBufferPointer<UInt8>, mayHoldLineControl: Bool, to w: inout ByteWriter
    ) {
        Self.compact(score.compound, digits: 4, to: &w)
        w.byte(0x09)
        Self.label(score.label, to: &w)
        w.byte(0x09)
        let textStart = w.count
        w.bytes(text)
        if mayHoldLineControl { Self.flattenLineControls(in: w.written(from: textStart)) }
        w.byte(0x0A)
    }

    /// The room a tab-separated record needs besides its text: a score (whose digits are stored
    /// as eight bytes at once), two tabs, a label and a line feed.
    static let tabSeparatedRoom = 64

    /// False when no byte of `text` is below 0x0E, so none is a tab or a line break; eight
    /// bytes at a time.
    /// - Complexity: O(n).
    @inline(__always)
    private static func mayHoldLineControl(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = text.baseAddress else { return false }
        let n = text.count
        var i = 0
        let ones: UInt64 = 0x0101_0101_0101_0101
        while i + 8 <= n {
            let x = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            // A byte below 0x0E sets its high bit here (bytes above it may too: only "any" counts).
            if (x &- ones &* 0x0E) & ~x & (ones &* 0x80) != 0 { return true }
            i &+= 8
        }
        while i < n {
            if base[i] < 0x0E { return true }
            i &+= 1
        }
        return false
    }

    /// Shows tabs and line breaks in `bytes` as spaces.
    /// - Complexity: O(n).
    private static func flattenLineControls(in bytes: UnsafeMutableBufferPointer<UInt8>) {
        for i in bytes.indices where bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { bytes[i] = 0x20 }
    }

    /// Appends ``json(_:includeCategory:)`` of a record with an index and a sentiment (no id, no
    /// category) to `out`, and a line feed.
    /// - Complexity: O(1).
    public func appendJSONLine(index: Int, sentiment s: SentimentScore, to out: inout [UInt8]) {
        ByteWriter.append(to: &out, room: Self.jsonRoom) { w in appendJSONLine(index: index, sentiment: s, to: &w) }
    }

    /// The room a record of ``appendJSONLine(index:sentiment:to:)`` needs at most.
    static let jsonRoom = 320

    /// ``appendJSONLine(index:sentiment:to:)`` into `w`, which must have ``jsonRoom`` bytes of room.
    /// - Complexity: O(1).
    @inline(__always)
    func appendJSONLine(index: Int, sentiment s: SentimentScore, to w: inout ByteWriter) {
        w.ascii("{\"index\":")
        if index < 0 { w.byte(0x2D) }
        w.decimal(index.magnitude)
        w.ascii(",\"sentiment\":{\"compound\":")
        Self.compact(s.compound, digits: 4, to: &w)
        w.ascii(",\"label\":\"")
        Self.label(s.label, to: &w)
        w.ascii("\",\"positive\":")
        Self.compact(s.positive, digits: 3, to: &w)
        w.ascii(",\"neutral\":")
        Self.compact(s.neutral, digits: 3, to: &w)
        w.ascii(",\"negative\":")
        Self.compact(s.negative, digits: 3, to: &w)
        w.ascii("}}\n")
    }

    private static func label(_ label: SentimentScore.Label, to w: inout ByteWriter) {
        switch label {
        case .positive: w.ascii("positive")
        case .neutral: w.ascii("neutral")
        case .negative: w.ascii("negative")
        }
    }

    /// ``Format/compact(_:digits:)`` into `w`; values only the `String` path formats exactly
    /// (never scores in [-1, 1]) go through it.
    private static func compact(_ value: Double, digits: Int, to w: inout ByteWriter) {
        if !w.compact(value, digits: digits) {
            for byte in Format.compact(value, digits: digits).utf8 { w.byte(byte) }
        }
    }
}
