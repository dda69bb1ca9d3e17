import Verbatim

/// Everything that ends a run early, and the one place that maps it to a message and an exit
/// status (sysexits: 64 usage, 65 malformed input, 66 unreadable input, 74 output error).
enum CLIError: Error, Equatable {
    /// Wrong words on the command line; names the command whose help to read.
    case usage(String, command: String?)
    /// A malformed record under `--strict`.
    case malformed(MalformedRecord)
    /// An input file that is missing or unreadable, or a lexicon/stopword file that cannot be read.
    case unreadable(path: String, reason: String)
    /// A lexicon or taxonomy file line that cannot be used.
    case badDataFile(path: String, line: Int, reason: String)
    /// Output that cannot be written.
    case output(path: String, reason: String)
    /// The reader of standard output went away (`| head`): a quiet, successful end.
    case brokenPipe

    var exitCode: Int32 {
        switch self {
        case .usage: 64
        case .malformed, .badDataFile: 65
        case .unreadable: 66
        case .output: 74
        case .brokenPipe: 0
        }
    }

    /// The one-line message, `verbatim: FILE:LINE: what is wrong`; nil for a quiet end.
    var message: String? {
        switch self {
        case .usage(let text, let command):
            let help = command.map { "verbatim \($0) --help" } ?? "verbatim --help"
            return "verbatim: \(text) (see '\(help)')"
        case .malformed(let record): return "verbatim: \(record.location): \(record.reason)"
        case .unreadable(let path, let reason): return "verbatim: \(path): \(reason)"
        case .badDataFile(let path, let line, let reason): return "verbatim: \(path):\(line): \(reason)"
        case .output(let path, let reason): return "verbatim: \(path): cannot write: \(reason)"
        case .brokenPipe: return nil
        }
    }

    init(_ error: InputError) {
        switch error {
        case .unreadable(let path, let reason): self = .unreadable(path: path, reason: reason)
        case .badColumns(let location, let reason): self = .usage("\(location): \(reason)", command: nil)
        case .malformed(let record): self = .malformed(record)
        }
    }
}
