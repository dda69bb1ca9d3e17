import Testing

@testable import Verbatim

struct DirichletMixtureModelTests {
    @Test func assignsUnseenDocumentsToTheirTopic() {
        let (documents, topics) = plantedDocuments(topics: 4, perTopic: 50, seed: 1)
        let clusterer = DirichletMixtureClusterer(clusterCount: 8, seed: 7)
        let fitted = clusterer.fit(documents, vocabularySize: 40)
        let model = DirichletMixtureModel(
            documents: documents, assignment: fitted, clusterCount: 8, vocabularySize: 40,
            alpha: clusterer.alpha, beta: clusterer.beta)
        let (fresh, freshTopics) = plantedDocuments(topics: 4, perTopic: 30, seed: 99)
        let assigned = model.assign(fresh)
        // The cluster of each topic in the fit is the cluster its new documents get.
        var clusterOfTopic: [Int: Int32] = [:]
        for (topic, z) in zip(topics, fitted) { clusterOfTopic[topic] = z }
        #expect(zip(freshTopics, assigned).allSatisfy { clusterOfTopic[$0.0] == $0.1 })
    }

    @Test func parallelPassMatchesOneDocumentAtATime() {
        let (documents, _) = plantedDocuments(topics: 6, perTopic: 3_000, seed: 2)  // several chunks
        let fitted = (0..<documents.count).map { Int32($0 % 5) }
        let model = DirichletMixtureModel(
            documents: documents, assignment: fitted, clusterCount: 5, vocabularySize: 60, alpha: 0.1, beta: 0.1)
        let all = model.assign(documents)
        #expect(all.count == documents.count)
        #expect((0..<documents.count).allSatisfy { all[$0] == model.mostLikelyCluster(of: documents.document($0)) })
        #expect(model.assign(documents) == all)
    }

    @Test func emptyDocumentsAndEmptyModelsGiveNoCluster() {
        var documents = DocumentStore()
        documents.append([1, 2])
        documents.append([Int32]())
        let model = DirichletMixtureModel(
            documents: documents, assignment: [0, -1], clusterCount: 3, vocabularySize: 4, alpha: 0.1, beta: 0.1)
        #expect(model.nonEmptyClusterCount == 1)
        #expect(model.assign(documents) == [0, -1])
        let empty = DirichletMixtureModel(
            documents: documents, assignment: [-1, -1], clusterCount: 3, vocabularySize: 4, alpha: 0.1, beta: 0.1)
        #expect(empty.assign(documents) == [-1, -1])
    }
}
