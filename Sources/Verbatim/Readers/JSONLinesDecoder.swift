/// JSON Lines: one JSON object per line; the comment text at a dotted field path.
///
/// Blank lines are skipped. A line that is not a JSON object, or whose text field is missing or
/// not a string, is a malformed record naming its line. Without `--text-field`, the first of
/// the default names (text, comment, review, …) present in the object is used.
public struct JSONLinesDecoder: LineDecoder {
    public let file: String
    private let selection: FieldSelection
    var lineNumber = 1
    let maximumCommentBytes: Int
    /// A line holds other fields beside the comment: it may be four times the comment limit.
    var maximumLineBytes: Int { maximumCommentBytes * 4 }
    var skippingLine = false

    public init(file: String, selection: FieldSelection, maximumCommentBytes: Int = InputRecord.defaultMaximumBytes) {
        self.file = file
        self.selection = selection
        self.maximumCommentBytes = maximumCommentBytes
    }

    /// A JSON line cut short cannot be parsed: it is skipped as malformed.
    mutating func decodeOversizedLine(_ prefix: UnsafeBufferPointer<UInt8>, into events: inout [ReadEvent]) {
        let location = SourceLocation(file: file, line: lineNumber)
        events.append(.malformed(MalformedRecord(location: location, reason: "line longer than \(maximumLineBytes) bytes")))
    }

    mutating func decodeLine(_ line: UnsafeBufferPointer<UInt8>, into events: inout [ReadEvent]) throws(InputError) {
        guard !line.isBlank else { return }
        let location = SourceLocation(file: file, line: lineNumber)
        func malformed(_ reason: String) { events.append(.malformed(MalformedRecord(location: location, reason: reason))) }
        let value: JSONValue
        do {
            value = try JSONParser.parse(line)
        } catch {
            return malformed("invalid JSON at column \(error.offset + 1): \(error.reason)")
        }
        guard case .object(let members) = value else { return malformed("expected a JSON object") }

        let text: JSONValue?
        let textPath: String
        switch selection.text {
        case .name(let path):
            textPath = path
            text = value.value(atPath: path)
        case .index(let index):
            textPath = "#\(index)"
            text = members.indices.contains(index - 1) ? members[index - 1].value : nil
        case nil:
            // The first default name holding a string; else the first present, to report its type.
            let present = FieldSelection.defaultTextNames.compactMap { name in
                members.first { $0.key.lowercased() == name }.map { (name, $0.value) }
            }
            let chosen = present.first { if case .string = $0.1 { true } else { false } } ?? present.first
            textPath = chosen?.0 ?? "text"
            text = chosen?.1
        }
        guard let text else { return malformed("no field '\(textPath)'") }
        guard case .string(let comment) = text else { return malformed("field '\(textPath)' is not a string") }

        func scalar(_ selector: FieldSelection.Selector?, defaults: [String] = []) -> String? {
            switch selector {
            case .name(let path): value.value(atPath: path)?.scalarText
            case .index(let index): members.indices.contains(index - 1) ? members[index - 1].value.scalarText : nil
            case nil:
                defaults.lazy.compactMap { name in members.first { $0.key.lowercased() == name }?.value.scalarText }.first
            }
        }
        var record = InputRecord(
            text: comment,
            id: scalar(selection.id),
            day: scalar(selection.date, defaults: FieldSelection.defaultDateNames).flatMap(DateParser.day(from:)),
            score: scalar(selection.score, defaults: FieldSelection.defaultScoreNames).flatMap(Double.init),
            segment: scalar(selection.segment),
            location: location)
        if comment.utf8.count > maximumCommentBytes {
            record.text = comment.truncated(toUTF8Bytes: maximumCommentBytes)
            record.truncated = true
        }
        events.append(.record(record))
    }
}
