/// Turns a scored comment into topic features: stemmed content words as integer term ids.
///
/// Kept: words of at least two letters that are not stopwords, stemmed ("crashes" → "crash").
/// Left out: stopwords, numbers, URLs, emails, @handles, emoticons, emoji and punctuation, so
/// comments group by issue, not by who they were addressed to. For a mixed comment only its
/// complaint clauses count. Strongly evaluative words of general vocabulary ("great", "terrible", not "rude" or
/// "crash", which name an issue) are kept only when
/// a comment has no other content, so negative comments about different issues do not meet on
/// their mood.
///
/// Each concept of the ``ConceptLexicon`` found in the comment adds a concept feature (counted
/// twice, so a shared concept outweighs one shared word). The comment's polarity is not a
/// feature: it would pull unrelated complaints together ("charged twice" with "late delivery").
///
/// The extractor owns the feature vocabulary and remembers, per stem, its most frequent surface
/// form, so labels read "charged twice", not "charg twic".
public struct FeatureExtractor: Sendable {
    public private(set) var vocabulary = TermTable(capacity: 8192)
    private var surfaces = TermTable(capacity: 8192)
    /// Surface-form counts per stem id: surface id → count.
    private var surfaceCounts: [[Int32: Int32]] = []
    /// Whether a stem is strongly evaluative (|valence| ≥ 1.5, general vocabulary).
    public private(set) var isEvaluative: [Bool] = []
    /// What kind of feature each id is: a word stem or a concept.
    public private(set) var kinds: [FeatureKind] = []

    /// The kinds of topic features.
    public enum FeatureKind: UInt8, Sendable {
        /// A stemmed word of the comment.
        case word
        /// A concept of the ``ConceptLexicon`` ("late delivery"); its surface form is the concept's name.
        case concept
    }
    private let stopwords: Stopwords
    private let lexicon: Lexicon
    private let concepts: ConceptLexicon
    /// How many times a concept counts among a comment's features.
    static let conceptWeight = 2
    private let stemmer = Stemmer()

    static let evaluativeThreshold: Float = 1.5

    public init(stopwords: Stopwords, lexicon: Lexicon, concepts: ConceptLexicon = .builtIn) {
        self.stopwords = stopwords
        self.lexicon = lexicon
        self.concepts = concepts
    }

    /// The features of a tokenized, scored comment, appended to `features` in text order.
    public mutating func extract(
        from text: TokenizedText, analysis: SentimentAnalysis, into features: inout [Int32]
    ) {
        let ranges = analysis.complaintRanges.isEmpty ? [0..<text.tokens.count] : analysis.complaintRanges
        let start = features.count
        var evaluative: [Int32] = []
        for range in ranges {
            for index in range {
                let token = text.tokens[index]
                guard token.kind == .word || token.kind == .hashtag, token.length >= 2 else { continue }
                text.normalized.withUnsafeBufferPointer { all in
                    var bytes = UnsafeBufferPointer(rebasing: all[Int(token.start)..<Int(token.end)])
                    if token.kind == .hashtag { bytes = UnsafeBufferPointer(rebasing: bytes.dropFirst()) }
                    guard !stopwords.contains(bytes), bytes.contains(where: { !($0 >= 0x30 && $0 <= 0x39) }) else { return }
                    let stem = stemmer.stem(Array(bytes))
                    let id = stem.withUnsafeBufferPointer { vocabulary.insert($0) }
                    if Int(id) == surfaceCounts.count {
                        surfaceCounts.append([:])
                        kinds.append(.word)
                        let term = lexicon.terms.id(of: bytes) ?? -1
                        let valence = lexicon.valence(ofTerm: term) ?? 0
                        isEvaluative.append(abs(valence) >= Self.evaluativeThreshold && lexicon.isEvaluative(term: term))
                    }
                    let surface = surfaces.insert(bytes)
                    surfaceCounts[Int(id)][surface, default: 0] += 1
                    if isEvaluative[Int(id)] { evaluative.append(id) } else { features.append(id) }
                }
            }
        }
        if features.count == start { features.append(contentsOf: evaluative) }
        for range in ranges {
            concepts.forEachConcept(in: text, range: range) { concept in
                let id = conceptTerm(concept)
                for _ in 0..<Self.conceptWeight { features.append(id) }
            }
        }
    }

    /// The id of the pseudo-term standing for a concept; its surface form is the concept's name.
    private mutating func conceptTerm(_ concept: Int32) -> Int32 {
        let name = concepts.names[Int(concept)]
        let id = vocabulary.insert("~" + name)
        if Int(id) == surfaceCounts.count {
            surfaceCounts.append([surfaces.insert(name): 1])
            isEvaluative.append(false)
            kinds.append(.concept)
        }
        return id
    }

    /// The most frequent surface form of stem `id`.
    public func surfaceForm(of id: Int32) -> String {
        guard let best = surfaceCounts[Int(id)].max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) else {
            return vocabulary.term(id)
        }
        return surfaces.term(best.key)
    }
}

extension FeatureExtractor {
    /// The feature id of a written word whose stem the vocabulary already holds; nil for
    /// stopwords, numbers, one-letter words and words never seen. Adds nothing.
    ///
    /// - Complexity: O(length of the word).
    public func knownTermID(ofWord word: UnsafeBufferPointer<UInt8>) -> Int32? {
        guard word.count >= 2, !stopwords.contains(word), word.contains(where: { !($0 >= 0x30 && $0 <= 0x39) }) else {
            return nil
        }
        return stemmer.stem(Array(word)).withUnsafeBufferPointer { vocabulary.id(of: $0) }
    }
}
