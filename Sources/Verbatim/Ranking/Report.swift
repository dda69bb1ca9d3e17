/// What an analysis found, ready to render: the contract's report sections as values.
public struct Report: Sendable {
    public var summary: Summary
    public var actionPoints: [ActionPoint]
    /// Praise categories: what customers like, never action points.
    public var strengths: [Int]
    /// Categories in rank order; `categories[i].id == i + 1`.
    public var categories: [Category]
    /// Comments that fit no category.
    public var uncategorized: Int
    public var segments: [Segment]
    public var method: Method
}

extension Report {
    /// Section 1: the numbers of the whole input.
    public struct Summary: Sendable {
        public var read: Int
        public var analyzed: Int
        public var skipped: Int
        public var positive: Int
        public var neutral: Int
        public var negative: Int
        public var meanCompound: Double
        public var firstDay: Int32?
        public var lastDay: Int32?
        public var meanScore: Double?
        /// Net Promoter Score, when scores are on the 0-10 scale.
        public var nps: Double?
        /// The first few malformed or truncated records, for the reader to check.
        public var warnings: [String]
        /// Comments over the size limit, analyzed by their first bytes only.
        public var truncated: Int = 0
        /// Comments with bytes that were not UTF-8, read with U+FFFD in their place.
        public var repaired: Int = 0
    }

    /// Whether a category is a problem, praise, or neither (questions, mixed chatter).
    public enum Kind: String, Sendable {
        case issue, praise, neutral
    }

    /// How a category's volume moved: the last four weeks against the weeks before.
    public struct Trend: Sendable {
        public var recentPerWeek: Double
        public var earlierPerWeek: Double
        /// recent / earlier; nil when there was nothing earlier.
        public var ratio: Double?
    }

    /// Section 3 and 4: one recurring issue or theme.
    /// Where a category comes from: the user's taxonomy, or discovery.
    public enum Origin: String, Sendable {
        case taxonomy, discovered
    }

    public struct Category: Sendable {
        public var id: Int
        public var label: String
        public var origin: Origin
        public var kind: Kind
        public var count: Int
        public var share: Double
        public var meanCompound: Double
        public var positiveShare: Double
        public var neutralShare: Double
        public var negativeShare: Double
        public var topTerms: [String]
        public var keyPhrases: [String]
        public var representatives: [String]
        public var trend: Trend?
        public var meanScore: Double?
        /// Mean score of the other comments minus this category's: how much it pulls the score down.
        public var scoreImpact: Double?
        /// Comments per ISO week start (a Monday), oldest first.
        public var weekly: [(week: Int32, count: Int)]
        public var priority: Double
    }

    /// Section 2: what to fix first.
    public struct ActionPoint: Sendable {
        public var rank: Int
        public var categoryID: Int
        public var text: String
        public var evidence: [String]
    }

    /// A segment (channel, product, region) with its volume, mood and main categories.
    public struct Segment: Sendable {
        public var name: String
        public var count: Int
        public var meanCompound: Double
        public var topCategories: [Int]
    }

    /// Section 5: how to reproduce the analysis.
    public struct Method: Sendable {
        public var lexiconEntries: Int
        public var stopwords: Int
        public var clustering: String
        public var categoriesRequested: String
        public var seed: UInt64
        public var inputs: [String]
        public var version: String
        /// Personal data in quoted comments was masked.
        public var redacted: Bool = true
    }
}
