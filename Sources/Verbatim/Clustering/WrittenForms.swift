/// How a category's terms were written in its own comments, so labels read as its customers
/// wrote them: the stem "packag" reads "package" in a category about stuck parcels even when
/// "packaged" ("well packaged") is commoner over the whole input, and the adjacent terms
/// "packag" + "stuck" read back as "package stuck" or "package has been stuck".
///
/// Built from a category's quote candidates (a bounded sample of its short comments).
struct WrittenForms {
    /// Per term id: how often each written (normalized) word was seen.
    private var words: [Int32: [String: Int]] = [:]
    /// Per adjacent term pair (first << 32 | second): how often each written run of words was seen.
    private var runs: [UInt64: [String: Int]] = [:]

    /// The longest run of words, stopwords between included, kept as a written phrase.
    static let maximumPhraseWords = 4

    /// Particles that complete a phrasal verb when they follow a phrase's last word.
    static let particles: Set<String> = ["up", "out", "down", "off", "back", "over", "away"]

    /// Reads `texts` with the feature vocabulary of `features`.
    ///
    /// - Complexity: O(total length of the texts).
    init<Texts: Sequence>(texts: Texts, features: FeatureExtractor) where Texts.Element == String {
        let tokenizer = Tokenizer()
        var tokenized = TokenizedText()
        for text in texts {
            tokenizer.tokenize(text, into: &tokenized)
            // The last content word: its token index and term id.
            var previous: (index: Int, term: Int32)?
            for (index, token) in tokenized.tokens.enumerated() {
                guard token.kind == .word else {
                    previous = nil  // punctuation, numbers, links: a phrase does not run across them
                    continue
                }
                guard let term = tokenized.withBytes(of: token, { features.knownTermID(ofWord: $0) }) else { continue }
                let written = tokenized.text(of: token)
                words[term, default: [:]][written, default: 0] += 1
                if let previous, index - previous.index < Self.maximumPhraseWords {
                    var end = index
                    // A verb's particle belongs to it: "turn up", "logs me out" read whole.
                    if end + 1 < tokenized.tokens.count, tokenized.tokens[end + 1].kind == .word,
                        Self.particles.contains(tokenized.text(of: tokenized.tokens[end + 1]))
                    {
                        end += 1
                    }
                    let phrase = tokenized.tokens[previous.index...end].map { tokenized.text(of: $0) }.joined(separator: " ")
                    let key = UInt64(UInt32(bitPattern: previous.term)) << 32 | UInt64(UInt32(bitPattern: term))
                    runs[key, default: [:]][phrase, default: 0] += 1
                }
                previous = (index, term)
            }
        }
    }

    /// The commonest written form of `term` here, or nil if it was not seen.
    func word(_ term: Int32) -> String? { Self.commonest(words[term]) }

    /// The commonest written run of words for the adjacent pair `pair`, or nil if none was seen.
    func phrase(_ pair: UInt64) -> String? { Self.commonest(runs[pair]) }

    /// The most frequent key; ties go to the shorter, then alphabetically first.
    private static func commonest(_ counts: [String: Int]?) -> String? {
        counts?.min { a, b in (-a.value, a.key.utf8.count, a.key) < (-b.value, b.key.utf8.count, b.key) }?.key
    }
}
