/// Renders a report as GitHub-flavoured Markdown, in the contract's section order:
/// summary, action points, categories (and segments), one section per category, method.
///
/// Comment text is escaped with ``MarkdownEscaping`` so it can never break the document or
/// inject HTML. Charts are Mermaid blocks, which GitHub renders as pictures.
public struct MarkdownReporter: Reporter {
    /// Quotes longer than this many characters are shortened.
    public var quoteLimit = 220

    public init() {}

    public func render(_ report: Report) -> String {
        var out = ""
        renderSummary(report, into: &out)
        renderActionPoints(report, into: &out)
        renderCategories(report, into: &out)
        for category in report.categories { renderCategory(category, into: &out) }
        renderMethod(report, into: &out)
        return out
    }

    private func quote(_ text: String) -> String { MarkdownEscaping.inline(text, limit: quoteLimit) }
    private func esc(_ text: String) -> String { MarkdownEscaping.inline(text) }

    private func renderSummary(_ report: Report, into out: inout String) {
        let s = report.summary
        out += "# Verbatim report\n\n"
        var sentences: [String] = []
        var read = "\(Format.count(s.read, "comment")) read"
        if s.skipped > 0 { read += ", \(Format.count(s.skipped)) skipped as malformed" }
        if s.truncated > 0 { read += ", \(Format.count(s.truncated)) truncated to the size limit" }
        if s.repaired > 0 { read += ", \(Format.count(s.repaired)) with invalid UTF-8 repaired" }
        sentences.append(read)
        if s.analyzed > 0 {
            let n = Double(s.analyzed)
            sentences.append(
                "sentiment \(Format.percent(Double(s.positive) / n)) positive, \(Format.percent(Double(s.neutral) / n)) neutral, "
                    + "\(Format.percent(Double(s.negative) / n)) negative (mean compound \(Format.signed(s.meanCompound)))")
        } else {
            sentences.append("no comment to analyze")
        }
        if let first = s.firstDay, let last = s.lastDay {
            sentences.append("dated \(DateParser.isoDate(first)) to \(DateParser.isoDate(last))")
        }
        if let mean = s.meanScore {
            var score = "mean score \(Format.number(mean, digits: 2))"
            if let nps = s.nps { score += ", NPS \(nps > 0.5 ? "+" : "")\(Format.number(nps, digits: 0))" }
            sentences.append(score)
        }
        let issues = report.categories.filter { $0.kind == .issue }.count
        sentences.append(
            "\(report.categories.count) recurring \(report.categories.count == 1 ? "category" : "categories") found (\(issues) to act on)"
                + (report.uncategorized > 0 ? ", \(Format.count(report.uncategorized, "comment")) \(report.uncategorized == 1 ? "fits" : "fit") none" : ""))
        out += sentences.joined(separator: "; ").prefix(1).uppercased() + sentences.joined(separator: "; ").dropFirst() + ".\n\n"
        if !s.warnings.isEmpty {
            out += "Records skipped, truncated or repaired (first \(s.warnings.count)):\n\n"
            for warning in s.warnings { out += "- \(esc(warning))\n" }
            out += "\n"
        }
    }

    private func renderActionPoints(_ report: Report, into out: inout String) {
        out += "## Action points\n\n"
        if report.actionPoints.isEmpty {
            out += "No recurring issue stands out: no category is mostly negative.\n\n"
        }
        for point in report.actionPoints {
            out += "\(point.rank). \(esc(point.text))\n"
            for evidence in point.evidence { out += "   - “\(quote(evidence))”\n" }
        }
        if !report.actionPoints.isEmpty { out += "\n" }
        let strengths = report.categories.filter { report.strengths.contains($0.id) }
        if !strengths.isEmpty {
            out += "**Strengths** (keep doing): "
            out += strengths.map { "\(esc($0.label)) (\($0.count), \(Format.percent($0.positiveShare, digits: 0)) positive)" }
                .joined(separator: "; ")
            out += ".\n\n"
        }
    }

    private func renderCategories(_ report: Report, into out: inout String) {
        out += "## Categories\n\n"
        guard !report.categories.isEmpty else {
            out += "No recurring category was found.\n\n"
            return
        }
        let hasTaxonomy = report.categories.contains { $0.origin == .taxonomy }
        out += "| rank | label | kind | comments | share | mean sentiment | % negative | top terms |\n"
        out += "| ---: | --- | --- | ---: | ---: | ---: | ---: | --- |\n"
        for c in report.categories {
            let new = hasTaxonomy && c.origin == .discovered ? " (new)" : ""
            out += "| \(c.id) | \(esc(c.label))\(new) | \(c.kind.rawValue) | \(Format.count(c.count)) | \(Format.percent(c.share)) | "
            out += "\(Format.signed(c.meanCompound)) | \(Format.percent(c.negativeShare, digits: 0)) | \(esc(c.topTerms.joined(separator: ", "))) |\n"
        }
        if report.uncategorized > 0 {
            let total = report.categories.reduce(0) { $0 + $1.count } + report.uncategorized
            out += "| – | other (fits no category) | – | \(Format.count(report.uncategorized)) | "
            out += "\(Format.percent(Double(report.uncategorized) / Double(max(1, total)))) | | | |\n"
        }
        out += "\n"
        out += MermaidChart.pie(of: report) + "\n"
        out += MermaidChart.sentimentBars(of: report) + "\n"
        if let weekly = MermaidChart.weeklyVolume(of: report) { out += weekly + "\n" }
        if !report.segments.isEmpty {
            out += "### Segments\n\n| segment | comments | mean sentiment | top categories |\n| --- | ---: | ---: | --- |\n"
            let labels = Dictionary(uniqueKeysWithValues: report.categories.map { ($0.id, $0.label) })
            for s in report.segments {
                let top = s.topCategories.compactMap { id in labels[id].map { "\(id). \(esc($0))" } }.joined(separator: ", ")
                out += "| \(esc(s.name)) | \(Format.count(s.count)) | \(Format.signed(s.meanCompound)) | \(top) |\n"
            }
            out += "\n"
        }
    }

    private func renderCategory(_ c: Report.Category, into out: inout String) {
        out += "## \(c.id). \(esc(c.label))\n\n"
        var facts = [
            "\(Format.count(c.count)) comments (\(Format.percent(c.share)))",
            "sentiment \(Format.percent(c.positiveShare, digits: 0)) positive / \(Format.percent(c.neutralShare, digits: 0)) neutral / \(Format.percent(c.negativeShare, digits: 0)) negative, mean \(Format.signed(c.meanCompound))",
        ]
        if let trend = c.trend {
            facts.append(
                "last 4 weeks \(Format.number(trend.recentPerWeek, digits: 1)) a week vs \(Format.number(trend.earlierPerWeek, digits: 1)) before")
        }
        if let mean = c.meanScore { facts.append("mean score \(Format.number(mean, digits: 2))") }
        out += facts.joined(separator: "; ") + ".\n\n"
        if !c.keyPhrases.isEmpty {
            out += "Key phrases: " + c.keyPhrases.map { "“\(esc($0))”" }.joined(separator: ", ") + "\n\n"
        }
        if !c.representatives.isEmpty {
            out += "Representative comments:\n\n"
            for text in c.representatives { out += "> “\(quote(text))”\n>\n" }
            out.removeLast(2)
            out += "\n"
        }
    }

    private func renderMethod(_ report: Report, into out: inout String) {
        let m = report.method
        out += "## Method\n\n"
        out += "- Verbatim \(esc(m.version)); input: \(m.inputs.isEmpty ? "standard input" : m.inputs.map { "`\(Self.codeSpan($0))`" }.joined(separator: ", ")).\n"
        out += "- Sentiment: lexicon of \(Format.count(m.lexiconEntries)) entries with negation, intensity, contrast, emphasis and waiting-time rules; compound in [-1, 1], labels at ±0.05.\n"
        out += "- Topics: \(Format.count(m.stopwords)) stopwords removed, light stemming; for mixed comments only the complaint clauses.\n"
        out += "- Clustering: \(esc(m.clustering)); categories requested: \(m.categoriesRequested); seed \(m.seed).\n"
        out += "- Labels: class-based TF-IDF over stems and word pairs. Priority: comments × negative share × growth (last 4 weeks vs before, 0.5–3) × (1 + score impact / scale).\n"
        out += m.redacted
            ? "- Quotes: emails, phone and card numbers and links with tokens are masked (`--no-redact` keeps them).\n"
            : "- Quotes: as written (`--no-redact`).\n"
        out += "- Reproduce: `verbatim analyze --categories \(m.categoriesRequested) --seed \(m.seed) …` on the same input gives a byte-identical report.\n"
    }

    /// Text for a code span: backticks removed.
    static func codeSpan(_ text: String) -> String { text.filter { $0 != "`" && !$0.isNewline } }
}
