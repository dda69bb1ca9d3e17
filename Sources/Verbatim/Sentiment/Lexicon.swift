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
    /// Phrases by the id of their first token, longest first.
    private var phrasesByFirst: [Int32: [Phrase]] = [:]
    private var phraseCount = 0
    /// Term ids whose entry came from a general-vocabulary file (see ``merge(contentsOf:source:evaluative:)``).
    private var generalTerms: Set<Int32> = []

    /// An empty lexicon.
    public init() {}

    /// The lexicon built into the binary.
    public static let builtIn: Lexicon = {
        var lexicon = Lexicon()
        for file in DefaultData.texts(under: "corpora/lexicon") {
            // Built-in files are ours and tested; a bad line there is a build-time bug.
            _ = try? lexicon.merge(
                contentsOf: file.text, source: file.path, evaluative: file.path.contains("/10-general-"))
        }
        return lexicon
    }()

    /// The number of entries (single tokens and phrases).
    public var count: Int { valences.lazy.filter { !$0.isNaN }.count + phraseCount }

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

    /// Sets the valence of a lowercased entry given as UTF-8 bytes, tokenizing it into `scratch`.
    mutating func set(
        term: UnsafeBufferPointer<UInt8>, valence: Double, evaluative: Bool, scratch tokenized: inout TokenizedText
    ) {
        Tokenizer().tokenize(bytes: term, into: &tokenized)
        guard !tokenized.tokens.isEmpty, Self.tokens(of: tokenized, spell: term) else { return }
        var ids: [Int32] = []
        for token in tokenized.tokens {
            let id = tokenized.withBytes(of: token) { terms.insert($0) }
            if Int(id) == valences.count { valences.append(.nan) }
            ids.append(id)
        }
        if ids.count == 1 {
            valences[Int(ids[0])] = Float(valence)
            if evaluative { generalTerms.insert(ids[0]) } else { generalTerms.remove(ids[0]) }
            return
        }
        var list = phrasesByFirst[ids[0], default: []]
        if let existing = list.firstIndex(where: { $0.tokens == ids }) {
            list[existing].valence = Float(valence)
        } else {
            // Longest first; among equals, first set first.
            let position = list.firstIndex { $0.tokens.count < ids.count } ?? list.count
            list.insert(Phrase(tokens: ids, valence: Float(valence)), at: position)
            phraseCount += 1
        }
        phrasesByFirst[ids[0]] = list
    }

    /// Whether the tokens of an entry spell the whole entry: an entry that the tokenizer reads
    /// differently ("<\\3" reads as the number "3") could never match as written, and would
    /// wrongly match something else, so it is left out. Spaces and emoji variation selectors
    /// are not spelled; curly apostrophes are spelled straight.
    static func tokens(of tokenized: TokenizedText, spell entry: UnsafeBufferPointer<UInt8>) -> Bool {
        if tokenized.tokens.contains(where: { $0.isElongated }) { return true }
        var expected: [UInt8] = []
        expected.reserveCapacity(entry.count)
        var i = 0
        while i < entry.count {
            let byte = entry[i]
            if byte == 0x20 {
                i += 1
            } else if byte == 0xEF, i + 2 < entry.count, entry[i + 1] == 0xB8, entry[i + 2] == 0x8F {
                i += 3  // U+FE0F
            } else if byte == 0xE2, i + 2 < entry.count, entry[i + 1] == 0x80, entry[i + 2] == 0x99 {
                expected.append(0x27)  // ’ → '
                i += 3
            } else {
                expected.append(byte)
                i += 1
            }
        }
        var offset = 0
        for token in tokenized.tokens {
            let matches = tokenized.withBytes(of: token) { bytes in
                offset + bytes.count <= expected.count && bytes.elementsEqual(expected[offset..<offset + bytes.count])
            }
            guard matches else { return false }
            offset += token.length
        }
        return offset == expected.count
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
        guard let first = ids.first, let phrases = phrasesByFirst[first] else { return nil }
        return phrases.first { $0.tokens == ids }.map { Double($0.valence) }
    }

    /// The phrases that start with term `id`, longest first.
    public func phrases(startingWith id: Int32) -> [Phrase]? {
        id >= 0 ? phrasesByFirst[id] : nil
    }

    /// Whether term `id` is a word of general evaluation with no topic of its own.
    public func isEvaluative(term id: Int32) -> Bool { generalTerms.contains(id) }

}
