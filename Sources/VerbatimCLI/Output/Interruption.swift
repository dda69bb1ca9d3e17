#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif
import Dispatch
import Synchronization

/// What happens when the user presses Ctrl-C (SIGINT) or the run is terminated (SIGTERM, SIGHUP):
/// the temporary files of unfinished writes are removed, then the process ends by the same signal,
/// so the shell sees an interrupted command (status 130 for Ctrl-C) and no output file is left
/// half written. Files already renamed into place stay as they are.
///
/// Signals are received on a dispatch queue rather than in a signal handler, so the clean-up may
/// take a lock and call `unlink` while the main thread is busy or blocked in a read.
enum Interruption {
    /// Temporary paths of writes in progress (see ``AtomicFile``).
    static let pendingPaths = Mutex<Set<String>>([])

    /// The handled signals' dispatch sources, kept alive for the life of the process.
    private static let sources = Mutex<[any DispatchSourceSignal]>([])

    static let handledSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// Routes the handled signals to ``removePendingFilesAndExit(by:)``. Call once, early.
    static func install() {
        let queue = DispatchQueue(label: "verbatim.interruption")
        sources.withLock { sources in
            guard sources.isEmpty else { return }
            for number in handledSignals {
                signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
                source.setEventHandler { removePendingFilesAndExit(by: number) }
                source.resume()
                sources.append(source)
            }
        }
    }

    /// Notes `path` as a temporary file to remove if the run is interrupted.
    static func register(_ path: String) {
        _ = pendingPaths.withLock { $0.insert(path) }
    }

    /// Forgets `path` once it is renamed into place or removed.
    static func unregister(_ path: String) {
        _ = pendingPaths.withLock { $0.remove(path) }
    }

    /// Removes every registered temporary file; returns how many were removed.
    @discardableResult
    static func removePendingFiles() -> Int {
        pendingPaths.withLock { paths in
            let removed = paths.filter { unlink($0) == 0 }.count
            paths.removeAll()
            return removed
        }
    }

    /// Cleans up, then ends the process by `number` with its default action.
    private static func removePendingFilesAndExit(by number: Int32) -> Never {
        removePendingFiles()
        // Dispatch threads may block the signal: restore its default action and unblock it here.
        signal(number, SIG_DFL)
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, number)
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
        raise(number)
        _exit(128 + number)  // only if the default action did not end the process
    }
}
