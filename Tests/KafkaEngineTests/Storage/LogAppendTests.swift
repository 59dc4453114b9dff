import Foundation
import NIOCore
import Testing

@testable import KafkaEngine

/// What a leader refuses, with Kafka's error codes, and what it rewrites in what it accepts; what a
/// follower accepts.
@Suite struct LogAppendTests {
    typealias T = LogTestSupport

    /// Patches `bytes` with `change` and recomputes the CRC, so only the intended rule breaks.
    static func patched(_ bytes: ByteBuffer, _ change: (inout ByteBuffer) -> Void) -> ByteBuffer {
        var buffer = bytes
        change(&buffer)
        buffer.setInteger(RecordBatch.crc32c(of: buffer, from: RecordBatch.Field.attributes), at: RecordBatch.Field.crc)
        return buffer
    }

    static func appendError(_ config: [String: String] = [:], clock: ManualClock = ManualClock(), _ bytes: ByteBuffer)
        throws -> LogError?
    {
        try withTemporaryDirectory { root in
            let dir = PartitionDirectory(root: root, config: try T.config(config), clock: clock)
            let log = try dir.open()
            defer { try? log.close() }
            let error = T.logError { try log.appendAsLeader(bytes, leaderEpoch: 0) }
            if error != nil { #expect(log.logEndOffset == 0, "a refused append must write nothing") }
            return error
        }
    }

    @Test func leaderErrorCodes() throws {
        let good = try T.batch(count: 3, timestamp: 1_700_000_000_000)
        typealias Field = RecordBatch.Field
        var cases: [(String, [String: String], ByteBuffer, ErrorCode)] = []

        var crc = good
        crc.setInteger(UInt8(0x55), at: Field.records + 3)
        cases.append(("bad CRC", [:], crc, .corruptMessage))
        cases.append(("above max.message.bytes", ["max.message.bytes": "100"], good, .messageTooLarge))
        for (magic, code) in [
            (Int8(0), ErrorCode.invalidRecord), (1, .invalidRecord), (3, .corruptMessage), (-1, .corruptMessage),
        ] {
            var legacy = good
            legacy.setInteger(magic, at: Field.magic)
            cases.append(("magic \(magic)", [:], legacy, code))
        }
        var short = good
        short.setInteger(Int32(10), at: Field.batchLength)
        cases.append(("batchLength below 14", [:], short, .corruptMessage))
        cases.append(
            (
                "base offset not 0", [:], Self.patched(good) { $0.setInteger(Int64(7), at: Field.baseOffset) },
                .invalidRecord
            ))
        var two = good
        two.writeImmutableBuffer(good)
        cases.append(("two batches", [:], two, .invalidRecord))
        cases.append(
            (
                "count disagrees with offsets", [:],
                Self.patched(good) { $0.setInteger(Int32(5), at: Field.recordsCount) }, .invalidRecord
            ))
        cases.append(
            ("no records", [:], Self.patched(good) { $0.setInteger(Int32(0), at: Field.recordsCount) }, .invalidRecord))
        cases.append(
            ("unknown codec", [:], Self.patched(good) { $0.setInteger(Int16(6), at: Field.attributes) }, .invalidRecord)
        )
        let padded = Self.patched(good) { buffer in
            buffer.writeBytes([0, 0, 0])
            buffer.setInteger(Int32(buffer.readableBytes - RecordBatch.logOverhead), at: Field.batchLength)
        }
        cases.append(("bytes after the last record", [:], padded, .invalidRecord))
        cases.append(
            (
                "a record longer than the batch", [:],
                Self.patched(good) { $0.setInteger(UInt8(0x7E), at: Field.records) }, .invalidRecord
            ))
        let idempotent = try T.batch(
            [T.TestRecord(timestamp: 1, key: "k", value: "v")], producerId: 42, producerEpoch: 0, baseSequence: 0)
        cases.append(
            (
                "negative sequence", [:], Self.patched(idempotent) { $0.setInteger(Int32(-1), at: Field.baseSequence) },
                .invalidRecord
            ))
        let control = try RecordBatchBuilder.endTransactionMarkerBatch(
            baseOffset: 0, timestamp: 1, partitionLeaderEpoch: -1, producerId: 42, producerEpoch: 0,
            marker: EndTransactionMarker(.commit, coordinatorEpoch: 0)
        ).buffer
        cases.append(("control batch from a client", [:], control, .invalidRecord))
        let keyless = try T.batch([T.TestRecord(timestamp: 1, key: nil, value: "v")])
        cases.append(("no key on a compacted topic", ["cleanup.policy": "compact"], keyless, .invalidRecord))
        let claimsAppendTime = try T.batch(
            [T.TestRecord(timestamp: 5, key: "k", value: "v")], timestampType: .logAppendTime)
        cases.append(
            (
                "producer claims LogAppendTime", ["message.timestamp.type": "LogAppendTime"], claimsAppendTime,
                .invalidTimestamp
            ))
        cases.append(
            (
                "larger than a segment", ["segment.bytes": "200", "max.message.bytes": "5000"],
                try T.batch(count: 5, timestamp: 1, valueSize: 100), .recordListTooLarge
            ))

        for (name, config, bytes, code) in cases {
            let error = try Self.appendError(config, bytes)
            #expect(error?.code == code, "\(name): \(String(describing: error))")
        }
    }

    @Test(arguments: [CompressionType.none, .lz4])
    func timestampsOutsideTheConfiguredWindowAreRefusedPerRecord(codec: CompressionType) throws {
        let clock = ManualClock(milliseconds: 1_000_000)
        let records = [999_000, 1_000_000, 1_003_000, 995_000].map { T.TestRecord(timestamp: $0, key: "k", value: "v") }
        let bytes = try T.batch(records, compression: codec)
        let error = try Self.appendError(
            ["message.timestamp.before.max.ms": "2000", "message.timestamp.after.max.ms": "2000"], clock: clock, bytes)
        guard case .recordErrors(let code, _, let recordErrors)? = error else {
            Issue.record("expected record errors, got \(String(describing: error))")
            return
        }
        #expect(code == .invalidTimestamp)
        #expect(recordErrors.map(\.batchIndex) == [2, 3])
        #expect(
            recordErrors[0].message
                == "Timestamp 1003000 of message with offset 2 is out of range. The timestamp should be within [998000, 1002000]"
        )
        // Within the window it goes in.
        #expect(
            try Self.appendError(
                ["message.timestamp.before.max.ms": "6000", "message.timestamp.after.max.ms": "3000"], clock: clock,
                bytes) == nil)
    }

    @Test func theLeaderWritesTheTrueMaxTimestampWithoutTouchingTheCallersBytes() throws {
        try withTemporaryDirectory { root in
            let dir = PartitionDirectory(root: root, config: try T.config())
            let log = try dir.open()
            // A producer that got its max timestamp wrong.
            let bytes = Self.patched(try T.batch(count: 3, timestamp: 5000)) {
                $0.setInteger(Int64(7), at: RecordBatch.Field.maxTimestamp)
            }
            let original = Array(bytes.readableBytesView)
            try log.appendAsLeader(try T.batch(count: 2, timestamp: 1000), leaderEpoch: 4)
            let info = try log.appendAsLeader(bytes, leaderEpoch: 4)
            #expect(info.maxTimestamp == 5002 && info.shallowOffsetOfMaxTimestamp == 4)
            #expect(Array(bytes.readableBytesView) == original, "the caller's buffer is not modified")
            let read = try log.read(startOffset: 2, maxLength: 1 << 20, isolation: .logEnd, minOneMessage: true)
            let batch = try #require(T.batches(try T.bytes(read)).first)
            #expect(batch.baseOffset == 2 && batch.partitionLeaderEpoch == 4 && batch.maxTimestamp == 5002)
            #expect(throws: Never.self) { try batch.validate() }
        }
    }

    @Test func logAppendTimeTopicsStampTheBrokersClock() throws {
        try withTemporaryDirectory { root in
            let clock = ManualClock(milliseconds: 1_800_000_000_000)
            let dir = PartitionDirectory(
                root: root, config: try T.config(["message.timestamp.type": "LogAppendTime"]), clock: clock)
            let log = try dir.open()
            for codec in [CompressionType.none, .zstd] {
                let info = try log.appendAsLeader(try T.batch(count: 3, timestamp: 1000), leaderEpoch: 0)
                #expect(info.logAppendTime == clock.milliseconds() && info.maxTimestamp == clock.milliseconds())
                #expect(info.shallowOffsetOfMaxTimestamp == info.lastOffset)
                let read = try log.read(
                    startOffset: info.firstOffset, maxLength: 1 << 20, isolation: .logEnd, minOneMessage: true)
                let batch = try #require(T.batches(try T.bytes(read)).first)
                #expect(batch.timestampType == .logAppendTime && batch.maxTimestamp == clock.milliseconds(), "\(codec)")
                #expect(throws: Never.self) { try batch.validate() }
                #expect(
                    try batch.records(maxDecompressedBytes: 1 << 20).allSatisfy { $0.timestamp == clock.milliseconds() }
                )
                clock.advance(milliseconds: 10)
            }
            #expect(try log.fetchOffsetByTimestamp(1_800_000_000_005)?.offset == 3)
        }
    }

    @Test func emptyInputAndTrailingBytes() throws {
        try withTemporaryDirectory { root in
            let dir = PartitionDirectory(root: root, config: try T.config())
            let log = try dir.open()
            #expect(try log.appendAsLeader(ByteBuffer(), leaderEpoch: 0).validBytes == 0)
            var partial = try T.batch(count: 2, timestamp: 1)
            partial.moveWriterIndex(to: partial.writerIndex - 5)
            #expect(try log.appendAsLeader(partial, leaderEpoch: 0).validBytes == 0)
            var withTail = try T.batch(count: 2, timestamp: 1)
            let size = withTail.readableBytes
            withTail.writeBytes([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0])
            let info = try log.appendAsLeader(withTail, leaderEpoch: 0)
            #expect(info.validBytes == size && log.activeSegment.size == size)
        }
    }

    // MARK: Follower

    @Test func followersKeepTheLeadersOffsetsAndEpochs() throws {
        try withTemporaryDirectory { root in
            let dir = PartitionDirectory(root: root, config: try T.config())
            let log = try dir.open()
            var fetched = ByteBuffer()
            var base: Int64 = 0
            for (count, epoch) in [(3, Int32(1)), (2, 1), (4, 3)] {
                var batch = try RecordBatch(try T.batch(count: count, timestamp: 100 + base))
                batch.setBaseOffset(base)
                batch.setPartitionLeaderEpoch(epoch)
                fetched.writeImmutableBuffer(batch.buffer)
                base += Int64(count)
            }
            let whole = fetched.readableBytes
            fetched.writeBytes([0, 0, 0, 0, 0, 0, 0, 9, 0, 0, 1, 0, 0, 0, 0])  // a fetch cut mid-batch
            let info = try log.appendAsFollower(fetched)
            #expect(
                info.firstOffset == 0 && info.lastOffset == 8 && info.validBytes == whole && info.lastLeaderEpoch == 3)
            #expect(log.logEndOffset == 9)
            #expect(
                log.leaderEpochCache.epochEntries == [
                    EpochEntry(epoch: 1, startOffset: 0), EpochEntry(epoch: 3, startOffset: 5),
                ])
            let read = try log.read(startOffset: 0, maxLength: 1 << 20, isolation: .logEnd, minOneMessage: true)
            #expect(Array(try T.bytes(read).readableBytesView) == Array(fetched.readableBytesView.prefix(whole)))

            // Below the log end: the fetcher learns the offsets it sent.
            let again = T.logError { try log.appendAsFollower(fetched.getSlice(at: 0, length: whole)!) }
            guard case .unexpectedAppendOffset(_, let first, let last)? = again else {
                Issue.record("expected unexpectedAppendOffset, got \(String(describing: again))")
                return
            }
            #expect(first == 0 && last == 8)

            var backwards = ByteBuffer()
            for start in [Int64(20), 10] {
                var batch = try RecordBatch(try T.batch(count: 2, timestamp: 1))
                batch.setBaseOffset(start)
                backwards.writeImmutableBuffer(batch.buffer)
            }
            guard case .offsetsOutOfOrder? = T.logError({ try log.appendAsFollower(backwards) }) else {
                Issue.record("expected offsetsOutOfOrder")
                return
            }
            var corrupt = try RecordBatch(try T.batch(count: 2, timestamp: 1))
            corrupt.setBaseOffset(9)
            var bytes = corrupt.buffer
            bytes.setInteger(UInt8(1), at: RecordBatch.Field.records + 2)
            #expect(T.logError { try log.appendAsFollower(bytes) }?.code == .corruptMessage)
            #expect(log.logEndOffset == 9)
        }
    }

    @Test func raftLeaderBatchesKeepTheirOffsetsAndMustCarryTheEpoch() throws {
        try withTemporaryDirectory { root in
            let dir = PartitionDirectory(root: root, config: try T.config())
            let log = try dir.open()
            var batch = try RecordBatch(try T.batch(count: 2, timestamp: 1))
            batch.setPartitionLeaderEpoch(6)
            #expect(try log.appendAsLeader(batch.buffer, leaderEpoch: 6, origin: .raftLeader).lastOffset == 1)
            batch.setBaseOffset(2)
            #expect(
                T.logError { try log.appendAsLeader(batch.buffer, leaderEpoch: 7, origin: .raftLeader) }?.code
                    == .invalidRecord)
        }
    }

    @Test func coordinatorsMayWriteControlBatches() throws {
        try withTemporaryDirectory { root in
            let dir = PartitionDirectory(root: root, config: try T.config())
            let log = try dir.open()
            let marker = try RecordBatchBuilder.endTransactionMarkerBatch(
                baseOffset: 0, timestamp: 1, partitionLeaderEpoch: -1, producerId: 42, producerEpoch: 0,
                marker: EndTransactionMarker(.abort, coordinatorEpoch: 3))
            let info = try log.appendAsLeader(marker.buffer, leaderEpoch: 2, origin: .coordinator)
            #expect(info.firstOffset == 0 && info.lastOffset == 0)
        }
    }
}
