/// Bytes read but not yet decoded, consumed from the front.
///
/// Readers append large chunks at the back and decoders advance ``readerIndex``; consumed bytes
/// are dropped when the buffer is compacted before the next append.
public struct InputBuffer: Sendable {
    public var bytes: [UInt8] = []
    public var readerIndex = 0

    public init() {}

    public init(_ text: String) { bytes = Array(text.utf8) }

    /// The number of unread bytes.
    public var readableCount: Int { bytes.count - readerIndex }

    /// Drops consumed bytes so the buffer does not grow with the input.
    public mutating func compact() {
        guard readerIndex > 0 else { return }
        if readerIndex == bytes.count {
            bytes.removeAll(keepingCapacity: true)
        } else {
            bytes.removeFirst(readerIndex)
        }
        readerIndex = 0
    }

    /// The index of the first `byte` at or after `from`, or nil.
    public func firstIndex(of byte: UInt8, from: Int) -> Int? {
        bytes.withUnsafeBufferPointer { all in
            var i = from
            while i < all.count {
                if all[i] == byte { return i }
                i += 1
            }
            return nil
        }
    }
}
