import Testing

@testable import Verbatim

/// A ``SentimentScorer/Scratch`` keeps its storage from one comment to the next, at its largest
/// size and never cleared: what a comment scores must not depend on what the scratch scored before.
struct ScorerScratchTests {
    let scorer = SentimentScorer()

    /// Pieces that wake the rules: negation, modifiers, contrast, "too", "like", durations,
    /// questions, counterfactuals, sarcasm, expressions, punctuation that splits sentences.
    static let pieces = [
        "not", "good", "great", "very", "slightly", "but", "however", "too", "small", "I", "like", "it", "looks",
        "after", "3", "weeks", "still", "waiting", "on", "hold", "45", "minutes", "would", "have", "been", "nicer",
        "until", "was", "satisfied", "never", "arrived", "didn't", "work", "no", "reply", "how", "do", "change",
        "Great.", "Perfect.", "Arrived broken.", "kind of", "works like a charm", "well", "sooo", "AWFUL", "love",
        "!", "!!", "?", "?!", ",", ".", ":(", "lasted", "14", "hours",
    ]

    static func randomComment(_ random: inout SeededGenerator, words: Int) -> String {
        (0..<words).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined(separator: " ")
    }

    /// The full analysis of `text` from `scratch`, in a form that compares.
    func analysis(_ text: String, _ scratch: inout SentimentScorer.Scratch) -> String {
        let result = scorer.analyze(Tokenizer().tokenize(text), scratch: &scratch)
        return "\(result.score) \(String(describing: result.strongestNegativeSentence)) \(result.complaintRanges)"
    }

    /// The full analysis of `text` from a scratch of its own.
    func freshAnalysis(_ text: String) -> String {
        var scratch = SentimentScorer.Scratch()
        return analysis(text, &scratch)
    }

    @Test func reusedScratchScoresAsAFreshOne() {
        var random = SeededGenerator(seed: 91)
        var scratch = SentimentScorer.Scratch()
        var mismatches: [String] = []
        for _ in 0..<3_000 {
            let text = Self.randomComment(&random, words: Int(random.next() % 40))
            if analysis(text, &scratch) != freshAnalysis(text) { mismatches.append(text) }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(3))")
    }

    @Test func shortCommentAfterALongOneScoresAsFresh() {
        var random = SeededGenerator(seed: 92)
        let long = Self.randomComment(&random, words: 5_000)  // grows the storage, fills it with its own
        let shorts = ["not good", "Arrived broken. Great.", "too small", "good", "it didn't work", ""]
        var scratch = SentimentScorer.Scratch()
        for short in shorts {
            #expect(analysis(short, &scratch) == freshAnalysis(short), "\(short) before")
            #expect(analysis(long, &scratch) == freshAnalysis(long))
            #expect(analysis(short, &scratch) == freshAnalysis(short), "\(short) after")
        }
    }

    @Test func copiesOfAScratchScoreIndependently() {
        var random = SeededGenerator(seed: 93)
        var original = SentimentScorer.Scratch()
        _ = analysis(Self.randomComment(&random, words: 50), &original)
        var copy = original  // shares the storage until one of them scores
        for _ in 0..<500 {
            let a = Self.randomComment(&random, words: Int(random.next() % 30))
            let b = Self.randomComment(&random, words: Int(random.next() % 30))
            #expect(analysis(a, &original) == freshAnalysis(a))
            #expect(analysis(b, &copy) == freshAnalysis(b))
        }
    }

    @Test func copiesUsedOnTwoThreadsAtOnceScoreAsFresh() async {
        var random = SeededGenerator(seed: 94)
        let texts = (0..<4_000).map { _ in Self.randomComment(&random, words: 1 + Int(random.next() % 30)) }
        let expected = texts.map(freshAnalysis)
        var warmed = SentimentScorer.Scratch()
        _ = analysis(texts[0], &warmed)
        let shared = warmed  // both tasks start from copies of one warmed scratch
        let mismatches = await withTaskGroup(of: Int.self) { group in
            for half in 0..<2 {
                group.addTask {
                    var scratch = shared
                    var bad = 0
                    for k in stride(from: half, to: texts.count, by: 2) where analysis(texts[k], &scratch) != expected[k] {
                        bad += 1
                    }
                    return bad
                }
            }
            return await group.reduce(0, +)
        }
        #expect(mismatches == 0)
    }
}
