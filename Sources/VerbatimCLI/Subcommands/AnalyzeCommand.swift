import Verbatim

/// `verbatim analyze`: read dumps, write a Markdown report (and optionally JSON and assignments).
enum AnalyzeCommand {
    static let spec = CommandSpec(
        name: "analyze",
        overview: "Find recurring issues in comment dumps and write a Markdown report with ranked action points.",
        usage: "verbatim analyze [OPTIONS] [FILE ...]",
        arguments: [("FILE ...", "Comment dumps (lines, CSV, TSV, JSONL), read in order as one stream; none or '-' reads standard input.")],
        options: CommonOptions.input + [
            OptionSpec(
                name: "categories", value: "<auto|n>",
                help: "Number of recurring-issue categories; auto (default) chooses (e.g. --categories 12)."),
            OptionSpec(
                name: "taxonomy", value: "<file>",
                help: "Your own categories, assigned before discovery: 'name: keyword, phrase, …' lines (e.g. --taxonomy topics.txt)."),
            OptionSpec(
                name: "jobs", value: "<n>",
                help: "Threads to annotate comments on; default: the number of cores. The report is the same for any number (e.g. --jobs 1)."),
            OptionSpec(name: "seed", value: "<n>", help: "Seed for the clustering; same input and seed, same output (e.g. --seed 7)."),
            OptionSpec(name: "output", short: "o", value: "<file>", help: "Write the Markdown report here instead of standard output (e.g. -o report.md)."),
            OptionSpec(name: "json", value: "<file>", help: "Also write the report as JSON (e.g. --json report.json)."),
            OptionSpec(
                name: "assignments", value: "<file>",
                help: "Write one NDJSON record per comment, in input order (e.g. --assignments comments.ndjson)."),
            CommonOptions.noRedact,
            OptionSpec(
                name: "timings", value: nil,
                help: "Print each stage's wall and CPU time on standard error at the end (e.g. --timings)."),
            CommonOptions.help,
        ],
        examples: [
            "verbatim analyze corpora/samples/northwind-shop.csv -o report.md",
            "verbatim analyze tickets.csv --text-column body --date-column created --score-column csat --categories 15",
            "verbatim analyze reviews.jsonl --text-field review.body --assignments out.ndjson",
        ])

    static func run(_ arguments: ParsedArguments) throws(CLIError) {
        var settings = try InputSettings(arguments, command: spec.name)
        if let categories = arguments.value("categories") {
            if categories == "auto" {
                settings.configuration.categories = .auto
            } else if let n = Int(categories), n >= 1, n <= 1000 {
                settings.configuration.categories = .fixed(n)
            } else {
                throw .usage("--categories takes 'auto' or a number from 1 to 1000, not '\(categories)'", command: spec.name)
            }
        }
        if let seed = arguments.value("seed") {
            guard let value = UInt64(seed) else { throw .usage("--seed takes a non-negative integer, not '\(seed)'", command: spec.name) }
            settings.configuration.seed = value
        }
        if let path = arguments.value("taxonomy") {
            let text = try InputSettings.readText(path)
            do {
                settings.configuration.taxonomy = try Taxonomy(parsing: text, source: path)
            } catch {
                throw .badDataFile(path: error.source, line: error.line, reason: error.reason)
            }
        }

        let jobs = try InputSettings.jobs(arguments, command: spec.name)
        settings.configuration.redactQuotes = !arguments.flag("no-redact")
        var timer = StageTimer()
        var reader = try settings.reader()
        var analyzer = Analyzer(configuration: settings.configuration, jobs: jobs)
        var progress = Progress()
        var events: [ReadEvent] = []
        while try settings.nextBatch(from: &reader, into: &events) {
            analyzer.add(contentsOf: events)
            progress.update(records: analyzer.recordCount, batch: true)
        }
        progress.finish()
        timer.end("read, tokenize, score, extract features")
        let analysis = analyzer.finish()
        timer.end("cluster, label, rank")

        let markdown = MarkdownReporter().render(analysis.report)
        // All files of one run are written first and renamed into place together.
        var files = StagedFiles()
        if let path = arguments.value("json") {
            try files.write(JSONReporter().render(analysis.report), to: path)
        }
        if let path = arguments.value("assignments") {
            let formatter = RecordFormatter()
            try files.write(to: path) { (sink) throws(CLIError) in
                for result in analysis.assignments { try sink.writeLine(formatter.json(result)) }
            }
        }
        if let path = arguments.value("output") { try files.write(markdown, to: path) }
        try files.commit()
        if arguments.value("output") == nil {
            let out = OutputSink.standardOutput()
            try out.write(markdown)
            try out.flush()
        }
        timer.end("render and write reports")
        if arguments.flag("timings") { StandardError.write(timer.report()) }
    }
}
