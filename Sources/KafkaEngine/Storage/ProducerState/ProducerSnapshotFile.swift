import NIOCore

/// One `<offset>.snapshot` file in a partition directory (Kafka's `SnapshotFile`): the producer
/// state as of `offset`, the first offset not covered by it.
package struct ProducerSnapshotFile: Equatable, Hashable, Sendable, CustomStringConvertible {
    package var offset: Int64
    package var path: String

    package init(offset: Int64, path: String) {
        self.offset = offset
        self.path = path
    }

    /// The snapshot at `offset` in `directory`.
    package init(directory: String, offset: Int64) {
        self.init(offset: offset, path: LogFileNames.producerSnapshotFile(directory: directory, offset: offset))
    }

    @discardableResult
    package func deleteIfExists() throws(StorageError) -> Bool {
        try StorageFile.deleteIfExists(path)
    }

    /// Renames the file to `<offset>.snapshot.deleted`, for deletion later (Kafka's
    /// `renameToDelete`). Throws an ENOENT `StorageError` when the file is already gone.
    package func renamedToDelete() throws(StorageError) -> ProducerSnapshotFile {
        let deleted = ProducerSnapshotFile(offset: offset, path: path + LogFileNames.deletedFileSuffix)
        try StorageFile.rename(path, to: deleted.path)
        return deleted
    }

    package var description: String { "SnapshotFile(offset=\(offset), file=\(path))" }
}

/// Kafka's `CorruptSnapshotException`: a snapshot file whose bytes are not a valid snapshot. The
/// log recovers by reading an older snapshot, or the log itself, instead.
package struct CorruptSnapshotError: Error, Equatable, Sendable, CustomStringConvertible {
    package var message: String

    package init(_ message: String) {
        self.message = message
    }

    package var description: String { message }
}

/// The `.snapshot` file format, byte for byte as Kafka's `ProducerStateManager.writeSnapshot` and
/// `readSnapshot` (storage/ProducerSnapshot.json, big-endian):
///
///     version int16 (1) | crc uint32 | count int32 | count × entry
///     entry: producerId int64 | epoch int16 | lastSequence int32 | lastOffset int64 |
///            offsetDelta int32 | timestamp int64 | coordinatorEpoch int32 | currentTxnFirstOffset int64
///
/// The CRC-32C covers everything after the crc field. Each entry keeps only the producer's last
/// batch (lastSequence, lastOffset, offsetDelta; -1, -1, 0 when it has none), its last timestamp and
/// its open transaction (-1 when none). Kafka writes entries in `HashMap` order, which readers
/// ignore; this writes them by producer id, so a state always gives the same bytes.
extension ProducerStateManager {
    /// Kafka's `PRODUCER_SNAPSHOT_VERSION`.
    package static let producerSnapshotVersion: Int16 = 1
    /// Bytes before the entry count: version and crc (Kafka's `PRODUCER_ENTRIES_OFFSET`).
    static let producerEntriesOffset = 6
    static let crcOffset = 2

    /// The bytes of a snapshot holding `entries`.
    package static func snapshotBytes(_ entries: some Sequence<ProducerStateEntry>) throws(StorageError) -> [UInt8] {
        var snapshot = ProducerSnapshot()
        snapshot.producerEntries = entries.sorted { $0.producerId < $1.producerId }.map { entry in
            var fields = ProducerSnapshot.ProducerEntry()
            fields.producerId = entry.producerId
            fields.epoch = entry.producerEpoch
            fields.lastSequence = entry.lastSeq
            fields.lastOffset = entry.lastDataOffset
            fields.offsetDelta = entry.lastOffsetDelta
            fields.timestamp = entry.lastTimestamp
            fields.coordinatorEpoch = entry.coordinatorEpoch
            fields.currentTxnFirstOffset = entry.currentTxnFirstOffset ?? -1
            return fields
        }
        var buffer = ByteBuffer()
        buffer.reserveCapacity(producerEntriesOffset + 4 + snapshot.producerEntries.count * 46)
        buffer.writeInteger(producerSnapshotVersion)
        do {
            try snapshot.write(to: &buffer, version: producerSnapshotVersion)
        } catch {
            throw .illegalState(
                "Cannot encode a producer snapshot of \(snapshot.producerEntries.count) entries: \(error)")
        }
        var bytes = Array(buffer.readableBytesView)
        let crc = bytes.withUnsafeBytes {
            CRC32C.checksum(UnsafeRawBufferPointer(rebasing: $0[producerEntriesOffset...]))
        }
        withUnsafeBytes(of: crc.bigEndian) { bytes.replaceSubrange(crcOffset..<producerEntriesOffset, with: $0) }
        return bytes
    }

    /// The entries of a snapshot file's bytes (Kafka's `readSnapshot`): the structure is read first,
    /// then the version and the CRC are checked. Trailing bytes are allowed, as in Kafka, but the
    /// CRC covers them. Never traps; every fault is a `CorruptSnapshotError`.
    package static func decodeSnapshot(_ bytes: [UInt8]) throws(CorruptSnapshotError) -> [ProducerStateEntry] {
        var buffer = ByteBuffer(bytes: bytes)
        guard let version = buffer.readInteger(as: Int16.self) else {
            throw CorruptSnapshotError(
                "Snapshot failed schema validation: Error reading field 'version': \(bytes.count) bytes")
        }
        let snapshot: ProducerSnapshot
        do {
            // Version 1 is the only layout; an unknown version is reported after the structure, as Kafka does.
            snapshot = try ProducerSnapshot(from: &buffer, version: producerSnapshotVersion)
        } catch {
            throw CorruptSnapshotError("Snapshot failed schema validation: \(error)")
        }
        guard version == producerSnapshotVersion else {
            throw CorruptSnapshotError("Snapshot contained an unknown file version \(version)")
        }
        let computed = bytes.withUnsafeBytes {
            CRC32C.checksum(UnsafeRawBufferPointer(rebasing: $0[producerEntriesOffset...]))
        }
        guard snapshot.crc == computed else {
            throw CorruptSnapshotError(
                "Snapshot is corrupt (CRC is no longer valid). Stored crc: \(snapshot.crc). Computed crc: \(computed)")
        }
        return snapshot.producerEntries.map { fields in
            ProducerStateEntry(
                producerId: fields.producerId, producerEpoch: fields.epoch, coordinatorEpoch: fields.coordinatorEpoch,
                lastTimestamp: fields.timestamp,
                currentTxnFirstOffset: fields.currentTxnFirstOffset >= 0 ? fields.currentTxnFirstOffset : nil,
                batchMetadata: fields.lastOffset >= 0
                    ? BatchMetadata(
                        lastSeq: fields.lastSequence, lastOffset: fields.lastOffset, offsetDelta: fields.offsetDelta,
                        timestamp: fields.timestamp)
                    : nil)
        }
    }

    /// Writes a snapshot of `entries` to `path`, atomically (a temporary file renamed into place).
    /// With `sync` false nothing is fsynced; call `flushSnapshot(path:)` later.
    package static func writeSnapshot(
        path: String, entries: some Sequence<ProducerStateEntry>, sync: Bool = true
    ) throws(StorageError) {
        try StorageFile.writeAtomically(path, contents: snapshotBytes(entries), sync: sync)
    }

    /// Fsyncs a snapshot written with `sync: false`, and its directory; nothing if it is gone
    /// (Kafka's `flushProducerStateSnapshot`).
    package static func flushSnapshot(path: String) throws(StorageError) {
        let file: StorageFile
        do {
            file = try StorageFile.open(path, access: .readOnly)
        } catch {
            if error.isNoSuchFile { return }
            throw error
        }
        defer { try? file.close() }
        try file.sync()
        try StorageFile.syncDirectory(StorageFile.parentDirectory(of: path))
    }

    /// The snapshot files in `directory`, by offset: regular files named `<digits>.snapshot`
    /// (Kafka's `listSnapshotFiles`). A missing directory has none.
    package static func listSnapshotFiles(directory: String) throws(StorageError) -> [ProducerSnapshotFile] {
        let names: [String]
        do {
            names = try StorageFile.directoryEntries(directory)
        } catch {
            if error.isNoSuchFile { return [] }
            throw error
        }
        return names.compactMap { name -> ProducerSnapshotFile? in
            guard let parsed = SegmentFileName(name), parsed.kind == .producerSnapshot, parsed.status == .live else {
                return nil
            }
            let path = StorageFile.join(directory, name)
            guard StorageFile.isRegularFile(path) else { return nil }
            return ProducerSnapshotFile(offset: parsed.baseOffset, path: path)
        }.sorted { $0.offset < $1.offset }
    }
}
