/// CSV (RFC 4180) and TSV: a header row, then one comment per record.
///
/// - Fields are separated by `,` (CSV) or a tab (TSV); records end at LF or CRLF.
/// - A field that starts with `"` is quoted: it may hold separators, `""` for a quote, and (CSV
///   only) line breaks. Text after a closing quote is kept (`"a"b` reads as `ab`), as
///   spreadsheet exports do. In TSV a quoted field ends at the end of its line, so a stray quote
///   in unquoted TSV text cannot swallow the rest of the file.
/// - The first record is the header; ``FieldSelection`` picks columns by name or 1-based index.
/// - A record with a different number of fields than the header is reported as malformed with
///   its line number; so is an unterminated quote at end of input, after which reading resumes
///   at the next line so no later comment is lost. Blank lines are skipped.
/// - Size: a comment field longer than `maximumCommentBytes` is cut at a character boundary and
///   marked truncated. A record still open after four times that many bytes (a runaway quote, or
///   a huge line) is reported as malformed and skipped to the end of the line where it began, as
///   it arrives, so memory stays bounded and reading resumes as after an unterminated quote.
public struct DelimitedDecoder: RecordDecoder {
    public let file: String
    public let delimiter: UInt8
    private let selection: FieldSelection
    public let maximumCommentBytes: Int
    /// A record holds other fields beside the comment: it may be four times the comment limit.
    private var maximumRecordBytes: Int { maximumCommentBytes * 4 }
    /// Whether the rest of the line where an oversized record began is being skipped.
    private var skippingLine = false
    private var columns: ResolvedColumns?
    private var headerCount = 0
    private var lineNumber = 1
    private var fields: [Range<Int>] = []

    /// A CSV decoder.
    public static func csv(
        file: String, selection: FieldSelection, maximumCommentBytes: Int = InputRecord.defaultMaximumBytes
    ) -> DelimitedDecoder {
        DelimitedDecoder(file: file, delimiter: 0x2C, selection: selection, maximumCommentBytes: maximumCommentBytes)
    }

    /// A TSV decoder.
    public static func tsv(
        file: String, selection: FieldSelection, maximumCommentBytes: Int = InputRecord.defaultMaximumBytes
    ) -> DelimitedDecoder {
        DelimitedDecoder(file: file, delimiter: 0x09, selection: selection, maximumCommentBytes: maximumCommentBytes)
    }

    init(file: String, delimiter: UInt8, selection: FieldSelection, maximumCommentBytes: Int) {
        self.file = file
        self.delimiter = delimiter
        self.selection = selection
        self.maximumCommentBytes = maximumCommentBytes
    }

    private var quotesSpanLines: Bool { delimiter != 0x09 }

    public mutating func decode(buffer: inout InputBuffer, into events: inout [ReadEvent]) throws(InputError) {
        try decode(buffer: &buffer, into: &events, atEnd: false)
    }

    public mutating func decodeLast(buffer: inout InputBuffer, into events: inout [ReadEvent]) throws(InputError) {
        try decode(buffer: &buffer, into: &events, atEnd: true)
    }

    private mutating func decode(buffer: inout InputBuffer, into events: inout [ReadEvent], atEnd: Bool) throws(InputError) {
        if lineNumber == 1, buffer.readerIndex == 0, buffer.bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            buffer.readerIndex = 3
        }
        while buffer.readerIndex < buffer.bytes.count {
            if skippingLine {
                guard let newline = buffer.firstIndex(of: 0x0A, from: buffer.readerIndex) else {
                    buffer.readerIndex = buffer.bytes.count  // dropped as it arrives
                    if atEnd { skippingLine = false }
                    return
                }
                buffer.readerIndex = newline + 1
                skippingLine = false
                continue
            }
            let start = buffer.readerIndex
            let outcome = buffer.bytes.withUnsafeBufferPointer { scanRecord($0, from: start, atEnd: atEnd) }
            switch outcome {
            case .needMore:
                if buffer.readableCount > maximumRecordBytes {
                    events.append(.malformed(MalformedRecord(
                        location: SourceLocation(file: file, line: lineNumber),
                        reason: "record longer than \(maximumRecordBytes) bytes (a quoted field without its closing '\"'?)")))
                    lineNumber += 1
                    skippingLine = true
                }
                return
            case .unterminated:
                events.append(.malformed(MalformedRecord(
                    location: SourceLocation(file: file, line: lineNumber),
                    reason: "unterminated quoted field (no closing '\"' before end of input)")))
                // Resume after the line where the bad record began.
                let lineEnd = buffer.firstIndex(of: 0x0A, from: start) ?? buffer.bytes.count
                buffer.readerIndex = min(buffer.bytes.count, lineEnd + 1)
                lineNumber += 1
            case .record(let end, let lines):
                let recordLine = lineNumber
                buffer.readerIndex = end
                lineNumber += lines
                try buffer.bytes.withUnsafeBufferPointer { (all) throws(InputError) in
                    try emit(all, line: recordLine, into: &events)
                }
            }
        }
    }

    private enum Outcome {
        case needMore
        case unterminated
        /// A record whose bytes end before `end` (after its line break), spanning `lines` lines.
        case record(end: Int, lines: Int)
    }

    /// Scans one record starting at `from`, filling ``fields`` with raw field ranges.
    private mutating func scanRecord(_ b: UnsafeBufferPointer<UInt8>, from: Int, atEnd: Bool) -> Outcome {
        fields.removeAll(keepingCapacity: true)
        var i = from
        var fieldStart = from
        var lines = 1
        var inQuotes = false
        var atFieldStart = true
        while i < b.count {
            let c = b[i]
            if inQuotes {
                if c == 0x22 {
                    if i + 1 < b.count, b[i + 1] == 0x22 {
                        i += 2
                        continue
                    }
                    if i + 1 == b.count, !atEnd { return .needMore }  // maybe the first of ""
                    inQuotes = false
                } else if c == 0x0A {
                    if quotesSpanLines {
                        lines += 1
                    } else {
                        inQuotes = false
                        continue  // TSV: the line end closes the field; handle it below
                    }
                }
                i += 1
                continue
            }
            if c == 0x22, atFieldStart {
                inQuotes = true
                atFieldStart = false
                i += 1
                continue
            }
            atFieldStart = false
            if c == delimiter {
                fields.append(fieldStart..<i)
                i += 1
                fieldStart = i
                atFieldStart = true
                continue
            }
            if c == 0x0A {
                var fieldEnd = i
                if fieldEnd > fieldStart, b[fieldEnd - 1] == 0x0D { fieldEnd -= 1 }
                fields.append(fieldStart..<fieldEnd)
                return .record(end: i + 1, lines: lines)
            }
            i += 1
        }
        guard atEnd else { return .needMore }
        if inQuotes { return .unterminated }
        var fieldEnd = b.count
        if fieldEnd > fieldStart, b[fieldEnd - 1] == 0x0D { fieldEnd -= 1 }
        fields.append(fieldStart..<fieldEnd)
        return .record(end: b.count, lines: lines)
    }

    private mutating func emit(_ b: UnsafeBufferPointer<UInt8>, line: Int, into events: inout [ReadEvent]) throws(InputError) {
        if fields.allSatisfy({ UnsafeBufferPointer(rebasing: b[$0]).isBlank }) {
            return  // a blank line, or a row of empty fields: no comment
        }
        let location = SourceLocation(file: file, line: line)
        guard let columns else {
            let header = fields.map {
                Self.unquote(UnsafeBufferPointer(rebasing: b[$0])).trimmingCharacters().trimmingQuotes()
            }
            do {
                columns = try ResolvedColumns(selection: selection, header: header)
            } catch {
                throw .badColumns(location, reason: error.text)
            }
            headerCount = fields.count
            return
        }
        guard fields.count == headerCount else {
            events.append(.malformed(MalformedRecord(
                location: location,
                reason: "expected \(headerCount) fields as in the header, found \(fields.count)")))
            return
        }
        func field(_ index: Int?) -> String? {
            guard let index else { return nil }
            let value = Self.unquote(UnsafeBufferPointer(rebasing: b[fields[index]]))
            return value.isEmpty ? nil : value
        }
        /// An unquoted ASCII field's bytes, read without making a `String`; nil otherwise.
        func plainASCII(_ index: Int) -> UnsafeBufferPointer<UInt8>? {
            let raw = UnsafeBufferPointer(rebasing: b[fields[index]])
            guard raw.first != 0x22, raw.allSatisfy({ $0 < 0x80 }) else { return nil }
            return raw
        }
        let text = field(columns.text) ?? ""
        var day: Int32?
        if let date = columns.date {
            day = plainASCII(date).map(DateParser.day(from:)) ?? field(date).flatMap(DateParser.day(from:))
        }
        var score: Double?
        if let column = columns.score {
            if let raw = plainASCII(column) {
                score = Self.number(raw)
            } else {
                score = field(column).flatMap { Double($0.trimmingCharacters()) }
            }
        }
        var record = InputRecord(
            text: text,
            id: field(columns.id),
            day: day,
            score: score,
            segment: field(columns.segment),
            location: location)
        if text.utf8.count > maximumCommentBytes {
            record.text = text.truncated(toUTF8Bytes: maximumCommentBytes)
            record.truncated = true
        }
        events.append(.record(record))
    }

    /// The number in ASCII bytes, spaces around it allowed, as `Double(String)` reads it.
    static func number(_ raw: UnsafeBufferPointer<UInt8>) -> Double? {
        var lower = 0, upper = raw.count
        func isSpace(_ c: UInt8) -> Bool { c == 0x20 || (c >= 0x09 && c <= 0x0D) }
        while lower < upper, isSpace(raw[lower]) { lower += 1 }
        while upper > lower, isSpace(raw[upper - 1]) { upper -= 1 }
        guard upper > lower else { return nil }
        return Double(String(decoding: UnsafeBufferPointer(rebasing: raw[lower..<upper]), as: UTF8.self))
    }

    /// The text of a raw field: surrounding quotes removed, `""` read as `"`.
    static func unquote(_ raw: UnsafeBufferPointer<UInt8>) -> String {
        guard raw.first == 0x22 else { return String(decoding: raw, as: UTF8.self) }
        // Most quoted fields are "…" with no "" inside: the bytes between the quotes.
        if raw.count >= 2, raw[raw.count - 1] == 0x22,
            let inner = Optional(UnsafeBufferPointer(rebasing: raw[1..<(raw.count - 1)])),
            !inner.contains(0x22), inner.last != 0x0D
        {
            return String(decoding: inner, as: UTF8.self)
        }
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var i = 1
        var inQuotes = true
        while i < raw.count {
            let c = raw[i]
            if inQuotes, c == 0x22 {
                if i + 1 < raw.count, raw[i + 1] == 0x22 {
                    out.append(0x22)
                    i += 2
                    continue
                }
                inQuotes = false
                i += 1
                continue
            }
            out.append(c)
            i += 1
        }
        if out.last == 0x0D { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }
}

extension String {
    /// The string without leading and trailing whitespace.
    func trimmingCharacters() -> String {
        var s = self[...]
        while let first = s.first, first.isWhitespace { s = s.dropFirst() }
        while let last = s.last, last.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
