import Testing

@testable import Verbatim

/// ``DecimalNumber`` must read every number exactly as `Double(String)` does, bit for bit.
struct DecimalNumberTests {
    /// The value of `text` read both ways, as bit patterns (nil for no number).
    static func bothWays(_ text: String) -> (fast: UInt64?, reference: UInt64?) {
        var text = text
        let fast = text.withUTF8 { DecimalNumber.value(of: $0) }
        return (fast?.bitPattern, Double(text)?.bitPattern)
    }

    @Test func generatedDecimalsReadAsDoubleReadsThem() {
        var random = SeededGenerator(seed: 7)
        var mismatches: [String] = []
        var short = 0
        for _ in 0..<200_000 {
            var text = ["", "-", "+"][Int(random.next() % 3)]
            let integerDigits = Int(random.next() % 6)
            let fractionDigits = Int(random.next() % 12)
            for _ in 0..<integerDigits { text += String(random.next() % 10) }
            if random.next() % 8 != 0 { text += "." }
            for _ in 0..<fractionDigits { text += String(random.next() % 10) }
            var bytes = text
            if bytes.withUTF8({ DecimalNumber.shortValue(of: $0) }) != nil { short += 1 }
            let (fast, reference) = Self.bothWays(text)
            if fast != reference { mismatches.append(text) }
        }
        #expect(short > 100_000)  // most take the short form
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }

    @Test func everyValueOfTheBuiltInLexiconReadsAsDoubleReadsIt() {
        var values = 0
        var mismatches: [String] = []
        for file in DefaultData.texts(under: "corpora/lexicon") {
            for line in file.text.split(separator: "\n") where !line.hasPrefix("#") {
                let fields = line.split(separator: "\t")
                guard fields.count >= 2 else { continue }
                values += 1
                let (fast, reference) = Self.bothWays(String(fields[1]))
                if fast != reference || fast == nil { mismatches.append("\(file.path): \(line)") }
            }
        }
        #expect(values > 12_000)
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }

    @Test func otherFormsFallBackToDouble() {
        for text in [
            "", "-", "+", ".", "1.", ".5", "-.5", "1e3", "1E-2", "0x1p3", "inf", "-nan", "abc", "1.2.3", "--1", "1-",
            "-0", "-0.0", "+0", "0.1234567890123456789", "1234567890123456", "99999999999999999999", "5.0000000000000001",
            "0.000000000000001", "1 ", " 1", "١",
        ] {
            let (fast, reference) = Self.bothWays(text)
            #expect(fast == reference, "\(text)")
        }
        #expect(Self.bothWays("-0").fast == (-0.0 as Double).bitPattern)
    }
}
