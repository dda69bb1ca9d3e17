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
/// Term counts live in one flat table, term-major (`counts[term × maximumClusters + cluster]`),
/// so a document's terms are scored against every cluster in one pass over adjacent memory, and
/// the logs of the likelihood come from tables: log(n + β) for small counts, and per cluster the
/// running sum of log(words + V·β + i) that the length part needs, kept until the cluster or the
/// vocabulary size changes. The table holds a row per term id below the largest id seen, so with
/// a capped vocabulary (``FeatureExtractor/capacity``, ``renumberTerms(_:)``) it is capped too:
/// at most `maximumClusters` × capacity counts.
///
/// - Complexity: O(clusters × terms per document) table lookups per document.
public struct OnlineClusterer: Sendable {
    public var alpha = 0.1
    public var beta = 0.1
    public let maximumClusters: Int
    /// Documents per cluster.
    private var documents: [Int] = []
    /// Term occurrences per cluster.
    private var words: [Int] = []
    /// Per term, per cluster: occurrences (term-major, `maximumClusters` per term).
    private var counts: [Int32] = []
    private var seen = 0
    /// log(n + β) for n below its size.
    private var countLogs: [Double] = []
    /// Per cluster slot (the last one stands for a new cluster): Σ_{i<n} log(words + V·β + i)
    /// for n = 1…``cachedLength``, valid while ``lengthWords`` and ``lengthVocabulary`` hold.
    private var lengthSums: [Double] = []
    private var lengthValid: [Int] = []
    private var lengthWords: [Int] = []
    private var lengthVocabulary = -1
    /// Scratch: the document's terms, sorted, and the term part of its weight per cluster.
    private var sorted: [Int32] = []
    private var sums: [Double] = []

    /// Counts of logs tabulated: n + β for n below this.
    static let countLogSize = 1 << 16
    /// Document lengths whose length part is cached per cluster.
    static let cachedLength = 64

    public init(maximumClusters: Int) {
        self.maximumClusters = max(1, maximumClusters)
        let slots = self.maximumClusters + 1
        lengthSums = Array(repeating: 0, count: slots * Self.cachedLength)
        lengthValid = Array(repeating: 0, count: slots)
        lengthWords = Array(repeating: -1, count: slots)
        sums = Array(repeating: 0, count: self.maximumClusters)
        let beta = self.beta
        countLogs = (0..<Self.countLogSize).map { log(Double($0) + beta) }
    }

    /// The number of clusters opened so far.
    public var count: Int { documents.count }

    /// The number of documents in cluster `z`.
    public func size(of z: Int) -> Int { documents[z] }

    /// The number of term counts held (clusters × terms), for checking that memory stays capped.
    public var countCapacity: Int { counts.count }

    /// Assigns `features` to a cluster and returns its index, or nil for a document without terms.
    ///
    /// - Complexity: O(clusters × terms), plus O(clusters × terms) logs when the vocabulary
    ///   size changed since the last document.
    public mutating func assign(_ features: [Int32], vocabularySize: Int) -> Int? {
        guard !features.isEmpty else { return nil }
        seen += 1
        sorted.removeAll(keepingCapacity: true)
        sorted.append(contentsOf: features)
        sorted.sort()
        if let largest = sorted.last, Int(largest) >= rows {
            counts.append(contentsOf: repeatElement(0, count: (Int(largest) + 1 - rows) * maximumClusters))
        }
        let vocabulary = max(1, vocabularySize)
        if vocabulary != lengthVocabulary {
            lengthVocabulary = vocabulary
            for z in lengthValid.indices { lengthValid[z] = 0 }
        }
        let k = documents.count
        termSums(clusters: k)

        var best = -1
        var bestWeight = -Double.infinity
        if k < maximumClusters {
            // A new cluster: every count is 0.
            var w = 0.0
            var repeatIndex = 0
            for (position, t) in sorted.enumerated() {
                repeatIndex = position > 0 && sorted[position - 1] == t ? repeatIndex + 1 : 0
                w += countLog(repeatIndex)
            }
            bestWeight = log(alpha * Double(seen)) + w - lengthPart(slot: maximumClusters, words: 0)
        }
        for z in 0..<k {
            let w = log(Double(documents[z])) + sums[z] - lengthPart(slot: z, words: words[z])
            if w > bestWeight {
                bestWeight = w
                best = z
            }
        }
        if best < 0 {
            documents.append(0)
            words.append(0)
            best = k
        }
        documents[best] += 1
        words[best] += sorted.count
        let stride = maximumClusters
        counts.withUnsafeMutableBufferPointer { counts in
            for t in sorted { counts[Int(t) * stride + best] += 1 }
        }
        return best
    }

    /// The number of term rows in the table.
    private var rows: Int { counts.count / maximumClusters }

    private func countLog(_ n: Int) -> Double {
        n < countLogs.count ? countLogs[n] : log(Double(n) + beta)
    }

    /// Fills `sums[z]` with Σ log(count of t in z + β + repeats of t so far), over the sorted terms.
    private mutating func termSums(clusters k: Int) {
        let stride = maximumClusters, beta = self.beta
        sums.withUnsafeMutableBufferPointer { out in
            for z in 0..<k { out[z] = 0 }
            counts.withUnsafeBufferPointer { counts in
                countLogs.withUnsafeBufferPointer { table in
                    sorted.withUnsafeBufferPointer { sorted in
                        var repeatIndex = 0
                        for position in sorted.indices {
                            let t = sorted[position]
                            repeatIndex = position > 0 && sorted[position - 1] == t ? repeatIndex + 1 : 0
                            let base = Int(t) * stride
                            for z in 0..<k {
                                let n = Int(counts[base + z]) + repeatIndex
                                out[z] += n < table.count ? table[n] : log(Double(n) + beta)
                            }
                        }
                    }
                }
            }
        }
    }

    /// Σ_{i < terms} log(words + V·β + i) for the cluster in `slot`, from its cache when valid.
    private mutating func lengthPart(slot: Int, words: Int) -> Double {
        let n = sorted.count
        let base = Double(words) + Double(lengthVocabulary) * beta
        if lengthWords[slot] != words {
            lengthWords[slot] = words
            lengthValid[slot] = 0
        }
        let start = slot * Self.cachedLength
        var valid = lengthValid[slot]
        if n <= valid { return lengthSums[start + n - 1] }
        var sum = valid > 0 ? lengthSums[start + valid - 1] : 0
        while valid < min(n, Self.cachedLength) {
            sum += log(base + Double(valid))
            lengthSums[start + valid] = sum
            valid += 1
        }
        lengthValid[slot] = valid
        for i in valid..<max(valid, n) { sum += log(base + Double(i)) }
        return sum
    }

    /// Renumbers term ids after the vocabulary dropped some (``FeatureExtractor/compact()``):
    /// `newID[old]` is the term's new id, or -1 when it was dropped; a dropped term's
    /// occurrences leave its clusters' word totals too.
    ///
    /// - Complexity: O(clusters × terms before).
    public mutating func renumberTerms(_ newID: [Int32]) {
        let stride = maximumClusters
        let kept = newID.reduce(-1) { max($0, $1) } + 1
        var renumbered = [Int32](repeating: 0, count: Int(kept) * stride)
        for old in 0..<min(rows, newID.count) {
            let new = Int(newID[old])
            for z in 0..<documents.count {
                let n = counts[old * stride + z]
                if new >= 0 { renumbered[new * stride + z] = n } else { words[z] -= Int(n) }
            }
        }
        counts = renumbered
        for z in lengthValid.indices { lengthValid[z] = 0 }
    }
}
