/// Ranks labelled categories and assembles the report: the last step shared by `analyze` and
/// `stream`, which differ only in how they found their categories.
struct ReportAssembler {
    var configuration: AnalysisConfiguration
    /// How the categories were found, for the method section.
    var clustering: String

    /// The report, and for each input category its rank-based id (0 for an empty category).
    func assemble(
        _ inputs: [Ranker.Input], summary: SummaryAccumulator, uncategorized: Int,
        segments: (_ finalID: [Int]) -> [Report.Segment] = { _ in [] }
    ) -> (report: Report, finalID: [Int]) {
        var ranked = Ranker().rank(
            inputs, all: summary.all, firstDay: summary.firstDay, lastDay: summary.lastDay,
            scoreScale: summary.scoreScale)
        if configuration.redactQuotes {
            let redactor = Redactor()
            for k in ranked.categories.indices { ranked.categories[k].representatives = ranked.categories[k].representatives.map(redactor.redact) }
            for k in ranked.actionPoints.indices { ranked.actionPoints[k].evidence = ranked.actionPoints[k].evidence.map(redactor.redact) }
        }
        var finalID = [Int](repeating: 0, count: inputs.count)
        for (position, source) in ranked.sourceIndex.enumerated() { finalID[source] = position + 1 }
        let report = Report(
            summary: summary.summary(),
            actionPoints: ranked.actionPoints,
            strengths: ranked.categories.filter { $0.kind == .praise }.map(\.id),
            categories: ranked.categories,
            uncategorized: uncategorized,
            segments: segments(finalID),
            method: Report.Method(
                lexiconEntries: configuration.lexicon.count, stopwords: configuration.stopwords.count,
                clustering: clustering, categoriesRequested: configuration.categories.description,
                seed: configuration.seed, inputs: configuration.inputNames, version: Verbatim.version,
                redacted: configuration.redactQuotes))
        return (report, finalID)
    }
}
