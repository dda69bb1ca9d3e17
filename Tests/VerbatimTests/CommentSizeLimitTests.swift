import Testing

@testable import Verbatim

/// A comment over the size limit is truncated (or, for a JSON line, skipped) and counted, and
/// the reader never holds much more than the limit, however long the line.
struct CommentSizeLimitTests {
    static let long = "start " + String(repeating: "é", count: 400) + " end"  // 806 bytes, 2-byte characters

    @Test(arguments: [[10_000], [7], [64, 3, 129]])
    func longLineIsTruncatedAtACharacterBoundaryAndTheNextLineIsIntact(chunkSizes: [Int]) throws {
        let events = try readerTestDecode(
            LinesDecoder(file: "x.txt", maximumCommentBytes: 101), "short\n\(Self.long)\nnext one\n\(Self.long)", chunkSizes: chunkSizes)
        let records = readerTestRecords(events)
        #expect(records.map(\.location.line) == [1, 2, 3, 4])
        #expect(records.map(\.truncated) == [false, true, false, true])
        #expect(records[1].text == String(Self.long.utf8.prefix(100))!)  // 101 would split an "é"
        #expect(records[2].text == "next one")
    }

    /// Feeds `decoder` a 64,000-byte line arriving 64 bytes at a time after `header`, then
    /// "\nafter\n": the events, and the most bytes the buffer ever held unread.
    static func feedLongLine(
        _ decoder: some RecordDecoder, after header: String = ""
    ) throws(InputError) -> (events: [ReadEvent], largest: Int) {
        var decoder = decoder
        var buffer = InputBuffer(header)
        var events: [ReadEvent] = []
        var largest = 0
        for _ in 0..<1_000 {
            buffer.compact()
            buffer.bytes.append(contentsOf: repeatElement(0x61, count: 64))
            try decoder.decode(buffer: &buffer, into: &events)
            largest = max(largest, buffer.readableCount)
        }
        buffer.compact()
        buffer.bytes.append(contentsOf: Array("\nafter\n".utf8))
        try decoder.decodeLast(buffer: &buffer, into: &events)
        return (events, largest)
    }

    @Test func readerHoldsAboutTheLimitNotTheLine() throws {
        let (events, largest) = try Self.feedLongLine(LinesDecoder(file: "x.txt", maximumCommentBytes: 100))
        #expect(largest <= 100 + 64)
        #expect(readerTestRecords(events).map(\.text) == [String(repeating: "a", count: 100), "after"])
    }

    @Test func jsonLineOverTheLimitIsSkippedAndALongFieldTruncated() throws {
        let field = String(repeating: "b", count: 150)
        let text = "{\"text\":\"\(String(repeating: "a", count: 500))\"}\n{\"text\":\"\(field)\"}\n{\"text\":\"ok\"}\n"
        let events = try readerTestDecode(JSONLinesDecoder(file: "x.jsonl", selection: FieldSelection(), maximumCommentBytes: 100), text)
        guard case .malformed(let bad) = events.first else {
            Issue.record("expected the oversized line to be malformed")
            return
        }
        #expect(bad.location.line == 1 && bad.reason.contains("longer than 400 bytes"))
        let records = readerTestRecords(events)
        #expect(records.map(\.text) == [String(repeating: "b", count: 100), "ok"])
        #expect(records.map(\.truncated) == [true, false])
        #expect(records.map(\.location.line) == [2, 3])
    }

    @Test(arguments: [[10_000], [7], [64, 3, 129]])
    func csvFieldOverTheLimitIsTruncatedAndARunawayRecordSkipped(chunkSizes: [Int]) throws {
        let longField = "\"" + String(repeating: "b", count: 150) + "\""
        let runaway = "\"" + String(repeating: "a,\n", count: 200)  // a quote never closed: 600 bytes on 200 lines
        let text = "id,text\n1,\(longField)\n2,ok\n3,\(runaway)4,after\n"
        let events = try readerTestDecode(
            DelimitedDecoder.csv(file: "x.csv", selection: FieldSelection(), maximumCommentBytes: 100), text, chunkSizes: chunkSizes)
        let records = readerTestRecords(events)
        #expect(records.first?.text == String(repeating: "b", count: 100))
        #expect(records.map(\.truncated).prefix(2) == [true, false])
        #expect(records.map(\.location.line).prefix(2) == [2, 3])
        let bad = readerTestMalformed(events)
        #expect(bad.first?.location.line == 4)
        #expect(bad.first?.reason.contains("longer than 400 bytes") == true)
        // Reading resumes after the line where the runaway record began: the last record is whole.
        #expect(records.last?.text == "after" && records.last?.location.line == 204)
    }

    @Test func csvReaderHoldsAboutTheRecordLimitNotTheLine() throws {
        let (events, largest) = try Self.feedLongLine(
            DelimitedDecoder.tsv(file: "x.tsv", selection: FieldSelection(), maximumCommentBytes: 100), after: "text\n")
        #expect(largest <= 400 + 64)
        #expect(readerTestMalformed(events).map(\.location.line) == [2])
        #expect(readerTestRecords(events).map(\.text) == ["after"])
        #expect(readerTestRecords(events).map(\.location.line) == [3])
    }

    @Test func lineSplitterCutsLongLinesAndSkipsTheirRest() {
        var splitter = LineSplitter()
        splitter.maximumLineBytes = 50
        var buffer = InputBuffer()
        var texts: [String] = []
        let input = Array(("x" + String(repeating: "y", count: 500) + "\nafter\n").utf8)
        for chunk in stride(from: 0, to: input.count, by: 32) {
            buffer.compact()
            buffer.bytes.append(contentsOf: input[chunk..<min(chunk + 32, input.count)])
            var lines: [LineSplitter.Line] = []
            splitter.split(&buffer, atEnd: chunk + 32 >= input.count, into: &lines)
            texts += lines.map { String(decoding: buffer.bytes[$0.start..<$0.end], as: UTF8.self) }
            #expect(buffer.readableCount <= 50 + 32)
        }
        #expect(texts == ["x" + String(repeating: "y", count: 49), "after"])
        #expect(splitter.truncatedLines == 1)
    }

    @Test func truncatedCommentsAreCountedInTheReport() {
        let records = [Self.long, "fine comment", Self.long].enumerated().map { i, text in
            var record = InputRecord(text: String(text.utf8.prefix(100))!, location: SourceLocation(file: "x", line: i + 1))
            record.truncated = text.utf8.count > 100
            return ReadEvent.record(record)
        }
        let report = Verbatim.analyze(records: records).report
        #expect(report.summary.truncated == 2)
        #expect(MarkdownReporter().render(report).contains("2 truncated to the size limit"))
    }
}

/// Bytes that are not UTF-8 are repaired with U+FFFD and counted, never a crash.
struct InvalidUTF8Tests {
    @Test func invalidBytesAreRepairedAndCounted() throws {
        let bytes: [UInt8] = Array("caf".utf8) + [0xE9] + Array(" was late\nfine thanks\nbad ".utf8) + [0xFF, 0xFE, 0x00] + Array(" here\n".utf8)
        let events = try readerTestDecode(LinesDecoder(file: "x.txt"), bytes: bytes)
        let records = readerTestRecords(events)
        #expect(records.map(\.text) == ["caf\u{FFFD} was late", "fine thanks", "bad \u{FFFD}\u{FFFD}\u{0} here"])
        let report = Verbatim.analyze(records: events).report
        #expect(report.summary.repaired == 2)
        #expect(report.summary.analyzed == 3)
        #expect(MarkdownReporter().render(report).contains("2 with invalid UTF-8 repaired"))
    }

    @Test func replacementCharacterSearchFindsOnlyTheWholeSequence() {
        #expect("a\u{FFFD}b".utf8.containsReplacementCharacter)
        #expect(!"ïa¿½".utf8.containsReplacementCharacter)
        #expect(!"plain".utf8.containsReplacementCharacter)
    }
}
