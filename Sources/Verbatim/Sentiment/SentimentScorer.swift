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
    private let tokenizer = Tokenizer()
    /// The lexicon's terms plus the rule words, so one hash lookup per token finds both.
    private let table: TermTable
    /// Valence by table id (NaN: none), rule-word kind by table id, phrases by first-token id.
    private let valenceByID: [Float]
    private let kindByID: [RuleWords.Kind]
    private let phrasesByID: [[Lexicon.Phrase]]

    /// Per-comment working arrays, reused from one comment to the next.
    public struct Scratch: Sendable {
        var ids: [Int32] = []
        var kinds: [RuleWords.Kind] = []
        var valences: [Float] = []
        var scored: [Bool] = []
        var sentenceSums: [Float] = []
        var clauses: [(range: Range<Int>, sum: Float)] = []

        public init() {}

        init(
            ids: [Int32], kinds: [RuleWords.Kind], valences: [Float], scored: [Bool], sentenceSums: [Float],
            clauses: [(range: Range<Int>, sum: Float)]
        ) {
            (self.ids, self.kinds, self.valences, self.scored) = (ids, kinds, valences, scored)
            (self.sentenceSums, self.clauses) = (sentenceSums, clauses)
        }
    }

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
        var table = lexicon.terms
        let rules = RuleWords.standard
        for (word, _) in rules.entries { table.insert(word) }
        var valences = [Float](repeating: .nan, count: table.count)
        var kinds = [RuleWords.Kind](repeating: .none, count: table.count)
        var phrases = [[Lexicon.Phrase]](repeating: [], count: table.count)
        for id in 0..<Int32(lexicon.terms.count) {
            valences[Int(id)] = lexicon.valence(ofTerm: id) ?? .nan
            phrases[Int(id)] = lexicon.phrases(startingWith: id) ?? []
        }
        for (word, kind) in rules.entries { kinds[Int(table.id(of: word)!)] = kind }
        self.table = table
        valenceByID = valences
        kindByID = kinds
        phrasesByID = phrases
    }

    /// The valence of table id `id`, or nil.
    private func valence(ofTerm id: Int32) -> Float? {
        guard id >= 0 else { return nil }
        let v = valenceByID[Int(id)]
        return v.isNaN ? nil : v
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
    public func analyze(_ text: TokenizedText, scratch: inout Scratch) -> SentimentAnalysis {
        let n = text.tokens.count
        guard n > 0 else {
            return SentimentAnalysis(score: .neutralScore, strongestNegativeSentence: nil, complaintRanges: [])
        }
        // Take the arrays out of the scratch (so they are uniquely owned) and put them back after.
        var ids = scratch.ids, kinds = scratch.kinds, valences = scratch.valences, scored = scratch.scored
        var sentenceSums = scratch.sentenceSums, clauses = scratch.clauses
        scratch = Scratch()
        defer {
            scratch = Scratch(
                ids: ids, kinds: kinds, valences: valences, scored: scored, sentenceSums: sentenceSums, clauses: clauses)
        }
        ids.removeAll(keepingCapacity: true)
        ids.append(contentsOf: repeatElement(-1, count: n))
        kinds.removeAll(keepingCapacity: true)
        kinds.append(contentsOf: repeatElement(.none, count: n))
        valences.removeAll(keepingCapacity: true)
        valences.append(contentsOf: repeatElement(0, count: n))
        scored.removeAll(keepingCapacity: true)  // a sentiment-bearing position (even if 0)
        scored.append(contentsOf: repeatElement(false, count: n))
        sentenceSums.removeAll(keepingCapacity: true)
        clauses.removeAll(keepingCapacity: true)
        text.normalized.withUnsafeBufferPointer { all in
            for (index, token) in text.tokens.enumerated() where token.kind == .word || token.kind == .emoticon || token.kind == .emoji || token.kind == .number || token.kind == .hashtag {
                // "#awful" reads as "awful".
                let start = Int(token.start) + (token.kind == .hashtag ? 1 : 0)
                let bytes = UnsafeBufferPointer(rebasing: all[start..<Int(token.end)])
                let id = table.id(of: bytes) ?? -1
                ids[index] = id
                kinds[index] = id >= 0 ? kindByID[Int(id)] : .none
                if token.isElongated, ids[index] < 0 || kinds[index] == .none {
                    let collapsed = Self.collapsingDoubles(bytes)
                    collapsed.withUnsafeBufferPointer { c in
                        let id = table.id(of: c) ?? -1
                        if ids[index] < 0 || valence(ofTerm: ids[index]) == nil && kinds[index] == .none { ids[index] = id }
                        if kinds[index] == .none, id >= 0 { kinds[index] = kindByID[Int(id)] }
                    }
                }
            }
        }

        var positiveSum: Float = 0, negativeSum: Float = 0, neutralCount: Float = 0

        for sentence in 0..<text.sentenceCount {
            let range = text.sentenceRange(sentence)
            scoreWords(in: range, text: text, ids: ids, kinds: kinds, valences: &valences, scored: &scored)
            applyCounterfactual(in: range, text: text, kinds: kinds, valences: &valences)
            applyPraiseEnded(in: range, text: text, kinds: kinds, valences: &valences)
            applyContrast(in: range, kinds: kinds, valences: &valences)
            applyDuration(in: range, text: text, kinds: kinds, valences: &valences)
            if isQuestion(range, text: text, kinds: kinds) {
                // "Is it any good?" asks; "Why does it keep crashing?" still complains.
                for i in range where valences[i] > 0 { valences[i] *= 0.25 }
            }
            var sum: Float = 0
            for i in range { sum += valences[i] }
            let emphasis = punctuationEmphasis(in: range, text: text)
            if sum > 0 { sum += emphasis } else if sum < 0 { sum -= emphasis }
            sentenceSums.append(sum)
        }
        applySarcasm(text: text, kinds: kinds, sentenceSums: &sentenceSums, valences: &valences)

        for sentence in 0..<text.sentenceCount {
            let range = text.sentenceRange(sentence)
            let sum = sentenceSums[sentence]
            let emphasis = sum == 0 ? 0 : abs(sum - valences[range].reduce(0, +))
            for i in range where scored[i] || text.tokens[i].kind == .word {
                let v = valences[i]
                if v > 0 { positiveSum += v + 1 } else if v < 0 { negativeSum += v - 1 } else { neutralCount += 1 }
            }
            if sum > 0 { positiveSum += emphasis } else if sum < 0 { negativeSum -= emphasis }

            // Clauses: the sentence split before each contrast word.
            var clauseStart = range.lowerBound
            for i in range where kinds[i] == .contrast && i > clauseStart {
                clauses.append((clauseStart..<i, valences[clauseStart..<i].reduce(0, +)))
                clauseStart = i
            }
            clauses.append((clauseStart..<range.upperBound, valences[clauseStart..<range.upperBound].reduce(0, +)))
        }

        let total = Double(sentenceSums.reduce(0, +))
        let compound = max(-1, min(1, total / (total * total + Self.alpha).squareRoot()))
        let denominator = Double(positiveSum - negativeSum + neutralCount)
        let score: SentimentScore
        if denominator > 0 {
            score = SentimentScore(
                compound: compound,
                positive: Double(positiveSum) / denominator,
                neutral: Double(neutralCount) / denominator,
                negative: Double(-negativeSum) / denominator)
        } else {
            score = SentimentScore(compound: compound, positive: 0, neutral: 1, negative: 0)
        }

        var strongest: Int?
        if let minimum = sentenceSums.min(), minimum < -0.05 {
            strongest = sentenceSums.firstIndex(of: minimum)
        }
        var complaint: [Range<Int>] = []
        if clauses.contains(where: { $0.sum >= 0.5 }) && clauses.contains(where: { $0.sum <= -0.5 }) {
            complaint = clauses.filter { $0.sum < 0 }.map(\.range)
        }
        return SentimentAnalysis(score: score, strongestNegativeSentence: strongest, complaintRanges: complaint)
    }

    // MARK: Rules

    private func scoreWords(
        in range: Range<Int>, text: TokenizedText, ids: [Int32], kinds: [RuleWords.Kind],
        valences: inout [Float], scored: inout [Bool]
    ) {
        var i = range.lowerBound
        while i < range.upperBound {
            let id = ids[i]
            var valence: Float?
            var span = 1
            if let phrase = phrase(at: i, in: range, ids: ids) {
                valence = phrase.valence
                span = phrase.tokens.count
            }
            if valence == nil, kinds[i] == .like, id < 0 || self.valence(ofTerm: id) == nil {
                // "I like it", "don't really like": a verb; "looks like", "like a charm": not.
                var j = i - 1
                while j >= range.lowerBound, kinds[j] == .negator || kinds[j] == .booster { j -= 1 }
                let negatedVerb = (j + 1..<i).contains { kinds[$0] == .negator }  // "(really) don't like it"
                let subject = j >= range.lowerBound && (kinds[j] == .likeSubject || isEmphaticDo(text.tokens[j], in: text))
                if j < range.lowerBound ? negatedVerb : subject || negatedVerb {
                    var v = Self.likeValence
                    for k in (j + 1)..<i where kinds[k] == .booster { v += Self.boosterStep }
                    if negatedVerb { v *= Self.negationFactor }
                    valences[i] = v
                    scored[i] = true
                }
                i += 1
                continue
            }
            if valence == nil, kinds[i] == .expectation || kinds[i] == .endurance, id < 0 || self.valence(ofTerm: id) == nil {
                // "didn't work", "never arrived", "no reply": an expectation let down.
                if isNegated(at: i, in: range, text: text, kinds: kinds, scored: scored) {
                    valences[i] = Self.unmetExpectationValence
                    scored[i] = true
                }
                i += 1
                continue
            }
            if valence == nil, i > range.lowerBound, kinds[i - 1] == .excess, text.tokens[i].kind == .word,
                self.valence(ofTerm: id) == nil, kinds[i] == .none || kinds[i] == .expectation
            {
                // "too small", "too plastic", "too long": more than wanted.
                valences[i] = isNegated(at: i - 1, in: range, text: text, kinds: kinds, scored: scored)
                    ? Self.excessValence * Self.negationFactor : Self.excessValence
                scored[i] = true
                i += 1
                continue
            }
            guard id >= 0 else {
                i += 1
                continue
            }
            // Modifiers steer their neighbours; one that has a valence of its own ("damn",
            // "pretty", "no") carries it only when it modifies nothing ("damn it", "pretty lady").
            let isModifier = kinds[i] == .negator || kinds[i] == .booster || kinds[i] == .dampener
            if valence == nil, kinds[i] == .discourse, i == range.lowerBound || kinds[i - 1] == .discourse {
                i += 1  // "Well, ...", "well well": a discourse marker, not praise
                continue
            }
            if valence == nil {
                if !isModifier
                    || !modifiesSomething(after: i, in: range, text: text, ids: ids, kinds: kinds)
                        && !isAnswerWord(at: i, in: range, text: text)
                {
                    valence = self.valence(ofTerm: id)
                }
            }
            guard var v = valence, v != 0 else {
                // A neutral expression ("kind of", "wouldn't that be") masks its words and, like
                // a scored word, ends the negation scope of what follows.
                if span > 1 { for k in i..<(i + span) { scored[k] = true } }
                i += span
                continue
            }
            let token = text.tokens[i]
            let sign: Float = v > 0 ? 1 : -1
            if token.isAllCaps && text.hasMixedCase { v += sign * Self.capsEmphasis }
            if token.isElongated { v += sign * Self.boosterStep }

            // Modifiers among the three words before; punctuation ends the scope. Only words are
            // steered: "no cheque :(" does not negate the emoticon, "no and no" not the second "no".
            var negated = false
            var distance = 0
            var j = i - 1
            let steerable = token.kind == .word && !isModifier
            while steerable && j >= range.lowerBound && distance < 3 {
                let before = text.tokens[j]
                if before.kind == .punctuation || scored[j] { break }  // a scored word ends the scope
                let decay: Float = distance == 0 ? 1 : distance == 1 ? 0.95 : 0.9
                switch kinds[j] {
                case .negator: negated = true
                case .booster, .excess:
                    var step = Self.boosterStep * decay
                    if before.isAllCaps && text.hasMixedCase { step += Self.capsEmphasis }
                    if before.isElongated { step += Self.boosterStep }
                    v += sign * step
                case .dampener: v -= sign * Self.boosterStep * decay
                default: break
                }
                distance += 1
                j -= 1
            }
            if negated { v *= v < 0 ? Self.negatedNegativeFactor : Self.negationFactor }
            valences[i] = v
            for k in i..<(i + span) { scored[k] = true }
            i += span
        }
    }

    /// "Arrived broken. Great.", "Yay. A wasp sting.": a deadpan one-word compliment ("great",
    /// "perfect", "thanks", not "lol" and not "Great!") standing as its own sentence beside a
    /// complaint is sarcasm and counts against.
    private func applySarcasm(
        text: TokenizedText, kinds: [RuleWords.Kind], sentenceSums: inout [Float], valences: inout [Float]
    ) {
        guard sentenceSums.count > 1 else { return }
        let original = sentenceSums
        for sentence in original.indices where original[sentence] > 0 {
            let range = text.sentenceRange(sentence)
            let words = range.filter { text.tokens[$0].kind != .punctuation }
            guard words.count == 1, kinds[words[0]] == .ironicPraise else { continue }
            if let last = range.last, text.tokens[last].kind == .punctuation,
                text.withBytes(of: text.tokens[last], { $0.contains(0x21) || $0.contains(0x3F) })
            {
                continue  // "Great!" and "Great?" are sincere or asking
            }
            // It answers the sentence before ("Forgot my phone. Great."), or leads into the next ("Yay. A wasp sting.").
            let cause = sentence > 0 ? sentence - 1 : sentence + 1
            guard original[cause] < 0 else { continue }
            sentenceSums[sentence] = -original[sentence]
            for i in range { valences[i] = -valences[i] }
        }
    }

    /// The longest multi-word expression that starts at token `i` and ends within `range`.
    private func phrase(at i: Int, in range: Range<Int>, ids: [Int32]) -> Lexicon.Phrase? {
        let id = ids[i]
        guard id >= 0 else { return nil }
        search: for phrase in phrasesByID[Int(id)] where i + phrase.tokens.count <= range.upperBound {
            for (offset, term) in phrase.tokens.enumerated().dropFirst() where ids[i + offset] != term {
                continue search
            }
            return phrase
        }
        return nil
    }

    /// "do", "does", "did": before a verb they stress it ("I do like that").
    private func isEmphaticDo(_ token: Token, in text: TokenizedText) -> Bool {
        text.withBytes(of: token) { $0.elementsEqual("do".utf8) || $0.elementsEqual("does".utf8) || $0.elementsEqual("did".utf8) }
    }

    /// "No, sound is fine": a sentence that opens with a word and a comma answers a question.
    private func isAnswerWord(at i: Int, in range: Range<Int>, text: TokenizedText) -> Bool {
        guard i == range.lowerBound, i + 1 < range.upperBound, text.tokens[i + 1].kind == .punctuation else { return false }
        return text.withBytes(of: text.tokens[i + 1]) { $0.first == 0x2C }
    }

    /// Whether a word that steers sentiment, or is steered, follows `i` within three words,
    /// with no punctuation between.
    private func modifiesSomething(
        after i: Int, in range: Range<Int>, text: TokenizedText, ids: [Int32], kinds: [RuleWords.Kind]
    ) -> Bool {
        var j = i + 1
        while j < range.upperBound && j <= i + 3 {
            if text.tokens[j].kind == .punctuation { return false }
            let id = ids[j]
            if id >= 0 {
                if valence(ofTerm: id) != nil || phrase(at: j, in: range, ids: ids) != nil { return true }
                switch kinds[j] {
                case .booster, .dampener, .excess: return true
                case .expectation, .endurance, .like: if kinds[i] == .negator { return true }  // "no reply", "don't like"
                default: break
                }
            }
            j += 1
        }
        return false
    }

    /// Whether a negator stands within the three words before `i`, with no punctuation or
    /// scored word between ("would not hesitate to buy": the negator is spent on "hesitate").
    private func isNegated(
        at i: Int, in range: Range<Int>, text: TokenizedText, kinds: [RuleWords.Kind], scored: [Bool]
    ) -> Bool {
        var j = i - 1
        while j >= range.lowerBound && j >= i - 3 {
            if text.tokens[j].kind == .punctuation || scored[j] { return false }
            if kinds[j] == .negator { return true }
            j -= 1
        }
        return false
    }

    /// "It would have been nicer with a window", "could have thrown in better headphones": praise
    /// for what did not happen is a complaint, so positive words after the modal turn negative.
    private func applyCounterfactual(
        in range: Range<Int>, text: TokenizedText, kinds: [RuleWords.Kind], valences: inout [Float]
    ) {
        var start: Int?
        for i in range {
            if kinds[i] == .modalPerfect {
                start = i
                break
            }
            if kinds[i] == .modal, i + 1 < range.upperBound,
                text.withBytes(of: text.tokens[i + 1], { $0.elementsEqual("have".utf8) })
            {
                start = i
                break
            }
        }
        guard let start else { return }
        for i in start..<range.upperBound where valences[i] > 0 { valences[i] *= Self.counterfactualFactor }
    }

    /// "I was very satisfied with it, until last night", "worked great till it fell": praise
    /// that ended counts against.
    /// The praise must be told in the past ("was", "worked"): "can't wait until Friday" still looks forward.
    private func applyPraiseEnded(
        in range: Range<Int>, text: TokenizedText, kinds: [RuleWords.Kind], valences: inout [Float]
    ) {
        guard let pivot = range.first(where: { kinds[$0] == .praiseEnd && $0 > range.lowerBound }) else { return }
        let past = (range.lowerBound..<pivot).contains { i in
            text.tokens[i].kind == .word && text.withBytes(of: text.tokens[i]) { word in
                word.elementsEqual("was".utf8) || word.elementsEqual("were".utf8) || word.elementsEqual("had".utf8)
                    || word.count > 3 && word[word.count - 2] == 0x65 && word[word.count - 1] == 0x64  // "-ed"
            }
        }
        guard past else { return }
        for i in range.lowerBound..<pivot where valences[i] > 0 { valences[i] *= Self.counterfactualFactor }
    }

    private func applyContrast(in range: Range<Int>, kinds: [RuleWords.Kind], valences: inout [Float]) {
        guard let pivot = range.first(where: { kinds[$0] == .contrast && $0 > range.lowerBound }) else { return }
        for i in range.lowerBound..<pivot { valences[i] *= 0.5 }
        for i in pivot..<range.upperBound { valences[i] *= 1.5 }
    }

    /// "after 3 weeks", "45 minutes on hold", "2 weeks ago": a quantity and a time unit, with a
    /// waiting cue nearby, in a sentence that is not positive.
    private func applyDuration(in range: Range<Int>, text: TokenizedText, kinds: [RuleWords.Kind], valences: inout [Float]) {
        var positive: Float = 0
        for i in range where valences[i] > 0 { positive += valences[i] }
        guard positive < 1 else { return }
        for i in range where kinds[i] == .timeUnit && i > range.lowerBound {
            let before = text.tokens[i - 1]
            guard before.kind == .number || kinds[i - 1] == .quantity else { continue }
            let window = max(range.lowerBound, i - 5)..<min(range.upperBound, i + 4)
            guard window.contains(where: { kinds[$0] == .waitingCue }),
                !window.contains(where: { kinds[$0] == .endurance })
            else { continue }
            valences[i] += Self.durationValence
            return
        }
    }

    private func isQuestion(_ range: Range<Int>, text: TokenizedText, kinds: [RuleWords.Kind]) -> Bool {
        guard let last = range.last, text.tokens[last].kind == .punctuation else { return false }
        let mark = text.withBytes(of: text.tokens[last]) { Array($0) }
        guard mark.contains(0x3F), !mark.contains(0x21) else { return false }  // ? without !
        guard let first = range.first(where: { text.tokens[$0].kind == .word }) else { return false }
        return kinds[first] == .questionStart
    }

    private func punctuationEmphasis(in range: Range<Int>, text: TokenizedText) -> Float {
        var exclamations = 0, questions = 0
        for i in range where text.tokens[i].kind == .punctuation {
            text.withBytes(of: text.tokens[i]) { bytes in
                for byte in bytes {
                    if byte == 0x21 { exclamations += 1 } else if byte == 0x3F { questions += 1 }
                }
            }
        }
        var emphasis = Float(min(exclamations, 4)) * 0.292
        if questions > 1 { emphasis += questions <= 3 ? Float(questions) * 0.18 : 0.96 }
        return emphasis
    }

    /// "soo" → "so", "lovee" → "love": the form before elongation, for lookup.
    static func collapsingDoubles(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        for byte in bytes where out.last != byte || !(byte >= 0x61 && byte <= 0x7A) { out.append(byte) }
        return out
    }
}
