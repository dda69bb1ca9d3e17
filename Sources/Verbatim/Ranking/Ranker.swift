/// Ranks categories and writes the action points.
///
/// A category is an *issue* when at least 40% of its comments are negative or its mean
/// sentiment is at most -0.1; *praise* when at least half are positive and its mean is at least
/// 0.2; otherwise *neutral* (questions, chatter). Only issues become action points, ranked by
///
///     priority = comments × negative share × growth × (1 + score impact / scale)
///
/// where growth is the last four weeks' weekly volume over the earlier weeks' (clamped to
/// 0.5…3, 1 without dates) and score impact is how much lower the category's mean score is than
/// the other comments' (0 without scores). Issues come first in the table, by priority; praise
/// and neutral categories follow by size.
public struct Ranker: Sendable {
    /// Per-category input to ranking.
    public struct Input: Sendable {
        public var accumulator: CategoryAccumulator
        public var labeling: CategoryLabeler.Labeling
        public var origin: Report.Origin = .discovered
    }

    public init() {}

    /// Ranks `inputs`; returns categories in rank order with `sourceIndex` giving each one's
    /// position in `inputs`, and the action points.
    public func rank(
        _ inputs: [Input], all: CategoryAccumulator, firstDay: Int32?, lastDay: Int32?, scoreScale: Double
    ) -> (categories: [Report.Category], sourceIndex: [Int], actionPoints: [Report.ActionPoint]) {
        let total = Double(max(1, all.count))
        var built: [(category: Report.Category, source: Int)] = []
        for (source, input) in inputs.enumerated() where input.accumulator.count > 0 {
            let a = input.accumulator
            let n = Double(a.count)
            let negativeShare = Double(a.negatives) / n
            let positiveShare = Double(a.positives) / n
            let kind: Report.Kind =
                negativeShare >= 0.4 || a.meanCompound <= -0.1 ? .issue
                : positiveShare >= 0.5 && a.meanCompound >= 0.2 ? .praise : .neutral
            let trend = Self.trend(of: a, firstDay: firstDay, lastDay: lastDay)
            var impact: Double?
            if let mean = a.meanScore, all.scoreCount > a.scoreCount {
                let others = (all.scoreSum - a.scoreSum) / Double(all.scoreCount - a.scoreCount)
                impact = others - mean
            }
            var priority = 0.0
            if kind == .issue {
                let growth = min(3, max(0.5, trend?.ratio ?? 1))
                priority = n * negativeShare * growth * (1 + max(0, impact ?? 0) / scoreScale)
            }
            let weekly = Dictionary(grouping: a.days, by: { Self.weekStart(of: $0.key) })
                .map { (week: $0.key, count: $0.value.reduce(0) { $0 + $1.value }) }
                .sorted { $0.week < $1.week }
            built.append((
                Report.Category(
                    id: 0, label: input.labeling.label, origin: input.origin, kind: kind, count: a.count, share: n / total,
                    meanCompound: a.meanCompound, positiveShare: positiveShare,
                    neutralShare: Double(a.neutrals) / n, negativeShare: negativeShare,
                    topTerms: input.labeling.topTerms, keyPhrases: input.labeling.keyPhrases,
                    representatives: Self.representatives(of: a, weights: input.labeling.weights, preferNegative: kind == .issue),
                    trend: trend, meanScore: a.meanScore, scoreImpact: impact, weekly: weekly, priority: priority),
                source
            ))
        }
        built.sort { lhs, rhs in
            let l = lhs.category, r = rhs.category
            if (l.kind == .issue) != (r.kind == .issue) { return l.kind == .issue }
            if l.priority != r.priority { return l.priority > r.priority }
            if l.count != r.count { return l.count > r.count }
            return lhs.source < rhs.source
        }
        var categories: [Report.Category] = []
        var actionPoints: [Report.ActionPoint] = []
        for (position, entry) in built.enumerated() {
            var category = entry.category
            category.id = position + 1
            categories.append(category)
            if category.kind == .issue {
                actionPoints.append(Report.ActionPoint(
                    rank: actionPoints.count + 1, categoryID: category.id,
                    text: Self.sentence(for: category, hasScores: all.scoreCount > 0),
                    evidence: Array(category.representatives.prefix(2))))
            }
        }
        return (categories, built.map(\.source), actionPoints)
    }

    /// "Address late delivery: 520 comments (20.0%), 87% negative (mean sentiment -0.52), …";
    /// a label of three words or more is quoted: "Address “courier didn't turn up”: …".
    static func sentence(for c: Report.Category, hasScores: Bool) -> String {
        var parts = [
            "\(c.count) comments (\(Format.percent(c.share)))",
            "\(Format.percent(c.negativeShare, digits: 0)) negative (mean sentiment \(Format.signed(c.meanCompound)))",
        ]
        if let trend = c.trend {
            if let ratio = trend.ratio {
                let direction = ratio >= 1.15 ? "up" : ratio <= 0.87 ? "down" : "steady at"
                parts.append(
                    "\(direction) \(Format.number(ratio, digits: 1))× in the last 4 weeks "
                        + "(\(Format.number(trend.recentPerWeek, digits: 1)) a week vs \(Format.number(trend.earlierPerWeek, digits: 1)) before)")
            } else {
                parts.append("new in the last 4 weeks (\(Format.number(trend.recentPerWeek, digits: 1)) a week)")
            }
        }
        if hasScores, let mean = c.meanScore, let impact = c.scoreImpact {
            parts.append("mean score \(Format.number(mean, digits: 2)), \(Format.number(abs(impact), digits: 2)) \(impact >= 0 ? "below" : "above") the other comments")
        }
        // A written phrase ("package has been stuck") is quoted so the imperative still reads.
        let named = c.label.split(separator: " ").count >= 3 ? "“\(c.label)”" : c.label
        return "Address \(named): " + parts.joined(separator: "; ") + "."
    }

    static func trend(of a: CategoryAccumulator, firstDay: Int32?, lastDay: Int32?) -> Report.Trend? {
        guard let firstDay, let lastDay, lastDay - firstDay >= 41 else { return nil }
        let cut = lastDay - 27
        var recent = 0, earlier = 0
        for (day, n) in a.days {
            if day >= cut { recent += n } else { earlier += n }
        }
        let earlierWeeks = Double(cut - firstDay) / 7
        let recentPerWeek = Double(recent) / 4
        let earlierPerWeek = Double(earlier) / earlierWeeks
        return Report.Trend(
            recentPerWeek: recentPerWeek, earlierPerWeek: earlierPerWeek,
            ratio: earlier == 0 ? nil : recentPerWeek / earlierPerWeek)
    }

    /// The Monday that starts the week of `day` (1970-01-05 was a Monday).
    static func weekStart(of day: Int32) -> Int32 {
        day - Int32(((Int(day) - 4) % 7 + 7) % 7)
    }

    /// The most typical comments: highest mean term weight, short, not near-duplicates of each other.
    static func representatives(of a: CategoryAccumulator, weights: [Int32: Double], preferNegative: Bool) -> [String] {
        let scored = a.quotes.enumerated().map { position, quote -> (text: String, score: Double, index: Int, position: Int) in
            let distinct = Set(quote.features).sorted()  // a fixed summation order
            var score = distinct.reduce(0) { $0 + (weights[$1] ?? 0) } / Double(distinct.count + 1).squareRoot()
            if preferNegative, quote.compound < -0.05 { score *= 1.5 }
            if quote.text.count > 160 { score *= 0.5 }
            return (quote.text, score, quote.index, position)
        }.sorted { ($0.score, $1.index) > ($1.score, $0.index) }
        // Near-duplicates (the same template with another product name) are shown once: a
        // candidate is skipped when it shares most of its terms with a quote already chosen.
        var chosen: [String] = []
        var chosenTerms: [Set<Int32>] = []
        for candidate in scored where chosen.count < 3 {
            let terms = Set(a.quotes[candidate.position].features)
            let duplicate = chosenTerms.contains { other in
                let union = terms.union(other).count
                return union == 0 ? true : Double(terms.intersection(other).count) / Double(union) >= 0.6
            }
            if !duplicate {
                chosen.append(candidate.text)
                chosenTerms.append(terms)
            }
        }
        return chosen
    }
}
