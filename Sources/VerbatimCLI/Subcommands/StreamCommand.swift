import Verbatim

/// `verbatim stream`: standard input lines in, one NDJSON record out per line, as they arrive.
enum StreamCommand {
    static let spec = CommandSpec(
        name: "stream",
        overview: "Score and categorize standard input line by line, writing one NDJSON record per line as it arrives.",
        usage: "verbatim stream [OPTIONS]",
        arguments: [],
        options: CommonOptions.input + [
            OptionSpec(
                name: "report", value: "<file>",
                help: "Write the Markdown category report at end of input (e.g. --report live.md)."),
            OptionSpec(
                name: "every", value: "<n>",
                help: "With --report, also rewrite the report every n lines (e.g. --every 1000)."),
            OptionSpec(
                name: "jobs", value: "<n>",
                help: "Threads to annotate lines that arrive together on; default: the number of cores. The records are the same for any number (e.g. --jobs 1)."),
            CommonOptions.noRedact,
            CommonOptions.help,
        ],
        examples: [
            "tail -f feedback.log | verbatim stream",
            "verbatim stream --format jsonl --text-field body --report live.md --every 500 < feed.jsonl",
        ])

    static func run(_ arguments: ParsedArguments) throws(CLIError) {
        var settings = try InputSettings(arguments, command: spec.name)
        guard settings.paths.isEmpty || settings.paths == ["-"] else {
            throw .usage("stream reads standard input only; use 'verbatim analyze' for files", command: spec.name)
        }
        settings.paths = ["-"]
        var every: Int?
        if let text = arguments.value("every") {
            guard let n = Int(text), n >= 1 else { throw .usage("--every takes a positive number, not '\(text)'", command: spec.name) }
            guard arguments.value("report") != nil else { throw .usage("--every needs --report <file>", command: spec.name) }
            every = n
        }
        var reader = try settings.reader()
        settings.configuration.redactQuotes = !arguments.flag("no-redact")
        let jobs = try InputSettings.jobs(arguments, command: spec.name)
        var processor = StreamProcessor(configuration: settings.configuration, jobs: jobs)
        let out = OutputSink.standardOutput()
        let formatter = RecordFormatter()
        var count = 0
        var events: [ReadEvent] = []
        // The lines of one read are processed together (annotated on every core when there are
        // many) and their records written before the next read, so a line that arrives alone is
        // answered at once; --every cuts a read where a report is due.
        while try settings.nextBatch(from: &reader, into: &events) {
            var start = 0
            while start < events.count {
                let end = every.map { min(events.count, start + $0 - count % $0) } ?? events.count
                try processor.process(events[start..<end]) { (result) throws(CLIError) in
                    try out.writeLine(formatter.json(result))
                }
                count += end - start
                start = end
                if let every, let path = arguments.value("report"), count % every == 0 {
                    try out.flush()
                    try AtomicFile.write(MarkdownReporter().render(processor.report()), to: path)
                }
            }
            try out.flush()
        }
        if let path = arguments.value("report") {
            try AtomicFile.write(MarkdownReporter().render(processor.report()), to: path)
        }
    }
}
