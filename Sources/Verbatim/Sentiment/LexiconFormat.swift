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
    @discardableResult
    public mutating func merge(
        contentsOf text: String, source: String, evaluative: Bool = false
    ) throws(FormatError) -> Int {
        var entries: [(term: String, value: Double)] = []
        var allIntegers = true
        var sawFive = false
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = rawLine
            if line.hasSuffix("\r") { line = line.dropLast() }
            if lineNumber == 1, line.hasPrefix("\u{FEFF}") { line = line.dropFirst() }
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 2, !fields[0].isEmpty else {
                throw FormatError(source: source, line: lineNumber, reason: "expected 'term<TAB>valence'")
            }
            let valueText = fields[1].trimmingSpaces()
            guard let value = Double(valueText), value.isFinite, abs(value) <= 5 else {
                throw FormatError(
                    source: source, line: lineNumber,
                    reason: "valence '\(valueText)' is not a number between -5 and 5")
            }
            if !valueText.allSatisfy({ $0 == "-" || $0 == "+" || $0.isNumber }) { allIntegers = false }
            if abs(value) == 5 { sawFive = true }
            entries.append((String(fields[0]).trimmingSpacesAndCase(), value))
        }
        let scale = allIntegers && sawFive ? 0.8 : 1.0
        for entry in entries { set(entry.term, valence: entry.value * scale, evaluative: evaluative) }
        return entries.count
    }
}

extension String {
    func trimmingSpacesAndCase() -> String { self[...].trimmingSpaces().lowercased() }
}
