/// Scores the sentiment of a comment from a lexicon and rules.
///
/// Each word, emoticon, emoji or multi-word expression found in the ``Lexicon`` contributes its
/// valence, adjusted by the rules below; sentence sums add up to the comment's sum, which is
/// normalized to `compound` = sum / √(sum² + 15).
///
/// Rules:
/// - negation: a negator within the three words before ("not good", "never again",
///   "didn't work") flips and dampens the valence (× -0.74); a comma ends its scope;
/// - intensifiers and dampeners ("very", "extremely", "slightly", "kind of") shift it by ±0.293;
/// - ALL-CAPS words in mixed-case text and elongated words ("sooo") add emphasis;
/// - contrast: in a sentence with "but"/"however", words before weigh half, words after 1.5×;
/// - "!" (up to four) and "?!" runs amplify the sentence;
/// - waiting and duration complaints ("after 3 weeks", "45 minutes on hold", "2 weeks ago
///   still nothing") count as negative when the sentence is not otherwise positive;
/// - questions ("how do I change my address?", "is it any good?") damp praise toward neutral,
///   but not complaints ("why does it keep crashing?");
/// - a negated expectation ("didn't work", "never arrived", "no reply", "won't load") is a
///   complaint even though neither word carries valence alone;
/// - counterfactuals ("would have been nicer", "could have included") turn the praise after
///   them into a complaint;
/// - praise before "until" ("was very satisfied, until last night") is praise that ended;
/// - "too" before a word without valence is a complaint of excess ("too small", "too plastic");
///   before a valenced word it intensifies ("too good");
/// - "like" counts as liking only as a verb after a subject ("I like it", "we don't like it"),
///   not as a preposition ("looks like rain").
///
/// - Complexity: O(n) in the number of tokens (phrase matching is bounded by phrase length).
public struct SentimentScorer: Sendable {
    public let lexicon: Lexicon
    let tokenizer = Tokenizer()
    let tables: SentimentTables
    /// The expressions of ``tables`` by their first two terms.
    let phrases: PhraseIndex

    /// Normalization constant of `compound`: sum / √(sum² + alpha).
    static let alpha = 15.0
    static let boosterStep: Float = 0.293
    static let capsEmphasis: Float = 0.733
    static let negationFactor: Float = -0.74
    /// "not bad", "no problem": a negated complaint is mild praise, weaker than a negated compliment.
    static let negatedNegativeFactor: Float = -0.4
    static let durationValence: Float = -1.8
    static let likeValence: Float = 1.5
    static let unmetExpectationValence: Float = -1.5
    static let excessValence: Float = -1.0
    static let counterfactualFactor: Float = -0.5

    public init(lexicon: Lexicon = .builtIn) {
        self.lexicon = lexicon
        tables = SentimentTables(lexicon: lexicon)
        phrases = PhraseIndex(tables: tables)
    }

    /// The sentiment of `text`.
    public func score(_ text: String) -> SentimentScore { analyze(text).score }

    /// The sentiment of `text`, with where its negative parts are.
    public func analyze(_ text: String) -> SentimentAnalysis {
        analyze(tokenizer.tokenize(text))
    }

    /// The sentiment of an already tokenized text.
    public func analyze(_ text: TokenizedText) -> SentimentAnalysis {
        var scratch = Scratch()
        return analyze(text, scratch: &scratch)
    }

    /// The sentiment of an already tokenized text, reusing `scratch` between calls.
    ///
    /// - Complexity: O(n) in the number of tokens; no allocation once `scratch` has grown to
    ///   the longest comment, except for the complaint ranges of mixed comments.
    public func analyze(_ text: TokenizedText, scratch: inout Scratch) -> SentimentAnalysis {
        let (tables, phrases) = (tables, phrases)
        return text.withView { Self.analyze($0, tables: tables, phrases: phrases, scratch: &scratch, details: true) }
    }

    /// The score alone of the tokens in `view`: ``analyze(_:scratch:)`` without the strongest
    /// negative sentence and the complaint ranges, which it then need not work out.
    ///
    /// - Complexity: O(n) in the number of tokens; no allocation once `scratch` has grown to
    ///   the longest comment.
    func score(_ view: TokenView, scratch: inout Scratch) -> SentimentScore {
        Self.analyze(view, tables: tables, phrases: phrases, scratch: &scratch, details: false).score
    }

    /// The analysis of the tokens in `view`; with `details` false, only its score.
    ///
    /// Static, so that the closures that call it capture the tables' references rather than a
    /// copy of the scorer.
    static func analyze(
        _ text: TokenView, tables: SentimentTables, phrases: PhraseIndex, scratch: inout Scratch, details: Bool
    ) -> SentimentAnalysis {
        let n = text.tokens.count
        guard n > 0 else {
            return SentimentAnalysis(score: .neutralScore, strongestNegativeSentence: nil, complaintRanges: [])
        }
        let sentenceCount = text.sentenceCount
        // Every per-token and per-sentence slot is written by ``lookUp(_:into:sentenceFacts:)``
        // before it is read, except the token sets, cleared here.
        let room = scratch.room(tokens: n, sentences: sentenceCount)
        if details { scratch.clauses.removeAll(keepingCapacity: true) }
        let setWords = TokenSet.wordCount(for: n)
        let sets = room.tokenSets!
        if setWords == 1 {
            (sets[0], sets[1], sets[2]) = (0, 0, 0)  // up to 64 tokens, most comments: no call to memset
        } else {
            sets.update(repeating: 0, count: 3 * setWords)
        }
        let pass = SentimentPass(
            tables: tables, phrases: phrases.probe, tokens: text.tokens, normalized: text.normalized,
            tags: TokenTags(bits: text.tags.baseAddress!), valences: .init(start: room.valences, count: n), scored: .init(start: room.scored, count: n),
            candidates: TokenSet(words: sets), touched: TokenSet(words: sets + setWords),
            contrasts: TokenSet(words: sets + 2 * setWords), hasMixedCase: text.hasMixedCase)
        let facts = UnsafeMutableBufferPointer(start: room.sentenceFacts, count: sentenceCount)
        let sentenceSums = UnsafeMutableBufferPointer(start: room.sentenceSums, count: sentenceCount)
        lookUp(text, into: pass, sentenceFacts: facts)
        let totals = applyRules(
            to: text, with: pass, facts: UnsafeBufferPointer(facts), sentenceSums: sentenceSums,
            clauses: &scratch.clauses, collectClauses: details)

        var sum: Float = 0  // a loop, as `reduce` was left a call with a closure
        for sentenceSum in sentenceSums { sum += sentenceSum }
        let total = Double(sum)
        let compound = max(-1, min(1, total / (total * total + Self.alpha).squareRoot()))
        let denominator = Double(totals.positive - totals.negative + totals.neutral)
        let score: SentimentScore
        if denominator > 0 {
            score = SentimentScore(
                compound: compound,
                positive: Double(totals.positive) / denominator,
                neutral: Double(totals.neutral) / denominator,
                negative: Double(-totals.negative) / denominator)
        } else {
            score = SentimentScore(compound: compound, positive: 0, neutral: 1, negative: 0)
        }
        guard details else { return SentimentAnalysis(score: score, strongestNegativeSentence: nil, complaintRanges: []) }

        var strongest: Int?
        if let minimum = sentenceSums.min(), minimum < -0.05 {
            strongest = sentenceSums.firstIndex(of: minimum)
        }
        var complaint: [Range<Int>] = []
        let clauses = scratch.clauses
        if clauses.contains(where: { $0.sum >= 0.5 }) && clauses.contains(where: { $0.sum <= -0.5 }) {
            complaint = clauses.filter { $0.sum < 0 }.map(\.range)
        }
        return SentimentAnalysis(score: score, strongestNegativeSentence: strongest, complaintRanges: complaint)
    }

    /// Applies the rules sentence by sentence and writes each sentence's sum to `sentenceSums`;
    /// returns the positive and negative mass and the neutral count behind the proportions.
    private static func applyRules(
        to text: TokenView, with pass: SentimentPass, facts: UnsafeBufferPointer<SentenceFacts>,
        sentenceSums: UnsafeMutableBufferPointer<Float>,
        clauses: inout [(range: Range<Int>, sum: Float)], collectClauses: Bool
    ) -> (positive: Float, negative: Float, neutral: Float) {
        var totals = Totals()
        var kindsPresent: UInt32 = 0  // the rule kinds of every sentence
        for sentence in 0..<text.sentenceCount {
            let range = text.sentenceRange(sentence)
            let fact = facts[sentence]
            pass.scoreWords(in: range, sentence: fact)
            // Most sentences hold none of the words a sentence rule looks for.
            if fact.hasSentenceRuleWord {
                if fact.has(.modal) || fact.has(.modalPerfect) { pass.applyCounterfactual(in: range) }
                if fact.has(.praiseEnd) { pass.applyPraiseEnded(in: range) }
                if fact.has(.contrast) { pass.applyContrast(in: range) }
                if fact.has(.timeUnit) && fact.has(.waitingCue) { pass.applyDuration(in: range) }
                if fact.has(.questionStart), pass.isQuestion(range) { pass.dampQuestion(in: range) }
            }
            kindsPresent |= fact.present
            // The sentence's valences are final unless sarcasm flips them below: tally them now.
            let words = tally(
                range, words: fact.words, with: pass, into: &totals, clauses: &clauses, collectClauses: collectClauses)
            var sum = words
            // Most sentences have no "!" and at most one "?": no emphasis, nothing to add.
            if fact.exclamations != 0 || fact.questions > 1 {
                let emphasis = SentimentPass.punctuationEmphasis(
                    exclamations: Int(fact.exclamations), questions: Int(fact.questions))
                if sum > 0 { sum += emphasis } else if sum < 0 { sum -= emphasis }
                totals.addEmphasis(sum: sum, words: words)
            }
            sentenceSums[sentence] = sum
        }
        // Sarcasm needs two sentences, one of them a word of ironic praise.
        let mayBeSarcastic = text.sentenceCount > 1 && kindsPresent & 1 << RuleWords.Kind.ironicPraise.rawValue != 0
        guard mayBeSarcastic, applySarcasm(text, with: pass, facts: facts, sentenceSums: sentenceSums) else {
            return (totals.positive, totals.negative, totals.neutral)
        }
        // Sarcasm flipped a sentence: tally again from its final valences.
        totals = Totals()
        clauses.removeAll(keepingCapacity: true)
        for sentence in 0..<text.sentenceCount {
            let words = tally(
                text.sentenceRange(sentence), words: facts[sentence].words, with: pass, into: &totals, clauses: &clauses,
                collectClauses: collectClauses)
            totals.addEmphasis(sum: sentenceSums[sentence], words: words)
        }
        return (totals.positive, totals.negative, totals.neutral)
    }

    /// The positive and negative mass and the neutral count behind the proportions.
    private struct Totals {
        var positive: Float = 0
        var negative: Float = 0
        var neutral: Float = 0

        /// Adds a sentence's punctuation emphasis: the part of its sum `sum` beyond its words' `words`.
        @inline(__always)
        mutating func addEmphasis(sum: Float, words: Float) {
            let emphasis = sum == 0 ? 0 : abs(sum - words)
            if sum > 0 { positive += emphasis } else if sum < 0 { negative -= emphasis }
        }
    }

    /// Adds sentence `range`'s tokens to `totals` and, with `collectClauses`, appends its
    /// clauses (split before each contrast word); returns the sum of its valences.
    ///
    /// Only ``SentimentPass/touched`` tokens (and contrast words, where clauses split) are
    /// visited: every other token has valence 0 and is not scored, so it adds nothing but, if a
    /// word, one to the neutral count, which the sentence's word count `words` gives at once.
    ///
    /// - Complexity: O(t) in the touched tokens of the sentence, plus O(n / 64) to find them.
    @inline(__always)
    private static func tally(
        _ range: Range<Int>, words wordCount: Int32, with pass: SentimentPass, into totals: inout Totals,
        clauses: inout [(range: Range<Int>, sum: Float)], collectClauses: Bool
    ) -> Float {
        let (tokens, valences, scored, touched) = (pass.tokens, pass.valences, pass.scored, pass.touched)
        let splits = collectClauses ? pass.contrasts : touched
        var words: Float = 0
        var neutral = Int(wordCount)  // less the touched words, counted below as what they are
        var clauseStart = range.lowerBound
        var clauseSum: Float = 0
        var i = touched.next(from: range.lowerBound, below: range.upperBound, orIn: splits)
        while i < range.upperBound {
            if collectClauses && i > clauseStart && pass.contrasts.contains(i) {
                clauses.append((clauseStart..<i, clauseSum))
                clauseStart = i
                clauseSum = 0
            }
            if touched.contains(i) {
                let v = valences[i]
                words += v
                let isWord = tokens[i].kind == .word
                if isWord { neutral -= 1 }
                if scored[i] || isWord {
                    if v > 0 { totals.positive += v + 1 } else if v < 0 { totals.negative += v - 1 } else { neutral += 1 }
                }
                clauseSum += v
            }
            i = touched.next(from: i + 1, below: range.upperBound, orIn: splits)
        }
        totals.neutral += Float(neutral)
        if collectClauses { clauses.append((clauseStart..<range.upperBound, clauseSum)) }
        return words
    }

    /// "Arrived broken. Great.", "Yay. A wasp sting.": a deadpan one-word compliment ("great",
    /// "perfect", "thanks", not "lol" and not "Great!") standing as its own sentence beside a
    /// complaint is sarcasm and counts against. It answers the sentence before ("Forgot my
    /// phone. Great."), or leads into the next ("Yay. A wasp sting.").
    ///
    /// Returns whether it flipped a sentence.
    private static func applySarcasm(
        _ text: TokenView, with pass: SentimentPass, facts: UnsafeBufferPointer<SentenceFacts>,
        sentenceSums: UnsafeMutableBufferPointer<Float>
    ) -> Bool {
        let count = sentenceSums.count
        guard count > 1 else { return false }
        var flipped: [Int] = []
        for sentence in 0..<count where sentenceSums[sentence] > 0 && facts[sentence].has(.ironicPraise) {
            let cause = sentence > 0 ? sentence - 1 : sentence + 1
            if sentenceSums[cause] < 0 && pass.isDeadpanPraise(text.sentenceRange(sentence)) { flipped.append(sentence) }
        }
        for sentence in flipped {
            sentenceSums[sentence] = -sentenceSums[sentence]
            for i in text.sentenceRange(sentence) { pass.valences[i] = -pass.valences[i] }
        }
        return !flipped.isEmpty
    }

    /// "soo" → "so", "lovee" → "love": the form before elongation, for lookup.
    static func collapsingDoubles(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        for byte in bytes where out.last != byte || !(byte >= 0x61 && byte <= 0x7A) { out.append(byte) }
        return out
    }
}
