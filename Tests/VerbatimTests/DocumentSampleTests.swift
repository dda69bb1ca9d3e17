import Testing

@testable import Verbatim

struct DocumentSampleTests {
    @Test func takesEveryEligibleDocumentWithinCapacity() {
        var store = DocumentStore()
        for d in 0..<10 { store.append(d == 3 ? [] : [Int32(d)]) }
        let sample = DocumentSample(store, capacity: 20, seed: 1) { $0 != 5 }
        #expect(sample.isComplete)
        #expect(sample.indices == [0, 1, 2, 4, 6, 7, 8, 9])
        #expect(Array(sample.documents.document(3)) == [4])
    }

    @Test func drawsABoundedSortedSeededSubset() {
        var store = DocumentStore()
        for d in 0..<1_000 { store.append([Int32(d % 17)]) }
        let a = DocumentSample(store, capacity: 100, seed: 7) { _ in true }
        let b = DocumentSample(store, capacity: 100, seed: 7) { _ in true }
        let c = DocumentSample(store, capacity: 100, seed: 8) { _ in true }
        #expect(!a.isComplete)
        #expect(a.indices.count == 100)
        #expect(a.indices == a.indices.sorted() && Set(a.indices).count == 100)
        #expect(a.indices == b.indices)
        #expect(a.indices != c.indices)
        #expect(a.indices.allSatisfy { Array(a.documents.document(a.indices.firstIndex(of: $0)!)) == [Int32($0 % 17)] })
    }

    @Test func spreadsOverTheWholeInput() {
        var store = DocumentStore()
        for d in 0..<10_000 { store.append([Int32(d)]) }
        let sample = DocumentSample(store, capacity: 1_000, seed: 3) { _ in true }
        let firstHalf = sample.indices.filter { $0 < 5_000 }.count
        #expect((400...600).contains(firstHalf))
    }
}
