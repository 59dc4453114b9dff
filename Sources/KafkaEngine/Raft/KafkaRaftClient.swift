import NIOCore
import Synchronization

/// This node's replica of the metadata quorum (Kafka's `KafkaRaftClient` over `KafkaMetadataLog`):
/// the `__cluster_metadata-0` partition as a Storage `Log`, the `quorum-state` file, the current
/// leader and epoch, and the listeners the committed log is handed to.
///
/// A quorum of one is the same path as a larger one with no peers to wait for: `start()` becomes
/// candidate in the next epoch, wins its own vote, writes `quorum-state` and the
/// `LeaderChangeMessage` control batch, and from then on an append is committed once it is on
/// disk (the majority of one has it), so the high watermark follows the flushed log end.
///
/// Invariants:
/// - Listeners see every committed batch exactly once, in offset order, never concurrently: the
///   whole log at `start()`, then each append before `append` returns.
/// - Only the leader appends, with batches stamped with its epoch; the epoch in `quorum-state` is
///   never behind any epoch in the log.
/// - `highWatermark` ≤ the flushed log end offset.
package final class KafkaRaftClient: Sendable {
    package static let metadataTopicPartition = TopicPartition("__cluster_metadata", 0)
    /// Kafka's `Uuid.METADATA_TOPIC_ID`, written to the partition's `partition.metadata`.
    package static let metadataTopicId = KafkaUUID.one
    /// Kafka's `KafkaRaftClient.MAX_BATCH_SIZE_BYTES`.
    package static let maxBatchSizeBytes: Int32 = 8 * 1024 * 1024

    package let nodeId: Int32
    package let voters: [Int32]
    package let clusterId: String
    package let log: Log
    let quorumStateFile: QuorumStateFile
    let clock: any KafkaClock

    private struct Quorum {
        var leaderId: Int32?
        var epoch: Int32
        var listeners: [any RaftListener] = []
        var isStarted = false
        var isShutDown = false
    }

    /// What readers see: leader, epoch, listeners and lifecycle flags. Held only to copy or set.
    private let quorum: Mutex<Quorum>
    /// Serialises start-up and appends with their delivery to listeners, so commits reach
    /// listeners one at a time and in offset order.
    private let writeLock = Mutex(())

    private init(
        nodeId: Int32, voters: [Int32], clusterId: String, log: Log, quorumStateFile: QuorumStateFile,
        clock: any KafkaClock, stored: QuorumState?
    ) {
        self.nodeId = nodeId
        self.voters = voters
        self.clusterId = clusterId
        self.log = log
        self.quorumStateFile = quorumStateFile
        self.clock = clock
        let epoch = max(stored?.leaderEpoch ?? 0, log.latestEpoch ?? 0)
        let leader = stored.flatMap { $0.leaderId >= 0 && $0.leaderEpoch == epoch ? $0.leaderId : nil }
        self.quorum = Mutex(Quorum(leaderId: leader, epoch: epoch))
    }

    /// Opens (creating when missing) `<logDir>/__cluster_metadata-0` and its `quorum-state`.
    /// `logDir` is `metadata.log.dir`, or the first of `log.dirs`; `voters` are the ids of
    /// `controller.quorum.voters`.
    /// - Throws: `RaftError.log` when the log cannot be opened or recovered, `unsupportedQuorum` when
    ///   this node is not among the voters.
    package static func open(
        nodeId: Int32, voters: [Int32], logDir: String, clusterId: String, clock: any KafkaClock
    ) throws -> KafkaRaftClient {
        guard voters.contains(nodeId) else {
            throw RaftError.unsupportedQuorum(
                "Node \(nodeId) is not a voter of the metadata quorum \(voters); observers are not supported")
        }
        let directory = StorageFile.join(logDir, metadataTopicPartition.description)
        var config = LogConfig.defaults
        config.maxMessageBytes = maxBatchSizeBytes
        let log: Log
        do {
            log = try Log.open(
                directory: directory, config: config, clock: clock, highWatermarkFollowsLogEnd: false,
                producerState: .disabled)
        } catch {
            throw RaftError.log("Cannot open the metadata log in \(directory): \(error)")
        }
        let partitionMetadata = PartitionMetadataFile(logDirectory: directory)
        if !partitionMetadata.exists {
            try partitionMetadata.record(metadataTopicId)
            try partitionMetadata.maybeFlush()
        }
        let stateFile = QuorumStateFile(directory: directory)
        let stored = try stateFile.read()
        return KafkaRaftClient(
            nodeId: nodeId, voters: voters, clusterId: clusterId, log: log, quorumStateFile: stateFile, clock: clock,
            stored: stored)
    }

    // MARK: State

    package var leaderAndEpoch: (leaderId: Int32?, epoch: Int32) {
        quorum.withLock { ($0.leaderId, $0.epoch) }
    }

    package var isLeader: Bool { quorum.withLock { $0.leaderId == nodeId && $0.isStarted && !$0.isShutDown } }

    /// Every offset below it is committed.
    package var highWatermark: Int64 { log.highWatermark }

    /// The offset the next appended record gets.
    package var logEndOffset: Int64 { log.logEndOffset }

    /// Adds a listener. Register before `start()` to see the whole log replayed.
    package func register(_ listener: any RaftListener) {
        quorum.withLock { $0.listeners.append(listener) }
    }

    // MARK: Start-up

    /// Becomes leader of the next epoch (the only voter wins its own election), records it in
    /// `quorum-state`, appends the `LeaderChangeMessage` control batch, commits everything on
    /// disk and replays it to the listeners. Does nothing when already started.
    package func start() async throws {
        try writeLock.withLock { _ throws in
            let (started, shutDown) = quorum.withLock { ($0.isStarted, $0.isShutDown) }
            if shutDown { throw RaftError.shutDown }
            if started { return }
            guard voters == [nodeId] else {
                throw RaftError.unsupportedQuorum(
                    "Elections among \(voters.count) voters need a transport; only a quorum of one is supported")
            }
            let epoch = quorum.withLock { $0.epoch } + 1
            // Candidate, then leader: the vote is our own, so only the outcome is stored.
            try quorumStateFile.write(
                QuorumState(
                    clusterId: "", leaderId: nodeId, leaderEpoch: epoch, votedId: QuorumState.notVoted,
                    currentVoters: voters))
            quorum.withLock {
                $0.leaderId = nodeId
                $0.epoch = epoch
            }
            let batch = try Self.leaderChangeBatch(
                baseOffset: log.logEndOffset, epoch: epoch, leaderId: nodeId, voters: voters,
                timestamp: clock.milliseconds())
            try commit(batch.buffer, epoch: epoch)
            let listeners = quorum.withLock { state -> [any RaftListener] in
                state.isStarted = true
                return state.listeners
            }
            for listener in listeners { listener.handleLeaderChange(leaderId: nodeId, epoch: epoch) }
            try deliver(from: log.logStartOffset, to: listeners)
        }
    }

    /// Kafka's `MemoryRecords.withLeaderChangeMessage`: a control batch with one LEADER_CHANGE
    /// record whose value is `LeaderChangeMessage` v0 (every voter granted: a quorum of one).
    static func leaderChangeBatch(
        baseOffset: Int64, epoch: Int32, leaderId: Int32, voters: [Int32], timestamp: Int64
    ) throws -> RecordBatch {
        var message = LeaderChangeMessage()
        message.version = 0
        message.leaderId = leaderId
        message.voters = voters.map { id in
            var voter = LeaderChangeMessage.Voter()
            voter.voterId = id
            return voter
        }
        message.grantingVoters = message.voters
        let value = try message.encoded(version: 0)
        var builder = RecordBatchBuilder(
            baseOffset: baseOffset, isControlBatch: true, partitionLeaderEpoch: epoch, initialCapacity: 128)
        try builder.appendControlRecord(timestamp: timestamp, type: .leaderChange, value: value)
        guard let batch = try builder.build() else { throw RaftError.log("Empty leader change batch") }
        return batch
    }

    // MARK: Appending

    /// Appends `records` as one batch in the current epoch and commits it: flushed, high
    /// watermark moved past it, and handed to every listener before this returns. Returns the
    /// offset of the last record.
    /// - Throws: `RaftError.notLeader` when this node does not lead, `.shutDown`, `.log` for a
    ///   storage failure or a record that does not encode.
    @discardableResult
    package func append(_ records: [MetadataRecord]) async throws -> Int64 {
        try appendSynchronously(records)
    }

    /// `append` without suspending: the controller validates and writes in one step of its actor,
    /// so no other operation sees the state between them.
    @discardableResult
    package func appendSynchronously(_ records: [MetadataRecord]) throws -> Int64 {
        try writeLock.withLock { _ throws -> Int64 in
            let state = quorum.withLock { ($0.leaderId, $0.epoch, $0.isStarted, $0.isShutDown) }
            if state.3 { throw RaftError.shutDown }
            guard state.2, state.0 == nodeId else { throw RaftError.notLeader(leaderId: state.0, epoch: state.1) }
            guard !records.isEmpty else { return log.logEndOffset - 1 }
            let epoch = state.1
            let baseOffset = log.logEndOffset
            let now = clock.milliseconds()
            var builder = RecordBatchBuilder(
                baseOffset: baseOffset, partitionLeaderEpoch: epoch, initialCapacity: 64 * records.count + 128)
            for record in records {
                try builder.append(timestamp: now, key: nil, value: try record.encoded())
            }
            guard let batch = try builder.build() else { throw RaftError.log("Empty metadata batch") }
            try commit(batch.buffer, epoch: epoch)
            let committed = CommittedMetadataBatch(
                baseOffset: baseOffset, lastOffset: batch.lastOffset, epoch: epoch, appendTimestamp: batch.maxTimestamp,
                sizeInBytes: batch.sizeInBytes, isControl: false, records: records, highWatermark: log.highWatermark)
            for listener in quorum.withLock({ $0.listeners }) { listener.handleCommit(committed) }
            return batch.lastOffset
        }
    }

    /// Appends a batch the leader built, flushes it and moves the high watermark to the log end:
    /// with one voter, on disk here is on a majority.
    private func commit(_ batch: ByteBuffer, epoch: Int32) throws {
        do {
            try log.appendAsLeader(batch, leaderEpoch: epoch, origin: .raftLeader)
            try log.flush()
        } catch {
            throw RaftError.log("Cannot append to the metadata log: \(error)")
        }
        log.updateHighWatermark(log.logEndOffset)
    }

    /// Reads the committed log from `offset` and hands each batch to `listeners`.
    private func deliver(from offset: Int64, to listeners: [any RaftListener]) throws {
        let highWatermark = log.highWatermark
        var next = offset
        while next < highWatermark {
            let bytes: ByteBuffer
            do {
                let data = try log.read(
                    startOffset: next, maxLength: 1 << 20, isolation: .highWatermark, minOneMessage: true)
                guard let slice = data.records, slice.length > 0 else { break }
                bytes = try slice.readBytes()
            } catch {
                throw RaftError.log("Cannot read the metadata log at offset \(next): \(error)")
            }
            var iterator = RecordBatchIterator(bytes)
            var progressed = false
            while let batch = iterator.next() {
                guard batch.lastOffset >= next else { continue }
                let committed = try Self.decode(batch, highWatermark: highWatermark)
                for listener in listeners { listener.handleCommit(committed) }
                next = batch.nextOffset
                progressed = true
            }
            if !progressed { break }
        }
    }

    /// A batch of the log as listeners receive it; control batches carry no records.
    static func decode(_ batch: RecordBatch, highWatermark: Int64) throws -> CommittedMetadataBatch {
        var records: [MetadataRecord] = []
        if !batch.isControlBatch {
            do {
                try batch.validate()
                for record in try batch.records(maxDecompressedBytes: Int(maxBatchSizeBytes) * 4) {
                    guard let value = record.value else {
                        throw RaftError.log("Metadata record at offset \(record.offset) has no value")
                    }
                    records.append(try MetadataRecord(decoding: value))
                }
            } catch let error as RaftError {
                throw error
            } catch {
                throw RaftError.log("Cannot decode the metadata batch at offset \(batch.baseOffset): \(error)")
            }
        }
        return CommittedMetadataBatch(
            baseOffset: batch.baseOffset, lastOffset: batch.lastOffset, epoch: batch.partitionLeaderEpoch,
            appendTimestamp: batch.maxTimestamp, sizeInBytes: batch.sizeInBytes, isControl: batch.isControlBatch,
            records: records, highWatermark: highWatermark)
    }

    // MARK: Shutdown

    /// Stops appends and closes the log (flushed). Idempotent.
    package func shutdown() {
        writeLock.withLock { _ in
            let wasShutDown = quorum.withLock { state -> Bool in
                defer { state.isShutDown = true }
                return state.isShutDown
            }
            if !wasShutDown { try? log.close() }
        }
    }
}
