import Foundation
import Testing

@testable import Verbatim

/// Annotating on several threads gives the analysis of one thread, byte for byte.
@Suite(.serialized) struct ParallelAnalysisTests {
    /// The Markdown report, JSON report and assignments of `events` analyzed on `jobs` threads.
    static func outputs(
        _ events: [ReadEvent], jobs: Int, categories: CategoryCount, batches: Bool = false
    ) -> (markdown: String, json: String, assignments: String) {
        var configuration = AnalysisConfiguration()
        configuration.categories = categories
        var analyzer = Analyzer(configuration: configuration, jobs: jobs)
        if batches {
            // Uneven batches: some make chunks of their own, some are added event by event.
            var start = 0, size = 1
            while start < events.count {
                let end = min(events.count, start + size)
                analyzer.add(contentsOf: Array(events[start..<end]))
                start = end
                size = size * 7 % 9_973 + 1
            }
        } else {
            for event in events { analyzer.add(event) }
        }
        let analysis = analyzer.finish()
        let formatter = RecordFormatter()
        return (
            MarkdownReporter().render(analysis.report), JSONReporter().render(analysis.report),
            analysis.assignments.map { formatter.json($0) }.joined(separator: "\n")
        )
    }

    /// Seeded random comments over a vocabulary with stopwords, numbers, hashtags, concept
    /// phrases, evaluative words and inflections (one stem, several surface forms), with a
    /// malformed record now and then.
    static func randomCorpus(count: Int, seed: UInt64) -> [ReadEvent] {
        let words = [
            "parcel", "parcels", "late", "delayed", "delivery", "deliveries", "refund", "refunds", "refunded",
            "charged", "twice", "charging", "app", "crashes", "crashed", "crashing", "login", "password", "the",
            "and", "my", "is", "not", "never", "no", "reply", "still", "waiting", "for", "weeks", "3", "2024",
            "#refund", "#awful", "terrible", "great", "love", "awful", "rude", "courier", "courier's", "support",
            "money", "back", "customer", "service", "but", "very", "sooo", "slow", "!", "?", ":(", "😀", "arrived",
            "arriving", "broken", "damaged", "box", "boxes", "tried", "tries", "stopped", "stopping", "bills",
        ]
        var random = SeededGenerator(seed: seed)
        return (0..<count).map { i in
            if random.next() % 97 == 0 {
                return .malformed(MalformedRecord(location: SourceLocation(file: "r.csv", line: i + 2), reason: "bad"))
            }
            let length = 1 + Int(random.next() % 14)
            let text = (0..<length).map { _ in words[Int(random.next() % UInt64(words.count))] }.joined(separator: " ")
            let day = Int32(20_000 + Int(random.next() % 120))
            return .record(InputRecord(
                text: text, id: "R\(i)", day: day, score: Double(random.next() % 5 + 1),
                segment: ["web", "app", "phone"][Int(random.next() % 3)], location: SourceLocation(file: "r.csv", line: i + 2)))
        }
    }

    @Test func sampleDumpGivesTheSameOutputsOnOneTwoAndThreeThreads() throws {
        let events = try AnalyzerTests.sampleEvents()
        let one = Self.outputs(events, jobs: 1, categories: .auto)
        #expect(one.assignments.split(separator: "\n").count == 2_600)
        for jobs in [2, 3] {
            let many = Self.outputs(events, jobs: jobs, categories: .auto, batches: jobs == 3)
            #expect(many.markdown == one.markdown)
            #expect(many.json == one.json)
            #expect(many.assignments == one.assignments)
        }
    }

    @Test func randomCorpusGivesTheSameOutputsWhateverTheThreadsAndBatches() {
        // Several chunks per worker, so each worker's local ids meet words another worker saw first.
        let events = Self.randomCorpus(count: 13_000, seed: 7)
        let one = Self.outputs(events, jobs: 1, categories: .fixed(4))
        #expect(one.markdown.contains("| 1 |"))
        for (jobs, batches) in [(2, false), (2, true), (4, true)] {
            let many = Self.outputs(events, jobs: jobs, categories: .fixed(4), batches: batches)
            #expect(many.markdown == one.markdown, "jobs \(jobs), batches \(batches)")
            #expect(many.json == one.json, "jobs \(jobs), batches \(batches)")
            #expect(many.assignments == one.assignments, "jobs \(jobs), batches \(batches)")
        }
    }

    @Test func scannersInternedInInputOrderGiveTheOneExtractorVocabulary() {
        let texts = Self.randomCorpus(count: 3_000, seed: 11).compactMap { event -> String? in
            if case .record(let record) = event { record.text } else { nil }
        }
        let tokenizer = Tokenizer()
        let scorer = SentimentScorer()
        var single = FeatureExtractor(stopwords: .builtIn, lexicon: .builtIn)
        var shared = FeatureExtractor(stopwords: .builtIn, lexicon: .builtIn)
        // Two scanners, as two threads: the second starts halfway and takes every third comment.
        var scanners = [FeatureScanner](repeating: FeatureScanner(stopwords: .builtIn, lexicon: .builtIn), count: 2)
        var maps = [FeatureExtractor.LocalMap](repeating: FeatureExtractor.LocalMap(), count: 2)
        var expected: [[Int32]] = [], actual: [[Int32]] = []
        for (i, text) in texts.enumerated() {
            let tokenized = tokenizer.tokenize(text)
            let analysis = scorer.analyze(tokenized)
            var ids: [Int32] = []
            single.extract(from: tokenized, analysis: analysis, into: &ids)
            expected.append(ids)
            let s = i > texts.count / 2 && i % 3 == 0 ? 1 : 0
            var found = FeatureScanner.Found()
            scanners[s].scan(tokenized, analysis: analysis, into: &found)
            var interned: [Int32] = []
            shared.intern(
                words: found.words[...], concepts: found.concepts[...], scanner: scanners[s], map: &maps[s], into: &interned)
            actual.append(interned)
        }
        #expect(actual == expected)
        #expect(shared.vocabulary.count == single.vocabulary.count)
        #expect(shared.kinds == single.kinds && shared.isEvaluative == single.isEvaluative)
        for id in 0..<Int32(single.vocabulary.count) {
            #expect(shared.vocabulary.term(id) == single.vocabulary.term(id))
            #expect(shared.surfaceForm(of: id) == single.surfaceForm(of: id))
        }
    }

    @Test func mostFrequentSurfaceNamesAStemAndTiesGoToTheFirstSeen() {
        var extractor = FeatureExtractor(stopwords: .builtIn, lexicon: .builtIn)
        let tokenizer = Tokenizer()
        let scorer = SentimentScorer()
        func add(_ text: String) -> [Int32] {
            let tokenized = tokenizer.tokenize(text)
            var ids: [Int32] = []
            extractor.extract(from: tokenized, analysis: scorer.analyze(tokenized), into: &ids)
            return ids
        }
        let id = add("boxes")[0]
        #expect(add("box") == [id])
        #expect(extractor.surfaceForm(of: id) == "boxes")  // a tie: the first seen
        _ = add("box")
        #expect(extractor.surfaceForm(of: id) == "box")
    }
}
