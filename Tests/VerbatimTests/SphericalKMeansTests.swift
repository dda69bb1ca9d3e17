import Testing

@testable import Verbatim

struct SphericalKMeansTests {
    @Test func recoversSeparableGroups() {
        let (documents, topics) = plantedDocuments(topics: 4, perTopic: 50, seed: 1)
        let vectors = TFIDFVectors(documents, vocabularySize: 40)
        let result = SphericalKMeans(clusterCount: 4, seed: 7).fit(vectors)
        #expect(samePartition(topics, result.assignment))
    }

    @Test func sameSeedSameResult() {
        let (documents, _) = plantedDocuments(topics: 5, perTopic: 30, seed: 2)
        let vectors = TFIDFVectors(documents, vocabularySize: 50)
        let a = SphericalKMeans(clusterCount: 12, seed: 3).fit(vectors)
        let b = SphericalKMeans(clusterCount: 12, seed: 3).fit(vectors)
        #expect(a.assignment == b.assignment)
        #expect(a.objective == b.objective)
    }

    @Test func givesExactlyKNonEmptyClusters() {
        // Three topics asked for seven clusters: the surplus still gets members.
        let (documents, _) = plantedDocuments(topics: 3, perTopic: 20, seed: 4)
        let vectors = TFIDFVectors(documents, vocabularySize: 30)
        let result = SphericalKMeans(clusterCount: 7, seed: 5).fit(vectors)
        #expect(Set(result.assignment) == Set(0..<7))
    }

    @Test func duplicatesStillFillEveryCluster() {
        var documents = DocumentStore()
        for i in 0..<12 { documents.append([Int32(i % 2)]) }  // two distinct documents, six copies each
        let vectors = TFIDFVectors(documents, vocabularySize: 2)
        let result = SphericalKMeans(clusterCount: 4, seed: 1).fit(vectors)
        #expect(Set(result.assignment) == Set(0..<4))
    }

    @Test func emptyRowsGetNoCluster() {
        var documents = DocumentStore()
        documents.append([1, 2])
        documents.append([Int32]())
        documents.append([1, 3])
        let vectors = TFIDFVectors(documents, vocabularySize: 4) { $0 != 2 }
        let result = SphericalKMeans(clusterCount: 2, seed: 1).fit(vectors)
        #expect(result.assignment == [0, -1, -1])
    }

    @Test func refinesAGivenPartition() {
        let (documents, topics) = plantedDocuments(topics: 3, perTopic: 30, seed: 6)
        let vectors = TFIDFVectors(documents, vocabularySize: 30)
        // Start from the planted partition with a tenth of the documents moved to a wrong cluster.
        let noisy = topics.enumerated().map { Int32($0.offset % 10 == 0 ? ($0.element + 1) % 3 : $0.element) }
        let result = SphericalKMeans(clusterCount: 3, seed: 1).fit(vectors, initial: noisy)
        #expect(result.assignment == topics.map(Int32.init))
    }
}

struct SphericalKMeansLocalSearchTests {
    @Test func localSearchNeverLowersTheObjective() {
        let (documents, _) = plantedDocuments(topics: 6, perTopic: 25, seed: 8)
        let vectors = TFIDFVectors(documents, vocabularySize: 60)
        var plain = SphericalKMeans(clusterCount: 9, seed: 2)
        plain.localSearchPasses = 0
        plain.restarts = 1
        var searched = plain
        searched.localSearchPasses = 20
        #expect(searched.fit(vectors).objective >= plain.fit(vectors).objective - 1e-6)
    }

    @Test func localSearchKeepsEveryClusterNonEmpty() {
        let (documents, _) = plantedDocuments(topics: 2, perTopic: 30, seed: 9)
        let vectors = TFIDFVectors(documents, vocabularySize: 20)
        let result = SphericalKMeans(clusterCount: 6, seed: 3).fit(vectors)
        #expect(Set(result.assignment) == Set(0..<6))
    }
}

struct GreedySeedingTests {
    /// Seeds 1...30 of one restart without local search, so the seeding alone decides.
    func failures(candidates: Int?) -> Int {
        let (documents, topics) = plantedDocuments(topics: 10, perTopic: 20, seed: 21)
        let vectors = TFIDFVectors(documents, vocabularySize: 100)
        return (1...30).filter { seed in
            var kmeans = SphericalKMeans(clusterCount: 10, seed: UInt64(seed))
            kmeans.restarts = 1
            kmeans.localSearchPasses = 0
            kmeans.seedingCandidates = candidates
            return !samePartition(topics, kmeans.fit(vectors).assignment)
        }.count
    }

    @Test func greedySeedingMissesPlantedTopicsLessOftenThanSingleDraws() {
        let greedy = failures(candidates: nil)
        let single = failures(candidates: 1)
        #expect(greedy < single, "greedy \(greedy), single draw \(single) of 30")
    }
}
