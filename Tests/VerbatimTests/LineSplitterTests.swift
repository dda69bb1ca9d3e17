import Testing

@testable import Verbatim

/// ``LineSplitter`` finds the same comments as ``LinesDecoder``, however the input is cut into reads.
struct LineSplitterTests {
    /// The comments the splitter finds in `bytes` fed in chunks of `sizes` (cycled).
    private func split(_ bytes: [UInt8], chunkSizes sizes: [Int]? = nil) -> [String] {
        var splitter = LineSplitter()
        var buffer = InputBuffer()
        var texts: [String] = []
        var lines: [LineSplitter.Line] = []
        let sizes = sizes ?? [max(bytes.count, 1)]
        var offset = 0, turn = 0
        func take(atEnd: Bool) {
            lines.removeAll()
            splitter.split(&buffer, atEnd: atEnd, into: &lines)
            texts += lines.map { String(decoding: buffer.bytes[$0.start..<$0.end], as: UTF8.self) }
        }
        while offset < bytes.count {
            let size = min(sizes[turn % sizes.count], bytes.count - offset)
            turn += 1
            buffer.compact()
            buffer.bytes.append(contentsOf: bytes[offset..<(offset + size)])
            offset += size
            take(atEnd: false)
        }
        take(atEnd: true)
        return texts
    }

    private func decoded(_ bytes: [UInt8]) throws -> [String] {
        readerTestRecords(try readerTestDecode(LinesDecoder(file: "-"), bytes: bytes)).map(\.text)
    }

    @Test func splitsLikeTheLinesDecoder() throws {
        let samples = [
            "first\nsecond\n", "one\r\ntwo\nthree\r\nfour", "a\rb\n", "\n\n  \n\t\nreal\n \r\n", "",
            "\u{FEFF}with bom\nsecond\n", "\u{FEFF}\r\nafter a blank bom line\n", "last without newline",
            "trailing cr only\r", "\r\n\r\n", "x\n\u{FEFF}not first\n",
        ]
        for sample in samples {
            let bytes = Array(sample.utf8)
            #expect(split(bytes) == (try decoded(bytes)), "\(sample.debugDescription)")
            #expect(split(bytes, chunkSizes: [1]) == (try decoded(bytes)), "\(sample.debugDescription)")
        }
    }

    @Test func linesCutAcrossReadsComeOutWhole() throws {
        var random = SeededGenerator(seed: 3)
        let pieces = ["good", "bad", "\r\n", "\n", " ", "\t", "\r", "😀", "é", "\u{FEFF}", "!!"]
        for round in 0..<50 {
            var text = ""
            for _ in 0..<300 { text += pieces[Int(random.next() % UInt64(pieces.count))] }
            let bytes = Array(text.utf8)
            let expected = try decoded(bytes)
            #expect(split(bytes, chunkSizes: readerTestChunkSizes(seed: UInt64(round))) == expected)
            #expect(split(bytes, chunkSizes: [1, 2, 3, 64]) == expected)
        }
    }

    @Test func validationAgreesWithStringRepair() {
        var random = SeededGenerator(seed: 11)
        let interesting: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xED, 0xEE, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF]
        var mismatches: [[UInt8]] = []
        for _ in 0..<50_000 {
            let count = Int(random.next() % 12)
            let bytes: [UInt8] = (0..<count).map { _ in
                random.next() % 2 == 0 ? interesting[Int(random.next() % UInt64(interesting.count))] : UInt8(truncatingIfNeeded: random.next())
            }
            let valid = bytes.withUnsafeBufferPointer { UTF8Validation.isValid($0) }
            if valid != Array(String(decoding: bytes, as: UTF8.self).utf8).elementsEqual(bytes) { mismatches.append(bytes) }
        }
        #expect(mismatches.isEmpty)
        let text = Array("long ascii run before a multibyte one: 😀 and after it, more ascii".utf8)
        #expect(text.withUnsafeBufferPointer { UTF8Validation.isValid($0) })
        #expect(!(text + [0xC3]).withUnsafeBufferPointer { UTF8Validation.isValid($0) })
    }
}
