import Testing

@testable import Verbatim

/// Labels read back as a category's own comments wrote them.
struct WrittenFormsTests {
    /// A feature vocabulary built from `texts`, as the analyzer builds it.
    static func features(from texts: [String]) -> FeatureExtractor {
        var features = FeatureExtractor(stopwords: .builtIn, lexicon: .builtIn)
        let tokenizer = Tokenizer()
        let scorer = SentimentScorer(lexicon: .builtIn)
        var ids: [Int32] = []
        for text in texts {
            let tokens = tokenizer.tokenize(text)
            features.extract(from: tokens, analysis: scorer.analyze(tokens), into: &ids)
        }
        return features
    }

    static func term(_ word: String, in features: FeatureExtractor) throws -> Int32 {
        try #require(Array(word.utf8).withUnsafeBufferPointer { features.knownTermID(ofWord: $0) })
    }

    @Test func aTermReadsAsThisCategoryWroteIt() throws {
        let elsewhere = Array(repeating: "Well packaged, arrived safely", count: 5)
        let here = ["My package has been stuck at the depot", "package stuck at depot again", "Where is my package"]
        let features = Self.features(from: elsewhere + here)
        let package = try Self.term("package", in: features)
        #expect(features.surfaceForm(of: package) == "packaged")  // the whole input's commonest form
        #expect(WrittenForms(texts: here, features: features).word(package) == "package")
    }

    @Test func anAdjacentPairReadsAsItsCommonestWrittenRun() throws {
        let texts = ["My package has been stuck for days", "package has been stuck at the depot", "Package stuck!"]
        let features = Self.features(from: texts)
        let pair = UInt64(UInt32(try Self.term("package", in: features))) << 32
            | UInt64(UInt32(try Self.term("stuck", in: features)))
        #expect(WrittenForms(texts: texts, features: features).phrase(pair) == "package has been stuck")
    }

    @Test func aPhraseKeepsItsVerbParticleAndStopsAtPunctuation() throws {
        let texts = ["The courier didn't turn up.", "courier didn't turn up again", "Courier. Turn left"]
        let features = Self.features(from: texts)
        let courier = try Self.term("courier", in: features), turn = try Self.term("turn", in: features)
        let forms = WrittenForms(texts: texts, features: features)
        #expect(forms.phrase(UInt64(UInt32(courier)) << 32 | UInt64(UInt32(turn))) == "courier didn't turn up")
        #expect(forms.phrase(UInt64(UInt32(turn)) << 32 | UInt64(UInt32(courier))) == nil)
    }
}
