import Testing

@testable import Verbatim

@Suite struct LinesDecoderTests {
    private func decode(_ text: String, chunkSizes: [Int]? = nil) throws -> [ReadEvent] {
        try readerTestDecode(LinesDecoder(file: "notes.txt"), text, chunkSizes: chunkSizes)
    }

    @Test func eachLFLineIsOneRecord() throws {
        let records = readerTestRecords(try decode("first comment\nsecond comment\nthird\n"))
        #expect(records.map(\.text) == ["first comment", "second comment", "third"])
    }

    @Test func crlfLineEndsAreStrippedFromText() throws {
        let records = readerTestRecords(try decode("alpha\r\nbeta\r\ngamma\r\n"))
        #expect(records.map(\.text) == ["alpha", "beta", "gamma"])
        #expect(records.allSatisfy { !$0.text.unicodeScalars.contains("\r") })
    }

    @Test func mixedLFAndCRLFLineEndsReadAlike() throws {
        let records = readerTestRecords(try decode("one\r\ntwo\nthree\r\nfour"))
        #expect(records.map(\.text) == ["one", "two", "three", "four"])
        #expect(records.map(\.location.line) == [1, 2, 3, 4])
    }

    @Test func carriageReturnInsideALineIsKept() throws {
        // Only a CR directly before the LF is part of the line break.
        let records = readerTestRecords(try decode("a\rb\n"))
        #expect(records.map(\.text) == ["a\rb"])
    }

    @Test func blankLinesAreSkippedButStillCounted() throws {
        let records = readerTestRecords(try decode("first\n\n\nfourth\n\nsixth\n"))
        #expect(records.map(\.text) == ["first", "fourth", "sixth"])
        #expect(records.map(\.location.line) == [1, 4, 6])
    }

    @Test func whitespaceOnlyLinesAreSkippedButStillCounted() throws {
        let records = readerTestRecords(try decode("  \n\t\t\n \t \r\nreal comment\n   \r\nlast\n"))
        #expect(records.map(\.text) == ["real comment", "last"])
        #expect(records.map(\.location.line) == [4, 6])
    }

    @Test func textKeepsItsOwnLeadingAndTrailingSpaces() throws {
        let records = readerTestRecords(try decode("  indented comment \n"))
        #expect(records.map(\.text) == ["  indented comment "])
    }

    @Test func utf8ByteOrderMarkIsDropped() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("hello\nworld\n".utf8)
        let records = readerTestRecords(try readerTestDecode(LinesDecoder(file: "bom.txt"), bytes: bytes))
        #expect(records.map(\.text) == ["hello", "world"])
        #expect(records.first?.text.unicodeScalars.first == "h")
        #expect(records.map(\.location.line) == [1, 2])
    }

    @Test func byteOrderMarkIsDroppedEvenWhenSplitAcrossChunks() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("hello\nworld\n".utf8)
        let records = readerTestRecords(
            try readerTestDecode(LinesDecoder(file: "bom.txt"), bytes: bytes, chunkSizes: [1]))
        #expect(records.map(\.text) == ["hello", "world"])
    }

    @Test func byteOrderMarkOnlyFirstLineIsBlank() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF, 0x0A] + Array("comment\n".utf8)
        let records = readerTestRecords(try readerTestDecode(LinesDecoder(file: "bom.txt"), bytes: bytes))
        #expect(records.map(\.text) == ["comment"])
        #expect(records.map(\.location.line) == [2])
    }

    @Test func byteOrderMarkLaterInTheFileIsNotStripped() throws {
        // Only a mark at the very start of the input is an encoding signature.
        let bytes: [UInt8] = Array("first\n".utf8) + [0xEF, 0xBB, 0xBF] + Array("second\n".utf8)
        let records = readerTestRecords(try readerTestDecode(LinesDecoder(file: "bom.txt"), bytes: bytes))
        #expect(records.map(\.text) == ["first", "\u{FEFF}second"])
    }

    @Test func lastLineWithoutNewlineIsRead() throws {
        let records = readerTestRecords(try decode("one\ntwo\nno newline at end"))
        #expect(records.map(\.text) == ["one", "two", "no newline at end"])
        #expect(records.last?.location.line == 3)
    }

    @Test func lastLineWithoutNewlineButWithCarriageReturnIsStripped() throws {
        let records = readerTestRecords(try decode("one\r\ntwo\r"))
        #expect(records.map(\.text) == ["one", "two"])
    }

    @Test func decodeLeavesAPartialLineForLater() throws {
        var decoder = LinesDecoder(file: "x.txt")
        var buffer = InputBuffer("complete\npart")
        var events: [ReadEvent] = []
        try decoder.decode(buffer: &buffer, into: &events)
        #expect(readerTestSummary(events) == ["complete@1"])
        #expect(buffer.readableCount == 4)
        try decoder.decodeLast(buffer: &buffer, into: &events)
        #expect(readerTestSummary(events) == ["complete@1", "part@2"])
        #expect(buffer.readableCount == 0)
    }

    @Test func emptyInputYieldsNothing() throws {
        #expect(try decode("").isEmpty)
        #expect(try decode("\n\n  \n").isEmpty)
    }

    @Test func invalidUTF8IsRepairedWithReplacementCharacter() throws {
        let bytes: [UInt8] = Array("caf".utf8) + [0xFF, 0xFE] + Array(" ok\n".utf8) + [0xC3] + Array("\nnext\n".utf8)
        let records = readerTestRecords(try readerTestDecode(LinesDecoder(file: "bad.txt"), bytes: bytes))
        #expect(records.count == 3)
        #expect(records[0].text.hasPrefix("caf"))
        #expect(records[0].text.hasSuffix(" ok"))
        #expect(records[0].text.unicodeScalars.contains("\u{FFFD}"))
        #expect(records[1].text == "\u{FFFD}")  // a truncated two-byte sequence
        #expect(records[2].text == "next")
        #expect(records.map(\.location.line) == [1, 2, 3])
    }

    @Test func validMultibyteUTF8IsKeptIntactAcrossChunks() throws {
        let text = "naïve café 😀 日本語\nzwei\n"
        let whole = readerTestRecords(try decode(text))
        #expect(whole.map(\.text) == ["naïve café 😀 日本語", "zwei"])
        for size in [1, 2, 3] {
            #expect(readerTestRecords(try decode(text, chunkSizes: [size])) == whole)
        }
    }

    @Test func locationNamesTheFileAndLine() throws {
        let records = readerTestRecords(try readerTestDecode(LinesDecoder(file: "dump/feedback.txt"), "a\n\nb\n"))
        #expect(records.map(\.location) == [
            SourceLocation(file: "dump/feedback.txt", line: 1),
            SourceLocation(file: "dump/feedback.txt", line: 3),
        ])
        #expect(records.last?.location.description == "dump/feedback.txt:3")
    }

    @Test func linesCarryNoMetadata() throws {
        let record = try #require(readerTestRecords(try decode("2024-01-01,5,hello\n")).first)
        #expect(record.text == "2024-01-01,5,hello")
        #expect(record.id == nil && record.day == nil && record.score == nil && record.segment == nil)
    }

    @Test(arguments: [1, 2, 3, 7])
    func smallChunksGiveTheSameRecordsAsOneChunk(size: Int) throws {
        let text = "first\r\n\n  \nsecond line here\nthird\r\nlast without newline"
        let whole = try decode(text)
        #expect(readerTestSummary(whole) == ["first@1", "second line here@4", "third@5", "last without newline@6"])
        #expect(try decode(text, chunkSizes: [size]) == whole)
    }
}
