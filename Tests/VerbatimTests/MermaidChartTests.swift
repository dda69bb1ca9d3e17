import Testing

@testable import Verbatim

/// The report's Mermaid pictures: one bar per category, every week of the range, safe labels.
@Suite(.serialized) struct MermaidChartTests {
    static let analysis: Analysis = {
        let events = (try? AnalyzerTests.sampleEvents()) ?? []
        return Verbatim.analyze(records: Array(events.prefix(900)))
    }()

    /// The numbers inside `keyword [ … ]` on each line that starts with `keyword`.
    static func series(_ chart: String, _ keyword: String) -> [[String]] {
        chart.split(separator: "\n").compactMap { line in
            let trimmed = line.trimmingPrefix(while: { $0 == " " })
            guard trimmed.hasPrefix(keyword + " ["), let open = trimmed.firstIndex(of: "["), let close = trimmed.lastIndex(of: "]")
            else { return nil }
            return trimmed[trimmed.index(after: open)..<close].split(separator: ",").map {
                String($0.trimmingPrefix(while: { $0 == " " }))
            }
        }
    }

    /// The slices of a pie chart: label → count.
    static func slices(_ chart: String) -> [(String, Int)] {
        chart.split(separator: "\n").compactMap { line in
            let parts = line.split(separator: "\" : ")
            guard parts.count == 2, let count = Int(parts[1]) else { return nil }
            return (String(parts[0].trimmingPrefix(while: { $0 == " " || $0 == "\"" })), count)
        }
    }

    @Test func pieNamesTheTopCategoriesAndKeepsTheRestApartFromTheUncategorized() throws {
        var report = Self.analysis.report
        try #require(report.categories.count >= 2)
        while report.categories.count < MermaidChart.maximumCategories + 3 { report.categories += report.categories }
        report.uncategorized = 7
        let slices = Self.slices(MermaidChart.pie(of: report))
        let named = report.categories.prefix(MermaidChart.maximumCategories)
        #expect(slices.count == named.count + 2)
        #expect(slices.prefix(named.count).map(\.1) == named.map(\.count))
        let rest = report.categories.dropFirst(MermaidChart.maximumCategories)
        #expect(slices[named.count].0 == "\(rest.count) more categories")
        #expect(slices[named.count].1 == rest.reduce(0) { $0 + $1.count })
        #expect(slices.last?.0 == "no category" && slices.last?.1 == 7)
        #expect(slices.map(\.1).reduce(0, +) == report.categories.reduce(0) { $0 + $1.count } + 7)
    }

    @Test func sentimentBarsHaveOneBarPerCategoryOnAFixedAxis() throws {
        let report = Self.analysis.report
        try #require(!report.categories.isEmpty)
        let chart = MermaidChart.sentimentBars(of: report)
        #expect(chart.contains("xychart-beta horizontal"))
        #expect(chart.contains("y-axis \"mean sentiment\" -1 --> 1"))
        let bars = try #require(Self.series(chart, "bar").first)
        let shown = report.categories.prefix(MermaidChart.maximumCategories)
        #expect(bars == shown.map { Format.number($0.meanCompound, digits: 2) })
    }

    @Test func weeklyVolumeShowsEveryWeekForTheTopCategories() throws {
        let report = Self.analysis.report
        let chart = try #require(MermaidChart.weeklyVolume(of: report))
        let first = try #require(report.summary.firstDay), last = try #require(report.summary.lastDay)
        let weeks = Int((Ranker.weekStart(of: last) - Ranker.weekStart(of: first)) / 7) + 1
        let lines = Self.series(chart, "line")
        let top = report.categories.prefix(4)
        #expect(lines.count == top.count)
        for (line, category) in zip(lines, top) {
            #expect(line.count == weeks)
            #expect(line.compactMap { Int($0) }.reduce(0, +) == category.count, "every dated comment is in a week")
        }
        let axis = try #require(Self.series(chart, "x-axis").first)
        #expect(axis.count == weeks)
        for (category, color) in zip(top, MermaidChart.palette) {
            #expect(chart.contains("\(color.square) \(category.id). "))
            #expect(chart.contains(color.color))
        }
    }

    @Test func weeklyVolumeNeedsDates() {
        let records = (0..<40).map { i in
            ReadEvent.record(InputRecord(text: i % 2 == 0 ? "parcel arrived late again" : "app crashes at checkout", location: SourceLocation(file: "-", line: i + 1)))
        }
        let report = Verbatim.analyze(records: records).report
        #expect(MermaidChart.weeklyVolume(of: report) == nil)
        #expect(!MarkdownReporter().render(report).contains("Comments a week"))
    }

    @Test func labelsCannotEndTheQuoteOrTheBlock() {
        let label = MermaidChart.label("say \"hi\" [now] {x} <b> `code` #1;\nnext")
        #expect(!label.contains { "\"[]{}<>`#;\n".contains($0) })
        #expect(MermaidChart.label(String(repeating: "a", count: 100), limit: 28).count == 28)
    }
}
