/// Reading lexicon files in the three supported formats.
///
/// - plain: `term<TAB>valence`, valence on -4…+4 (Verbatim's own files);
/// - VADER: `term<TAB>mean<TAB>sd<TAB>[ratings]` (the mean is used);
/// - AFINN: `term<TAB>integer` on -5…+5, recognised when every value is an integer and some
///   value is ±5; its values are scaled by 0.8 onto -4…+4.
///
/// `evaluative` marks the entries as general evaluation words (see ``set(_:valence:evaluative:)``).
/// Lines starting with `#` and blank lines are ignored. A term may hold spaces: it is then a
/// multi-word expression. A line of another shape is an error naming its line.
extension Lexicon {
    /// A line of a lexicon file that could not be read.
    public struct FormatError: Error, Sendable, Equatable {
        public var source: String
        public var line: Int
        public var reason: String
    }

    /// Merges the entries of a lexicon file over the current ones; later entries win.
    ///
    /// - Returns: the number of entries read.
    /// - Complexity: O(n) in the length of `text`; lines are read as bytes.
    @discardableResult
    public mutating func merge(
        contentsOf text: String, source: String, evaluative: Bool = false
    ) throws(FormatError) -> Int {
        var text = text
        // Read and set within the text's bytes: most terms are set straight from them.
        let merged = text.withUTF8 { bytes -> Result<Int, FormatError> in
            switch Self.read(bytes, source: source) {
            case .success(let file):
                set(file, of: bytes, evaluative: evaluative)
                return .success(file.entries.count)
            case .failure(let error):
                return .failure(error)
            }
        }
        return try merged.get()
    }

    /// The entries of a file, read before any is set (a bad line leaves the lexicon as it was,
    /// and AFINN's scale shows only at the end). Flat, so that reading an entry allocates nothing
    /// of its own.
    private struct ParsedFile {
        /// A term, trimmed, as a range of the file's bytes, or of ``lowered`` when it had
        /// capitals or non-ASCII bytes to lowercase (few do); and its value.
        struct Entry {
            var termStart: Int
            var termEnd: Int
            var isLowered: Bool
            var value: Double
        }

        var entries: [Entry] = []
        /// The lowercased copies of the terms that needed one, back to back.
        var lowered: [UInt8] = []
        /// Every valence was written as an integer, and some was ±5: AFINN's scale.
        var allIntegers = true
        var sawFive = false
    }

    /// Sets the entries of `file`, read from `bytes`.
    ///
    /// - Complexity: O(n) in the total length of the terms.
    private mutating func set(_ file: ParsedFile, of bytes: UnsafeBufferPointer<UInt8>, evaluative: Bool) {
        let scale = file.allIntegers && file.sawFive ? 0.8 : 1.0
        var scratch = TokenizedText()
        file.lowered.withUnsafeBufferPointer { lowered in
            for entry in file.entries {
                let term = UnsafeBufferPointer(rebasing: (entry.isLowered ? lowered : bytes)[entry.termStart..<entry.termEnd])
                set(term: term, valence: entry.value * scale, evaluative: evaluative, scratch: &scratch)
            }
        }
    }

    /// The entries of a lexicon file: terms trimmed (and lowercased when they need it), valences parsed.
    private static func read(_ bytes: UnsafeBufferPointer<UInt8>, source: String) -> Result<ParsedFile, FormatError> {
        var file = ParsedFile()
        var lineNumber = 0
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        while start < bytes.count || start == bytes.count && lineNumber == 0 {
            lineNumber += 1
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            let next = end + 1
            if end > start, bytes[end - 1] == 0x0D { end -= 1 }
            defer { start = next }
            let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
            if line.first == 0x23 || line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }  // '#', blank
            guard let tab = line.firstIndex(of: 0x09), tab > 0 else {
                return .failure(FormatError(source: source, line: lineNumber, reason: "expected 'term<TAB>valence'"))
            }
            // Ranges of `bytes` from here on.
            var valueEnd = start + tab + 1
            while valueEnd < end, bytes[valueEnd] != 0x09 { valueEnd += 1 }
            let valueBytes = UnsafeBufferPointer(rebasing: bytes[trimmed(start + tab + 1..<valueEnd, of: bytes)])
            guard let value = DecimalNumber.value(of: valueBytes), value.isFinite, abs(value) <= 5 else {
                let valueText = String(decoding: valueBytes, as: UTF8.self)
                return .failure(
                    FormatError(
                        source: source, line: lineNumber, reason: "valence '\(valueText)' is not a number between -5 and 5"))
            }
            if !valueBytes.allSatisfy({ $0 == 0x2D || $0 == 0x2B || ($0 >= 0x30 && $0 <= 0x39) }) { file.allIntegers = false }
            if abs(value) == 5 { file.sawFive = true }
            let term = trimmed(start..<start + tab, of: bytes)
            let termBytes = UnsafeBufferPointer(rebasing: bytes[term])
            if termBytes.contains(where: { $0 &- 0x41 < 26 || $0 >= 0x80 }) {  // a capital or non-ASCII
                let loweredStart = file.lowered.count
                appendLowercased(termBytes, to: &file.lowered)
                file.entries.append(
                    .init(termStart: loweredStart, termEnd: file.lowered.count, isLowered: true, value: value))
            } else {
                file.entries.append(.init(termStart: term.lowerBound, termEnd: term.upperBound, isLowered: false, value: value))
            }
        }
        return .success(file)
    }

    /// `range` of `bytes` without leading and trailing spaces, tabs and carriage returns.
    private static func trimmed(_ range: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, bytes[lower] == 0x20 || bytes[lower] == 0x09 || bytes[lower] == 0x0D { lower += 1 }
        while upper > lower, bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09 || bytes[upper - 1] == 0x0D { upper -= 1 }
        return lower..<upper
    }

    /// Appends `bytes` lowercased to `terms`: ASCII directly, anything else through
    /// `String.lowercased()`.
    private static func appendLowercased(_ bytes: UnsafeBufferPointer<UInt8>, to terms: inout [UInt8]) {
        guard bytes.allSatisfy({ $0 < 0x80 }) else {
            terms.append(contentsOf: String(decoding: bytes, as: UTF8.self).lowercased().utf8)
            return
        }
        let start = terms.count
        terms.append(contentsOf: bytes)
        terms.withUnsafeMutableBufferPointer { terms in
            for i in start..<terms.count where terms[i] &- 0x41 < 26 { terms[i] |= 0x20 }
        }
    }
}

extension String {
    func trimmingSpacesAndCase() -> String { self[...].trimmingSpaces().lowercased() }
}
