import Foundation
import Testing

@testable import KafkaEngine

/// The `.snapshot` format: golden bytes, round trips, and every way a file can be bad.
@Suite struct ProducerSnapshotTests {
    /// Kafka's testReadWriteSnapshot entries.
    static let entries = [
        ProducerStateEntry(
            producerId: 1, producerEpoch: 2, coordinatorEpoch: 3, lastTimestamp: RecordBatch.noTimestamp,
            currentTxnFirstOffset: 100,
            batchMetadata: BatchMetadata(lastSeq: 1, lastOffset: 2, offsetDelta: 3, timestamp: RecordBatch.noTimestamp)),
        ProducerStateEntry(
            producerId: 11, producerEpoch: 12, coordinatorEpoch: 13, lastTimestamp: 123_456,
            currentTxnFirstOffset: nil),
    ]

    /// Laid out by hand from storage/ProducerSnapshot.json; the CRC-32C (0xfedf4e50, over the bytes
    /// after the crc field) was computed independently with a bitwise CRC-32C.
    static let golden = hexBytes(
        """
        0001 fedf4e50 00000002
        0000000000000001 0002 00000001 0000000000000002 00000003 ffffffffffffffff 00000003 0000000000000064
        000000000000000b 000c ffffffff ffffffffffffffff 00000000 000000000001e240 0000000d ffffffffffffffff
        """)

    @Test func writesKafkasBytes() throws {
        // Entries are written by producer id whatever the input order.
        #expect(try ProducerStateManager.snapshotBytes(Self.entries.reversed()) == Self.golden)
        #expect(try ProducerStateManager.snapshotBytes([]) == hexBytes("0001 48674bc7 00000000"))
    }

    @Test func readsKafkasBytes() throws {
        let decoded = try ProducerStateManager.decodeSnapshot(Self.golden)
        #expect(decoded == Self.entries)
        #expect(try ProducerStateManager.decodeSnapshot(hexBytes("0001 48674bc7 00000000")).isEmpty)
    }

    @Test func roundTripKeepsTheLastBatchOnly() throws {
        var entry = ProducerStateEntry.empty(producerId: 7)
        for seq in 0..<4 {
            entry.addBatch(
                producerEpoch: 3, lastSeq: Int32(seq * 2 + 1), lastOffset: Int64(100 + seq * 2 + 1), offsetDelta: 1,
                timestamp: Int64(5000 + seq))
        }
        entry.setCurrentTxnFirstOffset(100)
        let decoded = try ProducerStateManager.decodeSnapshot(ProducerStateManager.snapshotBytes([entry]))
        #expect(
            decoded == [
                ProducerStateEntry(
                    producerId: 7, producerEpoch: 3, coordinatorEpoch: -1, lastTimestamp: 5003,
                    currentTxnFirstOffset: 100,
                    batchMetadata: BatchMetadata(lastSeq: 7, lastOffset: 107, offsetDelta: 1, timestamp: 5003))
            ])
    }

    @Test func trailingBytesCoveredByTheCrcAreAccepted() throws {
        var bytes = Self.golden + [0xAB, 0xCD]
        let crc = CRC32C.checksum(Array(bytes[6...]))
        withUnsafeBytes(of: crc.bigEndian) { bytes.replaceSubrange(2..<6, with: $0) }
        #expect(try ProducerStateManager.decodeSnapshot(bytes) == Self.entries)
    }

    @Test func rejectsBadFilesWithKafkasMessages() {
        func message(_ bytes: [UInt8]) -> String? {
            do {
                _ = try ProducerStateManager.decodeSnapshot(bytes)
                return nil
            } catch {
                return error.message
            }
        }
        #expect(message([])?.hasPrefix("Snapshot failed schema validation") == true)
        #expect(
            message(Array(Self.golden.prefix(Self.golden.count / 2)))?.hasPrefix("Snapshot failed schema validation")
                == true)
        var wrongVersion = Self.golden
        wrongVersion[1] = 2
        #expect(message(wrongVersion) == "Snapshot contained an unknown file version 2")
        var flipped = Self.golden
        flipped[40] ^= 0x01
        #expect(
            message(flipped)?.hasPrefix("Snapshot is corrupt (CRC is no longer valid). Stored crc: 4276047440.") == true
        )
        // A negative or oversized entry count is a schema error, not an allocation.
        #expect(message(hexBytes("0001 00000000 ffffffff"))?.hasPrefix("Snapshot failed schema validation") == true)
        #expect(message(hexBytes("0001 00000000 7fffffff"))?.hasPrefix("Snapshot failed schema validation") == true)
    }

    @Test func randomCorruptionNeverTraps() throws {
        var rng = TestRandom(seed: 0x5EED_0005)
        var accepted = 0
        for _ in 0..<2_000 {
            var bytes = Self.golden
            switch rng.next() % 4 {
            case 0: bytes = Array(bytes.prefix(Int(rng.next() % UInt64(bytes.count))))
            case 1:
                let index = Int(rng.next() % UInt64(bytes.count))
                bytes[index] ^= UInt8(truncatingIfNeeded: rng.next() | 1)
            case 2: bytes += [UInt8(truncatingIfNeeded: rng.next())] + randomBytes(&rng, maxCount: 64)
            default: bytes = randomBytes(&rng, maxCount: 200)
            }
            if (try? ProducerStateManager.decodeSnapshot(bytes)) != nil { accepted += 1 }
        }
        // Every flipped bit, truncation, appended tail and random file fails the structure or the CRC.
        #expect(accepted == 0)
    }

    /// Snapshots with a valid CRC but any field values (an edited or foreign file): loading them and
    /// then serving appends, markers, queries and snapshots never traps.
    @Test func extremeSnapshotValuesNeverTrap() throws {
        var rng = TestRandom(seed: 0xE1_7E11E)
        for round in 0..<40 {
            try withTemporaryDirectory { dir in
                let clock = ManualClock()
                var entries: [ProducerStateEntry] = []
                for id in 0..<Int64(1 + rng.next() % 6) {
                    let txn = rng.integer(Int64.self)
                    entries.append(
                        ProducerStateEntry(
                            producerId: id, producerEpoch: rng.integer(Int16.self),
                            coordinatorEpoch: rng.integer(Int32.self),
                            lastTimestamp: rng.coin() ? clock.milliseconds() : rng.integer(Int64.self),
                            currentTxnFirstOffset: txn >= 0 ? txn : nil,
                            batchMetadata: BatchMetadata(
                                lastSeq: rng.integer(Int32.self), lastOffset: rng.integer(Int64.self),
                                offsetDelta: rng.integer(Int32.self), timestamp: 0)))
                }
                try writeFile(
                    LogFileNames.producerSnapshotFile(directory: dir, offset: 50),
                    ProducerStateManager.snapshotBytes(entries))
                let m = try ProducerStateHarness.newManager(dir: dir, clock: clock)
                let failures = try m.truncateAndReload(
                    logStartOffset: 0, logEndOffset: 60, currentTimeMs: clock.milliseconds())
                #expect(failures.isEmpty)
                let kept = entries.filter {
                    $0.currentTxnFirstOffset != nil
                        || clock.milliseconds() &- $0.lastTimestamp < m.producerIdExpirationMs
                }
                #expect(Set(m.activeProducers.keys) == Set(kept.map(\.producerId)), "round \(round)")

                _ = (
                    m.firstUnstableOffset, m.firstUndecidedOffset, m.hasLateTransaction(),
                    m.lastRecordsOfActiveProducers
                )
                for entry in kept {
                    let batch = try dataBatch(
                        producerId: entry.producerId, epoch: rng.integer(Int16.self),
                        baseSequence: Int32(truncatingIfNeeded: rng.next()) & Int32.max, count: 2, baseOffset: 0)
                    let marker = try markerBatch(
                        producerId: entry.producerId, epoch: rng.integer(Int16.self), rng.coin() ? .commit : .abort,
                        baseOffset: rng.integer(Int64.self), coordinatorEpoch: rng.integer(Int32.self))
                    for (batch, origin) in [
                        (batch, AppendOrigin.client), (marker, .coordinator), (marker, .replication),
                    ] {
                        do {
                            let analysis = try m.analyzeAndValidateProducerState(
                                [batch], origin: origin, appendOffsetMetadata: LogOffsetMetadata(messageOffset: 60))
                            try m.updateProducerState(after: analysis, nextOffset: 61) { _ throws(StorageError) in }
                        } catch is ProducerStateError {
                        } catch let error as StorageError {
                            // Two producers claiming one transaction start is a contradiction, reported.
                            guard case .illegalState = error else { throw error }
                        }
                    }
                }
                m.onHighWatermarkUpdated(rng.integer(Int64.self))
                m.removeExpiredProducers(currentTimeMs: rng.integer(Int64.self))
                m.updateMapEndOffset(70)
                try m.takeSnapshot()
                #expect(
                    try ProducerStateManager.decodeSnapshot(
                        fileBytes(LogFileNames.producerSnapshotFile(directory: dir, offset: 70))
                    ).count == m.producerIdCount)
            }
        }
    }

    @Test func listsOnlyLiveSnapshotFiles() throws {
        try withTemporaryDirectory { dir in
            for name in [
                "00000000000000000005.snapshot", "00000000000000000002.snapshot",
                "00000000000000000003.snapshot.deleted",
                "00000000000000000004.snapshot.tmp", "abc.snapshot", "00000000000000000000.log",
            ] {
                try writeFile(dir + "/" + name, [])
            }
            try FileManager.default.createDirectory(
                atPath: dir + "/00000000000000000009.snapshot", withIntermediateDirectories: false)
            let files = try ProducerStateManager.listSnapshotFiles(directory: dir)
            #expect(files.map(\.offset) == [2, 5])
            #expect(files.first?.path == dir + "/00000000000000000002.snapshot")
            #expect(try ProducerStateManager.listSnapshotFiles(directory: dir + "/missing").isEmpty)
        }
    }

    @Test func snapshotFileIsWrittenAtomicallyAndFlushable() throws {
        try withTemporaryDirectory { dir in
            let path = LogFileNames.producerSnapshotFile(directory: dir, offset: 12)
            try ProducerStateManager.writeSnapshot(path: path, entries: Self.entries, sync: false)
            try ProducerStateManager.flushSnapshot(path: path)
            try ProducerStateManager.flushSnapshot(path: dir + "/00000000000000000099.snapshot")  // gone: nothing
            #expect(try fileBytes(path) == Self.golden)
            #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["00000000000000000012.snapshot"])
        }
    }

    /// Kafka's testLoadFromEmptySnapshotFile, testLoadFromTruncatedSnapshotFile and
    /// testLoadFromCorruptSnapshotFile: the bad newest snapshot is reported, deleted, and the previous
    /// one is loaded.
    @Test(arguments: ["empty", "truncated", "garbage"])
    func loadSkipsACorruptSnapshot(_ damage: String) throws {
        try withProducerState { h in
            let m = h.manager
            try appendEntry(m, epoch: 0, seq: 0, offset: 0, timestamp: h.now)
            try m.takeSnapshot()
            try appendEntry(m, epoch: 0, seq: 1, offset: 1, timestamp: h.now)
            try m.takeSnapshot()
            #expect(m.latestSnapshotOffset == 2)
            let path = LogFileNames.producerSnapshotFile(directory: h.dir, offset: 2)
            let bytes = try fileBytes(path)
            switch damage {
            case "empty": try writeFile(path, [])
            case "truncated": try writeFile(path, Array(bytes.prefix(bytes.count / 2)))
            default: try writeFile(path, [UInt8](repeating: 0, count: 37) + bytes.dropFirst(37))
            }

            let reloaded = try h.reopened()
            let failures = try reloaded.truncateAndReload(logStartOffset: 0, logEndOffset: 20, currentTimeMs: h.now)
            #expect(failures.map(\.snapshot.offset) == [2])
            #expect(failures.first?.description.hasPrefix("Failed to load producer snapshot from '\(path)'") == true)
            #expect(!FileManager.default.fileExists(atPath: path))
            #expect(reloaded.activeProducers[1]?.lastDataOffset == 0)
            #expect(reloaded.mapEndOffset == 1)
        }
    }

    @Test func allSnapshotsCorruptFallsBackToTheLogStart() throws {
        try withProducerState { h in
            try writeFile(LogFileNames.producerSnapshotFile(directory: h.dir, offset: 4), [1, 2, 3])
            try writeFile(LogFileNames.producerSnapshotFile(directory: h.dir, offset: 8), Self.golden.map { $0 ^ 0xFF })
            let m = try h.reopened()
            let failures = try m.truncateAndReload(logStartOffset: 2, logEndOffset: 10, currentTimeMs: h.now)
            #expect(failures.map(\.snapshot.offset) == [8, 4])
            #expect(m.snapshotOffsets.isEmpty)
            #expect(try h.fileCount() == 0)
            #expect(m.mapEndOffset == 2)
            #expect(m.activeProducers.isEmpty)
        }
    }
}
