import Testing

@testable import Verbatim

struct TermTableTests {
    @Test func internsEachTermOnce() {
        var table = TermTable(capacity: 4)
        let a = table.insert("refund")
        let b = table.insert("delivery")
        #expect(table.insert("refund") == a)
        #expect(a != b)
        #expect(table.count == 2)
        #expect(table.term(b) == "delivery")
        #expect(table.id(of: "missing") == nil)
    }

    @Test func growsPastItsInitialCapacityWithoutLosingTerms() {
        var table = TermTable(capacity: 2)
        var random = SeededGenerator(seed: 9)
        var words: [String] = []
        for i in 0..<5_000 { words.append("w\(i)-\(random.next() % 1000)") }
        let ids = words.map { table.insert($0) }
        for (word, id) in zip(words, ids) {
            #expect(table.id(of: word) == id)
            #expect(table.term(id) == word)
        }
    }
}

extension TermTableTests {
    @Test func findsEveryLengthAndTellsNearMissesApart() {
        var table = TermTable(capacity: 8)
        var terms: [String] = [""]
        for length in 1...40 {
            let base = String(repeating: "a", count: length)
            terms.append(base)
            // Same length, one byte changed at each position: the hash must look at every byte.
            for position in 0..<length {
                var bytes = Array(base.utf8)
                bytes[position] = 0x62
                terms.append(String(decoding: bytes, as: UTF8.self))
            }
        }
        let ids = terms.map { table.insert($0) }
        #expect(Set(ids).count == terms.count)
        for (term, id) in zip(terms, ids) { #expect(table.id(of: term) == id) }
        #expect(table.id(of: String(repeating: "a", count: 41)) == nil)
        #expect(table.id(of: "c") == nil)
        #expect(table.term(ids[0]) == "")
    }

    @Test func spreadsShortTermsOverTheSlots() {
        // A hash whose low bits ignored some bytes would pile these onto a few slots.
        var slotsUsed = Set<UInt32>()
        for a in UInt8(0x61)...0x7A {
            for b in UInt8(0x61)...0x7A {
                slotsUsed.insert([a, b].withUnsafeBufferPointer { TermTable.hash($0) & 1023 })
            }
        }
        #expect(slotsUsed.count > 400)  // 676 terms, 1024 slots: about 500 expected at random
    }
}

struct StemmerTests {
    func stem(_ word: String) -> String { String(decoding: Stemmer().stem(Array(word.utf8)), as: UTF8.self) }

    @Test func inflectionsShareAStem() {
        #expect(Set(["crash", "crashes", "crashed", "crashing"].map(stem)).count == 1)
        #expect(Set(["arrive", "arrived", "arriving"].map(stem)).count == 1)
        #expect(Set(["delay", "delayed", "delays"].map(stem)).count == 1)
        #expect(stem("deliveries") == stem("delivery"))
    }

    @Test func shortAndNonASCIIWordsAreLeftAlone() {
        #expect(stem("bus") == "bus")
        #expect(stem("was") == "was")
        #expect(stem("café") == "café")
        #expect(stem("stopping") == "stop")
        #expect(stem("billing") == "bill")
    }
}

struct StopwordsTests {
    @Test func builtInListHasFunctionWordsAndFeedbackFiller() {
        let list = Stopwords.builtIn
        for word in ["the", "and", "please", "thanks", "hi", "don't"] { #expect(list.contains(word), "\(word)") }
        for word in ["refund", "delivery", "crash"] { #expect(!list.contains(word), "\(word)") }
    }

    @Test func userListsAddWordsAndIgnoreComments() {
        let list = Stopwords().adding(contentsOf: "# brands\nNorthwind  # our shop\n\nacme\n")
        #expect(list.contains("northwind"))
        #expect(list.contains("acme"))
        #expect(list.count == 2)
    }
}
