/// Plain text, one comment per line.
///
/// LF or CRLF line ends; blank lines are skipped (they are not comments); a UTF-8 byte order
/// mark at the start is dropped. Invalid UTF-8 is repaired with U+FFFD.
public struct LinesDecoder: LineDecoder {
    public let file: String
    var lineNumber = 1
    let maximumLineBytes: Int
    var skippingLine = false

    public init(file: String, maximumCommentBytes: Int = InputRecord.defaultMaximumBytes) {
        self.file = file
        maximumLineBytes = maximumCommentBytes
    }

    /// A comment over the limit keeps its first bytes and is marked truncated.
    mutating func decodeOversizedLine(_ prefix: UnsafeBufferPointer<UInt8>, into events: inout [ReadEvent]) {
        var record = InputRecord(text: String(decoding: prefix, as: UTF8.self), location: SourceLocation(file: file, line: lineNumber))
        record.truncated = true
        events.append(.record(record))
    }

    mutating func decodeLine(_ line: UnsafeBufferPointer<UInt8>, into events: inout [ReadEvent]) throws(InputError) {
        guard !line.isBlank else { return }
        let text = String(decoding: line, as: UTF8.self)
        events.append(.record(InputRecord(text: text, location: SourceLocation(file: file, line: lineNumber))))
    }
}
