/// The batch pipeline: annotate each comment as it streams in, then cluster, rank and report.
///
/// Per comment it keeps only compact state: topic-feature ids, four sentiment numbers, a day, a
/// score, a segment id and the id string, plus a bounded sample of short texts for quotes.
///
///     var analyzer = Analyzer(configuration: AnalysisConfiguration())
///     for text in comments { analyzer.add(text) }
///     let analysis = analyzer.finish()
///     print(MarkdownReporter().render(analysis.report))
public struct Analyzer {
    public let configuration: AnalysisConfiguration
    private var annotator: Annotator
    private var summary = SummaryAccumulator()
    private var documents = DocumentStore()
    private var scores: [SIMD4<Float>] = []  // compound, positive, neutral, negative
    private var days: [Int32] = []
    private var ratings: [Float] = []
    private var segments: [Int32] = []
    private var ids = StringColumn()
    private var errors: [Int: String] = [:]
    /// The taxonomy category of each comment, -1 for none.
    private var taxonomyMatches: [Int32] = []
    private var quoteSample: QuoteSample
    private var nextIndex = 0

    /// Texts longer than this are not kept as quote candidates.
    static let quotableBytes = 300

    public init(configuration: AnalysisConfiguration) {
        self.configuration = configuration
        annotator = Annotator(
            lexicon: configuration.lexicon, stopwords: configuration.stopwords, taxonomy: configuration.taxonomy)
        quoteSample = QuoteSample(capacity: 50_000, seed: configuration.seed)
    }

    /// The number of records consumed so far, malformed ones included.
    public var recordCount: Int { nextIndex }

    /// Adds a comment given as plain text.
    public mutating func add(_ text: String) {
        add(.record(InputRecord(text: text, location: SourceLocation(file: "-", line: nextIndex + 1))))
    }

    /// Adds the next event of the input stream; a malformed record takes an index too.
    public mutating func add(_ event: ReadEvent) {
        let index = nextIndex
        nextIndex += 1
        switch event {
        case .malformed(let bad):
            summary.addMalformed(bad)
            errors[index] = bad.description
            documents.append(EmptyCollection<Int32>())
            scores.append(SIMD4(0, 0, 1, 0))
            days.append(.min)
            ratings.append(.nan)
            segments.append(-1)
            ids.append(nil)
            taxonomyMatches.append(-1)
        case .record(let record):
            let comment = annotator.annotate(record, index: index)
            summary.add(comment)
            documents.append(comment.features)
            let s = comment.sentiment.score
            scores.append(SIMD4(Float(s.compound), Float(s.positive), Float(s.neutral), Float(s.negative)))
            days.append(record.day ?? .min)
            ratings.append(record.score.map(Float.init) ?? .nan)
            segments.append(summary.segmentID(record.segment))
            ids.append(record.id)
            taxonomyMatches.append(comment.taxonomyCategory.map(Int32.init) ?? -1)
            if record.text.utf8.count <= Self.quotableBytes {
                quoteSample.offer(index: index, text: record.text)
            }
        }
    }

    /// Clusters, ranks and builds the report.
    ///
    /// - Complexity: dominated by clustering (see ``CategoryDiscovery``): a fit on at most
    ///   20,000 comments, then O(comments × clusters × terms) on every core.
    public func finish() -> Analysis {
        let vocabularySize = annotator.features.vocabulary.count
        let isDiscovered = { (d: Int) in self.taxonomyMatches[d] < 0 }
        let discovery = CategoryDiscovery(categories: configuration.categories, seed: configuration.seed)
            .run(documents, vocabularySize: vocabularySize, isIncluded: isDiscovered)
        var raw = discovery.assignment
        let clusterCount = discovery.clusterCount
        let method = discovery.method

        // Taxonomy categories follow the discovered ones: cluster ids clusterCount + t.
        let taxonomy = configuration.taxonomy?.entries ?? []
        for i in raw.indices where taxonomyMatches[i] >= 0 { raw[i] = Int32(clusterCount) + taxonomyMatches[i] }
        let slotCount = clusterCount + taxonomy.count
        var accumulators = [CategoryAccumulator](repeating: CategoryAccumulator(), count: slotCount)
        var uncategorized = 0
        for i in 0..<documents.count where errors[i] == nil {
            let z = raw[i]
            guard z >= 0 else {
                uncategorized += 1
                continue
            }
            accumulators[Int(z)].add(
                score: score(at: i), features: documents.document(i), day: days[i] == .min ? nil : days[i],
                rating: ratings[i].isNaN ? nil : Double(ratings[i]),
                segment: nil)
        }
        for quote in quoteSample.sorted() where raw[quote.index] >= 0 {
            accumulators[Int(raw[quote.index])].offerQuote(
                index: quote.index, text: quote.text, compound: Double(scores[quote.index][0]),
                features: Array(documents.document(quote.index)))
        }

        var labelings = CategoryLabeler(features: annotator.features).label(accumulators)
        for (t, entry) in taxonomy.enumerated() { labelings[clusterCount + t].label = entry.name }
        let assembler = ReportAssembler(
            configuration: configuration,
            clustering: method)
        let inputs = zip(accumulators, labelings).enumerated().map { slot, pair in
            Ranker.Input(accumulator: pair.0, labeling: pair.1, origin: slot >= clusterCount ? .taxonomy : .discovered)
        }
        let (report, finalID) = assembler.assemble(inputs, summary: summary, uncategorized: uncategorized) {
            segmentSummaries(raw: raw, finalID: $0)
        }

        let labels = Dictionary(uniqueKeysWithValues: report.categories.map { ($0.id, $0.label) })
        let assignments = (0..<documents.count).map { i -> CommentResult in
            if let error = errors[i] { return CommentResult(index: i, id: nil, sentiment: nil, category: nil, error: error) }
            let category = raw[i] >= 0 ? finalID[Int(raw[i])] : 0
            return CommentResult(
                index: i, id: ids[i], sentiment: score(at: i),
                category: category > 0 ? CommentResult.CategoryRef(id: category, label: labels[category]!) : nil)
        }
        return Analysis(report: report, assignments: assignments)
    }

    private func score(at i: Int) -> SentimentScore {
        let s = scores[i]
        return SentimentScore(compound: Double(s[0]), positive: Double(s[1]), neutral: Double(s[2]), negative: Double(s[3]))
    }

    private func segmentSummaries(raw: [Int32], finalID: [Int]) -> [Report.Segment] {
        guard !summary.segmentNames.isEmpty else { return [] }
        var counts = [Int](repeating: 0, count: summary.segmentNames.count)
        var sums = [Double](repeating: 0, count: summary.segmentNames.count)
        var categoryCounts = [[Int: Int]](repeating: [:], count: summary.segmentNames.count)
        for i in 0..<segments.count where segments[i] >= 0 {
            let s = Int(segments[i])
            counts[s] += 1
            sums[s] += Double(scores[i][0])
            if raw[i] >= 0 { categoryCounts[s][finalID[Int(raw[i])], default: 0] += 1 }
        }
        return summary.segmentNames.indices.map { s in
            Report.Segment(
                name: summary.segmentNames[s], count: counts[s], meanCompound: sums[s] / Double(max(1, counts[s])),
                topCategories: categoryCounts[s].sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(3).map(\.key))
        }.sorted { ($0.count, $1.name) > ($1.count, $0.name) }
    }
}

/// The result of a batch analysis.
public struct Analysis: Sendable {
    public var report: Report
    /// One result per input record, in input order.
    public var assignments: [CommentResult]
}
