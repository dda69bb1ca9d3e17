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

    /// The thread (``ChunkJob/Lane``) the worker annotates on.
    let lane: Int

    init(configuration: AnalysisConfiguration, lane: Int = 0) {
        self.lane = lane
        scorer = SentimentScorer(lexicon: configuration.lexicon)
        taxonomy = configuration.taxonomy
        scanner = FeatureScanner(stopwords: configuration.stopwords, lexicon: configuration.lexicon)
    }

    /// Tokenizes, scores and scans every record of `events`; first drops the scanner's cache
    /// if it reached ``FeatureScanner/cacheCapacity``.
    ///
    /// - Complexity: O(bytes of the texts).
    mutating func annotate(_ events: [ReadEvent]) -> AnnotatedChunk {
        // Between chunks, every local id handed out so far has been merged: the cache may go.
        if scanner.localCount >= FeatureScanner.cacheCapacity {
            scanner.forgetWords()
            map = FeatureExtractor.LocalMap()
        }
        var chunk = AnnotatedChunk(events: events)
        chunk.scores.reserveCapacity(events.count)
        chunk.taxonomy.reserveCapacity(events.count)
        chunk.repaired.reserveCapacity(events.count)
        chunk.wordEnds.reserveCapacity(events.count)
        chunk.conceptEnds.reserveCapacity(events.count)
        for i in events.indices {
            if let text = events[i].text {
                tokenizer.tokenize(text, into: &tokenized)
                let analysis = scorer.analyze(tokenized, scratch: &scoring)
                found.removeAll()
                scanner.scan(tokenized, analysis: analysis, into: &found)
                chunk.words.append(contentsOf: found.words)
                chunk.concepts.append(contentsOf: found.concepts)
                chunk.scores.append(analysis.score)
                chunk.taxonomy.append(taxonomy?.match(tokenized).map(Int32.init) ?? -1)
                chunk.repaired.append(text.utf8.containsReplacementCharacter)
            } else {
                chunk.scores.append(SentimentScore(compound: 0, positive: 0, neutral: 1, negative: 0))
                chunk.taxonomy.append(-1)
                chunk.repaired.append(false)
            }
            chunk.wordEnds.append(Int32(chunk.words.count))
            chunk.conceptEnds.append(Int32(chunk.concepts.count))
        }
        return chunk
    }
}

extension AnnotationWorker {
    /// Replaces `features` with the vocabulary ids of comment `offset` of `chunk`, which this
    /// worker annotated; `extractor` interns its words in input order.
    ///
    /// - Complexity: O(features of the comment).
    mutating func internFeatures(
        ofComment offset: Int, in chunk: AnnotatedChunk, with extractor: inout FeatureExtractor, into features: inout [Int32]
    ) {
        features.removeAll(keepingCapacity: true)
        extractor.intern(
            words: chunk.words(offset), concepts: chunk.concepts(offset), scanner: scanner, map: &map, into: &features)
    }
}
