import Synchronization

extension Log {
    // MARK: Producer state kept by a ProducerStateManager

    /// The log's `ProducerStateManager`, when it keeps one (`LogProducerStateOption.manager`, the
    /// default of `Log.open`).
    package var managedProducerState: ManagedProducerState? { producerState as? ManagedProducerState }

    /// The first offset of the oldest transaction still holding back the last stable offset (Kafka's
    /// `UnifiedLog.firstUnstableOffset`); nil when none does.
    package var firstUnstableOffset: Int64? { producerState?.firstUnstableOffset?.messageOffset }

    /// Kafka's flush task after a roll: the producer snapshots written by the roll are fsynced, then
    /// the rolled segments, which moves the recovery point to the new segment's base offset. The log
    /// manager's flusher runs this for every log.
    package func flushRolledSegmentsAndSnapshots() throws(LogError) {
        if let managed = managedProducerState {
            try storage { () throws(StorageError) in try managed.flushSnapshots() }
        }
        try flushRolledSegments()
    }

    /// After the recovery point was checkpointed, the producer snapshots that recovery can no longer
    /// need go (Kafka's `deleteSnapshotsAfterRecoveryPointCheckpoint`): those below the segment
    /// holding the recovery point and below the segment before the active one. Returns that offset.
    @discardableResult
    package func deleteSnapshotsAfterRecoveryPointCheckpoint() throws(LogError) -> Int64? {
        guard let managed = managedProducerState else { return nil }
        return try writer.withLock { (_) throws(LogError) -> Int64? in
            let current = view.withLock { $0 }
            guard !current.isClosed else { return nil }
            let segments = current.segments
            let active = current.activeSegment
            // Kafka's `lowerSegment(offset)`: the last segment starting strictly below `offset`.
            func lowerSegmentBase(_ offset: Int64) -> Int64? { segments.last { $0.baseOffset < offset }?.baseOffset }
            let twoSegmentsMinOffset = lowerSegmentBase(active.baseOffset) ?? active.baseOffset
            let recoveryPointOffset = lowerSegmentBase(current.recoveryPoint) ?? active.baseOffset
            let minOffsetToRetain = min(recoveryPointOffset, twoSegmentsMinOffset)
            try storage { () throws(StorageError) in try managed.deleteSnapshotsBefore(minOffsetToRetain) }
            return minOffsetToRetain
        }
    }

    /// Forgets producers idle for `producer.id.expiration.ms` without an open transaction (Kafka's
    /// periodic producer expiration check, under the log's lock).
    package func removeExpiredProducers(now: Int64? = nil) {
        guard let managed = managedProducerState else { return }
        let now = now ?? clock.milliseconds()
        writer.withLock { _ in managed.removeExpiredProducers(currentTimeMs: now) }
    }
}
