/// Words and phrases grouped by the customer issue they name, so that comments sharing no word
/// can still meet: "refund" / "money back" / "reimbursement", "late" / "delayed" / "still not here".
///
/// File format (`corpora/concepts/*.tsv`, and `--concepts`-style user files): one
/// `concept<TAB>term` a line, `#` comments; the concept key is lowercase and hyphenated
/// (`late-delivery`) and reads as its name with spaces. A term is a word or a phrase of up to
/// five words, matched on normalized tokens, longest first.
public struct ConceptLexicon: Sendable {
    private var terms = TermTable(capacity: 8192)
    /// Concept of each single-token term id (-1 none).
    private var single: [Int32] = []
    /// Phrases by first token id: token ids and concept, longest first.
    private var phrases: [Int32: [(tokens: [Int32], concept: Int32)]] = [:]
    /// Concept names ("late delivery"), by concept id.
    public private(set) var names: [String] = []
    private var conceptIDs: [String: Int32] = [:]

    public init() {}

    /// The concepts built into the binary.
    public static let builtIn: ConceptLexicon = {
        var lexicon = ConceptLexicon()
        for file in DefaultData.texts(under: "corpora/concepts") { lexicon.add(contentsOf: file.text) }
        return lexicon
    }()

    /// The number of concepts.
    public var count: Int { names.count }

    /// Adds the entries of a concept file; lines of another shape are ignored.
    public mutating func add(contentsOf text: String) {
        let tokenizer = Tokenizer()
        for line in text.split(separator: "\n") {
            guard !line.hasPrefix("#") else { continue }
            let fields = line.split(separator: "\t")
            guard fields.count == 2 else { continue }
            let key = String(fields[0]).trimmingSpacesAndCase()
            let concept: Int32
            if let existing = conceptIDs[key] {
                concept = existing
            } else {
                concept = Int32(names.count)
                conceptIDs[key] = concept
                names.append(String(key.map { $0 == "-" ? " " : $0 }))
            }
            let tokenized = tokenizer.tokenize(String(fields[1]).trimmingSpacesAndCase())
            let ids = tokenized.tokens.map { token in
                let id = tokenized.withBytes(of: token) { terms.insert($0) }
                if Int(id) == single.count { single.append(-1) }
                return id
            }
            if ids.count == 1 {
                single[Int(ids[0])] = concept
            } else if let first = ids.first {
                var list = phrases[first, default: []]
                list.append((ids, concept))
                list.sort { $0.tokens.count > $1.tokens.count }
                phrases[first] = list
            }
        }
    }

    /// Calls `body` with each concept found among `text`'s tokens in `range`, in text order.
    public func forEachConcept(in text: TokenizedText, range: Range<Int>, _ body: (Int32) -> Void) {
        guard !names.isEmpty else { return }
        var ids = [Int32](repeating: -1, count: range.count)
        for (offset, index) in range.enumerated() {
            ids[offset] = text.withBytes(of: text.tokens[index]) { terms.id(of: $0) } ?? -1
        }
        var i = 0
        while i < ids.count {
            let id = ids[i]
            guard id >= 0 else {
                i += 1
                continue
            }
            if let candidates = phrases[id],
                let match = candidates.first(where: { phrase in
                    i + phrase.tokens.count <= ids.count
                        && phrase.tokens.indices.allSatisfy { ids[i + $0] == phrase.tokens[$0] }
                })
            {
                body(match.concept)
                i += match.tokens.count
                continue
            }
            if single[Int(id)] >= 0 { body(single[Int(id)]) }
            i += 1
        }
    }
}
