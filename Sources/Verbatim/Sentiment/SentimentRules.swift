/// Facts about a token that the rules ask for, read once from its bytes.
struct TokenMarks: Sendable {
    var bits: UInt16 = 0

    /// `!` in a punctuation run (up to 15).
    var exclamations: Int { Int(bits & 0xF) }
    /// `?` in a punctuation run (up to 15).
    var questions: Int { Int(bits >> 4 & 0xF) }
    var isComma: Bool { bits & Self.comma != 0 }
    /// "was", "were", "had": told in the past (a word in "-ed" is too, but that its bytes tell:
    /// see ``SentimentPass/isPastTense(_:)``).
    var isPastTense: Bool { bits & Self.pastTense != 0 }
    /// "do", "does", "did".
    var isDo: Bool { bits & Self.doWord != 0 }
    var isHave: Bool { bits & Self.have != 0 }
    var isNever: Bool { bits & Self.never != 0 }
    /// "a", "an", "the": no step in a modifier's reach ("wouldn't be such a bad idea").
    var isArticle: Bool { bits & Self.article != 0 }

    static let comma: UInt16 = 1 << 8
    static let pastTense: UInt16 = 1 << 9
    static let doWord: UInt16 = 1 << 10
    static let have: UInt16 = 1 << 11
    static let never: UInt16 = 1 << 12
    static let article: UInt16 = 1 << 13

    /// The marks of a punctuation run.
    @inline(__always)
    static func punctuation(_ bytes: UnsafeBufferPointer<UInt8>) -> TokenMarks {
        if bytes.count == 1 {  // most runs: one byte, told apart without the loop
            let byte = bytes[0]
            return TokenMarks(bits: byte == 0x2C ? comma : byte == 0x21 ? 1 : byte == 0x3F ? 1 << 4 : 0)
        }
        var exclamations: UInt16 = 0, questions: UInt16 = 0
        for byte in bytes {
            if byte == 0x21 { exclamations += 1 } else if byte == 0x3F { questions += 1 }
        }
        var bits = min(exclamations, 15) | min(questions, 15) << 4
        if bytes.first == 0x2C { bits |= comma }
        return TokenMarks(bits: bits)
    }

    /// The words with marks: every word that ``word(_:)`` gives a mark.
    static let wordsWithMarks = ["a", "an", "the", "do", "did", "does", "was", "were", "had", "have", "never"]

    /// The marks of a word, from its normalized bytes.
    static func word(_ bytes: UnsafeBufferPointer<UInt8>) -> TokenMarks {
        let n = bytes.count
        var bits: UInt16 = 0
        switch n {
        case 1: if bytes[0] == 0x61 { bits |= article }
        case 2: if spells(bytes, "do") { bits |= doWord } else if spells(bytes, "an") { bits |= article }
        case 3:
            if spells(bytes, "was") || spells(bytes, "had") {
                bits |= pastTense
            } else if spells(bytes, "did") {
                bits |= doWord
            } else if spells(bytes, "the") {
                bits |= article
            }
        case 4:
            if spells(bytes, "were") { bits |= pastTense } else if spells(bytes, "does") { bits |= doWord } else if spells(bytes, "have") { bits |= have }
        case 5: if spells(bytes, "never") { bits |= never }
        default: break
        }
        return TokenMarks(bits: bits)
    }

    /// Whether `bytes` spell `word` (ASCII, same length).
    private static func spells(_ bytes: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        let w = word.utf8Start
        for k in 0..<bytes.count where bytes[k] != w[k] { return false }
        return true
    }
}

/// What the sentence rules ask of a sentence before they run, gathered while its tokens are
/// looked up: which rule kinds it holds (most sentences hold none that a sentence rule looks
/// for) and its `!` and `?` count.
struct SentenceFacts: Sendable {
    /// Bit `kind.rawValue` is set for each rule kind among the sentence's tokens.
    var present: UInt32 = 0
    var exclamations: Int32 = 0
    var questions: Int32 = 0
    /// The number of word tokens (what the neutral proportion counts, besides scored tokens).
    var words: Int32 = 0

    /// Notes a token of rule kind `kind`.
    ///
    /// - Complexity: O(1).
    @inline(__always)
    mutating func add(_ kind: RuleWords.Kind) { present |= 1 &<< UInt32(kind.rawValue) }  // fewer than 32 kinds

    /// Notes a punctuation token with marks `marks`.
    ///
    /// - Complexity: O(1).
    @inline(__always)
    mutating func add(_ marks: TokenMarks) {
        present |= 1  // rule kind `none`
        exclamations &+= Int32(marks.exclamations)
        questions &+= Int32(marks.questions)
    }

    /// Whether the sentence holds a token of rule kind `kind`.
    @inline(__always)
    func has(_ kind: RuleWords.Kind) -> Bool { present & 1 &<< UInt32(kind.rawValue) != 0 }

    /// Whether the sentence holds a word that steers the words after it: a negator, a booster,
    /// "too" or a dampener. Without one, no word of the sentence is steered.
    var hasModifier: Bool { present & Self.modifierKinds != 0 }

    /// Whether the sentence may call for a sentence rule of ``SentimentPass``: counterfactual,
    /// praise ended, contrast, duration or question. Most sentences do not.
    var hasSentenceRuleWord: Bool { present & Self.sentenceRuleKinds != 0 }

    private static let sentenceRuleKinds: UInt32 =
        1 << RuleWords.Kind.modal.rawValue | 1 << RuleWords.Kind.modalPerfect.rawValue
        | 1 << RuleWords.Kind.praiseEnd.rawValue | 1 << RuleWords.Kind.contrast.rawValue
        | 1 << RuleWords.Kind.timeUnit.rawValue | 1 << RuleWords.Kind.questionStart.rawValue

    private static let modifierKinds: UInt32 =
        1 << RuleWords.Kind.negator.rawValue | 1 << RuleWords.Kind.booster.rawValue
        | 1 << RuleWords.Kind.excess.rawValue | 1 << RuleWords.Kind.dampener.rawValue
}

/// The rules of ``SentimentScorer`` applied to one comment.
///
/// The pass works in place on per-token buffers that the scorer fills and reuses: the tokens'
/// tags (term id, rule kind, role and marks), valences and whether a token was scored. Each
/// rule is one method over a sentence's token range.
struct SentimentPass {
    /// Unowned: a pass lives within one call of the scorer, which holds the tables; a strong
    /// reference would cost a retain and a release per comment.
    unowned(unsafe) let tables: SentimentTables
    /// The expressions of ``tables`` by their first two terms.
    let phrases: PhraseIndex.Probe
    let tokens: UnsafeBufferPointer<Token>
    /// The normalized bytes that the tokens point into.
    let normalized: UnsafeBufferPointer<UInt8>
    /// Each token's term id, rule kind, role and marks (see ``TokenTag``).
    let tags: TokenTags
    let valences: UnsafeMutableBufferPointer<Float>
    let scored: UnsafeMutableBufferPointer<Bool>
    /// The tokens ``scoreWords(in:)`` may act on: every token except those it passes over for
    /// certain (no term, or a passive term that starts no expression, and not after "too").
    let candidates: TokenSet
    /// The tokens whose valence or scored flag a rule has set: every other token has valence 0
    /// and is not scored, so the tally need not visit it.
    let touched: TokenSet
    /// The contrast words ("but", "however"), where clauses split.
    let contrasts: TokenSet
    let hasMixedCase: Bool

    typealias Weights = SentimentScorer

    // MARK: Words

    /// Gives each word, emoticon and expression of the sentence `range`, whose facts are
    /// `sentence`, its valence, steered by the modifiers before it.
    ///
    /// - Complexity: O(c) in the ``candidates`` of the sentence (each rule looks at most a few
    ///   tokens around one), plus O(n / 64) to find them among its n tokens.
    func scoreWords(in range: Range<Int>, sentence: SentenceFacts) {
        var i = candidates.next(from: range.lowerBound, below: range.upperBound)
        while i < range.upperBound {
            i = candidates.next(from: i + scoreWord(at: i, in: range, sentence: sentence), below: range.upperBound)
        }
    }

    /// Scores candidate token `i` of sentence `range`; returns how many tokens it took (more
    /// than one for an expression).
    ///
    /// - Complexity: O(1): a few tokens around `i`, and the expressions that start with it
    ///   and the next token.
    @inline(__always)
    private func scoreWord(at i: Int, in range: Range<Int>, sentence: SentenceFacts) -> Int {
        let id = tags[i].id
        let afterExcess = i > range.lowerBound && tags[i - 1].kind == .excess
        guard id >= 0 else {
            // A word that neither the rules nor the lexicon know (a candidate only after "too").
            scoreWithoutValence(at: i, kind: tags[i].kind, afterExcess: afterExcess, in: range, sentence: sentence)
            return 1
        }
        let facts = tables.facts[Int(id)]
        let kind = tags[i].kind
        // Modifiers steer their neighbours; one that has a valence of its own ("damn",
        // "pretty", "no") carries it only when it modifies nothing ("damn it", "pretty lady").
        let isModifier = kind == .negator || kind == .booster || kind == .dampener
        if i + 1 < range.upperBound, facts.mayContinue(with: tags[i + 1].id), let phrase = longestPhrase(at: i, in: range) {
            let span = Int(phrase.length)
            if phrase.valence != 0 { valences[i] = steered(phrase.valence, at: i, isModifier: isModifier, in: range, sentence: sentence) }
            // A neutral expression ("kind of", "wouldn't that be") masks its words and, like
            // a scored word, ends the negation scope of what follows.
            markScored(i..<(i + span))
            return span
        }
        guard !facts.valence.isNaN else {
            scoreWithoutValence(at: i, kind: kind, afterExcess: afterExcess, in: range, sentence: sentence)
            return 1
        }
        if kind == .discourse, i == range.lowerBound || tags[i - 1].kind == .discourse {
            return 1  // "Well, ...", "well well": a discourse marker, not praise
        }
        if isModifier, modifiesSomething(after: i, in: range) || isAnswerWord(at: i, in: range) { return 1 }
        guard facts.valence != 0 else { return 1 }
        valences[i] = steered(facts.valence, at: i, isModifier: isModifier, in: range, sentence: sentence)
        markScored(i..<(i + 1))
        return 1
    }

    /// The rules for candidate token `i` of rule kind `kind` when it has no valence of its own
    /// and starts no expression: "like" as a verb, an expectation let down, a complaint of excess.
    ///
    /// - Complexity: O(1).
    @inline(__always)
    private func scoreWithoutValence(
        at i: Int, kind: RuleWords.Kind, afterExcess: Bool, in range: Range<Int>, sentence: SentenceFacts
    ) {
        switch kind {
        case .like:
            scoreLike(at: i, in: range)
        case .expectation, .endurance:
            // "didn't work", "never arrived", "no reply": an expectation let down.
            if sentence.has(.negator) && isNegated(at: i, in: range) { setValence(Weights.unmetExpectationValence, at: i) }
        case .none:
            // "too small", "too plastic", "too long": more than wanted.
            guard afterExcess, tokens[i].kind == .word else { return }
            setValence(
                sentence.has(.negator) && isNegated(at: i - 1, in: range) ? Weights.excessValence * Weights.negationFactor : Weights.excessValence,
                at: i)
        default:
            break
        }
    }

    /// Valence `valence` of token `i` with the token's own emphasis (ALL CAPS, elongation) and
    /// steered by the modifiers among the three words before it; punctuation and scored words
    /// end their scope. Only words that are not modifiers (`isModifier`) are steered: "no
    /// cheque :(" does not negate the emoticon, "no and no" not the second "no". `sentence`
    /// says whether sentence `range` holds a modifier at all.
    ///
    /// - Complexity: O(1): at most three words, and the articles between them.
    @inline(__always)
    private func steered(
        _ valence: Float, at i: Int, isModifier: Bool, in range: Range<Int>, sentence: SentenceFacts
    ) -> Float {
        var v = valence
        let token = tokens[i]
        let sign: Float = v > 0 ? 1 : -1
        if token.isAllCaps && hasMixedCase { v += sign * Weights.capsEmphasis }
        if token.isElongated { v += sign * Weights.boosterStep }
        guard sentence.hasModifier && token.kind == .word && !isModifier else { return v }

        var negated = false
        var boosted = false  // a booster between a negator and the word
        var distance = 0
        var j = i - 1
        while j >= range.lowerBound && distance < 3 {
            let before = tokens[j]
            if before.kind == .punctuation || scored[j] { break }  // a scored word ends the scope
            switch tags[j].kind {
            case .negator:
                // "never so good", "never been so disappointed": emphasis, not negation.
                if boosted && tags[j].marks.isNever { v += sign * Weights.boosterStep } else { negated = true }
            case .booster, .excess:
                boosted = true
                var step = Weights.boosterStep * Self.decay(distance)
                if before.isAllCaps && hasMixedCase { step += Weights.capsEmphasis }
                if before.isElongated { step += Weights.boosterStep }
                v += sign * step
            case .dampener: v -= sign * Weights.boosterStep * Self.decay(distance)
            default: break
            }
            if !tags[j].marks.isArticle { distance += 1 }
            j -= 1
        }
        if negated { v *= v < 0 ? Weights.negatedNegativeFactor : Weights.negationFactor }
        return v
    }

    /// How much a booster or dampener `distance` words before (not counting articles) weighs.
    @inline(__always)
    private static func decay(_ distance: Int) -> Float { distance == 0 ? 1 : distance == 1 ? 0.95 : 0.9 }

    /// Gives token `i` valence `v` and marks it scored.
    @inline(__always)
    private func setValence(_ v: Float, at i: Int) {
        valences[i] = v
        scored[i] = true
        touched.insert(i)
    }

    /// Marks the tokens of `span` scored: an expression's words are spent, and end the
    /// negation scope of what follows.
    @inline(__always)
    private func markScored(_ span: Range<Int>) {
        for k in span {
            scored[k] = true
            touched.insert(k)
        }
    }

    /// "I like it", "don't really like": a verb after a subject or a negator; "looks like",
    /// "like a charm": not.
    private func scoreLike(at i: Int, in range: Range<Int>) {
        var j = i - 1
        while j >= range.lowerBound, tags[j].kind == .negator || tags[j].kind == .booster { j -= 1 }
        let negatedVerb = (j + 1..<i).contains { tags[$0].kind == .negator }  // "(really) don't like it"
        // "do", "does", "did" before a verb stress it ("I do like that").
        let subject = j >= range.lowerBound && (tags[j].kind == .likeSubject || tokens[j].kind == .word && tags[j].marks.isDo)
        guard j < range.lowerBound ? negatedVerb : subject || negatedVerb else { return }
        var v = Weights.likeValence
        for k in (j + 1)..<i where tags[k].kind == .booster { v += Weights.boosterStep }
        if negatedVerb { v *= Weights.negationFactor }
        setValence(v, at: i)
    }

    /// The longest multi-word expression that starts at token `i` and ends within `range`.
    ///
    /// - Complexity: O(p × l) for p expressions of at most l words starting with the token and
    ///   the one after it.
    func phrase(at i: Int, in range: Range<Int>) -> PhraseEntry? {
        let id = tags[i].id
        guard id >= 0, i + 1 < range.upperBound, tables.facts[Int(id)].mayContinue(with: tags[i + 1].id) else { return nil }
        return longestPhrase(at: i, in: range)
    }

    /// ``phrase(at:in:)`` for a token `i` that has a term and a successor in `range` that the
    /// term's expressions may continue with (most tokens are ruled out by that test alone).
    ///
    /// - Complexity: O(p × l) for p expressions of at most l words starting with the token and
    ///   the one after it.
    private func longestPhrase(at i: Int, in range: Range<Int>) -> PhraseEntry? {
        search: for p in phrases.run(first: tags[i].id, second: tags[i + 1].id) {
            let phrase = phrases.entries[p]
            let length = Int(phrase.length)
            guard i + length <= range.upperBound else { continue }
            let start = Int(phrase.termStart)
            for offset in 2..<length where tags[i + offset].id != tables.phraseTerms[start + offset] { continue search }
            return phrase
        }
        return nil
    }

    /// "No, sound is fine": a sentence that opens with a word and a comma answers a question.
    private func isAnswerWord(at i: Int, in range: Range<Int>) -> Bool {
        i == range.lowerBound && i + 1 < range.upperBound && tokens[i + 1].kind == .punctuation && tags[i + 1].marks.isComma
    }

    /// Whether a word that steers sentiment, or is steered, follows `i` within three words,
    /// with no punctuation between.
    private func modifiesSomething(after i: Int, in range: Range<Int>) -> Bool {
        var j = i + 1
        while j < range.upperBound && j <= i + 3 {
            if tokens[j].kind == .punctuation { return false }
            let id = tags[j].id
            if id >= 0 {
                if tables.valence(of: id) != nil || phrase(at: j, in: range) != nil { return true }
                switch tags[j].kind {
                case .booster, .dampener, .excess: return true
                case .expectation, .endurance, .like: if tags[i].kind == .negator { return true }  // "no reply", "don't like"
                default: break
                }
            }
            j += 1
        }
        return false
    }

    /// Whether a negator stands within the three words before `i`, with no punctuation or
    /// scored word between ("would not hesitate to buy": the negator is spent on "hesitate").
    private func isNegated(at i: Int, in range: Range<Int>) -> Bool {
        var j = i - 1
        while j >= range.lowerBound && j >= i - 3 {
            if tokens[j].kind == .punctuation || scored[j] { return false }
            if tags[j].kind == .negator { return true }
            j -= 1
        }
        return false
    }

    // MARK: Sentences

    /// "It would have been nicer with a window", "could have thrown in better headphones": praise
    /// for what did not happen is a complaint, so positive words after the modal turn negative.
    func applyCounterfactual(in range: Range<Int>) {
        guard
            let start = range.first(where: { i in
                tags[i].kind == .modalPerfect
                    || tags[i].kind == .modal && i + 1 < range.upperBound && tokens[i + 1].kind == .word && tags[i + 1].marks.isHave
            })
        else { return }
        // The wish ends at a contrast: "would have liked fewer turnovers, but a win is a win".
        let end = (start..<range.upperBound).first { tags[$0].kind == .contrast } ?? range.upperBound
        for i in start..<end where valences[i] > 0 { valences[i] *= Weights.counterfactualFactor }
    }

    /// "I was very satisfied with it, until last night", "worked great till it fell": praise
    /// that ended counts against. The praise must be told in the past ("was", "worked"):
    /// "can't wait until Friday" still looks forward.
    func applyPraiseEnded(in range: Range<Int>) {
        guard let pivot = range.first(where: { tags[$0].kind == .praiseEnd && $0 > range.lowerBound }) else { return }
        let past = (range.lowerBound..<pivot).contains { isPastTense($0) }
        guard past else { return }
        for i in range.lowerBound..<pivot where valences[i] > 0 { valences[i] *= Weights.counterfactualFactor }
    }

    /// Whether token `i` is a word told in the past: "was", "were", "had", or a word of four
    /// letters or more in "-ed". Few rules ask, so the ending is read here, not for every word.
    ///
    /// - Complexity: O(1).
    func isPastTense(_ i: Int) -> Bool {
        let token = tokens[i]
        guard token.kind == .word else { return false }
        let end = Int(token.end)
        let endsInED = token.length > 3 && normalized[end - 2] == 0x65 && normalized[end - 1] == 0x64  // "e", "d"
        return tags[i].marks.isPastTense || endsInED
    }

    /// "good but slow": words before the first contrast word weigh half, words after 1.5×.
    func applyContrast(in range: Range<Int>) {
        guard let pivot = range.first(where: { tags[$0].kind == .contrast && $0 > range.lowerBound }) else { return }
        for i in range.lowerBound..<pivot { valences[i] *= 0.5 }
        for i in pivot..<range.upperBound { valences[i] *= 1.5 }
    }

    /// "after 3 weeks", "45 minutes on hold", "2 weeks ago": a quantity and a time unit, with a
    /// waiting cue nearby, in a sentence that is not positive. "lasted 14 hours" is endurance.
    ///
    /// The first such wait counts, and only it; whether the sentence is positive is worked out
    /// once one is found.
    func applyDuration(in range: Range<Int>) {
        for i in range where tags[i].kind == .timeUnit && i > range.lowerBound {
            guard tokens[i - 1].kind == .number || tags[i - 1].kind == .quantity else { continue }
            let window = max(range.lowerBound, i - 5)..<min(range.upperBound, i + 4)
            guard window.contains(where: { tags[$0].kind == .waitingCue }),
                !window.contains(where: { tags[$0].kind == .endurance })
            else { continue }
            var positive: Float = 0
            for k in range where valences[k] > 0 { positive += valences[k] }
            guard positive < 1 else { return }
            valences[i] += Weights.durationValence
            touched.insert(i)
            return
        }
    }

    /// "How do I change my address?", "Is it any good?": a question that opens with a question
    /// word and ends in `?` without `!` asks rather than praises.
    func isQuestion(_ range: Range<Int>) -> Bool {
        guard let last = range.last, tokens[last].kind == .punctuation else { return false }
        guard tags[last].marks.questions > 0, tags[last].marks.exclamations == 0 else { return false }
        guard let first = range.first(where: { tokens[$0].kind == .word }) else { return false }
        return tags[first].kind == .questionStart
    }

    /// Damps the praise of a question ("Is it any good?") but not its complaints ("Why does it keep crashing?").
    func dampQuestion(in range: Range<Int>) {
        for i in range where valences[i] > 0 { valences[i] *= 0.25 }
    }

    /// Emphasis from a sentence's `!` (up to four) and runs of `?`.
    static func punctuationEmphasis(exclamations: Int, questions: Int) -> Float {
        var emphasis = Float(min(exclamations, 4)) * 0.292
        if questions > 1 { emphasis += questions <= 3 ? Float(questions) * 0.18 : 0.96 }
        return emphasis
    }

    /// Whether sentence `range` is a deadpan one-word compliment ("Great.", not "Great!" or
    /// "Great?", and not "lol").
    func isDeadpanPraise(_ range: Range<Int>) -> Bool {
        var word = -1
        for i in range where tokens[i].kind != .punctuation {
            guard word < 0 else { return false }
            word = i
        }
        guard word >= 0, tags[word].kind == .ironicPraise else { return false }
        if let last = range.last, tokens[last].kind == .punctuation,
            tags[last].marks.exclamations > 0 || tags[last].marks.questions > 0
        {
            return false
        }
        return true
    }
}
