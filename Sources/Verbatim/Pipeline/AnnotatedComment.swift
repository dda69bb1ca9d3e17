/// A comment after the per-comment stages: its record, sentiment and topic features.
public struct AnnotatedComment: Sendable {
    /// 0-based position in the input stream.
    public var index: Int
    public var record: InputRecord
    public var sentiment: SentimentAnalysis
    /// Stemmed content-word ids (see ``FeatureExtractor``).
    public var features: [Int32]
    /// The index of the matching ``Taxonomy`` category, if any.
    public var taxonomyCategory: Int?
}

/// The per-comment stages in one pass: tokenize, score sentiment, extract topic features.
///
/// Holds no comment after returning it, so it runs in constant memory over any stream
/// (besides the feature vocabulary).
public struct Annotator: Sendable {
    public let scorer: SentimentScorer
    public private(set) var features: FeatureExtractor
    private let tokenizer = Tokenizer()
    private var scratch = TokenizedText()
    private var scoring = SentimentScorer.Scratch()

    private let taxonomy: Taxonomy?

    public init(lexicon: Lexicon, stopwords: Stopwords, taxonomy: Taxonomy? = nil) {
        self.taxonomy = taxonomy
        scorer = SentimentScorer(lexicon: lexicon)
        features = FeatureExtractor(stopwords: stopwords, lexicon: lexicon)
    }

    /// Annotates `record`, the comment at `index`.
    public mutating func annotate(_ record: InputRecord, index: Int) -> AnnotatedComment {
        tokenizer.tokenize(record.text, into: &scratch)
        let sentiment = scorer.analyze(scratch, scratch: &scoring)
        var ids: [Int32] = []
        features.extract(from: scratch, analysis: sentiment, into: &ids)
        return AnnotatedComment(
            index: index, record: record, sentiment: sentiment, features: ids, taxonomyCategory: taxonomy?.match(scratch))
    }
}
