import Testing

@testable import Verbatim

/// The byte formatters write exactly the text of their `String` counterparts.
struct ByteFormatTests {
    private func bytes(_ value: Double, digits: Int) -> String {
        var out: [UInt8] = []
        Format.appendCompact(value, digits: digits, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    @Test func compactBytesMatchCompactForEdgeValues() {
        let values: [Double] = [
            0, -0.0, 1, -1, 0.5, -0.5, 0.05, -0.05, 0.00005, -0.00005, 0.00004999, -0.00004999, 0.00015, 0.99995,
            -0.99995, 0.999949, 1.00005, 0.1, 0.12, 0.123, 0.1234, 0.12345, 0.123449, -0.8271, 0.5423, 0.93,
            10, 12.5, 99.99995, 1234.56789, -1234.56789, 1e9 + 0.5, 1e12, 1e16, -1e16, .leastNonzeroMagnitude,
            .nan, .infinity, -.infinity, .ulpOfOne, 0.0005, 0.0015, 0.0025, 2.5, 3.5, -2.5,
        ]
        for value in values {
            for digits in 0...6 {
                #expect(bytes(value, digits: digits) == Format.compact(value, digits: digits), "\(value) \(digits)")
            }
        }
    }

    @Test func compactBytesMatchCompactForRandomValues() {
        var random = SeededGenerator(seed: 41)
        var mismatches: [String] = []
        func check(_ value: Double, digits: Int) {
            let expected = Format.compact(value, digits: digits)
            if bytes(value, digits: digits) != expected { mismatches.append("\(value) digits \(digits): \(expected)") }
        }
        for _ in 0..<20_000 {
            let scale = [1.0, 2.0, 10, 1000][Int(random.next() % 4)]
            check((random.nextUnit() * 2 - 1) * scale, digits: Int(random.next() % 5))
        }
        // Values on the rounding edge: k / 10^4 ± about half a step.
        for k in -20_000...20_000 {
            for offset in [-0.5, 0.5, -0.4999, 0.4999] { check((Double(k) + offset) / 10_000, digits: 4) }
        }
        #expect(mismatches.isEmpty)
    }

    @Test func tabSeparatedBytesMatchTheStringRecord() {
        let formatter = RecordFormatter()
        let texts = ["plain text", "tab\there", "cr\rinside", "lf\nin", "naïve café 😀", ""]
        let scores = [
            SentimentScore(compound: -0.8271, positive: 0, neutral: 0.686, negative: 0.314),
            SentimentScore(compound: 0.04999, positive: 0.1, neutral: 0.9, negative: 0),
            SentimentScore(compound: 1, positive: 1, neutral: 0, negative: 0), SentimentScore.neutralScore,
        ]
        for text in texts {
            for score in scores {
                var out: [UInt8] = []
                var copy = text
                copy.withUTF8 { formatter.appendTabSeparatedLine(score, text: $0, to: &out) }
                #expect(String(decoding: out, as: UTF8.self) == formatter.tabSeparated(score, text: text) + "\n")
            }
        }
    }

    @Test func jsonBytesMatchTheStringRecord() {
        let formatter = RecordFormatter()
        var random = SeededGenerator(seed: 5)
        for index in [0, 1, 9, 10, 99, 100, 12345, 1 << 40] {
            let positive = random.nextUnit(), negative = random.nextUnit() * (1 - positive)
            let score = SentimentScore(
                compound: random.nextUnit() * 2 - 1, positive: positive, neutral: 1 - positive - negative,
                negative: negative)
            var out: [UInt8] = []
            formatter.appendJSONLine(index: index, sentiment: score, to: &out)
            let expected = formatter.json(
                CommentResult(index: index, id: nil, sentiment: score, category: nil), includeCategory: false)
            #expect(String(decoding: out, as: UTF8.self) == expected + "\n")
        }
    }
}
