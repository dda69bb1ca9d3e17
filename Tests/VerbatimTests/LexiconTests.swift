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
}
