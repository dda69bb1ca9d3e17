import Testing

@testable import Verbatim

/// ``ByteSummary`` answers as a byte-by-byte look would, for every length (the vector path from
/// sixteen bytes on, its overlapping last read, and the short path) and every position.
struct ByteSummaryTests {
    static func expected(_ bytes: [UInt8]) -> [Bool] {
        [bytes.allSatisfy { $0 < 0x80 }, bytes.contains(0x26), bytes.contains(0x40), bytes.contains { $0 < 0x0E }]
    }

    static func summary(_ bytes: [UInt8]) -> [Bool] {
        let s = bytes.withUnsafeBufferPointer { ByteSummary($0) }
        return [s.isASCII, s.hasAmpersand, s.hasAt, s.hasLineControl]
    }

    @Test func eachSpecialByteIsFoundAtEveryPositionOfEveryLength() {
        for length in 1...70 {
            for position in 0..<length {
                for special: UInt8 in [0x26, 0x40, 0x0D, 0x0A, 0x09, 0x00, 0x80, 0xC3, 0xFF] {
                    var bytes = [UInt8](repeating: 0x61, count: length)
                    bytes[position] = special
                    #expect(Self.summary(bytes) == Self.expected(bytes), "\(special) at \(position) of \(length)")
                }
            }
        }
    }

    @Test func bytesNextToSpecialOnesAreNotMistakenForThem() {
        // 0x27, 0x41 and 0x0E are one above `&`, `@` and the last control byte asked about.
        for length in [0, 1, 7, 8, 15, 16, 17, 31, 33, 77] {
            for near: UInt8 in [0x25, 0x27, 0x3F, 0x41, 0x0E, 0x7F, 0x20] {
                let bytes = [UInt8](repeating: near, count: length)
                #expect(Self.summary(bytes) == Self.expected(bytes), "\(near) × \(length)")
            }
        }
    }

    @Test func randomTextsAgreeWithAByteByByteLook() {
        var random = SeededGenerator(seed: 77)
        let alphabet: [UInt8] = [0x61, 0x20, 0x2E, 0x26, 0x40, 0x0A, 0x0D, 0x09, 0xC3, 0xA9, 0x27, 0x41]
        for _ in 0..<5_000 {
            let length = Int(random.next() % 100)
            let bytes = (0..<length).map { _ in
                random.next() % 8 == 0 ? alphabet[Int(random.next() % UInt64(alphabet.count))] : 0x62
            }
            #expect(Self.summary(bytes) == Self.expected(bytes), "\(bytes)")
        }
    }
}
