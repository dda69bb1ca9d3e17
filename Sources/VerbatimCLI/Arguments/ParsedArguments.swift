/// Command-line words sorted into options and positional arguments, checked against a spec.
struct ParsedArguments: Sendable {
    private(set) var values: [String: [String]] = [:]
    private(set) var flags: Set<String> = []
    private(set) var positionals: [String] = []

    /// Parses `words` (after the subcommand name) for `spec`.
    ///
    /// Accepts `--name value`, `--name=value`, `-x value`, flags, and `--` to end options.
    /// A lone `-` is a positional (standard input).
    init(_ words: [String], spec: CommandSpec) throws(CLIError) {
        var i = 0
        var optionsEnded = false
        while i < words.count {
            let word = words[i]
            i += 1
            if optionsEnded || word == "-" || !word.hasPrefix("-") {
                positionals.append(word)
                continue
            }
            if word == "--" {
                optionsEnded = true
                continue
            }
            let option: OptionSpec
            var inlineValue: String?
            if word.hasPrefix("--") {
                let body = word.dropFirst(2)
                let name = body.split(separator: "=", maxSplits: 1).first.map(String.init) ?? ""
                if let equals = body.firstIndex(of: "=") { inlineValue = String(body[body.index(after: equals)...]) }
                guard let found = spec.option(named: name) else {
                    throw .usage("unknown option '--\(name)'", command: spec.name)
                }
                option = found
            } else {
                guard word.count == 2, let found = spec.option(short: word.last!) else {
                    throw .usage("unknown option '\(word)'", command: spec.name)
                }
                option = found
            }
            guard option.value != nil else {
                if inlineValue != nil { throw .usage("option '--\(option.name)' takes no value", command: spec.name) }
                flags.insert(option.name)
                continue
            }
            let value: String
            if let inlineValue {
                value = inlineValue
            } else {
                guard i < words.count else {
                    throw .usage("option '--\(option.name)' needs a value \(option.value!)", command: spec.name)
                }
                value = words[i]
                i += 1
            }
            if values[option.name] != nil, !option.repeatable {
                throw .usage("option '--\(option.name)' given more than once", command: spec.name)
            }
            values[option.name, default: []].append(value)
        }
    }

    func value(_ name: String) -> String? { values[name]?.last }
    func all(_ name: String) -> [String] { values[name] ?? [] }
    func flag(_ name: String) -> Bool { flags.contains(name) }
}
