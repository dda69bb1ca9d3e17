import Testing

@testable import Verbatim

@Suite struct JSONLinesDecoderTests {
    private func jsonl(
        _ text: String, _ selection: FieldSelection = FieldSelection(), chunkSizes: [Int]? = nil
    ) throws -> [ReadEvent] {
        try readerTestDecode(JSONLinesDecoder(file: "in.jsonl", selection: selection), text, chunkSizes: chunkSizes)
    }

    private func onlyRecord(_ text: String, _ selection: FieldSelection = FieldSelection()) throws -> InputRecord {
        let events = try jsonl(text, selection)
        #expect(events.count == 1)
        return try #require(readerTestRecords(events).first)
    }

    private func onlyMalformed(_ text: String, _ selection: FieldSelection = FieldSelection()) throws -> MalformedRecord {
        let events = try jsonl(text, selection)
        #expect(events.count == 1)
        return try #require(readerTestMalformed(events).first)
    }

    // MARK: Text field

    @Test func eachLineIsOneRecord() throws {
        let events = try jsonl("{\"text\":\"one\"}\n{\"text\":\"two\"}\n")
        #expect(readerTestSummary(events) == ["one@1", "two@2"])
        #expect(readerTestRecords(events).allSatisfy { $0.location.file == "in.jsonl" })
    }

    @Test func textByDottedPath() throws {
        let record = try onlyRecord(
            "{\"review\":{\"body\":\"great fit\",\"stars\":5},\"text\":\"not this\"}\n",
            FieldSelection(text: .name("review.body")))
        #expect(record.text == "great fit")
    }

    @Test func textByDottedPathThroughAnArray() throws {
        let record = try onlyRecord(
            "{\"items\":[{\"note\":\"first\"},{\"note\":\"second\"}]}", FieldSelection(text: .name("items.1.note")))
        #expect(record.text == "second")
    }

    @Test func textByOneBasedMemberIndex() throws {
        let record = try onlyRecord("{\"a\":\"first\",\"b\":\"second\"}", FieldSelection(text: .index(2)))
        #expect(record.text == "second")
    }

    @Test(arguments: FieldSelection.defaultTextNames)
    func defaultFieldNameIsFound(name: String) throws {
        let record = try onlyRecord("{\"id\":1,\"\(name)\":\"the comment\",\"other\":\"x\"}")
        #expect(record.text == "the comment")
    }

    @Test func defaultFieldNameMatchesCaseInsensitively() throws {
        #expect(try onlyRecord("{\"Comment\":\"upper\"}").text == "upper")
        #expect(try onlyRecord("{\"MESSAGE\":\"shout\"}").text == "shout")
    }

    @Test func defaultFieldNamesFollowPreferenceOrder() throws {
        #expect(try onlyRecord("{\"message\":\"m\",\"body\":\"b\",\"text\":\"t\"}").text == "t")
        #expect(try onlyRecord("{\"feedback\":\"f\",\"comment\":\"c\"}").text == "c")
    }

    @Test func nonASCIITextIsKept() throws {
        #expect(try onlyRecord("{\"text\":\"naïve café 日本語 😀\"}").text == "naïve café 日本語 😀")
    }

    // MARK: Metadata

    @Test func numbersAndBooleansServeAsIds() throws {
        let selection = FieldSelection(id: .name("id"))
        #expect(try onlyRecord("{\"id\":123,\"text\":\"a\"}", selection).id == "123")
        #expect(try onlyRecord("{\"id\":-4.50,\"text\":\"a\"}", selection).id == "-4.50")
        #expect(try onlyRecord("{\"id\":1e3,\"text\":\"a\"}", selection).id == "1e3")
        #expect(try onlyRecord("{\"id\":true,\"text\":\"a\"}", selection).id == "true")
        #expect(try onlyRecord("{\"id\":false,\"text\":\"a\"}", selection).id == "false")
        #expect(try onlyRecord("{\"id\":\"abc-1\",\"text\":\"a\"}", selection).id == "abc-1")
    }

    @Test func nullOrStructuredIdIsNil() throws {
        let selection = FieldSelection(id: .name("id"))
        #expect(try onlyRecord("{\"id\":null,\"text\":\"a\"}", selection).id == nil)
        #expect(try onlyRecord("{\"id\":[1],\"text\":\"a\"}", selection).id == nil)
        #expect(try onlyRecord("{\"id\":{\"n\":1},\"text\":\"a\"}", selection).id == nil)
        #expect(try onlyRecord("{\"text\":\"a\"}", selection).id == nil)
    }

    @Test func dateScoreAndSegmentByPath() throws {
        let selection = FieldSelection(
            id: .name("meta.id"), date: .name("meta.created"), score: .name("rating"), segment: .name("meta.plan"))
        let record = try onlyRecord(
            "{\"text\":\"ok\",\"rating\":4.5,\"meta\":{\"id\":77,\"created\":\"2015-02-24 11:35:52 -0800\",\"plan\":\"pro\"}}",
            selection)
        #expect(record.id == "77")
        #expect(record.day == Int32(DateParser.daysFromCivil(year: 2015, month: 2, day: 24)))
        #expect(record.score == 4.5)
        #expect(record.segment == "pro")
    }

    @Test func dateAndScoreFieldsAreFoundByDefaultName() throws {
        let record = try onlyRecord("{\"text\":\"ok\",\"Created_At\":\"2024-01-05T10:00:00Z\",\"stars\":4}")
        #expect(record.day == Int32(DateParser.daysFromCivil(year: 2024, month: 1, day: 5)))
        #expect(record.score == 4)
    }

    @Test func defaultDateAndScoreNamesFollowPreferenceOrder() throws {
        let record = try onlyRecord(
            "{\"time\":\"2020-01-01\",\"date\":\"2022-01-01\",\"text\":\"ok\",\"nps\":1,\"score\":3}")
        #expect(record.day == Int32(DateParser.daysFromCivil(year: 2022, month: 1, day: 1)))
        #expect(record.score == 3)
    }

    @Test func explicitDateAndScoreFieldsWinOverDefaultNames() throws {
        let record = try onlyRecord(
            "{\"date\":\"2020-01-01\",\"m\":{\"d\":\"2023-05-06\"},\"text\":\"ok\",\"score\":3,\"mark\":7}",
            FieldSelection(date: .name("m.d"), score: .name("mark")))
        #expect(record.day == Int32(DateParser.daysFromCivil(year: 2023, month: 5, day: 6)))
        #expect(record.score == 7)
    }

    @Test func idAndSegmentAreNeverGuessed() throws {
        let record = try onlyRecord("{\"id\":1,\"segment\":\"pro\",\"text\":\"ok\"}")
        #expect(record.id == nil)
        #expect(record.segment == nil)
    }

    @Test func longNumberInADefaultDateFieldIsNilNotACrash() async {
        // `timestamp` is a default date name, so this line reaches DateParser without any option.
        await #expect(processExitsWith: .success) {
            var decoder = JSONLinesDecoder(file: "t.jsonl", selection: FieldSelection())
            var buffer = InputBuffer("{\"text\":\"ok\",\"timestamp\":123456789012345678901234}\n")
            var events: [ReadEvent] = []
            try decoder.decodeLast(buffer: &buffer, into: &events)
        }
    }

    @Test func scoreGivenAsStringIsParsed() throws {
        let record = try onlyRecord("{\"text\":\"ok\",\"score\":\"3\"}", FieldSelection(score: .name("score")))
        #expect(record.score == 3)
    }

    @Test func unparsableDateAndScoreAreNil() throws {
        let record = try onlyRecord(
            "{\"text\":\"ok\",\"d\":\"soon\",\"s\":\"high\"}", FieldSelection(date: .name("d"), score: .name("s")))
        #expect(record.text == "ok")
        #expect(record.day == nil)
        #expect(record.score == nil)
    }

    // MARK: Malformed lines

    @Test func badJSONLineIsMalformedAndNextLineStillReads() throws {
        let events = try jsonl("{\"text\":\"first\"}\n{\"text\": \"oops\"\n{\"text\":\"third\"}\n")
        #expect(readerTestSummary(events) == ["first@1", "!2", "third@3"])
        let bad = try #require(readerTestMalformed(events).first)
        #expect(bad.location == SourceLocation(file: "in.jsonl", line: 2))
        #expect(bad.reason.contains("invalid JSON"))
        #expect(bad.description.hasPrefix("in.jsonl:2: "))
    }

    @Test func badJSONReasonNamesTheColumn() throws {
        // The 13th byte is the stray `x`.
        let bad = try onlyMalformed("{\"text\":\"a\"}x")
        #expect(bad.reason.contains("column 13"))
    }

    @Test func missingTextFieldIsMalformed() throws {
        let bad = try onlyMalformed("{\"other\":\"x\"}")
        #expect(bad.reason.contains("no field"))
        #expect(bad.reason.contains("text"))
    }

    @Test func missingDottedPathIsMalformedNamingThePath() throws {
        let bad = try onlyMalformed("{\"review\":{\"title\":\"x\"}}", FieldSelection(text: .name("review.body")))
        #expect(bad.reason.contains("review.body"))
    }

    @Test func memberIndexPastTheLastMemberIsMalformed() throws {
        let bad = try onlyMalformed("{\"a\":\"x\"}", FieldSelection(text: .index(3)))
        #expect(bad.reason.contains("#3"))
    }

    @Test(arguments: ["42", "true", "null", "[\"a\"]", "{\"inner\":\"x\"}"])
    func textOfTheWrongTypeIsMalformed(value: String) throws {
        let bad = try onlyMalformed("{\"text\":\(value)}")
        #expect(bad.reason.contains("not a string"))
        #expect(bad.location.line == 1)
    }

    @Test(arguments: ["[{\"text\":\"a\"}]", "\"just a string\"", "42", "null", "true"])
    func nonObjectLineIsMalformed(line: String) throws {
        let events = try jsonl("\(line)\n{\"text\":\"after\"}\n")
        #expect(readerTestSummary(events) == ["!1", "after@2"])
        #expect(readerTestMalformed(events).first?.reason.contains("object") == true)
    }

    @Test func deeplyNestedLineIsMalformedNotACrash() throws {
        let deep = "{\"text\":" + String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000) + "}"
        let events = try jsonl(deep + "\n{\"text\":\"fine\"}\n")
        #expect(readerTestSummary(events) == ["!1", "fine@2"])
    }

    // MARK: Escapes and lines

    @Test func unicodeEscapesAreDecoded() throws {
        #expect(try onlyRecord("{\"text\":\"caf\\u00e9\"}").text == "café")
        #expect(try onlyRecord("{\"text\":\"\\u65E5\\u672C\"}").text == "日本")
    }

    @Test func surrogatePairEscapeIsOneScalar() throws {
        let text = try onlyRecord("{\"text\":\"smile \\ud83d\\ude00!\"}").text
        #expect(text == "smile 😀!")
        #expect(text.unicodeScalars.map(\.value).contains(0x1F600))
    }

    @Test func escapedQuotesBackslashesAndNewlinesAreDecoded() throws {
        let record = try onlyRecord("{\"text\":\"say \\\"hi\\\"\\nC:\\\\dir\\ttab\"}")
        #expect(record.text == "say \"hi\"\nC:\\dir\ttab")
    }

    @Test func blankLinesAreSkippedButCounted() throws {
        let events = try jsonl("\n{\"text\":\"a\"}\n   \n\t\n\r\n{\"text\":\"b\"}\n\n")
        #expect(readerTestSummary(events) == ["a@2", "b@6"])
    }

    @Test func crlfLinesAndLastLineWithoutNewlineAreRead() throws {
        let events = try jsonl("{\"text\":\"a\"}\r\n{\"text\":\"b\"}")
        #expect(readerTestSummary(events) == ["a@1", "b@2"])
    }

    @Test func byteOrderMarkBeforeFirstObjectIsDropped() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("{\"text\":\"a\"}\n".utf8)
        let events = try readerTestDecode(JSONLinesDecoder(file: "b.jsonl", selection: FieldSelection()), bytes: bytes)
        #expect(readerTestSummary(events) == ["a@1"])
    }

    @Test(arguments: [1, 2, 3, 7])
    func smallChunksGiveTheSameResultAsOneChunk(size: Int) throws {
        let text = "{\"text\":\"😀 one\",\"id\":1}\r\n\nnot json\n{\"review\":{\"body\":\"x\"}}\n{\"text\":\"last\"}"
        let selection = FieldSelection(id: .name("id"))
        let whole = try jsonl(text, selection)
        #expect(readerTestSummary(whole) == ["😀 one@1", "!3", "!4", "last@5"])
        #expect(try jsonl(text, selection, chunkSizes: [size]) == whole)
    }
}
