/// The multi-word expressions of a ``Lexicon``, by the id of their first term, longest first;
/// among expressions of one length, in the order they were first set.
///
/// Flat storage, so that setting an expression allocates nothing of its own: the term ids of
/// every expression back to back in one array, and for each first term a list linked through
/// the expressions. A list is short (a few dozen for "no" or "never"), and walking it is
/// cheaper than the array per first term, copied out of a dictionary and back for each
/// expression, that it replaces.
struct PhraseTable: Sendable {
    /// An expression: its term ids are `terms[termStart..<termStart + length]`; `next` is the
    /// next expression with the same first term (-1 for none).
    private struct Entry {
        var termStart: Int32
        var length: Int32
        var valence: Float
        var next: Int32
    }

    /// By term id: the first of the expressions that start with it, -1 for none.
    private var heads: [Int32] = []
    private var entries: [Entry] = []
    private var terms: [Int32] = []

    /// The number of expressions.
    var count: Int { entries.count }

    /// Sets the valence of the expression of term ids `ids` (two or more).
    ///
    /// - Complexity: O(k) in the expressions that start with `ids[0]` and the length of `ids`.
    mutating func set(_ ids: UnsafeBufferPointer<Int32>, valence: Float) {
        let first = Int(ids[0])
        if first >= heads.count { heads.append(contentsOf: repeatElement(-1, count: first + 1 - heads.count)) }
        // The expressions at least as long as `ids` come first: the one to update is among
        // them, and a new one goes after them.
        var previous: Int32 = -1
        var current = heads[first]
        while current >= 0, entries[Int(current)].length >= ids.count {
            if matches(Int(current), ids) {
                entries[Int(current)].valence = valence
                return
            }
            previous = current
            current = entries[Int(current)].next
        }
        let new = Int32(entries.count)
        entries.append(Entry(termStart: Int32(terms.count), length: Int32(ids.count), valence: valence, next: current))
        terms.append(contentsOf: ids)
        if previous >= 0 { entries[Int(previous)].next = new } else { heads[first] = new }
    }

    /// The valence of the expression of term ids `ids` (two or more), or nil.
    ///
    /// - Complexity: O(k) in the expressions that start with `ids[0]` and the length of `ids`.
    func valence(of ids: UnsafeBufferPointer<Int32>) -> Float? {
        var current = ids[0] >= 0 && Int(ids[0]) < heads.count ? heads[Int(ids[0])] : -1
        while current >= 0 {
            if matches(Int(current), ids) { return entries[Int(current)].valence }
            current = entries[Int(current)].next
        }
        return nil
    }

    /// Calls `body` with the term ids and the valence of each expression that starts with term
    /// `first`, longest first.
    ///
    /// - Complexity: O(total length of those expressions).
    func forEach(startingWith first: Int32, _ body: (_ ids: UnsafeBufferPointer<Int32>, _ valence: Float) -> Void) {
        guard first >= 0, Int(first) < heads.count else { return }
        terms.withUnsafeBufferPointer { terms in
            var current = heads[Int(first)]
            while current >= 0 {
                let entry = entries[Int(current)]
                body(UnsafeBufferPointer(rebasing: terms[Int(entry.termStart)..<Int(entry.termStart + entry.length)]), entry.valence)
                current = entry.next
            }
        }
    }

    /// Whether expression `index` has the term ids `ids`.
    private func matches(_ index: Int, _ ids: UnsafeBufferPointer<Int32>) -> Bool {
        let entry = entries[index]
        guard entry.length == ids.count else { return false }
        let start = Int(entry.termStart)
        for k in 0..<ids.count where terms[start + k] != ids[k] { return false }
        return true
    }
}
