import Testing

@testable import Verbatim

@Suite struct JSONValueTests {
    private func parse(_ text: String) throws(JSONParser.Failure) -> JSONValue { try JSONParser.parse(text) }

    /// The failure for `text`, or nil (recorded as an issue) if it parsed.
    private func failure(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> JSONParser.Failure? {
        do {
            let value = try JSONParser.parse(text)
            Issue.record("expected \(text.debugDescription) to be rejected, parsed \(value)", sourceLocation: sourceLocation)
            return nil
        } catch {
            return error
        }
    }

    // MARK: Values

    @Test func scalarsParse() throws {
        #expect(try parse("null") == .null)
        #expect(try parse("true") == .bool(true))
        #expect(try parse("false") == .bool(false))
        #expect(try parse("\"hi\"") == .string("hi"))
        #expect(try parse("\"\"") == .string(""))
    }

    @Test func numbersAreKeptAsWritten() throws {
        for number in ["0", "-0", "42", "-17", "3.25", "1e3", "1E+3", "-2.5e-7", "00123"] {
            #expect(try parse(number) == .number(number))
        }
    }

    @Test(arguments: ["-", "1.5e", "1-2", "--1", "+1", ".5", "NaN", "Infinity", "1e+"])
    func malformedNumbersAreRejected(text: String) {
        #expect(failure(text) != nil)
    }

    @Test func nestedStructuresParse() throws {
        let value = try parse(#"{"a":[1,{"b":[true,null,"x"]}],"c":{},"d":[],"e":{"f":{"g":"deep"}}}"#)
        let expected: JSONValue = .object([
            ("a", .array([.number("1"), .object([("b", .array([.bool(true), .null, .string("x")]))])])),
            ("c", .object([])),
            ("d", .array([])),
            ("e", .object([("f", .object([("g", .string("deep"))]))])),
        ])
        #expect(value == expected)
    }

    @Test func objectMembersKeepTheirOrder() throws {
        guard case .object(let members) = try parse(#"{"z":1,"a":2,"m":3}"#) else {
            Issue.record("not an object")
            return
        }
        #expect(members.map(\.key) == ["z", "a", "m"])
    }

    @Test func whitespaceIsAllowedBetweenTokens() throws {
        let spaced = try parse(" \t\r\n{ \"a\" :\t[ 1 ,\r\n 2 ] , \"b\"\n:\n{ } }\n\t ")
        #expect(spaced == .object([("a", .array([.number("1"), .number("2")])), ("b", .object([]))]))
        #expect(try parse("  [ ]  ") == .array([]))
        #expect(try parse("{   }") == .object([]))
    }

    // MARK: Strings

    @Test func simpleEscapesAreDecoded() throws {
        #expect(try parse(#""\" \\ \/ \b \f \n \r \t""#) == .string("\" \\ / \u{08} \u{0C} \n \r \t"))
    }

    @Test func unicodeEscapesAreDecoded() throws {
        #expect(try parse(#""\u0041\u00e9\u00E9\u4e2d""#) == .string("Aéé中"))
        #expect(try parse(#""\u0000""#) == .string("\u{0}"))
    }

    @Test func surrogatePairsCombine() throws {
        #expect(try parse(#""\ud83d\ude00""#) == .string("😀"))
        #expect(try parse(#""\uD83D\uDE00 and \ud83c\udf89""#) == .string("😀 and 🎉"))
    }

    @Test func loneSurrogatesBecomeReplacementCharacters() throws {
        #expect(try parse(#""a\ud83db""#) == .string("a\u{FFFD}b"))
        #expect(try parse(#""a\ude00b""#) == .string("a\u{FFFD}b"))
        #expect(try parse(#""\ud83d""#) == .string("\u{FFFD}"))
    }

    @Test func highSurrogateFollowedByANonSurrogateEscapeKeepsThatCharacter() throws {
        // `\ud83d` is unpaired; the `\u0041` after it is an ordinary "A" and must not be lost.
        let value = try parse(#""\ud83d\u0041""#)
        #expect(value == .string("\u{FFFD}A"))
    }

    @Test func rawUTF8InStringsIsKept() throws {
        #expect(try parse("\"naïve 😀 日本\"") == .string("naïve 😀 日本"))
    }

    @Test(arguments: [#""\x""#, #""\u12""#, #""\u12G4""#, #""\"#, "\"tab\there\"", "\"new\nline\"", #""open"#])
    func malformedStringsAreRejected(text: String) {
        #expect(failure(text) != nil)
    }

    // MARK: Rejections

    @Test(arguments: [#"{"a":1} x"#, "{}{}", "1 2", #""a" "b""#, "[1]]", "nullx", "true false"])
    func trailingGarbageIsRejected(text: String) {
        let error = failure(text)
        #expect(error?.reason.contains("after the value") == true)
    }

    @Test func trailingGarbageOffsetPointsAtTheGarbage() {
        #expect(failure(#"{"a":1}  x"#)?.offset == 9)
    }

    @Test(arguments: [
        "", "   ", "{", "[", "{\"a\"", "{\"a\":", "{\"a\":1", "[1,", "{\"a\":1,}", "[1,]", "{,}", "[,1]",
        "{\"a\" 1}", "{a:1}", "{'a':1}", "{\"a\":1 \"b\":2}", "[1 2]", "tru", "nul", "fals", "True", "undefined",
    ])
    func malformedStructuresAreRejected(text: String) {
        #expect(failure(text) != nil)
    }

    @Test func failureOffsetPointsAtTheProblem() {
        #expect(failure(#"{"a":}"#)?.offset == 5)
        #expect(failure("[1,]")?.offset == 3)
    }

    // MARK: Nesting depth

    @Test func nestingUpToTheLimitIsAccepted() throws {
        let arrays = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        var value = try parse(arrays)
        var depth = 0
        while case .array(let items) = value {
            depth += 1
            guard let first = items.first else { break }
            value = first
        }
        #expect(depth == 512)
        let objects = String(repeating: "{\"k\":", count: 511) + "{}" + String(repeating: "}", count: 511)
        #expect(throws: Never.self) { try parse(objects) }
    }

    @Test func nestingPastTheLimitIsRefused() {
        let arrays = String(repeating: "[", count: 513) + String(repeating: "]", count: 513)
        #expect(failure(arrays)?.reason.contains("nested too deeply") == true)
        let objects = String(repeating: "{\"k\":", count: 513) + "1" + String(repeating: "}", count: 513)
        #expect(failure(objects)?.reason.contains("nested too deeply") == true)
    }

    @Test func veryDeepNestingIsRefusedWithoutCrashing() {
        let deep = String(repeating: "[", count: 200_000)
        #expect(failure(deep)?.reason.contains("nested too deeply") == true)
        let mixed = String(repeating: "[{\"a\":", count: 100_000)
        #expect(failure(mixed)?.reason.contains("nested too deeply") == true)
    }

    // MARK: Paths and scalars

    @Test func valueAtDottedPath() throws {
        let value = try parse(#"{"review":{"body":"b","tags":["x","y"]},"n":1}"#)
        #expect(value.value(atPath: "review.body") == .string("b"))
        #expect(value.value(atPath: "review.tags.1") == .string("y"))
        #expect(value.value(atPath: "n") == .number("1"))
        #expect(value.value(atPath: "review") == .object([("body", .string("b")), ("tags", .array([.string("x"), .string("y")]))]))
    }

    @Test func missingOrImpossiblePathIsNil() throws {
        let value = try parse(#"{"review":{"body":"b","tags":["x"]},"n":1}"#)
        #expect(value.value(atPath: "review.title") == nil)
        #expect(value.value(atPath: "review.tags.5") == nil)
        #expect(value.value(atPath: "review.tags.-1") == nil)
        #expect(value.value(atPath: "review.tags.x") == nil)
        #expect(value.value(atPath: "n.deeper") == nil)
        #expect(value.value(atPath: "Review.body") == nil)  // paths are case-sensitive
        #expect(value.value(atPath: "review..body") == nil)
    }

    @Test func duplicateKeyPathFindsTheLastMember() throws {
        #expect(try parse(#"{"a":1,"a":2}"#).value(atPath: "a") == .number("2"))
    }

    @Test func scalarTextOfEachKind() {
        #expect(JSONValue.string("s").scalarText == "s")
        #expect(JSONValue.number("007").scalarText == "007")
        #expect(JSONValue.bool(true).scalarText == "true")
        #expect(JSONValue.bool(false).scalarText == "false")
        #expect(JSONValue.null.scalarText == nil)
        #expect(JSONValue.array([]).scalarText == nil)
        #expect(JSONValue.object([]).scalarText == nil)
    }

    @Test func equalityComparesObjectsMemberByMember() {
        #expect(JSONValue.object([("a", .null)]) == .object([("a", .null)]))
        #expect(JSONValue.object([("a", .null)]) != .object([("b", .null)]))
        #expect(JSONValue.object([("a", .null)]) != .object([("a", .bool(false))]))
        #expect(JSONValue.object([("a", .null)]) != .object([("a", .null), ("b", .null)]))
        #expect(JSONValue.number("1") != .number("1.0"))
        #expect(JSONValue.string("1") != .number("1"))
    }
}
