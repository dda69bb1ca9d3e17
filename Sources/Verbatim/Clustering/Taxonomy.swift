/// A user's own categories, each a name and the keywords and phrases that signal it.
///
/// File format, one category a line; `#` starts a comment, blank lines are ignored:
///
///     late delivery: late, delayed, still not arrived, where is my parcel
///     double charge: charged twice, double charged, two payments
///
/// Keywords match whole words after lowercasing and light stemming, so "delayed" also matches
/// "delay" and "delays"; a phrase matches its words in sequence. A comment goes to the first
/// category (in file order) with a match, before discovery clusters the rest.
public struct Taxonomy: Sendable {
    /// A category of the taxonomy.
    public struct Entry: Sendable {
        public var name: String
        /// Each phrase as a sequence of stems.
        public var phrases: [[[UInt8]]]
    }

    /// A line of a taxonomy file that cannot be used.
    public struct FormatError: Error, Sendable {
        public var source: String
        public var line: Int
        public var reason: String
    }

    public private(set) var entries: [Entry] = []

    /// Parses a taxonomy file.
    public init(parsing text: String, source: String) throws(FormatError) {
        let tokenizer = Tokenizer()
        let stemmer = Stemmer()
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.prefix { $0 != "#" }.trimmingSpaces()
            if line.isEmpty { continue }
            guard let colon = line.firstIndex(of: ":") else {
                throw FormatError(source: source, line: lineNumber, reason: "expected 'name: keyword, phrase, …'")
            }
            let name = line[..<colon].trimmingSpaces()
            guard !name.isEmpty else { throw FormatError(source: source, line: lineNumber, reason: "category name is empty") }
            var phrases: [[[UInt8]]] = []
            for keyword in line[line.index(after: colon)...].split(separator: ",") {
                let tokens = tokenizer.tokenize(String(keyword))
                let stems = tokens.tokens.filter { $0.kind == .word || $0.kind == .number }.map { token in
                    stemmer.stem(tokens.withBytes(of: token) { Array($0) })
                }
                if !stems.isEmpty { phrases.append(stems) }
            }
            guard !phrases.isEmpty else {
                throw FormatError(source: source, line: lineNumber, reason: "category '\(name)' has no keywords")
            }
            entries.append(Entry(name: name, phrases: phrases))
        }
    }

    /// The index of the first category matching the tokenized text, or nil.
    public func match(_ text: TokenizedText) -> Int? {
        let stemmer = Stemmer()
        let stems = text.tokens.filter { $0.kind == .word || $0.kind == .number }.map { token in
            stemmer.stem(text.withBytes(of: token) { Array($0) })
        }
        for (index, entry) in entries.enumerated() {
            for phrase in entry.phrases where phrase.count <= stems.count {
                for start in 0...(stems.count - phrase.count) where stems[start] == phrase[0] {
                    if zip(phrase.indices, phrase).allSatisfy({ stems[start + $0] == $1 }) { return index }
                }
            }
        }
        return nil
    }
}
