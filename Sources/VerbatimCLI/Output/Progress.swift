#if canImport(Glibc)
import Glibc
#endif

/// Progress on standard error for long batch runs: records read and rate, twice a second.
///
/// Shown only when standard error is a terminal and `CI` is not set, so logs and pipes stay clean.
struct Progress {
    private let enabled: Bool
    private let start: Double
    private var lastShown: Double
    private var shown = false

    init() {
        enabled = StandardError.isTerminal && getenv("CI") == nil
        start = Self.now()
        lastShown = start
    }

    /// Shows the count now and then; called per record, or per `batch` of records.
    mutating func update(records: Int, batch: Bool = false) {
        guard enabled, batch || records & 1023 == 0 else { return }
        let now = Self.now()
        guard now - lastShown >= 0.5 else { return }
        lastShown = now
        shown = true
        let rate = Double(records) / max(now - start, 1e-9)
        StandardError.write("\rverbatim: \(records) comments read (\(Int(rate))/s)   ")
    }

    mutating func finish() {
        if shown { StandardError.write("\r\u{1B}[K") }
    }

    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
