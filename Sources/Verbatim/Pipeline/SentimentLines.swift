#if canImport(Dispatch)
import Dispatch
#endif

/// `verbatim sentiment` over plain-text lines, on bytes from end to end: lines are scored
/// straight out of the read buffer and their records appended to an output buffer, with no
/// `String` per comment; with more than one job, each chunk of lines is split across threads
/// and the records still come out in input order.
///
/// The output is byte for byte what reading the same input with ``LinesDecoder`` and
/// formatting with ``RecordFormatter/tabSeparated(_:text:)`` or
/// ``RecordFormatter/json(_:includeCategory:)`` gives.
public struct SentimentLines: Sendable {
    /// The record written per comment.
    public enum Style: Sendable {
        /// `compound<TAB>label<TAB>text`.
        case tabSeparated
        /// `{"index":…,"sentiment":{…}}`.
        case json
    }

    private let pool: WorkerPool
    private var splitter = LineSplitter()
    private var lines: [LineSplitter.Line] = []
    private var nextIndex = 0
    /// Below this many bytes of complete lines, a chunk is scored on the calling thread alone.
    static let parallelThreshold = 16 * 1024

    /// A scorer of lines with `scorer`, writing `style` records, on up to `jobs` threads.
    public init(scorer: SentimentScorer, style: Style, jobs: Int = 1) {
        pool = WorkerPool(scorer: scorer, style: style, jobs: max(1, jobs))
    }

    /// The number of threads a chunk is split across.
    public var jobs: Int { pool.workers.count }

    /// The longest comment scored whole; longer lines are truncated (see ``LineSplitter``).
    public var maximumCommentBytes: Int {
        get { splitter.maximumLineBytes }
        set { splitter.maximumLineBytes = newValue }
    }

    /// How many comments were truncated so far.
    public var truncatedComments: Int { splitter.truncatedLines }

    /// Reads with `read` until it returns false (end of input), scoring each complete line; after
    /// each read, the records of the lines it completed are passed to `write`, in input order,
    /// in buffers valid only during the call (they are reused for the next records).
    ///
    /// - Complexity: O(n) in the input bytes; memory is bounded by the largest read and line.
    public mutating func run<E: Error>(
        read: (inout InputBuffer) throws(E) -> Bool, write: (UnsafeBufferPointer<UInt8>) throws(E) -> Void
    ) throws(E) {
        var buffer = InputBuffer()
        while true {
            let more = try read(&buffer)
            try process(&buffer, atEnd: !more, write: write)
            if !more { return }
        }
    }

    /// Scores the complete lines in `buffer` (and at end of input, a last line without a line
    /// feed), consuming them, and passes their records to `write` in input order, in buffers
    /// valid only during the call.
    ///
    /// - Complexity: O(n) in the unread bytes.
    public mutating func process<E: Error>(
        _ buffer: inout InputBuffer, atEnd: Bool, write: (UnsafeBufferPointer<UInt8>) throws(E) -> Void
    ) throws(E) {
        lines.removeAll(keepingCapacity: true)
        splitter.split(&buffer, atEnd: atEnd, into: &lines)
        guard !lines.isEmpty else { return }
        let firstIndex = nextIndex
        nextIndex += lines.count
        let pieces = pool.score(lines, of: buffer.bytes, firstIndex: firstIndex)
        for piece in 0..<pieces {
            try pool.workers[piece].withOutput(write)
        }
    }
}

/// The threads' state: one worker per job, each used by one thread at a time.
private final class WorkerPool: Sendable {
    let workers: [Worker]

    init(scorer: SentimentScorer, style: SentimentLines.Style, jobs: Int) {
        workers = (0..<jobs).map { _ in Worker(scorer: scorer, style: style) }
    }

    /// Scores `lines` of `bytes` into the workers' outputs; returns how many workers took part
    /// (their outputs, in order, hold the records in input order).
    func score(_ lines: [LineSplitter.Line], of bytes: [UInt8], firstIndex: Int) -> Int {
        let totalBytes = lines.last!.end - lines.first!.start
        let pieces = totalBytes < SentimentLines.parallelThreshold ? 1 : min(workers.count, lines.count)
        guard pieces > 1 else {
            workers[0].score(lines[...], of: bytes, firstIndex: firstIndex)
            return 1
        }
        // Cut at line boundaries into pieces of about the same number of bytes.
        var bounds = [0]
        var next = 1
        for (i, line) in lines.enumerated() where next < pieces {
            if line.end - lines[0].start >= totalBytes * next / pieces {
                bounds.append(i + 1)
                next += 1
            }
        }
        while bounds.count <= pieces { bounds.append(lines.count) }
        let cuts = bounds
        #if canImport(Dispatch)
        DispatchQueue.concurrentPerform(iterations: pieces) { piece in
            let range = cuts[piece]..<cuts[piece + 1]
            workers[piece].score(lines[range], of: bytes, firstIndex: firstIndex + range.lowerBound)
        }
        #else
        for piece in 0..<pieces {
            let range = cuts[piece]..<cuts[piece + 1]
            workers[piece].score(lines[range], of: bytes, firstIndex: firstIndex + range.lowerBound)
        }
        #endif
        return pieces
    }
}

/// One thread's tokenizer storage, scorer scratch and output buffer.
///
/// `@unchecked Sendable`: the pool hands each worker to one `concurrentPerform` iteration at a
/// time, and reads its output only after all iterations have returned, so no two threads ever
/// touch a worker at once.
private final class Worker: @unchecked Sendable {
    private var writer: SentimentLineWriter
    /// The records of the last chunk scored: the first `outputCount` bytes of storage kept from
    /// one chunk to the next (a new array per chunk made the kernel map and zero fresh pages for
    /// every chunk's records).
    private var output = UnsafeMutableBufferPointer<UInt8>(start: nil, count: 0)
    private var outputCount = 0

    init(scorer: SentimentScorer, style: SentimentLines.Style) {
        writer = SentimentLineWriter(scorer: scorer, style: style)
    }

    deinit { output.deallocate() }

    /// Scores `lines` of `bytes` into the output, written straight into its storage (no fill,
    /// and no copy: appending bytes to an array costs about an instruction a byte).
    func score(_ lines: ArraySlice<LineSplitter.Line>, of bytes: [UInt8], firstIndex: Int) {
        let room = writer.room(for: lines)
        if room > output.count {
            output.deallocate()
            output = .allocate(capacity: max(room, output.count * 2))
        }
        outputCount = Self.write(lines, of: bytes, firstIndex: firstIndex, with: &writer, into: output)
    }

    /// Writes the records of `lines` of `bytes` into `storage` with `writer`; returns how many
    /// bytes. A function of its own, not inlined: the compiler then inlines all of the scoring
    /// into its loop, which it did not do inside ``score(_:of:firstIndex:)`` (about 100
    /// instructions a comment more, measured with callgrind).
    @inline(never)
    private static func write(
        _ lines: ArraySlice<LineSplitter.Line>, of bytes: [UInt8], firstIndex: Int,
        with writer: inout SentimentLineWriter, into storage: UnsafeMutableBufferPointer<UInt8>
    ) -> Int {
        var w = ByteWriter(storage)
        bytes.withUnsafeBufferPointer { all in writer.write(lines, of: all, firstIndex: firstIndex, to: &w) }
        return w.count
    }

    func withOutput<E: Error>(_ body: (UnsafeBufferPointer<UInt8>) throws(E) -> Void) throws(E) {
        try body(UnsafeBufferPointer(rebasing: output[..<outputCount]))
    }
}

/// Scores lines and appends their records, reusing its token and scratch storage.
public struct SentimentLineWriter: Sendable {
    private let scorer: SentimentScorer
    private let style: SentimentLines.Style
    private let formatter = RecordFormatter()
    private var tokenized = TokenizedText()
    private var scratch = SentimentScorer.Scratch()

    public init(scorer: SentimentScorer, style: SentimentLines.Style) {
        self.scorer = scorer
        self.style = style
    }

    /// Appends the record of each of `lines` of `bytes` to `out`; the first gets index `firstIndex`.
    ///
    /// - Complexity: O(n) in the bytes of the lines.
    public mutating func write(
        _ lines: ArraySlice<LineSplitter.Line>, of bytes: UnsafeBufferPointer<UInt8>, firstIndex: Int,
        to out: inout [UInt8]
    ) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: room(for: lines)) { buffer in
            var w = ByteWriter(buffer)
            write(lines, of: bytes, firstIndex: firstIndex, to: &w)
            out.append(contentsOf: w.written)
        }
    }

    /// The most bytes the records of `lines` take: each line's length three times over (when
    /// invalid UTF-8 is repaired, each bad byte becomes three) and a record's room.
    ///
    /// - Complexity: O(number of lines).
    func room(for lines: ArraySlice<LineSplitter.Line>) -> Int {
        let recordRoom = style == .json ? RecordFormatter.jsonRoom : RecordFormatter.tabSeparatedRoom
        var room = 0
        for line in lines { room += 3 * line.count + recordRoom }
        return room
    }

    /// Writes the record of each of `lines` of `bytes` into `w`, which must have
    /// ``room(for:)`` bytes of room; the first gets index `firstIndex`.
    ///
    /// - Complexity: O(n) in the bytes of the lines.
    mutating func write(
        _ lines: ArraySlice<LineSplitter.Line>, of bytes: UnsafeBufferPointer<UInt8>, firstIndex: Int,
        to w: inout ByteWriter
    ) {
        var index = firstIndex
        for line in lines {
            write(line, of: bytes, index: index, to: &w)
            index += 1
        }
    }

    /// Writes the record of `line` of `bytes` into `w`.
    private mutating func write(
        _ line: LineSplitter.Line, of bytes: UnsafeBufferPointer<UInt8>, index: Int, to w: inout ByteWriter
    ) {
        let text = UnsafeBufferPointer(rebasing: bytes[line.start..<line.end])
        // One pass over the bytes answers what validation, the tokenizer and the record ask.
        let summary = ByteSummary(text)
        if summary.isASCII || UTF8Validation.isValid(text) {
            write(text, summary: summary, index: index, to: &w)
        } else {
            var repaired = String(decoding: text, as: UTF8.self)  // U+FFFD for bad bytes, as String(decoding:as:) does
            repaired.withUTF8 { write($0, summary: ByteSummary($0), index: index, to: &w) }
        }
    }

    private mutating func write(
        _ text: UnsafeBufferPointer<UInt8>, summary: ByteSummary, index: Int, to w: inout ByteWriter
    ) {
        let score = scorer.score(bytes: text, summary: summary, tokenized: &tokenized, scratch: &scratch)
        switch style {
        case .tabSeparated:
            formatter.appendTabSeparatedLine(score, text: text, mayHoldLineControl: summary.hasLineControl, to: &w)
        case .json: formatter.appendJSONLine(index: index, sentiment: score, to: &w)
        }
    }
}
