#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif

/// The unit-length centroids of a partition of TF-IDF vectors, able to put any document with the
/// nearest one by cosine: how a spherical k-means fit on a ``DocumentSample`` reaches every document.
///
/// A document is weighted as ``TFIDFVectors`` weighs the rows it was built from — (1 + log tf) × idf
/// with the vectors' idf, rare terms left out unless nothing else is left — and goes to the
/// centroid with the largest dot product (its length does not change which); ties go to the lower
/// index; a document sharing no weighted term with any centroid gets -1.
///
/// - Complexity: O(terms of the vectors + vocabulary × clusters) to build, memory
///   O(vocabulary × clusters); ``assign(_:)`` O(terms of all documents × clusters), on every core.
public struct NearestCentroids: Sendable {
    public let clusterCount: Int
    private let centroids: [Float]  // term-major: centroids[t * clusterCount + z]
    private let idf: [Double]
    private let documentFrequency: [Int32]
    private let minimumDocumentFrequency: Int32

    /// Centroids of the rows of `vectors` that `assignment` puts in `0..<clusterCount`.
    public init(vectors: TFIDFVectors, assignment: [Int32], clusterCount: Int) {
        let k = max(1, clusterCount)
        self.clusterCount = k
        var sums = [Double](repeating: 0, count: vectors.vocabularySize * k)
        for d in 0..<vectors.count where assignment[d] >= 0 && Int(assignment[d]) < k {
            let z = Int(assignment[d])
            for i in vectors.range(of: d) { sums[Int(vectors.terms[i]) * k + z] += Double(vectors.weights[i]) }
        }
        var norms = [Double](repeating: 0, count: k)
        for (i, x) in sums.enumerated() { norms[i % k] += x * x }
        let scale = norms.map { $0 > 0 ? 1 / $0.squareRoot() : 0 }
        centroids = sums.enumerated().map { Float($0.element * scale[$0.offset % k]) }
        idf = vectors.inverseDocumentFrequency
        documentFrequency = vectors.documentFrequency
        minimumDocumentFrequency = vectors.minimumDocumentFrequency
    }

    /// The nearest centroid of every document of `documents`, or -1 (see the type's summary).
    /// Deterministic whatever the number of cores.
    public func assign(_ documents: DocumentStore) -> [Int32] {
        let k = clusterCount
        return ParallelAssignment.assign(documents, makeScratch: { [Float](repeating: 0, count: k) }) { terms, scores in
            nearest(sortedTerms: &terms, scores: &scores)
        }
    }

    /// The nearest centroid of one document given as its terms (in any order), or -1.
    public func nearestCentroid<C: Collection>(of terms: C) -> Int32 where C.Element == Int32 {
        var sorted = Array(terms)
        var scores = [Float](repeating: 0, count: clusterCount)
        return nearest(sortedTerms: &sorted, scores: &scores)
    }

    private func nearest(sortedTerms sorted: inout [Int32], scores: inout [Float]) -> Int32 {
        let k = clusterCount
        sorted.removeAll { Int($0) >= idf.count || $0 < 0 }
        guard !sorted.isEmpty else { return -1 }
        sorted.sort()
        let keepsRare = !sorted.contains { documentFrequency[Int($0)] >= minimumDocumentFrequency }
        for z in 0..<k { scores[z] = 0 }
        var start = 0
        centroids.withUnsafeBufferPointer { c in
            while start < sorted.count {
                let t = sorted[start]
                var end = start + 1
                while end < sorted.count && sorted[end] == t { end += 1 }
                if keepsRare || documentFrequency[Int(t)] >= minimumDocumentFrequency {
                    let w = Float((1 + log(Double(end - start))) * idf[Int(t)])
                    let base = Int(t) * k
                    for z in 0..<k { scores[z] += w * c[base + z] }
                }
                start = end
            }
        }
        var best = 0
        for z in 1..<max(1, k) where scores[z] > scores[best] { best = z }
        return scores[best] > 0 ? Int32(best) : -1
    }
}
