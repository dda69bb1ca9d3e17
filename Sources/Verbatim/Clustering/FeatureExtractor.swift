/// Turns a scored comment into topic features: stemmed content words as integer term ids.
///
/// Kept: words of at least two letters that are not stopwords, stemmed ("crashes" → "crash").
/// Left out: stopwords, numbers, URLs, emails, @handles, emoticons, emoji and punctuation, so
/// comments group by issue, not by who they were addressed to. For a mixed comment only its
/// complaint clauses count. Strongly evaluative words of general vocabulary ("great", "terrible", not "rude" or
/// "crash", which name an issue) are kept only when
/// a comment has no other content, so negative comments about different issues do not meet on
/// their mood.
///
/// Each concept of the ``ConceptLexicon`` found in the comment adds a concept feature (counted
/// twice, so a shared concept outweighs one shared word). The comment's polarity is not a
/// feature: it would pull unrelated complaints together ("charged twice" with "late delivery").
///
/// The extractor owns the feature vocabulary and remembers, per stem, its most frequent surface
/// form, so labels read "charged twice", not "charg twic". A ``FeatureScanner`` finds the
/// features of a comment in ids of its own; ``intern(words:concepts:scanner:map:into:)`` turns them into
/// vocabulary ids. Interning comments in input order gives the same ids, surface forms and
/// features whichever scanners (threads) found them.
///
/// With a ``capacity`` (as `stream` sets), the vocabulary stays bounded on an endless stream's
/// long tail of typos, names and ids: once it holds `capacity` terms, ``compact()`` keeps the
/// `capacity / 2` word stems that occurred most (recent occurrences weigh more: counts halve at
/// each compaction), every concept, and their commonest surface forms, renumbered in their old
/// order; the caller renumbers what holds term ids. A dropped word that comes back is a new term.
public struct FeatureExtractor: Sendable {
    public private(set) var vocabulary = TermTable(capacity: 8192)
    private var surfaces = TermTable(capacity: 8192)
    /// Word occurrences per surface id (concept names count none).
    private var surfaceCounts: [Int32] = []
    /// The surfaces seen as words of each stem id, in surface id order; a concept's holds its name.
    private var stemSurfaces: [[Int32]] = []
    /// The vocabulary id of each concept's pseudo-term, -1 until first seen.
    private var conceptTerms: [Int32]
    /// Whether a stem is strongly evaluative (|valence| ≥ 1.5, general vocabulary).
    public private(set) var isEvaluative: [Bool] = []
    /// What kind of feature each id is: a word stem or a concept.
    public private(set) var kinds: [FeatureKind] = []
    /// Occurrences per vocabulary id, halved at each ``compact()``.
    private var termCounts: [Int32] = []
    /// The terms the vocabulary may hold before it needs ``compact()``; nil: no bound.
    public var capacity: Int?
    /// How many times the vocabulary was compacted: a ``LocalMap`` filled before is out of date.
    public private(set) var generation = 0

    /// The kinds of topic features.
    public enum FeatureKind: UInt8, Sendable {
        /// A stemmed word of the comment.
        case word
        /// A concept of the ``ConceptLexicon`` ("late delivery"); its surface form is the concept's name.
        case concept
    }

    /// Where a scanner's local word ids stand in the vocabulary: one per ``FeatureScanner``,
    /// used only with the extractor that filled it.
    public struct LocalMap: Sendable {
        /// Per local id: the surface id, -1 until interned.
        fileprivate var surface: [Int32] = []
        /// Per local id: the stem (vocabulary) id.
        fileprivate var stem: [Int32] = []
        /// The extractor's ``FeatureExtractor/generation`` the ids are of.
        fileprivate var generation = 0

        public init() {}

        fileprivate init(generation: Int) { self.generation = generation }
    }

    private let concepts: ConceptLexicon
    /// The scanner and map of ``extract(from:analysis:into:)``.
    private var scanner: FeatureScanner
    private var map = LocalMap()
    private var found = FeatureScanner.Found()
    private var evaluative: [Int32] = []
    /// How many times a concept counts among a comment's features.
    static let conceptWeight = 2

    static let evaluativeThreshold: Float = 1.5

    public init(stopwords: Stopwords, lexicon: Lexicon, concepts: ConceptLexicon = .builtIn) {
        self.concepts = concepts
        conceptTerms = Array(repeating: -1, count: concepts.count)
        scanner = FeatureScanner(stopwords: stopwords, lexicon: lexicon, concepts: concepts)
    }

    /// The features of a tokenized, scored comment, appended to `features` in text order.
    ///
    /// - Complexity: O(tokens) table lookups once the comment's words were seen before.
    public mutating func extract(
        from text: TokenizedText, analysis: SentimentAnalysis, into features: inout [Int32]
    ) {
        var found = self.found, map = self.map
        (self.found, self.map) = (FeatureScanner.Found(), LocalMap())  // moved out, not copied on write
        found.removeAll()
        if scanner.localCount >= FeatureScanner.cacheCapacity {
            scanner.forgetWords()
            map = LocalMap()
        }
        scanner.scan(text, analysis: analysis, into: &found)
        intern(words: found.words[...], concepts: found.concepts[...], scanner: scanner, map: &map, into: &features)
        (self.found, self.map) = (found, map)
    }

    /// Turns the features `scanner` found in one comment into vocabulary ids, appended to
    /// `features`: feature words in text order (strongly evaluative ones only when there is no
    /// other word), then each concept ``conceptWeight`` times. `map` is the scanner's.
    ///
    /// - Complexity: O(features), plus O(length) for a word new to `map`.
    public mutating func intern(
        words: ArraySlice<Int32>, concepts found: ArraySlice<Int32>, scanner: FeatureScanner, map: inout LocalMap,
        into features: inout [Int32]
    ) {
        let start = features.count
        evaluative.removeAll(keepingCapacity: true)
        if map.generation != generation { map = LocalMap(generation: generation) }
        if map.surface.count < scanner.localCount {
            map.surface.append(contentsOf: repeatElement(-1, count: scanner.localCount - map.surface.count))
            map.stem.append(contentsOf: repeatElement(-1, count: scanner.localCount - map.stem.count))
        }
        for local in words {
            var surface = map.surface[Int(local)]
            let id: Int32
            if surface < 0 {
                id = scanner.withStem(of: local) { vocabulary.insert($0) }
                if Int(id) == kinds.count {
                    kinds.append(.word)
                    stemSurfaces.append([])
                    isEvaluative.append(scanner.isEvaluative(local))
                    termCounts.append(0)
                }
                surface = scanner.withSurface(of: local) { surfaces.insert($0) }
                if Int(surface) == surfaceCounts.count { surfaceCounts.append(0) }
                map.surface[Int(local)] = surface
                map.stem[Int(local)] = id
            } else {
                id = map.stem[Int(local)]
            }
            if surfaceCounts[Int(surface)] == 0 { addSurface(surface, to: id) }
            surfaceCounts[Int(surface)] += 1
            termCounts[Int(id)] &+= 1
            if isEvaluative[Int(id)] { evaluative.append(id) } else { features.append(id) }
        }
        if features.count == start { features.append(contentsOf: evaluative) }
        for concept in found {
            let id = conceptTerm(concept)
            termCounts[Int(id)] &+= 1
            for _ in 0..<Self.conceptWeight { features.append(id) }
        }
    }

    /// Files `surface` under stem `id`, keeping the list in surface id order.
    private mutating func addSurface(_ surface: Int32, to id: Int32) {
        var list = stemSurfaces[Int(id)]
        stemSurfaces[Int(id)] = []
        let at = list.firstIndex { $0 > surface } ?? list.count
        if at == list.count || list[at] != surface { list.insert(surface, at: at) }
        stemSurfaces[Int(id)] = list
    }

    /// The id of the pseudo-term standing for a concept; its surface form is the concept's name.
    private mutating func conceptTerm(_ concept: Int32) -> Int32 {
        let known = conceptTerms[Int(concept)]
        if known >= 0 { return known }
        let name = concepts.names[Int(concept)]
        let id = vocabulary.insert("~" + name)
        if Int(id) == kinds.count {
            let surface = surfaces.insert(name)
            if Int(surface) == surfaceCounts.count { surfaceCounts.append(0) }
            stemSurfaces.append([surface])
            isEvaluative.append(false)
            kinds.append(.concept)
            termCounts.append(0)
        }
        conceptTerms[Int(concept)] = id
        return id
    }

    /// Whether the vocabulary holds ``capacity`` terms or more: time to ``compact()``.
    public var needsCompaction: Bool { capacity.map { vocabulary.count >= $0 } ?? false }

    /// Keeps the `capacity / 2` commonest word stems and every concept, renumbered in their old
    /// order, and returns the new id of each old one (-1: dropped). Counts halve; a kept stem
    /// keeps the surface forms still counted after halving, and always its commonest one.
    /// Scanner maps filled before are out of date (``generation``).
    ///
    /// - Complexity: O(terms × log terms + bytes of the terms).
    public mutating func compact() -> [Int32] {
        let n = vocabulary.count
        var kept = kinds.map { $0 == .concept }
        let words = (0..<n).filter { kinds[$0] == .word }
        let room = max(0, (capacity ?? n) / 2)
        let ranked = words.count <= room ? words : Array(
            words.sorted { (termCounts[$0], $1) > (termCounts[$1], $0) }.prefix(room))
        for id in ranked { kept[id] = true }

        // Surfaces to keep, then renumbered in their old order.
        var surfaceKept = [Bool](repeating: false, count: surfaces.count)
        for id in 0..<n where kept[id] {
            let list = stemSurfaces[id]
            guard kinds[id] == .word else {
                for surface in list { surfaceKept[Int(surface)] = true }
                continue
            }
            var best = list.first
            for surface in list {
                if surfaceCounts[Int(surface)] >= 2 { surfaceKept[Int(surface)] = true }
                if let b = best, surfaceCounts[Int(surface)] > surfaceCounts[Int(b)] { best = surface }
            }
            if let best { surfaceKept[Int(best)] = true }
        }
        var newSurfaces = TermTable(capacity: 8192)
        var newSurfaceID = [Int32](repeating: -1, count: surfaces.count)
        var newSurfaceCounts: [Int32] = []
        for surface in 0..<surfaces.count where surfaceKept[surface] {
            newSurfaceID[surface] = surfaces.withBytes(of: Int32(surface)) { newSurfaces.insert($0) }
            newSurfaceCounts.append(max(surfaceCounts[surface] / 2, min(1, surfaceCounts[surface])))
        }

        var newID = [Int32](repeating: -1, count: n)
        var newVocabulary = TermTable(capacity: 8192)
        var newKinds: [FeatureKind] = [], newEvaluative: [Bool] = [], newCounts: [Int32] = []
        var newStemSurfaces: [[Int32]] = []
        for id in 0..<n where kept[id] {
            newID[id] = vocabulary.withBytes(of: Int32(id)) { newVocabulary.insert($0) }
            newKinds.append(kinds[id])
            newEvaluative.append(isEvaluative[id])
            newCounts.append(termCounts[id] / 2)
            newStemSurfaces.append(stemSurfaces[id].compactMap { newSurfaceID[Int($0)] >= 0 ? newSurfaceID[Int($0)] : nil })
        }
        vocabulary = newVocabulary
        surfaces = newSurfaces
        surfaceCounts = newSurfaceCounts
        kinds = newKinds
        isEvaluative = newEvaluative
        termCounts = newCounts
        stemSurfaces = newStemSurfaces
        for c in conceptTerms.indices where conceptTerms[c] >= 0 { conceptTerms[c] = newID[Int(conceptTerms[c])] }
        generation += 1
        map = LocalMap(generation: generation)
        return newID
    }

    /// The most frequent surface form of stem `id` (of equally frequent ones, the first seen).
    ///
    /// - Complexity: O(surface forms of the stem).
    public func surfaceForm(of id: Int32) -> String {
        let list = stemSurfaces[Int(id)]
        guard var best = list.first else { return vocabulary.term(id) }
        if kinds[Int(id)] == .word {
            for surface in list.dropFirst() where surfaceCounts[Int(surface)] > surfaceCounts[Int(best)] { best = surface }
        }
        return surfaces.term(best)
    }
}

extension FeatureExtractor {
    /// The feature id of a written word whose stem the vocabulary already holds; nil for
    /// stopwords, numbers, one-letter words and words never seen. Adds nothing.
    ///
    /// - Complexity: O(length of the word).
    public func knownTermID(ofWord word: UnsafeBufferPointer<UInt8>) -> Int32? {
        guard word.count >= 2, let stem = scanner.featureStem(of: word) else { return nil }
        return stem.withUnsafeBufferPointer { vocabulary.id(of: $0) }
    }
}
