import Testing

@testable import Verbatim

struct ConceptLexiconTests {
    func concepts(_ text: String, in lexicon: ConceptLexicon = .builtIn) -> [String] {
        let tokenized = Tokenizer().tokenize(text)
        var found: [String] = []
        lexicon.forEachConcept(in: tokenized, range: 0..<tokenized.tokens.count) { found.append(lexicon.names[Int($0)]) }
        return found
    }

    @Test func builtInConceptsAreEmbedded() {
        #expect(ConceptLexicon.builtIn.count >= 100)
    }

    @Test func synonymsWithNoSharedWordMeet() {
        let a = concepts("my parcel is late"), b = concepts("order still hasn't arrived")
        #expect(!a.isEmpty)
        #expect(a == b)
    }

    @Test func longestPhraseWinsOverItsFirstWord() {
        var lexicon = ConceptLexicon()
        lexicon.add(contentsOf: "# test\nhelpful-staff\thelpful\nunhelpful-support\tnot helpful\n")
        #expect(concepts("support was not helpful", in: lexicon) == ["unhelpful support"])
        #expect(concepts("support was helpful", in: lexicon) == ["helpful staff"])
    }
}

struct FeatureExtractorTests {
    func features(_ text: String) -> [String] {
        var extractor = FeatureExtractor(stopwords: .builtIn, lexicon: .builtIn)
        let tokenized = Tokenizer().tokenize(text)
        let analysis = SentimentScorer().analyze(tokenized)
        var ids: [Int32] = []
        extractor.extract(from: tokenized, analysis: analysis, into: &ids)
        return ids.map { extractor.kinds[Int($0)] == .word ? extractor.vocabulary.term($0) : extractor.surfaceForm(of: $0) }
    }

    @Test func dropsStopwordsNumbersHandlesAndLinks() {
        let result = features("@NorthwindHelp the refunds for order #4821 https://x.example/a are pending")
        #expect(result.contains("refund"))
        #expect(result.contains("pend"))
        #expect(!result.contains { $0.contains("northwind") || $0.contains("4821") || $0.contains("http") || $0 == "the" })
    }

    @Test func mixedCommentKeepsOnlyTheComplaint() {
        let result = features("Love the app, but it crashes when I pay")
        #expect(result.contains("crash"))
        #expect(!result.contains("love"))
    }

    @Test func generalMoodWordsGiveWayToTopicWords() {
        let result = features("terrible, the courier was rude")
        #expect(!result.contains("terribl"))
        #expect(result.contains("rude"))
        #expect(features("terrible!").contains("terribl"))
    }
}
