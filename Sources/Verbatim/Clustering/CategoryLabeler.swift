#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif

/// Names categories from their most distinctive terms and phrases (class-based TF-IDF).
///
/// A term's weight in a category is the share of the category's comments that contain it,
/// times log(1 + A / f), where f is the number of comments in all categories containing it and
/// A the mean number of terms per category (as BERTopic's c-TF-IDF). Adjacent content-word
/// pairs ("charged twice", "late delivery") are weighed the same way and preferred as labels;
/// a label is never made of strongly evaluative words alone ("great", "terrible"). Terms and pairs
/// read back as the category's own comments wrote them (``WrittenForms``).
///
/// - Complexity: O(total distinct terms over categories × log).
public struct CategoryLabeler {
    /// What a labeler returns for one category.
    public struct Labeling: Sendable {
        public var label: String
        public var topTerms: [String]
        public var keyPhrases: [String]
        /// Weight of each term id, for choosing representative comments.
        public var weights: [Int32: Double]
    }

    private let features: FeatureExtractor
    /// How many top terms and top pairs of a category have their written forms read.
    static let readTerms = 8
    /// How many of a category's quotes are read for written forms.
    static let readQuotes = 100

    public init(features: FeatureExtractor) { self.features = features }

    /// The first `limit` distinct strings ("refund" the concept and "refund" the word show once).
    static func distinct<S: Sequence>(_ strings: S, limit: Int) -> [String] where S.Element == String {
        var seen = Set<String>()
        var out: [String] = []
        for s in strings where out.count < limit && seen.insert(s).inserted { out.append(s) }
        return out
    }

    /// Whether both halves of an adjacent pair are words (not concepts or markers).
    private func isWordPair(_ pair: UInt64) -> Bool {
        let first = Int(pair >> 32), second = Int(pair & 0xFFFF_FFFF)
        return features.kinds[first] == .word && features.kinds[second] == .word
    }

    /// Labels each category from its accumulator.
    public func label(_ categories: [CategoryAccumulator]) -> [Labeling] {
        let totals = Totals(categories)
        return categories.map { labeling(of: $0, totals: totals) }
    }

    /// Labels only `categories[index]`, weighed against all of them (as a stream relabels one
    /// category that grew).
    public func label(_ categories: [CategoryAccumulator], only index: Int) -> Labeling {
        labeling(of: categories[index], totals: Totals(categories))
    }

    /// Labels one category weighed against `totals`, which may be a little out of date (a stream
    /// keeps them a while): a term or pair the totals lack counts as the category's own only.
    ///
    /// - Complexity: O(distinct terms and pairs of the category × log).
    public func label(_ category: CategoryAccumulator, totals: Totals) -> Labeling {
        labeling(of: category, totals: totals)
    }

    /// How many comments of all categories hold each term and pair, for the IDF part.
    public struct Totals: Sendable {
        var terms: [Int32: Int] = [:]
        var pairs: [UInt64: Int] = [:]
        /// The mean number of term occurrences per category (A in c-TF-IDF).
        var average = 0.0

        /// The totals over `categories`.
        ///
        /// - Complexity: O(distinct terms and pairs over the categories).
        public init(_ categories: [CategoryAccumulator]) {
            var mass = 0
            for category in categories {
                for (term, n) in category.termDocuments {
                    terms[term, default: 0] += n
                    mass += n
                }
                for (pair, n) in category.pairDocuments { pairs[pair, default: 0] += n }
            }
            average = Double(mass) / Double(max(1, categories.count))
        }
    }

    private func labeling(of category: CategoryAccumulator, totals: Totals) -> Labeling {
        let termTotals = totals.terms, pairTotals = totals.pairs, average = totals.average
        let size = Double(max(1, category.count))
        var weights: [Int32: Double] = [:]
        for (term, n) in category.termDocuments {
            weights[term] = Double(n) / size * log(1 + average / Double(max(n, termTotals[term] ?? n)))
        }
        let terms = weights.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
        var pairs: [(key: UInt64, weight: Double, share: Double)] = []
        for (pair, n) in category.pairDocuments where n >= 2 && isWordPair(pair) {
            let share = Double(n) / size
            pairs.append((pair, share * log(1 + average / Double(max(n, pairTotals[pair] ?? n))), share))
        }
        pairs.sort { ($0.weight, $1.key) > ($1.weight, $0.key) }

        // Written forms are read from quotes that hold the terms a label or the top terms may use.
        var needed = Set(terms.prefix(Self.readTerms).map(\.key))
        for (pair, _, _) in pairs.prefix(Self.readTerms) {
            needed.insert(Int32(truncatingIfNeeded: pair >> 32))
            needed.insert(Int32(truncatingIfNeeded: pair & 0xFFFF_FFFF))
        }
        let quotes = category.quotes.lazy.filter { $0.features.contains(where: needed.contains) }
        let written = WrittenForms(texts: quotes.prefix(Self.readQuotes).map(\.text), features: features)
        let surface = { (term: Int32) -> String in
            features.kinds[Int(term)] == .word ? written.word(term) ?? features.surfaceForm(of: term) : features.surfaceForm(of: term)
        }

        let informative = terms.filter { !features.isEvaluative[Int($0.key)] }
        let bestTermWeight = informative.first?.value ?? terms.first?.value ?? 0
        let phraseText = { (pair: UInt64) -> String in
            let first = Int32(truncatingIfNeeded: pair >> 32), second = Int32(truncatingIfNeeded: pair & 0xFFFF_FFFF)
            return written.phrase(pair) ?? surface(first) + " " + surface(second)
        }
        let isInformative = { (pair: UInt64) -> Bool in
            let first = Int32(truncatingIfNeeded: pair >> 32), second = Int32(truncatingIfNeeded: pair & 0xFFFF_FFFF)
            return !features.isEvaluative[Int(first)] || !features.isEvaluative[Int(second)]
        }

        // With quotes to read, a pair names the category only if its words were written together.
        let isWritten = { (pair: UInt64) -> Bool in category.quotes.isEmpty || written.phrase(pair) != nil }
        let label: String
        if let top = informative.first, features.kinds[Int(top.key)] == .concept,
            Double(category.termDocuments[top.key] ?? 0) >= 0.3 * size
        {
            label = surface(top.key)  // a concept most comments share names it best
        } else if let pair = pairs.first(where: { isInformative($0.key) && $0.share >= 0.08 && isWritten($0.key) }),
            pair.weight >= 0.5 * bestTermWeight
        {
            label = phraseText(pair.key)
        } else if informative.count >= 2, informative[1].value >= 0.5 * informative[0].value {
            label = surface(informative[0].key) + " / " + surface(informative[1].key)
        } else if let first = informative.first ?? terms.first {
            label = surface(first.key)
        } else {
            label = "(no words)"
        }
        return Labeling(
            label: label,
            topTerms: Self.distinct(terms.lazy.map { surface($0.key) }, limit: 6),
            keyPhrases: pairs.filter { $0.share >= 0.03 && isInformative($0.key) }.prefix(5).map { phraseText($0.key) },
            weights: weights)
    }
}
