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
    /// Whether each term id starts a phrase, so most tokens skip the phrase lookup.
    private var startsPhrase: [Bool] = []
    /// ``phrases`` by their first two token ids (key: first << 32 | second), in the same order.
    private var phrasesByPair: [UInt64: [(tokens: [Int32], concept: Int32)]] = [:]
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
        var changed = Set<Int32>()
        defer {
            for first in changed {
                var byPair: [UInt64: [(tokens: [Int32], concept: Int32)]] = [:]
                for phrase in phrases[first]! { byPair[Self.pair(first, phrase.tokens[1]), default: []].append(phrase) }
                for (key, list) in byPair { phrasesByPair[key] = list }
            }
        }
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
                if Int(id) == single.count {
                    single.append(-1)
                    startsPhrase.append(false)
                }
                return id
            }
            if ids.count == 1 {
                single[Int(ids[0])] = concept
            } else if let first = ids.first {
                var list = phrases[first, default: []]
                list.append((ids, concept))
                list.sort { $0.tokens.count > $1.tokens.count }
                phrases[first] = list
                startsPhrase[Int(first)] = true
                changed.insert(first)
            }
        }
    }

    /// The key of a phrase's first two token ids.
    private static func pair(_ first: Int32, _ second: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: first)) << 32 | UInt64(UInt32(bitPattern: second))
    }

    /// The term id of a normalized token's bytes, or -1 when no concept term is (or starts with) it.
    ///
    /// - Complexity: O(length of the token).
    public func termID(of bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        terms.id(of: bytes) ?? -1
    }

    /// Calls `body` with each concept found among `text`'s tokens in `range`, in text order.
    public func forEachConcept(in text: TokenizedText, range: Range<Int>, _ body: (Int32) -> Void) {
        guard !names.isEmpty else { return }
        let ids = range.map { index in text.withBytes(of: text.tokens[index]) { termID(of: $0) } }
        ids.withUnsafeBufferPointer { forEachConcept(termIDs: $0, body) }
    }

    /// Calls `body` with each concept found in a run of tokens given by their ``termID(of:)``s,
    /// in text order; longer phrases win, and a matched phrase's tokens match nothing else.
    ///
    /// - Complexity: O(tokens × phrases starting with a token's first two terms), no allocation.
    public func forEachConcept(termIDs ids: UnsafeBufferPointer<Int32>, _ body: (Int32) -> Void) {
        guard !names.isEmpty else { return }
        var i = 0
        while i < ids.count {
            let id = ids[i]
            guard id >= 0 else {
                i += 1
                continue
            }
            if startsPhrase[Int(id)], i + 1 < ids.count, ids[i + 1] >= 0,
                let candidates = phrasesByPair[Self.pair(id, ids[i + 1])],
                let match = candidates.first(where: { phrase in
                    i + phrase.tokens.count <= ids.count
                        && (2..<phrase.tokens.count).allSatisfy { ids[i + $0] == phrase.tokens[$0] }
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
