/// Where a record came from: a file (or `-` for standard input) and a 1-based line number.
public struct SourceLocation: Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int

    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    public var description: String { "\(file):\(line)" }
}

/// One comment as read from a dump, before any analysis.
public struct InputRecord: Sendable, Equatable {
    public var text: String
    public var id: String?
    /// Days since 1970-01-01, when a date column was given and parsed.
    public var day: Int32?
    public var score: Double?
    public var segment: String?
    public var location: SourceLocation
    /// The comment was longer than the reader's limit and holds only its first bytes.
    public var truncated = false

    /// The default limit on one comment (one line or field): 64 KiB.
    public static let defaultMaximumBytes = 65_536

    public init(
        text: String, id: String? = nil, day: Int32? = nil, score: Double? = nil, segment: String? = nil,
        location: SourceLocation
    ) {
        self.text = text
        self.id = id
        self.day = day
        self.score = score
        self.segment = segment
        self.location = location
    }
}

extension String {
    /// The longest prefix of at most `limit` UTF-8 bytes that ends at a character boundary.
    func truncated(toUTF8Bytes limit: Int) -> String {
        let bytes = Array(utf8)
        guard bytes.count > limit else { return self }
        let end = bytes.withUnsafeBufferPointer { UTF8Validation.boundary(in: $0, atOrBefore: limit, notBefore: 0) }
        return String(decoding: bytes[..<end], as: UTF8.self)
    }
}

/// A record that could not be read: malformed CSV or JSON, a missing field.

public struct MalformedRecord: Error, Sendable, Equatable, CustomStringConvertible {
    public var location: SourceLocation
    public var reason: String

    public init(location: SourceLocation, reason: String) {
        self.location = location
        self.reason = reason
    }

    public var description: String { "\(location): \(reason)" }
}

/// What a reader yields: a record, or a malformed one that still takes its place in the stream.
public enum ReadEvent: Sendable, Equatable {
    case record(InputRecord)
    case malformed(MalformedRecord)

    /// The text of a record, nil for a malformed one; reads the one field, copying no other.
    public var text: String? {
        if case .record(let record) = self { return record.text }
        return nil
    }
}
