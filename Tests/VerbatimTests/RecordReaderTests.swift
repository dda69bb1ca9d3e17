import Foundation
import Testing

@testable import Verbatim

/// ``RecordReader`` over real temporary files.
@Suite struct RecordReaderTests {
    @Test func severalFilesAreReadInOrderWithTheirOwnFormats() throws {
        let folder = try readerTestTemporaryFolder()
        defer { readerTestRemove(folder) }
        let csv = try readerTestWrite("id,text\n1,\"from csv, quoted\"\n2,second csv\n", named: "a.csv", in: folder)
        let jsonl = try readerTestWrite("{\"text\":\"from jsonl\",\"id\":3}\n\n{\"text\":\"second jsonl\",\"id\":4}\n", named: "b.jsonl", in: folder)
        let txt = try readerTestWrite("plain, with, commas\nlast line", named: "c.txt", in: folder)

        var reader = RecordReader(paths: [csv, jsonl, txt], selection: FieldSelection(id: .name("id")))
        let records = readerTestRecords(try readerTestReadAll(&reader))
        #expect(records.map(\.text) == ["from csv, quoted", "second csv", "from jsonl", "second jsonl", "plain, with, commas", "last line"])
        #expect(records.map(\.id) == ["1", "2", "3", "4", nil, nil])
        #expect(records.map(\.location) == [
            SourceLocation(file: csv, line: 2), SourceLocation(file: csv, line: 3),
            SourceLocation(file: jsonl, line: 1), SourceLocation(file: jsonl, line: 3),
            SourceLocation(file: txt, line: 1), SourceLocation(file: txt, line: 2),
        ])
    }

    @Test func filesWithoutAKnownExtensionAreSniffed() throws {
        let folder = try readerTestTemporaryFolder()
        defer { readerTestRemove(folder) }
        let jsonl = try readerTestWrite("{\"comment\":\"sniffed json\"}\n", named: "export1", in: folder)
        let csv = try readerTestWrite("id,review\n1,\"sniffed, csv\"\n", named: "export2.dat", in: folder)
        let tsv = try readerTestWrite("id\tfeedback\n1\tsniffed tsv\n", named: "export3", in: folder)
        let lines = try readerTestWrite("just prose, here\nand more\n", named: "export4", in: folder)

        var reader = RecordReader(paths: [jsonl, csv, tsv, lines])
        let events = try readerTestReadAll(&reader)
        #expect(readerTestSummary(events) == ["sniffed json@1", "sniffed, csv@2", "sniffed tsv@2", "just prose, here@1", "and more@2"])
    }

    @Test func sniffingHandlesAByteOrderMark() throws {
        let folder = try readerTestTemporaryFolder()
        defer { readerTestRemove(folder) }
        let path = try readerTestWrite([0xEF, 0xBB, 0xBF] + Array("ID,Text\r\n1,with bom\r\n".utf8), named: "bom-export", in: folder)
        var reader = RecordReader(paths: [path], selection: FieldSelection(id: .name("id")))
        let records = readerTestRecords(try readerTestReadAll(&reader))
        #expect(records.map(\.text) == ["with bom"])
        #expect(records.map(\.id) == ["1"])
    }

    @Test func explicitFormatOverridesTheExtension() throws {
        let folder = try readerTestTemporaryFolder()
        defer { readerTestRemove(folder) }
        let path = try readerTestWrite("id,text\n1,hello\n", named: "looks-like.txt", in: folder)
        var asCSV = RecordReader(paths: [path], format: .csv)
        #expect(readerTestSummary(try readerTestReadAll(&asCSV)) == ["hello@2"])
        var asLines = RecordReader(paths: [path], format: .lines)
        #expect(readerTestSummary(try readerTestReadAll(&asLines)) == ["id,text@1", "1,hello@2"])
    }

    @Test func malformedRecordsFlowThroughTheStream() throws {
        let folder = try readerTestTemporaryFolder()
        defer { readerTestRemove(folder) }
        let csv = try readerTestWrite("id,text\n1,ok\n2,too,many\n3,\"unterminated\n4,after\n", named: "bad.csv", in: folder)
        let jsonl = try readerTestWrite("{\"text\":\"fine\"}\n{broken\n", named: "bad.jsonl", in: folder)
        var reader = RecordReader(paths: [csv, jsonl])
        let events = try readerTestReadAll(&reader)
        #expect(readerTestSummary(events) == ["ok@2", "!3", "!4", "after@5", "fine@1", "!2"])
        #expect(readerTestMalformed(events).map(\.location.file) == [csv, csv, jsonl])
    }

    @Test func missingFileIsUnreadableWithItsPath() throws {
        let folder = try readerTestTemporaryFolder()
        defer { readerTestRemove(folder) }
        let missing = folder.appendingPathComponent("does-not-exist.csv").path
        var reader = RecordReader(paths: [missing])
        let error = readerTestInputError { () throws(InputError) in _ = try readerTestReadAll(&reader) }
        guard case .unreadable(let path, let reason) = error else {
            Issue.record("expected unreadable, got \(String(describing: error))")
            return
        }
        #expect(path == missing)
        #expect(reason == "no such file")
        #expect(error?.description.hasPrefix(missing) == true)
    }

    @Test func missingFileFailsCheckInputsBeforeAnyRecord() throws {
        let folder = try readerTestTemporaryFolder()
        defer { readerTestRemove(folder) }
        let good = try readerTestWrite("a comment\n", named: "good.txt", in: folder)
        let missing = folder.appendingPathComponent("missing.txt").path
        let reader = RecordReader(paths: [good, missing])
        let error = readerTestInputError { () throws(InputError) in try reader.checkInputs() }
        #expect(error == .unreadable(path: missing, reason: "no such file"))
        let fine = RecordReader(paths: [good])
        #expect(readerTestInputError { () throws(InputError) in try fine.checkInputs() } == nil)
    }

    @Test func missingSecondFileFailsAfterTheFirstFilesRecords() throws {
        let folder = try readerTestTemporaryFolder()
        defer { readerTestRemove(folder) }
        let good = try readerTestWrite("one\ntwo\n", named: "good.txt", in: folder)
        let missing = folder.appendingPathComponent("gone.txt").path
        var reader = RecordReader(paths: [good, missing])
        var texts: [String] = []
        let error = readerTestInputError { () throws(InputError) in
            while let event = try reader.next() {
                if case .record(let record) = event { texts.append(record.text) }
            }
        }
        #expect(texts == ["one", "two"])
        #expect(error == .unreadable(path: missing, reason: "no such file"))
    }

    @Test func directoryIsUnreadable() throws {
        let folder = try readerTestTemporaryFolder()
        defer { readerTestRemove(folder) }
        let directory = folder.appendingPathComponent("not-a-file.csv", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var reader = RecordReader(paths: [directory.path])
        let error = readerTestInputError { () throws(InputError) in _ = try readerTestReadAll(&reader) }
        guard case .unreadable(let path, let reason) = error else {
            Issue.record("expected unreadable, got \(String(describing: error))")
            return
        }
        #expect(path == directory.path)
        #expect(reason.contains("directory"))
        #expect(readerTestInputError { () throws(InputError) in try reader.checkInputs() } != nil)
    }

    @Test func badColumnsNamesTheFile() throws {
        let folder = try readerTestTemporaryFolder()
        defer { readerTestRemove(folder) }
        let path = try readerTestWrite("id,text\n1,hi\n", named: "cols.csv", in: folder)
        var reader = RecordReader(paths: [path], selection: FieldSelection(text: .name("body_text")))
        let error = readerTestInputError { () throws(InputError) in _ = try readerTestReadAll(&reader) }
        guard case .badColumns(let location, _) = error else {
            Issue.record("expected badColumns, got \(String(describing: error))")
            return
        }
        #expect(location == SourceLocation(file: path, line: 1))
    }

    @Test func emptyFileYieldsNothing() throws {
        let folder = try readerTestTemporaryFolder()
        defer { readerTestRemove(folder) }
        let empty = try readerTestWrite("", named: "empty", in: folder)
        let emptyCSV = try readerTestWrite("", named: "empty.csv", in: folder)
        let after = try readerTestWrite("after empties\n", named: "after.txt", in: folder)
        var reader = RecordReader(paths: [empty, emptyCSV, after])
        #expect(readerTestSummary(try readerTestReadAll(&reader)) == ["after empties@1"])
        #expect(try reader.next() == nil)
    }

    @Test func largeLinesFileIsReadCompletely() throws {
        let folder = try readerTestTemporaryFolder()
        defer { readerTestRemove(folder) }
        let count = 300_000
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count * 24)
        for n in 1...count { bytes.append(contentsOf: "comment number \(n)\n".utf8) }
        #expect(bytes.count > 4 * ByteSource.chunkSize)
        let path = try readerTestWrite(bytes, named: "large.txt", in: folder)

        var reader = RecordReader(paths: [path])
        var seen = 0
        var outOfOrder = 0
        var malformed = 0
        var last: InputRecord?
        while let event = try reader.next() {
            guard case .record(let record) = event else {
                malformed += 1
                continue
            }
            seen += 1
            if record.location.line != seen || record.text != "comment number \(seen)" { outOfOrder += 1 }
            last = record
        }
        #expect(seen == count)
        #expect(outOfOrder == 0)
        #expect(malformed == 0)
        #expect(last?.location.line == count)
        #expect(last?.text == "comment number \(count)")
        #expect(reader.bytesRead == bytes.count)
    }

    @Test func largeCSVWithAQuotedRecordAcrossTheChunkBoundaryIsReadCompletely() throws {
        let folder = try readerTestTemporaryFolder()
        defer { readerTestRemove(folder) }
        var text = "id,text\n"
        var n = 0
        while text.utf8.count < ByteSource.chunkSize - 200 {
            n += 1
            text += "\(n),row \(n)\n"
        }
        // A padding row places the first quote of `""` as the last byte of the first chunk, so
        // the quoted, two-line record with an escaped quote straddles the chunk boundary.
        let straddlerID = n + 2
        let straddler = "\(straddlerID),\"straddles \"\"the\"\", boundary\nsecond line\"\n"
        let quoteOffset = "\(straddlerID),\"straddles ".utf8.count
        n += 1
        let padBase = "\(n),pad \n".utf8.count
        let padLength = ByteSource.chunkSize - 1 - quoteOffset - text.utf8.count - padBase
        text += "\(n),pad " + String(repeating: "x", count: padLength) + "\n"
        let plainRows = n
        text += straddler
        let tailRows = 50_000
        for m in (straddlerID + 1)...(straddlerID + tailRows) { text += "\(m),tail \(m)\n" }
        let bytes = Array(text.utf8)
        try #require(bytes[ByteSource.chunkSize - 1] == UInt8(ascii: "\"") && bytes[ByteSource.chunkSize] == UInt8(ascii: "\""))
        let path = try readerTestWrite(bytes, named: "large.csv", in: folder)

        var reader = RecordReader(paths: [path], selection: FieldSelection(id: .name("id")))
        let events = try readerTestReadAll(&reader)
        let records = readerTestRecords(events)
        #expect(readerTestMalformed(events).isEmpty)
        #expect(records.count == plainRows + 1 + tailRows)
        let straddlerRecord = try #require(records.first { $0.id == String(straddlerID) })
        #expect(straddlerRecord.text == "straddles \"the\", boundary\nsecond line")
        #expect(straddlerRecord.location.line == 1 + plainRows + 1)
        let last = try #require(records.last)
        #expect(last.text == "tail \(straddlerID + tailRows)")
        // header + plain rows + the two-line record + every tail row.
        #expect(last.location.line == 1 + plainRows + 2 + tailRows)
        #expect(reader.bytesRead == bytes.count)
    }
}
