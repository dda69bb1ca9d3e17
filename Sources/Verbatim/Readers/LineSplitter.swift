#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds the comments of plain-text lines in a byte buffer, without copying them: the byte
/// path of ``LinesDecoder``, for callers that score bytes straight out of the read buffer.
///
/// Same rules as ``LinesDecoder``: LF or CRLF line ends, blank lines (only spaces and tabs)
/// skipped, a UTF-8 byte order mark at the start of the first line dropped. The bytes of a line
/// are not repaired: see ``UTF8Validation``.
public struct LineSplitter: Sendable {
    /// The start and end (exclusive) of one comment's bytes in the buffer.
    public struct Line: Sendable, Equatable {
        public var start: Int
        public var end: Int

        public init(start: Int, end: Int) {
            self.start = start
            self.end = end
        }

        public var count: Int { end - start }
    }

    private var isFirstLine = true
    /// Lines longer than this keep their first bytes only (cut at a character boundary), and
    /// the rest is skipped as it arrives, so memory stays bounded.
    public var maximumLineBytes = InputRecord.defaultMaximumBytes
    /// Whether the rest of an oversized line is being skipped.
    private var skipping = false
    /// How many lines were cut to ``maximumLineBytes``.
    public private(set) var truncatedLines = 0

    public init() {}

    /// Appends the complete lines of `buffer`'s unread bytes to `lines` and advances its
    /// ``InputBuffer/readerIndex`` past them; at end of input (`atEnd`) a last line without a
    /// line feed counts too.
    ///
    /// - Complexity: O(n) in the unread bytes.
    public mutating func split(_ buffer: inout InputBuffer, atEnd: Bool, into lines: inout [Line]) {
        let consumed = buffer.bytes.withUnsafeBufferPointer { all in
            split(all, from: buffer.readerIndex, atEnd: atEnd, into: &lines)
        }
        buffer.readerIndex = consumed
    }

    /// Appends the complete lines of `bytes[from...]` to `lines`; returns the index after the
    /// last line taken.
    ///
    /// - Complexity: O(n) in the bytes after `from`.
    public mutating func split(
        _ bytes: UnsafeBufferPointer<UInt8>, from: Int, atEnd: Bool, into lines: inout [Line]
    ) -> Int {
        guard let base = bytes.baseAddress else { return from }
        var start = from
        while start < bytes.count {
            let end: Int
            if let found = memchr(base + start, 0x0A, bytes.count - start) {
                end = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            } else if atEnd || skipping || bytes.count - start > maximumLineBytes {
                end = bytes.count
            } else {
                break
            }
            if skipping {
                skipping = end == bytes.count && !atEnd  // the line goes on in the next read
            } else if end - start > maximumLineBytes {
                let cut = UTF8Validation.boundary(in: bytes, atOrBefore: start + maximumLineBytes, notBefore: start)
                take(bytes, start: start, end: cut, into: &lines)
                truncatedLines += 1
                skipping = end == bytes.count && !atEnd
            } else {
                take(bytes, start: start, end: end, into: &lines)
            }
            start = end + 1
        }
        return min(start, bytes.count)
    }

    private mutating func take(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int, into lines: inout [Line]) {
        var start = start, stop = end
        if stop > start, bytes[stop - 1] == 0x0D { stop -= 1 }  // CRLF
        if isFirstLine {
            isFirstLine = false
            if stop - start >= 3, bytes[start] == 0xEF, bytes[start + 1] == 0xBB, bytes[start + 2] == 0xBF {
                start += 3  // UTF-8 byte order mark
            }
        }
        var i = start
        while i < stop, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
        if i < stop { lines.append(Line(start: start, end: stop)) }
    }
}

/// UTF-8 validity by the Unicode standard's well-formed byte sequences (Table 3-7): what
/// `String(decoding:as:)` keeps byte for byte and what it would repair with U+FFFD.
public enum UTF8Validation {
    /// The last index at or before `index` (and not before `lower`) that does not fall inside
    /// a multi-byte character, where `bytes` may be cut without splitting one.
    ///
    /// - Complexity: O(1): at most three steps back.
    public static func boundary(in bytes: UnsafeBufferPointer<UInt8>, atOrBefore index: Int, notBefore lower: Int) -> Int {
        var end = min(index, bytes.count)
        while end > lower, end < bytes.count, bytes[end] & 0xC0 == 0x80 { end -= 1 }
        return end
    }

    /// Whether `bytes` are well-formed UTF-8.
    ///
    /// - Complexity: O(n); ASCII runs are checked eight bytes at a time.
    public static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let n = bytes.count
        var i = 0
        while i < n {
            // ASCII fast path, a word at a time.
            while i + 8 <= n {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 != 0 { break }
                i += 8
            }
            guard i < n else { return true }
            let c = base[i]
            if c < 0x80 {
                i += 1
                continue
            }
            @inline(__always) func continuation(_ k: Int) -> Bool { i + k < n && base[i + k] & 0xC0 == 0x80 }
            switch c {
            case 0xC2...0xDF:
                guard continuation(1) else { return false }
                i += 2
            case 0xE0...0xEF:
                guard continuation(1), continuation(2) else { return false }
                let second = base[i + 1]
                if c == 0xE0 && second < 0xA0 { return false }  // overlong
                if c == 0xED && second > 0x9F { return false }  // surrogates
                i += 3
            case 0xF0...0xF4:
                guard continuation(1), continuation(2), continuation(3) else { return false }
                let second = base[i + 1]
                if c == 0xF0 && second < 0x90 { return false }  // overlong
                if c == 0xF4 && second > 0x8F { return false }  // beyond U+10FFFF
                i += 4
            default:
                return false
            }
        }
        return true
    }
}
