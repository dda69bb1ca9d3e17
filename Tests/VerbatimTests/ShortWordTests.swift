import Testing

@testable import Verbatim

/// ``ShortWord``: a word of up to seven letters read eight bytes at once.
struct ShortWordTests {
    /// The eight bytes of `text` (zeros after it), the first in the lowest byte.
    static func load(_ text: String) -> UInt64 {
        var w: UInt64 = 0
        for (k, byte) in text.utf8.prefix(8).enumerated() { w |= UInt64(byte) << (8 * UInt64(k)) }
        return w
    }

    static func isASCIILetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }

    @Test func mayJoinIsTheOppositeOfEndsWordForEveryByteButLettersAnd0x1F() {
        for c in UInt8.min...UInt8.max where !Self.isASCIILetter(c) {
            let expected: UInt64 = c == 0x1F ? 1 : ShortWord.endsWord(c) ? 0 : 1
            #expect(ShortWord.mayJoin(afterLetter: c) == expected, "byte \(c)")
        }
    }

    @Test func wordsOfOneToSevenLettersBeforeASpaceOrPunctuationAreTokens() {
        for length in 1...7 {
            for after in [" ", ".", ",", "!", "?", ":", ";", ")", "\"", ""] {
                let word = ShortWord(Self.load(String(repeating: "ab", count: 4).prefix(length) + after))
                #expect(word.isToken && word.length == length, "\(length) letters, then \(after.debugDescription)")
            }
        }
    }

    @Test func eightLettersOrAJoiningByteAreNoToken() {
        for text in ["abcdefgh", "abcdefghij", "ab1", "ab_", "don't", "wi-fi", "café", "ab\u{1F}"] {
            #expect(!ShortWord(Self.load(text)).isToken, "\(text.debugDescription)")
        }
    }

    @Test func keyOfATokenIsTheIndexKeyOfItsLoweredLetters() {
        var random = SeededGenerator(seed: 12)
        let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".utf8)
        let after = Array(" .,!?:;)\"".utf8)
        var tokens = 0
        for _ in 0..<20_000 {
            let length = 1 + Int(random.next() % 7)
            var bytes = (0..<length).map { _ in letters[Int(random.next() % UInt64(letters.count))] }
            bytes.append(after[Int(random.next() % UInt64(after.count))])
            let word = ShortWord(Self.load(String(decoding: bytes, as: UTF8.self)))
            guard word.isToken else { continue }  // a run of three letters
            tokens += 1
            let lowered = bytes[..<length].map { $0 | 0x20 }
            let expected = lowered.withUnsafeBufferPointer { ShortTermIndex.key($0.baseAddress!, count: length) }
            #expect(word.key == expected, "\(String(decoding: bytes, as: UTF8.self))")
        }
        #expect(tokens > 15_000)
    }
}
