/// Makes untrusted text (customer comments, labels) safe to place inside Markdown.
///
/// The result renders as the literal text on GitHub and CommonMark renderers: line breaks become
/// spaces; `<`, `>` and `&` become HTML entities, so no tag can be injected; Markdown
/// punctuation that could start emphasis, code, links, images, tables, headings, strikethrough
/// or math is backslash-escaped (`\*`, `` \` ``, `\[`, `\|`, `\#`, `\~`, `\$`). Line-start
/// constructs (`>`, `-`, `1.`) cannot arise: escaped text never starts a line of the report.
/// Quotes are shortened to a limit.
enum MarkdownEscaping {
    /// `text` escaped for inline use (a table cell, a list item, a quote).
    static func inline(_ text: String, limit: Int = .max) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        var length = 0
        var lastWasSpace = false
        for scalar in text.unicodeScalars {
            if length >= limit {
                while out.last == " " { out.removeLast() }
                out += "…"
                break
            }
            switch scalar {
            case "\n", "\r", "\t", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}":
                if !lastWasSpace, !out.isEmpty { out += " " }
                lastWasSpace = true
                length += 1
                continue
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\\", "`", "*", "_", "[", "]", "|", "#", "~", "$":
                out += "\\"
                out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }  // other control characters
                out.unicodeScalars.append(scalar)
            }
            lastWasSpace = scalar == " "
            length += 1
        }
        while out.last == " " { out.removeLast() }
        return out
    }
}
