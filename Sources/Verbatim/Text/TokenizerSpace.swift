/// The tokenizer's scratch: room for one text's normalized bytes, tokens and sentence starts,
/// kept at its largest size from one text to the next, so that tokenizing the next text needs
/// neither an allocation nor a fill.
///
/// Raw storage owned by a final class rather than three arrays: handing out pointers to it
/// costs no uniqueness check and no reference counting per text, where three arrays cost both
/// several times for every comment. Copies of a ``TokenizedText`` share one space, so the
/// tokenizer writes only into a space no copy holds (see ``Tokenizer``), and the space holds
/// nothing a later text reads: a shared one is replaced, never copied.
///
/// `@unchecked Sendable`: a space is written only while it is uniquely referenced, by the one
/// thread that holds the ``TokenizedText`` it belongs to.
final class TokenizerSpace: @unchecked Sendable {
    /// Room for ``byteCapacity`` normalized bytes.
    private(set) var normalized: UnsafeMutablePointer<UInt8>
    /// Room for ``tokenCapacity`` tokens.
    private(set) var tokens: UnsafeMutablePointer<Token>
    /// Room for ``tokenCapacity`` sentence starts (a sentence has at least one token).
    private(set) var sentenceStarts: UnsafeMutablePointer<Int32>
    private(set) var byteCapacity: Int
    private(set) var tokenCapacity: Int

    /// An empty space; the first text sizes it.
    init() {
        byteCapacity = 0
        tokenCapacity = 0
        normalized = .allocate(capacity: 0)
        tokens = .allocate(capacity: 0)
        sentenceStarts = .allocate(capacity: 0)
    }

    deinit {
        normalized.deallocate()
        tokens.deallocate()
        sentenceStarts.deallocate()
    }

    /// Makes room for at least `count` normalized bytes; what was written is dropped.
    ///
    /// - Complexity: O(1) unless it allocates.
    @inline(__always)
    func reserveBytes(_ count: Int) {
        if count > byteCapacity { replaceBytes(count) }
    }

    private func replaceBytes(_ count: Int) {
        normalized.deallocate()
        normalized = .allocate(capacity: count)
        byteCapacity = count
    }

    /// Makes room for at least `count` tokens and sentence starts, keeping the first
    /// `keptTokens` tokens and `keptSentences` sentence starts.
    ///
    /// - Complexity: O(1) unless it allocates; then O(`count`).
    @inline(__always)
    func reserveTokens(_ count: Int, keepingTokens keptTokens: Int = 0, sentences keptSentences: Int = 0) {
        if count > tokenCapacity { replaceTokens(count, keptTokens: keptTokens, keptSentences: keptSentences) }
    }

    private func replaceTokens(_ count: Int, keptTokens: Int, keptSentences: Int) {
        let newTokens = UnsafeMutablePointer<Token>.allocate(capacity: count)
        newTokens.initialize(from: tokens, count: keptTokens)  // Token is trivial: nothing to deinitialize
        tokens.deallocate()
        tokens = newTokens
        let newStarts = UnsafeMutablePointer<Int32>.allocate(capacity: count)
        newStarts.initialize(from: sentenceStarts, count: keptSentences)
        sentenceStarts.deallocate()
        sentenceStarts = newStarts
        tokenCapacity = count
    }
}
