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
}
