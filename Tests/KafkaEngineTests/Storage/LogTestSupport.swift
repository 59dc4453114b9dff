import Foundation
import NIOCore
import Testing

@testable import KafkaEngine

/// Helpers for the log tests: configurations, batches as a producer sends them, and a stand-in for
/// the log manager that keeps the checkpoints and the clean-shutdown marker of one partition.
enum LogTestSupport {
    /// A topic configuration with `overrides` on Kafka's defaults. Values are parsed but not held to
    /// Kafka's minimums, so tests can use segments of a few KiB (as Kafka's own tests do).
    static func config(_ overrides: [String: String] = [:]) throws -> LogConfig {
        var values = LogConfig.defaults.values
        for (name, raw) in overrides {
            values[name] = try #require(ConfigDef.topic[name]).parse(raw)
        }
        return LogConfig(values: values, overridden: Set(overrides.keys))
    }

    struct TestRecord {
        var timestamp: Int64
        var key: String?
        var value: String
    }

    /// One batch as a producer builds it (base offset 0, no epoch).
    static func batch(
        _ records: [TestRecord], compression: CompressionType = .none, producerId: Int64 = RecordBatch.noProducerId,
        producerEpoch: Int16 = RecordBatch.noProducerEpoch, baseSequence: Int32 = RecordBatch.noSequence,
        timestampType: TimestampType = .createTime, baseOffset: Int64 = 0,
        partitionLeaderEpoch: Int32 = RecordBatch.noPartitionLeaderEpoch
    ) throws -> ByteBuffer {
        var builder = RecordBatchBuilder(
            baseOffset: baseOffset, compression: compression, timestampType: timestampType,
            logAppendTime: records.first?.timestamp ?? 0, producerId: producerId, producerEpoch: producerEpoch,
            baseSequence: baseSequence, partitionLeaderEpoch: partitionLeaderEpoch)
        for record in records {
            try builder.append(
                timestamp: record.timestamp, key: record.key.map { ByteBuffer(string: $0) },
                value: ByteBuffer(string: record.value))
        }
        return try #require(try builder.build()).buffer
    }

    /// A batch of `count` records stamped `timestamp`, `timestamp + 1`, ….
    static func batch(count: Int, timestamp: Int64, valueSize: Int = 10, key: String? = "k") throws -> ByteBuffer {
        try batch(
            (0..<count).map {
                TestRecord(timestamp: timestamp + Int64($0), key: key, value: String(repeating: "v", count: valueSize))
            })
    }

    /// The batches in `bytes`.
    static func batches(_ bytes: ByteBuffer) -> [RecordBatch] {
        var iterator = RecordBatchIterator(bytes)
        var result: [RecordBatch] = []
        while let batch = iterator.next() { result.append(batch) }
        return result
    }

    /// The records' bytes of a read, or none.
    static func bytes(_ info: FetchDataInfo) throws -> ByteBuffer {
        guard let records = info.records else { return ByteBuffer() }
        return try records.readBytes()
    }

    /// The `LogError` `body` throws, or nil.
    static func logError(_ body: () throws -> Void) -> LogError? {
        do {
            try body()
            return nil
        } catch let error as LogError {
            return error
        } catch {
            Issue.record("unexpected error \(error)")
            return nil
        }
    }

    /// Names of the files in `directory`, sorted.
    static func files(_ directory: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
    }

    static func copyDirectory(_ source: String, to destination: String) throws {
        if FileManager.default.fileExists(atPath: destination) {
            try FileManager.default.removeItem(atPath: destination)
        }
        try FileManager.default.copyItem(atPath: source, toPath: destination)
    }
}

/// What the log manager keeps for one partition: its recovery point and log start offset (as the
/// checkpoint files would) and whether the log dir's clean-shutdown marker was written.
struct PartitionDirectory {
    let path: String
    var config: LogConfig
    let clock: ManualClock
    var highWatermarkFollowsLogEnd = true
    var recoveryPoint: Int64 = 0
    var logStartOffset: Int64 = 0
    var cleanShutdown = false

    init(root: String, config: LogConfig, clock: ManualClock = ManualClock(), name: String = "topic-0") {
        self.path = StorageFile.join(root, name)
        self.config = config
        self.clock = clock
    }

    func open(producerState: (any LogProducerState)? = nil) throws -> Log {
        try Log.open(
            directory: path, config: config, clock: clock, logStartOffset: logStartOffset, recoveryPoint: recoveryPoint,
            hadCleanShutdown: cleanShutdown, highWatermarkFollowsLogEnd: highWatermarkFollowsLogEnd,
            producerState: producerState.map { .custom($0) } ?? .disabled)
    }

    /// A clean shutdown: close, checkpoint, marker.
    mutating func closeCleanly(_ log: Log) throws {
        try log.close()
        recoveryPoint = log.recoveryPoint
        logStartOffset = log.logStartOffset
        cleanShutdown = true
    }

    /// A crash: the log is dropped without closing; the checkpoints keep the values written last.
    mutating func crash(_ log: Log, recoveryPoint: Int64? = nil) {
        self.recoveryPoint = recoveryPoint ?? log.recoveryPoint
        logStartOffset = log.logStartOffset
        cleanShutdown = false
        log.closeHandlers()
    }

    /// Reopening after the marker was read: the next crash is unclean again.
    mutating func opened() {
        cleanShutdown = false
    }

    /// The active `.log` file of the log.
    func segmentFile(_ baseOffset: Int64, _ kind: SegmentFileName.Kind = .log) -> String {
        StorageFile.join(path, SegmentFileName(baseOffset: baseOffset, kind: kind).description)
    }
}
