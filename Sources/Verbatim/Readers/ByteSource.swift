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

    /// Appends up to ``chunkSize`` bytes to `buffer`; returns false at end of input.
    public func read(into buffer: inout InputBuffer) throws(InputError) -> Bool {
        buffer.compact()
        let oldCount = buffer.bytes.count
        buffer.bytes.reserveCapacity(oldCount + Self.chunkSize)
        var got = 0
        while true {
            buffer.bytes.append(contentsOf: repeatElement(0, count: Self.chunkSize))
            got = buffer.bytes.withUnsafeMutableBufferPointer { all in
                Glibc.read(descriptor, all.baseAddress! + oldCount, Self.chunkSize)
            }
            if got < 0 && errno == EINTR {
                buffer.bytes.removeLast(Self.chunkSize)
                continue
            }
            break
        }
        buffer.bytes.removeLast(Self.chunkSize - max(got, 0))
        if got < 0 { throw .unreadable(path: path, reason: Self.describe(errno)) }
        return got > 0
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
