/// The first step of scoring: what the tables know of each token.
extension SentimentScorer {
    /// Finds each token's term id, rule kind and marks, and clears its valence and scored flag;
    /// fills the pass's ``SentimentPass/candidates`` and ``SentimentPass/contrasts``; appends
    /// each sentence's ``SentenceFacts``.
    ///
    /// - Complexity: O(n) in the normalized bytes.
    static func lookUp(_ text: TokenView, into pass: SentimentPass, sentenceFacts: UnsafeMutableBufferPointer<SentenceFacts>) {
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
                        let m = TokenMarks.punctuation(UnsafeBufferPointer(rebasing: all[Int(token.start)..<Int(token.end)]))
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
                        let bytes = UnsafeBufferPointer(rebasing: all[start..<Int(token.end)])
                        if bytes.count <= ShortTermIndex.maximumLength && bytes.count > 0 {
                            // Most tokens: one integer compare, with what the rules read at hand.
                            let entry = short.entry(of: all, start: start, count: bytes.count)
                            id = entry.id
                            kind = entry.kind
                            role = entry.role
                            if isWord { marks[index] = entry.marks }
                        } else {
                            if isWord { marks[index] = .word(bytes) }
                            id = terms.id(of: bytes)
                            if id >= 0 {
                                kind = facts[Int(id)].kind
                                role = facts[Int(id)].role
                            }
                        }
                        if token.isElongated, id < 0 || kind == .none {
                            // "soooo" → "so", "lovee" → "love": the form before elongation.
                            let collapsed = Self.collapsingDoubles(bytes)
                            collapsed.withUnsafeBufferPointer { c in
                                let collapsedID = terms.id(of: c)
                                if id < 0 || facts[Int(id)].valence.isNaN && kind == .none {
                                    id = collapsedID
                                    role = id >= 0 ? facts[Int(id)].role : .skipped
                                }
                                if kind == .none, collapsedID >= 0 { kind = facts[Int(collapsedID)].kind }
                            }
                        }
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
}
