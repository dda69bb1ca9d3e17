import Testing

@testable import Verbatim

/// A category's running totals stay bounded on an endless stream and keep what labels need.
struct CategoryAccumulatorTests {
    static let neutral = SentimentScore(compound: 0, positive: 0, neutral: 1, negative: 0)

    @Test func rareTermsAreDroppedAndCommonOnesKeptExactly() {
        var category = CategoryAccumulator()
        let capacity = CategoryAccumulator.termCapacity
        var largest = 0
        // Every comment: two common terms (1, 2) and one term never seen again.
        for i in 0..<(5 * capacity) {
            category.add(score: Self.neutral, features: [1, 2, Int32(100 + i)], day: nil, rating: nil, segment: nil)
            largest = max(largest, category.termDocuments.count, category.pairDocuments.count)
        }
        #expect(largest <= 2 * capacity + 1)
        #expect(category.termDocuments[1] == 5 * capacity)
        #expect(category.termDocuments[2] == 5 * capacity)
        #expect(category.pairDocuments[UInt64(1) << 32 | 2] == 5 * capacity)
        #expect(category.count == 5 * capacity)
    }

    @Test func belowTheCapacityNothingIsDropped() {
        var category = CategoryAccumulator()
        for i in 0..<1_000 {
            category.add(score: Self.neutral, features: [Int32(i), Int32(i + 1)], day: nil, rating: nil, segment: nil)
        }
        #expect(category.termDocuments.count == 1_001)
        #expect(category.pairDocuments.count == 1_000)
    }
}
