/// What the scorer knows about a term, packed so that one load per token finds it (the widest
/// fields first: 24 bytes a term).
struct TermFacts: Sendable {
    /// Bit `id % 64` is set for the second term id of each expression the term starts: a token
    /// whose successor's bit is clear starts none of them, and most tokens are ruled out by one test.
    var secondTerms: UInt64
    /// The term's valence on its own; NaN when it has none.
    var valence: Float
    /// The multi-word expressions that start with the term: `phraseStart..<phraseEnd` in
    /// ``SentimentTables/phrases``, longest first.
    var phraseStart: Int32
    var phraseEnd: Int32
    /// The term's role in the rules, if any.
    var kind: RuleWords.Kind

    /// How ``SentimentPass/scoreWords(in:)`` treats the term wherever it stands (except after
    /// "too", where every token is a candidate).
    var role = Role.scored

    /// How ``SentimentPass/scoreWords(in:)`` treats a term. A term is *passive* when it has no
    /// valence and no rule that scores the word itself (as "like", an expectation or endurance
    /// word has): unless it starts an expression, the pass treats it as an unknown word.
    enum Role: UInt8 {
        /// Passive and starts no expression: passed over.
        case skipped
        /// Not passive: always looked at.
        case scored
        /// Passive but starts expressions: looked at only when the next term may continue one
        /// (``mayContinue(with:)``).
        case expressionStart
    }

    /// Whether an expression of this term could continue with term `next`.
    func mayContinue(with next: Int32) -> Bool { next >= 0 && secondTerms & (1 << UInt64(next & 63)) != 0 }
}

/// A multi-word expression in flat storage: its term ids are
/// `phraseTerms[termStart..<termStart + length]`.
struct PhraseEntry: Sendable {
    var termStart: Int32
    var length: Int32
    var valence: Float
}

/// The lexicon and the rule words merged into flat tables for scoring.
///
/// One ``TermTable`` interns every lexicon term and rule word, so a token costs one hash lookup;
/// its id then indexes ``facts``. Phrases live in two flat arrays rather than an array per term,
/// so matching them allocates and retains nothing.
///
/// A class, immutable once built: a scorer and each comment's ``SentimentPass`` hold one
/// reference to it rather than copies of its arrays, and the flat tables are buffers it owns,
/// read with neither a bounds check nor a retain.
///
/// `@unchecked Sendable`: the buffers are written only in `init` and freed only in `deinit`.
final class SentimentTables: @unchecked Sendable {
    let terms: TermTable
    /// Lookups in ``terms`` through storage of the tables' own (no retain per comment).
    let termProbe: TermTable.Probe
    let facts: UnsafeBufferPointer<TermFacts>
    let phrases: UnsafeBufferPointer<PhraseEntry>
    let phraseTerms: UnsafeBufferPointer<Int32>
    /// The terms of up to seven bytes, found by one integer compare.
    let shortTerms: ShortTermIndex
    /// The terms of eight to fifteen bytes, found by two.
    let longTerms: LongTermIndex
    /// What the tokenizer looks words up in as it reads them.
    var tagger: TermTagger { TermTagger(short: shortTerms, long: longTerms) }

    init(lexicon: Lexicon, rules: RuleWords = .standard) {
        var terms = lexicon.terms
        var ruleKinds: [(id: Int32, kind: RuleWords.Kind)] = []
        rules.forEach { word, kind in ruleKinds.append((terms.insert(word), kind)) }
        var facts = [TermFacts](
            repeating: TermFacts(secondTerms: 0, valence: .nan, phraseStart: 0, phraseEnd: 0, kind: .none), count: terms.count)
        var phrases: [PhraseEntry] = []
        var phraseTerms: [Int32] = []
        for id in 0..<Int32(lexicon.terms.count) {
            facts[Int(id)].valence = lexicon.valence(ofTerm: id) ?? .nan
            facts[Int(id)].phraseStart = Int32(phrases.count)
            lexicon.phraseTable.forEach(startingWith: id) { ids, valence in
                phrases.append(PhraseEntry(termStart: Int32(phraseTerms.count), length: Int32(ids.count), valence: valence))
                phraseTerms.append(contentsOf: ids)
                facts[Int(id)].secondTerms |= 1 << UInt64(ids[1] & 63)
            }
            facts[Int(id)].phraseEnd = Int32(phrases.count)
        }
        for rule in ruleKinds { facts[Int(rule.id)].kind = rule.kind }
        for id in facts.indices {
            let f = facts[id]
            let isPassive = f.valence.isNaN && f.kind != .like && f.kind != .expectation && f.kind != .endurance
            facts[id].role = !isPassive ? .scored : f.phraseStart < f.phraseEnd ? .expressionStart : .skipped
        }
        self.terms = terms
        termProbe = terms.ownedProbe()
        self.facts = Self.owned(facts)
        self.phrases = Self.owned(phrases)
        self.phraseTerms = Self.owned(phraseTerms)
        shortTerms = ShortTermIndex(terms: terms, facts: self.facts)
        longTerms = LongTermIndex(terms: terms, facts: self.facts)
    }

    deinit {
        termProbe.deallocate()
        facts.deallocate()
        phrases.deallocate()
        phraseTerms.deallocate()
        shortTerms.deallocate()
        longTerms.deallocate()
    }

    /// A buffer of its own holding `array`'s elements (trivial types: nothing to deinitialize).
    private static func owned<T>(_ array: [T]) -> UnsafeBufferPointer<T> {
        let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: max(1, array.count))
        _ = buffer.initialize(from: array)
        return UnsafeBufferPointer(start: buffer.baseAddress, count: array.count)
    }

    /// The valence of term `id` on its own, or nil.
    func valence(of id: Int32) -> Float? {
        guard id >= 0 else { return nil }
        let v = facts[Int(id)].valence
        return v.isNaN ? nil : v
    }
}
