import Foundation
import Testing

@testable import Verbatim

/// The `verbatim` executable end to end: exit codes, records, report sections, escaping.
@Suite(.serialized) struct CLITests {
    @Test func versionPrintsNameAndVersion() throws {
        let outcome = try CLIRunner.run(["--version"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout == "verbatim \(Verbatim.version)\n")
    }

    @Test func unknownOptionIsAUsageError() throws {
        let outcome = try CLIRunner.run(["analyze", "--bogus"])
        #expect(outcome.status == 64)
        #expect(outcome.stderr.hasPrefix("verbatim: unknown option '--bogus'"))
        #expect(outcome.stdout.isEmpty)
    }

    @Test func badCategoriesValueIsAUsageError() throws {
        let outcome = try CLIRunner.run(["analyze", "--categories", "many", "-"])
        #expect(outcome.status == 64)
        #expect(outcome.stderr.contains("--categories"))
    }

    @Test func missingInputFileExits66WithPath() throws {
        let outcome = try CLIRunner.run(["analyze", "/nonexistent/dump.csv"])
        #expect(outcome.status == 66)
        #expect(outcome.stderr == "verbatim: /nonexistent/dump.csv: no such file\n")
    }

    @Test func directoryAsInputExits66() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try CLIRunner.run(["analyze", folder.path])
        #expect(outcome.status == 66)
        #expect(outcome.stderr.contains("is a directory"))
    }

    @Test func strictFailsWith65OnMalformedRecord() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("bad.jsonl")
        try "{\"text\":\"fine\"}\n{not json}\n{\"text\":\"also fine\"}\n".write(to: file, atomically: true, encoding: .utf8)
        let strict = try CLIRunner.run(["analyze", "--strict", file.path])
        #expect(strict.status == 65)
        #expect(strict.stderr.hasPrefix("verbatim: \(file.path):2: invalid JSON"))

        let lenient = try CLIRunner.run(["analyze", file.path])
        #expect(lenient.status == 0)
        #expect(lenient.stderr.contains("\(file.path):2:"))
        #expect(lenient.stdout.contains("3 comments read, 1 skipped as malformed"))
    }

    @Test func unwritableOutputExits74() throws {
        let outcome = try CLIRunner.run(["analyze", "-o", "/nonexistent-folder/report.md", "-"], input: "late parcel\n")
        #expect(outcome.status == 74)
        #expect(outcome.stderr.contains("/nonexistent-folder/report.md"))
    }

    @Test func failedOutputLeavesTheRunsOtherFilesUnchanged() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let json = folder.appendingPathComponent("report.json")
        try Data("previous run".utf8).write(to: json)
        let outcome = try CLIRunner.run(
            ["analyze", "--json", json.path, "--assignments", "/nonexistent-folder/a.ndjson", "-"], input: "late parcel\n")
        #expect(outcome.status == 74)
        // The JSON report was written first, but is renamed into place only with the others.
        #expect(try String(contentsOf: json, encoding: .utf8) == "previous run")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.json"])
    }

    @Test func interruptedAnalyzeLeavesNoOutputAndEndsBySIGINT() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = folder.appendingPathComponent("report.md")
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = ["analyze", "-", "-o", report.path, "--assignments", folder.appendingPathComponent("a.ndjson").path]
        let stdin = Pipe()
        process.standardInput = stdin
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        stdin.fileHandleForWriting.write(Data(String(repeating: "late parcel again\n", count: 1000).utf8))
        Thread.sleep(forTimeInterval: 0.5)  // the input stays open: analyze is waiting for more
        process.interrupt()
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(process.terminationStatus == SIGINT)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
    func fullDiskOnStandardOutputExits74() throws {
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = ["sentiment", "late parcel"]
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: "/dev/full"))
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 74)
        #expect(message.contains("standard output") && message.contains("No space left on device"))
    }

    @Test func timingsListEachStageOnStandardErrorOnly() throws {
        let plain = try CLIRunner.run(["analyze", "-"], input: "late parcel again\nlate parcel again!\n")
        let timed = try CLIRunner.run(["analyze", "--timings", "-"], input: "late parcel again\nlate parcel again!\n")
        #expect(timed.status == 0)
        #expect(timed.stdout == plain.stdout)
        let lines = timed.stderr.split(separator: "\n")
        let stages = ["read, tokenize, score, extract features", "cluster, label, rank", "render and write reports", "total"]
        for stage in stages {
            #expect(lines.contains { $0.hasPrefix("  \(stage) ") && $0.hasSuffix(" s CPU") }, "no line for \(stage)")
        }
        #expect(!plain.stderr.contains("stage timings"))
    }

    @Test func closedStdoutEndsQuietlyWithZero() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("many.txt")
        try String(repeating: "the parcel is late again and nobody answers\n", count: 200_000)
            .write(to: input, atomically: true, encoding: .utf8)
        // `head` closes the pipe after one line; verbatim's own status is what PIPESTATUS shows.
        let script = "\"$1\" sentiment < \"$2\" 2>\"$3\" | head -n 1 >/dev/null; echo ${PIPESTATUS[0]}"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        let errors = folder.appendingPathComponent("err")
        process.arguments = ["-c", script, "sh", CLIRunner.binary.path, input.path, errors.path]
        let stdout = Pipe()
        process.standardOutput = stdout
        try process.run()
        let out = String(decoding: stdout.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(out == "0\n")
        #expect(try String(contentsOf: errors, encoding: .utf8).isEmpty)
    }

    @Test func sentimentPrintsTabSeparatedLines() throws {
        let outcome = try CLIRunner.run(["sentiment", "I love this shop", "Still waiting for my refund after 6 weeks"])
        #expect(outcome.status == 0)
        let lines = outcome.stdout.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        try #require(lines.count == 2)
        #expect(lines[0][1] == "positive" && lines[0][2] == "I love this shop")
        #expect(lines[1][1] == "negative")
        #expect(try #require(Double(String(lines[1][0]))) < -0.05)
    }

    @Test func sentimentJSONFollowsRecordSchema() throws {
        let outcome = try CLIRunner.run(["sentiment", "--json"], input: "great service\nparcel never arrived\n")
        #expect(outcome.status == 0)
        let records = try outcome.stdout.split(separator: "\n").map { try Self.object($0) }
        try #require(records.count == 2)
        #expect(Self.keys(outcome.stdout.split(separator: "\n")[0]) == ["index", "sentiment"])
        let sentiment = try #require(records[1]["sentiment"] as? [String: Any])
        #expect(sentiment["label"] as? String == "negative")
        #expect(records[1]["index"] as? Int == 1)
    }

    @Test func sentimentJobsGiveTheSameRecordsInOrder() throws {
        var input = ""
        var random = SeededGenerator(seed: 21)
        let words = ["great", "awful", "not", "very", "refund", "after", "3", "weeks", "love", "it", "!", ":(", "😀"]
        for _ in 0..<3_000 {
            input += (0..<Int(random.next() % 12)).map { _ in words[Int(random.next() % UInt64(words.count))] }
                .joined(separator: " ") + (random.next() % 4 == 0 ? "\r\n" : "\n")
        }
        for json in [false, true] {
            let flags = json ? ["--json"] : []
            let one = try CLIRunner.run(["sentiment", "--jobs", "1"] + flags, input: input)
            let two = try CLIRunner.run(["sentiment", "--jobs", "2"] + flags, input: input)
            #expect(one.status == 0 && two.status == 0)
            #expect(one.stdout.split(separator: "\n").count > 2_000)
            #expect(two.stdout == one.stdout)
        }
    }

    @Test func badJobsValueIsAUsageError() throws {
        for value in ["0", "-1", "two"] {
            let outcome = try CLIRunner.run(["sentiment", "--jobs", value], input: "fine\n")
            #expect(outcome.status == 64)
            #expect(outcome.stderr.contains("--jobs"))
        }
    }

    @Test func analyzeJobsGiveByteIdenticalOutputs() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var outputs: [[Data]] = []
        for jobs in ["1", "2"] {
            let files = ["r.md", "r.json", "a.ndjson"].map { folder.appendingPathComponent("\(jobs)-\($0)") }
            let outcome = try CLIRunner.run([
                "analyze", CLIRunner.sampleDump, "--id-column", "id", "--jobs", jobs, "-o", files[0].path,
                "--json", files[1].path, "--assignments", files[2].path,
            ])
            #expect(outcome.status == 0)
            outputs.append(try files.map { try Data(contentsOf: $0) })
        }
        #expect(outputs[0][2].count > 100_000)
        #expect(outputs[1] == outputs[0])
        for value in ["0", "257", "many"] {
            let outcome = try CLIRunner.run(["analyze", "--jobs", value, CLIRunner.sampleDump])
            #expect(outcome.status == 64)
            #expect(outcome.stderr.contains("--jobs"))
        }
    }

    @Test func assignmentsHaveOneRecordPerCommentInOrder() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("dump.csv")
        var csv = "id,text\n"
        for i in 0..<60 { csv += "C\(i),\(i % 2 == 0 ? "my parcel is late again" : "charged twice for one order")\n" }
        csv += "C60,\"ragged\",extra\n"
        try csv.write(to: file, atomically: true, encoding: .utf8)
        let assignments = folder.appendingPathComponent("a.ndjson")
        let outcome = try CLIRunner.run(["analyze", file.path, "--id-column", "id", "--assignments", assignments.path, "-o", folder.appendingPathComponent("r.md").path])
        #expect(outcome.status == 0)
        let lines = try String(contentsOf: assignments, encoding: .utf8).split(separator: "\n")
        try #require(lines.count == 61)
        for (i, line) in lines.enumerated() {
            let record = try Self.object(line)
            #expect(record["index"] as? Int == i)
            if i < 60 {
                #expect(record["id"] as? String == "C\(i)")
                #expect(Self.keys(line) == ["index", "id", "sentiment", "category"])
                let sentiment = try #require(record["sentiment"] as? [String: Any])
                #expect(Self.keys(line, path: "sentiment") == ["compound", "label", "positive", "neutral", "negative"])
                let compound = try #require(sentiment["compound"] as? Double)
                #expect((-1...1).contains(compound))
            } else {
                #expect(record["error"] is String)
            }
        }
    }

    @Test func reportHasTheFiveSectionsInOrder() throws {
        let outcome = try CLIRunner.run([
            "analyze", CLIRunner.sampleDump, "--date-column", "date", "--score-column", "stars", "--id-column", "id",
        ])
        #expect(outcome.status == 0)
        let report = outcome.stdout
        let headings = ["# Verbatim report", "## Action points", "## Categories", "## 1. ", "## Method"]
        var position = report.startIndex
        for heading in headings {
            let found = try #require(report.range(of: heading, range: position..<report.endIndex), "missing \(heading)")
            position = found.upperBound
        }
        #expect(report.contains("2,600 comments read"))
        #expect(report.contains("dated 2026-06-01 to 2026-09-30"))
        #expect(report.contains("```mermaid\npie"))
    }

    @Test func quotedCommentsAreEscapedInTheReport() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("nasty.csv")
        let nasty = "\"late parcel | <script>alert(1)</script> `code` [x](javascript:alert(1))\nsecond line\""
        var csv = "text\n"
        for _ in 0..<40 { csv += nasty + "\n" }
        try csv.write(to: file, atomically: true, encoding: .utf8)
        let outcome = try CLIRunner.run(["analyze", file.path])
        #expect(outcome.status == 0)
        let report = outcome.stdout
        #expect(!report.contains("<script>"))
        #expect(report.contains("&lt;script&gt;"))
        // Brackets are escaped, so no link can form: every "](" is really "\\](".
        #expect(report.components(separatedBy: "](").count == report.components(separatedBy: "\\](").count)
        #expect(report.contains("\\](javascript"))
        #expect(report.contains("\\|"))
        #expect(report.contains("\\`code\\`"))
        // The comment's line break does not split the quote.
        #expect(report.contains("&lt;/script&gt; \\`code\\` \\[x\\](javascript:alert(1)) second line"))
    }

    @Test func jsonReportAndSegmentsTable() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("tickets.csv")
        var csv = "channel,comment\n"
        for i in 0..<80 {
            csv += i % 2 == 0 ? "app,the app keeps crashing at checkout\n" : "email,my parcel is late and tracking is not updating\n"
        }
        try csv.write(to: file, atomically: true, encoding: .utf8)
        let json = folder.appendingPathComponent("report.json")
        let outcome = try CLIRunner.run(["analyze", file.path, "--segment-column", "channel", "--json", json.path])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("### Segments\n\n| segment | comments | mean sentiment | top categories |"))
        #expect(outcome.stdout.contains("| app | 40 |"))
        let object = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: json)) as? [String: Any])
        let summary = try #require(object["summary"] as? [String: Any])
        #expect(summary["read"] as? Int == 80)
        let categories = try #require(object["categories"] as? [[String: Any]])
        #expect(categories.count >= 2)
        #expect((object["segments"] as? [[String: Any]])?.count == 2)
        #expect((object["actionPoints"] as? [Any])?.isEmpty == false)
    }

    @Test func streamAnswersEachLineBeforeTheNextArrives() throws {
        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = ["stream"]
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        try process.run()
        stdin.fileHandleForWriting.write(Data("great\n".utf8))
        // The first record must arrive while the input is still open.
        let first = try Self.readLine(from: stdout.fileHandleForReading)
        #expect(first.hasPrefix("{\"index\":0,\"sentiment\":{"))
        #expect(first.contains("\"label\":\"positive\""))
        stdin.fileHandleForWriting.write(Data("awful\n".utf8))
        let second = try Self.readLine(from: stdout.fileHandleForReading)
        #expect(second.contains("\"index\":1"))
        #expect(second.contains("\"label\":\"negative\""))
        try stdin.fileHandleForWriting.close()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    @Test func copiedBinaryKeepsItsDefaults() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("verbatim")
        try FileManager.default.copyItem(at: CLIRunner.binary, to: copy)
        let outcome = try CLIRunner.run(["sentiment", "this is terrible 😡"], binary: copy)
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("\tnegative\t"))
        let report = try CLIRunner.run(["analyze", "-"], input: "late parcel again\nlate parcel again!\n", binary: copy)
        #expect(report.stdout.contains("stopwords removed"))
        #expect(!report.stdout.contains(" 0 stopwords"))
    }

    @Test func helpListsEveryOptionWithAnExample() throws {
        for command in ["analyze", "stream", "sentiment"] {
            let outcome = try CLIRunner.run([command, "--help"])
            #expect(outcome.status == 0)
            #expect(outcome.stdout.hasPrefix("OVERVIEW: "))
            for section in ["USAGE: verbatim \(command)", "OPTIONS:", "EXAMPLES:"] {
                #expect(outcome.stdout.contains(section), "\(command) help lacks \(section)")
            }
            for option in ["--format", "--text-column", "--lexicon", "--stopwords", "--strict"] {
                #expect(outcome.stdout.contains(option), "\(command) help lacks \(option)")
            }
        }
        let top = try CLIRunner.run(["help", "analyze"])
        #expect(top.stdout == (try CLIRunner.run(["analyze", "--help"])).stdout)
    }

    // MARK: Helpers

    static func object(_ line: Substring) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }

    /// The keys of a compact JSON object in the order written (top level or under `path`).
    static func keys(_ line: Substring, path: String? = nil) -> [String] {
        guard case .object(let members)? = try? JSONParser.parse(String(line)) else { return [] }
        if let path, case .object(let inner)? = members.first(where: { $0.key == path })?.value {
            return inner.map(\.key)
        }
        return members.map(\.key)
    }

    static func readLine(from handle: FileHandle) throws -> String {
        var bytes: [UInt8] = []
        while true {
            let chunk = handle.readData(ofLength: 1)
            if chunk.isEmpty || chunk.first == 0x0A { break }
            bytes.append(chunk.first!)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
