#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif

/// Documents as L2-normalised TF-IDF vectors, packed sparse: sorted term ids and weights per row.
///
/// A term's weight in a document is (1 + log tf) × idf, with the smoothed idf
/// log((1 + n) / (1 + df)) + 1 over the n included documents; each row is scaled to unit length,
/// so a dot product of two rows is their cosine. Terms found in fewer than
/// `minimumDocumentFrequency` documents cannot relate a document to any other and get weight 0,
/// unless the document has no other terms. Documents left out or without terms get an empty row.
///
/// - Complexity: O(total terms × log(terms per document)) to build.
public struct TFIDFVectors: Sendable {
    /// Term ids of all rows, back to back, each row sorted ascending.
    public private(set) var terms: [Int32] = []
    /// Weights matching `terms`.
    public private(set) var weights: [Float] = []
    private var ends: [Int] = []
    /// The number of distinct term ids a row may hold (one more than the largest id).
    public let vocabularySize: Int
    /// Per term id, the number of included documents holding it.
    public private(set) var documentFrequency: [Int32]
    /// Per term id, the smoothed idf log((1 + n) / (1 + df)) + 1.
    public private(set) var inverseDocumentFrequency: [Double] = []
    /// Terms in fewer documents than this weigh 0, unless a document has no other terms.
    public let minimumDocumentFrequency: Int32

    /// Builds the vectors of `documents`; `isIncluded` leaves documents out (empty rows).
    public init(
        _ documents: DocumentStore, vocabularySize: Int, minimumDocumentFrequency: Int = 1,
        isIncluded: (Int) -> Bool = { _ in true }
    ) {
        self.vocabularySize = vocabularySize
        self.minimumDocumentFrequency = Int32(clamping: minimumDocumentFrequency)
        documentFrequency = [Int32](repeating: 0, count: vocabularySize)
        var included = 0
        var sorted: [Int32] = []
        var rowTerms: [Int32] = []
        var rowCounts: [Int32] = []
        // Pass 1: term counts per row, document frequencies.
        var counts: [Int32] = []
        ends.reserveCapacity(documents.count)
        for d in 0..<documents.count {
            if isIncluded(d) && !documents.document(d).isEmpty {
                sorted.removeAll(keepingCapacity: true)
                sorted.append(contentsOf: documents.document(d))
                sorted.sort()
                rowTerms.removeAll(keepingCapacity: true)
                rowCounts.removeAll(keepingCapacity: true)
                for t in sorted {
                    if rowTerms.last == t { rowCounts[rowCounts.count - 1] += 1 } else {
                        rowTerms.append(t)
                        rowCounts.append(1)
                    }
                }
                for t in rowTerms { documentFrequency[Int(t)] += 1 }
                terms.append(contentsOf: rowTerms)
                counts.append(contentsOf: rowCounts)
                included += 1
            }
            ends.append(terms.count)
        }
        // Pass 2: weights, normalised per row.
        let n = Double(included)
        let idf = documentFrequency.map { log((1 + n) / (1 + Double($0))) + 1 }
        inverseDocumentFrequency = idf
        weights = [Float](repeating: 0, count: terms.count)
        var start = 0
        let minimum = self.minimumDocumentFrequency
        var row: [Double] = []
        for end in ends {
            let kept = terms[start..<end].contains { documentFrequency[Int($0)] >= minimum }
            var norm = 0.0
            row.removeAll(keepingCapacity: true)
            row.append(contentsOf: repeatElement(0, count: end - start))
            for i in start..<end where !kept || documentFrequency[Int(terms[i])] >= minimum {
                let w = (1 + log(Double(counts[i]))) * idf[Int(terms[i])]
                row[i - start] = w
                norm += w * w
            }
            norm = norm.squareRoot()
            for i in start..<end where norm > 0 { weights[i] = Float(row[i - start] / norm) }
            start = end
        }
    }

    /// The number of rows (documents).
    public var count: Int { ends.count }

    /// The index range of row `d` in `terms` and `weights`.
    public func range(of d: Int) -> Range<Int> { (d == 0 ? 0 : ends[d - 1])..<ends[d] }

    /// Whether row `d` has no terms.
    public func isEmpty(_ d: Int) -> Bool { range(of: d).isEmpty }

    /// The cosine of rows `a` and `b`.
    public func cosine(_ a: Int, _ b: Int) -> Float {
        let ra = range(of: a), rb = range(of: b)
        var i = ra.lowerBound, j = rb.lowerBound
        var sum: Float = 0
        while i < ra.upperBound && j < rb.upperBound {
            if terms[i] == terms[j] {
                sum += weights[i] * weights[j]
                i += 1
                j += 1
            } else if terms[i] < terms[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return sum
    }
}
