import Testing

@testable import Verbatim

/// ``PhraseIndex`` must offer, for a pair of terms, exactly the expressions of the tables that
/// start with that pair, in the tables' order (longest first), so that matching stops at the
/// same expression as a walk over all the expressions of the first term.
struct PhraseIndexTests {
    @Test func runOfAPairHoldsTheTablesExpressionsOfThatPairInOrder() {
        let tables = SentimentTables(lexicon: .builtIn)
        let index = PhraseIndex(tables: tables)
        var pairs = 0
        var mismatches: [String] = []
        for (id, facts) in tables.facts.enumerated() where facts.phraseStart < facts.phraseEnd {
            let all = (Int(facts.phraseStart)..<Int(facts.phraseEnd)).map { tables.phrases[$0] }
            let seconds = Set(all.map { tables.phraseTerms[Int($0.termStart) + 1] })
            for second in seconds {
                pairs += 1
                let expected = all.filter { tables.phraseTerms[Int($0.termStart) + 1] == second }.map(\.termStart)
                let found = index.probe.run(first: Int32(id), second: second).map { index.probe.entries[$0].termStart }
                if found != expected { mismatches.append("\(id) \(second): \(found) vs \(expected)") }
            }
            // A second term that starts none of the term's expressions finds none.
            let other = Int32(tables.facts.count)  // no term has this id
            if !index.probe.run(first: Int32(id), second: other).isEmpty { mismatches.append("\(id) \(other)") }
        }
        #expect(pairs > 1_000)
        #expect(mismatches.isEmpty, "\(mismatches.prefix(3))")
    }

    @Test func scorerScoresAnExpressionOfFourWordsAsOne() {
        // "works like a charm" (2.7), where "like" after "works" alone is no verb of liking.
        #expect(SentimentScorer().score("the new version works like a charm").compound > 0.5)
    }
}
