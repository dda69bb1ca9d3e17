#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Buffered writes to a file descriptor, with the errors the contract names.
///
/// A closed pipe (EPIPE) becomes ``CLIError/brokenPipe`` (quiet exit 0); any other failure,
/// such as a full disk, becomes ``CLIError/output(path:reason:)`` (exit 74).
final class OutputSink {
    private let descriptor: Int32
    private let name: String
    private var buffer: [UInt8] = []
    private let capacity = 1 << 16

    init(descriptor: Int32, name: String) {
        self.descriptor = descriptor
        self.name = name
        buffer.reserveCapacity(capacity)
    }

    static func standardOutput() -> OutputSink { OutputSink(descriptor: 1, name: "standard output") }

    func write(_ text: String) throws(CLIError) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= capacity { try flush() }
    }

    func writeLine(_ text: String) throws(CLIError) {
        buffer.append(contentsOf: text.utf8)
        buffer.append(0x0A)
        if buffer.count >= capacity { try flush() }
    }

    /// Writes `bytes` as they are (already UTF-8, line feeds included).
    func write(bytes: [UInt8]) throws(CLIError) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= capacity { try flush() }
    }

    func flush() throws(CLIError) {
        var offset = 0
        while offset < buffer.count {
            let written = buffer.withUnsafeBytes { raw in
                Glibc.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
            }
            if written < 0 {
                let code = errno
                if code == EINTR { continue }
                buffer.removeAll()
                if code == EPIPE { throw .brokenPipe }
                throw .output(path: name, reason: String(cString: strerror(code)))
            }
            offset += written
        }
        buffer.removeAll(keepingCapacity: true)
    }
}

/// Writes a whole file through a temporary file in the same folder, renamed into place only when
/// complete, so a failed run never leaves half a report over a good one.
enum AtomicFile {
    static func write(_ text: String, to path: String) throws(CLIError) {
        try write(to: path) { (sink) throws(CLIError) in try sink.write(text) }
    }

    /// Writes what `body` sends to the sink into `path`, atomically.
    static func write(to path: String, _ body: (OutputSink) throws(CLIError) -> Void) throws(CLIError) {
        let folder = path.contains("/") ? String(path[..<path.lastIndex(of: "/")!]) : "."
        var template = Array("\(folder.isEmpty ? "/" : folder)/.verbatim-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw .output(path: path, reason: String(cString: strerror(errno))) }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let sink = OutputSink(descriptor: fd, name: path)
        do {
            try body(sink)
            try sink.flush()
        } catch {
            close(fd)
            unlink(temporary)
            throw error
        }
        fchmod(fd, 0o644)
        guard fsync(fd) == 0 || errno == EINVAL, close(fd) == 0 else {
            unlink(temporary)
            throw .output(path: path, reason: String(cString: strerror(errno)))
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw .output(path: path, reason: reason)
        }
    }
}

/// Standard error, for warnings and progress.
enum StandardError {
    static func write(_ text: String) {
        var bytes = Array(text.utf8)
        _ = bytes.withUnsafeMutableBytes { Glibc.write(2, $0.baseAddress!, $0.count) }
    }

    static var isTerminal: Bool { isatty(2) == 1 }
}
