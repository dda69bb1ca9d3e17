/// One command-line option: its names, its value, and its help line.
struct OptionSpec: Sendable {
    /// The long name without dashes ("text-column").
    var name: String
    /// A one-letter alias ("o" for "-o").
    var short: Character?
    /// The value placeholder ("<file>"), or nil for a flag.
    var value: String?
    /// The one-line meaning, ending with an example.
    var help: String
    /// Whether the option may be given more than once.
    var repeatable = false

    /// "-o, --output <file>" as shown in help.
    var synopsis: String {
        var text = short.map { "-\($0), " } ?? ""
        text += "--\(name)"
        if let value { text += " \(value)" }
        return text
    }
}

/// The options and arguments one subcommand accepts, and how its help reads.
struct CommandSpec: Sendable {
    var name: String
    var overview: String
    var usage: String
    var arguments: [(name: String, help: String)]
    var options: [OptionSpec]
    var examples: [String]

    func option(named name: String) -> OptionSpec? { options.first { $0.name == name } }
    func option(short: Character) -> OptionSpec? { options.first { $0.short == short } }
}

/// Options shared by every command that reads comments.
enum CommonOptions {
    static let input: [OptionSpec] = [
        OptionSpec(
            name: "format", value: "<format>",
            help: "Input format: auto (by extension, then content), lines, csv, tsv or jsonl (e.g. --format tsv)."),
        OptionSpec(
            name: "text-column", value: "<name|n>",
            help: "CSV/TSV column with the comment, by header name or 1-based index (e.g. --text-column review)."),
        OptionSpec(
            name: "text-field", value: "<path>",
            help: "JSONL field with the comment, as a dotted path (e.g. --text-field review.body)."),
        OptionSpec(name: "id-column", value: "<name|n>", help: "Column or field with the comment id (e.g. --id-column ticket_id)."),
        OptionSpec(
            name: "date-column", value: "<name|n>",
            help: "Column or field with the date, ISO 8601 or YYYY-MM-DD (e.g. --date-column created_at)."),
        OptionSpec(
            name: "score-column", value: "<name|n>",
            help: "Column or field with a numeric score: stars, NPS 0-10, CSAT (e.g. --score-column stars)."),
        OptionSpec(
            name: "segment-column", value: "<name|n>",
            help: "Column or field with the channel, product or region (e.g. --segment-column channel)."),
        OptionSpec(
            name: "lexicon", value: "<file>",
            help: "Extra sentiment lexicon over the built-in one; plain, VADER or AFINN format (e.g. --lexicon mine.tsv).",
            repeatable: true),
        OptionSpec(
            name: "stopwords", value: "<file>",
            help: "Extra stopwords, one per line, # comments (e.g. --stopwords brands.txt).", repeatable: true),
        OptionSpec(
            name: "max-comment-bytes", value: "<n>",
            help: "Longest comment kept whole, in bytes (default 65536); longer ones are truncated with a warning (e.g. --max-comment-bytes 8192)."),
        OptionSpec(
            name: "strict", value: nil,
            help: "Fail with status 65 on the first malformed record instead of skipping it (e.g. --strict)."),
    ]

    static let help = OptionSpec(name: "help", short: "h", value: nil, help: "Show this help.")

    /// `analyze` and `stream`: quote comments in reports as written.
    static let noRedact = OptionSpec(
        name: "no-redact", value: nil,
        help: "Quote comments as written; by default reports mask emails, phone and card numbers and links with tokens.")
}
