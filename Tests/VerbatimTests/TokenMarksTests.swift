import Testing

@testable import Verbatim

/// ``TokenMarks``: what the rules read of a punctuation run or a word.
struct TokenMarksTests {
    static func marks(_ text: String) -> TokenMarks {
        var text = text
        return text.withUTF8 { TokenMarks.punctuation($0) }
    }

    @Test func punctuationRunsCountTheirExclamationsAndQuestions() {
        for (run, exclamations, questions, comma) in [
            (",", 0, 0, true), (".", 0, 0, false), ("!", 1, 0, false), ("?", 0, 1, false), (";", 0, 0, false),
            (":", 0, 0, false), ("...", 0, 0, false), ("!!!", 3, 0, false), ("?!", 1, 1, false), ("?!?!??", 2, 4, false),
            (String(repeating: "!", count: 20), 15, 0, false),
        ] {
            let m = Self.marks(run)
            #expect(m.exclamations == exclamations && m.questions == questions && m.isComma == comma, "\(run)")
        }
    }

    @Test func wordsCarryTheirMarks() {
        func word(_ text: String) -> TokenMarks {
            var text = text
            return text.withUTF8 { TokenMarks.word($0) }
        }
        #expect(word("was").isPastTense && word("never").isNever && word("the").isArticle && word("did").isDo)
        #expect(word("have").isHave && word("a").isArticle)
        #expect(word("good").bits == 0 && word("needed").bits == 0)  // "-ed" is read where asked
    }
}
