#if canImport(Dispatch)
import Dispatch
#endif

/// A chunk being annotated on another thread: its worker goes with it and comes back with it.
///
/// `@unchecked Sendable`: `worker` is set before the job is queued and taken by the job;
/// `result` is written once, by the job, before it leaves the group, and
/// read (and cleared) only by ``take()`` after it has seen the group empty, so the write happens
/// before the read. Only the thread that started the job takes its result.
final class ChunkJob: @unchecked Sendable {
    #if canImport(Dispatch)
    private let group = DispatchGroup()
    #endif
    private var result: (chunk: AnnotatedChunk, worker: AnnotationWorker)?
    /// The worker, until the job takes it: held here rather than captured, so that the job owns
    /// it alone and its tables are not copied on the first write.
    private var worker: AnnotationWorker?

    /// One thread's worth of annotation: jobs on one lane run one after the other.
    struct Lane: Sendable {
        #if canImport(Dispatch)
        let queue = DispatchQueue(label: "verbatim.annotation")
        #endif
    }

    /// Starts annotating `events` with `worker` on `lane` (on the calling thread where Dispatch
    /// is missing).
    init(events: [ReadEvent], worker: AnnotationWorker, lane: Lane) {
        self.worker = worker
        #if canImport(Dispatch)
        group.enter()
        lane.queue.async { [self] in
            run(events)
            group.leave()
        }
        #else
        run(events)
        #endif
    }

    private func run(_ events: [ReadEvent]) {
        var worker = self.worker.take()!
        let chunk = worker.annotate(events)
        result = (chunk, worker)
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
