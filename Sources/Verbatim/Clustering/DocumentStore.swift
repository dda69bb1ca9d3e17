/// The topic features of every comment, packed: term ids back to back, with offsets.
///
/// What the clusterer keeps per comment: a few integer ids, not strings.
public struct DocumentStore: Sendable {
    public private(set) var terms: [Int32] = []
    private var ends: [Int32] = []

    public init() {}

    /// The number of documents.
    public var count: Int { ends.count }

    /// Adds a document made of `features`.
    public mutating func append<C: Collection>(_ features: C) where C.Element == Int32 {
        terms.append(contentsOf: features)
        ends.append(Int32(terms.count))
    }

    /// The term range of document `index`.
    public func range(of index: Int) -> Range<Int> {
        (index == 0 ? 0 : Int(ends[index - 1]))..<Int(ends[index])
    }

    /// The terms of document `index`.
    public func document(_ index: Int) -> ArraySlice<Int32> { terms[range(of: index)] }
}
