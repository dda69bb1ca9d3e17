/// The sentiment of one comment, as in the contract's per-comment record.
public struct SentimentScore: Sendable, Equatable {
    /// The polarity label, by the ±0.05 thresholds on ``compound``.
    public enum Label: String, Sendable {
        case positive, neutral, negative
    }

    /// Normalized sum of valences, in [-1, 1].
    public var compound: Double
    /// Shares of the text that read positive, neutral and negative; they sum to 1.
    public var positive: Double
    public var neutral: Double
    public var negative: Double

    public init(compound: Double, positive: Double, neutral: Double, negative: Double) {
        self.compound = compound
        self.positive = positive
        self.neutral = neutral
        self.negative = negative
    }

    /// A neutral score for empty text.
    public static let neutralScore = SentimentScore(compound: 0, positive: 0, neutral: 1, negative: 0)

    public var label: Label {
        compound >= 0.05 ? .positive : compound <= -0.05 ? .negative : .neutral
    }
}

/// A comment's score with where its sentiment sits.
public struct SentimentAnalysis: Sendable {
    public var score: SentimentScore
    /// The sentence that carries the strongest negative signal, if any sentence is negative.
    public var strongestNegativeSentence: Int?
    /// For a mixed comment ("love the app, but it crashes when I pay"), the token ranges of its
    /// negative clauses: what the comment complains about. Empty when the whole comment counts.
    public var complaintRanges: [Range<Int>]
}
