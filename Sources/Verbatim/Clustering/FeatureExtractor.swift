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
/// The extractor owns the feature vocabulary and remembers, per stem, its most frequent surface
/// form, so labels read "charged twice", not "charg twic".
public struct FeatureExtractor: Sendable {
    public private(set) var vocabulary = TermTable(capacity: 8192)
    private var surfaces = TermTable(capacity: 8192)
    /// Surface-form counts per stem id: surface id → count.
    private var surfaceCounts: [[Int32: Int32]] = []
    /// Whether a stem is strongly evaluative (|valence| ≥ 1.5, general vocabulary).
    public private(set) var isEvaluative: [Bool] = []
    private let stopwords: Stopwords
    private let lexicon: Lexicon
    private let stemmer = Stemmer()

    static let evaluativeThreshold: Float = 1.5

    public init(stopwords: Stopwords, lexicon: Lexicon) {
        self.stopwords = stopwords
        self.lexicon = lexicon
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
    }

    /// The most frequent surface form of stem `id`.
    public func surfaceForm(of id: Int32) -> String {
        guard let best = surfaceCounts[Int(id)].max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) else {
            return vocabulary.term(id)
        }
        return surfaces.term(best.key)
    }
}
