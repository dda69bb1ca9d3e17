#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import Verbatim

/// `verbatim sentiment`: score texts given as arguments, or the comments of standard input.
enum SentimentCommand {
    static let spec = CommandSpec(
        name: "sentiment",
        overview: "Score the sentiment of texts given as arguments, or of each comment on standard input.",
        usage: "verbatim sentiment [OPTIONS] [TEXT ...]",
        arguments: [("TEXT ...", "Texts to score; without any, comments are read from standard input.")],
        options: CommonOptions.input + [
            OptionSpec(
                name: "json", value: nil,
                help: "Print NDJSON records instead of 'compound<TAB>label<TAB>text' lines (e.g. --json)."),
            OptionSpec(
                name: "jobs", value: "<n>",
                help: "Threads to score plain lines on; default: the number of cores, 1 when interactive (e.g. --jobs 1)."),
            CommonOptions.help,
        ],
        examples: [
            "verbatim sentiment \"Still waiting for my refund after 6 weeks\"",
            "verbatim sentiment --json < comments.txt",
            "verbatim sentiment --format csv --text-column review --json < reviews.csv",
        ])

    static func run(_ arguments: ParsedArguments) throws(CLIError) {
        let settings = try InputSettings(arguments, command: spec.name)
        let scorer = SentimentScorer(lexicon: settings.configuration.lexicon)
        let formatter = RecordFormatter()
        let json = arguments.flag("json")
        var jobs = Self.coreCount
        if let value = arguments.value("jobs") {
            guard let n = Int(value), n >= 1, n <= 256 else {
                throw .usage("--jobs takes a number from 1 to 256, not '\(value)'", command: spec.name)
            }
            jobs = n
        }
        let out = OutputSink.standardOutput()

        let tokenizer = Tokenizer()
        var tokenized = TokenizedText()
        var scratch = SentimentScorer.Scratch()
        func emit(index: Int, id: String?, text: String) throws(CLIError) {
            tokenizer.tokenize(text, into: &tokenized)
            let score = scorer.analyze(tokenized, scratch: &scratch).score
            if json {
                try out.writeLine(formatter.json(CommentResult(index: index, id: id, sentiment: score, category: nil), includeCategory: false))
            } else {
                try out.writeLine(formatter.tabSeparated(score, text: text))
            }
        }

        if !settings.paths.isEmpty {
            for (index, text) in settings.paths.enumerated() { try emit(index: index, id: nil, text: text) }
            try out.flush()
            return
        }
        let interactive = StandardError.isTerminal
        if settings.format == .lines || settings.format == .auto {  // standard input in .auto is plain lines
            try scoreLines(
                scorer: scorer, json: json, jobs: jobs, interactive: interactive, limit: settings.maximumCommentBytes, out: out)
            return
        }
        var reader = try settings.reader()
        var index = 0
        while let event = try settings.next(from: &reader) {
            switch event {
            case .record(let record): try emit(index: index, id: record.id, text: record.text)
            case .malformed(let bad):
                if json { try out.writeLine(formatter.json(CommentResult(index: index, id: nil, sentiment: nil, category: nil, error: bad.description))) }
            }
            index += 1
            if interactive { try out.flush() }
        }
        try out.flush()
    }

    /// The number of online processors, at least 1.
    static var coreCount: Int {
        #if canImport(Glibc) || canImport(Musl)
        return max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
        #else
        return 1
        #endif
    }

    /// Plain lines from standard input, scored from bytes; records flushed after every read when
    /// a person is watching, so a line typed in gets its record at once.
    private static func scoreLines(
        scorer: SentimentScorer, json: Bool, jobs: Int, interactive: Bool, limit: Int, out: OutputSink
    ) throws(CLIError) {
        let source: ByteSource
        do {
            source = try ByteSource(path: "-")
        } catch {
            throw CLIError(error)
        }
        var lines = SentimentLines(scorer: scorer, style: json ? .json : .tabSeparated, jobs: interactive ? 1 : jobs)
        lines.maximumCommentBytes = limit
        try lines.run(
            read: { (buffer) throws(CLIError) -> Bool in
                do throws(InputError) {
                    return try source.read(into: &buffer)
                } catch {
                    throw CLIError(error)
                }
            },
            write: { (bytes) throws(CLIError) in
                try out.write(bytes: bytes)
                if interactive { try out.flush() }
            })
        try out.flush()
        if lines.truncatedComments > 0 {
            StandardError.write(
                "verbatim: warning: \(lines.truncatedComments) comments longer than \(limit) bytes were truncated\n")
        }
    }
}
