import Testing

@testable import Verbatim

@Suite struct InputFormatTests {
    private func sniff(_ text: String) -> InputFormat { InputFormat.sniff(ArraySlice(text.utf8)) }
    private func sniff(bytes: [UInt8]) -> InputFormat { InputFormat.sniff(bytes[...]) }
    private static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]

    // MARK: By extension

    @Test(arguments: [
        ("dump.csv", InputFormat.csv), ("dump.tsv", .tsv), ("dump.tab", .tsv), ("dump.jsonl", .jsonl),
        ("dump.ndjson", .jsonl), ("dump.json", .jsonl), ("notes.txt", .lines), ("notes.text", .lines),
        ("server.log", .lines),
    ])
    func extensionNamesTheFormat(path: String, format: InputFormat) {
        #expect(InputFormat.byExtension(of: path) == format)
    }

    @Test func extensionIsCaseInsensitive() {
        #expect(InputFormat.byExtension(of: "EXPORT.CSV") == .csv)
        #expect(InputFormat.byExtension(of: "Export.NdJson") == .jsonl)
        #expect(InputFormat.byExtension(of: "a/b/Notes.TXT") == .lines)
    }

    @Test func extensionInAFullPathIsUsed() {
        #expect(InputFormat.byExtension(of: "/tmp/exports/2024-06/reviews.tsv") == .tsv)
        #expect(InputFormat.byExtension(of: "../a.b.c/feedback.jsonl") == .jsonl)
        #expect(InputFormat.byExtension(of: "reviews.backup.csv") == .csv)
    }

    @Test(arguments: ["dump.xlsx", "dump.csv.gz", "dump", "dump.", "README", "-", "data.d/dump", "/tmp/x.csv/file", ""])
    func unknownOrMissingExtensionSaysNothing(path: String) {
        #expect(InputFormat.byExtension(of: path) == nil)
    }

    // MARK: Sniffing

    @Test func openingBraceMeansJSONLines() {
        #expect(sniff("{\"text\":\"a, b, c\"}\n{\"text\":\"d\"}\n") == .jsonl)
        #expect(sniff("\n\n  \t{\"text\":\"indented\"}\n") == .jsonl)
        #expect(sniff(bytes: Self.bom + Array("{\"a\":1}\n".utf8)) == .jsonl)
    }

    @Test func tabInHeaderMeansTSV() {
        #expect(sniff("id\ttext\n1\thello, world\n") == .tsv)
        #expect(sniff("a\tb\n") == .tsv)
        #expect(sniff(bytes: Self.bom + Array("id\tcomment\n1\tx\n".utf8)) == .tsv)
    }

    @Test func commaHeaderNamingATextColumnMeansCSV() {
        #expect(sniff("id,text\n1,hello\n") == .csv)
        #expect(sniff("id,date,Comment\n") == .csv)
        #expect(sniff("\"ID\",\"Review\"\n\"1\",\"great, really\"\n") == .csv)
        #expect(sniff(" id , feedback \r\n1,ok\r\n") == .csv)
        #expect(sniff("id,text\r\n1,\"a, b, c, d\"\r\n") == .csv)
    }

    @Test(arguments: FieldSelection.defaultTextNames)
    func everyDefaultTextNameInHeaderMeansCSV(name: String) {
        #expect(sniff("id,\(name)\n1,free prose, with, extra, commas\n") == .csv)
    }

    @Test func byteOrderMarkBeforeACSVHeaderIsIgnored() {
        #expect(sniff(bytes: Self.bom + Array("text,id\nhello,1\n".utf8)) == .csv)
        #expect(sniff(bytes: Self.bom + Array("id,text\r\n1,hello\r\n".utf8)) == .csv)
    }

    @Test func sameCommaCountOnEveryLineMeansCSV() {
        #expect(sniff("a,b,c\n1,2,3\n4,5,6\n7,8,9\n") == .csv)
    }

    @Test func csvWithQuotedCommasAndAnUnlistedTextHeaderIsStillCSV() {
        // The header names no default text column, and the quoted commas make the raw comma
        // counts differ from line to line; a quote-aware count would see 3 fields everywhere.
        let export = """
            id,Review Text,Rating
            1,"Soft, warm, fits well",5
            2,Too small,2
            3,"Nice, but pricey",4
            4,ok,3
            """
        #expect(sniff(export) == .csv)
    }

    @Test func plainProseWithCommasMeansLines() {
        let prose = """
            I love the app, but it crashes on login.
            Too slow, too buggy, too expensive, honestly.
            Support was great
            Shipping took forever, again.
            """
        #expect(sniff(prose) == .lines)
        #expect(sniff("Nice, but slow.\n") == .lines)
        #expect(sniff(bytes: Self.bom + Array(prose.utf8)) == .lines)
    }

    @Test func proseWithoutCommasMeansLines() {
        #expect(sniff("great app\nterrible support\n") == .lines)
        #expect(sniff("one line only") == .lines)
    }

    @Test func emptyOrBlankInputMeansLines() {
        #expect(sniff("") == .lines)
        #expect(sniff(" \n\t\r\n") == .lines)
        #expect(sniff(bytes: Self.bom) == .lines)
    }

    @Test func sniffReadsOnlyThePrefixItIsGiven() {
        let bytes = Array("id,text\n1,hello\n".utf8)
        // Only `id,te` is visible: a comma but no text column and a single line.
        #expect(InputFormat.sniff(bytes[0..<5]) == .lines)
        #expect(InputFormat.sniff(bytes[...]) == .csv)
        // A slice that does not start at index 0 is sniffed from its own start.
        let shifted = Array("xx{\"a\":1}".utf8)
        #expect(InputFormat.sniff(shifted[2...]) == .jsonl)
    }

    // MARK: Decoders

    @Test func eachFormatGetsItsDecoder() throws {
        let selection = FieldSelection()
        let csv = try #require(InputFormat.csv.decoder(file: "f", selection: selection) as? DelimitedDecoder)
        #expect(csv.delimiter == UInt8(ascii: ","))
        let tsv = try #require(InputFormat.tsv.decoder(file: "f", selection: selection) as? DelimitedDecoder)
        #expect(tsv.delimiter == UInt8(ascii: "\t"))
        #expect(InputFormat.jsonl.decoder(file: "f", selection: selection) is JSONLinesDecoder)
        #expect(InputFormat.lines.decoder(file: "f", selection: selection) is LinesDecoder)
        #expect(InputFormat.auto.decoder(file: "f", selection: selection) is LinesDecoder)
    }

    @Test func formatNamesParseFromOptionText() {
        #expect(InputFormat(rawValue: "csv") == .csv)
        #expect(InputFormat(rawValue: "jsonl") == .jsonl)
        #expect(InputFormat(rawValue: "auto") == .auto)
        #expect(InputFormat(rawValue: "xml") == nil)
        #expect(InputFormat.allCases.count == 5)
    }
}
