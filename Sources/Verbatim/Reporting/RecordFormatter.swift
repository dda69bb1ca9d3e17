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
        Format.appendCompact(score.compound, to: &out)
        out.append(0x09)
        Self.appendLabel(score.label, to: &out)
        out.append(0x09)
        let start = out.count
        out.append(contentsOf: text)
        out.withUnsafeMutableBufferPointer { all in
            for i in start..<all.count where all[i] == 0x09 || all[i] == 0x0A || all[i] == 0x0D { all[i] = 0x20 }
        }
        out.append(0x0A)
    }

    /// Appends ``json(_:includeCategory:)`` of a record with an index and a sentiment (no id, no
    /// category) to `out`, and a line feed.
    /// - Complexity: O(1).
    public func appendJSONLine(index: Int, sentiment s: SentimentScore, to out: inout [UInt8]) {
        Self.appendASCII("{\"index\":", to: &out)
        if index < 0 { out.append(0x2D) }
        Format.appendDecimal(index.magnitude, to: &out)
        Self.appendASCII(",\"sentiment\":{\"compound\":", to: &out)
        Format.appendCompact(s.compound, to: &out)
        Self.appendASCII(",\"label\":\"", to: &out)
        Self.appendLabel(s.label, to: &out)
        Self.appendASCII("\",\"positive\":", to: &out)
        Format.appendCompact(s.positive, digits: 3, to: &out)
        Self.appendASCII(",\"neutral\":", to: &out)
        Format.appendCompact(s.neutral, digits: 3, to: &out)
        Self.appendASCII(",\"negative\":", to: &out)
        Format.appendCompact(s.negative, digits: 3, to: &out)
        Self.appendASCII("}}\n", to: &out)
    }

    private static func appendLabel(_ label: SentimentScore.Label, to out: inout [UInt8]) {
        switch label {
        case .positive: appendASCII("positive", to: &out)
        case .neutral: appendASCII("neutral", to: &out)
        case .negative: appendASCII("negative", to: &out)
        }
    }

    /// Appends a literal; static strings are stored as UTF-8, so no `String` is built.
    private static func appendASCII(_ text: StaticString, to out: inout [UInt8]) {
        text.withUTF8Buffer { out.append(contentsOf: $0) }
    }
}
