import Synchronization

/// The active controller's own view of the committed metadata log: a `RaftListener` that replays
/// every committed batch into an image. Kafka's rule holds: the controller's state changes only by
/// replaying a committed record, never when an operation decides to write one.
final class ControllerMetadataView: RaftListener {
    private let current: Mutex<MetadataImage>

    init(clusterId: String) {
        var image = MetadataImage()
        image.clusterId = clusterId
        current = Mutex(image)
    }

    var image: MetadataImage { current.withLock { $0 } }

    func handleCommit(_ batch: CommittedMetadataBatch) {
        current.withLock { image in
            var delta = MetadataDelta(image: image)
            MetadataLoader.replay(batch, into: &delta)
            image = delta.apply()
        }
    }

    func handleLeaderChange(leaderId: Int32?, epoch: Int32) {}
}
