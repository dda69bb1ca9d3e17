import Testing

@testable import Verbatim

struct RankerTests {
    func accumulator(count: Int, compound: Double, firstDay: Int32 = 0, recentShare: Double = 0.25, rating: Double? = nil)
        -> CategoryAccumulator
    {
        var a = CategoryAccumulator()
        for i in 0..<count {
            let recent = Double(i) < Double(count) * recentShare
            let day: Int32 = recent ? 100 + Int32(i % 28) : firstDay + Int32(i % 72)
            let score = SentimentScore(compound: compound, positive: 0, neutral: 1, negative: 0)
            a.add(score: score, features: [1, 2], day: day, rating: rating, segment: nil)
        }
        return a
    }

    func labeling(_ label: String) -> CategoryLabeler.Labeling {
        .init(label: label, topTerms: [], keyPhrases: [], weights: [:])
    }

    @Test func praiseIsNeverAnActionPoint() {
        let inputs = [
            Ranker.Input(accumulator: accumulator(count: 300, compound: 0.8), labeling: labeling("love it")),
            Ranker.Input(accumulator: accumulator(count: 40, compound: -0.6), labeling: labeling("charged twice")),
        ]
        var all = CategoryAccumulator()
        for input in inputs { for _ in 0..<input.accumulator.count { all.add(score: .neutralScore, features: [], day: nil, rating: nil, segment: nil) } }
        let result = Ranker().rank(inputs, all: all, firstDay: 0, lastDay: 127, scoreScale: 5)
        #expect(result.actionPoints.count == 1)
        #expect(result.actionPoints[0].text.hasPrefix("Address charged twice: 40 comments"))
        #expect(result.categories.map(\.kind) == [.issue, .praise])
        #expect(result.categories.map(\.id) == [1, 2])
        #expect(result.sourceIndex == [1, 0])
    }

    @Test func aPhraseLabelIsQuotedInItsActionPoint() {
        let inputs = [
            Ranker.Input(accumulator: accumulator(count: 30, compound: -0.6), labeling: labeling("courier didn't turn up")),
            Ranker.Input(accumulator: accumulator(count: 20, compound: -0.6), labeling: labeling("late delivery")),
        ]
        var all = CategoryAccumulator()
        for input in inputs { for _ in 0..<input.accumulator.count { all.add(score: .neutralScore, features: [], day: nil, rating: nil, segment: nil) } }
        let texts = Ranker().rank(inputs, all: all, firstDay: 0, lastDay: 127, scoreScale: 5).actionPoints.map(\.text)
        #expect(texts.contains { $0.hasPrefix("Address “courier didn't turn up”: 30 comments") })
        #expect(texts.contains { $0.hasPrefix("Address late delivery: 20 comments") })
    }

    @Test func growthRaisesPriority() {
        let steady = accumulator(count: 100, compound: -0.5, recentShare: 0.2)
        let growing = accumulator(count: 100, compound: -0.5, recentShare: 0.6)
        var all = CategoryAccumulator()
        for _ in 0..<200 { all.add(score: .neutralScore, features: [], day: nil, rating: nil, segment: nil) }
        let result = Ranker().rank(
            [Ranker.Input(accumulator: steady, labeling: labeling("steady")), Ranker.Input(accumulator: growing, labeling: labeling("growing"))],
            all: all, firstDay: 0, lastDay: 127, scoreScale: 5)
        #expect(result.categories.first?.label == "growing")
        let trend = try! #require(result.categories.first?.trend)
        #expect(trend.ratio! > 2)
        #expect(result.actionPoints[0].text.contains("up "))
    }

    @Test func nearDuplicateQuotesAreShownOnce() {
        var a = CategoryAccumulator()
        a.offerQuote(index: 0, text: "great hoodie but the parcel was late", compound: -0.3, features: [1, 2, 3, 4])
        a.offerQuote(index: 1, text: "great toaster but the parcel was late", compound: -0.3, features: [5, 2, 3, 4])
        a.offerQuote(index: 2, text: "charged twice", compound: -0.5, features: [7, 8])
        let weights: [Int32: Double] = [1: 1, 2: 1, 3: 1, 4: 1, 5: 1, 7: 0.5, 8: 0.5]
        let quotes = Ranker.representatives(of: a, weights: weights, preferNegative: true)
        #expect(quotes.count == 2)
        #expect(quotes.contains("charged twice"))
    }

    @Test func weekStartIsAMonday() {
        // 2026-06-03 is a Wednesday; its week starts on Monday 2026-06-01.
        let wednesday = Int32(DateParser.daysFromCivil(year: 2026, month: 6, day: 3))
        #expect(DateParser.isoDate(Ranker.weekStart(of: wednesday)) == "2026-06-01")
        let monday = Int32(DateParser.daysFromCivil(year: 2026, month: 6, day: 1))
        #expect(Ranker.weekStart(of: monday) == monday)
    }
}
