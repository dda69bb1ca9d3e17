import Testing

@testable import Verbatim

/// CSV (RFC 4180) and TSV through ``DelimitedDecoder``.
@Suite struct CSVReaderTests {
    private func csv(
        _ text: String, _ selection: FieldSelection = FieldSelection(), chunkSizes: [Int]? = nil
    ) throws(InputError) -> [ReadEvent] {
        try readerTestDecode(DelimitedDecoder.csv(file: "in.csv", selection: selection), text, chunkSizes: chunkSizes)
    }

    private func tsv(
        _ text: String, _ selection: FieldSelection = FieldSelection(), chunkSizes: [Int]? = nil
    ) throws(InputError) -> [ReadEvent] {
        try readerTestDecode(DelimitedDecoder.tsv(file: "in.tsv", selection: selection), text, chunkSizes: chunkSizes)
    }

    // MARK: Header and records

    @Test func headerRowIsNotARecord() throws {
        let events = try csv("id,text\n1,hello\n2,world\n", FieldSelection(id: .name("id")))
        #expect(readerTestSummary(events) == ["hello@2", "world@3"])
        #expect(readerTestRecords(events).map(\.id) == ["1", "2"])
    }

    @Test func headerOnlyYieldsNoRecords() throws {
        #expect(try csv("id,text\n").isEmpty)
        #expect(try csv("id,text").isEmpty)
        #expect(try csv("").isEmpty)
    }

    @Test func recordLocationNamesFileAndLine() throws {
        let record = try #require(readerTestRecords(try csv("text\nhello\n")).first)
        #expect(record.location == SourceLocation(file: "in.csv", line: 2))
    }

    @Test func lastRecordWithoutNewlineIsRead() throws {
        #expect(readerTestSummary(try csv("id,text\n1,a\n2,last")) == ["a@2", "last@3"])
        #expect(readerTestSummary(try csv("id,text\n1,a\n2,\"quoted last\"")) == ["a@2", "quoted last@3"])
    }

    @Test func blankLinesAreSkippedButCounted() throws {
        let events = try csv("\nid,text\n\n1,a\n   \n\r\n2,b\n")
        #expect(readerTestSummary(events) == ["a@4", "b@7"])
    }

    @Test func rowOfOnlyEmptyOrWhitespaceFieldsIsSkippedLikeABlankLine() throws {
        // Spreadsheets export empty rows as `,` (CSV) or tabs (TSV); they hold no comment.
        let csvEvents = try csv("id,text\n1,hi\n,\n , \t\n2,there\n")
        let tsvEvents = try tsv("id\ttext\n1\thi\n\t\n \t \n2\tthere\n")
        #expect(readerTestSummary(csvEvents) == ["hi@2", "there@5"])
        #expect(readerTestSummary(tsvEvents) == ["hi@2", "there@5"])
    }

    @Test func byteOrderMarkBeforeHeaderIsDropped() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("id,text\n7,hi\n".utf8)
        let selection = FieldSelection(text: .name("text"), id: .name("id"))
        for sizes in [nil, [1], [2]] as [[Int]?] {
            let decoder = DelimitedDecoder.csv(file: "bom.csv", selection: selection)
            let records = readerTestRecords(try readerTestDecode(decoder, bytes: bytes, chunkSizes: sizes))
            #expect(records.map(\.text) == ["hi"])
            #expect(records.map(\.id) == ["7"])
        }
    }

    // MARK: RFC 4180 quoting

    @Test func quotedFieldKeepsEmbeddedComma() throws {
        let records = readerTestRecords(try csv("id,text\n1,\"hello, world, again\"\n"))
        #expect(records.map(\.text) == ["hello, world, again"])
    }

    @Test func doubledQuoteReadsAsOneQuote() throws {
        let records = readerTestRecords(try csv("id,text\n1,\"she said \"\"wow\"\"\"\n2,\"\"\"\"\n"))
        #expect(records.map(\.text) == ["she said \"wow\"", "\""])
    }

    @Test func quotedFieldKeepsEmbeddedNewline() throws {
        let events = try csv("id,text\n1,\"line one\nline two\"\n2,next\n")
        #expect(readerTestRecords(events).map(\.text) == ["line one\nline two", "next"])
    }

    @Test func recordAfterEmbeddedNewlineHasCorrectLineNumber() throws {
        let events = try csv("id,text\n1,\"a\nb\nc\"\n2,next\n3,\"x\ny\"\n4,last\n")
        #expect(readerTestSummary(events) == ["a\nb\nc@2", "next@5", "x\ny@6", "last@8"])
    }

    @Test func quotedFieldKeepsEmbeddedCRLF() throws {
        let events = try csv("id,text\r\n1,\"first\r\nsecond\"\r\n2,next\r\n")
        let records = readerTestRecords(events)
        #expect(records.map(\.text) == ["first\r\nsecond", "next"])
        #expect(records.map(\.location.line) == [2, 4])
    }

    @Test func crlfRecordEndsAreNotPartOfTheText() throws {
        let records = readerTestRecords(
            try csv("id,text\r\n1,plain\r\n2,\"quoted\"\r\n3,last\r\n", FieldSelection(id: .name("id"))))
        #expect(records.map(\.text) == ["plain", "quoted", "last"])
        #expect(records.map(\.id) == ["1", "2", "3"])
    }

    @Test func quotedFirstColumnThenMoreColumnsWithCRLFRecordEnd() throws {
        let selection = FieldSelection(text: .name("text"), segment: .name("segment"))
        let records = readerTestRecords(try csv("text,segment\r\n\"hi, there\",pro\r\n", selection))
        #expect(records.map(\.text) == ["hi, there"])
        #expect(records.map(\.segment) == ["pro"])
    }

    @Test func quotedEmptyFieldIsEmpty() throws {
        let records = readerTestRecords(try csv("id,text\n\"\",hello\n"))
        #expect(records.map(\.text) == ["hello"])
        #expect(records.map(\.id) == [nil])
    }

    @Test func textAfterClosingQuoteIsKept() throws {
        let records = readerTestRecords(try csv("id,text\n1,\"quoted\" tail\n"))
        #expect(records.map(\.text) == ["quoted tail"])
    }

    @Test func quoteInsideUnquotedFieldIsLiteral() throws {
        let events = try csv("id,text\n1,5\" screen is great\n2,next\n")
        #expect(readerTestSummary(events) == ["5\" screen is great@2", "next@3"])
    }

    // MARK: Column selection

    @Test func columnByNameIsCaseInsensitive() throws {
        let text = "ID,Customer Remark,Extra\n1,nice,x\n"
        for name in ["customer remark", "CUSTOMER REMARK", "Customer Remark"] {
            let records = readerTestRecords(try csv(text, FieldSelection(text: .name(name), id: .name("id"))))
            #expect(records.map(\.text) == ["nice"])
            #expect(records.map(\.id) == ["1"])
        }
    }

    @Test func headerNamesAreTrimmedAndUnquoted() throws {
        let selection = FieldSelection(text: .name("remark"), id: .name("key"))
        let records = readerTestRecords(try csv("\"Key\" ,  Remark\t\n9,ok\n", selection))
        #expect(records.map(\.text) == ["ok"])
        #expect(records.map(\.id) == ["9"])
    }

    @Test func columnByOneBasedIndex() throws {
        let text = "a,b,c\nfirst,second,third\n"
        #expect(readerTestRecords(try csv(text, FieldSelection(text: .index(1)))).map(\.text) == ["first"])
        #expect(readerTestRecords(try csv(text, FieldSelection(text: .index(3)))).map(\.text) == ["third"])
        let both = readerTestRecords(try csv(text, FieldSelection(text: .index(2), id: .index(3))))
        #expect(both.map(\.text) == ["second"])
        #expect(both.map(\.id) == ["third"])
    }

    @Test func selectorDigitsAreAnIndexAndAnythingElseAName() {
        #expect(FieldSelection.Selector("2") == .index(2))
        #expect(FieldSelection.Selector("12") == .index(12))
        #expect(FieldSelection.Selector("0") == .name("0"))
        #expect(FieldSelection.Selector("-1") == .name("-1"))
        #expect(FieldSelection.Selector("text") == .name("text"))
        #expect(FieldSelection.Selector("review.body") == .name("review.body"))
    }

    @Test(arguments: FieldSelection.defaultTextNames)
    func defaultTextColumnNameIsFound(name: String) throws {
        let header = "id,\(name.uppercased()),note"
        let records = readerTestRecords(try csv("\(header)\n1,the comment,a note\n"))
        #expect(records.map(\.text) == ["the comment"])
    }

    @Test func defaultTextNamesFollowPreferenceOrder() throws {
        #expect(readerTestRecords(try csv("message,text\nm,t\n")).map(\.text) == ["t"])
        #expect(readerTestRecords(try csv("body,feedback,comment\nb,f,c\n")).map(\.text) == ["c"])
        #expect(readerTestRecords(try csv("message,body\nm,b\n")).map(\.text) == ["b"])
    }

    @Test func withoutATextNameTheFirstColumnIsTheText() throws {
        let records = readerTestRecords(try csv("words,id\nfirst column,2\n"))
        #expect(records.map(\.text) == ["first column"])
    }

    @Test func idDateScoreAndSegmentColumnsAreRead() throws {
        let selection = FieldSelection(
            text: .name("text"), id: .name("id"), date: .name("created"), score: .name("rating"),
            segment: .name("plan"))
        let text = "id,created,rating,plan,text\n42,2024-03-05, 4.5 ,enterprise,great\n"
        let record = try #require(readerTestRecords(try csv(text, selection)).first)
        #expect(record.text == "great")
        #expect(record.id == "42")
        #expect(record.day == Int32(DateParser.daysFromCivil(year: 2024, month: 3, day: 5)))
        #expect(record.score == 4.5)
        #expect(record.segment == "enterprise")
    }

    @Test func metadataColumnsByIndex() throws {
        let selection = FieldSelection(text: .index(5), id: .index(1), date: .index(2), score: .index(3), segment: .index(4))
        let record = try #require(readerTestRecords(try csv("a,b,c,d,e\nx1,24/02/2015,3,free,hi\n", selection)).first)
        #expect(record.id == "x1")
        #expect(record.day == Int32(DateParser.daysFromCivil(year: 2015, month: 2, day: 24)))
        #expect(record.score == 3)
        #expect(record.segment == "free")
        #expect(record.text == "hi")
    }

    @Test func emptyOrUnparsableMetadataIsNilButTheRecordIsKept() throws {
        let selection = FieldSelection(id: .name("id"), date: .name("date"), score: .name("score"), segment: .name("seg"))
        let text = "id,date,score,seg,text\n,,,,empty meta\n1,not a date,n/a,,bad meta\n"
        let records = readerTestRecords(try csv(text, selection))
        #expect(records.map(\.text) == ["empty meta", "bad meta"])
        #expect(records.map(\.id) == [nil, "1"])
        #expect(records.allSatisfy { $0.day == nil && $0.score == nil && $0.segment == nil })
    }

    @Test func dateAndScoreColumnsAreFoundByDefaultName() throws {
        let record = try #require(readerTestRecords(try csv("id,Date,text,Score\n1,2024-01-05,hi, 4 \n")).first)
        #expect(record.text == "hi")
        #expect(record.day == Int32(DateParser.daysFromCivil(year: 2024, month: 1, day: 5)))
        #expect(record.score == 4)
    }

    @Test(arguments: FieldSelection.defaultDateNames)
    func everyDefaultDateNameIsFound(name: String) throws {
        let record = try #require(readerTestRecords(try csv("text,\(name.uppercased())\nhi,24/02/2015\n")).first)
        #expect(record.day == Int32(DateParser.daysFromCivil(year: 2015, month: 2, day: 24)))
    }

    @Test(arguments: FieldSelection.defaultScoreNames)
    func everyDefaultScoreNameIsFound(name: String) throws {
        let record = try #require(readerTestRecords(try csv("text,\(name)\nhi,9\n")).first)
        #expect(record.score == 9)
    }

    @Test func defaultDateAndScoreNamesFollowPreferenceOrder() throws {
        let text = "time,created_at,date,text,csat,stars,score\n2020-01-01,2021-01-01,2022-01-01,hi,1,2,3\n"
        let record = try #require(readerTestRecords(try csv(text)).first)
        #expect(record.day == Int32(DateParser.daysFromCivil(year: 2022, month: 1, day: 1)))
        #expect(record.score == 3)
    }

    @Test func explicitDateAndScoreColumnsWinOverDefaultNames() throws {
        let selection = FieldSelection(date: .name("shipped"), score: .index(4))
        let text = "date,shipped,text,mark,score\n2020-01-01,2023-05-06,hi,7,3\n"
        let record = try #require(readerTestRecords(try csv(text, selection)).first)
        #expect(record.day == Int32(DateParser.daysFromCivil(year: 2023, month: 5, day: 6)))
        #expect(record.score == 7)
    }

    @Test func unparsableValueInADefaultDateColumnIsNilNotAnError() throws {
        let events = try csv("text,date,score\nhi,tomorrow,great\n")
        let record = try #require(readerTestRecords(events).first)
        #expect(events.count == 1)
        #expect(record.day == nil)
        #expect(record.score == nil)
    }

    @Test func idAndSegmentAreNeverGuessedFromTheHeader() throws {
        let record = try #require(readerTestRecords(try csv("id,segment,text\n1,pro,hi\n")).first)
        #expect(record.text == "hi")
        #expect(record.id == nil)
        #expect(record.segment == nil)
    }

    @Test func withoutMetadataColumnsEverythingButTextIsNil() throws {
        let record = try #require(readerTestRecords(try csv("when,text,points\n2024-01-01,hi,5\n")).first)
        #expect(record.text == "hi")
        #expect(record.id == nil)
        #expect(record.day == nil)
        #expect(record.score == nil)
        #expect(record.segment == nil)
    }

    @Test func missingNamedTextColumnThrowsBadColumns() {
        let error = readerTestInputError { () throws(InputError) in
            _ = try csv("id,comment\n1,hello\n", FieldSelection(text: .name("remark")))
        }
        guard case .badColumns(let location, let reason) = error else {
            Issue.record("expected badColumns, got \(String(describing: error))")
            return
        }
        #expect(location == SourceLocation(file: "in.csv", line: 1))
        #expect(reason.contains("remark"))
    }

    @Test func missingMetadataColumnThrowsBadColumns() {
        let selections = [
            FieldSelection(id: .name("uid")), FieldSelection(date: .name("when")),
            FieldSelection(score: .name("stars")), FieldSelection(segment: .name("tier")),
        ]
        for selection in selections {
            let error = readerTestInputError { () throws(InputError) in
                _ = try csv("id,text\n1,hello\n", selection)
            }
            guard case .badColumns = error else {
                Issue.record("expected badColumns for \(selection), got \(String(describing: error))")
                continue
            }
        }
    }

    @Test func indexPastLastColumnThrowsBadColumns() {
        let error = readerTestInputError { () throws(InputError) in
            _ = try csv("id,text\n1,hello\n", FieldSelection(text: .index(3)))
        }
        guard case .badColumns(let location, _) = error else {
            Issue.record("expected badColumns, got \(String(describing: error))")
            return
        }
        #expect(location.line == 1)
    }

    @Test func badColumnsNamesTheHeaderLineAfterLeadingBlankLines() {
        let error = readerTestInputError { () throws(InputError) in
            _ = try csv("\n\nid,text\n1,hello\n", FieldSelection(text: .name("nope")))
        }
        guard case .badColumns(let location, _) = error else {
            Issue.record("expected badColumns, got \(String(describing: error))")
            return
        }
        #expect(location == SourceLocation(file: "in.csv", line: 3))
    }

    // MARK: Malformed records

    @Test func raggedRowsAreMalformedAndReadingContinues() throws {
        let events = try csv("id,text\n1,ok\n2,too,many\n3\n4,fine\n")
        #expect(readerTestSummary(events) == ["ok@2", "!3", "!4", "fine@5"])
        let bad = readerTestMalformed(events)
        #expect(bad.map(\.location) == [SourceLocation(file: "in.csv", line: 3), SourceLocation(file: "in.csv", line: 4)])
        #expect(bad[0].reason.contains("2") && bad[0].reason.contains("3"))
    }

    @Test func raggedRowAfterMultilineRecordNamesItsOwnLine() throws {
        let events = try csv("id,text\n1,\"two\nlines\"\n2,x,extra\n3,y\n")
        #expect(readerTestSummary(events) == ["two\nlines@2", "!4", "y@5"])
    }

    @Test func unterminatedQuoteAtEndIsMalformedAndFollowingLinesStillRead() throws {
        let events = try csv("id,text\n1,good\n2,\"never closed\n3,after\n4,later\n")
        #expect(readerTestSummary(events) == ["good@2", "!3", "after@4", "later@5"])
        let bad = try #require(readerTestMalformed(events).first)
        #expect(bad.location == SourceLocation(file: "in.csv", line: 3))
        #expect(bad.reason.contains("unterminated"))
    }

    @Test func unterminatedQuoteOnLastLineIsMalformed() throws {
        let events = try csv("id,text\n1,good\n2,\"never closed")
        #expect(readerTestSummary(events) == ["good@2", "!3"])
    }

    // MARK: Chunk boundaries

    /// Input that exercises every rule at once; the expected stream is spelled out below.
    private static let tricky: [UInt8] = [0xEF, 0xBB, 0xBF] + Array((
        "ID,Date,Score,Segment,Comment\r\n"
            + "1,2024-01-05,4,pro,\"Hello, world\"\r\n"
            + "2,05/01/2024,3.5,free,\"She said \"\"wow\"\"\"\r\n"
            + "\r\n"
            + "3,2024-02-29,,pro,\"multi\r\nline\r\ncomment\"\r\n"
            + "4,2024-03-01,1,free,plain text\n"
            + "5,bad row\n"
            + "6,2024-03-02,2,pro,\"\"\"quoted start\"\" and, end\"\n"
            + "\"\"\n"
            + "7,2024-03-03,5,free,\"never closed\n"
            + "8,2024-03-04,5,free,after unterminated"
    ).utf8)

    private static let trickySelection = FieldSelection(
        id: .name("id"), date: .name("date"), score: .name("score"), segment: .name("segment"))

    private func decodeTricky(chunkSizes: [Int]?) throws -> [ReadEvent] {
        let decoder = DelimitedDecoder.csv(file: "tricky.csv", selection: Self.trickySelection)
        return try readerTestDecode(decoder, bytes: Self.tricky, chunkSizes: chunkSizes)
    }

    @Test func trickyInputReadsAsExpectedInOneChunk() throws {
        let events = try decodeTricky(chunkSizes: nil)
        #expect(readerTestSummary(events) == [
            "Hello, world@2", "She said \"wow\"@3", "multi\r\nline\r\ncomment@5", "plain text@8", "!9",
            "\"quoted start\" and, end@10", "!11", "!12", "after unterminated@13",
        ])
        let records = readerTestRecords(events)
        #expect(records.map(\.id) == ["1", "2", "3", "4", "6", "8"])
        #expect(records.map(\.segment) == ["pro", "free", "pro", "free", "pro", "free"])
        #expect(records.map(\.score) == [4, 3.5, nil, 1, 2, 5])
        #expect(records[2].day == Int32(DateParser.daysFromCivil(year: 2024, month: 2, day: 29)))
    }

    @Test(arguments: [1, 2, 3, 7])
    func fixedSmallChunksGiveTheSameResultAsOneChunk(size: Int) throws {
        let whole = try decodeTricky(chunkSizes: nil)
        #expect(try decodeTricky(chunkSizes: [size]) == whole)
    }

    @Test(arguments: [1 as UInt64, 2, 3, 42, 2024])
    func seededRandomChunksGiveTheSameResultAsOneChunk(seed: UInt64) throws {
        let whole = try decodeTricky(chunkSizes: nil)
        #expect(try decodeTricky(chunkSizes: readerTestChunkSizes(seed: seed)) == whole)
    }

    @Test func doubledQuoteSplitBetweenChunksIsStillAnEscape() throws {
        // `"a""b"`: the chunk ends right after the first quote of the pair.
        let text = "text\n\"a\"\"b\"\nnext\n"
        let split = text.utf8.count - "\"b\"\nnext\n".utf8.count
        let events = try csv(text, chunkSizes: [split, 100])
        #expect(readerTestSummary(events) == ["a\"b@2", "next@3"])
    }

    @Test func crlfSplitBetweenChunksIsOneLineEnd() throws {
        let text = "id,text\r\n1,a\r\n2,b\r\n"
        let split = "id,text\r\n1,a\r".utf8.count
        let events = try csv(text, chunkSizes: [split, 100])
        #expect(readerTestSummary(events) == ["a@2", "b@3"])
    }

    @Test func generatedRecordsSurviveRandomChunking() throws {
        var random = ReaderTestRandom(seed: 7)
        // (as written in the file, as read, must be quoted, line breaks inside)
        let pieces: [(raw: String, text: String, mustQuote: Bool, breaks: Int)] = [
            ("plain", "plain", false, 0),
            ("with, comma", "with, comma", true, 0),
            ("with \"\"quote\"\"", "with \"quote\"", true, 0),
            ("two\nlines", "two\nlines", true, 1),
            ("crlf\r\ninside", "crlf\r\ninside", true, 1),
            ("three\n\nbreaks\n", "three\n\nbreaks\n", true, 3),
            ("ünïcødé 😀", "ünïcødé 😀", false, 0),
        ]
        var text = "id,text\n"
        var expected: [String] = []
        var line = 2
        for n in 0..<200 {
            let piece = pieces[Int.random(in: 0..<pieces.count, using: &random)]
            let quoted = piece.mustQuote || Bool.random(using: &random)
            text += quoted ? "\(n),\"\(piece.raw)\"\n" : "\(n),\(piece.raw)\n"
            expected.append("\(piece.text)@\(line)")
            line += 1 + piece.breaks
        }
        let whole = try csv(text)
        #expect(readerTestSummary(whole) == expected)
        for seed in [11 as UInt64, 12, 13] {
            #expect(try csv(text, chunkSizes: readerTestChunkSizes(seed: seed, in: 1...31)) == whole)
        }
    }

    // MARK: TSV

    @Test func tsvSplitsOnTabsNotCommas() throws {
        let records = readerTestRecords(try tsv("id\ttext\n1\thello, world\n2\tbye\n", FieldSelection(id: .name("id"))))
        #expect(records.map(\.text) == ["hello, world", "bye"])
        #expect(records.map(\.id) == ["1", "2"])
    }

    @Test func tsvQuoteInsideUnquotedTextDoesNotSwallowFollowingLines() throws {
        let events = try tsv("id\ttext\n1\tthe 27\" monitor\n2\tsecond\n3\tthird\n")
        #expect(readerTestSummary(events) == ["the 27\" monitor@2", "second@3", "third@4"])
    }

    @Test func tsvUnclosedLeadingQuoteEndsAtItsLine() throws {
        let events = try tsv("id\ttext\n1\t\"starts quoted but never closes\n2\tsecond\n3\tthird\n")
        #expect(readerTestSummary(events) == ["starts quoted but never closes@2", "second@3", "third@4"])
    }

    @Test func tsvUnclosedLeadingQuoteWithCRLFEndsAtItsLine() throws {
        let events = try tsv("id\ttext\r\n1\t\"unclosed\r\n2\tsecond\r\n")
        #expect(readerTestSummary(events) == ["unclosed@2", "second@3"])
    }

    @Test func tsvQuotedFieldMayHoldTabsAndDoubledQuotes() throws {
        let records = readerTestRecords(try tsv("id\ttext\n1\t\"a\tb \"\"c\"\"\"\n"))
        #expect(records.map(\.text) == ["a\tb \"c\""])
    }

    @Test func tsvRaggedRowIsMalformed() throws {
        let events = try tsv("id\ttext\n1\tok\n2\tx\ty\n3\tfine\n")
        #expect(readerTestSummary(events) == ["ok@2", "!3", "fine@4"])
    }

    @Test(arguments: [1, 2, 3, 7])
    func tsvSmallChunksGiveTheSameResultAsOneChunk(size: Int) throws {
        let text = "ID\tText\r\n1\tsays \"hi\r\n2\t\"open quote\n\n3\t\"a\"\"b\"\n4\tlast"
        let whole = try tsv(text)
        #expect(readerTestSummary(whole) == ["says \"hi@2", "open quote@3", "a\"b@5", "last@6"])
        #expect(try tsv(text, chunkSizes: [size]) == whole)
    }
}
