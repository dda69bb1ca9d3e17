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
        var reader = try settings.reader()
        var index = 0
        let interactive = StandardError.isTerminal
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
}
