import Foundation
import NIOCore
import Testing

@testable import KafkaEngine

/// Segment, index and snapshot files for the dump-log tests, and a way to run the tool on them.
enum DumpLogFixtures {
    /// What one run printed and returned.
    struct Run {
        var out: String
        var err: String
        var summary: DumpLogSummary

        var outLines: [String] { Self.lines(self.out) }
        var errLines: [String] { Self.lines(self.err) }

        static func lines(_ text: String) -> [String] {
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if lines.last == "" { lines.removeLast() }
            return lines
        }
    }

    static func run(_ files: [String], _ configure: (inout DumpLogOptions) -> Void = { _ in }) -> Run {
        var options = DumpLogOptions(files: files)
        configure(&options)
        let out = MemoryOutput()
        let err = MemoryOutput()
        let summary = DumpLog(options: options, stdout: out, stderr: err).run()
        return Run(out: out.text, err: err.text, summary: summary)
    }

    /// One record to append: timestamp, key, value (nil for null) and headers.
    struct Rec {
        var timestamp: Int64
        var key: String?
        var value: String?
        var headers: [(String, String?)] = []

        init(_ timestamp: Int64, _ key: String?, _ value: String?, headers: [(String, String?)] = []) {
            self.timestamp = timestamp
            self.key = key
            self.value = value
            self.headers = headers
        }
    }

    static func batch(
        base: Int64, _ records: [Rec], compression: CompressionType = .none,
        configure: (inout RecordBatchBuilder) -> Void = { _ in }
    ) throws -> RecordBatch {
        var builder = RecordBatchBuilder(baseOffset: base, compression: compression)
        configure(&builder)
        for r in records {
            try builder.append(
                timestamp: r.timestamp, key: r.key.map { ByteBuffer(string: $0) },
                value: r.value.map { ByteBuffer(string: $0) },
                headers: r.headers.map { RecordHeader(key: $0.0, value: $0.1.map { ByteBuffer(string: $0) }) })
        }
        return try #require(try builder.build())
    }

    /// A builder with the given header fields (the builder's properties are constants).
    static func builder(
        base: Int64, compression: CompressionType = .none, timestampType: TimestampType = .createTime,
        logAppendTime: Int64 = -1, producerId: Int64 = -1, producerEpoch: Int16 = -1, baseSequence: Int32 = -1,
        isTransactional: Bool = false, isControl: Bool = false, partitionLeaderEpoch: Int32 = 0,
        deleteHorizonMs: Int64? = nil
    ) -> RecordBatchBuilder {
        RecordBatchBuilder(
            baseOffset: base, compression: compression, timestampType: timestampType, logAppendTime: logAppendTime,
            producerId: producerId, producerEpoch: producerEpoch, baseSequence: baseSequence,
            isTransactional: isTransactional, isControlBatch: isControl, partitionLeaderEpoch: partitionLeaderEpoch,
            deleteHorizonMs: deleteHorizonMs)
    }

    static func append(_ builder: inout RecordBatchBuilder, _ records: [Rec]) throws {
        for r in records {
            try builder.append(
                timestamp: r.timestamp, key: r.key.map { ByteBuffer(string: $0) },
                value: r.value.map { ByteBuffer(string: $0) },
                headers: r.headers.map { RecordHeader(key: $0.0, value: $0.1.map { ByteBuffer(string: $0) }) })
        }
    }

    static func bytes(_ batches: [RecordBatch]) -> [UInt8] {
        batches.flatMap { Array($0.buffer.readableBytesView) }
    }

    /// Writes `bytes` as `<dir>/<20-digit base>.<suffix>` and returns the path.
    @discardableResult
    static func write(_ dir: String, base: Int64, suffix: String, _ bytes: [UInt8]) throws -> String {
        let path = dir + "/" + LogFileNames.filenamePrefix(offset: base) + suffix
        try writeFile(path, bytes)
        return path
    }

    static func segment(_ dir: String, base: Int64 = 0, _ batches: [RecordBatch]) throws -> String {
        try write(dir, base: base, suffix: ".log", bytes(batches))
    }

    /// Kafka's batch line, assembled from the values a test states.
    static func batchLine(
        base: Int64, last: Int64, count: Int, baseSequence: Int32 = -1, lastSequence: Int32 = -1,
        producerId: Int64 = -1, producerEpoch: Int16 = -1, leaderEpoch: Int32 = 0, transactional: Bool = false,
        control: Bool = false, deleteHorizon: String = "OptionalLong.empty", position: Int,
        timestampType: String = "CreateTime",
        maxTimestamp: Int64, size: Int, codec: String = "none", crc: UInt32, valid: Bool = true
    ) -> String {
        "baseOffset: \(base) lastOffset: \(last) count: \(count) baseSequence: \(baseSequence) lastSequence: \(lastSequence) "
            + "producerId: \(producerId) producerEpoch: \(producerEpoch) partitionLeaderEpoch: \(leaderEpoch) "
            + "isTransactional: \(transactional) isControl: \(control) deleteHorizonMs: \(deleteHorizon) "
            + "position: \(position) \(timestampType): \(maxTimestamp) size: \(size) magic: 2 compresscodec: \(codec) "
            + "crc: \(crc) isvalid: \(valid)"
    }

    /// A version-prefixed record key or value (`__consumer_offsets`, `__transaction_state`).
    static func prefixed<M: KafkaMessage>(_ version: Int16, _ message: M) throws -> ByteBuffer {
        var buffer = ByteBuffer()
        buffer.writeInteger(version)
        try message.write(to: &buffer, version: version)
        return buffer
    }

    /// A producer state snapshot file's bytes, CRC filled in as Kafka writes it.
    static func producerSnapshot(_ entries: [ProducerSnapshot.ProducerEntry], version: Int16 = 1) throws -> [UInt8] {
        var snapshot = ProducerSnapshot()
        snapshot.producerEntries = entries
        var buffer = ByteBuffer()
        buffer.writeInteger(version)
        try snapshot.write(to: &buffer, version: 1)
        var bytes = Array(buffer.readableBytesView)
        let crc = CRC32C.checksum(Array(bytes[6...]))
        withUnsafeBytes(of: crc.bigEndian) { bytes.replaceSubrange(2..<6, with: $0) }
        return bytes
    }
}
