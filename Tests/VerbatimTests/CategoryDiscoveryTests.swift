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
        #expect(samePartition(topics, full.assignment))
        #expect(samePartition(topics, sampled.assignment))
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
