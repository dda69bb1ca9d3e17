/// A set of words left out of topic features and labels.
///
/// The built-in list is `stopwords/english.txt`, embedded in the binary; ``adding(contentsOf:)``
/// merges a user's list in the same one-word-per-line format.
public struct Stopwords: Sendable {
    private var table = TermTable(capacity: 1024)

    /// An empty list.
    public init() {}

    /// The list built into the binary.
    public static let builtIn: Stopwords = {
        var list = Stopwords()
        for file in DefaultData.texts(under: "stopwords") { list.add(contentsOf: file.text) }
        return list
    }()

    /// The number of stopwords.
    public var count: Int { table.count }

    /// Adds the words of a list: one per line, `#` starts a comment, blank lines ignored.
    public mutating func add(contentsOf text: String) {
        for line in text.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline) {
            let word = String(line.prefix { $0 != "#" }.trimmingSpaces().lowercased().map { $0 == "\u{2019}" ? "'" : $0 })
            if !word.isEmpty { table.insert(word) }
        }
    }

    /// A copy with the words of `text` added.
    public func adding(contentsOf text: String) -> Stopwords {
        var copy = self
        copy.add(contentsOf: text)
        return copy
    }

    /// Whether the normalized bytes are a stopword.
    public func contains(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        table.id(of: bytes) != nil
    }

    /// Whether `word` (lowercase) is a stopword.
    public func contains(_ word: String) -> Bool { table.id(of: word) != nil }

}

extension Substring {
    /// The substring without leading and trailing spaces and tabs.
    func trimmingSpaces() -> String {
        var s = self[...]
        while let first = s.first, first == " " || first == "\t" || first == "\r" { s = s.dropFirst() }
        while let last = s.last, last == " " || last == "\t" || last == "\r" { s = s.dropLast() }
        return String(s)
    }
}

