/// A light English suffix stripper for topic features: "crashes", "crashed", "crashing" → "crash".
///
/// Deliberately conservative (plural and verb endings only) so stems stay readable and map back
/// to a common surface form for labels.
///
/// - Complexity: O(length of the word).
public struct Stemmer: Sendable {
    public init() {}

    /// The stem of a lowercase ASCII word; other words are returned unchanged.
    public func stem(_ word: [UInt8]) -> [UInt8] {
        var w = word
        guard w.count > 3, w.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return w }
        if w.hasSuffix("ies"), w.count > 4 {
            w.removeLast(3)
            w.append(0x79)  // y
        } else if w.hasSuffix("sses") || w.hasSuffix("shes") || w.hasSuffix("ches") || w.hasSuffix("xes") {
            w.removeLast(2)
        } else if w.hasSuffix("s"), !w.hasSuffix("ss"), !w.hasSuffix("us"), !w.hasSuffix("is") {
            w.removeLast()
        }
        if w.hasSuffix("ing"), w.count > 5, hasVowel(w.dropLast(3)) {
            w.removeLast(3)
            undouble(&w)
        } else if w.hasSuffix("ed"), w.count > 4, hasVowel(w.dropLast(2)) {
            w.removeLast(2)
            if w.hasSuffix("i") {
                w.removeLast()
                w.append(0x79)  // tried → try
            } else {
                undouble(&w)
            }
        }
        if w.count > 4, w.last == 0x65 { w.removeLast() }  // arrive, arrived, arriving → arriv
        return w
    }

    private func hasVowel(_ w: ArraySlice<UInt8>) -> Bool {
        w.contains { "aeiouy".utf8.contains($0) }
    }

    /// "stopp" → "stop", but keep "ll", "ss", "zz" ("bill", "miss").
    private func undouble(_ w: inout [UInt8]) {
        guard w.count > 2, let last = w.last, w[w.count - 2] == last,
            !"lsz".utf8.contains(last), !"aeiou".utf8.contains(last)
        else { return }
        w.removeLast()
    }
}

extension Array where Element == UInt8 {
    func hasSuffix(_ suffix: String) -> Bool {
        let s = Array(suffix.utf8)
        return count >= s.count && self[(count - s.count)...].elementsEqual(s)
    }
}
