/// Reads one or more dumps, in order, as one stream of records.
///
/// Each file gets its own decoder: the given format, or with `.auto` the file's extension, then
/// a sniff of its first bytes. Standard input in `.auto` is read as plain lines.
/// Records are decoded chunk by chunk, so memory does not grow with the input.
public struct RecordReader {
    private let paths: [String]
    private let format: InputFormat
    private let selection: FieldSelection
    private var fileIndex = -1
    private var source: ByteSource?
    private var decoder: (any RecordDecoder)?
    private var buffer = InputBuffer()
    private var pending: [ReadEvent] = []
    private var pendingIndex = 0
    /// Bytes read so far, for progress reports.
    public private(set) var bytesRead = 0

    /// A reader of `paths` (`-` is standard input; no paths means standard input).
    /// The longest comment (line or field) kept whole; longer ones are truncated and marked
    /// (plain lines, JSON fields) or skipped as malformed (a JSON line over four times the limit).
    public var maximumCommentBytes = InputRecord.defaultMaximumBytes

    public init(paths: [String], format: InputFormat = .auto, selection: FieldSelection = FieldSelection()) {
        self.paths = paths.isEmpty ? ["-"] : paths
        self.format = format
        self.selection = selection
    }

    /// Opens every file up front, so that a missing file fails before any output.
    public func checkInputs() throws(InputError) {
        for path in paths where path != "-" { _ = try ByteSource(path: path) }
    }

    /// The next event, or nil at the end of the last file.
    public mutating func next() throws(InputError) -> ReadEvent? {
        if pendingIndex == pending.count {
            guard try refill() else { return nil }
        }
        defer { pendingIndex += 1 }
        return pending[pendingIndex]
    }

    /// Replaces `events` with the events of the next read (all decoded at once, in input
    /// order); returns false, with `events` empty, at the end of the last file.
    ///
    /// Cheaper than ``next()`` per event: the decoded events are handed over, not copied.
    /// - Complexity: O(bytes of one read).
    public mutating func nextBatch(into events: inout [ReadEvent]) throws(InputError) -> Bool {
        events.removeAll(keepingCapacity: true)
        if pendingIndex == pending.count {
            guard try refill() else { return false }
        }
        if pendingIndex > 0 { pending.removeFirst(pendingIndex) }
        swap(&events, &pending)
        pendingIndex = 0
        return true
    }

    /// Reads and decodes until some events are pending, opening the next file when one ends;
    /// returns false at the end of the last file.
    private mutating func refill() throws(InputError) -> Bool {
        pending.removeAll(keepingCapacity: true)
        pendingIndex = 0
        while pending.isEmpty {
            guard let source, decoder != nil else {
                guard try openNextFile() else { return false }
                continue
            }
            let more = try source.read(into: &buffer)
            try decodeAvailable(atEnd: !more)
            if !more {
                self.source = nil
                self.decoder = nil
            }
        }
        return true
    }

    private mutating func decodeAvailable(atEnd: Bool) throws(InputError) {
        guard var current = decoder else { return }
        let before = buffer.readerIndex
        if atEnd {
            try current.decodeLast(buffer: &buffer, into: &pending)
        } else {
            try current.decode(buffer: &buffer, into: &pending)
        }
        bytesRead += buffer.readerIndex - before
        decoder = current
    }

    private mutating func openNextFile() throws(InputError) -> Bool {
        fileIndex += 1
        guard fileIndex < paths.count else { return false }
        let path = paths[fileIndex]
        let opened = try ByteSource(path: path)
        buffer = InputBuffer()
        var resolved = format
        if resolved == .auto {
            resolved = path == "-" ? .lines : InputFormat.byExtension(of: path) ?? .auto
        }
        if resolved == .auto {
            _ = try opened.read(into: &buffer)
            resolved = InputFormat.sniff(buffer.bytes.prefix(4096))
        }
        source = opened
        decoder = resolved.decoder(file: path, selection: selection, maximumCommentBytes: maximumCommentBytes)
        if buffer.readableCount > 0 { try decodeAvailable(atEnd: false) }
        return true
    }
}
