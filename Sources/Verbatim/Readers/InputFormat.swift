/// The formats a dump can come in.
public enum InputFormat: String, Sendable, CaseIterable {
    case auto, lines, csv, tsv, jsonl

    /// The format of a file by its extension, or nil if the extension says nothing.
    public static func byExtension(of path: String) -> InputFormat? {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        switch path[path.index(after: dot)...].lowercased() {
        case "csv": return .csv
        case "tsv", "tab": return .tsv
        case "jsonl", "ndjson", "json": return .jsonl
        case "txt", "text", "log": return .lines
        default: return nil
        }
    }

    /// The format of a dump judged from its first bytes.
    ///
    /// A `{` first means JSON Lines; a tab in the first line means TSV; a comma in a first line
    /// that names a text column, or the same number of commas in the first few lines, means CSV;
    /// anything else is plain lines.
    public static func sniff(_ prefix: ArraySlice<UInt8>) -> InputFormat {
        var bytes = prefix
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let first = bytes.first(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }) else {
            return .lines
        }
        if first == 0x7B { return .jsonl }
        let lines = bytes.split(separator: 0x0A, maxSplits: 5, omittingEmptySubsequences: true).prefix(5)
        guard let header = lines.first else { return .lines }
        if header.contains(0x09) { return .tsv }
        guard header.contains(0x2C) else { return .lines }
        let headerText = String(decoding: header, as: UTF8.self).lowercased()
        let names = headerText.split(separator: ",").map { $0.trimmingSpaces().trimmingQuotes() }
        if names.contains(where: { FieldSelection.defaultTextNames.contains($0) }) { return .csv }
        // Commas outside quotes, per line (a line cut by the prefix is left out).
        let commaCounts = lines.dropLast(lines.count > 2 ? 1 : 0).map { line -> Int in
            var inQuotes = false, count = 0
            for byte in line {
                if byte == 0x22 { inQuotes.toggle() } else if byte == 0x2C && !inQuotes { count += 1 }
            }
            return count
        }
        return commaCounts.count >= 2 && Set(commaCounts).count == 1 ? .csv : .lines
    }

    /// A decoder for this (resolved) format.
    func decoder(
        file: String, selection: FieldSelection, maximumCommentBytes: Int = InputRecord.defaultMaximumBytes
    ) -> any RecordDecoder {
        switch self {
        case .csv: DelimitedDecoder.csv(file: file, selection: selection, maximumCommentBytes: maximumCommentBytes)
        case .tsv: DelimitedDecoder.tsv(file: file, selection: selection, maximumCommentBytes: maximumCommentBytes)
        case .jsonl: JSONLinesDecoder(file: file, selection: selection, maximumCommentBytes: maximumCommentBytes)
        case .lines, .auto: LinesDecoder(file: file, maximumCommentBytes: maximumCommentBytes)
        }
    }
}

extension String {
    func trimmingQuotes() -> String {
        var s = self[...]
        if s.hasPrefix("\""), s.hasSuffix("\""), s.count >= 2 { s = s.dropFirst().dropLast() }
        return String(s)
    }
}
