/// The batch pipeline: annotate each comment as it streams in, then cluster, rank and report.
///
/// Per comment it keeps only compact state: topic-feature ids, four sentiment numbers, a day, a
/// score, a segment id and the id string, plus a bounded sample of short texts for quotes.
/// Comments are annotated (tokenized, scored, scanned for features) in chunks, on `jobs`
/// threads, and merged in input order, so the result does not depend on the number of jobs.
///
///     var analyzer = Analyzer(configuration: AnalysisConfiguration(), jobs: 2)
///     for text in comments { analyzer.add(text) }
///     let analysis = analyzer.finish()
///     print(MarkdownReporter().render(analysis.report))
public struct Analyzer {
    public let configuration: AnalysisConfiguration
    /// The number of threads comments are annotated on (1: the calling thread).
    public let jobs: Int
    private var extractor: FeatureExtractor
    /// Workers not annotating a chunk right now.
    private var idle: [AnnotationWorker]
    /// The threads (one serial lane each) chunks are annotated on.
    private let lanes: [ChunkJob.Lane]
    /// Chunks being annotated on other threads, oldest first.
    private var inFlight: [ChunkJob] = []
    /// Events added but not yet handed to a worker.
    private var pending: [ReadEvent] = []
    private var features: [Int32] = []
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
    /// Events annotated together: a job for one thread.
    static let chunkSize = 4096

    /// An analyzer annotating comments on `jobs` threads besides the caller's (1: on the calling
    /// thread only). The result is the same for any number of jobs.
    public init(configuration: AnalysisConfiguration, jobs: Int = 1) {
        self.configuration = configuration
        self.jobs = max(1, jobs)
        extractor = FeatureExtractor(stopwords: configuration.stopwords, lexicon: configuration.lexicon)
        // Two chunks per thread in flight, so the reading thread seldom waits for one.
        let jobs = self.jobs
        idle = (0..<(jobs == 1 ? 1 : 2 * jobs)).map { AnnotationWorker(configuration: configuration, lane: $0 % jobs) }
        lanes = (0..<jobs).map { _ in ChunkJob.Lane() }
        quoteSample = QuoteSample(capacity: 50_000, seed: configuration.seed)
        pending.reserveCapacity(Self.chunkSize)
    }

    /// The number of records consumed so far, malformed ones included.
    public var recordCount: Int { nextIndex }

    /// Adds a comment given as plain text.
    public mutating func add(_ text: String) {
        add(.record(InputRecord(text: text, location: SourceLocation(file: "-", line: nextIndex + 1))))
    }

    /// Adds the next event of the input stream; a malformed record takes an index too.
    ///
    /// - Complexity: amortized O(1) plus, once a chunk is full, ``dispatch(_:)``.
    ///
    /// Events are annotated a chunk at a time, on another thread when `jobs` > 1, while the
    /// caller goes on reading; at most 2 × `jobs` chunks are in flight.
    public mutating func add(_ event: ReadEvent) {
        nextIndex += 1
        pending.append(event)
        if pending.count >= Self.chunkSize { dispatchPending() }
    }

    /// Adds the next events of the input stream, in order: the same as adding them one by one.
    ///
    /// - Complexity: O(events); a batch of at least half a chunk is handed to a worker as it is.
    public mutating func add(contentsOf events: [ReadEvent]) {
        nextIndex += events.count
        if pending.isEmpty, events.count >= Self.chunkSize / 2 {
            dispatch(events)  // a whole read's events make a chunk as they are
        } else {
            pending.append(contentsOf: events)
            if pending.count >= Self.chunkSize { dispatchPending() }
        }
    }

    /// Hands the pending events to a worker.
    ///
    /// - Complexity: see ``dispatch(_:)``.
    private mutating func dispatchPending() {
        guard !pending.isEmpty else { return }
        let events = pending
        pending.removeAll(keepingCapacity: true)
        dispatch(events)
    }

    /// Annotates `events`, the next in input order, on the calling thread with one job, else
    /// on another thread once a worker is free (merging the oldest chunk to free one).
    ///
    /// - Complexity: O(bytes of the events) with one job; else O(1) plus, when no worker is
    ///   free, a wait for the oldest chunk and its merge.
    private mutating func dispatch(_ events: [ReadEvent]) {
        if jobs == 1 {
            var worker = idle.removeLast()  // moved out, so its tables are not copied on write
            let chunk = worker.annotate(events)
            merge(chunk, worker: &worker)
            idle.append(worker)
            return
        }
        if idle.isEmpty { mergeOldest() }
        let worker = idle.removeFirst()
        inFlight.append(ChunkJob(events: events, worker: worker, lane: lanes[worker.lane]))
    }

    /// Waits for the oldest chunk in flight, merges it and makes its worker idle.
    ///
    /// - Complexity: O(events + features) of the chunk, after the wait.
    private mutating func mergeOldest() {
        var (chunk, worker) = inFlight.removeFirst().take()
        merge(chunk, worker: &worker)
        idle.append(worker)
    }

    /// Annotates what is pending and merges every chunk in flight.
    ///
    /// - Complexity: O(events pending and in flight).
    private mutating func drain() {
        dispatchPending()
        while !inFlight.isEmpty { mergeOldest() }
    }

    /// Merges an annotated chunk, the next in input order, into the per-comment columns.
    ///
    /// - Complexity: O(events + features) in the chunk.
    private mutating func merge(_ chunk: AnnotatedChunk, worker: inout AnnotationWorker) {
        let base = documents.count
        for (offset, event) in chunk.events.enumerated() {
            let index = base + offset
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
                let s = chunk.scores[offset]
                worker.internFeatures(ofComment: offset, in: chunk, with: &extractor, into: &features)
                summary.add(record, score: s, repaired: chunk.repaired[offset])
                documents.append(features)
                scores.append(SIMD4(Float(s.compound), Float(s.positive), Float(s.neutral), Float(s.negative)))
                days.append(record.day ?? .min)
                ratings.append(record.score.map(Float.init) ?? .nan)
                segments.append(summary.segmentID(record.segment))
                ids.append(record.id)
                taxonomyMatches.append(chunk.taxonomy[offset])
                if record.text.utf8.count <= Self.quotableBytes {
                    quoteSample.offer(index: index, text: record.text)
                }
            }
        }
    }

    /// Clusters, ranks and builds the report.
    ///
    /// - Complexity: dominated by clustering (see ``CategoryDiscovery``): a fit on at most
    ///   20,000 comments, then O(comments × clusters × terms) on every core.
    public mutating func finish() -> Analysis {
        drain()
        let vocabularySize = extractor.vocabulary.count
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

        var labelings = CategoryLabeler(features: extractor).label(accumulators)
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
