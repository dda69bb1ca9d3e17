import Foundation
import Testing

@testable import Verbatim

/// `stream`'s processor: records in input order, the same however lines are grouped, memory capped.
struct StreamProcessorTests {
    @Test func assignsRecurringLinesToANamedCategory() {
        var processor = StreamProcessor(configuration: AnalysisConfiguration())
        var results: [CommentResult] = []
        for i in 0..<40 {
            let text = i % 2 == 0 ? "my parcel is late, tracking not updating" : "charged twice for the same order, refund please"
            results.append(processor.process(.record(InputRecord(text: text, location: SourceLocation(file: "-", line: i + 1)))))
        }
        #expect(results.map(\.index) == Array(0..<40))
        let late = Set(results.enumerated().filter { $0.offset % 2 == 0 && $0.offset > 2 }.compactMap { $0.element.category?.id })
        let billing = Set(results.enumerated().filter { $0.offset % 2 == 1 && $0.offset > 2 }.compactMap { $0.element.category?.id })
        #expect(late.count == 1 && billing.count == 1 && late != billing)
        let report = processor.report()
        #expect(report.summary.read == 40)
        #expect(report.categories.count == 2)
        #expect(report.actionPoints.count >= 1)
    }

    @Test func sameRecordsAndReportWhetherLinesComeTogetherOrOneByOne() {
        let events = longTailEvents(count: 3000, seed: 11)
        // A small vocabulary cap, so that compactions fall inside the chunks too.
        var whole = StreamProcessor(configuration: AnalysisConfiguration(), jobs: 2, vocabularyCapacity: 600)
        var together: [String] = []
        whole.process(events) { together.append(RecordFormatter().json($0)) }
        var single = StreamProcessor(configuration: AnalysisConfiguration(), jobs: 1, vocabularyCapacity: 600)
        let oneByOne = events.map { RecordFormatter().json(single.process($0)) }
        #expect(together.count == events.count)
        #expect(together == oneByOne)
        #expect(MarkdownReporter().render(whole.report()) == MarkdownReporter().render(single.report()))
        // Reads of odd sizes (as a pipe delivers them) give the same records as well.
        var uneven = StreamProcessor(configuration: AnalysisConfiguration(), jobs: 2, vocabularyCapacity: 600)
        var pieces: [String] = []
        var start = 0, size = 1
        while start < events.count {
            let end = min(events.count, start + size)
            uneven.process(events[start..<end]) { pieces.append(RecordFormatter().json($0)) }
            (start, size) = (end, size * 3 % 997 + 1)
        }
        #expect(pieces == oneByOne)
    }

    @Test func vocabularyAndClusterCountsStayUnderTheirCapsOnALongTail() {
        let capacity = 800
        var processor = StreamProcessor(configuration: AnalysisConfiguration(), jobs: 1, vocabularyCapacity: capacity)
        var categoryOfTopic: [Int: Set<Int>] = [:]
        var largestVocabulary = 0
        for (i, event) in longTailEvents(count: 6000, seed: 3).enumerated() {
            let result = processor.process(event)
            largestVocabulary = max(largestVocabulary, processor.vocabularySize)
            if i >= 5000, let id = result.category?.id { categoryOfTopic[i % 2, default: []].insert(id) }
        }
        #expect(largestVocabulary <= capacity)
        #expect(largestVocabulary > capacity / 2)  // the cap was reached: compaction happened
        #expect(processor.clusterTermCounts <= 60 * capacity)
        // After many compactions the two recurring topics still land in categories of their own.
        let late = categoryOfTopic[0] ?? [], billing = categoryOfTopic[1] ?? []
        #expect(!late.isEmpty && !billing.isEmpty && late.isDisjoint(with: billing))
    }
}

/// Two recurring topics, each line carrying a never-seen 8-letter word (a name, a typo, an id).
func longTailEvents(count: Int, seed: UInt64) -> [ReadEvent] {
    var random = SeededGenerator(seed: seed)
    let letters = Array("abcdefghijklmnopqrstuvwxyz")
    return (0..<count).map { i in
        let word = String((0..<8).map { _ in letters[Int(random.next() % 26)] })
        let text = i % 2 == 0
            ? "parcel \(word) is late again, tracking not updating"
            : "charged twice by \(word), refund please"
        return .record(InputRecord(text: text, location: SourceLocation(file: "-", line: i + 1)))
    }
}
