/// Interns byte strings (terms) to dense integer ids.
///
/// Terms live back to back in one byte arena; an open-addressing hash table maps them to ids.
/// Lookups take a buffer of UTF-8 bytes, so hot loops never build a `String` per token.
///
/// - Complexity: `id(of:)` and `insert(_:)` are O(length of the term) on average.
public struct TermTable: Sendable {
    private var arena: [UInt8] = []
    private var starts: [Int32] = [0]
    private var slots: [Int32]  // -1 empty, else term id
    private var hashes: [UInt32] = []

    /// Creates an empty table sized for about `capacity` terms.
    public init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: -1, count: size)
    }

    /// The number of distinct terms.
    public var count: Int { starts.count - 1 }

    /// The id of `bytes`, or `nil` if the term was never inserted.
    public func id(of bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        lookup(bytes, hash: Self.hash(bytes))
    }

    /// The id of `term`, or `nil` if it was never inserted.
    public func id(of term: String) -> Int32? {
        var term = term
        return term.withUTF8 { id(of: $0) }
    }

    /// Inserts `bytes` if new and returns its id.
    @discardableResult
    public mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        let hash = Self.hash(bytes)
        if let existing = lookup(bytes, hash: hash) { return existing }
        if (count + 1) * 2 > slots.count { grow() }
        let id = Int32(count)
        arena.append(contentsOf: bytes)
        starts.append(Int32(arena.count))
        hashes.append(hash)
        place(id: id, hash: hash)
        return id
    }

    /// Inserts `term` if new and returns its id.
    @discardableResult
    public mutating func insert(_ term: String) -> Int32 {
        var term = term
        return term.withUTF8 { insert($0) }
    }

    /// The text of term `id`.
    public func term(_ id: Int32) -> String {
        let lower = Int(starts[Int(id)]), upper = Int(starts[Int(id) + 1])
        return String(decoding: arena[lower..<upper], as: UTF8.self)
    }

    func lookup(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt32) -> Int32? {
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while true {
            let id = slots[slot]
            if id < 0 { return nil }
            if hashes[Int(id)] == hash && equals(id, bytes) { return id }
            slot = (slot + 1) & mask
        }
    }

    private func equals(_ id: Int32, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let lower = Int(starts[Int(id)]), upper = Int(starts[Int(id) + 1])
        guard upper - lower == bytes.count else { return false }
        return arena.withUnsafeBufferPointer { all in
            var i = 0
            while i < bytes.count {
                if all[lower + i] != bytes[i] { return false }
                i += 1
            }
            return true
        }
    }

    private mutating func place(id: Int32, hash: UInt32) {
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = id
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        for id in 0..<count { place(id: Int32(id), hash: hashes[id]) }
    }

    /// FNV-1a over the bytes, finished with a multiplicative mix for better low bits.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var h: UInt32 = 2_166_136_261
        for byte in bytes { h = (h ^ UInt32(byte)) &* 16_777_619 }
        return (h ^ (h >> 15)) &* 0x2C1B_3C6D
    }
}
