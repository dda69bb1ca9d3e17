import Verbatim

/// The input options of a command, resolved: reader settings, lexicon and stopwords.
struct InputSettings {
    var paths: [String]
    var format: InputFormat
    var selection: FieldSelection
    var strict: Bool
    var maximumCommentBytes = InputRecord.defaultMaximumBytes
    var configuration: AnalysisConfiguration

    init(_ arguments: ParsedArguments, command: String) throws(CLIError) {
        paths = arguments.positionals
        let formatName = arguments.value("format") ?? "auto"
        guard let format = InputFormat(rawValue: formatName) else {
            throw .usage(
                "unknown format '\(formatName)'; expected one of \(InputFormat.allCases.map(\.rawValue).joined(separator: ", "))",
                command: command)
        }
        self.format = format
        let text = arguments.value("text-column") ?? arguments.value("text-field")
        selection = FieldSelection(
            text: text.map(FieldSelection.Selector.init),
            id: arguments.value("id-column").map(FieldSelection.Selector.init),
            date: arguments.value("date-column").map(FieldSelection.Selector.init),
            score: arguments.value("score-column").map(FieldSelection.Selector.init),
            segment: arguments.value("segment-column").map(FieldSelection.Selector.init))
        strict = arguments.flag("strict")
        if let limit = arguments.value("max-comment-bytes") {
            guard let n = Int(limit), n >= 64 else {
                throw .usage("--max-comment-bytes takes a number of bytes, at least 64, not '\(limit)'", command: command)
            }
            maximumCommentBytes = n
        }
        configuration = AnalysisConfiguration()
        configuration.inputNames = paths.isEmpty ? ["-"] : paths
        for path in arguments.all("lexicon") {
            let text = try Self.readText(path)
            do {
                try configuration.lexicon.merge(contentsOf: text, source: path)
            } catch {
                throw .badDataFile(path: error.source, line: error.line, reason: error.reason)
            }
        }
        for path in arguments.all("stopwords") {
            configuration.stopwords.add(contentsOf: try Self.readText(path))
        }
    }

    /// A reader over the inputs; checks up front that every file can be opened.
    func reader() throws(CLIError) -> RecordReader {
        var reader = RecordReader(paths: paths, format: format, selection: selection)
        reader.maximumCommentBytes = maximumCommentBytes
        do {
            try reader.checkInputs()
        } catch {
            throw CLIError(error)
        }
        return reader
    }

    /// The next event, with `--strict` turning a malformed record into an error and warnings
    /// going to standard error otherwise.
    func next(from reader: inout RecordReader) throws(CLIError) -> ReadEvent? {
        let event: ReadEvent?
        do {
            event = try reader.next()
        } catch {
            throw CLIError(error)
        }
        if case .malformed(let record) = event {
            if strict { throw .malformed(record) }
            StandardError.write("verbatim: warning: \(record.location): \(record.reason); skipped\n")
        }
        if case .record(let record) = event, record.truncated {
            StandardError.write(
                "verbatim: warning: \(record.location): comment longer than \(maximumCommentBytes) bytes; truncated\n")
        }
        return event
    }

    /// The `--jobs` option: threads to work on, from 1 to 256; default, the number of cores.
    static func jobs(_ arguments: ParsedArguments, command: String) throws(CLIError) -> Int {
        guard let value = arguments.value("jobs") else { return SentimentCommand.coreCount }
        guard let n = Int(value), n >= 1, n <= 256 else {
            throw .usage("--jobs takes a number from 1 to 256, not '\(value)'", command: command)
        }
        return n
    }

    /// The events of the next read, as ``next(from:)`` gives them one by one; false at the end.
    ///
    /// - Complexity: O(bytes of one read).
    func nextBatch(from reader: inout RecordReader, into events: inout [ReadEvent]) throws(CLIError) -> Bool {
        let more: Bool
        do {
            more = try reader.nextBatch(into: &events)
        } catch {
            throw CLIError(error)
        }
        for event in events {
            switch event {
            case .malformed(let record):
                if strict { throw .malformed(record) }
                StandardError.write("verbatim: warning: \(record.location): \(record.reason); skipped\n")
            case .record(let record) where record.truncated:
                StandardError.write(
                    "verbatim: warning: \(record.location): comment longer than \(maximumCommentBytes) bytes; truncated\n")
            case .record:
                break
            }
        }
        return more
    }

    /// A whole small file (lexicon, stopwords, taxonomy) as UTF-8 text.
    static func readText(_ path: String) throws(CLIError) -> String {
        do {
            let source = try ByteSource(path: path)
            var buffer = InputBuffer()
            while try source.read(into: &buffer) {}
            return String(decoding: buffer.bytes, as: UTF8.self)
        } catch {
            throw CLIError(error)
        }
    }
}
