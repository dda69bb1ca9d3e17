/// The first step of scoring: what the tables know of each token.
extension SentimentScorer {
    /// Completes each token's tag (term id, rule kind, role and marks: see ``TokenTag``) where
    /// the tokenizer left none, and clears its valence and scored flag; fills the pass's
    /// ``SentimentPass/candidates`` and ``SentimentPass/contrasts``; writes each sentence's
    /// ``SentenceFacts`` to `sentenceFacts` (room for one per sentence).
    ///
    /// - Complexity: O(n) in the normalized bytes.
    static func lookUp(
        _ text: TokenView, into pass: SentimentPass, sentenceFacts: UnsafeMutableBufferPointer<SentenceFacts>
    ) {
        let (tokens, tags) = (pass.tokens, pass.tags)
        let (valences, scored, candidates, contrasts) = (pass.valences, pass.scored, pass.candidates, pass.contrasts)
        let all = text.normalized
        // Read through the pass's unowned reference: a local reference to the tables would cost
        // a retain and a release.
        let (terms, facts, short) = (pass.tables.termProbe, pass.tables.facts, pass.tables.shortTerms)
        var afterExcess = false  // the token before was "too"
        for sentence in 0..<text.sentenceCount {
            var sentenceFact = SentenceFacts()
            // A passive term that starts expressions is a candidate only if the term after it
            // may continue one: it waits here for that term (expressions end with the sentence).
            var pending = -1
            var pendingID: Int32 = -1
            // A `while` loop: iterating the range would check each index against it again.
            let range = text.sentenceRange(sentence)
            var index = range.lowerBound
            while index < range.upperBound {
                defer { index &+= 1 }
                valences[index] = 0
                scored[index] = false  // a sentiment-bearing position (even if 0)
                // Most words were looked up as the tokenizer read them: their tags say all.
                var tag = tags[index]
                if tag.bits == 0 {
                    tag = Self.tag(of: tokens[index], in: all, terms: terms, facts: facts, short: short)
                    tags[index] = tag
                    let kind = tokens[index].kind
                    if kind == .word { sentenceFact.words &+= 1 } else if kind == .punctuation { sentenceFact.add(tag.marks) }
                } else {
                    sentenceFact.words &+= 1
                }
                let (id, kind, role) = (tag.id, tag.kind, tag.role)
                sentenceFact.add(kind)
                if pending >= 0 { candidates.insert(pending, if: facts[Int(pendingID)].mayContinue(with: id)) }
                (pending, pendingID) = role == .expressionStart ? (index, id) : (-1, -1)
                // A token after "too" is a candidate whatever it is ("too small").
                candidates.insert(index, if: role == .scored || afterExcess)
                afterExcess = kind == .excess
                if kind == .contrast { contrasts.insert(index) }
            }
            sentenceFacts[sentence] = sentenceFact
        }
    }

    /// The tag of a `token` of `all` that the tokenizer did not tag: a punctuation run's marks;
    /// nothing for a URL, email or handle; else what the tables know of its bytes ("#awful" as
    /// "awful"), with a word's marks.
    ///
    /// - Complexity: O(length of the token) on average.
    private static func tag(
        of token: Token, in all: UnsafeBufferPointer<UInt8>, terms: TermTable.Probe,
        facts: UnsafeBufferPointer<TermFacts>, short: ShortTermIndex
    ) -> TokenTag {
        switch token.kind {
        case .punctuation:
            let marks = TokenMarks.punctuation(Self.bytes(of: all, from: Int(token.start), to: Int(token.end)))
            return TokenTag(id: -1, kind: .none, role: .skipped, marks: marks)
        case .url, .email, .mention:
            return TokenTag(id: -1, kind: .none, role: .skipped, marks: TokenMarks())
        default:
            let start = Int(token.start) + (token.kind == .hashtag ? 1 : 0)
            let bytes = Self.bytes(of: all, from: start, to: Int(token.end))
            var tag =
                bytes.count <= ShortTermIndex.maximumLength && bytes.count > 0
                ? short.tag(of: all, start: start, count: bytes.count)
                : Self.termTag(of: bytes, terms: terms, facts: facts)
            if token.isElongated, tag.id < 0 || tag.kind == .none {
                Self.collapseElongation(of: bytes, into: &tag, terms: terms, facts: facts)
            }
            // Marks are a word's only.
            return token.kind == .word ? tag : TokenTag(id: tag.id, kind: tag.kind, role: tag.role, marks: TokenMarks())
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
    ) -> TokenTag {
        let id = terms.id(of: bytes)
        let fact = id >= 0 ? facts[Int(id)] : nil
        return TokenTag(id: id, kind: fact?.kind ?? .none, role: fact?.role ?? .skipped, marks: .word(bytes))
    }

    /// "soooo" → "so", "lovee" → "love": the `bytes` of an elongated token that is no term, or a
    /// term without a rule kind, take the id (if they have none, or no valence) and the kind of
    /// the form before elongation.
    ///
    /// - Complexity: O(length of the token) on average.
    private static func collapseElongation(
        of bytes: UnsafeBufferPointer<UInt8>, into tag: inout TokenTag, terms: TermTable.Probe,
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
        tag = TokenTag(id: id, kind: kind, role: role, marks: tag.marks)
    }
}
