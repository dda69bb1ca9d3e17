#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif

/// Partitions TF-IDF vectors into exactly `clusterCount` groups by cosine similarity
/// (spherical k-means, Dhillon & Modha 2001).
///
/// Each restart seeds with greedy k-means++ (of a few documents drawn with probability
/// proportional to their distance 1 − cosine to the nearest seed so far, the one that most lowers
/// the total distance becomes the next seed), then alternates assigning every document to
/// its most similar unit-length centroid and recomputing the centroids, until no document moves;
/// then a local search moves single documents while that raises the objective.
/// A cluster left empty takes the document least similar to its own centroid, so every cluster
/// keeps at least one member. The restart with the highest total similarity wins.
///
/// Deterministic: one ``SeededGenerator``, rows and clusters always visited in index order,
/// ties to the lower cluster index.
///
/// - Complexity: O(restarts × (iterations + seeding candidates) × terms in all documents × clusters), plus
///   O(iterations × vocabulary × clusters) for the centroids; memory O(vocabulary × clusters).
public struct SphericalKMeans: Sendable {
    public var clusterCount: Int
    public var restarts = 4
    public var iterations = 30
    /// Passes of one-document-at-a-time moves after Lloyd's iterations (0: none).
    public var localSearchPasses = 20
    /// Rows drawn per greedy k-means++ step; nil: 2 + ln k.
    public var seedingCandidates: Int? = nil
    public var seed: UInt64

    public init(clusterCount: Int, seed: UInt64) {
        self.clusterCount = clusterCount
        self.seed = seed
    }

    /// The outcome of a fit.
    public struct Result: Sendable {
        /// The cluster of each row in `0..<clusterCount`, or -1 for an empty row.
        public var assignment: [Int32]
        /// The sum over rows of the cosine to their centroid.
        public var objective: Double
    }

    /// Clusters the non-empty rows of `vectors`; with at least `clusterCount` of them, no cluster is empty.
    public func fit(_ vectors: TFIDFVectors) -> Result {
        let rows = (0..<vectors.count).filter { !vectors.isEmpty($0) }
        var result = Result(assignment: [Int32](repeating: -1, count: vectors.count), objective: 0)
        guard !rows.isEmpty else { return result }
        let k = max(1, min(clusterCount, rows.count))
        var random = SeededGenerator(seed: seed)
        var best: Result? = nil
        for _ in 0..<max(1, restarts) {
            let seeds = seedsByKMeansPlusPlus(vectors, rows: rows, k: k, using: &random)
            let run = refine(vectors, rows: rows, k: k, seeds: seeds)
            if best == nil || run.objective > best!.objective { best = run }
        }
        result = best!
        return result
    }

    /// Greedy k-means++ seeding: k distinct rows. Each step draws ``seedingCandidates`` rows with
    /// probability proportional to their distance (1 − cosine) to the nearest seed so far and keeps
    /// the one that most lowers the total distance (Arthur & Vassilvitskii 2007; scikit-learn's
    /// default), which avoids the poor seeds a single draw sometimes makes.
    private func seedsByKMeansPlusPlus(
        _ vectors: TFIDFVectors, rows: [Int], k: Int, using random: inout SeededGenerator
    ) -> [Int] {
        var distance = [Double](repeating: 1, count: rows.count)
        var candidateDistance = [Double](repeating: 0, count: rows.count)
        var bestDistance = [Double](repeating: 0, count: rows.count)
        var dense = [Float](repeating: 0, count: vectors.vocabularySize)
        var chosen = [Bool](repeating: false, count: rows.count)
        var seeds: [Int] = []
        let candidates = max(1, seedingCandidates ?? (2 + Int(log(Double(k)))))
        var next = Int(random.next() % UInt64(rows.count))
        // distance[r] after adding row `c` as a seed, into `out`; returns their total.
        func distances(adding c: Int, from base: [Double], into out: inout [Double]) -> Double {
            let seedRange = vectors.range(of: rows[c])
            for i in seedRange { dense[Int(vectors.terms[i])] = vectors.weights[i] }
            var total = 0.0
            for (r, d) in rows.enumerated() {
                if chosen[r] || r == c {
                    out[r] = 0
                    continue
                }
                var similarity: Float = 0
                for i in vectors.range(of: d) { similarity += vectors.weights[i] * dense[Int(vectors.terms[i])] }
                out[r] = min(base[r], max(0, 1 - Double(similarity)))
                total += out[r]
            }
            for i in seedRange { dense[Int(vectors.terms[i])] = 0 }
            return total
        }
        var total = distances(adding: next, from: distance, into: &distance)
        seeds.append(rows[next])
        chosen[next] = true
        while seeds.count < k {
            next = -1
            if total > 0 {
                var bestTotal = Double.infinity
                for _ in 0..<candidates {
                    var threshold = random.nextUnit() * total
                    var c = -1
                    for r in rows.indices where !chosen[r] {
                        threshold -= distance[r]
                        if threshold <= 0 && distance[r] > 0 {
                            c = r
                            break
                        }
                    }
                    if c < 0 { c = rows.indices.last { !chosen[$0] && distance[$0] > 0 } ?? -1 }
                    guard c >= 0 else { break }
                    if candidates == 1 {
                        next = c
                        break
                    }
                    let t = distances(adding: c, from: distance, into: &candidateDistance)
                    if t < bestTotal {
                        bestTotal = t
                        next = c
                        swap(&bestDistance, &candidateDistance)
                    }
                }
            }
            // Every row left coincides with a seed: take the first unchosen row.
            if next < 0 { next = rows.indices.first { !chosen[$0] }! }
            if candidates == 1 || total <= 0 {
                total = distances(adding: next, from: distance, into: &distance)
            } else {
                swap(&distance, &bestDistance)
                total = distance.reduce(0, +)
            }
            seeds.append(rows[next])
            chosen[next] = true
        }
        return seeds
    }

    /// Refines a given partition: clusters `0..<clusterCount` of `initial` (-1 rows and rows
    /// of other clusters start unassigned) become the starting centroids; no restarts.
    public func fit(_ vectors: TFIDFVectors, initial: [Int32]) -> Result {
        let rows = (0..<vectors.count).filter { !vectors.isEmpty($0) }
        guard !rows.isEmpty else { return Result(assignment: [Int32](repeating: -1, count: vectors.count), objective: 0) }
        let k = max(1, min(clusterCount, rows.count))
        var centroids = [Float](repeating: 0, count: vectors.vocabularySize * k)
        for d in rows where initial[d] >= 0 && Int(initial[d]) < k {
            let z = Int(initial[d])
            for i in vectors.range(of: d) { centroids[Int(vectors.terms[i]) * k + z] += vectors.weights[i] }
        }
        Self.normalize(&centroids, k: k)
        return refine(vectors, rows: rows, k: k, centroids: centroids)
    }

    /// Scales each centroid (term-major columns) to unit length.
    private static func normalize(_ centroids: inout [Float], k: Int) {
        var norms = [Double](repeating: 0, count: k)
        let v = centroids.count / k
        for t in 0..<v {
            for z in 0..<k {
                let x = Double(centroids[t * k + z])
                norms[z] += x * x
            }
        }
        let scale = norms.map { $0 > 0 ? Float(1 / $0.squareRoot()) : 0 }
        for t in 0..<v { for z in 0..<k { centroids[t * k + z] *= scale[z] } }
    }

    /// Lloyd iterations from the given seed rows.
    private func refine(_ vectors: TFIDFVectors, rows: [Int], k: Int, seeds: [Int]) -> Result {
        var centroids = [Float](repeating: 0, count: vectors.vocabularySize * k)  // term-major: centroids[t * k + z]
        for (z, d) in seeds.enumerated() {
            for i in vectors.range(of: d) { centroids[Int(vectors.terms[i]) * k + z] = vectors.weights[i] }
        }
        return refine(vectors, rows: rows, k: k, centroids: centroids)
    }

    /// Lloyd iterations from the given unit-length centroids.
    private func refine(_ vectors: TFIDFVectors, rows: [Int], k: Int, centroids: [Float]) -> Result {
        var centroids = centroids
        var assignment = [Int32](repeating: -1, count: vectors.count)
        var similarityToOwn = [Float](repeating: 0, count: vectors.count)
        var scores = [Float](repeating: 0, count: k)
        var sizes = [Int](repeating: 0, count: k)
        var objective = 0.0
        for iteration in 0..<max(1, iterations) {
            // Assign.
            var moved = 0
            objective = 0
            for z in 0..<k { sizes[z] = 0 }
            centroids.withUnsafeBufferPointer { c in
                scores.withUnsafeMutableBufferPointer { s in
                    for d in rows {
                        for z in 0..<k { s[z] = 0 }
                        for i in vectors.range(of: d) {
                            let w = vectors.weights[i]
                            let base = Int(vectors.terms[i]) * k
                            for z in 0..<k { s[z] += w * c[base + z] }
                        }
                        var best = 0
                        for z in 1..<max(1, k) where s[z] > s[best] { best = z }
                        if assignment[d] != Int32(best) { moved += 1 }
                        assignment[d] = Int32(best)
                        similarityToOwn[d] = s[best]
                        sizes[best] += 1
                        objective += Double(s[best])
                    }
                }
            }
            // A cluster left empty takes the row least similar to its centroid (from a cluster of two or more).
            for z in 0..<k where sizes[z] == 0 {
                var worst = -1
                for d in rows where sizes[Int(assignment[d])] >= 2 {
                    if worst < 0 || similarityToOwn[d] < similarityToOwn[worst] { worst = d }
                }
                guard worst >= 0 else { break }
                objective += Double(1 - similarityToOwn[worst])
                sizes[Int(assignment[worst])] -= 1
                assignment[worst] = Int32(z)
                similarityToOwn[worst] = 1
                sizes[z] = 1
                moved += 1
            }
            if (moved == 0 && iteration > 0) || iteration == iterations - 1 { break }
            // Update: sum of member vectors, scaled to unit length.
            for i in centroids.indices { centroids[i] = 0 }
            for d in rows {
                let z = Int(assignment[d])
                for i in vectors.range(of: d) { centroids[Int(vectors.terms[i]) * k + z] += vectors.weights[i] }
            }
            Self.normalize(&centroids, k: k)
        }
        if localSearchPasses > 0 {
            objective = improveByFirstVariation(vectors, rows: rows, k: k, assignment: &assignment)
        }
        return Result(assignment: assignment, objective: objective)
    }

    /// Local search after Lloyd's iterations (first variation, Dhillon, Guan & Kogan 2002): each
    /// document in turn moves to the cluster that most raises the objective Σ‖sum of members‖,
    /// with the cluster sums updated at once; repeated until a pass moves nothing. Lloyd's batch
    /// steps stall where one move at a time still gains. Returns the objective.
    ///
    /// - Complexity: O(passes × terms in all documents × clusters); memory O(vocabulary × clusters).
    private func improveByFirstVariation(
        _ vectors: TFIDFVectors, rows: [Int], k: Int, assignment: inout [Int32]
    ) -> Double {
        var sums = [Double](repeating: 0, count: vectors.vocabularySize * k)  // term-major
        var sizes = [Int](repeating: 0, count: k)
        for d in rows {
            let z = Int(assignment[d])
            sizes[z] += 1
            for i in vectors.range(of: d) { sums[Int(vectors.terms[i]) * k + z] += Double(vectors.weights[i]) }
        }
        var squaredNorms = [Double](repeating: 0, count: k)
        for t in 0..<vectors.vocabularySize {
            for z in 0..<k { squaredNorms[z] += sums[t * k + z] * sums[t * k + z] }
        }
        var dots = [Double](repeating: 0, count: k)
        for _ in 0..<localSearchPasses {
            var moved = 0
            for d in rows {
                let a = Int(assignment[d])
                guard sizes[a] > 1 else { continue }
                let range = vectors.range(of: d)
                for z in 0..<k { dots[z] = 0 }
                var selfDot = 0.0
                sums.withUnsafeBufferPointer { s in
                    for i in range {
                        let w = Double(vectors.weights[i])
                        selfDot += w * w
                        let base = Int(vectors.terms[i]) * k
                        for z in 0..<k { dots[z] += w * s[base + z] }
                    }
                }
                let loss = squaredNorms[a].squareRoot() - max(0, squaredNorms[a] - 2 * dots[a] + selfDot).squareRoot()
                var best = a
                var bestGain = 1e-9
                for b in 0..<k where b != a {
                    let gain = (squaredNorms[b] + 2 * dots[b] + selfDot).squareRoot() - squaredNorms[b].squareRoot() - loss
                    if gain > bestGain {
                        bestGain = gain
                        best = b
                    }
                }
                guard best != a else { continue }
                squaredNorms[a] = max(0, squaredNorms[a] - 2 * dots[a] + selfDot)
                squaredNorms[best] += 2 * dots[best] + selfDot
                for i in range {
                    let base = Int(vectors.terms[i]) * k
                    let w = Double(vectors.weights[i])
                    sums[base + a] -= w
                    sums[base + best] += w
                }
                sizes[a] -= 1
                sizes[best] += 1
                assignment[d] = Int32(best)
                moved += 1
            }
            if moved == 0 { break }
        }
        return squaredNorms.reduce(0) { $0 + $1.squareRoot() }
    }
}
