/// The per-comment outcome: the contract's NDJSON record as a value.
public struct CommentResult: Sendable, Equatable {
    /// A category as a record names it.
    public struct CategoryRef: Sendable, Equatable {
        public var id: Int
        public var label: String
    }

    public var index: Int
    public var id: String?
    /// Nil for a malformed record, which has an ``error`` instead.
    public var sentiment: SentimentScore?
    public var category: CategoryRef?
    public var error: String?

    public init(index: Int, id: String?, sentiment: SentimentScore?, category: CategoryRef?, error: String? = nil) {
        self.index = index
        self.id = id
        self.sentiment = sentiment
        self.category = category
        self.error = error
    }
}
