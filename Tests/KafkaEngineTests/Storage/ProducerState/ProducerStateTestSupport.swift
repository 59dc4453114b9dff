import Foundation
import NIOCore
import Testing

@testable import KafkaEngine

/// A `ProducerStateManager` over a temporary directory with a manual clock, and the append helpers
/// of Kafka's ProducerStateManagerTest.
struct ProducerStateHarness {
    static let partition = TopicPartition("test", 0)
    static let maxTransactionTimeoutMs: Int64 = 5 * 60 * 1000
    static let lateTransactionTimeoutMs = maxTransactionTimeoutMs + ProducerStateManager.lateTransactionBufferMs

    let dir: String
    let clock: ManualClock
    let manager: ProducerStateManager

    init(dir: String, clock: ManualClock = ManualClock()) throws {
        self.dir = dir
        self.clock = clock
        self.manager = try Self.newManager(dir: dir, clock: clock)
    }

    static func newManager(dir: String, clock: ManualClock) throws -> ProducerStateManager {
        try ProducerStateManager(
            topicPartition: partition, logDir: dir, maxTransactionTimeoutMs: maxTransactionTimeoutMs,
            producerIdExpirationMs: ProducerStateManager.defaultProducerIdExpirationMs, clock: clock)
    }

    /// A second manager over the same directory, as after a restart.
    func reopened() throws -> ProducerStateManager {
        try Self.newManager(dir: dir, clock: clock)
    }

    var now: Int64 { clock.milliseconds() }

    /// The snapshot offsets named by the files in the directory.
    func snapshotOffsetsOnDisk() throws -> Set<Int64> {
        Set(
            try FileManager.default.contentsOfDirectory(atPath: dir).compactMap {
                LogFileNames.offset(fromFileName: $0)
            })
    }

    func fileCount() throws -> Int {
        try FileManager.default.contentsOfDirectory(atPath: dir).count
    }
}

/// Runs `body` with a fresh harness in a temporary directory.
func withProducerState<T>(_ body: (ProducerStateHarness) throws -> T) throws -> T {
    try withTemporaryDirectory { dir in try body(ProducerStateHarness(dir: dir)) }
}

/// A one-record data batch appended and applied as Kafka's test `appendEntry` does.
func appendEntry(
    _ manager: ProducerStateManager, producerId: Int64 = 1, epoch: Int16, seq: Int32, offset: Int64,
    timestamp: Int64, origin: AppendOrigin = .client, isTransactional: Bool = false
) throws {
    var info = manager.prepareUpdate(producerId: producerId, origin: origin)
    try info.appendDataBatch(
        epoch: epoch, firstSeq: seq, lastSeq: seq, lastTimestamp: timestamp,
        firstOffsetMetadata: LogOffsetMetadata(messageOffset: offset), lastOffset: offset,
        isTransactional: isTransactional)
    manager.update(info)
    manager.updateMapEndOffset(offset + 1)
}

/// A marker written by the coordinator at `offset`, applied as Kafka's test `appendEndTxnMarker` does.
func appendEndTxnMarker(
    _ manager: ProducerStateManager, producerId: Int64 = 1, epoch: Int16, _ result: EndTransactionMarker.Result,
    offset: Int64, coordinatorEpoch: Int32 = 0, timestamp: Int64
) throws {
    var info = manager.prepareUpdate(producerId: producerId, origin: .coordinator)
    let completed = try info.appendEndTxnMarker(
        EndTransactionMarker(result, coordinatorEpoch: coordinatorEpoch), producerEpoch: epoch, offset: offset,
        timestamp: timestamp)
    manager.update(info)
    if let completed { try manager.completeTxn(completed) }
    manager.updateMapEndOffset(offset + 1)
}

/// The `ProducerStateError` that `body` throws, or nil when it throws nothing.
func producerStateError(_ body: () throws -> Void) -> ProducerStateError? {
    do {
        try body()
        return nil
    } catch let error as ProducerStateError {
        return error
    } catch {
        Issue.record("unexpected error \(error)")
        return nil
    }
}

/// The error code of what `body` throws, or nil.
func producerStateErrorCode(_ body: () throws -> Void) -> ErrorCode? {
    producerStateError(body)?.errorCode
}

/// The time a `ManualClock` starts at, for record timestamps: far older ones would make producers
/// expire when a snapshot is loaded, as in Kafka.
let testStartTime: Int64 = ManualClock().milliseconds()

/// A data batch of `count` records as a client sends it (record i at `timestamp + i`).
func dataBatch(
    producerId: Int64, epoch: Int16, baseSequence: Int32, count: Int32 = 1, baseOffset: Int64,
    timestamp: Int64 = testStartTime, isTransactional: Bool = false
) throws -> RecordBatch {
    var builder = RecordBatchBuilder(
        baseOffset: baseOffset, producerId: producerId, producerEpoch: epoch, baseSequence: baseSequence,
        isTransactional: isTransactional)
    for i in 0..<count {
        try builder.append(timestamp: timestamp + Int64(i), key: nil, value: ByteBuffer(string: "v\(i)"))
    }
    guard let batch = try builder.build() else { throw CancellationError() }
    return batch
}

/// A COMMIT or ABORT marker batch as the transaction coordinator writes it.
func markerBatch(
    producerId: Int64, epoch: Int16, _ result: EndTransactionMarker.Result, baseOffset: Int64,
    coordinatorEpoch: Int32 = 0, timestamp: Int64 = testStartTime
) throws -> RecordBatch {
    try RecordBatchBuilder.endTransactionMarkerBatch(
        baseOffset: baseOffset, timestamp: timestamp, partitionLeaderEpoch: 0, producerId: producerId,
        producerEpoch: epoch, marker: EndTransactionMarker(result, coordinatorEpoch: coordinatorEpoch))
}
