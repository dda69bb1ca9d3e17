/// The report's pictures as Mermaid blocks, in the syntax GitHub renders.
///
/// - ``pie(of:)``: each category's share of the comments;
/// - ``sentimentBars(of:)``: mean sentiment per category, -1 … +1;
/// - ``weeklyVolume(of:top:)``: comments a week for the top categories, one coloured line each,
///   with a legend of coloured squares (Mermaid's XY chart draws no legend of its own).
///
/// Labels are plain text inside quotes: ``label(_:)`` strips what could end the quote or the block.
enum MermaidChart {
    /// Categories shown by name; the rest are summed into one "N more categories" slice.
    static let maximumCategories = 12

    /// Line colours of the weekly chart and the emoji squares that name them in the legend.
    static let palette: [(color: String, square: String)] = [
        ("#dd2e44", "🟥"), ("#55acee", "🟦"), ("#78b159", "🟩"), ("#f4900c", "🟧"), ("#aa8ed6", "🟪"),
    ]

    /// A pie chart of category shares.
    static func pie(of report: Report) -> String {
        var out = "```mermaid\npie showData title Comments by category\n"
        for c in report.categories.prefix(maximumCategories) {
            out += "    \"\(c.id). \(label(c.label))\" : \(c.count)\n"
        }
        let rest = report.categories.dropFirst(maximumCategories)
        if !rest.isEmpty {
            let noun = rest.count == 1 ? "category" : "categories"
            out += "    \"\(rest.count) more \(noun)\" : \(rest.reduce(0) { $0 + $1.count })\n"
        }
        if report.uncategorized > 0 { out += "    \"no category\" : \(report.uncategorized)\n" }
        return out + "```\n"
    }

    /// A horizontal bar chart of each category's mean sentiment on a fixed -1 … +1 axis, so
    /// charts of two runs compare at a glance.
    static func sentimentBars(of report: Report) -> String {
        let shown = report.categories.prefix(maximumCategories)
        let names = shown.map { "\"\($0.id). \(label($0.label, limit: 28))\"" }.joined(separator: ", ")
        let values = shown.map { Format.number($0.meanCompound, digits: 2) }.joined(separator: ", ")
        return """
            ```mermaid
            xychart-beta horizontal
                title "Mean sentiment by category"
                x-axis [\(names)]
                y-axis "mean sentiment" -1 --> 1
                bar [\(values)]
            ```

            """
    }

    /// A line chart of comments a week for the first `top` categories, every week of the
    /// report's date range shown (weeks without comments at 0); nil without at least two weeks
    /// of dates. Long ranges show their last 52 weeks.
    static func weeklyVolume(of report: Report, top: Int = 4) -> String? {
        guard let first = report.summary.firstDay, let last = report.summary.lastDay else { return nil }
        var weeks: [Int32] = []
        var week = Ranker.weekStart(of: first)
        while week <= last {
            weeks.append(week)
            week += 7
        }
        weeks = Array(weeks.suffix(52))
        let shown = report.categories.prefix(min(top, palette.count))
        guard weeks.count >= 2, !shown.isEmpty else { return nil }

        let sameYear = DateParser.isoDate(weeks[0]).prefix(4) == DateParser.isoDate(weeks[weeks.count - 1]).prefix(4)
        let names = weeks.map { "\"\(sameYear ? String(DateParser.isoDate($0).dropFirst(5)) : DateParser.isoDate($0))\"" }
        var lines: [String] = []
        var highest = 1
        for c in shown {
            let counts = Dictionary(c.weekly.map { ($0.week, $0.count) }, uniquingKeysWith: +)
            let series = weeks.map { counts[$0] ?? 0 }
            highest = max(highest, series.max() ?? 0)
            lines.append("    line [\(series.map(String.init).joined(separator: ", "))]")
        }
        let colors = palette.prefix(shown.count).map(\.color).joined(separator: ", ")
        let legend = zip(shown, palette).map { "\($1.square) \($0.id). \(MarkdownEscaping.inline($0.label))" }
        return """
            ```mermaid
            %%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "\(colors)"}}}}%%
            xychart-beta
                title "Comments a week (weeks starting Monday)"
                x-axis [\(names.joined(separator: ", "))]
                y-axis "comments" 0 --> \(highest)
            \(lines.joined(separator: "\n"))
            ```

            \(legend.joined(separator: " · "))

            """
    }

    /// Text for a Mermaid quoted label: quotes, brackets and line breaks removed, at most
    /// `limit` characters.
    static func label(_ text: String, limit: Int = 60) -> String {
        let kept = String(text.unicodeScalars.filter { !"\"`<>{}[]#;\\\n\r".unicodeScalars.contains($0) }.map(Character.init))
        return kept.count <= limit ? kept : String(kept.prefix(limit - 1)) + "…"
    }
}
