import Synchronization

/// Turns the committed metadata log into images for the broker (Kafka's `MetadataLoader`): each
/// committed batch is replayed into a `MetadataDelta`, applied, and the new image handed to every
/// publisher. The log replayed at start-up is published once, as one update with
/// `isInitialLoad` set, when the loader has caught up with the high watermark.
///
/// Invariants: publishers are called in commit order, one update at a time; a publisher installed
/// after the initial load first receives the whole current image as its own initial load.
package final class MetadataLoader: RaftListener {
    private struct Published {
        var publishers: [any MetadataPublisher]
        /// Batches replayed before the initial load was published.
        var pending: MetadataDelta?
        var hasPublishedInitialLoad = false
    }

    /// Held while publishing, so publishers never run concurrently.
    private let published: Mutex<Published>
    /// The latest published image, for readers.
    private let current: Mutex<MetadataImage>
    private let leader: Mutex<(leaderId: Int32?, epoch: Int32)> = Mutex((nil, -1))

    package init(publishers: [any MetadataPublisher] = [], clusterId: String = "") {
        var image = MetadataImage()
        image.clusterId = clusterId
        self.current = Mutex(image)
        self.published = Mutex(Published(publishers: publishers, pending: MetadataDelta(image: image)))
    }

    /// The last image handed to publishers.
    package var image: MetadataImage { current.withLock { $0 } }

    /// Whether the log replayed at start-up has been published.
    package var hasPublishedInitialLoad: Bool { published.withLock { $0.hasPublishedInitialLoad } }

    /// The metadata quorum's leader as last announced.
    package var leaderAndEpoch: (leaderId: Int32?, epoch: Int32) { leader.withLock { $0 } }

    /// Adds a publisher; once the initial load is out it gets the current image as its own.
    package func install(_ publisher: any MetadataPublisher) {
        published.withLock { state in
            state.publishers.append(publisher)
            if state.hasPublishedInitialLoad {
                let image = current.withLock { $0 }
                publisher.onMetadataUpdate(MetadataUpdate(previous: .empty, image: image, isInitialLoad: true))
            }
        }
    }

    package func handleCommit(_ batch: CommittedMetadataBatch) {
        published.withLock { state in
            var delta = state.pending ?? MetadataDelta(image: current.withLock { $0 })
            Self.replay(batch, into: &delta)
            if state.hasPublishedInitialLoad {
                publish(delta, isInitialLoad: false, to: state.publishers)
                return
            }
            if batch.lastOffset + 1 >= batch.highWatermark {
                state.pending = nil
                state.hasPublishedInitialLoad = true
                publish(delta, isInitialLoad: true, to: state.publishers)
            } else {
                state.pending = delta
            }
        }
    }

    package func handleLeaderChange(leaderId: Int32?, epoch: Int32) {
        leader.withLock { $0 = (leaderId, epoch) }
    }

    static func replay(_ batch: CommittedMetadataBatch, into delta: inout MetadataDelta) {
        var offset = batch.baseOffset
        for record in batch.records {
            delta.replay(record, offset: offset, epoch: batch.epoch)
            offset += 1
        }
        delta.advance(offset: batch.lastOffset, epoch: batch.epoch)
    }

    private func publish(_ delta: MetadataDelta, isInitialLoad: Bool, to publishers: [any MetadataPublisher]) {
        let image = delta.apply()
        current.withLock { $0 = image }
        let update = MetadataUpdate(previous: delta.base, image: image, isInitialLoad: isInitialLoad)
        for publisher in publishers { publisher.onMetadataUpdate(update) }
    }
}
