/// Interns byte strings (terms) to dense integer ids.
///
/// Terms live back to back in one byte arena; an open-addressing hash table maps them to ids.
/// Lookups take a buffer of UTF-8 bytes, so hot loops never build a `String` per token.
///
/// - Complexity: `id(of:)` and `insert(_:)` are O(length of the term) on average.
public struct TermTable: Sendable {
    private var arena: [UInt8] = []
    private var starts: [Int32] = [0]
    /// Open addressing with linear probing, a power of two long, at most half full. A slot holds
    /// the term's 32-bit hash in its high half and id + 1 in its low half; 0 is empty. Probes
    /// compare hashes without touching the arena.
    private var slots: [UInt64]

    /// Creates an empty table sized for about `capacity` terms.
    public init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: 0, count: size)
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
        place(UInt64(hash) << 32 | UInt64(UInt32(id) + 1))
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

    /// Calls `body` with the bytes of term `id`.
    public func withBytes<R>(of id: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let lower = Int(starts[Int(id)]), upper = Int(starts[Int(id) + 1])
        return arena.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[lower..<upper])) }
    }

    /// The id of `bytes`, whose ``hash(_:)`` is `hash`, or nil.
    /// - Complexity: O(length of the term) on average.
    func lookup(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt32) -> Int32? {
        let id = withProbe { $0.id(of: bytes, hash: hash) }
        return id < 0 ? nil : id
    }

    /// Calls `body` with a ``Probe`` of the table, for loops that look up many terms.
    ///
    /// - Complexity: O(1) besides `body`.
    func withProbe<R>(_ body: (Probe) -> R) -> R {
        slots.withUnsafeBufferPointer { slots in
            starts.withUnsafeBufferPointer { starts in
                arena.withUnsafeBufferPointer { arena in
                    body(Probe(slots: slots.baseAddress!, mask: slots.count - 1, starts: starts.baseAddress!, arena: arena.baseAddress))
                }
            }
        }
    }

    /// A ``Probe`` over copies of the table's storage, which the caller owns: it can keep it for
    /// as long as it likes and use it with no closure and no retain, and must free it with
    /// ``Probe/deallocate()``. The copies do not see later insertions.
    ///
    /// - Complexity: O(size of the table).
    func ownedProbe() -> Probe {
        func copy<T>(_ array: [T]) -> UnsafePointer<T> {
            let buffer = UnsafeMutableBufferPointer<T>.allocate(capacity: max(1, array.count))
            _ = buffer.initialize(from: array)
            return UnsafePointer(buffer.baseAddress!)
        }
        return Probe(slots: copy(slots), mask: slots.count - 1, starts: copy(starts), arena: copy(arena))
    }

    /// Read-only lookups through the table's storage, without an array access per probe.
    /// Valid only inside ``withProbe(_:)``, or until ``deallocate()`` for an ``ownedProbe()``.
    struct Probe {
        let slots: UnsafePointer<UInt64>
        let mask: Int
        let starts: UnsafePointer<Int32>
        let arena: UnsafePointer<UInt8>?

        /// Frees the storage of an ``TermTable/ownedProbe()``; the probe must not be used after.
        func deallocate() {
            slots.deallocate()
            starts.deallocate()
            arena?.deallocate()
        }

        /// The id of `bytes`, or -1 if the term was never inserted.
        /// - Complexity: O(length of the term) on average.
        @inline(__always)
        func id(of bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
            id(of: bytes, hash: TermTable.hash(bytes))
        }

        /// The id of `bytes`, whose ``TermTable/hash(_:)`` is `hash`, or -1.
        /// - Complexity: O(length of the term) on average.
        @inline(__always)
        func id(of bytes: UnsafeBufferPointer<UInt8>, hash: UInt32) -> Int32 {
            let tag = UInt64(hash) << 32
            var slot = Int(hash) & mask
            while true {
                let entry = slots[slot]
                if entry == 0 { return -1 }
                if entry & 0xFFFF_FFFF_0000_0000 == tag {
                    let id = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1
                    let lower = Int(starts[id]), upper = Int(starts[id + 1])
                    if upper - lower == bytes.count
                        && (bytes.count == 0 || TermTable.equal(arena! + lower, bytes.baseAddress!, bytes.count))
                    {
                        return Int32(truncatingIfNeeded: id)
                    }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Whether the `n` bytes at `a` and `b` are the same; eight at a time, without a call.
    @inline(__always)
    fileprivate static func equal(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        let a = UnsafeRawPointer(a), b = UnsafeRawPointer(b)
        if n >= 8 {
            var i = 0
            while i + 8 < n {
                if a.loadUnaligned(fromByteOffset: i, as: UInt64.self) != b.loadUnaligned(fromByteOffset: i, as: UInt64.self) {
                    return false
                }
                i += 8
            }
            return a.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self) == b.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
        }
        if n >= 4 {
            return a.loadUnaligned(as: UInt32.self) == b.loadUnaligned(as: UInt32.self)
                && a.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self) == b.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self)
        }
        for i in 0..<n where a.load(fromByteOffset: i, as: UInt8.self) != b.load(fromByteOffset: i, as: UInt8.self) { return false }
        return true
    }

    private mutating func place(_ entry: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: entry >> 32) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = entry
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: 0, count: slots.count * 2)
        for entry in old where entry != 0 { place(entry) }
    }

    /// A 32-bit hash of the bytes: eight bytes at a time, multiply and xor-shift mixing, the
    /// length folded in, finished so that the low bits (the slot) depend on every byte.
    /// - Complexity: O(n), one multiply per eight bytes.
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let n = bytes.count
        var h = UInt64(truncatingIfNeeded: n) &* 0x9E37_79B9_7F4A_7C15
        if let p = bytes.baseAddress {
            let raw = UnsafeRawPointer(p)
            if n >= 8 {
                var i = 0
                while i + 8 < n {
                    h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
                    h ^= h >> 29
                    i += 8
                }
                h ^= raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)  // the last eight, overlapping
            } else if n >= 4 {
                let low = UInt64(raw.loadUnaligned(as: UInt32.self))
                let high = UInt64(raw.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self))
                h ^= low | high << 32
            } else if n > 0 {
                h ^= UInt64(p[0]) | UInt64(p[n >> 1]) << 8 | UInt64(p[n - 1]) << 16
            }
        }
        h = (h ^ (h >> 32)) &* 0x94D0_49BB_1331_11EB
        h ^= h >> 29
        h = h &* 0xBF58_476D_1CE4_E5B9
        return UInt32(truncatingIfNeeded: h >> 32)
    }
}
