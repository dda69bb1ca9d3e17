#if canImport(Dispatch)
import Dispatch
#endif

/// A chunk being annotated on another thread: its worker goes with it and comes back with it.
///
/// `@unchecked Sendable`: `result` is written once, by the job, before it leaves the group, and
/// read (and cleared) only by ``take()`` after it has seen the group empty, so the write happens
/// before the read. Only the thread that started the job takes its result.
final class ChunkJob: @unchecked Sendable {
    #if canImport(Dispatch)
    private let group = DispatchGroup()
    #endif
    private var result: (chunk: AnnotatedChunk, worker: AnnotationWorker)?

    /// Starts annotating `events` with `worker` on a global concurrent queue (on the calling
    /// thread where Dispatch is missing).
    init(events: [ReadEvent], worker: AnnotationWorker) {
        #if canImport(Dispatch)
        group.enter()
        DispatchQueue.global().async { [self] in
            var worker = worker
            let chunk = worker.annotate(events)
            result = (chunk, worker)
            group.leave()
        }
        #else
        var worker = worker
        result = (worker.annotate(events), worker)
        #endif
    }

    /// The annotated chunk and its worker, once the job is done; moved out, so that the worker's
    /// tables are not shared (and copied on the next write). Called once.
    ///
    /// - Complexity: blocks until the job is done.
    func take() -> (chunk: AnnotatedChunk, worker: AnnotationWorker) {
        #if canImport(Dispatch)
        group.wait()
        #endif
        defer { result = nil }
        return result!
    }
}
