import Testing

@testable import Verbatim

struct CategoryDiscoveryTests {
    @Test(arguments: [CategoryCount.fixed(5), .auto])
    func fittingOnASampleFindsTheSameClustersAsAFullFit(categories: CategoryCount) {
        let (documents, topics) = plantedDocuments(topics: 5, perTopic: 400, seed: 11)
        var discovery = CategoryDiscovery(categories: categories, seed: 3)
        let full = discovery.run(documents, vocabularySize: 50) { _ in true }
        discovery.fitCapacity = 300
        let sampled = discovery.run(documents, vocabularySize: 50) { _ in true }
        #expect(sampled.method.contains("random sample of 300"))
        #expect(!full.method.contains("sample"))
        #expect(samePartition(topics, full.assignment), "full fit")
        #expect(samePartition(topics, sampled.assignment), "sample then assign")
    }

    @Test(arguments: [CategoryCount.fixed(4), .auto])
    func sameSeedSameAssignmentWhenSampling(categories: CategoryCount) {
        let (documents, _) = plantedDocuments(topics: 6, perTopic: 2_000, seed: 12)
        var discovery = CategoryDiscovery(categories: categories, seed: 9)
        discovery.fitCapacity = 1_000
        let a = discovery.run(documents, vocabularySize: 60) { _ in true }
        let b = discovery.run(documents, vocabularySize: 60) { _ in true }
        #expect(a.assignment == b.assignment)
    }

    @Test func excludedDocumentsGetNoCategoryWhenSampling() {
        let (documents, _) = plantedDocuments(topics: 3, perTopic: 200, seed: 13)
        var discovery = CategoryDiscovery(categories: .fixed(3), seed: 1)
        discovery.fitCapacity = 100
        let result = discovery.run(documents, vocabularySize: 30) { $0 % 2 == 0 }
        #expect(result.assignment.enumerated().allSatisfy { $0.offset % 2 == 0 ? $0.element >= 0 : $0.element == -1 })
    }
}

struct AutoCategoryCountTests {
    /// Four large topics and one of 25 documents, each topic its own ten terms.
    func corpus() -> (DocumentStore, [Int]) {
        let (large, topics) = plantedDocuments(topics: 4, perTopic: 1_100, seed: 14)
        let (small, _) = plantedDocuments(topics: 1, perTopic: 25, seed: 15)
        var store = DocumentStore()
        for d in 0..<large.count { store.append(large.document(d)) }
        for d in 0..<small.count { store.append(small.document(d).map { $0 + 40 }) }
        return (store, topics + Array(repeating: 4, count: small.count))
    }

    @Test func keepsASmallDistinctIssueAsItsOwnCategory() {
        let (documents, topics) = corpus()
        let result = CategoryDiscovery(categories: .auto, seed: 5).run(documents, vocabularySize: 50) { _ in true }
        #expect(Set(result.assignment).count == 5 && result.assignment.allSatisfy { $0 >= 0 })
        #expect(samePartition(topics, result.assignment), "planted topics recovered")
    }

    @Test func startsWithMoreClustersThanIssuesAndScalesThePriorToTheVocabulary() {
        #expect(CategoryDiscovery.initialClusterCount(documents: 4_500) == 225)
        #expect(CategoryDiscovery.initialClusterCount(documents: 50) == 8)
        #expect(CategoryDiscovery.initialClusterCount(documents: 1_000_000) == 300)
        #expect(CategoryDiscovery.minimumClusterSize(documents: 4_500) == 22)
        #expect(CategoryDiscovery.beta(vocabularySize: 4_000) == 0.02)
        #expect(CategoryDiscovery.beta(vocabularySize: 50) == 0.1)
        let (documents, _) = corpus()
        let result = CategoryDiscovery(categories: .auto, seed: 5).run(documents, vocabularySize: 50) { _ in true }
        #expect(result.method.contains("beta 0.1 (80 prior words over 50 terms)"))
    }
}
