#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif

/// Assigns documents to clusters one at a time, as they arrive (a one-pass Dirichlet-multinomial
/// mixture, in the spirit of MStream, Yin et al., KDD 2018).
///
/// Each document joins the existing cluster that explains its terms best, or opens a new one
/// when that is likelier (weighted by `alpha` × documents seen). The number of clusters is
/// capped, so memory stays bounded on an endless stream.
///
/// - Complexity: O(clusters × terms per document) per document.
public struct OnlineClusterer: Sendable {
    struct Cluster: Sendable {
        var documents = 0
        var words = 0
        var terms: [Int32: Int32] = [:]
    }

    public var alpha = 0.1
    public var beta = 0.1
    public let maximumClusters: Int
    private(set) var clusters: [Cluster] = []
    private var seen = 0

    public init(maximumClusters: Int) { self.maximumClusters = max(1, maximumClusters) }

    /// The number of clusters opened so far.
    public var count: Int { clusters.count }

    /// The number of documents in cluster `z`.
    public func size(of z: Int) -> Int { clusters[z].documents }

    /// Assigns `features` to a cluster and returns its index, or nil for a document without terms.
    public mutating func assign(_ features: [Int32], vocabularySize: Int) -> Int? {
        guard !features.isEmpty else { return nil }
        seen += 1
        let sorted = features.sorted()
        let vBeta = Double(max(1, vocabularySize)) * beta
        func likelihood(_ cluster: Cluster) -> Double {
            var w = 0.0
            var repeatIndex = 0
            for (position, t) in sorted.enumerated() {
                repeatIndex = position > 0 && sorted[position - 1] == t ? repeatIndex + 1 : 0
                w += log(Double(cluster.terms[t] ?? 0) + beta + Double(repeatIndex))
            }
            for i in 0..<sorted.count { w -= log(Double(cluster.words) + vBeta + Double(i)) }
            return w
        }
        var best = -1
        var bestWeight = clusters.count < maximumClusters ? log(alpha * Double(seen)) + likelihood(Cluster()) : -Double.infinity
        for (z, cluster) in clusters.enumerated() {
            let w = log(Double(cluster.documents)) + likelihood(cluster)
            if w > bestWeight {
                bestWeight = w
                best = z
            }
        }
        if best < 0 {
            clusters.append(Cluster())
            best = clusters.count - 1
        }
        clusters[best].documents += 1
        clusters[best].words += sorted.count
        for t in sorted { clusters[best].terms[t, default: 0] += 1 }
        return best
    }
}
