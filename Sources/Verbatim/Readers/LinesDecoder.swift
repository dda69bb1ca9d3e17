/// Plain text, one comment per line.
///
/// LF or CRLF line ends; blank lines are skipped (they are not comments); a UTF-8 byte order
/// mark at the start is dropped. Invalid UTF-8 is repaired with U+FFFD.
public struct LinesDecoder: LineDecoder {
    public let file: String
    var lineNumber = 1

    public init(file: String) { self.file = file }

    mutating func decodeLine(_ line: UnsafeBufferPointer<UInt8>, into events: inout [ReadEvent]) throws(InputError) {
        guard !line.isBlank else { return }
        let text = String(decoding: line, as: UTF8.self)
        events.append(.record(InputRecord(text: text, location: SourceLocation(file: file, line: lineNumber))))
    }
}
