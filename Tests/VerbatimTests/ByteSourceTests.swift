import Foundation
import Testing

@testable import Verbatim

/// Input bytes: UTF-16 files (with a byte order mark) are read as UTF-8.
struct ByteSourceTests {
    static func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
        var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        for unit in text.utf16 {
            let pair = [UInt8(unit >> 8), UInt8(unit & 0xFF)]
            bytes += bigEndian ? pair : pair.reversed()
        }
        return bytes
    }

    @Test(arguments: [false, true])
    func surrogatePairsSplitAcrossReadsAreJoined(bigEndian: Bool) {
        let text = "late 😤 again ❤️ é"
        let bytes = Array(Self.utf16(text, bigEndian: bigEndian).dropFirst(2))
        for cut in 0...bytes.count {  // every place a read could end
            var pending = Array(bytes[..<cut])
            var out: [UInt8] = []
            ByteSource.transcode(&pending, bigEndian: bigEndian, final: false, into: &out)
            pending += bytes[cut...]
            ByteSource.transcode(&pending, bigEndian: bigEndian, final: true, into: &out)
            #expect(String(decoding: out, as: UTF8.self) == text, "cut at \(cut)")
        }
    }

    @Test func unpairedSurrogatesAndAnOddByteBecomeReplacementCharacters() {
        var pending: [UInt8] = [0x3D, 0xD8, 0x61, 0x00, 0x00, 0xDC, 0x62, 0x00, 0x63]  // high, "a", low, "b", odd byte
        var out: [UInt8] = []
        ByteSource.transcode(&pending, bigEndian: false, final: true, into: &out)
        #expect(String(decoding: out, as: UTF8.self) == "\u{FFFD}a\u{FFFD}b\u{FFFD}")
        #expect(pending.isEmpty)
    }

    @Test(arguments: [false, true])
    func utf16FileReadsLikeItsUTF8Twin(bigEndian: Bool) throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = "id,text\n1,Still waiting for my refund 😤\n2,\"Great, fast delivery\"\n"
        let utf8 = folder.appendingPathComponent("a.csv"), utf16 = folder.appendingPathComponent("b.csv")
        try Data(text.utf8).write(to: utf8)
        try Data(Self.utf16(text, bigEndian: bigEndian)).write(to: utf16)
        func records(_ url: URL) throws -> [String] {
            var reader = RecordReader(paths: [url.path], selection: FieldSelection())
            var texts: [String] = []
            while let event = try reader.next() { if case .record(let r) = event { texts.append(r.text) } }
            return texts
        }
        #expect(try records(utf16) == records(utf8))
        #expect(try records(utf16) == ["Still waiting for my refund 😤", "Great, fast delivery"])
    }
}
