/// Finds a comment's topic-feature candidates with one table lookup per token, in ids local to
/// the scanner, so that several threads can scan while one ``FeatureExtractor`` interns.
///
/// Everything the scanner knows about a word or hashtag depends on its bytes alone (stopword,
/// digits only, stem, evaluative valence, concept term), so it is worked out the first time the
/// bytes are seen and cached under a local id; a scan then costs one hash lookup per token. Other
/// tokens (numbers, links, handles, emoji) are only looked up as concept terms, not cached, so
/// the cache grows with the words of the input, not with its order numbers. The local ids
/// are the scanner's own: ``FeatureExtractor/intern(words:concepts:scanner:map:into:)`` turns them into
/// vocabulary ids, in input order, which keeps the vocabulary in first-appearance order however
/// the comments were shared out.
///
/// - Complexity: ``scan(_:analysis:into:)`` is O(tokens) table lookups once the words are known.
public struct FeatureScanner: Sendable {
    /// Token bytes → local id.
    private var table = TermTable(capacity: 16_384)
    private var entries: [Entry] = []
    /// The stems of the local ids that are feature words, back to back.
    private var stemBytes: [UInt8] = []
    private var stemRanges: [Range<Int32>] = []
    /// Scratch: the concept term ids of the tokens of one range.
    private var conceptTerms: [Int32] = []

    private let stopwords: Stopwords
    private let lexicon: Lexicon
    private let concepts: ConceptLexicon
    private let stemmer = Stemmer()

    /// What is cached per distinct token: -2 not yet known, -1 none.
    private struct Entry: Sendable {
        /// The ``ConceptLexicon`` term id of the token.
        var concept: Int32
        /// The local id of the feature word the token is when it is a word (itself), or -1.
        var word: Int32 = -2
        /// The local id of the feature word the token is when it is a hashtag (without `#`), or -1.
        var hashtag: Int32 = -2
        /// Index into ``stemRanges`` when the token is a feature word.
        var stem: Int32 = -1
        /// The surface's lexicon valence is strong and general (see ``FeatureExtractor``).
        var isEvaluative = false
    }

    /// The features of one scanned comment, in local ids.
    public struct Found: Sendable {
        /// Feature words (local ids), in text order over the complaint ranges.
        public var words: [Int32] = []
        /// Concepts found, in text order over the complaint ranges.
        public var concepts: [Int32] = []

        public init() {}

        mutating func removeAll() {
            words.removeAll(keepingCapacity: true)
            concepts.removeAll(keepingCapacity: true)
        }
    }

    public init(stopwords: Stopwords, lexicon: Lexicon, concepts: ConceptLexicon = .builtIn) {
        self.stopwords = stopwords
        self.lexicon = lexicon
        self.concepts = concepts
    }

    /// The number of local ids handed out.
    var localCount: Int { entries.count }

    /// Distinct tokens cached before the cache is dropped (``forgetWords()``): on a stream's
    /// endless long tail (typos, names, ids) it would grow without bound. The cache only saves
    /// work: what it holds is worked out again from the bytes, so results do not change.
    public static let cacheCapacity = 1 << 16

    /// Drops every cached token; local ids start again from 0, so the ``FeatureExtractor/LocalMap``
    /// that goes with this scanner must be dropped too.
    ///
    /// - Complexity: O(1) besides freeing the tables.
    public mutating func forgetWords() {
        table = TermTable(capacity: 16_384)
        entries = []
        stemBytes = []
        stemRanges = []
    }

    /// Appends the feature words and concepts of a tokenized, scored comment to `found`.
    ///
    /// - Complexity: O(tokens) lookups, O(length) more per token never seen before.
    public mutating func scan(_ text: TokenizedText, analysis: SentimentAnalysis, into found: inout Found) {
        if analysis.complaintRanges.isEmpty {
            scan(text, range: 0..<text.tokens.count, into: &found)
        } else {
            for range in analysis.complaintRanges { scan(text, range: range, into: &found) }
        }
    }

    private mutating func scan(_ text: TokenizedText, range: Range<Int>, into found: inout Found) {
        conceptTerms.removeAll(keepingCapacity: true)
        text.normalized.withUnsafeBufferPointer { all in
            for index in range {
                let token = text.tokens[index]
                let bytes = UnsafeBufferPointer(rebasing: all[Int(token.start)..<Int(token.end)])
                guard token.kind == .word || token.kind == .hashtag else {
                    // Numbers, links, handles…: never features, and too varied to cache.
                    conceptTerms.append(concepts.termID(of: bytes))
                    continue
                }
                let id = localID(bytes)
                conceptTerms.append(entries[Int(id)].concept)
                guard token.length >= 2 else { continue }
                let word = token.kind == .word ? wordID(id, bytes) : hashtagID(id, bytes)
                if word >= 0 { found.words.append(word) }
            }
        }
        conceptTerms.withUnsafeBufferPointer { terms in
            concepts.forEachConcept(termIDs: terms) { found.concepts.append($0) }
        }
    }

    /// The local id of a token's bytes, cached on first sight.
    private mutating func localID(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        let id = table.insert(bytes)
        if Int(id) == entries.count { entries.append(Entry(concept: concepts.termID(of: bytes))) }
        return id
    }

    /// The feature word of token `id` read as a word: itself, or -1.
    private mutating func wordID(_ id: Int32, _ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        let known = entries[Int(id)].word
        if known != -2 { return known }
        let word = classify(id, bytes)
        entries[Int(id)].word = word
        return word
    }

    /// The feature word of token `id` read as a hashtag: its bytes after `#`, or -1.
    private mutating func hashtagID(_ id: Int32, _ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        let known = entries[Int(id)].hashtag
        if known != -2 { return known }
        let rest = UnsafeBufferPointer(rebasing: bytes.dropFirst())
        let restID = localID(rest)
        let word = wordID(restID, rest)
        entries[Int(id)].hashtag = word
        return word
    }

    /// The stem of `bytes` if they make a feature word (not a stopword, not only digits), else nil.
    func featureStem(of bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard !stopwords.contains(bytes), bytes.contains(where: { !($0 >= 0x30 && $0 <= 0x39) }) else { return nil }
        return stemmer.stem(Array(bytes))
    }

    /// Whether `bytes` (local id `id`) make a feature word: not a stopword, not only digits.
    /// Stems it and notes whether it is evaluative if so.
    private mutating func classify(_ id: Int32, _ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        guard let stem = featureStem(of: bytes) else { return -1 }
        let start = Int32(stemBytes.count)
        stemBytes.append(contentsOf: stem)
        entries[Int(id)].stem = Int32(stemRanges.count)
        stemRanges.append(start..<Int32(stemBytes.count))
        let term = lexicon.terms.id(of: bytes) ?? -1
        let valence = lexicon.valence(ofTerm: term) ?? 0
        entries[Int(id)].isEvaluative =
            abs(valence) >= FeatureExtractor.evaluativeThreshold && lexicon.isEvaluative(term: term)
        return id
    }

    /// Calls `body` with the surface bytes of feature word `id`.
    func withSurface<R>(of id: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        table.withBytes(of: id, body)
    }

    /// Calls `body` with the stem bytes of feature word `id`.
    func withStem<R>(of id: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let range = stemRanges[Int(entries[Int(id)].stem)]
        return stemBytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[Int(range.lowerBound)..<Int(range.upperBound)])) }
    }

    /// Whether feature word `id`'s surface is strongly evaluative general vocabulary.
    func isEvaluative(_ id: Int32) -> Bool { entries[Int(id)].isEvaluative }
}
