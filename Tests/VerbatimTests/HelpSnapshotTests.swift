import Foundation
import Testing

/// Help text is part of the interface: it is compared with committed snapshots.
/// After a deliberate change, regenerate with `verbatim <command> --help > Tests/VerbatimTests/Snapshots/<command>-help.txt`.
struct HelpSnapshotTests {
    @Test(arguments: ["analyze", "stream", "sentiment"])
    func subcommandHelpMatchesSnapshot(command: String) throws {
        let snapshot = CLIRunner.packageRoot.appendingPathComponent("Tests/VerbatimTests/Snapshots/\(command)-help.txt")
        let expected = try String(contentsOf: snapshot, encoding: .utf8)
        #expect(try CLIRunner.run([command, "--help"]).stdout == expected)
    }

    @Test func topLevelHelpMatchesSnapshot() throws {
        let snapshot = CLIRunner.packageRoot.appendingPathComponent("Tests/VerbatimTests/Snapshots/verbatim-help.txt")
        #expect(try CLIRunner.run(["--help"]).stdout == (try String(contentsOf: snapshot, encoding: .utf8)))
    }

    @Test func noArgumentsPrintsHelpAndExits64() throws {
        let outcome = try CLIRunner.run([])
        #expect(outcome.status == 64)
        #expect(outcome.stderr.hasPrefix("OVERVIEW: "))
    }
}
