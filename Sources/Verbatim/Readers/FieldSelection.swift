/// Which columns (CSV/TSV) or fields (JSONL) hold a comment's text and optional metadata.
public struct FieldSelection: Sendable, Equatable {
    /// A column named in an option: a header name, or a 1-based index.
    public enum Selector: Sendable, Equatable {
        case name(String)
        case index(Int)

        /// Parses an option value: digits are an index, anything else a name or dotted path.
        public init(_ text: String) {
            if let number = Int(text), number >= 1 { self = .index(number) } else { self = .name(text) }
        }
    }

    public var text: Selector?
    public var id: Selector?
    public var date: Selector?
    public var score: Selector?
    public var segment: Selector?

    public init(text: Selector? = nil, id: Selector? = nil, date: Selector? = nil, score: Selector? = nil, segment: Selector? = nil) {
        self.text = text
        self.id = id
        self.date = date
        self.score = score
        self.segment = segment
    }

    /// Header names taken as the text column when none is given, in order of preference.
    public static let defaultTextNames = ["text", "comment", "review", "feedback", "body", "message"]
    /// Header names taken as the date column when none is given.
    public static let defaultDateNames = ["date", "created_at", "created", "timestamp", "submitted_at", "time"]
    /// Header names taken as the score column when none is given.
    public static let defaultScoreNames = ["score", "stars", "rating", "nps", "csat"]
}

/// Column positions resolved against a header row.
struct ResolvedColumns: Sendable {
    var text: Int
    var id: Int?
    var date: Int?
    var score: Int?
    var segment: Int?

    /// Resolves `selection` against `header`, or explains which column is missing.
    init(selection: FieldSelection, header: [String]) throws(ColumnSelectionError) {
        let lowered = header.map { $0.lowercased() }
        func resolve(_ selector: FieldSelection.Selector, option: String) throws(ColumnSelectionError) -> Int {
            switch selector {
            case .index(let index):
                guard index <= header.count else {
                    throw .init("\(option) \(index) is past the last column (\(header.count) columns)")
                }
                return index - 1
            case .name(let name):
                guard let index = lowered.firstIndex(of: name.lowercased()) else {
                    throw .init("\(option) '\(name)' is not in the header (\(header.joined(separator: ", ")))")
                }
                return index
            }
        }
        if let selector = selection.text {
            text = try resolve(selector, option: "--text-column")
        } else {
            text = FieldSelection.defaultTextNames.lazy.compactMap { lowered.firstIndex(of: $0) }.first ?? 0
        }
        id = try selection.id.map { selector throws(ColumnSelectionError) in try resolve(selector, option: "--id-column") }
        date = try selection.date.map { selector throws(ColumnSelectionError) in try resolve(selector, option: "--date-column") }
            ?? FieldSelection.defaultDateNames.lazy.compactMap { lowered.firstIndex(of: $0) }.first
        score = try selection.score.map { selector throws(ColumnSelectionError) in try resolve(selector, option: "--score-column") }
            ?? FieldSelection.defaultScoreNames.lazy.compactMap { lowered.firstIndex(of: $0) }.first
        segment = try selection.segment.map { selector throws(ColumnSelectionError) in try resolve(selector, option: "--segment-column") }
    }
}

/// A column option that does not fit the header, before the file and line are known.
struct ColumnSelectionError: Error {
    var text: String
    init(_ text: String) { self.text = text }
}
