import Synchronization

/// A change of the metadata image, as handed to publishers: the image before and after. Publishers
/// compute what concerns them (a partition whose leader became this node, a deleted topic) by
/// comparing the two, so they never depend on how the change was replayed.
package struct MetadataUpdate: Sendable {
    package var previous: MetadataImage
    package var image: MetadataImage
    /// True for the first update after start-up: `image` is the whole replayed log.
    package var isInitialLoad: Bool

    package init(previous: MetadataImage, image: MetadataImage, isInitialLoad: Bool) {
        self.previous = previous
        self.image = image
        self.isInitialLoad = isInitialLoad
    }
}

/// Something on the broker that follows the metadata log (the replica manager, the metadata cache,
/// the config manager). Called in commit order, one update at a time, never concurrently.
package protocol MetadataPublisher: AnyObject, Sendable {
    var name: String { get }
    func onMetadataUpdate(_ update: MetadataUpdate)
}

/// The broker's current metadata image, swapped atomically by the loader. Request handlers read it;
/// `waitForOffset` lets a caller that just committed records wait until the image includes them.
package final class MetadataCache: MetadataPublisher, Sendable {
    private struct State {
        var image: MetadataImage = .empty
        var waiters: [(offset: Int64, continuation: CheckedContinuation<Void, Never>)] = []
    }

    private let state = Mutex(State())

    package init() {}

    package var name: String { "MetadataCache" }

    package var image: MetadataImage { state.withLock { $0.image } }

    package func onMetadataUpdate(_ update: MetadataUpdate) {
        let ready = state.withLock { state -> [CheckedContinuation<Void, Never>] in
            state.image = update.image
            var ready: [CheckedContinuation<Void, Never>] = []
            state.waiters.removeAll { waiter in
                guard waiter.offset <= update.image.offset else { return false }
                ready.append(waiter.continuation)
                return true
            }
            return ready
        }
        for continuation in ready { continuation.resume() }
    }

    /// Returns once the image has replayed `offset` (at once when it already has).
    package func waitForOffset(_ offset: Int64) async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let resumeNow = state.withLock { state -> Bool in
                if state.image.offset >= offset { return true }
                state.waiters.append((offset, continuation))
                return false
            }
            if resumeNow { continuation.resume() }
        }
    }
}
