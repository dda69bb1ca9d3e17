#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A file or standard input, read in large chunks.
///
/// A read returns as soon as some bytes are available, so lines piped in one at a time reach
/// the pipeline at once.
public final class ByteSource {
    /// The path as the user gave it; `-` for standard input.
    public let path: String
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    /// Bytes asked for per read.
    public static let chunkSize = 1 << 20

    /// Opens `path` (`-` is standard input).
    public init(path: String) throws(InputError) {
        self.path = path
        if path == "-" {
            descriptor = 0
            ownsDescriptor = false
            return
        }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw .unreadable(path: path, reason: Self.describe(errno)) }
        var info = stat()
        if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            close(fd)
            throw .unreadable(path: path, reason: "is a directory, not a file")
        }
        descriptor = fd
        ownsDescriptor = true
    }

    deinit {
        if ownsDescriptor { close(descriptor) }
    }

    /// How the input is encoded: decided by its first bytes.
    private enum Encoding {
        case undetermined, utf8
        /// UTF-16 with a byte order mark: transcoded to UTF-8 as it is read.
        case utf16(bigEndian: Bool)
    }
    private var encoding = Encoding.undetermined
    /// UTF-16 bytes read but not yet transcoded: an odd byte, or a high surrogate awaiting its pair.
    private var pending: [UInt8] = []

    /// Appends up to ``chunkSize`` bytes of UTF-8 to `buffer`; returns false at end of input.
    ///
    /// Input that starts with a UTF-16 byte order mark (as Excel and Windows tools write) is
    /// transcoded to UTF-8; an unpaired surrogate or a trailing odd byte becomes U+FFFD.
    public func read(into buffer: inout InputBuffer) throws(InputError) -> Bool {
        buffer.compact()
        switch encoding {
        case .utf8:
            return try readChunk(appendingTo: &buffer.bytes) > 0
        case .undetermined:
            let start = buffer.bytes.count
            let got = try readChunk(appendingTo: &buffer.bytes)
            guard got >= 2, buffer.bytes[start] == 0xFF && buffer.bytes[start + 1] == 0xFE
                || buffer.bytes[start] == 0xFE && buffer.bytes[start + 1] == 0xFF
            else {
                encoding = .utf8
                return got > 0
            }
            let bigEndian = buffer.bytes[start] == 0xFE
            encoding = .utf16(bigEndian: bigEndian)
            pending = Array(buffer.bytes[(start + 2)...])
            buffer.bytes.removeSubrange(start...)
            Self.transcode(&pending, bigEndian: bigEndian, final: false, into: &buffer.bytes)
            return true
        case .utf16(let bigEndian):
            let got = try readChunk(appendingTo: &pending)
            Self.transcode(&pending, bigEndian: bigEndian, final: got == 0, into: &buffer.bytes)
            return got > 0
        }
    }

    /// Reads up to ``chunkSize`` bytes onto the end of `bytes`; returns how many (0 at the end).
    private func readChunk(appendingTo bytes: inout [UInt8]) throws(InputError) -> Int {
        let oldCount = bytes.count
        bytes.reserveCapacity(oldCount + Self.chunkSize)
        var got = 0
        while true {
            bytes.append(contentsOf: repeatElement(0, count: Self.chunkSize))
            got = bytes.withUnsafeMutableBufferPointer { all in
                Glibc.read(descriptor, all.baseAddress! + oldCount, Self.chunkSize)
            }
            if got < 0 && errno == EINTR {
                bytes.removeLast(Self.chunkSize)
                continue
            }
            break
        }
        bytes.removeLast(Self.chunkSize - max(got, 0))
        if got < 0 { throw .unreadable(path: path, reason: Self.describe(errno)) }
        return got
    }

    /// Transcodes the complete UTF-16 code units of `pending` to UTF-8 onto `out`, leaving an odd
    /// byte or an unfinished surrogate pair in `pending` unless `final`.
    ///
    /// - Complexity: O(n) in the bytes transcoded.
    static func transcode(_ pending: inout [UInt8], bigEndian: Bool, final: Bool, into out: inout [UInt8]) {
        var i = 0
        func unit(at k: Int) -> UInt32 {
            bigEndian ? UInt32(pending[k]) << 8 | UInt32(pending[k + 1]) : UInt32(pending[k + 1]) << 8 | UInt32(pending[k])
        }
        while i + 1 < pending.count {
            var scalar = unit(at: i)
            var width = 2
            if scalar >= 0xD800 && scalar <= 0xDBFF {
                if i + 3 < pending.count {
                    let low = unit(at: i + 2)
                    if low >= 0xDC00 && low <= 0xDFFF {
                        scalar = 0x10000 + (scalar - 0xD800) << 10 + (low - 0xDC00)
                        width = 4
                    } else {
                        scalar = 0xFFFD
                    }
                } else if !final {
                    break  // its pair may come with the next read
                } else {
                    scalar = 0xFFFD
                }
            } else if scalar >= 0xDC00 && scalar <= 0xDFFF {
                scalar = 0xFFFD
            }
            appendUTF8(scalar, to: &out)
            i += width
        }
        pending.removeSubrange(..<i)
        if final && !pending.isEmpty {
            out.append(contentsOf: [0xEF, 0xBF, 0xBD])  // a trailing odd byte
            pending.removeAll()
        }
    }

    /// Appends the UTF-8 form of scalar value `v` (not a surrogate).
    static func appendUTF8(_ v: UInt32, to out: inout [UInt8]) {
        switch v {
        case ..<0x80: out.append(UInt8(v))
        case ..<0x800: out.append(contentsOf: [0xC0 | UInt8(v >> 6), 0x80 | UInt8(v & 0x3F)])
        case ..<0x10000:
            out.append(contentsOf: [0xE0 | UInt8(v >> 12), 0x80 | UInt8(v >> 6 & 0x3F), 0x80 | UInt8(v & 0x3F)])
        default:
            out.append(contentsOf: [
                0xF0 | UInt8(v >> 18), 0x80 | UInt8(v >> 12 & 0x3F), 0x80 | UInt8(v >> 6 & 0x3F), 0x80 | UInt8(v & 0x3F),
            ])
        }
    }

    static func describe(_ code: Int32) -> String {
        switch code {
        case ENOENT: "no such file"
        case EACCES, EPERM: "permission denied"
        case EISDIR: "is a directory, not a file"
        default: String(cString: strerror(code))
        }
    }
}
