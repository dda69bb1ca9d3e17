/// Running totals for one category (or for all comments): what the report is computed from.
///
/// Both `analyze` (after clustering) and `stream` (as lines arrive) feed accumulators, so the
/// ranker and reporters do not care how categories were found.
public struct CategoryAccumulator: Sendable {
    public private(set) var count = 0
    public private(set) var compoundSum = 0.0
    public private(set) var positives = 0
    public private(set) var neutrals = 0
    public private(set) var negatives = 0
    public private(set) var scoreSum = 0.0
    public private(set) var scoreCount = 0
    /// Comments per day (days since 1970-01-01).
    public private(set) var days: [Int32: Int] = [:]
    /// Documents containing each feature term.
    public private(set) var termDocuments: [Int32: Int] = [:]
    /// Documents containing each adjacent feature pair (key: first << 32 | second).
    public private(set) var pairDocuments: [UInt64: Int] = [:]
    /// Comments per segment name.
    public private(set) var segments: [String: Int] = [:]
    /// Candidate quotes: (index, text, compound).
    public private(set) var quotes: [Quote] = []

    /// A comment kept as a possible quote.
    public struct Quote: Sendable {
        public var index: Int
        public var text: String
        public var compound: Double
        public var features: [Int32]
    }

    /// At most this many quote candidates are kept per category.
    public static let quoteCapacity = 400

    /// How many distinct terms, and distinct pairs, a category keeps counting. Past twice this
    /// many, the rarest are dropped down to this many, so an endless stream's long tail of rare
    /// words and typos cannot grow memory; labels and weights come from the commonest terms.
    public static let termCapacity = 20_000

    public init() {}

    /// Adds one comment.
    ///
    /// - Complexity: O(features²) for a comment of up to 32 features (no set built), else
    ///   O(features); amortized O(log terms) for pruning.
    public mutating func add(
        score: SentimentScore, features: ArraySlice<Int32>, day: Int32?, rating: Double?, segment: String?
    ) {
        count += 1
        compoundSum += score.compound
        switch score.label {
        case .positive: positives += 1
        case .neutral: neutrals += 1
        case .negative: negatives += 1
        }
        if let rating {
            scoreSum += rating
            scoreCount += 1
        }
        if let day { days[day, default: 0] += 1 }
        if let segment { segments[segment, default: 0] += 1 }
        guard features.count <= 32 else { return addLong(features) }
        // A comment has a handful of features: earlier ones are searched, no set is built.
        var previous: Int32?
        for (offset, term) in zip(features.indices, features) {
            let before = features[features.startIndex..<offset]
            if !before.contains(term) { termDocuments[term, default: 0] += 1 }
            if let previous, previous != term {
                let key = UInt64(UInt32(previous)) << 32 | UInt64(UInt32(term))
                if !Self.hasPair(before, key) { pairDocuments[key, default: 0] += 1 }
            }
            previous = term
        }
        prune()
    }

    /// Keeps the commonest terms and pairs once either count passes twice ``termCapacity``.
    private mutating func prune() {
        if termDocuments.count > 2 * Self.termCapacity { Self.keepCommonest(&termDocuments) }
        if pairDocuments.count > 2 * Self.termCapacity { Self.keepCommonest(&pairDocuments) }
    }

    /// The terms and pairs of a long comment, counted once each through sets.
    private mutating func addLong(_ features: ArraySlice<Int32>) {
        var seen = Set<Int32>()
        var seenPairs = Set<UInt64>()
        var previous: Int32?
        for term in features {
            if seen.insert(term).inserted { termDocuments[term, default: 0] += 1 }
            if let previous, previous != term {
                let key = UInt64(UInt32(previous)) << 32 | UInt64(UInt32(term))
                if seenPairs.insert(key).inserted { pairDocuments[key, default: 0] += 1 }
            }
            previous = term
        }
        prune()
    }

    /// Whether `terms` holds the adjacent pair `key` (first << 32 | second, first ≠ second).
    private static func hasPair(_ terms: ArraySlice<Int32>, _ key: UInt64) -> Bool {
        var previous: Int32?
        for term in terms {
            if let previous, previous != term, UInt64(UInt32(previous)) << 32 | UInt64(UInt32(term)) == key { return true }
            previous = term
        }
        return false
    }

    /// Drops all but the ``termCapacity`` commonest keys of `counts` (ties kept by smaller key).
    ///
    /// - Complexity: O(n log n) for n keys; amortized O(log n) per added key.
    static func keepCommonest<Key: Comparable & Hashable>(_ counts: inout [Key: Int]) {
        let kept = counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(termCapacity)
        counts = Dictionary(uniqueKeysWithValues: kept.map { ($0.key, $0.value) })
    }

    /// Renumbers term ids after the vocabulary dropped some: `newID[old]` is the new id, -1 for
    /// a dropped term, whose counts and pairs go (and it leaves the quotes' features).
    ///
    /// - Complexity: O(distinct terms + pairs + quote features).
    public mutating func renumberTerms(_ newID: [Int32]) {
        var terms: [Int32: Int] = [:]
        terms.reserveCapacity(termDocuments.count)
        for (term, n) in termDocuments where newID[Int(term)] >= 0 { terms[newID[Int(term)]] = n }
        termDocuments = terms
        var pairs: [UInt64: Int] = [:]
        pairs.reserveCapacity(pairDocuments.count)
        for (pair, n) in pairDocuments {
            let first = newID[Int(pair >> 32)], second = newID[Int(pair & 0xFFFF_FFFF)]
            if first >= 0 && second >= 0 { pairs[UInt64(UInt32(first)) << 32 | UInt64(UInt32(second))] = n }
        }
        pairDocuments = pairs
        for q in quotes.indices {
            quotes[q].features = quotes[q].features.compactMap { newID[Int($0)] >= 0 ? newID[Int($0)] : nil }
        }
    }

    /// Offers a comment as a quote; short, non-empty texts are kept while there is room.
    public mutating func offerQuote(index: Int, text: String, compound: Double, features: [Int32]) {
        guard quotes.count < Self.quoteCapacity, !text.isEmpty, text.utf8.count <= 400 else { return }
        quotes.append(Quote(index: index, text: text, compound: compound, features: features))
    }

    public var meanCompound: Double { count == 0 ? 0 : compoundSum / Double(count) }
    public var meanScore: Double? { scoreCount == 0 ? nil : scoreSum / Double(scoreCount) }
}
