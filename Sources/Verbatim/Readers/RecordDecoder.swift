/// Turns bytes into records, one input format each.
///
/// Modelled on swift-nio's `ByteToMessageDecoder`: ``decode(buffer:into:)`` takes every complete
/// record at the front of the buffer and leaves a partial one for later; at end of input,
/// ``decodeLast(buffer:into:)`` must take what is left (a last line without a newline, an
/// unterminated quote that becomes a malformed record).
public protocol RecordDecoder: Sendable {
    /// Decodes the complete records at the front of `buffer`.
    mutating func decode(buffer: inout InputBuffer, into events: inout [ReadEvent]) throws(InputError)
    /// Decodes whatever remains at end of input.
    mutating func decodeLast(buffer: inout InputBuffer, into events: inout [ReadEvent]) throws(InputError)
}

/// Decoders that read line by line share the search for line ends.
///
/// A line longer than ``maximumLineBytes`` is never held whole: its first bytes go to
/// ``decodeOversizedLine(_:into:)`` and the rest is skipped as it arrives, so memory stays
/// bounded even for a 100 MB line without a line break.
protocol LineDecoder: RecordDecoder {
    /// The 1-based number of the next line.
    var lineNumber: Int { get set }
    /// The longest line decoded whole.
    var maximumLineBytes: Int { get }
    /// Whether the rest of an oversized line is being skipped.
    var skippingLine: Bool { get set }
    /// Decodes one line, without its line break.
    mutating func decodeLine(_ line: UnsafeBufferPointer<UInt8>, into events: inout [ReadEvent]) throws(InputError)
    /// Decodes the first ``maximumLineBytes`` bytes of a longer line (cut at a character boundary).
    mutating func decodeOversizedLine(_ prefix: UnsafeBufferPointer<UInt8>, into events: inout [ReadEvent])
}

extension LineDecoder {
    public mutating func decode(buffer: inout InputBuffer, into events: inout [ReadEvent]) throws(InputError) {
        while true {
            let newline = buffer.firstIndex(of: 0x0A, from: buffer.readerIndex)
            if skippingLine {
                guard let newline else {
                    buffer.readerIndex = buffer.bytes.count  // dropped: the line was already cut
                    return
                }
                buffer.readerIndex = newline + 1
                skippingLine = false
                lineNumber += 1
                continue
            }
            guard let newline else {
                if buffer.readableCount > maximumLineBytes { cutOversizedLine(buffer: &buffer, into: &events) }
                return
            }
            if newline - buffer.readerIndex > maximumLineBytes {
                cutOversizedLine(buffer: &buffer, into: &events)
                continue
            }
            try emitLine(buffer: &buffer, upTo: newline, into: &events)
            buffer.readerIndex = newline + 1
        }
    }

    public mutating func decodeLast(buffer: inout InputBuffer, into events: inout [ReadEvent]) throws(InputError) {
        try decode(buffer: &buffer, into: &events)
        if skippingLine {
            buffer.readerIndex = buffer.bytes.count
            skippingLine = false
            lineNumber += 1
        } else if buffer.readableCount > 0 {
            try emitLine(buffer: &buffer, upTo: buffer.bytes.count, into: &events)
            buffer.readerIndex = buffer.bytes.count
        }
    }

    /// Hands the first ``maximumLineBytes`` of the line at the reader index to
    /// ``decodeOversizedLine(_:into:)`` and starts skipping the rest.
    private mutating func cutOversizedLine(buffer: inout InputBuffer, into events: inout [ReadEvent]) {
        var start = buffer.readerIndex
        let count = buffer.bytes.count
        if lineNumber == 1, start + 3 <= count, buffer.bytes[start] == 0xEF, buffer.bytes[start + 1] == 0xBB,
            buffer.bytes[start + 2] == 0xBF
        {
            start += 3
        }
        buffer.bytes.withUnsafeBufferPointer { all in
            let end = UTF8Validation.boundary(in: all, atOrBefore: start + maximumLineBytes, notBefore: start)
            decodeOversizedLine(UnsafeBufferPointer(rebasing: all[start..<end]), into: &events)
        }
        buffer.readerIndex += maximumLineBytes
        skippingLine = true
    }

    private mutating func emitLine(buffer: inout InputBuffer, upTo end: Int, into events: inout [ReadEvent]) throws(InputError) {
        var start = buffer.readerIndex
        var stop = end
        if stop > start, buffer.bytes[stop - 1] == 0x0D { stop -= 1 }  // CRLF
        if lineNumber == 1, stop - start >= 3, buffer.bytes[start] == 0xEF, buffer.bytes[start + 1] == 0xBB,
            buffer.bytes[start + 2] == 0xBF
        {
            start += 3  // UTF-8 byte order mark
        }
        let line = Array(buffer.bytes[start..<stop])
        try line.withUnsafeBufferPointer { (bytes) throws(InputError) in try decodeLine(bytes, into: &events) }
        lineNumber += 1
    }
}

extension UnsafeBufferPointer where Element == UInt8 {
    /// Whether the bytes are only spaces and tabs.
    var isBlank: Bool { allSatisfy { $0 == 0x20 || $0 == 0x09 } }
}
