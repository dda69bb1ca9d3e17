import Testing

@testable import Verbatim

/// ``SentimentLines`` writes the same records as scoring each decoded line as a `String`, in
/// input order, on one thread or several, however the input is cut into reads.
struct SentimentLinesTests {
    static let scorer = SentimentScorer()

    /// Random comments from a vocabulary with emphasis, emoji, invalid UTF-8, tabs, CRs and
    /// blank lines; CRLF or LF line ends; sometimes no final line feed.
    static func randomInput(seed: UInt64, lines: Int) -> [UInt8] {
        var random = SeededGenerator(seed: seed)
        let words: [[UInt8]] = [
            "good", "bad", "NOT", "very", "sooo", "love", "hate", "didn't", "won’t", "refund", "after", "3", "weeks",
            "waiting", ":)", ":-(", "<3", "xD", "😀", "👍🏽", "❤️", "www.x.com", "me@x.org", "@bob", "#123", "…", "!!!",
            "?!", "Ünïcödé", "café", "“quoted”", "\t", "\r", "1,000", "too", "small", "I", "like", "it", "but",
        ].map { Array($0.utf8) }
        var out: [UInt8] = []
        for _ in 0..<lines {
            let roll = random.next() % 20
            if roll == 0 {
                out += [0x20, 0x09]  // blank
            } else if roll != 1 {
                for w in 0..<Int(random.next() % 20) {
                    if w > 0 { out.append(0x20) }
                    if random.next() % 30 == 0 {
                        out.append(UInt8(0x80 + random.next() % 0x80))  // invalid UTF-8
                    } else {
                        out += words[Int(random.next() % UInt64(words.count))]
                    }
                }
            }
            out += random.next() % 3 == 0 ? [0x0D, 0x0A] : [0x0A]
        }
        if random.next() % 2 == 0 { out += Array("no final line feed :(".utf8) }
        return out
    }

    /// The records as the `String` path makes them: decode, tokenize, score, format.
    static func expected(_ input: [UInt8], json: Bool) throws -> [UInt8] {
        let records = readerTestRecords(try readerTestDecode(LinesDecoder(file: "-"), bytes: input))
        let formatter = RecordFormatter()
        var out = ""
        for (index, record) in records.enumerated() {
            let score = scorer.score(record.text)
            out += json
                ? formatter.json(CommentResult(index: index, id: nil, sentiment: score, category: nil), includeCategory: false)
                : formatter.tabSeparated(score, text: record.text)
            out += "\n"
        }
        return Array(out.utf8)
    }

    /// What ``SentimentLines`` writes for `input` read in chunks of `sizes` (cycled).
    static func scored(_ input: [UInt8], json: Bool, jobs: Int, chunkSizes sizes: [Int]) -> [UInt8] {
        var lines = SentimentLines(scorer: scorer, style: json ? .json : .tabSeparated, jobs: jobs)
        var offset = 0, turn = 0
        var out: [UInt8] = []
        lines.run(
            read: { (buffer: inout InputBuffer) -> Bool in
                guard offset < input.count else { return false }
                let size = min(sizes[turn % sizes.count], input.count - offset)
                turn += 1
                buffer.compact()
                buffer.bytes += input[offset..<(offset + size)]
                offset += size
                return true
            },
            write: { out += $0 })
        return out
    }

    @Test(arguments: [false, true])
    func recordsMatchTheStringPath(json: Bool) throws {
        for seed: UInt64 in 1...4 {
            let input = Self.randomInput(seed: seed, lines: 400)
            let expected = try Self.expected(input, json: json)
            #expect(Self.scored(input, json: json, jobs: 1, chunkSizes: [input.count + 1]) == expected)
            #expect(Self.scored(input, json: json, jobs: 1, chunkSizes: readerTestChunkSizes(seed: seed, in: 1...200)) == expected)
        }
    }

    @Test(arguments: [false, true])
    func parallelChunksKeepInputOrder(json: Bool) throws {
        let input = Self.randomInput(seed: 99, lines: 6000)
        let sequential = Self.scored(input, json: json, jobs: 1, chunkSizes: [70_000, 30_000, 123_457])
        #expect(sequential == (try Self.expected(input, json: json)))
        for jobs in [2, 3, 8] {
            #expect(Self.scored(input, json: json, jobs: jobs, chunkSizes: [70_000, 30_000, 123_457]) == sequential)
            #expect(Self.scored(input, json: json, jobs: jobs, chunkSizes: [input.count]) == sequential)
        }
    }

    @Test func eachReadsRecordsAreWrittenBeforeTheNextRead() {
        // What keeps one-line-in, one-line-out latency when a person types the lines.
        let typed = ["great service\n", "awful, never", " again\n", "\n", "meh\n"]
        var lines = SentimentLines(scorer: Self.scorer, style: .tabSeparated, jobs: 2)
        var turn = 0, written = 0
        var completeBeforeEachRead: [Int] = []
        lines.run(
            read: { (buffer: inout InputBuffer) -> Bool in
                completeBeforeEachRead.append(written)
                guard turn < typed.count else { return false }
                buffer.compact()
                buffer.bytes += Array(typed[turn].utf8)
                turn += 1
                return true
            },
            write: { written += $0.filter { $0 == 0x0A }.count })
        #expect(completeBeforeEachRead == [0, 1, 1, 2, 2, 3])
    }

    @Test func crlfAndAMissingFinalLineFeedReadLikeLF() {
        let crlf = Self.scored(Array("love it\r\nhate it\r\nmeh".utf8), json: false, jobs: 2, chunkSizes: [3])
        let lf = Self.scored(Array("love it\nhate it\nmeh\n".utf8), json: false, jobs: 1, chunkSizes: [100])
        #expect(crlf == lf)
        #expect(String(decoding: lf, as: UTF8.self).split(separator: "\n").map { $0.split(separator: "\t")[2] } == ["love it", "hate it", "meh"])
    }
}
