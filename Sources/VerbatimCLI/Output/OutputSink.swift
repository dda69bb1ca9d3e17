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
    ///
    /// Bytes that would fill the buffer anyway (a chunk of records) are written from where
    /// they are, after what the buffer holds, rather than copied into it first.
    func write(bytes: UnsafeBufferPointer<UInt8>) throws(CLIError) {
        guard buffer.count + bytes.count >= capacity else {
            buffer.append(contentsOf: bytes)
            return
        }
        try flush()
        if let error = writeAll(UnsafeRawBufferPointer(bytes)) { throw error }
    }

    func flush() throws(CLIError) {
        let error = buffer.withUnsafeBytes { writeAll($0) }
        buffer.removeAll(keepingCapacity: true)
        if let error { throw error }
    }

    /// Writes all of `raw` to the descriptor, again after a partial write or an interruption;
    /// returns the error that stopped it, if any.
    private func writeAll(_ raw: UnsafeRawBufferPointer) -> CLIError? {
        var offset = 0
        while offset < raw.count {
            let written = Glibc.write(descriptor, raw.baseAddress! + offset, raw.count - offset)
            if written < 0 {
                let code = errno
                if code == EINTR { continue }
                if code == EPIPE { return .brokenPipe }
                return .output(path: name, reason: String(cString: strerror(code)))
            }
            offset += written
        }
        return nil
    }
}

/// Writes a whole file through a temporary file in the same folder, renamed into place only when
/// complete, so a failed or interrupted run never leaves half a report over a good one.
enum AtomicFile {
    static func write(_ text: String, to path: String) throws(CLIError) {
        try write(to: path) { (sink) throws(CLIError) in try sink.write(text) }
    }

    /// Writes what `body` sends to the sink into `path`, atomically.
    static func write(to path: String, _ body: (OutputSink) throws(CLIError) -> Void) throws(CLIError) {
        var files = StagedFiles()
        try files.write(to: path, body)
        try files.commit()
    }
}

/// Several output files written completely under temporary names first, then renamed into place
/// one after the other, so a run that fails while writing leaves none of them changed: the
/// report, its JSON and the assignments of one run stay together.
///
/// Temporary files are registered with ``Interruption``, which removes them on Ctrl-C.
struct StagedFiles {
    private var staged: [(temporary: String, destination: String)] = []

    /// Writes `text` to a temporary file beside `path`.
    mutating func write(_ text: String, to path: String) throws(CLIError) {
        try write(to: path) { (sink) throws(CLIError) in try sink.write(text) }
    }

    /// Writes what `body` sends to the sink to a temporary file beside `path`, flushed to disk.
    /// On failure every file staged so far is removed.
    mutating func write(to path: String, _ body: (OutputSink) throws(CLIError) -> Void) throws(CLIError) {
        let folder = path.contains("/") ? String(path[..<path.lastIndex(of: "/")!]) : "."
        var template = Array("\(folder.isEmpty ? "/" : folder)/.verbatim-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else {
            let reason = String(cString: strerror(errno))
            discard()
            throw .output(path: path, reason: reason)
        }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        Interruption.register(temporary)
        staged.append((temporary, path))
        let sink = OutputSink(descriptor: fd, name: path)
        do {
            try body(sink)
            try sink.flush()
        } catch {
            close(fd)
            discard()
            throw error
        }
        fchmod(fd, 0o644)
        guard fsync(fd) == 0 || errno == EINVAL, close(fd) == 0 else {
            let reason = String(cString: strerror(errno))
            discard()
            throw .output(path: path, reason: reason)
        }
    }

    /// Renames every staged file into place, in the order they were written.
    mutating func commit() throws(CLIError) {
        while !staged.isEmpty {
            let (temporary, destination) = staged[0]
            guard rename(temporary, destination) == 0 else {
                let reason = String(cString: strerror(errno))
                discard()
                throw .output(path: destination, reason: reason)
            }
            Interruption.unregister(temporary)
            staged.removeFirst()
        }
    }

    /// Removes the staged temporary files; their destinations stay as they were.
    mutating func discard() {
        for (temporary, _) in staged {
            unlink(temporary)
            Interruption.unregister(temporary)
        }
        staged.removeAll()
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
