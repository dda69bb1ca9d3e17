/// The first step of scoring: what the tables know of each token.
extension SentimentScorer {
    /// Finds each token's term id, rule kind and marks, and clears its valence and scored flag;
    /// fills the pass's ``SentimentPass/candidates`` and ``SentimentPass/contrasts``; writes
    /// each sentence's ``SentenceFacts`` to `sentenceFacts` (room for one per sentence).
    ///
    /// - Complexity: O(n) in the normalized bytes.
    static func lookUp(
        _ text: TokenView, into pass: SentimentPass, sentenceFacts: UnsafeMutableBufferPointer<SentenceFacts>
    ) {
        let (tokens, ids, kinds, marks) = (pass.tokens, pass.ids, pass.kinds, pass.marks)
        let (valences, scored, candidates, contrasts) = (pass.valences, pass.scored, pass.candidates, pass.contrasts)
        let tables = pass.tables
        let all = text.normalized
        tables.terms.withProbe { terms in
            let facts = tables.facts
            let short = tables.shortTerms
            var afterExcess = false  // the token before was "too"
            for sentence in 0..<text.sentenceCount {
                var sentenceFact = SentenceFacts()
                // A passive term that starts expressions is a candidate only if the term after it
                // may continue one: it waits here for that term (expressions end with the sentence).
                var pending = -1
                for index in text.sentenceRange(sentence) {
                    let token = tokens[index]
                    valences[index] = 0
                    scored[index] = false  // a sentiment-bearing position (even if 0)
                    var id: Int32 = -1
                    var kind = RuleWords.Kind.none
                    var role = TermFacts.Role.skipped
                    if token.kind == .punctuation {
                        let m = TokenMarks.punctuation(Self.bytes(of: all, from: Int(token.start), to: Int(token.end)))
                        marks[index] = m
                        sentenceFact.add(m)
                    } else if token.kind == .url || token.kind == .email || token.kind == .mention {
                        marks[index] = TokenMarks()
                        sentenceFact.add(.none)
                    } else {
                        let isWord = token.kind == .word
                        if !isWord { marks[index] = TokenMarks() }
                        // "#awful" reads as "awful".
                        let start = Int(token.start) + (token.kind == .hashtag ? 1 : 0)
                        let bytes = Self.bytes(of: all, from: start, to: Int(token.end))
                        // Most tokens: one integer compare, with what the rules read at hand.
                        var entry =
                            bytes.count <= ShortTermIndex.maximumLength && bytes.count > 0
                            ? short.entry(of: all, start: start, count: bytes.count)
                            : Self.termEntry(of: bytes, terms: terms, facts: facts)
                        if token.isElongated, entry.id < 0 || entry.kind == .none {
                            Self.collapseElongation(of: bytes, into: &entry, terms: terms, facts: facts)
                        }
                        (id, kind, role) = (entry.id, entry.kind, entry.role)
                        if isWord { marks[index] = entry.marks }
                        sentenceFact.add(kind)
                        if isWord { sentenceFact.words &+= 1 }
                    }
                    ids[index] = id
                    kinds[index] = kind
                    if pending >= 0 { candidates.insert(pending, if: facts[Int(ids[pending])].mayContinue(with: id)) }
                    pending = role == .expressionStart ? index : -1
                    // A token after "too" is a candidate whatever it is ("too small").
                    candidates.insert(index, if: role == .scored || afterExcess)
                    afterExcess = kind == .excess
                    if kind == .contrast { contrasts.insert(index) }
                }
                sentenceFacts[sentence] = sentenceFact
            }
        }
    }

    /// The bytes `start..<end` of `all`, which the tokenizer made valid token bounds: without
    /// the range checks of slicing, which cost more than the rest of a token's lookup.
    ///
    /// - Complexity: O(1).
    @inline(__always)
    private static func bytes(of all: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: all.baseAddress.map { $0 + start }, count: end &- start)
    }

    /// What the tables know of the `bytes` of a token too long for the ``ShortTermIndex`` (or
    /// empty): its term id, kind and role, and the ``TokenMarks`` it would have as a word.
    ///
    /// - Complexity: O(length of the token) on average.
    private static func termEntry(
        of bytes: UnsafeBufferPointer<UInt8>, terms: TermTable.Probe, facts: UnsafeBufferPointer<TermFacts>
    ) -> ShortTermIndex.Entry {
        let id = terms.id(of: bytes)
        let fact = id >= 0 ? facts[Int(id)] : nil
        return ShortTermIndex.Entry(
            key: 0, id: id, kind: fact?.kind ?? .none, role: fact?.role ?? .skipped, marks: .word(bytes))
    }

    /// "soooo" → "so", "lovee" → "love": the `bytes` of an elongated token that is no term, or a
    /// term without a rule kind, take the id (if they have none, or no valence) and the kind of
    /// the form before elongation.
    ///
    /// - Complexity: O(length of the token) on average.
    private static func collapseElongation(
        of bytes: UnsafeBufferPointer<UInt8>, into entry: inout ShortTermIndex.Entry, terms: TermTable.Probe,
        facts: UnsafeBufferPointer<TermFacts>
    ) {
        let collapsed = collapsingDoubles(bytes)
        collapsed.withUnsafeBufferPointer { c in
            let collapsedID = terms.id(of: c)
            if entry.id < 0 || facts[Int(entry.id)].valence.isNaN && entry.kind == .none {
                entry.id = collapsedID
                entry.role = collapsedID >= 0 ? facts[Int(collapsedID)].role : .skipped
            }
            if entry.kind == .none, collapsedID >= 0 { entry.kind = facts[Int(collapsedID)].kind }
        }
    }
}
