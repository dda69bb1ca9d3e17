import Testing

@testable import Verbatim

struct LexiconTests {
    @Test func builtInLexiconIsEmbeddedAndLarge() {
        #expect(Lexicon.builtIn.count >= 7_500)
        #expect(Lexicon.builtIn.valence(of: "great")! > 2)
        #expect(Lexicon.builtIn.valence(of: "never arrived")! < -1)
    }

    @Test func readsPlainFormatWithComments() throws {
        var lexicon = Lexicon()
        let count = try lexicon.merge(contentsOf: "# mine\nsplendid\t2.5\n\nmeh-ish\t-0.7\n", source: "mine.tsv")
        #expect(count == 2)
        #expect(lexicon.valence(of: "splendid") == 2.5)
        #expect(abs(lexicon.valence(of: "meh-ish")! + 0.7) < 1e-6)
    }

    @Test func readsVADERFormatUsingTheMean() throws {
        var lexicon = Lexicon()
        try lexicon.merge(contentsOf: "$:\t-1.5\t0.80623\t[-1, -1, -1, -1, -3, -1, -3, -1, -2, -1]\n:D\t2.3\t1.1\t[2]\n", source: "vader_lexicon.txt")
        #expect(abs(lexicon.valence(of: ":d")! - 2.3) < 1e-6)
        // "$:" cannot be spelled by the tokenizer ("$" separates tokens), so it is left out.
        #expect(lexicon.valence(of: "$:") == nil)
        #expect(lexicon.count == 1)
    }

    @Test func readsAFINNFormatScaledToVADERRange() throws {
        var lexicon = Lexicon()
        try lexicon.merge(contentsOf: "abandon\t-2\nbreathtaking\t5\n", source: "AFINN-111.txt")
        #expect(lexicon.valence(of: "breathtaking") == 4.0)
        #expect(abs(lexicon.valence(of: "abandon")! + 1.6) < 1e-6)
    }

    @Test func laterEntriesOverrideEarlierOnes() throws {
        var lexicon = Lexicon.builtIn
        try lexicon.merge(contentsOf: "great\t-3.0\n", source: "override.tsv")
        #expect(lexicon.valence(of: "great") == -3.0)
    }

    @Test func badLineIsReportedWithItsNumber() {
        var lexicon = Lexicon()
        #expect(throws: Lexicon.FormatError(source: "x.tsv", line: 3, reason: "valence 'lots' is not a number between -5 and 5")) {
            try lexicon.merge(contentsOf: "good\t1.9\n\nbad\tlots\n", source: "x.tsv")
        }
        #expect(throws: Lexicon.FormatError.self) { try lexicon.merge(contentsOf: "no tab here\n", source: "y.tsv") }
    }

    @Test func generalVocabularyIsMarkedEvaluative() throws {
        let lexicon = Lexicon.builtIn
        let great = try #require(lexicon.terms.id(of: "terrible"))
        #expect(lexicon.isEvaluative(term: great))
        let late = try #require(lexicon.terms.id(of: "overcharged"))
        #expect(!lexicon.isEvaluative(term: late))
    }

    /// The words of an entry of ``Lexicon/isPlainWords(_:)``, which skips the tokenizer, must
    /// be the tokens the tokenizer reads, byte for byte.
    @Test func plainWordsAreTheTokensTheTokenizerReads() {
        var random = SeededGenerator(seed: 5)
        // Letters that start URLs ("http", "www") and emoticons ("xd", "d:"), doubled letters, spaces.
        let alphabet = Array("adhoptwxe  ".utf8)
        var plain = 0
        var mismatches: [String] = []
        func check(_ entry: String) {
            var entry = entry
            let isPlain = entry.withUTF8 { Lexicon.isPlainWords($0) }
            guard isPlain else { return }
            plain += 1
            let tokenized = Tokenizer().tokenize(entry)
            let tokens = tokenized.tokens.map { tokenized.text(of: $0) }
            if tokens != entry.split(separator: " ", omittingEmptySubsequences: false).map(String.init) {
                mismatches.append(entry)
            }
        }
        for _ in 0..<100_000 {
            let length = 1 + Int(random.next() % 10)
            check(String(decoding: (0..<length).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }, as: UTF8.self))
        }
        for file in DefaultData.texts(under: "corpora/lexicon") {
            for line in file.text.split(separator: "\n") where !line.hasPrefix("#") {
                check(String(line.prefix { $0 != "\t" }).lowercased())
            }
        }
        #expect(plain > 30_000)
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
        for entry in ["", " a", "a ", "a  b", "sooo", "Good", "don't", "a1", "well-made"] {
            var entry = entry
            #expect(!entry.withUTF8 { Lexicon.isPlainWords($0) }, "\(entry)")
        }
    }

    /// The built-in lexicon must hold what setting each entry by its tokens, one dictionary
    /// entry of phrases per first term, gives: the same term ids, valences, marks and phrases.
    @Test func builtInLexiconMatchesOneBuiltTokenByToken() {
        var terms = TermTable()
        var valences: [Int32: Float] = [:]
        var evaluative: Set<Int32> = []
        var phrases: [Int32: [(ids: [Int32], valence: Float)]] = [:]
        for file in DefaultData.texts(under: "corpora/lexicon") {
            for line in file.text.split(separator: "\n") where !line.hasPrefix("#") {
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                guard fields.count >= 2 else { continue }
                var entry = fields[0].trimmingSpaces().lowercased()
                let valence = Float(Double(fields[1].trimmingSpaces())!)
                let tokenized = Tokenizer().tokenize(entry)
                let spelled = entry.withUTF8 { bytes in tokenized.withView { Lexicon.tokens(of: $0, spell: bytes) } }
                guard spelled else { continue }
                let ids = tokenized.tokens.map { token in tokenized.withBytes(of: token) { terms.insert($0) } }
                if ids.count == 1 {
                    valences[ids[0]] = valence
                    if file.path.contains("/10-general-") { evaluative.insert(ids[0]) } else { evaluative.remove(ids[0]) }
                    continue
                }
                var list = phrases[ids[0], default: []]
                if let existing = list.firstIndex(where: { $0.ids == ids }) {
                    list[existing].valence = valence
                } else {
                    list.insert((ids, valence), at: list.firstIndex { $0.ids.count < ids.count } ?? list.count)
                }
                phrases[ids[0]] = list
            }
        }
        let lexicon = Lexicon.builtIn
        #expect(lexicon.terms.count == terms.count)
        var mismatches: [String] = []
        for id in 0..<Int32(min(terms.count, lexicon.terms.count)) {
            let found = lexicon.phrases(startingWith: id) ?? []
            let expected = phrases[id] ?? []
            if lexicon.terms.term(id) != terms.term(id)
                || lexicon.valence(ofTerm: id) != valences[id]
                || lexicon.isEvaluative(term: id) != evaluative.contains(id)
                || found.map(\.tokens) != expected.map(\.ids) || found.map(\.valence) != expected.map(\.valence)
            {
                mismatches.append(terms.term(id))
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
        #expect(lexicon.count == valences.count + phrases.values.map(\.count).reduce(0, +))
    }
}
