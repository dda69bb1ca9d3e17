/// The streaming pipeline: each line in, one result out, categories kept current online.
///
/// Unlike ``Analyzer`` it keeps no per-comment state: only cluster totals, a bounded set of
/// quotes per cluster and the feature vocabulary, so memory does not grow with the stream's length.
public struct StreamProcessor {
    public let configuration: AnalysisConfiguration
    private var annotator: Annotator
    private var clusterer: OnlineClusterer
    private var summary = SummaryAccumulator()
    private var accumulators: [CategoryAccumulator] = []
    private var labels: [String] = []
    private var labelledAt: [Int] = []
    private var nextIndex = 0

    /// A cluster is named in records once it holds this many comments.
    static let minimumNamedSize = 2
    /// A cluster's label is recomputed when its size doubles, or when it grew by this many
    /// comments and by a quarter since it was last labelled: about 40 relabels for a cluster of
    /// a million comments, each weighing the cluster against all the others.
    static let relabelEvery = 1000

    public init(configuration: AnalysisConfiguration) {
        self.configuration = configuration
        annotator = Annotator(lexicon: configuration.lexicon, stopwords: configuration.stopwords)
        let cap: Int
        switch configuration.categories {
        case .auto: cap = 60
        case .fixed(let n): cap = n
        }
        clusterer = OnlineClusterer(maximumClusters: cap)
    }

    /// Processes the next event and returns its record.
    public mutating func process(_ event: ReadEvent) -> CommentResult {
        let index = nextIndex
        nextIndex += 1
        switch event {
        case .malformed(let bad):
            summary.addMalformed(bad)
            return CommentResult(index: index, id: nil, sentiment: nil, category: nil, error: bad.description)
        case .record(let record):
            let comment = annotator.annotate(record, index: index)
            summary.add(comment)
            var category: CommentResult.CategoryRef?
            if let z = clusterer.assign(comment.features, vocabularySize: annotator.features.vocabulary.count) {
                while accumulators.count <= z {
                    accumulators.append(CategoryAccumulator())
                    labels.append("")
                    labelledAt.append(0)
                }
                accumulators[z].add(
                    score: comment.sentiment.score, features: comment.features[...], day: record.day,
                    rating: record.score, segment: record.segment)
                accumulators[z].offerQuote(
                    index: index, text: record.text, compound: comment.sentiment.score.compound, features: comment.features)
                let size = accumulators[z].count
                if size >= Self.minimumNamedSize {
                    if size >= 2 * labelledAt[z] || size - labelledAt[z] >= max(Self.relabelEvery, labelledAt[z] / 4) { relabel(z) }
                    category = CommentResult.CategoryRef(id: z + 1, label: labels[z])
                }
            }
            return CommentResult(index: index, id: record.id, sentiment: comment.sentiment.score, category: category)
        }
    }

    private mutating func relabel(_ z: Int) {
        labels[z] = CategoryLabeler(features: annotator.features).label(accumulators, only: z).label
        labelledAt[z] = accumulators[z].count
    }

    /// The report over everything processed so far.
    public func report() -> Report {
        let documentCount = summary.all.count
        let minimum = configuration.categories == .auto ? max(3, documentCount / 200) : 1
        var kept: [CategoryAccumulator] = []
        var uncategorized = documentCount
        for accumulator in accumulators where accumulator.count >= minimum {
            kept.append(accumulator)
            uncategorized -= accumulator.count
        }
        let labelings = CategoryLabeler(features: annotator.features).label(kept)
        let assembler = ReportAssembler(
            configuration: configuration,
            clustering: "one-pass Dirichlet-multinomial mixture (online), alpha \(clusterer.alpha), "
                + "beta \(clusterer.beta), up to \(clusterer.maximumClusters) clusters")
        let inputs = zip(kept, labelings).map { Ranker.Input(accumulator: $0, labeling: $1) }
        return assembler.assemble(inputs, summary: summary, uncategorized: uncategorized).report
    }
}
