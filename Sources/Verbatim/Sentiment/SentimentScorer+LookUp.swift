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
        let (tokens, tags, ids, kinds, marks) = (pass.tokens, text.tags, pass.ids, pass.kinds, pass.marks)
        let (valences, scored, candidates, contrasts) = (pass.valences, pass.scored, pass.candidates, pass.contrasts)
        let tables = pass.tables
        let all = text.normalized
        let terms = tables.termProbe
        let facts = tables.facts
        let short = tables.shortTerms
        var afterExcess = false  // the token before was "too"
        for sentence in 0..<text.sentenceCount {
            var sentenceFact = SentenceFacts()
            // A passive term that starts expressions is a candidate only if the term after it
            // may continue one: it waits here for that term (expressions end with the sentence).
            var pending = -1
            for index in text.sentenceRange(sentence) {
                valences[index] = 0
                scored[index] = false  // a sentiment-bearing position (even if 0)
                // Most words were looked up as the tokenizer read them: their tags say all.
                var tag = ShortTermIndex.Tag(bits: tags[index])
                if tag.bits == 0 {
                    let token = tokens[index]
                    if token.kind == .punctuation {
                        let m = TokenMarks.punctuation(Self.bytes(of: all, from: Int(token.start), to: Int(token.end)))
                        marks[index] = m
                        sentenceFact.add(m)
                        tag = ShortTermIndex.Tag(id: -1, kind: .none, role: .skipped, marks: m)
                    } else if token.kind == .url || token.kind == .email || token.kind == .mention {
                        marks[index] = TokenMarks()
                        tag = ShortTermIndex.Tag(id: -1, kind: .none, role: .skipped, marks: TokenMarks())
                    } else {
                        let isWord = token.kind == .word
                        // "#awful" reads as "awful".
                        let start = Int(token.start) + (token.kind == .hashtag ? 1 : 0)
                        let bytes = Self.bytes(of: all, from: start, to: Int(token.end))
                        tag =
                            bytes.count <= ShortTermIndex.maximumLength && bytes.count > 0
                            ? short.tag(of: all, start: start, count: bytes.count)
                            : Self.termTag(of: bytes, terms: terms, facts: facts)
                        if token.isElongated, tag.id < 0 || tag.kind == .none {
                            Self.collapseElongation(of: bytes, into: &tag, terms: terms, facts: facts)
                        }
                        marks[index] = isWord ? tag.marks : TokenMarks()
                        if isWord { sentenceFact.words &+= 1 }
                    }
                } else {
                    marks[index] = tag.marks
                    sentenceFact.words &+= 1
                }
                let (id, kind, role) = (tag.id, tag.kind, tag.role)
                sentenceFact.add(kind)
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
    private static func termTag(
        of bytes: UnsafeBufferPointer<UInt8>, terms: TermTable.Probe, facts: UnsafeBufferPointer<TermFacts>
    ) -> ShortTermIndex.Tag {
        let id = terms.id(of: bytes)
        let fact = id >= 0 ? facts[Int(id)] : nil
        return ShortTermIndex.Tag(id: id, kind: fact?.kind ?? .none, role: fact?.role ?? .skipped, marks: .word(bytes))
    }

    /// "soooo" → "so", "lovee" → "love": the `bytes` of an elongated token that is no term, or a
    /// term without a rule kind, take the id (if they have none, or no valence) and the kind of
    /// the form before elongation.
    ///
    /// - Complexity: O(length of the token) on average.
    private static func collapseElongation(
        of bytes: UnsafeBufferPointer<UInt8>, into tag: inout ShortTermIndex.Tag, terms: TermTable.Probe,
        facts: UnsafeBufferPointer<TermFacts>
    ) {
        let collapsed = collapsingDoubles(bytes)
        var (id, kind, role) = (tag.id, tag.kind, tag.role)
        collapsed.withUnsafeBufferPointer { c in
            let collapsedID = terms.id(of: c)
            if id < 0 || facts[Int(id)].valence.isNaN && kind == .none {
                id = collapsedID
                role = collapsedID >= 0 ? facts[Int(collapsedID)].role : .skipped
            }
            if kind == .none, collapsedID >= 0 { kind = facts[Int(collapsedID)].kind }
        }
        tag = ShortTermIndex.Tag(id: id, kind: kind, role: role, marks: tag.marks)
    }
}
