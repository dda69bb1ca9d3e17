/// The streaming pipeline: each line in, one result out, categories kept current online.
///
/// Unlike ``Analyzer`` it keeps no per-comment state: only cluster totals, a bounded set of
/// quotes per cluster and the feature vocabulary, all capped, so memory does not grow with the
/// stream's length: the vocabulary holds at most ``vocabularyCapacity`` terms (then keeps its
/// commonest half, ``FeatureExtractor/compact()``), the clusters' term counts a row per term,
/// each category its commonest terms (``CategoryAccumulator/termCapacity``).
///
/// Events given together (``process(_:emit:)``, e.g. the lines of one read) are annotated in
/// chunks on `jobs` threads, as ``Analyzer`` does, then assigned to clusters and returned in
/// input order; the records are the same however the events were grouped.
///
///     var processor = StreamProcessor(configuration: AnalysisConfiguration(), jobs: 2)
///     processor.process(events) { print(RecordFormatter().json($0)) }
public struct StreamProcessor {
    public let configuration: AnalysisConfiguration
    /// The number of threads events given together are annotated on (1: the calling thread).
    public let jobs: Int
    private var extractor: FeatureExtractor
    /// Workers not annotating a chunk right now.
    private var idle: [AnnotationWorker]
    /// The threads (one serial lane each) chunks are annotated on.
    private let lanes: [ChunkJob.Lane]
    private var clusterer: OnlineClusterer
    private var summary = SummaryAccumulator()
    private var accumulators: [CategoryAccumulator] = []
    private var labels: [String] = []
    private var labelledAt: [Int] = []
    /// Term and pair totals over the categories for relabelling, and when they were taken.
    private var labelTotals: CategoryLabeler.Totals?
    private var labelTotalsAt = 0
    private var nextIndex = 0
    /// Scratch: one comment's features.
    private var features: [Int32] = []

    /// A cluster is named in records once it holds this many comments.
    static let minimumNamedSize = 2
    /// A cluster's label is recomputed when its size doubles, or when it grew by this many
    /// comments and by a quarter since it was last labelled: about 40 relabels for a cluster of
    /// a million comments, each weighing the cluster against all the others.
    static let relabelEvery = 1000
    /// The feature vocabulary's cap: reaching it, the vocabulary keeps its 20,000 commonest
    /// terms (as each category keeps its commonest, ``CategoryAccumulator/termCapacity``).
    public static let vocabularyCapacity = 40_000
    /// Events given together are annotated on other threads only from this many on: fewer
    /// (a line typed, `tail -f`) are answered on the calling thread at once.
    static let parallelMinimum = 64
    /// The most events one worker annotates at a time.
    static let chunkSize = 4096

    /// A processor annotating events given together on `jobs` threads (1: on the calling thread),
    /// its feature vocabulary capped at `vocabularyCapacity` terms (at least 2 × the concepts).
    /// The records and report are the same for any number of jobs.
    public init(configuration: AnalysisConfiguration, jobs: Int = 1, vocabularyCapacity: Int = Self.vocabularyCapacity) {
        self.configuration = configuration
        self.jobs = max(1, jobs)
        extractor = FeatureExtractor(stopwords: configuration.stopwords, lexicon: configuration.lexicon)
        extractor.capacity = max(vocabularyCapacity, 2 * ConceptLexicon.builtIn.count + 2)
        let jobs = self.jobs
        idle = (0..<(jobs == 1 ? 1 : 2 * jobs)).map { AnnotationWorker(configuration: configuration, lane: $0 % jobs) }
        lanes = jobs == 1 ? [] : (0..<jobs).map { _ in ChunkJob.Lane() }
        let cap: Int
        switch configuration.categories {
        case .auto: cap = 60
        case .fixed(let n): cap = n
        }
        clusterer = OnlineClusterer(maximumClusters: cap)
    }

    /// The number of terms the feature vocabulary holds (at most ``vocabularyCapacity``).
    public var vocabularySize: Int { extractor.vocabulary.count }

    /// The number of per-cluster term counts held (clusters × terms), capped with the vocabulary.
    public var clusterTermCounts: Int { clusterer.countCapacity }

    /// Processes the next event and returns its record.
    ///
    /// - Complexity: O(bytes of the text + clusters × its features).
    public mutating func process(_ event: ReadEvent) -> CommentResult {
        var result: CommentResult?
        process(CollectionOfOne(event)[...]) { result = $0 }
        return result!
    }

    /// Processes the next events, in order, calling `emit` with each one's record in input order
    /// (as soon as it is ready: the first while later chunks are still being annotated).
    ///
    /// The same records as processing the events one by one. Should `emit` throw, the
    /// remaining events are not processed and the error is rethrown.
    /// - Complexity: O(bytes of the texts + clusters × features), the annotation shared over
    ///   `jobs` threads when there are at least ``parallelMinimum`` events.
    public mutating func process<Events: Collection<ReadEvent>, Failure: Error>(
        _ events: Events, emit: (CommentResult) throws(Failure) -> Void
    ) throws(Failure) {
        guard jobs > 1, events.count >= Self.parallelMinimum else {
            var worker = idle.removeLast()  // moved out, so its tables are not copied on write
            defer { idle.append(worker) }
            var start = events.startIndex
            while start != events.endIndex {
                let end = events.index(start, offsetBy: Self.chunkSize, limitedBy: events.endIndex) ?? events.endIndex
                let chunk = worker.annotate(Array(events[start..<end]))
                try merge(chunk, worker: &worker, emit: emit)
                start = end
            }
            return
        }
        // Enough chunks to keep every worker busy, none larger than chunkSize.
        let pieces = max(idle.count, (events.count + Self.chunkSize - 1) / Self.chunkSize)
        let size = (events.count + pieces - 1) / pieces
        var inFlight: [ChunkJob] = []
        var failure: Failure?
        var start = events.startIndex
        while start != events.endIndex || !inFlight.isEmpty {
            if start != events.endIndex, !idle.isEmpty {
                let end = events.index(start, offsetBy: size, limitedBy: events.endIndex) ?? events.endIndex
                let worker = idle.removeFirst()
                inFlight.append(ChunkJob(events: Array(events[start..<end]), worker: worker, lane: lanes[worker.lane]))
                start = end
                continue
            }
            var (chunk, worker) = inFlight.removeFirst().take()
            if failure == nil {
                do throws(Failure) {
                    try merge(chunk, worker: &worker, emit: emit)
                } catch {
                    failure = error
                    start = events.endIndex  // dispatch no more; collect the workers in flight
                }
            }
            idle.append(worker)
        }
        if let failure { throw failure }
    }

    /// Assigns the events of an annotated chunk, the next in input order, and emits their records.
    ///
    /// - Complexity: O(events + clusters × features) of the chunk.
    private mutating func merge<Failure: Error>(
        _ chunk: AnnotatedChunk, worker: inout AnnotationWorker, emit: (CommentResult) throws(Failure) -> Void
    ) throws(Failure) {
        for (offset, event) in chunk.events.enumerated() {
            let index = nextIndex
            nextIndex += 1
            switch event {
            case .malformed(let bad):
                summary.addMalformed(bad)
                try emit(CommentResult(index: index, id: nil, sentiment: nil, category: nil, error: bad.description))
            case .record(let record):
                let score = chunk.scores[offset]
                worker.internFeatures(ofComment: offset, in: chunk, with: &extractor, into: &features)
                summary.add(record, score: score, repaired: chunk.repaired[offset])
                let category = categorize(record, score: score, index: index)
                if extractor.needsCompaction { compactVocabulary() }
                try emit(CommentResult(index: index, id: record.id, sentiment: score, category: category))
            }
        }
    }

    /// Assigns the comment whose features are in ``features`` to a cluster and returns its category.
    private mutating func categorize(_ record: InputRecord, score: SentimentScore, index: Int) -> CommentResult.CategoryRef? {
        guard let z = clusterer.assign(features, vocabularySize: extractor.vocabulary.count) else { return nil }
        while accumulators.count <= z {
            accumulators.append(CategoryAccumulator())
            labels.append("")
            labelledAt.append(0)
        }
        accumulators[z].add(score: score, features: features[...], day: record.day, rating: record.score, segment: record.segment)
        if accumulators[z].quotes.count < CategoryAccumulator.quoteCapacity {
            accumulators[z].offerQuote(index: index, text: record.text, compound: score.compound, features: features)
        }
        let size = accumulators[z].count
        guard size >= Self.minimumNamedSize else { return nil }
        if size >= 2 * labelledAt[z] || size - labelledAt[z] >= max(Self.relabelEvery, labelledAt[z] / 4) { relabel(z) }
        return CommentResult.CategoryRef(id: z + 1, label: labels[z])
    }

    /// Keeps the vocabulary's commonest terms and renumbers everything that holds term ids.
    private mutating func compactVocabulary() {
        let newID = extractor.compact()
        clusterer.renumberTerms(newID)
        for z in accumulators.indices { accumulators[z].renumberTerms(newID) }
        labelTotals = nil
    }

    /// Names cluster `z` from its terms, weighed against the totals over all clusters; those are
    /// taken again once a sixteenth of the stream came since (about 180 times in a million comments).
    private mutating func relabel(_ z: Int) {
        let processed = summary.all.count
        if labelTotals == nil || processed - labelTotalsAt >= max(1, labelTotalsAt / 16) {
            labelTotals = CategoryLabeler.Totals(accumulators)
            labelTotalsAt = processed
        }
        labels[z] = CategoryLabeler(features: extractor).label(accumulators[z], totals: labelTotals!).label
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
        let labelings = CategoryLabeler(features: extractor).label(kept)
        let assembler = ReportAssembler(
            configuration: configuration,
            clustering: "one-pass Dirichlet-multinomial mixture (online), alpha \(clusterer.alpha), "
                + "beta \(clusterer.beta), up to \(clusterer.maximumClusters) clusters")
        let inputs = zip(kept, labelings).map { Ranker.Input(accumulator: $0, labeling: $1) }
        return assembler.assemble(inputs, summary: summary, uncategorized: uncategorized).report
    }
}
