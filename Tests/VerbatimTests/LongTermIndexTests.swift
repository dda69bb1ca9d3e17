import Testing

@testable import Verbatim

/// The long-term index must answer exactly as the term table for words of eight to fifteen
/// bytes: same id, kind and role; id -1 for bytes that are no term.
struct LongTermIndexTests {
    @Test func findsEveryLongTermAsTheTermTableDoes() {
        let tables = SentimentScorer().tables
        var checked = 0
        for id in 0..<Int32(tables.terms.count) {
            tables.terms.withBytes(of: id) { bytes in
                guard LongTermIndex.lengths.contains(bytes.count) else { return }
                checked += 1
                let key = LongTermIndex.key(bytes)
                let tag = TokenTag(bits: tables.longTerms.tag(ofKey: key.low, key.high))
                #expect(tag.id == id, "\(String(decoding: bytes, as: UTF8.self))")
                #expect(tag.kind == tables.facts[Int(id)].kind && tag.role == tables.facts[Int(id)].role)
                #expect(tag.marks.bits == TokenMarks.word(bytes).bits)
            }
        }
        #expect(checked > 500)
    }

    @Test func findsNothingElse() {
        let tables = SentimentScorer().tables
        var random = SeededGenerator(seed: 41)
        // Known words with a letter changed, added or dropped, and random letters.
        let near = ["delivery", "customer", "disappointed", "refunded", "excellent", "terrible"]
        var found = 0
        for round in 0..<50_000 {
            var word: [UInt8]
            if round % 2 == 0 {
                word = Array(near[Int(random.next() % UInt64(near.count))].utf8)
                let at = Int(random.next() % UInt64(word.count))
                switch random.next() % 3 {
                case 0: word[at] = UInt8(0x61 + random.next() % 26)
                case 1: word.insert(UInt8(0x61 + random.next() % 26), at: at)
                default: if word.count > 8 { word.remove(at: at) }
                }
            } else {
                word = (0..<(8 + Int(random.next() % 8))).map { _ in UInt8(0x61 + random.next() % 26) }
            }
            guard LongTermIndex.lengths.contains(word.count) else { continue }
            word.withUnsafeBufferPointer { bytes in
                let expected = tables.terms.id(of: bytes)
                let key = LongTermIndex.key(bytes)
                #expect(TokenTag(bits: tables.longTerms.tag(ofKey: key.low, key.high)).id == expected ?? -1, "\(word)")
                if expected != nil { found += 1 }
            }
        }
        #expect(found > 100)
    }
}
