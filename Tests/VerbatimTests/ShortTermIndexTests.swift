import Testing

@testable import Verbatim

/// The short-term index must answer exactly as the term table: same id, same kind, and the
/// marks a word with those bytes gets; id -1 for bytes that are no term, with their marks still.
struct ShortTermIndexTests {
    @Test func findsEveryShortTermAsTheTermTableDoes() {
        let tables = SentimentScorer().tables
        var checked = 0
        for id in 0..<Int32(tables.terms.count) {
            let text = tables.terms.term(id)
            var term = text
            term.withUTF8 { bytes in
                guard (1...ShortTermIndex.maximumLength).contains(bytes.count) else { return }
                checked += 1
                // Read both with the eight-byte load (room after) and byte by byte (at the end).
                let padded = Array(bytes) + [0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48]
                padded.withUnsafeBufferPointer { all in
                    let loaded = tables.shortTerms.tag(of: all, start: 0, count: bytes.count)
                    let tail = tables.shortTerms.tag(
                        of: UnsafeBufferPointer(rebasing: all[..<bytes.count]), start: 0, count: bytes.count)
                    #expect(loaded.id == id && tail.id == id, "\(text)")
                    #expect(loaded.kind == tables.facts[Int(id)].kind)
                    #expect(loaded.role == tables.facts[Int(id)].role)
                    #expect(loaded.marks.bits == TokenMarks.word(bytes).bits)
                }
            }
        }
        #expect(checked > 1_000)
    }

    @Test func findsNothingElse() {
        let tables = SentimentScorer().tables
        var random = SeededGenerator(seed: 31)
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz':)(-!?0".utf8) + [0x00, 0xC3, 0xA9]
        var found = 0
        for _ in 0..<50_000 {
            let count = 1 + Int(random.next() % UInt64(ShortTermIndex.maximumLength))
            let bytes = (0..<count).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] } + [0x20]
            bytes.withUnsafeBufferPointer { all in
                let word = UnsafeBufferPointer(rebasing: all[..<count])
                let expected = tables.terms.id(of: word)
                let tag = tables.shortTerms.tag(of: all, start: 0, count: count)
                #expect(tag.id == expected ?? -1, "\(Array(word))")
                #expect(tag.marks.bits == TokenMarks.word(word).bits, "\(Array(word))")
                if expected != nil { found += 1 }
            }
        }
        #expect(found > 10)
    }

    @Test func givesTheMarksOfWordsThatAreNoTerm() {
        let tables = SentimentScorer().tables
        for word in TokenMarks.wordsWithMarks + ["needed", "fixed", "ed", "red", "bed"] {
            let bytes = Array(word.utf8) + [0x20]
            bytes.withUnsafeBufferPointer { all in
                let tag = tables.shortTerms.tag(of: all, start: 0, count: word.utf8.count)
                let expected = TokenMarks.word(UnsafeBufferPointer(rebasing: all[..<word.utf8.count]))
                #expect(tag.marks.bits == expected.bits, "\(word)")
            }
        }
        // Every listed word has marks.
        for word in TokenMarks.wordsWithMarks {
            let bytes = Array(word.utf8)
            #expect(bytes.withUnsafeBufferPointer { TokenMarks.word($0).bits } != 0, "\(word)")
        }
    }

    @Test func tagOfAWordKeyIsTheTagOfItsBytesAndNeverZero() {
        let tables = SentimentScorer().tables
        var random = SeededGenerator(seed: 32)
        let words = ["the", "was", "never", "late", "arrived", "needed", "broken", "rude", "good", "ed", "a"]
        for _ in 0..<20_000 {
            let word: [UInt8] =
                random.next() % 2 == 0
                ? Array(words[Int(random.next() % UInt64(words.count))].utf8)
                : (0..<(1 + Int(random.next() % 7))).map { _ in UInt8(0x61 + random.next() % 26) }
            let bytes = word + [0x20]
            bytes.withUnsafeBufferPointer { all in
                let key = ShortTermIndex.key(all.baseAddress!, count: word.count)
                let tag = tables.shortTerms.tag(ofWordKey: key)
                #expect(tag != 0)
                #expect(tag == tables.shortTerms.tag(of: all, start: 0, count: word.count).bits, "\(word)")
            }
        }
    }

    @Test func tagKeepsWhatItPacks() {
        for kind in [RuleWords.Kind.none, .negator, .contrast, .excess] {
            for role in [TermFacts.Role.skipped, .scored, .expressionStart] {
                for (id, marks) in [(Int32(-1), UInt16(0)), (0, TokenMarks.pastTense), (123_456, 0x3FFF)] {
                    let tag = TokenTag(id: id, kind: kind, role: role, marks: TokenMarks(bits: marks))
                    #expect(tag.id == id && tag.kind == kind && tag.role == role && tag.marks.bits == marks)
                    #expect(tag.bits != 0)
                }
            }
        }
    }
}
