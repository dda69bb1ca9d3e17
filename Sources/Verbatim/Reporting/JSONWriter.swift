/// Writes compact JSON text: what the NDJSON records and the JSON report are made with.
struct JSONWriter {
    private(set) var text = ""

    /// Appends `value` as a JSON string literal (RFC 8259 escaping; non-ASCII kept as UTF-8).
    mutating func string(_ value: String) {
        text += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    text.unicodeScalars.append(scalar)
                }
            }
        }
        text += "\""
    }

    mutating func raw(_ fragment: String) { text += fragment }

    mutating func number(_ value: Double, digits: Int = 4) { text += Format.compact(value, digits: digits) }

    mutating func key(_ name: String) {
        string(name)
        text += ":"
    }
}
