#if canImport(Dispatch)
import Dispatch
#endif

/// Computes one cluster id per document on every core: fixed chunks of documents, each written
/// by one worker, so the result does not depend on how the chunks are scheduled.
///
/// - Complexity: O(documents × cost of `assign`) work, spread over the cores.
enum ParallelAssignment {
    /// Documents per chunk: large enough to amortize a dispatch, small enough to balance two cores.
    static let chunkSize = 8_192

    /// `result[d]` for `d` in `0..<count`; `assign` fills the slots of one chunk, given the chunk's
    /// range and its slice of the result (indexed from 0), with scratch state of its own.
    static func map(count: Int, _ assign: @escaping @Sendable (Range<Int>, UnsafeMutableBufferPointer<Int32>) -> Void) -> [Int32] {
        var result = [Int32](repeating: -1, count: count)
        let chunks = (count + chunkSize - 1) / chunkSize
        result.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let all = buffer
            let body: @Sendable (Int) -> Void = { chunk in
                let range = (chunk * chunkSize)..<min(count, (chunk + 1) * chunkSize)
                assign(range, UnsafeMutableBufferPointer(rebasing: all[range]))
            }
            #if canImport(Dispatch)
            if chunks > 1 {
                DispatchQueue.concurrentPerform(iterations: chunks, execute: body)
                return
            }
            #endif
            for chunk in 0..<chunks { body(chunk) }
        }
        return result
    }

    /// The cluster of every document of `documents`, by `cluster`, which gets the document's terms
    /// (in a scratch array it may sort or filter) and scratch state made by `makeScratch` once per
    /// chunk: the loop that ``DirichletMixtureModel`` and ``NearestCentroids`` share.
    static func assign<Scratch>(
        _ documents: DocumentStore, makeScratch: @escaping @Sendable () -> Scratch,
        cluster: @escaping @Sendable (inout [Int32], inout Scratch) -> Int32
    ) -> [Int32] {
        map(count: documents.count) { range, out in
            var terms: [Int32] = []
            var scratch = makeScratch()
            for d in range {
                terms.removeAll(keepingCapacity: true)
                terms.append(contentsOf: documents.document(d))
                out[d - range.lowerBound] = cluster(&terms, &scratch)
            }
        }
    }
}
