/// A bounded, seeded reservoir sample of short comment texts, for quotes.
///
/// Keeps every offered text until `capacity`, then replaces at random (Algorithm R), so memory
/// stays bounded on any input and the same seed picks the same texts.
struct QuoteSample: Sendable {
    struct Entry: Sendable {
        var index: Int
        var text: String
    }

    private(set) var entries: [Entry] = []
    private let capacity: Int
    private var offered = 0
    private var random: SeededGenerator

    init(capacity: Int, seed: UInt64) {
        self.capacity = capacity
        random = SeededGenerator(seed: seed ^ 0x5155_4F54_4553)
    }

    mutating func offer(index: Int, text: String) {
        offered += 1
        if entries.count < capacity {
            entries.append(Entry(index: index, text: text))
        } else {
            let slot = Int(random.next() % UInt64(offered))
            if slot < capacity { entries[slot] = Entry(index: index, text: text) }
        }
    }

    /// The kept texts in input order.
    func sorted() -> [Entry] { entries.sorted { $0.index < $1.index } }
}

/// Optional strings stored back to back, for per-comment ids.
struct StringColumn: Sendable {
    private var bytes: [UInt8] = []
    private var ends: [Int32] = []
    private var present: [Bool] = []

    mutating func append(_ value: String?) {
        if let value { bytes.append(contentsOf: value.utf8) }
        ends.append(Int32(bytes.count))
        present.append(value != nil)
    }

    subscript(index: Int) -> String? {
        guard present[index] else { return nil }
        let start = index == 0 ? 0 : Int(ends[index - 1])
        return String(decoding: bytes[start..<Int(ends[index])], as: UTF8.self)
    }
}
