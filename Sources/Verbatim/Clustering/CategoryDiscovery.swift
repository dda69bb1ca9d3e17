/// Finds the recurring-issue categories of a document store: the clustering stage of ``Analyzer``.
///
/// `.fixed(n)`: spherical k-means on TF-IDF vectors, exactly n clusters. `.auto`: a
/// Dirichlet-multinomial mixture (GSDMM) started with more clusters than needed empties the
/// surplus, its prior scaled to the vocabulary (``priorWordsPerCluster``); near-duplicate clusters
/// are merged and clusters smaller than ``minimumClusterSize(documents:)`` go to "other" (-1).
///
/// Either model is fit on at most ``fitCapacity`` documents, a seeded random ``DocumentSample``;
/// with more documents than that, one linear pass on every core then puts each document in its
/// most likely cluster (nearest centroid, or highest mixture weight). Inputs within the capacity
/// are fit whole.
///
/// - Complexity: O(fit on min(n, fitCapacity) documents + n × clusters × terms per document).
public struct CategoryDiscovery: Sendable {
    public var categories: CategoryCount
    public var seed: UInt64
    /// The most documents a model is fit on.
    public var fitCapacity = 20_000

    public init(categories: CategoryCount, seed: UInt64) {
        self.categories = categories
        self.seed = seed
    }

    /// The outcome: a cluster per document (-1: none) in `0..<clusterCount`, and what was run.
    public struct Result: Sendable {
        public var assignment: [Int32]
        public var clusterCount: Int
        /// One line for the report's method section.
        public var method: String
    }

    /// Clusters the documents that `isIncluded` admits; the others get -1.
    public func run(_ documents: DocumentStore, vocabularySize: Int, isIncluded: (Int) -> Bool) -> Result {
        let sample = DocumentSample(documents, capacity: fitCapacity, seed: seed, isIncluded: isIncluded)
        let sampling = sample.isComplete ? "" : ", fit on a random sample of \(sample.indices.count) comments, "
            + "then every comment put in its most likely cluster"
        var assignment: [Int32]
        switch categories {
        case .fixed(let n):
            let kmeans = SphericalKMeans(clusterCount: n, seed: seed)
            if sample.isComplete {
                let vectors = TFIDFVectors(
                    documents, vocabularySize: vocabularySize, minimumDocumentFrequency: 2, isIncluded: isIncluded)
                assignment = kmeans.fit(vectors).assignment
            } else {
                let vectors = TFIDFVectors(sample.documents, vocabularySize: vocabularySize, minimumDocumentFrequency: 2)
                let fitted = kmeans.fit(vectors).assignment
                assignment = NearestCentroids(vectors: vectors, assignment: fitted, clusterCount: n).assign(documents)
            }
            for d in assignment.indices where !isIncluded(d) { assignment[d] = -1 }
            return Result(
                assignment: assignment, clusterCount: n,
                method: "spherical k-means on TF-IDF vectors, greedy k-means++ seeding, best of \(kmeans.restarts) restarts, "
                    + "single-document local search, \(n) clusters" + sampling)
        case .auto:
            let clusterCount = Self.initialClusterCount(documents: sample.indices.count)
            var clusterer = DirichletMixtureClusterer(clusterCount: clusterCount, seed: seed)
            clusterer.beta = Self.beta(vocabularySize: vocabularySize)
            let merger = ClusterMerger()
            if sample.isComplete {
                assignment = clusterer.fit(documents, vocabularySize: vocabularySize, isIncluded: isIncluded)
                merger.merge(&assignment, documents: documents, clusterCount: clusterCount)
            } else {
                var fitted = clusterer.fit(sample.documents, vocabularySize: vocabularySize)
                merger.merge(&fitted, documents: sample.documents, clusterCount: clusterCount)
                let model = DirichletMixtureModel(
                    documents: sample.documents, assignment: fitted, clusterCount: clusterCount,
                    vocabularySize: vocabularySize, alpha: clusterer.alpha, beta: clusterer.beta)
                assignment = model.assign(documents)
            }
            for d in assignment.indices where !isIncluded(d) { assignment[d] = -1 }
            var sizes = [Int](repeating: 0, count: clusterCount)
            for z in assignment where z >= 0 { sizes[Int(z)] += 1 }
            let minimum = Self.minimumClusterSize(documents: sizes.reduce(0, +))
            for d in assignment.indices where assignment[d] >= 0 && sizes[Int(assignment[d])] < minimum { assignment[d] = -1 }
            return Result(
                assignment: assignment, clusterCount: clusterCount,
                method: "Dirichlet-multinomial mixture (GSDMM), \(clusterer.iterations) Gibbs sweeps, "
                    + "alpha \(clusterer.alpha), beta \(Format.compact(clusterer.beta)) "
                    + "(\(Int(Self.priorWordsPerCluster)) prior words over \(vocabularySize) terms), "
                    + "up to \(clusterCount) clusters" + sampling)
        }
    }

    /// The prior's pseudo-words per cluster, V·β: GSDMM's β is this over the vocabulary size V.
    ///
    /// With a fixed β, the prior mass V·β of every cluster grows with the vocabulary, so a large,
    /// noisy vocabulary (clinc150: 2,200 terms, 30 comments of 4 terms per class) lets the prior
    /// outweigh a small issue's own words and the sampler merges issues; fixing V·β keeps the
    /// prior's weight the same whatever the vocabulary. Measured: 60 splits the sample dump's
    /// planted issues, 100 merges clinc150's; 80 between.
    static let priorWordsPerCluster = 80.0

    /// GSDMM's β for a vocabulary of `vocabularySize` terms: ``priorWordsPerCluster`` over it, at
    /// most 0.1 (Yin & Wang's value), so that a small vocabulary does not get a prior so flat that
    /// unseen words cost nothing.
    static func beta(vocabularySize: Int) -> Double {
        min(0.1, priorWordsPerCluster / Double(max(1, vocabularySize)))
    }

    /// The clusters GSDMM starts with for `documents` documents: one per 20, from 8 to 300. The
    /// sampler empties the ones it does not need, so the start only needs to exceed the count found.
    static func initialClusterCount(documents: Int) -> Int {
        min(300, max(8, documents / 20))
    }

    /// The fewest comments a category keeps among `documents` clustered ones; smaller ones go to "other".
    static func minimumClusterSize(documents: Int) -> Int {
        max(5, documents / 200)
    }
}
