import Testing

@testable import Verbatim

/// ``PhraseTable`` must keep a first term's expressions as the list it replaced did: longest
/// first, among equals in the order first set, a valence set again updated in place.
struct PhraseTableTests {
    @Test func keepsExpressionsLongestFirstInTheOrderFirstSet() {
        var table = PhraseTable()
        func set(_ ids: [Int32], _ valence: Float) { ids.withUnsafeBufferPointer { table.set($0, valence: valence) } }
        set([3, 1], 1)
        set([3, 2, 1], 2)
        set([3, 4], 3)
        set([3, 1], 4)  // again: updated where it is
        set([5, 3], 5)
        #expect(table.count == 4)
        var seen: [([Int32], Float)] = []
        table.forEach(startingWith: 3) { ids, valence in seen.append((Array(ids), valence)) }
        #expect(seen.map(\.0) == [[3, 2, 1], [3, 1], [3, 4]])
        #expect(seen.map(\.1) == [2, 4, 3])
        #expect([Int32(3), 4].withUnsafeBufferPointer { table.valence(of: $0) } == 3)
        #expect([Int32(4), 3].withUnsafeBufferPointer { table.valence(of: $0) } == nil)
        #expect([Int32(99), 3].withUnsafeBufferPointer { table.valence(of: $0) } == nil)
        #expect([Int32(-1), 3].withUnsafeBufferPointer { table.valence(of: $0) } == nil)
        var none = 0
        table.forEach(startingWith: 99) { _, _ in none += 1 }
        table.forEach(startingWith: -1) { _, _ in none += 1 }
        #expect(none == 0)
    }

    @Test func agreesWithAnArrayPerFirstTermOverRandomSets() {
        var random = SeededGenerator(seed: 11)
        var table = PhraseTable()
        var reference: [Int32: [(ids: [Int32], valence: Float)]] = [:]
        for step in 0..<5_000 {
            let length = 2 + Int(random.next() % 4)
            let ids = (0..<length).map { _ in Int32(random.next() % 6) }
            let valence = Float(step)
            ids.withUnsafeBufferPointer { table.set($0, valence: valence) }
            var list = reference[ids[0], default: []]
            if let existing = list.firstIndex(where: { $0.ids == ids }) {
                list[existing].valence = valence
            } else {
                list.insert((ids, valence), at: list.firstIndex { $0.ids.count < ids.count } ?? list.count)
            }
            reference[ids[0]] = list
        }
        for first in Int32(0)..<6 {
            var seen: [(ids: [Int32], valence: Float)] = []
            table.forEach(startingWith: first) { ids, valence in seen.append((Array(ids), valence)) }
            let expected = reference[first, default: []]
            #expect(seen.map(\.ids) == expected.map(\.ids))
            #expect(seen.map(\.valence) == expected.map(\.valence))
        }
        #expect(table.count == reference.values.map(\.count).reduce(0, +))
    }
}
