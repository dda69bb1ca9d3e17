// libFuzzer entry point over the readers, the tokenizer, the scorer and the report escaping.
// Compiled together with the library's sources by Tests/Fuzz/run.sh (not part of the package).

private let scorer = SentimentScorer()

@_cdecl("LLVMFuzzerTestOneInput")
public func verbatimFuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    // The tokenizer and the scorer on the raw bytes.
    var tokenized = TokenizedText()
    bytes.withUnsafeBufferPointer { Tokenizer().tokenize(bytes: $0, into: &tokenized) }
    _ = scorer.analyze(tokenized)
    // Every decoder, fed in two reads split where the first byte says, with a small size limit.
    let cut = bytes.isEmpty ? 0 : Int(bytes[0]) % (bytes.count + 1)
    for format in [InputFormat.lines, .csv, .tsv, .jsonl] {
        var decoder = format.decoder(file: "fuzz", selection: FieldSelection(), maximumCommentBytes: 64)
        var buffer = InputBuffer()
        var events: [ReadEvent] = []
        buffer.bytes.append(contentsOf: bytes[..<cut])
        try? decoder.decode(buffer: &buffer, into: &events)
        buffer.compact()
        buffer.bytes.append(contentsOf: bytes[cut...])
        try? decoder.decode(buffer: &buffer, into: &events)
        try? decoder.decodeLast(buffer: &buffer, into: &events)
        for case .record(let record) in events {
            _ = scorer.score(record.text)
            _ = MarkdownEscaping.inline(Redactor().redact(record.text), limit: 80)
        }
    }
    // UTF-16 transcoding and HTML references.
    var pending = bytes
    var out: [UInt8] = []
    ByteSource.transcode(&pending, bigEndian: size % 2 == 0, final: true, into: &out)
    _ = bytes.withUnsafeBufferPointer { HTMLEntities.decode($0) }
    return 0
}
