/// The words that steer sentiment rules rather than carry valence themselves.
struct RuleWords: Sendable {
    enum Kind: UInt8 {
        case none, negator, booster, dampener, contrast, questionStart, waitingCue, timeUnit, quantity
        /// "like": a verb of liking after a subject ("I like it"), a preposition otherwise.
        case like
        /// Words after which "like" is a verb: subjects and auxiliaries.
        case likeSubject
        /// What a customer expects to happen or to be there ("work", "arrive", "reply", "sound");
        /// negated ("didn't work", "never arrived", "no reply") it is a complaint.
        case expectation
        /// "would", "could", "should": before "have", a wish about what did not happen.
        case modal
        /// "would've", "could've", "should've".
        case modalPerfect
        /// "too": before a word that carries no valence ("too small", "too plastic") it complains.
        case excess
        /// "great", "perfect", "thanks": said alone beside a complaint ("Arrived broken. Great.") it is sarcasm.
        case ironicPraise
        /// "until", "till": praise before it has ended ("worked great until it fell").
        case praiseEnd
        /// "last", "lasted": a time after it is how long something held up ("lasted 14 hours"),
        /// not a wait; negated ("didn't last") it is a complaint, like an expectation.
        case endurance
        /// "well": praise after a verb ("works well"), a discourse marker at a sentence start ("Well, ...").
        case discourse
    }

    private var table = TermTable(capacity: 512)
    private var kinds: [Kind] = []

    static let standard = RuleWords()

    /// Calls `body` with the bytes and the kind of every rule word.
    ///
    /// - Complexity: O(total length of the words).
    func forEach(_ body: (_ word: UnsafeBufferPointer<UInt8>, _ kind: Kind) -> Void) {
        for id in 0..<Int32(table.count) {
            table.withBytes(of: id) { body($0, kinds[Int(id)]) }
        }
    }

    private init() {
        add(.negator, """
            not no never none nobody nothing nowhere neither nor without cannot cant can't dont don't \
            doesnt doesn't didnt didn't isnt isn't arent aren't wasnt wasn't werent weren't wont won't \
            wouldnt wouldn't couldnt couldn't shouldnt shouldn't havent haven't hasnt hasn't hadnt hadn't \
            aint ain't mustn't neednt needn't nope nah \
            stopped stops refuses refused refusing fails failed failing unable
            """)
        add(.excess, "too")
        add(.modal, "would could should might")
        add(.modalPerfect, "would've could've should've might've woulda coulda shoulda")
        add(.booster, """
            very really so extremely absolutely totally completely utterly incredibly \
            amazingly awfully terribly hugely highly super seriously truly deeply especially \
            exceptionally extraordinarily fully greatly insanely massively most more particularly \
            purely quite remarkably strongly substantially thoroughly tremendously uber unbelievably \
            unusually way wildly literally majorly hella damn freaking frickin fricking fucking \
            such ridiculously pretty definitely certainly surely
            """)
        add(.dampener, """
            slightly somewhat barely hardly scarcely marginally partly kinda sorta little bit \
            occasionally less least mildly fairly almost nearly
            """)
        add(.contrast, "but however although though yet except")
        add(.questionStart, """
            how what when where which who whom whose can could do does did is are was were will \
            would should shall may might have has any anyone anybody
            """)
        add(.waitingCue, """
            still waiting waited wait after over later ago since took taken taking now yet \
            hold already almost nearly past
            """)
        add(.timeUnit, """
            minute minutes min mins hour hours hr hrs day days week weeks wk wks month months year years
            """)
        add(.expectation, """
            work works worked working function functions functioning arrive arrives arrived arriving \
            come came show showed shown load loads loaded loading open opens opened opening start starts \
            started starting boot boots connect connects connected connecting sync syncs synced charge \
            charges charging respond responds responded response responses reply replies replied answer \
            answered answers callback fit fits fitted fix fixed ship shipped deliver delivers delivered \
            delivery receive received turn print prints printed install installed update updates \
            refund refunded refunds compensation apology explanation picture sound signal power \
            tracking confirmation help helped support acknowledgement contact follow-up resolution \
            solution sign trace record play plays played playing read reads allow allows allowed \
            provide provides provided let lets transfer transfers recognize recognizes recognise \
            recognises recognized detect detects detected hold holds stay stays keep \
            keeps save saves saved accept accepts accepted pair pairs paired mount download \
            downloads upload uploads eject ejects register registers focus focuses run runs \
            scan scans send sends sent match matches \
            buy bought purchase purchased order ordered
            """)
        add(.like, "like")
        add(.praiseEnd, "until till")
        add(.endurance, "last lasts lasted lasting")
        add(.discourse, "well")
        add(.ironicPraise, """
            great perfect wonderful fantastic brilliant lovely awesome excellent terrific marvelous \
            superb splendid nice yay thanks fabulous super wonderful amazing
            """)
        add(.likeSubject, "i we they you u me i'd we'd they'd you'd would also")
        add(.quantity, """
            a an few several couple many two three four five six seven eight nine ten eleven twelve \
            fifteen twenty thirty forty fifty
            """)
    }

    private mutating func add(_ kind: Kind, _ words: String) {
        var words = words
        // Split as bytes: splitting the `String` would find its characters one by one.
        words.withUTF8 { bytes in
            for word in bytes.split(separator: 0x20) {
                // A word has one role; the first list that names it wins ("yet" stays a contrast).
                let id = Int(table.insert(UnsafeBufferPointer(rebasing: word)))
                if id == kinds.count { kinds.append(kind) }
            }
        }
    }
}
