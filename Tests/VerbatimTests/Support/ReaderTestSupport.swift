import Foundation
import Testing

@testable import Verbatim

// Shared helpers for the reader tests (LinesDecoder, CSV/TSV, JSONL, InputFormat, RecordReader).
// Every name starts with `readerTest` so it cannot clash with helpers of other test files.

/// Feeds `bytes` to `decoder` the way ``RecordReader`` does: compact, append a chunk, decode;
/// then `decodeLast` once the input is exhausted. `chunkSizes` is cycled; nil means one chunk.
func readerTestDecode(
    _ decoder: some RecordDecoder, bytes: [UInt8], chunkSizes: [Int]? = nil
) throws(InputError) -> [ReadEvent] {
    var decoder = decoder
    var buffer = InputBuffer()
    var events: [ReadEvent] = []
    let sizes = chunkSizes ?? [max(bytes.count, 1)]
    precondition(!sizes.isEmpty && sizes.allSatisfy { $0 > 0 }, "chunk sizes must be positive")
    var offset = 0
    var turn = 0
    while offset < bytes.count {
        let size = min(sizes[turn % sizes.count], bytes.count - offset)
        turn += 1
        buffer.compact()
        buffer.bytes.append(contentsOf: bytes[offset..<(offset + size)])
        offset += size
        try decoder.decode(buffer: &buffer, into: &events)
    }
    try decoder.decodeLast(buffer: &buffer, into: &events)
    return events
}

/// ``readerTestDecode(_:bytes:chunkSizes:)`` for a UTF-8 string.
func readerTestDecode(
    _ decoder: some RecordDecoder, _ text: String, chunkSizes: [Int]? = nil
) throws(InputError) -> [ReadEvent] {
    try readerTestDecode(decoder, bytes: Array(text.utf8), chunkSizes: chunkSizes)
}

/// The records among `events`, in order.
func readerTestRecords(_ events: [ReadEvent]) -> [InputRecord] {
    events.compactMap { if case .record(let record) = $0 { record } else { nil } }
}

/// The malformed records among `events`, in order.
func readerTestMalformed(_ events: [ReadEvent]) -> [MalformedRecord] {
    events.compactMap { if case .malformed(let bad) = $0 { bad } else { nil } }
}

/// A compact, comparable picture of a stream: `text@line` for records, `!line` for malformed.
func readerTestSummary(_ events: [ReadEvent]) -> [String] {
    events.map { event in
        switch event {
        case .record(let record): "\(record.text)@\(record.location.line)"
        case .malformed(let bad): "!\(bad.location.line)"
        }
    }
}

/// A reproducible pseudo-random generator (SplitMix64), for chunk sizes and generated input.
struct ReaderTestRandom: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// `count` chunk sizes in `range`, the same for the same seed.
func readerTestChunkSizes(seed: UInt64, count: Int = 64, in range: ClosedRange<Int> = 1...13) -> [Int] {
    var random = ReaderTestRandom(seed: seed)
    return (0..<count).map { _ in Int.random(in: range, using: &random) }
}

/// A folder of its own under the temporary directory; remove it with
/// ``readerTestRemove(_:)`` (tests use `defer`).
func readerTestTemporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("verbatim-reader-tests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
}

/// Writes `bytes` to `name` inside `folder` and returns the path.
@discardableResult
func readerTestWrite(_ bytes: [UInt8], named name: String, in folder: URL) throws -> String {
    let url = folder.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
}

/// Writes `text` (UTF-8) to `name` inside `folder` and returns the path.
@discardableResult
func readerTestWrite(_ text: String, named name: String, in folder: URL) throws -> String {
    try readerTestWrite(Array(text.utf8), named: name, in: folder)
}

/// Removes a temporary folder made by ``readerTestTemporaryFolder()``.
func readerTestRemove(_ folder: URL) {
    try? FileManager.default.removeItem(at: folder)
}

/// Every event of a ``RecordReader`` until its end.
func readerTestReadAll(_ reader: inout RecordReader) throws(InputError) -> [ReadEvent] {
    var events: [ReadEvent] = []
    while let event = try reader.next() { events.append(event) }
    return events
}

/// The error a throwing call raised as an ``InputError``, or nil if it did not throw one.
func readerTestInputError(_ body: () throws(InputError) -> Void) -> InputError? {
    do {
        try body()
        return nil
    } catch {
        return error
    }
}
