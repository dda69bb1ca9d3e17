import Testing

@testable import Verbatim

/// Documents drawn from a few disjoint vocabularies, shuffled with a seed.
func plantedDocuments(topics: Int, perTopic: Int, seed: UInt64) -> (DocumentStore, [Int]) {
    var random = SeededGenerator(seed: seed)
    var rows: [(topic: Int, terms: [Int32])] = []
    for topic in 0..<topics {
        for _ in 0..<perTopic {
            let length = 3 + Int(random.next() % 4)
            rows.append((topic, (0..<length).map { _ in Int32(topic * 10 + Int(random.next() % 10)) }))
        }
    }
    rows.shuffle(using: &random)
    var store = DocumentStore()
    for row in rows { store.append(row.terms) }
    return (store, rows.map(\.topic))
}

/// Whether two partitions agree up to renaming.
func samePartition(_ a: [Int], _ b: [Int32]) -> Bool {
    var forward: [Int: Int32] = [:], backward: [Int32: Int] = [:]
    for (x, y) in zip(a, b) {
        if forward[x, default: y] != y || backward[y, default: x] != x { return false }
        forward[x] = y
        backward[y] = x
    }
    return true
}

struct DirichletMixtureClustererTests {
    @Test func recoversDisjointTopics() {
        let (documents, topics) = plantedDocuments(topics: 4, perTopic: 50, seed: 1)
        let result = DirichletMixtureClusterer(clusterCount: 4, seed: 7).fit(documents, vocabularySize: 40)
        #expect(samePartition(topics, result))
    }

    @Test func sameSeedSameAssignment() {
        let (documents, _) = plantedDocuments(topics: 5, perTopic: 30, seed: 2)
        let a = DirichletMixtureClusterer(clusterCount: 12, seed: 3).fit(documents, vocabularySize: 50)
        let b = DirichletMixtureClusterer(clusterCount: 12, seed: 3).fit(documents, vocabularySize: 50)
        #expect(a == b)
    }

    @Test func emptyAndExcludedDocumentsGetNoCluster() {
        var documents = DocumentStore()
        documents.append([1, 2])
        documents.append([Int32]())
        documents.append([1, 3])
        let result = DirichletMixtureClusterer(clusterCount: 2, seed: 1).fit(documents, vocabularySize: 4) { $0 != 2 }
        #expect(result[0] >= 0)
        #expect(result[1] == -1)
        #expect(result[2] == -1)
    }
}

struct ClusterMergerTests {
    @Test func mergesClustersWithTheSameVocabularyOnly() {
        var documents = DocumentStore()
        var assignment: [Int32] = []
        for i in 0..<30 {
            documents.append([Int32(i % 3), Int32(3 + i % 2)])  // topic A, split at random over clusters 0 and 1
            assignment.append(Int32(i / 2 % 2))
            documents.append([Int32(10 + i % 3), 13])  // topic B in cluster 2
            assignment.append(2)
        }
        let merges = ClusterMerger(threshold: 0.5).merge(&assignment, documents: documents, clusterCount: 3)
        #expect(merges == 1)
        #expect(Set(assignment.enumerated().filter { $0.offset % 2 == 0 }.map(\.element)) == [0])
        #expect(Set(assignment.enumerated().filter { $0.offset % 2 == 1 }.map(\.element)) == [2])
    }
}

struct OnlineClustererTests {
    @Test func groupsAStreamByTopicWithinItsCap() {
        let (documents, topics) = plantedDocuments(topics: 3, perTopic: 40, seed: 5)
        var clusterer = OnlineClusterer(maximumClusters: 10)
        var assigned: [Int32] = []
        for d in 0..<documents.count {
            assigned.append(Int32(clusterer.assign(Array(documents.document(d)), vocabularySize: 30)!))
        }
        #expect(clusterer.count <= 10)
        // Every cluster is pure: it never mixes two planted topics.
        var topicOfCluster: [Int32: Int] = [:]
        for (topic, cluster) in zip(topics, assigned) {
            #expect(topicOfCluster[cluster, default: topic] == topic)
            topicOfCluster[cluster] = topic
        }
        #expect(clusterer.assign([], vocabularySize: 30) == nil)
    }

    @Test func neverExceedsTheCap() {
        var clusterer = OnlineClusterer(maximumClusters: 2)
        for t in 0..<20 {
            let document = (0..<8).map { Int32(t * 8 + $0) }  // no term shared with any other document
            #expect(clusterer.assign(document, vocabularySize: 200) != nil)
        }
        #expect(clusterer.count == 2)
    }
}

struct TaxonomyTests {
    @Test func matchesStemmedKeywordsAndPhrasesInFileOrder() throws {
        let taxonomy = try Taxonomy(
            parsing: "# mine\nlate delivery: delayed, still not here\nbilling: charged twice, invoice\n", source: "t.txt")
        #expect(taxonomy.entries.map(\.name) == ["late delivery", "billing"])
        let tokenizer = Tokenizer()
        #expect(taxonomy.match(tokenizer.tokenize("My order was DELAYS again")) == 0)
        #expect(taxonomy.match(tokenizer.tokenize("it is still not here")) == 0)
        #expect(taxonomy.match(tokenizer.tokenize("I was charged twice")) == 1)
        #expect(taxonomy.match(tokenizer.tokenize("charged once, not here")) == nil)
    }

    @Test func lineWithoutColonIsAnError() {
        #expect(throws: Taxonomy.FormatError.self) { try Taxonomy(parsing: "ok: a\njust words\n", source: "t.txt") }
    }
}

struct OnlineClustererRenumberingTests {
    @Test func renumberingTermsKeepsTheCountsOfKeptTermsAndDropsTheRest() {
        var renumbered = OnlineClusterer(maximumClusters: 5)
        var reference = OnlineClusterer(maximumClusters: 5)
        let documents: [[Int32]] = [[0, 1, 2], [3, 4], [0, 1, 5], [3, 4, 6]]
        for d in documents {
            _ = renumbered.assign(d, vocabularySize: 7)
            // The reference never saw the terms that are dropped (5, 6) and has the others renumbered.
            _ = reference.assign(d.filter { $0 < 5 }.map { $0 == 3 ? 2 : $0 == 4 ? 3 : $0 == 2 ? 4 : $0 }, vocabularySize: 5)
        }
        renumbered.renumberTerms([0, 1, 4, 2, 3, -1, -1])
        #expect(renumbered.countCapacity == 5 * 5)
        for document: [Int32] in [[0, 1], [2, 3], [4], [0, 2]] {
            #expect(renumbered.assign(document, vocabularySize: 5) == reference.assign(document, vocabularySize: 5))
        }
    }
}
