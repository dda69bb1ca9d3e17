import Testing

@testable import Verbatim

/// Personal data in quoted comments is masked; references, prices and dates are not.
struct RedactorTests {
    let redactor = Redactor()

    @Test func emailsAreMasked() {
        #expect(redactor.redact("write to jo.smith+orders@example.co.uk.") == "write to [email].")
        #expect(redactor.redact("email me at a@b.io please") == "email me at [email] please")
    }

    @Test(arguments: ["+44 20 7946 0958", "(555) 123-4567", "07700 900123", "555.123.4567", "07700900123", "+447700900123"])
    func phoneNumbersAreMasked(number: String) {
        #expect(redactor.redact("call me on \(number) today") == "call me on [phone] today")
    }

    @Test func cardLikeNumbersAreMasked() {
        #expect(redactor.redact("card 4111 1111 1111 1111 was charged") == "card [card number] was charged")
        #expect(redactor.redact("card 4111-1111-1111-1111.") == "card [card number].")
    }

    @Test func linksWithTokensAreMaskedAndPlainLinksKept() {
        #expect(redactor.redact("reset at https://shop.example/reset?token=abc123 now") == "reset at [link] now")
        #expect(redactor.redact("see https://shop.example/t/9f8a7b6c5d4e3f2a1b0c") == "see [link]")
        #expect(redactor.redact("see https://shop.example/help/returns.") == "see https://shop.example/help/returns.")
    }

    @Test(arguments: [
        "order #48213 is late", "I paid £141.99 twice", "since 2026-06-01 10:30", "3 weeks ago", "ref 123456789",
        "1,000 points", "version 2.3.1", "no personal data here",
    ])
    func referencesPricesAndDatesAreKept(text: String) {
        #expect(redactor.redact(text) == text)
    }

    @Test func reportsMaskQuotesUnlessAskedNotTo() {
        let comments = (0..<30).map { i in "my parcel is late again, call me on 07700 9001\(String(format: "%02d", i)) or mail x\(i)@example.com" }
        var configuration = AnalysisConfiguration()
        let masked = MarkdownReporter().render(Verbatim.analyze(comments, configuration: configuration).report)
        #expect(!masked.contains("@example.com") && !masked.contains("07700"))
        #expect(masked.contains("\\[email\\]"), "placeholders are escaped like any text")
        configuration.redactQuotes = false
        let kept = MarkdownReporter().render(Verbatim.analyze(comments, configuration: configuration).report)
        #expect(kept.contains("example.com"))
    }
}
