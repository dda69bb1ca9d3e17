import Testing

@testable import Verbatim

/// Categories are named by their distinctive phrases, as their comments wrote them.
struct CategoryLabelerTests {
    /// Categories built from groups of texts, with the feature vocabulary they share.
    static func categories(_ groups: [[String]]) -> (FeatureExtractor, [CategoryAccumulator]) {
        var features = FeatureExtractor(stopwords: .builtIn, lexicon: .builtIn)
        let tokenizer = Tokenizer()
        let scorer = SentimentScorer(lexicon: .builtIn)
        var accumulators: [CategoryAccumulator] = []
        var index = 0
        for group in groups {
            var accumulator = CategoryAccumulator()
            for text in group {
                let tokens = tokenizer.tokenize(text)
                let analysis = scorer.analyze(tokens)
                var ids: [Int32] = []
                features.extract(from: tokens, analysis: analysis, into: &ids)
                accumulator.add(score: analysis.score, features: ids[...], day: nil, rating: nil, segment: nil)
                accumulator.offerQuote(index: index, text: text, compound: analysis.score.compound, features: ids)
                index += 1
            }
            accumulators.append(accumulator)
        }
        return (features, accumulators)
    }

    static let groups = [
        ["My package has been stuck at the depot", "package has been stuck for a week", "Package stuck, no update",
         "my package has been stuck since Monday"],
        ["The courier didn't turn up", "courier didn't turn up again", "Courier did not turn up at all", "no courier came"],
        ["Lovely soft hoodie", "the hoodie is so soft", "soft hoodie, great fit", "hoodie feels soft and warm"],
    ]

    @Test func labelsAreWrittenPhrasesOfTheCategory() {
        let (features, categories) = Self.categories(Self.groups)
        let labels = CategoryLabeler(features: features).label(categories).map(\.label)
        #expect(labels[0] == "package has been stuck")
        #expect(labels[1] == "courier didn't turn up")
        #expect(labels[2] == "soft hoodie")
    }

    @Test func labelingOneCategoryMatchesLabelingAll() {
        let (features, categories) = Self.categories(Self.groups)
        let labeler = CategoryLabeler(features: features)
        let all = labeler.label(categories)
        for index in categories.indices {
            let one = labeler.label(categories, only: index)
            #expect(one.label == all[index].label)
            #expect(one.topTerms == all[index].topTerms)
            #expect(one.keyPhrases == all[index].keyPhrases)
        }
    }
}
