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
        // Unit vectors as term-sorted arrays, so sums run in one fixed order: the same input
        // gives bit-identical similarities whatever order a dictionary happens to iterate in.
        func weighted(_ v: [Int32: Double]) -> [(term: Int32, weight: Double)] {
            var w = v.map { (term: $0.key, weight: $0.value * idf[$0.key]!) }
            w.sort { $0.term < $1.term }
            let norm = w.reduce(0) { $0 + $1.weight * $1.weight }.squareRoot()
            if norm > 0 { for k in w.indices { w[k].weight /= norm } }
            return w
        }
        func dot(_ a: [(term: Int32, weight: Double)], _ b: [(term: Int32, weight: Double)]) -> Double {
            var i = 0, j = 0, sum = 0.0
            while i < a.count && j < b.count {
                if a[i].term == b[j].term {
                    sum += a[i].weight * b[j].weight
                    i += 1
                    j += 1
                } else if a[i].term < b[j].term {
                    i += 1
                } else {
                    j += 1
                }
            }
            return sum
        }
        var alive = (0..<clusterCount).filter { !vectors[$0].isEmpty }
        var unit = vectors.map(weighted)
        var parent = Array(0..<clusterCount)
        var merges = 0
        while alive.count > 1 {
            var best = (a: -1, b: -1, similarity: threshold)
            for i in 0..<alive.count {
                for j in (i + 1)..<alive.count {
                    let similarity = dot(unit[alive[i]], unit[alive[j]])
                    if similarity >= best.similarity, similarity > best.similarity || best.a < 0 {
                        best = (alive[i], alive[j], similarity)
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
