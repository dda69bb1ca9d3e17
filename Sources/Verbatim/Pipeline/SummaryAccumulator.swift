/// Totals over the whole input for the report's summary: counts, dates, scores, segments.
struct SummaryAccumulator: Sendable {
    var all = CategoryAccumulator()
    var skipped = 0
    /// Comments kept only in part, being over the reader's size limit.
    var truncated = 0
    /// Comments whose bytes were not valid UTF-8, read with U+FFFD in place of the bad bytes.
    var repaired = 0
    var warnings: [String] = []
    var firstDay: Int32?
    var lastDay: Int32?
    var minScore = Double.infinity
    var maxScore = -Double.infinity
    var promoters = 0
    var detractors = 0
    var segmentNames: [String] = []
    var segmentIDs: [String: Int32] = [:]

    static let warningLimit = 10

    mutating func addMalformed(_ record: MalformedRecord) {
        skipped += 1
        if warnings.count < Self.warningLimit { warnings.append(record.description) }
    }

    mutating func add(_ comment: AnnotatedComment) {
        add(comment.record, score: comment.sentiment.score, repaired: comment.record.text.utf8.containsReplacementCharacter)
    }

    /// Adds a comment whose sentiment is `score`; `repaired` says its text holds U+FFFD.
    mutating func add(_ r: InputRecord, score: SentimentScore, repaired isRepaired: Bool) {
        if isRepaired {
            repaired += 1
            if warnings.count < Self.warningLimit { warnings.append("\(r.location): invalid UTF-8; repaired") }
        }
        if r.truncated {
            truncated += 1
            if warnings.count < Self.warningLimit { warnings.append("\(r.location): comment over the size limit; truncated") }
        }
        all.add(score: score, features: [], day: r.day, rating: r.score, segment: nil)
        if let day = r.day {
            firstDay = min(firstDay ?? day, day)
            lastDay = max(lastDay ?? day, day)
        }
        if let score = r.score {
            minScore = min(minScore, score)
            maxScore = max(maxScore, score)
            if score >= 9 { promoters += 1 } else if score <= 6 { detractors += 1 }
        }
    }

    /// The id of a segment name, registering it if new.
    mutating func segmentID(_ name: String?) -> Int32 {
        guard let name else { return -1 }
        if let id = segmentIDs[name] { return id }
        let id = Int32(segmentNames.count)
        segmentNames.append(name)
        segmentIDs[name] = id
        return id
    }

    /// Scores on 0-10 (NPS) when any score is above 5 and none above 10.
    var isNPSScale: Bool { all.scoreCount > 0 && maxScore > 5 && maxScore <= 10 && minScore >= 0 }

    /// The top of the score scale, for normalizing score impact.
    var scoreScale: Double { maxScore > 5 ? (maxScore > 10 ? max(1, maxScore) : 10) : 5 }

    func summary() -> Report.Summary {
        Report.Summary(
            read: all.count + skipped, analyzed: all.count, skipped: skipped,
            positive: all.positives, neutral: all.neutrals, negative: all.negatives,
            meanCompound: all.meanCompound, firstDay: firstDay, lastDay: lastDay,
            meanScore: all.meanScore,
            nps: isNPSScale ? Double(promoters - detractors) / Double(all.scoreCount) * 100 : nil,
            warnings: warnings, truncated: truncated, repaired: repaired)
    }
}

extension String.UTF8View {
    /// Whether the text holds U+FFFD, which readers put in place of bytes that are not UTF-8.
    ///
    /// - Complexity: O(n); in native strings only the lead bytes 0xEF are looked at closely.
    var containsReplacementCharacter: Bool {
        if let found = withContiguousStorageIfAvailable({ Self.containsReplacementCharacter($0) }) { return found }
        return Self.containsReplacementCharacter(Array(self))
    }

    private static func containsReplacementCharacter(_ bytes: some RandomAccessCollection<UInt8>) -> Bool {
        var i = bytes.startIndex
        while let lead = bytes[i...].firstIndex(of: 0xEF) {
            let second = bytes.index(after: lead)
            guard second != bytes.endIndex else { return false }
            let third = bytes.index(after: second)
            if bytes[second] == 0xBF, third != bytes.endIndex, bytes[third] == 0xBD { return true }
            i = second
        }
        return false
    }
}
