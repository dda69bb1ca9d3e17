/// A run of input events after the per-comment stages, ready to be merged in input order.
///
/// Topic features are in the local ids of the ``FeatureScanner`` of the worker that annotated
/// the chunk; ``FeatureExtractor/intern(words:concepts:scanner:map:into:)`` maps them when merging.
struct AnnotatedChunk: Sendable {
    /// The events, records and malformed ones, in input order.
    var events: [ReadEvent]
    /// Per event: its sentiment (neutral for a malformed record).
    var scores: [SentimentScore] = []
    /// Per event: the matching ``Taxonomy`` category, -1 for none.
    var taxonomy: [Int32] = []
    /// Per event: whether the text holds U+FFFD (bytes that were not UTF-8, repaired).
    var repaired: [Bool] = []
    /// Feature words (local ids) of all events back to back, and where each event's end.
    var words: [Int32] = []
    var wordEnds: [Int32] = []
    /// Concepts of all events back to back, and where each event's end.
    var concepts: [Int32] = []
    var conceptEnds: [Int32] = []

    /// The feature words (local ids) of event `i`.
    func words(_ i: Int) -> ArraySlice<Int32> { words[(i == 0 ? 0 : Int(wordEnds[i - 1]))..<Int(wordEnds[i])] }

    /// The concepts of event `i`.
    func concepts(_ i: Int) -> ArraySlice<Int32> { concepts[(i == 0 ? 0 : Int(conceptEnds[i - 1]))..<Int(conceptEnds[i])] }
}

/// One thread's annotation state: tokenizer and scorer scratch and a feature scanner.
///
/// A worker is a value that travels with the chunk it annotates and comes back with it, so the
/// chunks one worker annotates are merged in the order it annotated them, which is what its
/// ``FeatureScanner``'s local ids and its ``FeatureExtractor/LocalMap`` rely on.
struct AnnotationWorker: Sendable {
    private let scorer: SentimentScorer
    private let taxonomy: Taxonomy?
    private let tokenizer = Tokenizer()
    private var tokenized = TokenizedText()
    private var scoring = SentimentScorer.Scratch()
    private var found = FeatureScanner.Found()
    private(set) var scanner: FeatureScanner
    /// Where the scanner's local ids stand in the analyzer's vocabulary (updated when merging).
    var map = FeatureExtractor.LocalMap()

    init(configuration: AnalysisConfiguration) {
        scorer = SentimentScorer(lexicon: configuration.lexicon)
        taxonomy = configuration.taxonomy
        scanner = FeatureScanner(stopwords: configuration.stopwords, lexicon: configuration.lexicon)
    }

    /// Tokenizes, scores and scans every record of `events`.
    ///
    /// - Complexity: O(bytes of the texts).
    mutating func annotate(_ events: [ReadEvent]) -> AnnotatedChunk {
        var chunk = AnnotatedChunk(events: events)
        chunk.scores.reserveCapacity(events.count)
        chunk.taxonomy.reserveCapacity(events.count)
        chunk.repaired.reserveCapacity(events.count)
        chunk.wordEnds.reserveCapacity(events.count)
        chunk.conceptEnds.reserveCapacity(events.count)
        for event in events {
            switch event {
            case .malformed:
                chunk.scores.append(SentimentScore(compound: 0, positive: 0, neutral: 1, negative: 0))
                chunk.taxonomy.append(-1)
                chunk.repaired.append(false)
            case .record(let record):
                tokenizer.tokenize(record.text, into: &tokenized)
                let analysis = scorer.analyze(tokenized, scratch: &scoring)
                found.removeAll()
                scanner.scan(tokenized, analysis: analysis, into: &found)
                chunk.words.append(contentsOf: found.words)
                chunk.concepts.append(contentsOf: found.concepts)
                chunk.scores.append(analysis.score)
                chunk.taxonomy.append(taxonomy?.match(tokenized).map(Int32.init) ?? -1)
                chunk.repaired.append(record.text.utf8.containsReplacementCharacter)
            }
            chunk.wordEnds.append(Int32(chunk.words.count))
            chunk.conceptEnds.append(Int32(chunk.concepts.count))
        }
        return chunk
    }
}
