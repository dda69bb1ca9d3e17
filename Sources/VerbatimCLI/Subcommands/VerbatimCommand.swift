#if canImport(Glibc)
import Glibc
#endif
import Verbatim

/// The top-level command: dispatches to a subcommand and turns errors into exit statuses.
enum VerbatimCommand {
    static let subcommands = [AnalyzeCommand.spec, StreamCommand.spec, SentimentCommand.spec]

    /// Runs the command line and returns the exit status.
    static func run(_ words: [String]) -> Int32 {
        signal(SIGPIPE, SIG_IGN)
        Interruption.install()
        do {
            try dispatch(words)
            return 0
        } catch {
            if let message = error.message { StandardError.write(message + "\n") }
            return error.exitCode
        }
    }

    static func dispatch(_ words: [String]) throws(CLIError) {
        guard let first = words.first else {
            StandardError.write(HelpFormatter.topLevel(commands: subcommands))
            throw .usage("missing subcommand", command: nil)
        }
        let rest = Array(words.dropFirst())
        switch first {
        case "-h", "--help":
            try printOut(HelpFormatter.topLevel(commands: subcommands))
        case "--version":
            try printOut("verbatim \(Verbatim.version)\n")
        case "help":
            guard let name = rest.first else { return try printOut(HelpFormatter.topLevel(commands: subcommands)) }
            guard let spec = subcommands.first(where: { $0.name == name }) else {
                throw .usage("unknown subcommand '\(name)'", command: nil)
            }
            try printOut(HelpFormatter.help(for: spec))
        default:
            guard let spec = subcommands.first(where: { $0.name == first }) else {
                throw .usage("unknown subcommand '\(first)'", command: nil)
            }
            let arguments = try ParsedArguments(rest, spec: spec)
            if arguments.flag("help") { return try printOut(HelpFormatter.help(for: spec)) }
            switch spec.name {
            case AnalyzeCommand.spec.name: try AnalyzeCommand.run(arguments)
            case StreamCommand.spec.name: try StreamCommand.run(arguments)
            default: try SentimentCommand.run(arguments)
            }
        }
    }

    private static func printOut(_ text: String) throws(CLIError) {
        let out = OutputSink.standardOutput()
        try out.write(text)
        try out.flush()
    }
}
