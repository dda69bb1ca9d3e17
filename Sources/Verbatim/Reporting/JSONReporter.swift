/// Renders a report as one JSON document with the same content as the Markdown report.
public struct JSONReporter: Reporter {
    public init() {}

    public func render(_ report: Report) -> String {
        var w = JSONWriter()
        let s = report.summary
        w.raw("{\"summary\":{")
        w.raw("\"read\":\(s.read),\"analyzed\":\(s.analyzed),\"skipped\":\(s.skipped),\"truncated\":\(s.truncated),\"repaired\":\(s.repaired),")
        w.raw("\"positive\":\(s.positive),\"neutral\":\(s.neutral),\"negative\":\(s.negative),\"meanCompound\":")
        w.number(s.meanCompound)
        if let first = s.firstDay, let last = s.lastDay {
            w.raw(",\"firstDate\":\"\(DateParser.isoDate(first))\",\"lastDate\":\"\(DateParser.isoDate(last))\"")
        }
        if let mean = s.meanScore {
            w.raw(",\"meanScore\":")
            w.number(mean)
        }
        if let nps = s.nps {
            w.raw(",\"nps\":")
            w.number(nps, digits: 1)
        }
        w.raw(",\"warnings\":[")
        for (i, warning) in s.warnings.enumerated() {
            if i > 0 { w.raw(",") }
            w.string(warning)
        }
        w.raw("]},\"actionPoints\":[")
        for (i, point) in report.actionPoints.enumerated() {
            if i > 0 { w.raw(",") }
            w.raw("{\"rank\":\(point.rank),\"category\":\(point.categoryID),\"text\":")
            w.string(point.text)
            w.raw(",\"evidence\":")
            strings(point.evidence, &w)
            w.raw("}")
        }
        w.raw("],\"categories\":[")
        for (i, c) in report.categories.enumerated() {
            if i > 0 { w.raw(",") }
            w.raw("{\"id\":\(c.id),\"label\":")
            w.string(c.label)
            w.raw(",\"origin\":\"\(c.origin.rawValue)\",\"kind\":\"\(c.kind.rawValue)\",\"count\":\(c.count),\"share\":")
            w.number(c.share)
            w.raw(",\"meanCompound\":")
            w.number(c.meanCompound)
            w.raw(",\"positiveShare\":")
            w.number(c.positiveShare)
            w.raw(",\"neutralShare\":")
            w.number(c.neutralShare)
            w.raw(",\"negativeShare\":")
            w.number(c.negativeShare)
            w.raw(",\"priority\":")
            w.number(c.priority, digits: 2)
            w.raw(",\"topTerms\":")
            strings(c.topTerms, &w)
            w.raw(",\"keyPhrases\":")
            strings(c.keyPhrases, &w)
            w.raw(",\"representatives\":")
            strings(c.representatives, &w)
            if let trend = c.trend {
                w.raw(",\"trend\":{\"recentPerWeek\":")
                w.number(trend.recentPerWeek, digits: 2)
                w.raw(",\"earlierPerWeek\":")
                w.number(trend.earlierPerWeek, digits: 2)
                if let ratio = trend.ratio {
                    w.raw(",\"ratio\":")
                    w.number(ratio, digits: 3)
                }
                w.raw("}")
            }
            if let mean = c.meanScore {
                w.raw(",\"meanScore\":")
                w.number(mean)
            }
            if let impact = c.scoreImpact {
                w.raw(",\"scoreImpact\":")
                w.number(impact)
            }
            w.raw(",\"weekly\":[")
            for (j, week) in c.weekly.enumerated() {
                if j > 0 { w.raw(",") }
                w.raw("{\"week\":\"\(DateParser.isoDate(week.week))\",\"count\":\(week.count)}")
            }
            w.raw("]}")
        }
        w.raw("],\"uncategorized\":\(report.uncategorized),\"segments\":[")
        for (i, segment) in report.segments.enumerated() {
            if i > 0 { w.raw(",") }
            w.raw("{\"name\":")
            w.string(segment.name)
            w.raw(",\"count\":\(segment.count),\"meanCompound\":")
            w.number(segment.meanCompound)
            w.raw(",\"topCategories\":[\(segment.topCategories.map(String.init).joined(separator: ","))]}")
        }
        let m = report.method
        w.raw("],\"method\":{\"version\":")
        w.string(m.version)
        w.raw(",\"lexiconEntries\":\(m.lexiconEntries),\"stopwords\":\(m.stopwords),\"clustering\":")
        w.string(m.clustering)
        w.raw(",\"categories\":")
        w.string(m.categoriesRequested)
        w.raw(",\"seed\":\(m.seed),\"inputs\":")
        strings(m.inputs, &w)
        w.raw("}}\n")
        return w.text
    }

    private func strings(_ values: [String], _ w: inout JSONWriter) {
        w.raw("[")
        for (i, value) in values.enumerated() {
            if i > 0 { w.raw(",") }
            w.string(value)
        }
        w.raw("]")
    }
}
