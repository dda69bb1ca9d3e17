import Testing

@testable import Verbatim

struct SentimentScorerTests {
    let scorer = SentimentScorer()

    func compound(_ text: String) -> Double { scorer.score(text).compound }

    @Test(arguments: [
        "Still waiting for my refund after 6 weeks",
        "The app keeps crashing at checkout",
        "I was on hold for 45 minutes",
        "Ordered 2 weeks ago, still nothing",
        "thanks for nothing",
        "my parcel never arrived",
    ])
    func complaintsVADERMissesAreNegative(text: String) {
        #expect(scorer.score(text).label == .negative, "\(text): \(compound(text))")
    }

    @Test func praiseThatEndedCountsAgainst() {
        // Told in the past by "was", or by a verb in "-ed": the praise before "until" ended.
        #expect(compound("I was very satisfied with it, until last night") < -0.05)
        #expect(compound("It worked great till it fell") < -0.05)
        // Still praise: nothing says it ended.
        #expect(compound("Works great until friday") > 0.05)
        #expect(compound("It worked great") > 0.05)
    }

    @Test func everyRuleKindHasABitInTheSentenceFacts() {
        // `SentenceFacts.present` keeps one bit per kind in 32 bits, shifted without a range check.
        #expect((32...255).allSatisfy { RuleWords.Kind(rawValue: UInt8($0)) == nil })
        var facts = SentenceFacts()
        facts.add(.discourse)
        #expect(facts.has(.discourse) && !facts.has(.none))
    }

    @Test func plainPraiseIsPositive() {
        #expect(scorer.score("Great service, I love it").label == .positive)
    }

    @Test func negationFlipsPolarity() {
        #expect(compound("good") > 0)
        #expect(compound("not good") < 0)
        #expect(compound("it didn't work") < 0)
    }

    @Test func negationScopeEndsAtAComma() {
        #expect(compound("no, it is good") > 0)
    }

    @Test func intensifiersAndDampenersScale() {
        let plain = compound("the delivery was good")
        #expect(compound("the delivery was very good") > plain)
        #expect(compound("the delivery was slightly good") < plain)
    }

    @Test func allCapsEmphasisesInMixedCase() {
        #expect(compound("the service was GREAT today") > compound("the service was great today"))
    }

    @Test func exclamationsAmplify() {
        #expect(compound("great!!!") > compound("great"))
        #expect(compound("terrible!!!") < compound("terrible"))
    }

    @Test func elongationAmplifies() {
        #expect(compound("sooo good") > compound("so good"))
    }

    @Test func contrastWeighsTheClauseAfterBut() {
        #expect(compound("the product is good but the delivery was awful") < 0)
        #expect(compound("the delivery was awful but the product is good") > 0)
    }

    @Test func neutralQuestionsStayNeutral() {
        #expect(scorer.score("How do I change my delivery address?").label == .neutral)
        #expect(scorer.score("Do you ship to Canada?").label == .neutral)
    }

    @Test func compoundAndProportionsAreBounded() {
        let score = scorer.score("awful awful awful terrible horrible worst worst disaster!!!!")
        #expect(score.compound >= -1 && score.compound < -0.9)
        #expect(abs(score.positive + score.neutral + score.negative - 1) < 1e-9)
    }

    @Test func emptyTextIsNeutral() {
        #expect(scorer.score("") == .neutralScore)
        #expect(scorer.score("   ").label == .neutral)
    }

    @Test func mixedCommentPointsAtTheComplaint() {
        let text = "Love the app, but it crashes when I pay"
        let tokenized = Tokenizer().tokenize(text)
        let analysis = scorer.analyze(tokenized)
        let words = analysis.complaintRanges.flatMap { $0.map { tokenized.text(of: tokenized.tokens[$0]) } }
        #expect(words.contains("crashes"))
        #expect(!words.contains("love"))
    }

    @Test func strongestNegativeSentenceIsMarked() {
        let analysis = scorer.analyze("The jacket is lovely. The courier lost it for a week. Thanks anyway.")
        #expect(analysis.strongestNegativeSentence == 1)
    }

    @Test func multiWordExpressionsMatchAsUnits() {
        var lexicon = Lexicon()
        lexicon.set("works like a charm", valence: 2.7)
        let scorer = SentimentScorer(lexicon: lexicon)
        #expect(scorer.score("it works like a charm").compound > 0.5)
        #expect(scorer.score("it works like a").compound == 0)
    }
}

struct SentimentRuleWordTests {
    let scorer = SentimentScorer()

    @Test func likeIsAVerbOnlyAfterASubject() {
        #expect(scorer.score("I like it").label == .positive)
        #expect(scorer.score("I don't like it").label == .negative)
        #expect(scorer.score("looks like rain").label == .neutral)
    }

    @Test func lexiconEntriesTheTokenizerCannotSpellAreLeftOut() {
        var lexicon = Lexicon()
        lexicon.set("<\\3", valence: -2.2)  // would otherwise read as the number 3
        lexicon.set("</3", valence: -2.2)
        #expect(lexicon.valence(of: "3") == nil)
        #expect(SentimentScorer(lexicon: lexicon).score("chapter 3").label == .neutral)
        #expect(SentimentScorer(lexicon: lexicon).score("</3").label == .negative)
    }

    @Test func negatedExpectationIsAComplaint() {
        #expect(scorer.score("the tv has no sound").label == .negative)
        #expect(scorer.score("the tv has sound").label == .neutral)
        #expect(scorer.score("no problems at all").label == .positive)
        #expect(scorer.score("no, sound is fine").label == .positive)
    }

    @Test func tooBeforeAPlainWordComplainsAndBeforeASentimentWordIntensifies() {
        #expect(scorer.score("the casing is too plastic").label == .negative)
        #expect(scorer.score("not too heavy").label == .positive)
        #expect(scorer.score("too good").compound > scorer.score("good").compound)
        #expect(scorer.score("I love it too").label == .positive)
    }

    @Test func aScoredWordEndsTheNegationScopeOfTheNext() {
        // The second "don't care" is not negated by the first one's "don't".
        let once = scorer.score("don't care").compound
        let four = scorer.score("don't care don't care don't care don't care").compound
        #expect(once < 0 && four < once)
    }

    @Test func counterfactualPraiseIsAComplaint() {
        #expect(scorer.score("it would have been much nicer with a window").label == .negative)
        #expect(scorer.score("they could've included better headphones").label == .negative)
        #expect(scorer.score("I would recommend it").label == .positive)
        #expect(scorer.score("couldn't have been happier").label == .positive)
    }

    @Test func contrastWordKeepsItsRoleWhenListedTwice() {
        #expect(scorer.score("the box was damaged, yet the product is great").compound > 0)
    }

    @Test func modifierWithAValenceOfItsOwnCarriesItWhenItModifiesNothing() {
        #expect(scorer.score("Damn it, they lost my parcel again").label == .negative)
        #expect(scorer.score("damn good pizza").label == .positive)
        #expect(scorer.score("what a pretty box").label == .positive)
        #expect(scorer.score("pretty bad packaging").label == .negative)
        #expect(scorer.score("No and no.").label == .negative)
    }

    @Test func negationSteersWordsNotEmoticons() {
        #expect(scorer.score("Still no cheque :(").label == .negative)
        #expect(scorer.score("no :)").label == .positive)
    }

    @Test func negatedComplaintIsMilderPraiseThanTheComplimentItNegates() {
        let notBad = scorer.score("not bad").compound
        #expect(notBad > 0)
        #expect(notBad < -scorer.score("not good").compound)
    }

    @Test func deadpanOneWordPraiseAfterAComplaintIsSarcasm() {
        #expect(scorer.score("Arrived broken. Great.").label == .negative)
        #expect(scorer.score("Forgot my phone at home. Great. I hope I don't need it.").label == .negative)
        #expect(scorer.score("Arrived early. Great.").label == .positive)
        #expect(scorer.score("The first one arrived broken. Lol.").label == .negative)
        #expect(scorer.score("Arrived broken. Great!").compound > scorer.score("Arrived broken. Great.").compound)
    }

    @Test func actionsThatDidNotHappenAreComplaints() {
        #expect(scorer.score("many of our movies don't play on this player").label == .negative)
        #expect(scorer.score("it refuses to play certain episodes").label == .negative)
        #expect(scorer.score("the camera does not recognize the card").label == .negative)
        #expect(scorer.score("will never purchase this brand again").label == .negative)
        #expect(scorer.score("it plays every disc").label == .neutral)
    }

    @Test func shortLifetimeIsAComplaint() {
        #expect(scorer.score("only lasted a month").label == .negative)
        #expect(scorer.score("each of the 4 lasted less than six months").label == .negative)
        #expect(scorer.score("quit in 10 days").label == .negative)
    }

    @Test func adviceToShopElsewhereIsAComplaint() {
        #expect(scorer.score("keep your receipt").label == .negative)
        #expect(scorer.score("you are better off with a name brand").label == .negative)
    }

    @Test func praiseThatEndedIsAComplaint() {
        #expect(scorer.score("I was very satisfied with my purchase, until last night").label == .negative)
        #expect(scorer.score("can't wait until Friday").label == .positive)
    }

    @Test func questionsDampPraiseButNotComplaints() {
        #expect(scorer.score("Why does it keep crashing?").label == .negative)
        #expect(abs(scorer.score("Is it any good?").compound) < scorer.score("It is good.").compound)
    }

    @Test func dislikeAtTheStartOfASentenceIsNegative() {
        #expect(scorer.score("Really don't like it").compound < scorer.score("Don't like it").compound)
        #expect(scorer.score("Don't like it").label == .negative)
        #expect(scorer.score("Like I said, it arrived on Monday.").label == .neutral)
    }

    @Test func neutralExpressionEndsTheNegationScope() {
        #expect(scorer.score("Wouldn't that be great?! :D").label == .positive)
        #expect(scorer.score("It wouldn't be great").label == .negative)
    }

    @Test func hashtagsReadAsTheirWord() {
        #expect(scorer.score("struck out again #awful").label == .negative)
        #expect(scorer.score("#blessed").label == scorer.score("blessed").label)
    }

    @Test func aNegatorSpentOnASentimentWordDoesNotReachTheNextAction() {
        #expect(scorer.score("I would not hesitate to purchase this").label == .positive)
        #expect(scorer.score("this camera will not let you down").label == .positive)
    }

    @Test func longBatteryLifeIsNotAShortLifetime() {
        #expect(scorer.score("this thing lasted well over 14 hours").label != .negative)
        #expect(scorer.score("the battery only lasted 2 hours").label == .negative)
    }

    @Test func wellPraisesAfterAVerbButNotAsADiscourseMarker() {
        #expect(scorer.score("the meeting went well").label == .positive)
        #expect(scorer.score("Well, the parcel arrived on Monday.").label == .neutral)
        #expect(scorer.score("it comes with a charger as well").label == .neutral)
    }

    @Test func boostersDoNotModifyPlainActions() {
        #expect(scorer.score("There is seriously a TV show about fishing").label == .negative)
        #expect(scorer.score("I do like that").label == .positive)
    }

    @Test func neverSoIsEmphasisNotNegation() {
        #expect(scorer.score("I have never slept so well").label == .positive)
        #expect(scorer.score("I have never been so disappointed").compound < scorer.score("I am disappointed").compound)
        #expect(scorer.score("never good").label == .negative)
    }

    @Test func aWishEndsAtAContrast() {
        #expect(scorer.score("Would have liked fewer delays but the staff were brilliant").label == .positive)
        #expect(scorer.score("Would have been nicer with a window").label == .negative)
    }

    @Test func articlesDoNotShortenTheReachOfANegator() {
        #expect(scorer.score("getting a cat wouldn't be such a bad idea").label == .positive)
        #expect(scorer.score("it was not the best").label == .negative)
    }

    @Test(arguments: [
        "My refund is still pending", "Why was my card debited twice?", "Double charge on Apple Pay!",
        "I want my money back", "There was a hidden fee at checkout",
    ])
    func moneyComplaintsAreNegative(text: String) {
        #expect(scorer.score(text).label == .negative)
    }
}
