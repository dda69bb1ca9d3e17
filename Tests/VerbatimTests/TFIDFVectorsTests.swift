import Testing

@testable import Verbatim

struct TFIDFVectorsTests {
    @Test func rowsAreUnitLengthAndSorted() {
        var documents = DocumentStore()
        documents.append([3, 1, 1, 2])
        documents.append([1, 4])
        let vectors = TFIDFVectors(documents, vocabularySize: 5)
        for d in 0..<2 {
            let range = vectors.range(of: d)
            let norm = range.reduce(Float(0)) { $0 + vectors.weights[$1] * vectors.weights[$1] }
            #expect(abs(norm - 1) < 1e-5)
            #expect(Array(vectors.terms[range]) == vectors.terms[range].sorted())
        }
        #expect(abs(vectors.cosine(0, 0) - 1) < 1e-5)
        #expect(vectors.cosine(0, 1) > 0)
    }

    @Test func rarerTermsWeighMore() {
        var documents = DocumentStore()
        documents.append([0, 1])  // term 0 in every document, term 1 in this one only
        documents.append([0, 2])
        documents.append([0, 2])
        let vectors = TFIDFVectors(documents, vocabularySize: 3)
        let row = vectors.range(of: 0)
        #expect(vectors.weights[row.upperBound - 1] > vectors.weights[row.lowerBound])
    }

    @Test func termsOfOneDocumentAreDroppedUnlessNothingElseIsLeft() {
        var documents = DocumentStore()
        documents.append([0, 1])  // term 1 only here
        documents.append([0, 2])  // term 2 only here
        documents.append([5, 6])  // nothing shared: keeps its own terms
        let vectors = TFIDFVectors(documents, vocabularySize: 7, minimumDocumentFrequency: 2)
        #expect(abs(vectors.cosine(0, 1) - 1) < 1e-5)
        #expect(abs(vectors.cosine(2, 2) - 1) < 1e-5)
    }
}
