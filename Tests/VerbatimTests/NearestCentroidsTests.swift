import Testing

@testable import Verbatim

struct NearestCentroidsTests {
    @Test func putsEachRowWithItsOwnClustersCentroidOnSeparatedData() {
        let (documents, topics) = plantedDocuments(topics: 4, perTopic: 50, seed: 1)
        let vectors = TFIDFVectors(documents, vocabularySize: 40, minimumDocumentFrequency: 2)
        let fitted = SphericalKMeans(clusterCount: 4, seed: 7).fit(vectors).assignment
        let centroids = NearestCentroids(vectors: vectors, assignment: fitted, clusterCount: 4)
        #expect(centroids.assign(documents) == fitted)
        #expect(samePartition(topics, fitted))
    }

    @Test func parallelPassMatchesOneDocumentAtATime() {
        let (documents, _) = plantedDocuments(topics: 6, perTopic: 3_000, seed: 2)
        let vectors = TFIDFVectors(documents, vocabularySize: 60)
        let fitted = (0..<documents.count).map { Int32($0 % 7) }
        let centroids = NearestCentroids(vectors: vectors, assignment: fitted, clusterCount: 7)
        let all = centroids.assign(documents)
        #expect((0..<documents.count).allSatisfy { all[$0] == centroids.nearestCentroid(of: documents.document($0)) })
    }

    @Test func documentsSharingNoTermGetNoCluster() {
        var documents = DocumentStore()
        documents.append([1, 2])
        documents.append([1, 2])
        documents.append([5, 6])
        let vectors = TFIDFVectors(documents, vocabularySize: 8, minimumDocumentFrequency: 2) { $0 < 2 }
        let centroids = NearestCentroids(vectors: vectors, assignment: [0, 0, -1], clusterCount: 2)
        #expect(centroids.assign(documents) == [0, 0, -1])
        #expect(centroids.nearestCentroid(of: [Int32]()) == -1)
    }
}
