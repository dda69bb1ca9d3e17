/// Writes help in a fixed template: OVERVIEW, USAGE, ARGUMENTS, OPTIONS, (SUBCOMMANDS), EXAMPLES.
enum HelpFormatter {
    static let width = 28

    static func help(for spec: CommandSpec) -> String {
        var out = "OVERVIEW: \(spec.overview)\n\nUSAGE: \(spec.usage)\n"
        if !spec.arguments.isEmpty {
            out += "\nARGUMENTS:\n"
            for argument in spec.arguments { out += row(argument.name, argument.help) }
        }
        out += "\nOPTIONS:\n"
        for option in spec.options { out += row(option.synopsis, option.help) }
        if !spec.examples.isEmpty {
            out += "\nEXAMPLES:\n"
            for example in spec.examples { out += "  \(example)\n" }
        }
        return out
    }

    static func topLevel(commands: [CommandSpec]) -> String {
        var out = "OVERVIEW: Turn piles of customer comments into sentiment, recurring issues and ranked action points.\n\n"
        out += "USAGE: verbatim <subcommand> [OPTIONS] [ARGUMENTS]\n\n"
        out += "OPTIONS:\n"
        out += row("-h, --help", "Show this help.")
        out += row("--version", "Show the version.")
        out += "\nSUBCOMMANDS:\n"
        for command in commands { out += row(command.name, command.overview) }
        out += row("help <subcommand>", "Show help for a subcommand.")
        out += "\n  See 'verbatim help <subcommand>' for detailed help.\n"
        out += "\nEXAMPLES:\n"
        out += "  verbatim analyze corpora/samples/northwind-shop.csv -o report.md\n"
        out += "  tail -f feedback.log | verbatim stream\n"
        out += "  verbatim sentiment \"Still waiting for my refund after 6 weeks\"\n"
        return out
    }

    private static func row(_ left: String, _ right: String) -> String {
        let padded = "  " + left
        if padded.count + 2 <= width {
            return padded + String(repeating: " ", count: width - padded.count) + right + "\n"
        }
        return padded + "\n" + String(repeating: " ", count: width) + right + "\n"
    }
}
