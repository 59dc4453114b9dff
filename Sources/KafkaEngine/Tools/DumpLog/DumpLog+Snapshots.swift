import NIOCore

// Kafka's `dumpProducerIdSnapshot`, and (beyond Kafka, whose tool cannot read it) the partition's
// `leader-epoch-checkpoint`.

extension DumpLog {
    /// Kafka's `ProducerStateManager.PRODUCER_SNAPSHOT_VERSION`.
    static let producerSnapshotVersion: Int16 = 1
    /// Bytes before the entries: int16 version, uint32 CRC-32C of everything after it.
    static let producerEntriesOffset = 6

    /// One line per producer: `producerId: … producerEpoch: … coordinatorEpoch: …
    /// currentTxnFirstOffset: OptionalLong… lastTimestamp: … ` then, when the entry has a last
    /// batch, `firstSequence: … lastSequence: … lastOffset: … offsetDelta: … timestamp: …`. A
    /// corrupt snapshot prints Kafka's `CorruptSnapshotException` message on stderr.
    func dumpProducerSnapshot(path: String) throws(StorageError) {
        let bytes = try StorageFile.readAll(path)
        let entries: [ProducerSnapshot.ProducerEntry]
        switch Self.readProducerSnapshot(bytes) {
        case .success(let read):
            entries = read
        case .failure(let failure):
            self.err.line(failure.message)
            self.problem(path, at: failure.position, failure.message)
            return
        }
        for entry in entries {
            let currentTxnFirstOffset: Int64? = entry.currentTxnFirstOffset >= 0 ? entry.currentTxnFirstOffset : nil
            // Kafka keeps the entry's last batch only when its offset is known.
            let hasBatch = entry.lastOffset >= 0
            let firstSequence = RecordBatch.decrementSequence(entry.lastSequence, by: entry.offsetDelta)
            if self.isJSON {
                self.json { json in
                    json.key("type")
                    json.string("producer_state")
                    json.key("file")
                    json.string(path)
                    json.key("producerId")
                    json.integer(entry.producerId)
                    json.key("producerEpoch")
                    json.integer(entry.epoch)
                    json.key("coordinatorEpoch")
                    json.integer(entry.coordinatorEpoch)
                    json.key("currentTxnFirstOffset")
                    if let currentTxnFirstOffset { json.integer(currentTxnFirstOffset) } else { json.null() }
                    json.key("lastTimestamp")
                    json.integer(entry.timestamp)
                    if hasBatch {
                        json.key("firstSequence")
                        json.integer(firstSequence)
                        json.key("lastSequence")
                        json.integer(entry.lastSequence)
                        json.key("lastOffset")
                        json.integer(entry.lastOffset)
                        json.key("offsetDelta")
                        json.integer(entry.offsetDelta)
                        json.key("timestamp")
                        json.integer(entry.timestamp)
                    }
                }
            } else {
                var line =
                    "producerId: \(entry.producerId) producerEpoch: \(entry.epoch) coordinatorEpoch: \(entry.coordinatorEpoch) "
                    + "currentTxnFirstOffset: \(Self.optionalLong(currentTxnFirstOffset)) lastTimestamp: \(entry.timestamp) "
                if hasBatch {
                    line +=
                        "firstSequence: \(firstSequence) lastSequence: \(entry.lastSequence) lastOffset: \(entry.lastOffset) "
                        + "offsetDelta: \(entry.offsetDelta) timestamp: \(entry.timestamp)"
                }
                self.out.line(line)
            }
        }
    }

    /// Java's `OptionalLong.toString`.
    static func optionalLong(_ value: Int64?) -> String {
        value.map { "OptionalLong[\($0)]" } ?? "OptionalLong.empty"
    }

    struct CorruptSnapshot: Error {
        var message: String
        var position: Int64?
    }

    /// Kafka's `ProducerStateManager.readSnapshot`: the schema, then the version, then the CRC;
    /// failures carry Kafka's `CorruptSnapshotException` messages.
    static func readProducerSnapshot(_ bytes: [UInt8]) -> Result<[ProducerSnapshot.ProducerEntry], CorruptSnapshot> {
        var buffer = ByteBuffer(bytes: bytes)
        let version = buffer.readInteger(as: Int16.self)
        let snapshot: ProducerSnapshot
        do {
            guard version != nil else { throw KafkaProtocolError.truncated(needed: 2, available: bytes.count) }
            // The layout has not changed since version 1; read it as that, then check the version.
            snapshot = try ProducerSnapshot(from: &buffer, version: Self.producerSnapshotVersion)
        } catch {
            return .failure(CorruptSnapshot(message: "Snapshot failed schema validation: \(error)", position: nil))
        }
        if let version, version != Self.producerSnapshotVersion {
            return .failure(
                CorruptSnapshot(message: "Snapshot contained an unknown file version \(version)", position: 0))
        }
        let computed = bytes.withUnsafeBytes { raw in
            CRC32C.checksum(UnsafeRawBufferPointer(rebasing: raw[min(Self.producerEntriesOffset, raw.count)...]))
        }
        if snapshot.crc != computed {
            return .failure(
                CorruptSnapshot(
                    message:
                        "Snapshot is corrupt (CRC is no longer valid). Stored crc: \(snapshot.crc). Computed crc: \(computed)",
                    position: 2))
        }
        return .success(snapshot.producerEntries)
    }

    // MARK: Leader epoch checkpoint

    /// `epoch: … startOffset: …` per entry of the checkpoint (Kafka's tool fails on this file name).
    func dumpLeaderEpochCheckpoint(path: String) throws(StorageError) {
        let entries: [EpochEntry]
        do {
            entries = try LeaderEpochCheckpointFile(path: path).read()
        } catch {
            if case .malformedFile = error {
                self.problem(path, at: nil, error.description)
                return
            }
            throw error
        }
        for entry in entries {
            if self.isJSON {
                self.json { json in
                    json.key("type")
                    json.string("leader_epoch")
                    json.key("file")
                    json.string(path)
                    json.key("epoch")
                    json.integer(entry.epoch)
                    json.key("startOffset")
                    json.integer(entry.startOffset)
                }
            } else {
                self.out.line("epoch: \(entry.epoch) startOffset: \(entry.startOffset)")
            }
        }
    }
}
