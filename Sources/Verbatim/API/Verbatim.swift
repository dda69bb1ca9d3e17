/// Verbatim's embedding API: score a text, analyze comments into a report, render it.
///
///     let score = Verbatim.sentiment(of: "Still waiting for my refund after 6 weeks")
///     // score.compound < 0, score.label == .negative
///
///     let analysis = Verbatim.analyze(["Parcel never arrived", "Love the app!"])
///     let markdown = MarkdownReporter().render(analysis.report)
public enum Verbatim {
    /// The version printed by `verbatim --version` and in the report's method section.
    public static let version = "0.1.0"

    /// The sentiment of one text with the built-in lexicon.
    public static func sentiment(of text: String) -> SentimentScore {
        SentimentScorer().score(text)
    }

    /// Analyzes comments given as plain texts.
    public static func analyze<S: Sequence>(
        _ comments: S, configuration: AnalysisConfiguration = AnalysisConfiguration()
    ) -> Analysis where S.Element == String {
        var analyzer = Analyzer(configuration: configuration)
        for comment in comments { analyzer.add(comment) }
        return analyzer.finish()
    }

    /// Analyzes records read from dumps (see ``RecordReader``).
    public static func analyze<S: Sequence>(
        records: S, configuration: AnalysisConfiguration = AnalysisConfiguration()
    ) -> Analysis where S.Element == ReadEvent {
        var analyzer = Analyzer(configuration: configuration)
        for event in records { analyzer.add(event) }
        return analyzer.finish()
    }
}
