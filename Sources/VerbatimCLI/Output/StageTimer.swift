#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Wall and CPU time of a command's stages, for `--timings`: where a run spends its time.
///
/// CPU time is the process's user plus system time over all threads, so a stage that uses both
/// cores shows more CPU than wall time.
struct StageTimer {
    /// One finished stage.
    struct Stage {
        var name: String
        var wall: Double
        var cpu: Double
    }

    private(set) var stages: [Stage] = []
    private var wallMark: Double
    private var cpuMark: Double
    private let wallStart: Double
    private let cpuStart: Double

    init() {
        wallMark = Progress.now()
        cpuMark = Self.cpuSeconds()
        wallStart = wallMark
        cpuStart = cpuMark
    }

    /// Ends the current stage under `name` and starts the next.
    mutating func end(_ name: String) {
        let wall = Progress.now(), cpu = Self.cpuSeconds()
        stages.append(Stage(name: name, wall: wall - wallMark, cpu: cpu - cpuMark))
        wallMark = wall
        cpuMark = cpu
    }

    /// The stages and their total as aligned lines: "  NAME  WALL s wall  CPU s CPU".
    ///
    /// - Complexity: O(stages).
    func report() -> String {
        let total = Stage(name: "total", wall: wallMark - wallStart, cpu: cpuMark - cpuStart)
        let width = (stages + [total]).map(\.name.count).max() ?? 0
        var out = "verbatim: stage timings (CPU over all threads):\n"
        for stage in stages + [total] {
            let padding = String(repeating: " ", count: width - stage.name.count)
            out += "  \(stage.name)\(padding)  \(Self.seconds(stage.wall)) s wall  \(Self.seconds(stage.cpu)) s CPU\n"
        }
        return out
    }

    /// `seconds` with two decimals, right-aligned in 7 characters ("   3.10").
    static func seconds(_ seconds: Double) -> String {
        let hundredths = Int((max(0, seconds) * 100).rounded())
        let fraction = hundredths % 100
        let text = "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
        return String(repeating: " ", count: max(0, 7 - text.count)) + text
    }

    /// User plus system seconds of the whole process so far.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
        let system = Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
        return user + system
    }
}
