import Foundation
import NIOCore
import Synchronization
import Testing

@testable import KafkaEngine

/// Helpers for the cleaner tests: compacted configurations, keyed batches with tombstones, and a
/// physical read of every record left in a log.
enum CleanerTestSupport {
    /// A compacted topic with small segments (Kafka's own cleaner tests use the same trick).
    static func compactConfig(_ overrides: [String: String] = [:]) throws -> LogConfig {
        var values = ["cleanup.policy": "compact", "segment.bytes": "1024", "min.cleanable.dirty.ratio": "0.01"]
        values.merge(overrides) { _, new in new }
        return try LogTestSupport.config(values)
    }

    /// One record to write: a nil value is a tombstone.
    struct Write {
        var key: String?
        var value: String?
        init(_ key: String?, _ value: String?) {
            self.key = key
            self.value = value
        }
    }

    /// A batch as a producer builds it (base offset `baseOffset`, for follower appends).
    static func batch(
        _ writes: [Write], timestamp: Int64, compression: CompressionType = .none, baseOffset: Int64 = 0,
        producerId: Int64 = RecordBatch.noProducerId, producerEpoch: Int16 = RecordBatch.noProducerEpoch,
        baseSequence: Int32 = RecordBatch.noSequence, isTransactional: Bool = false,
        timestampType: TimestampType = .createTime
    ) throws -> ByteBuffer {
        var builder = RecordBatchBuilder(
            baseOffset: baseOffset, compression: compression, timestampType: timestampType, logAppendTime: timestamp,
            producerId: producerId, producerEpoch: producerEpoch, baseSequence: baseSequence,
            isTransactional: isTransactional)
        for (index, write) in writes.enumerated() {
            try builder.append(
                timestamp: timestamp + Int64(index), key: write.key.map { ByteBuffer(string: $0) },
                value: write.value.map { ByteBuffer(string: $0) },
                headers: [RecordHeader(key: "h", value: ByteBuffer(string: "\(index)"))])
        }
        return try #require(try builder.build()).buffer
    }

    /// A record read back from a segment, with its batch.
    struct ReadRecord: Equatable, CustomStringConvertible {
        var offset: Int64
        var key: String?
        var value: String?
        var timestamp: Int64

        var description: String { "\(offset):\(key ?? "∅")=\(value ?? "⊥")" }
    }

    struct ReadBatch {
        var batch: RecordBatch
        var records: [ReadRecord]
        var segmentBaseOffset: Int64
    }

    /// Every batch in the log's segment files, in order, decoded.
    static func batches(_ log: Log) throws -> [ReadBatch] {
        var result: [ReadBatch] = []
        for segment in log.segments {
            let bytes = try segment.log.readBytes(at: 0, count: segment.size)
            var iterator = RecordBatchIterator(bytes)
            while let batch = iterator.next() {
                #expect(batch.isChecksumValid, "batch at \(batch.baseOffset) has a bad CRC")
                let records = try batch.records(maxDecompressedBytes: 1 << 26).map { record in
                    ReadRecord(
                        offset: record.offset, key: record.key.map { String(buffer: $0) },
                        value: record.value.map { String(buffer: $0) }, timestamp: record.timestamp)
                }
                result.append(ReadBatch(batch: batch, records: records, segmentBaseOffset: segment.baseOffset))
            }
            #expect(iterator.stop == .end, "segment \(segment.baseOffset) ends cleanly")
        }
        return result
    }

    /// Every data record in the log, in order (control records left out).
    static func records(_ log: Log) throws -> [ReadRecord] {
        try batches(log).filter { !$0.batch.isControlBatch }.flatMap(\.records)
    }

    /// Every offset in the log strictly increases, batch by batch and record by record, and each
    /// batch lies inside its segment.
    static func expectOrdered(_ log: Log, _ context: String = "", sourceLocation: SourceLocation = #_sourceLocation)
        throws
    {
        var previous: Int64 = -1
        let segments = log.segments
        for read in try batches(log) {
            #expect(
                read.batch.baseOffset > previous, "batch \(read.batch.baseOffset) after \(previous) \(context)",
                sourceLocation: sourceLocation)
            for record in read.records {
                #expect(
                    record.offset > previous, "record \(record.offset) after \(previous) \(context)",
                    sourceLocation: sourceLocation)
                previous = record.offset
            }
            previous = max(previous, read.batch.lastOffset)
            if let next = segments.first(where: { $0.baseOffset > read.segmentBaseOffset }) {
                #expect(
                    read.batch.lastOffset < next.baseOffset, "batch inside its segment \(context)",
                    sourceLocation: sourceLocation)
            }
            #expect(read.batch.baseOffset >= read.segmentBaseOffset, sourceLocation: sourceLocation)
        }
    }

    /// The files of the partition directory with a transient suffix.
    static func leftovers(_ directory: String) throws -> [String] {
        try LogTestSupport.files(directory).filter {
            $0.hasSuffix(LogFileNames.cleanedFileSuffix) || $0.hasSuffix(LogFileNames.swapFileSuffix)
                || $0.hasSuffix(LogFileNames.deletedFileSuffix)
        }
    }

    static func checkpointPath(_ root: String) -> String {
        StorageFile.join(root, LogFileNames.cleanerOffsetCheckpointFileName)
    }
}

/// A producer state that tracks just enough for transactions in cleaner tests: the first offset of
/// each producer's open transaction, an aborted-transaction index entry for each abort marker, and
/// fixed `lastRecordsOfActiveProducers`. Everything is decided (no open transaction holds back
/// the last stable offset).
final class CleanerTestProducerState: CleanerProducerState {
    struct State {
        var openTxnFirstOffset: [Int64: Int64] = [:]
        var lastRecords: [Int64: LastRecord] = [:]
    }
    let state = Mutex(State())

    var lastRecordsOfActiveProducers: [Int64: LastRecord] { state.withLock { $0.lastRecords } }

    func prepareAppend(_ batches: [RecordBatch], origin: AppendOrigin, appendOffsetMetadata: LogOffsetMetadata)
        throws(LogError) -> ProducerStateAppend
    {
        .append(pending: batches)
    }

    func completeAppend(
        _ pending: any Sendable, nextOffset: Int64, appendAbortedTxn: (AbortedTxn) throws(StorageError) -> Void
    ) throws(StorageError) {
        for batch in pending as? [RecordBatch] ?? [] {
            for aborted in record(batch, baseOffset: batch.baseOffset, lastOffset: batch.lastOffset) {
                try appendAbortedTxn(aborted)
            }
        }
    }

    private func record(_ batch: RecordBatch, baseOffset: Int64, lastOffset: Int64) -> [AbortedTxn] {
        guard batch.isTransactional else { return [] }
        return state.withLock { state -> [AbortedTxn] in
            if batch.isControlBatch {
                let first = state.openTxnFirstOffset.removeValue(forKey: batch.producerId) ?? baseOffset
                let records = (try? batch.records(maxDecompressedBytes: 1 << 20)) ?? []
                guard let key = records.first?.key, (try? ControlRecordKey(parsing: key).type) == .abort else {
                    return []
                }
                return [
                    AbortedTxn(
                        producerId: batch.producerId, firstOffset: first, lastOffset: lastOffset,
                        lastStableOffset: first)
                ]
            }
            if state.openTxnFirstOffset[batch.producerId] == nil {
                state.openTxnFirstOffset[batch.producerId] = baseOffset
            }
            return []
        }
    }

    func recover(_ batch: RecordBatch, appendAbortedTxn: (AbortedTxn) throws(StorageError) -> Void) throws(StorageError) {
        for aborted in record(batch, baseOffset: batch.baseOffset, lastOffset: batch.lastOffset) {
            try appendAbortedTxn(aborted)
        }
    }
    func segmentRecovered(nextOffset: Int64) {}
    func rebuild(
        segmentBaseOffsets: [Int64], logStartOffset: Int64, lastOffset: Int64, reloadFromCleanShutdown: Bool,
        readBatches: (_ segmentBaseOffset: Int64, _ startOffset: Int64, _ endOffset: Int64) throws(StorageError) ->
            [RecordBatch]
    ) {}
    func truncateFullyAndStartAt(_ offset: Int64) {}
    func segmentRolled(baseOffset: Int64) {}
    func segmentsDeleted(baseOffsets: [Int64]) {}
    func logStartOffsetIncremented(to offset: Int64) {}
    func highWatermarkUpdated(to offset: Int64) {}
    var firstUnstableOffset: LogOffsetMetadata? { nil }
    func close() {}
}
