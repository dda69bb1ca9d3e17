#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif

/// Clusters short texts with a Dirichlet-multinomial mixture, fit by collapsed Gibbs sampling
/// (GSDMM, Yin & Wang, KDD 2014).
///
/// Each document belongs to one cluster; a cluster is a distribution over terms. Sampling moves a
/// document toward clusters that are large (weighted by `alpha`) and share its terms (smoothed
/// by `beta`). Started with more clusters than needed, the sampler empties the surplus, which
/// lets ``CategoryCount/auto`` find the number of categories itself.
///
/// - Complexity: O(iterations × documents × clusters × terms per document).
public struct DirichletMixtureClusterer: Sendable {
    public var clusterCount: Int
    public var alpha = 0.1
    public var beta = 0.1
    public var iterations = 50
    public var seed: UInt64

    public init(clusterCount: Int, seed: UInt64) {
        self.clusterCount = clusterCount
        self.seed = seed
    }

    /// Assigns each document a cluster in `0..<clusterCount`, or -1 if it has no terms or
    /// `isIncluded` leaves it out.
    public func fit(
        _ documents: DocumentStore, vocabularySize: Int, isIncluded: (Int) -> Bool = { _ in true }
    ) -> [Int32] {
        let k = max(1, clusterCount)
        let v = max(1, vocabularySize)
        var random = SeededGenerator(seed: seed)
        var assignment = [Int32](repeating: -1, count: documents.count)
        var docCount = [Double](repeating: 0, count: k)
        var wordCount = [Double](repeating: 0, count: k)
        var termCount = [Int32](repeating: 0, count: k * v)  // term-major: termCount[t * k + z]

        func move(_ d: Int, to z: Int, by sign: Int32) {
            docCount[z] += Double(sign)
            for t in documents.document(d) {
                termCount[Int(t) * k + z] += sign
                wordCount[z] += Double(sign)
            }
        }

        let vBeta = Double(v) * beta
        // The likelihood takes logs of small integers plus beta or V·beta, again and again:
        // tabulated once up to the corpus size (capped), computed beyond.
        let tableSize = min(documents.terms.count + 1, 1 << 20)
        let tables = LogTables(
            count: (0..<tableSize).map { log(Double($0) + beta) },
            length: (0..<tableSize).map { log(Double($0) + vBeta) })
        var logWeights = [Double](repeating: 0, count: k)
        var sums = [Double](repeating: 0, count: k)
        var scratch = [Double](repeating: 0, count: k)
        let sizeLogs = (0..<min(documents.count + 1, 1 << 20)).map { log(Double($0) + alpha) }
        var sorted: [Int32] = []
        var candidates: [Int] = []
        var opened = 0

        // Initialization: one sequential pass in which a document joins the likeliest open
        // cluster or opens a new one (as MStream's first pass), instead of a random start that
        // long documents rarely escape.
        for d in 0..<documents.count where !documents.document(d).isEmpty && isIncluded(d) {
            sorted.removeAll(keepingCapacity: true)
            sorted.append(contentsOf: documents.document(d))
            sorted.sort()
            var best = opened < k ? opened : 0
            var bestWeight = -Double.infinity
            for z in 0..<min(k, opened + 1) {
                let w = (docCount[z] > 0 ? log(docCount[z]) : log(alpha * Double(d + 1)))
                    + logLikelihood(sorted, cluster: z, termCount: termCount, wordCount: wordCount, k: k, tables: tables)
                if w > bestWeight {
                    bestWeight = w
                    best = z
                }
            }
            if best == opened { opened += 1 }
            assignment[d] = Int32(best)
            move(d, to: best, by: 1)
        }
        _ = random.next()
        for iteration in 0..<iterations {
            let last = iteration == iterations - 1
            for d in 0..<documents.count where assignment[d] >= 0 {
                move(d, to: Int(assignment[d]), by: -1)
                sorted.removeAll(keepingCapacity: true)
                sorted.append(contentsOf: documents.document(d))
                sorted.sort()
                // Empty clusters all weigh the same: score the first one for the whole group
                // (log of their count added) and leave the others out. Same distribution, less
                // work: only the non-empty clusters and that one are scored, in index order.
                candidates.removeAll(keepingCapacity: true)
                var firstEmpty = -1
                var emptyCount = 0
                for z in 0..<k {
                    if docCount[z] > 0 {
                        candidates.append(z)
                    } else {
                        emptyCount += 1
                        if firstEmpty < 0 {
                            firstEmpty = z
                            candidates.append(z)
                        }
                    }
                }
                termSums(sorted, termCount: termCount, k: k, clusters: candidates, tables: tables, into: &sums)
                var best = -1
                var bestWeight = -Double.infinity
                for (c, z) in candidates.enumerated() {
                    let w: Double
                    if z == firstEmpty {
                        w = log(Double(emptyCount) * alpha)
                            + lengthTerms(sums[c], count: sorted.count, words: wordCount[z], v: v, tables: tables)
                    } else {
                        let m = Int(docCount[z])
                        w = (m < sizeLogs.count ? sizeLogs[m] : log(docCount[z] + alpha))
                            + lengthTerms(sums[c], count: sorted.count, words: wordCount[z], v: v, tables: tables)
                    }
                    logWeights[c] = w
                    if best < 0 || w > bestWeight {
                        best = c
                        bestWeight = w
                    }
                }
                let z = candidates[
                    last ? best
                        : sample(logWeights, count: candidates.count, maximum: bestWeight, scratch: &scratch, using: &random)]
                assignment[d] = Int32(z)
                move(d, to: z, by: 1)
            }
        }
        return assignment
    }

    /// log(n + beta) and log(n + V·beta) for n below the tables' size.
    struct LogTables {
        var count: [Double]
        var length: [Double]
    }

    /// log p(document | cluster z) under the Dirichlet-multinomial, terms sorted so repeats are adjacent.
    private func logLikelihood(
        _ sorted: [Int32], cluster z: Int, termCount: [Int32], wordCount: [Double], k: Int, tables: LogTables
    ) -> Double {
        var w = 0.0
        var repeatIndex = 0
        for (position, t) in sorted.enumerated() {
            repeatIndex = position > 0 && sorted[position - 1] == t ? repeatIndex + 1 : 0
            let n = Int(termCount[Int(t) * k + z]) + repeatIndex
            w += n < tables.count.count ? tables.count[n] : log(Double(n) + beta)
        }
        return lengthTerms(w, count: sorted.count, words: wordCount[z], v: termCount.count / k, tables: tables)
    }

    /// The term part of ``logLikelihood`` for the given clusters at once (sums[c] for clusters[c]),
    /// the clusters of one term side by side in memory: each sum gets its additions in term order.
    private func termSums(
        _ sorted: [Int32], termCount: [Int32], k: Int, clusters: [Int], tables: LogTables, into sums: inout [Double]
    ) {
        for c in clusters.indices { sums[c] = 0 }
        var repeatIndex = 0
        termCount.withUnsafeBufferPointer { counts in
            tables.count.withUnsafeBufferPointer { table in
                clusters.withUnsafeBufferPointer { clusters in
                    sums.withUnsafeMutableBufferPointer { out in
                        for (position, t) in sorted.enumerated() {
                            repeatIndex = position > 0 && sorted[position - 1] == t ? repeatIndex + 1 : 0
                            let base = Int(t) * k
                            for (c, z) in clusters.enumerated() {
                                let n = Int(counts[base + z]) + repeatIndex
                                out[c] += n < table.count ? table[n] : log(Double(n) + beta)
                            }
                        }
                    }
                }
            }
        }
    }

    /// `termPart` less the log of the cluster's growing length, one factor per term of the document.
    private func lengthTerms(_ termPart: Double, count: Int, words: Double, v: Int, tables: LogTables) -> Double {
        var w = termPart
        let base = Int(words)
        for i in 0..<count {
            let n = base + i
            w -= n < tables.length.count ? tables.length[n] : log(Double(n) + Double(v) * beta)
        }
        return w
    }

    /// Draws an index below `count` with probability proportional to exp(log weight); `scratch`
    /// holds the weights.
    private func sample(
        _ logWeights: [Double], count: Int, maximum: Double, scratch: inout [Double], using random: inout SeededGenerator
    ) -> Int {
        var total = 0.0
        for c in 0..<count {
            scratch[c] = exp(logWeights[c] - maximum)
            total += scratch[c]
        }
        var threshold = random.nextUnit() * total
        for c in 0..<count {
            threshold -= scratch[c]
            if threshold <= 0 { return c }
        }
        return count - 1
    }
}
