/// How many recurring-issue categories to find.
public enum CategoryCount: Sendable, Equatable, CustomStringConvertible {
    /// Let the clusterer decide.
    case auto
    /// Exactly this many (some may stay empty when the data cannot fill them).
    case fixed(Int)

    public var description: String {
        switch self {
        case .auto: "auto"
        case .fixed(let n): String(n)
        }
    }
}

/// Everything an analysis depends on besides its input.
public struct AnalysisConfiguration: Sendable {
    public var categories: CategoryCount = .auto
    public var seed: UInt64 = 42
    /// Mask emails, phone and card numbers and links with tokens in quoted comments (see ``Redactor``).
    public var redactQuotes = true
    public var lexicon: Lexicon = .builtIn
    /// The stopwords: the built-in list unless set. Read only by the commands that find topics,
    /// so the built-in list is built when first read, not with every configuration (the
    /// sentiment command never reads it).
    public var stopwords: Stopwords {
        get { chosenStopwords ?? .builtIn }
        set { chosenStopwords = newValue }
    }
    private var chosenStopwords: Stopwords?
    /// The user's own categories, assigned before discovery.
    public var taxonomy: Taxonomy?
    /// Input files, for the report's method section.
    public var inputNames: [String] = []

    public init() {}
}
