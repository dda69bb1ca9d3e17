/// The scorer's ``WordTagger``: the tag of each word the tokenizer hands over, from the
/// ``ShortTermIndex`` (one to seven letters) or the ``LongTermIndex`` (eight to fifteen).
struct TermTagger: WordTagger {
    let short: ShortTermIndex
    let long: LongTermIndex

    @inline(__always)
    func tag(ofWordKey key: UInt64) -> UInt64 { short.tag(ofWordKey: key) }

    @inline(__always)
    func tag(ofLongWordKey low: UInt64, _ high: UInt64) -> UInt64 { long.tag(ofKey: low, high) }
}
