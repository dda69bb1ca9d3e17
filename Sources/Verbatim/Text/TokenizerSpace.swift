/// The tokenizer's scratch: room for one text's bytes as scanned (a copy with zeros after it),
/// its normalized bytes, tokens, token tags and sentence starts, kept at its largest size from one text to
/// the next, so that tokenizing the next text needs neither an allocation nor a fill.
///
/// Raw storage owned by a final class rather than arrays: handing out pointers to it costs no
/// uniqueness check per array, where arrays cost several per comment. The
/// ``TokenizedText`` that owns a space keeps a copy of its ``TokenizerRoom`` too, so that
/// scanning a text touches no reference count at all. Copies of a ``TokenizedText`` share one
/// space, so the tokenizer writes only into a space no copy holds (see ``Tokenizer``), and the
/// space holds nothing a later text reads: a shared one is replaced, never copied.
///
/// `@unchecked Sendable`: a space is written only while it is uniquely referenced, by the one
/// thread that holds the ``TokenizedText`` it belongs to.
final class TokenizerSpace: @unchecked Sendable {
    /// Where the storage is, and how big.
    private(set) var room = TokenizerRoom()

    /// An empty space; the first text sizes it.
    init() {}

    deinit {
        room.text?.deallocate()
        room.normalized?.deallocate()
        room.tokens?.deallocate()
        room.tags?.deallocate()
        room.sentenceStarts?.deallocate()
    }

    /// Makes room for at least `bytes` bytes of text and as many normalized bytes (what was
    /// written in both is dropped when they grow) and at least `tokens` tokens and sentence
    /// starts (and tags), keeping the first `keptTokens` tokens and tags and `keptSentences` sentence starts;
    /// returns the room.
    ///
    /// - Complexity: O(1) unless it allocates; then O(`tokens`).
    func reserve(bytes: Int, tokens: Int, keepingTokens keptTokens: Int = 0, sentences keptSentences: Int = 0)
        -> TokenizerRoom
    {
        if bytes > room.byteCapacity {
            room.text?.deallocate()
            room.normalized?.deallocate()
            room.text = .allocate(capacity: bytes)
            room.normalized = .allocate(capacity: bytes)
            room.byteCapacity = bytes
        }
        if tokens > room.tokenCapacity {
            let newTokens = UnsafeMutablePointer<Token>.allocate(capacity: tokens)
            if let old = room.tokens {
                newTokens.initialize(from: old, count: keptTokens)  // Token is trivial: nothing to deinitialize
                old.deallocate()
            }
            let newTags = UnsafeMutablePointer<UInt64>.allocate(capacity: tokens)
            if let old = room.tags {
                newTags.initialize(from: old, count: keptTokens)
                old.deallocate()
            }
            let newStarts = UnsafeMutablePointer<Int32>.allocate(capacity: tokens)
            if let old = room.sentenceStarts {
                newStarts.initialize(from: old, count: keptSentences)
                old.deallocate()
            }
            room.tokens = newTokens
            room.tags = newTags
            room.sentenceStarts = newStarts
            room.tokenCapacity = tokens
        }
        return room
    }
}

/// Where a ``TokenizerSpace``'s storage is and how big (nil pointers before the first text).
///
/// `@unchecked Sendable`: see ``TokenizerSpace``.
struct TokenizerRoom: @unchecked Sendable {
    /// Room for ``byteCapacity`` bytes of the text being scanned and the zeros after it.
    var text: UnsafeMutablePointer<UInt8>?
    /// Room for ``byteCapacity`` normalized bytes.
    var normalized: UnsafeMutablePointer<UInt8>?
    /// Room for ``tokenCapacity`` tokens.
    var tokens: UnsafeMutablePointer<Token>?
    /// Room for ``tokenCapacity`` token tags (see ``WordTagger``).
    var tags: UnsafeMutablePointer<UInt64>?
    /// Room for ``tokenCapacity`` sentence starts (a sentence has at least one token).
    var sentenceStarts: UnsafeMutablePointer<Int32>?
    var byteCapacity = 0
    var tokenCapacity = 0
}
