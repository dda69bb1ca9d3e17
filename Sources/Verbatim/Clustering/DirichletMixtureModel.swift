#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif

/// A fitted Dirichlet-multinomial mixture: per cluster, its document count and term counts, able
/// to put any document in its most likely cluster.
///
/// Built from a partition (usually ``DirichletMixtureClusterer``'s fit on a ``DocumentSample``);
/// a document's score for cluster z is GSDMM's collapsed predictive weight
/// log(m_z + α) + Σ log(n_z,w + β + j) − Σ log(n_z + Vβ + i) over its terms, the weight the
/// sampler's final sweep maximizes. Only non-empty clusters compete; ties go to the lower index.
///
/// - Complexity: O(terms in the partition + vocabulary × clusters) to build, memory
///   O(vocabulary × clusters); ``assign(_:)`` O(terms of all documents × clusters), on every core.
public struct DirichletMixtureModel: Sendable {
    public let clusterCount: Int
    public let alpha: Double
    public let beta: Double
    private let vocabularySize: Int
    private let clusters: [Int]  // the non-empty clusters, ascending
    private let sizeLogs: [Double]  // log(m_z + alpha), per entry of `clusters`
    private let wordCounts: [Double]  // n_z, per entry of `clusters`
    private let termCounts: [Int32]  // term-major over `clusters`: termCounts[t * clusters.count + c]
    private let countLogs: [Double]  // log(n + beta) for small n
    private let lengthLogs: [Double]  // per cluster, Σ_{i<L} log(n_z + Vβ + i) for L in 0...maximumTabulatedLength
    private static let maximumTabulatedLength = 64

    /// Counts the documents of `documents` that `assignment` puts in `0..<clusterCount`.
    public init(
        documents: DocumentStore, assignment: [Int32], clusterCount: Int, vocabularySize: Int,
        alpha: Double, beta: Double
    ) {
        self.clusterCount = clusterCount
        self.alpha = alpha
        self.beta = beta
        self.vocabularySize = max(1, vocabularySize)
        var sizes = [Int](repeating: 0, count: clusterCount)
        for z in assignment where z >= 0 && Int(z) < clusterCount { sizes[Int(z)] += 1 }
        clusters = (0..<clusterCount).filter { sizes[$0] > 0 }
        var slot = [Int](repeating: -1, count: clusterCount)
        for (c, z) in clusters.enumerated() { slot[z] = c }
        let width = clusters.count
        var words = [Double](repeating: 0, count: width)
        var counts = [Int32](repeating: 0, count: self.vocabularySize * width)
        for d in 0..<documents.count where assignment[d] >= 0 && Int(assignment[d]) < clusterCount {
            let c = slot[Int(assignment[d])]
            for t in documents.document(d) where Int(t) < self.vocabularySize {
                counts[Int(t) * width + c] += 1
                words[c] += 1
            }
        }
        sizeLogs = clusters.map { log(Double(sizes[$0]) + alpha) }
        wordCounts = words
        termCounts = counts
        countLogs = (0..<min(Int(words.reduce(0, +)) + 64, 1 << 20)).map { log(Double($0) + beta) }
        let vBeta = Double(self.vocabularySize) * beta
        let l = Self.maximumTabulatedLength
        var lengths = [Double](repeating: 0, count: width * (l + 1))
        for c in 0..<width {
            for i in 0..<l { lengths[c * (l + 1) + i + 1] = lengths[c * (l + 1) + i] + log(words[c] + vBeta + Double(i)) }
        }
        lengthLogs = lengths
    }

    /// The number of clusters with members.
    public var nonEmptyClusterCount: Int { clusters.count }

    /// The most likely cluster of every document of `documents`; -1 for a document without terms
    /// or when the model has no clusters. Deterministic whatever the number of cores.
    public func assign(_ documents: DocumentStore) -> [Int32] {
        let width = clusters.count
        return ParallelAssignment.assign(documents, makeScratch: { [Double](repeating: 0, count: width) }) { terms, sums in
            mostLikelyCluster(sortedTerms: &terms, sums: &sums)
        }
    }

    /// The most likely cluster of one document given as its terms (in any order).
    public func mostLikelyCluster<C: Collection>(of terms: C) -> Int32 where C.Element == Int32 {
        var sorted = Array(terms)
        var sums = [Double](repeating: 0, count: clusters.count)
        return mostLikelyCluster(sortedTerms: &sorted, sums: &sums)
    }

    private func mostLikelyCluster(sortedTerms sorted: inout [Int32], sums: inout [Double]) -> Int32 {
        let width = clusters.count
        guard !sorted.isEmpty, width > 0 else { return -1 }
        sorted.sort()
        for c in 0..<width { sums[c] = sizeLogs[c] }
        var repeatIndex = 0
        termCounts.withUnsafeBufferPointer { counts in
            countLogs.withUnsafeBufferPointer { table in
                sums.withUnsafeMutableBufferPointer { out in
                    for (position, t) in sorted.enumerated() {
                        repeatIndex = position > 0 && sorted[position - 1] == t ? repeatIndex + 1 : 0
                        // A term outside the vocabulary adds the same log(β + j) to every cluster: skipped.
                        guard Int(t) < vocabularySize else { continue }
                        let base = Int(t) * width
                        for c in 0..<width {
                            let n = Int(counts[base + c]) + repeatIndex
                            out[c] += n < table.count ? table[n] : log(Double(n) + beta)
                        }
                    }
                }
            }
        }
        let vBeta = Double(vocabularySize) * beta
        let l = Self.maximumTabulatedLength
        var best = 0
        var bestWeight = -Double.infinity
        for c in 0..<width {
            var w = sums[c] - lengthLogs[c * (l + 1) + min(l, sorted.count)]
            for i in min(l, sorted.count)..<sorted.count { w -= log(wordCounts[c] + vBeta + Double(i)) }
            if w > bestWeight {
                bestWeight = w
                best = c
            }
        }
        return Int32(clusters[best])
    }
}
