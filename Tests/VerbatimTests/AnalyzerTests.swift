import Foundation
import Testing

@testable import Verbatim

/// The batch pipeline on the sample dump, whose planted categories are in its labels file.
@Suite(.serialized) struct AnalyzerTests {
    static func sampleEvents() throws -> [ReadEvent] {
        var reader = RecordReader(paths: [CLIRunner.sampleDump], selection: FieldSelection(id: .name("id")))
        var events: [ReadEvent] = []
        while let event = try reader.next() { events.append(event) }
        return events
    }

    static func goldLabels() throws -> [(category: String, sentiment: String)] {
        try String(contentsOfFile: CLIRunner.sampleLabels, encoding: .utf8).split(separator: "\n").dropFirst().map {
            let fields = $0.split(separator: ",")
            return (String(fields[1]), String(fields[2]))
        }
    }

    /// Normalized mutual information between two labelings (arithmetic normalization).
    static func nmi<A: Hashable, B: Hashable>(_ a: [A], _ b: [B]) -> Double {
        let n = Double(a.count)
        var joint: [String: Double] = [:], ca: [A: Double] = [:], cb: [B: Double] = [:]
        for (x, y) in zip(a, b) {
            joint["\(x)\u{1}\(y)", default: 0] += 1
            ca[x, default: 0] += 1
            cb[y, default: 0] += 1
        }
        var mi = 0.0
        for (x, y) in zip(a, b) {
            let key = "\(x)\u{1}\(y)"
            guard let c = joint.removeValue(forKey: key) else { continue }
            mi += c / n * log(c * n / (ca[x]! * cb[y]!))
        }
        let h = { (counts: [Double]) in -counts.reduce(0) { $0 + $1 / n * log($1 / n) } }
        return mi / ((h(Array(ca.values)) + h(Array(cb.values))) / 2)
    }

    @Test func sampleDumpIsReadWhole() throws {
        let events = try Self.sampleEvents()
        #expect(events.count == 2_600)
        #expect(events.allSatisfy { if case .record = $0 { true } else { false } })
    }

    @Test func sentimentAgreesWithPlantedPolarity() throws {
        let events = try Self.sampleEvents()
        let gold = try Self.goldLabels()
        let scorer = SentimentScorer()
        var correct = 0, polar = 0
        for (event, label) in zip(events, gold) where label.sentiment != "neutral" {
            guard case .record(let record) = event else { continue }
            polar += 1
            if scorer.score(record.text).label.rawValue == label.sentiment { correct += 1 }
        }
        #expect(Double(correct) / Double(polar) >= 0.80, "polarity accuracy \(correct)/\(polar)")
    }

    @Test func analysisRecoversPlantedCategoriesAndRanksDeliveryFirst() throws {
        let analysis = Verbatim.analyze(records: try Self.sampleEvents())
        let gold = try Self.goldLabels()
        let predicted = analysis.assignments.map { $0.category?.id ?? 0 }
        let score = Self.nmi(gold.map(\.category), predicted)
        #expect(score >= 0.6, "NMI \(score)")
        let top = try #require(analysis.report.actionPoints.first)
        // The top action point's category is mostly the planted late-delivery issue.
        let members = zip(predicted, gold).filter { $0.0 == top.categoryID }.map { $0.1.category }
        let lateShare = Double(members.filter { $0 == "late_delivery" }.count) / Double(members.count)
        #expect(lateShare >= 0.6, "top action point: \(top.text)")
        #expect(top.text.hasPrefix("Address late delivery:"))
        // Praise is never an action point.
        for point in analysis.report.actionPoints {
            let ids = zip(predicted, gold).filter { $0.0 == point.categoryID }.map { $0.1.category }
            let praise = ids.filter { $0.hasSuffix("praise") }.count
            #expect(Double(praise) / Double(ids.count) < 0.5, "praise as action point: \(point.text)")
        }
    }

    @Test func sameSeedGivesIdenticalReports() throws {
        let events = Array(try Self.sampleEvents().prefix(800))
        var configuration = AnalysisConfiguration()
        configuration.seed = 11
        let a = Verbatim.analyze(records: events, configuration: configuration)
        let b = Verbatim.analyze(records: events, configuration: configuration)
        #expect(MarkdownReporter().render(a.report) == MarkdownReporter().render(b.report))
        #expect(JSONReporter().render(a.report) == JSONReporter().render(b.report))
        #expect(a.assignments == b.assignments)
    }

    @Test func sameSeedGivesIdenticalAssignmentsWithAFixedCategoryCount() throws {
        let events = Array(try Self.sampleEvents().prefix(800))
        var configuration = AnalysisConfiguration()
        configuration.seed = 5
        configuration.categories = .fixed(12)
        let a = Verbatim.analyze(records: events, configuration: configuration)
        let b = Verbatim.analyze(records: events, configuration: configuration)
        #expect(a.assignments == b.assignments)
        #expect(JSONReporter().render(a.report) == JSONReporter().render(b.report))
    }

    @Test func fixedCategoryCountIsExact() throws {
        for n in [2, 6, 25] {
            var configuration = AnalysisConfiguration()
            configuration.categories = .fixed(n)
            let analysis = Verbatim.analyze(records: Array(try Self.sampleEvents().prefix(600)), configuration: configuration)
            #expect(analysis.report.categories.count == n)
            let used = Set(analysis.assignments.compactMap { $0.category?.id })
            #expect(used.count == n)
        }
    }

    @Test func fixedCategoryCountAboveTheDistinctCommentsGivesOneCategoryEach() {
        let analysis = Verbatim.analyze(
            ["the parcel arrived late", "charged twice for one order", "app crashes at checkout"],
            configuration: { var c = AnalysisConfiguration(); c.categories = .fixed(5); return c }())
        #expect(analysis.report.categories.count == 3)
    }

    @Test func taxonomyCategoriesAreAssignedFirst() throws {
        var configuration = AnalysisConfiguration()
        configuration.taxonomy = try Taxonomy(parsing: "Billing: charged twice, double charged, billed twice\n", source: "t")
        let analysis = Verbatim.analyze(records: Array(try Self.sampleEvents().prefix(600)), configuration: configuration)
        let billing = try #require(analysis.report.categories.first { $0.label == "Billing" })
        #expect(billing.origin == .taxonomy)
        #expect(billing.count >= 10)
        #expect(analysis.report.categories.contains { $0.origin == .discovered })
        #expect(MarkdownReporter().render(analysis.report).contains(" (new) |"))
    }

    @Test func emptyInputGivesAValidReport() {
        let analysis = Verbatim.analyze([String]())
        let markdown = MarkdownReporter().render(analysis.report)
        #expect(markdown.contains("0 comments read"))
        #expect(markdown.contains("## Action points"))
        #expect(markdown.contains("## Method"))
        #expect(analysis.assignments.isEmpty)
    }

    @Test func identicalCommentsFormOneCategory() {
        let analysis = Verbatim.analyze(Array(repeating: "the parcel arrived late again", count: 50))
        #expect(analysis.report.categories.count == 1)
        #expect(analysis.report.categories[0].count == 50)
        #expect(analysis.report.categories[0].representatives.count == 1)
    }

    @Test func malformedRecordsKeepTheirIndex() {
        let events: [ReadEvent] = [
            .record(InputRecord(text: "great app", location: SourceLocation(file: "f", line: 1))),
            .malformed(MalformedRecord(location: SourceLocation(file: "f", line: 2), reason: "bad")),
            .record(InputRecord(text: "awful app", location: SourceLocation(file: "f", line: 3))),
        ]
        let analysis = Verbatim.analyze(records: events)
        #expect(analysis.assignments.map(\.index) == [0, 1, 2])
        #expect(analysis.assignments[1].error == "f:2: bad")
        #expect(analysis.report.summary.read == 3)
        #expect(analysis.report.summary.skipped == 1)
    }
}
