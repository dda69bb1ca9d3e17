/// Sentiment valences of words, emoticons, emoji and multi-word expressions.
///
/// Valences are on VADER's scale, -4 (extremely negative) to +4 (extremely positive). Single
/// tokens are looked up by their normalized bytes; multi-word expressions ("never arrived",
/// "works like a charm") are stored under their first token and matched longest first.
///
/// The built-in lexicon is the `.tsv` files under `corpora/lexicon/`, embedded in the binary.
public struct Lexicon: Sendable {
    /// A multi-word expression: the ids of its tokens and its valence.
    public struct Phrase: Sendable {
        public var tokens: [Int32]
        public var valence: Float
    }

    /// Every token that appears in an entry, single or within a phrase.
    public private(set) var terms = TermTable(capacity: 16_384)
    /// Valence by term id; NaN for tokens that only occur inside phrases.
    private var valences: [Float] = []
    /// By term id: whether its entry came from a general-vocabulary file (see ``merge(contentsOf:source:evaluative:)``).
    private var evaluativeTerms: [Bool] = []
    /// The multi-word expressions.
    private(set) var phraseTable = PhraseTable()

    /// An empty lexicon.
    public init() {}

    /// The lexicon built into the binary.
    public static let builtIn: Lexicon = {
        var lexicon = Lexicon()
        for file in DefaultData.texts(under: "corpora/lexicon") {
            // Built-in files are ours and tested; a bad line there is a build-time bug. (A prefix
            // test: `String.contains` of a string costs far more.)
            _ = try? lexicon.merge(
                contentsOf: file.text, source: file.path, evaluative: file.path.hasPrefix("corpora/lexicon/10-general-"))
        }
        return lexicon
    }()

    /// The number of entries (single tokens and phrases).
    public var count: Int { valences.lazy.filter { !$0.isNaN }.count + phraseTable.count }

    /// Sets the valence of `entry`, a word or a space-separated expression.
    ///
    /// `evaluative` marks a word of general evaluation ("great", "terrible"), which says how a
    /// customer feels but not what about; other entries (complaint and praise vocabulary such as
    /// "rude", "crash", "late") also name an issue. Setting a word again clears or sets the mark.
    public mutating func set(_ entry: String, valence: Double, evaluative: Bool = false) {
        var lowered = entry.lowercased()
        var scratch = TokenizedText()
        lowered.withUTF8 { set(term: $0, valence: valence, evaluative: evaluative, scratch: &scratch) }
    }

    /// Sets the valence of a lowercased entry given as UTF-8 bytes, tokenizing it in `scratch`.
    ///
    /// - Complexity: O(n) in the length of the entry, besides the phrases that start as it does.
    mutating func set(
        term: UnsafeBufferPointer<UInt8>, valence: Double, evaluative: Bool, scratch: inout TokenizedText
    ) {
        // An entry has at most one token per byte.
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: max(1, term.count)) { room in
            let count =
                Self.isPlainWords(term) ? insertPlainWords(term, ids: room) : insertTokens(of: term, ids: room, scratch: &scratch)
            guard count > 0 else { return }
            if count == 1 {
                valences[Int(room[0])] = Float(valence)
                evaluativeTerms[Int(room[0])] = evaluative
            } else {
                phraseTable.set(UnsafeBufferPointer(rebasing: room[..<count]), valence: Float(valence))
            }
        }
    }

    /// Whether `entry` is lowercase ASCII words (a…z) separated by single spaces, with no letter
    /// three times in a row: the tokenizer reads each such word as one token of the same bytes
    /// (only a run of three letters is normalized, "sooo" → "soo"; no URL, email, handle or
    /// emoticon starts with letters alone but "xd", which reads as itself), so most entries
    /// need no tokenizer.
    ///
    /// - Complexity: O(n) in the length of the entry.
    static func isPlainWords(_ entry: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = entry.first, first != 0x20, entry.last != 0x20 else { return false }
        var previous: UInt8 = 0, beforePrevious: UInt8 = 0
        for byte in entry {
            if byte == 0x20 {
                if previous == 0x20 { return false }
            } else if byte &- 0x61 >= 26 || byte == previous && byte == beforePrevious {
                return false
            }
            beforePrevious = previous
            previous = byte
        }
        return true
    }

    /// Inserts the words of an entry of ``isPlainWords(_:)`` into ``terms``, writing their ids
    /// to `ids`; returns how many.
    ///
    /// - Complexity: O(n) in the length of the entry.
    private mutating func insertPlainWords(_ entry: UnsafeBufferPointer<UInt8>, ids: UnsafeMutableBufferPointer<Int32>) -> Int {
        var count = 0, start = 0
        for end in 0...entry.count where end == entry.count || entry[end] == 0x20 {
            ids[count] = insert(UnsafeBufferPointer(rebasing: entry[start..<end]))
            count += 1
            start = end + 1
        }
        return count
    }

    /// Tokenizes an entry in `scratch` and inserts its tokens into ``terms``, writing their ids
    /// to `ids`; returns how many, 0 when the tokens do not spell the entry (see
    /// ``tokens(of:spell:)``).
    ///
    /// - Complexity: O(n) in the length of the entry.
    private mutating func insertTokens(
        of entry: UnsafeBufferPointer<UInt8>, ids: UnsafeMutableBufferPointer<Int32>, scratch: inout TokenizedText
    ) -> Int {
        Tokenizer().withTokens(bytes: entry, scratch: &scratch) { view in
            guard Self.tokens(of: view, spell: entry) else { return 0 }
            for (index, token) in view.tokens.enumerated() {
                ids[index] = insert(UnsafeBufferPointer(rebasing: view.normalized[Int(token.start)..<Int(token.end)]))
            }
            return view.tokens.count
        }
    }

    /// The id of term `bytes`, inserted if new (with no valence and no mark).
    private mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        let id = terms.insert(bytes)
        if Int(id) == valences.count {
            valences.append(.nan)
            evaluativeTerms.append(false)
        }
        return id
    }

    /// Whether the tokens of an entry spell the whole entry: an entry that the tokenizer reads
    /// differently ("<\\3" reads as the number "3") could never match as written, and would
    /// wrongly match something else, so it is left out. Spaces and emoji variation selectors
    /// are not spelled; curly apostrophes are spelled straight.
    ///
    /// - Complexity: O(n) in the length of the entry.
    static func tokens(of view: TokenView, spell entry: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !view.tokens.isEmpty else { return false }
        if view.tokens.contains(where: { $0.isElongated }) { return true }
        var i = 0
        for token in view.tokens {
            for k in Int(token.start)..<Int(token.end) {
                guard let expected = nextSpelled(entry, at: &i), expected == view.normalized[k] else { return false }
            }
        }
        return nextSpelled(entry, at: &i) == nil
    }

    /// The next byte of `entry` from `i` on that its tokens must spell, with `i` moved past it;
    /// nil at the end.
    private static func nextSpelled(_ entry: UnsafeBufferPointer<UInt8>, at i: inout Int) -> UInt8? {
        while i < entry.count {
            let byte = entry[i]
            if byte == 0x20 {
                i += 1
            } else if byte == 0xEF, i + 2 < entry.count, entry[i + 1] == 0xB8, entry[i + 2] == 0x8F {
                i += 3  // U+FE0F
            } else if byte == 0xE2, i + 2 < entry.count, entry[i + 1] == 0x80, entry[i + 2] == 0x99 {
                i += 3
                return 0x27  // ’ → '
            } else {
                i += 1
                return byte
            }
        }
        return nil
    }

    /// The valence of a single token given its id, or nil if it has none.
    public func valence(ofTerm id: Int32) -> Float? {
        guard id >= 0 else { return nil }
        let v = valences[Int(id)]
        return v.isNaN ? nil : v
    }

    /// The valence of a word or expression, or nil.
    public func valence(of entry: String) -> Double? {
        let tokenized = Tokenizer().tokenize(entry.lowercased())
        let ids = tokenized.tokens.map { token in tokenized.withBytes(of: token) { terms.id(of: $0) ?? -1 } }
        if ids.count == 1 { return valence(ofTerm: ids[0]).map(Double.init) }
        guard ids.count > 1 else { return nil }
        return ids.withUnsafeBufferPointer { phraseTable.valence(of: $0) }.map(Double.init)
    }

    /// The phrases that start with term `id`, longest first.
    public func phrases(startingWith id: Int32) -> [Phrase]? {
        var phrases: [Phrase] = []
        phraseTable.forEach(startingWith: id) { ids, valence in phrases.append(Phrase(tokens: Array(ids), valence: valence)) }
        return phrases.isEmpty ? nil : phrases
    }

    /// Whether term `id` is a word of general evaluation with no topic of its own.
    public func isEvaluative(term id: Int32) -> Bool {
        id >= 0 && Int(id) < evaluativeTerms.count && evaluativeTerms[Int(id)]
    }
}
