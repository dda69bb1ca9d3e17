#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif

/// Merges clusters that talk about the same thing: over-cluster first, then join near-duplicates.
///
/// Each cluster is a TF-IDF vector of the documents in it (document frequency of each term,
/// times log(N / document frequency overall)). While the most similar pair has a cosine of at
/// least `threshold`, that pair is merged (average linkage on the summed vectors).
///
/// - Complexity: O(merges × clusters² × terms per cluster).
public struct ClusterMerger: Sendable {
    public var threshold: Double

    public init(threshold: Double = 0.5) { self.threshold = threshold }

    /// Rewrites `assignment` so merged clusters share the lower index; returns the merge count.
    @discardableResult
    public func merge(_ assignment: inout [Int32], documents: DocumentStore, clusterCount: Int) -> Int {
        var documentFrequency: [Int32: Int] = [:]
        var vectors = [[Int32: Double]](repeating: [:], count: clusterCount)
        var seen = Set<Int32>()
        var total = 0
        for d in 0..<documents.count where assignment[d] >= 0 {
            total += 1
            seen.removeAll(keepingCapacity: true)
            for t in documents.document(d) where seen.insert(t).inserted {
                documentFrequency[t, default: 0] += 1
                vectors[Int(assignment[d])][t, default: 0] += 1
            }
        }
        guard total > 0 else { return 0 }
        let idf = documentFrequency.mapValues { log(Double(total) / Double($0)) }
        func weighted(_ v: [Int32: Double]) -> [Int32: Double] {
            var w = v
            for (t, x) in v { w[t] = x * idf[t]! }
            let norm = w.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
            if norm > 0 { for (t, x) in w { w[t] = x / norm } }
            return w
        }
        var alive = (0..<clusterCount).filter { !vectors[$0].isEmpty }
        var unit = vectors.map(weighted)
        var parent = Array(0..<clusterCount)
        var merges = 0
        while alive.count > 1 {
            var best = (a: -1, b: -1, similarity: threshold)
            for i in 0..<alive.count {
                for j in (i + 1)..<alive.count {
                    let a = unit[alive[i]], b = unit[alive[j]]
                    let (small, large) = a.count < b.count ? (a, b) : (b, a)
                    var dot = 0.0
                    for (t, x) in small { if let y = large[t] { dot += x * y } }
                    if dot >= best.similarity, dot > best.similarity || best.a < 0 {
                        best = (alive[i], alive[j], dot)
                    }
                }
            }
            guard best.a >= 0 else { break }
            for (t, x) in vectors[best.b] { vectors[best.a][t, default: 0] += x }
            vectors[best.b] = [:]
            unit[best.a] = weighted(vectors[best.a])
            parent[best.b] = best.a
            alive.removeAll { $0 == best.b }
            merges += 1
        }
        func root(_ z: Int) -> Int {
            var z = z
            while parent[z] != z { z = parent[z] }
            return z
        }
        for d in assignment.indices where assignment[d] >= 0 { assignment[d] = Int32(root(Int(assignment[d]))) }
        return merges
    }
}
