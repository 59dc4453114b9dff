import NIOCore

// Kafka's `dumpLog`, `printBatchLevel` and the record loop: `.log` segments and KRaft `.checkpoint`
// snapshots, which hold the same record batches.

extension DumpLog {
    /// Kafka's `BootstrapDirectory.BINARY_BOOTSTRAP_FILENAME`.
    static let bootstrapSnapshotName = "bootstrap.checkpoint"

    func dumpLog(path: String, name: String, kind: FileKind) throws(StorageError) {
        if kind == .log {
            guard let baseOffset = Self.baseOffset(fromFileName: name) else {
                self.fail(
                    path, "not a segment file name (expected <base offset>.log, such as 00000000000000000000.log)")
                return
            }
            if self.isJSON {
                self.json { json in
                    json.key("type")
                    json.string("segment")
                    json.key("file")
                    json.string(path)
                    json.key("baseOffset")
                    json.integer(baseOffset)
                }
            } else {
                self.out.line("Log starting offset: \(baseOffset)")
            }
        } else if name == Self.bootstrapSnapshotName {
            if self.isJSON {
                self.json { json in
                    json.key("type")
                    json.string("snapshot")
                    json.key("file")
                    json.string(path)
                    json.key("bootstrap")
                    json.bool(true)
                }
            } else {
                self.out.line("KRaft bootstrap snapshot")
            }
        } else {
            guard let (endOffset, epoch) = Self.snapshotId(fromFileName: name) else {
                self.fail(
                    path,
                    "not a snapshot file name (expected <end offset>-<epoch>.checkpoint, such as"
                        + " 00000000000000000100-0000000001.checkpoint)")
                return
            }
            if self.isJSON {
                self.json { json in
                    json.key("type")
                    json.string("snapshot")
                    json.key("file")
                    json.string(path)
                    json.key("endOffset")
                    json.integer(endOffset)
                    json.key("epoch")
                    json.integer(epoch)
                }
            } else {
                self.out.line("Snapshot end offset: \(endOffset), epoch: \(epoch)")
            }
        }

        let file = try StorageFile.open(path, access: .readOnly)
        defer { try? file.close() }
        let fileSize = try file.size()
        let end = min(fileSize, Int64(self.options.maxBytes))
        var reader = FileBatchReader(file: file, end: end)
        var state = LogDumpState()
        var validBytes: Int64 = 0
        reading: while !self.out.failed {
            switch try reader.next() {
            case .batch(let batch, let position):
                self.dumpBatch(batch, position: position, path: path, state: &state)
                validBytes += Int64(batch.sizeInBytes)
            case .end:
                break reading
            case .partial(let position, let neededBytes):
                // Cut by --max-bytes is not corruption; a batch cut by the end of the file is.
                if end == fileSize {
                    let left = fileSize - position
                    let what =
                        neededBytes.map { "truncated batch: \(left) of its \($0) bytes are present" }
                        ?? "\(left) trailing bytes, too few for a batch header"
                    self.problem(path, at: position, what)
                }
                break reading
            case .corrupt(let position, let reason):
                self.problem(path, at: position, reason.description)
                break reading
            }
        }
        let trailingBytes = end - validBytes
        if trailingBytes > 0 && self.options.maxBytes == DumpLogOptions.defaultMaxBytes {
            if self.isJSON {
                self.json { json in
                    json.key("type")
                    json.string("invalid_bytes")
                    json.key("file")
                    json.string(path)
                    json.key("position")
                    json.integer(validBytes)
                    json.key("bytes")
                    json.integer(trailingBytes)
                }
            } else {
                self.out.line("Found \(trailingBytes) invalid bytes at the end of \(name)")
            }
        }
    }

    /// Kafka's `Snapshots.parse`: `<20-digit end offset>-<10-digit epoch>.checkpoint`.
    static func snapshotId(fromFileName name: String) -> (endOffset: Int64, epoch: Int32)? {
        let utf8 = Array(name.utf8)
        guard utf8.count >= 31, name.hasSuffix(Self.snapshotSuffix),
            let offset = Int64(String(decoding: utf8[0..<20], as: UTF8.self)),
            let epoch = Int32(String(decoding: utf8[21..<31], as: UTF8.self))
        else { return nil }
        return (offset, epoch)
    }

    /// Carried from batch to batch within one file.
    struct LogDumpState {
        /// The previous record's offset, -1 before the first (Kafka's `lastOffset`).
        var lastOffset: Int64 = -1
    }

    // MARK: Batches

    private func dumpBatch(_ batch: RecordBatch, position: Int64, path: String, state: inout LogDumpState) {
        let computedCrc = batch.computeChecksum()
        let isValid = batch.crc == computedCrc
        if !isValid {
            self.problem(path, at: position, "CRC mismatch (stored crc \(batch.crc), computed crc \(computedCrc))")
        }
        let codecId = batch.attributes.compressionCodecId
        if batch.compressionType == nil {
            self.problem(path, at: position, "unknown compression codec id \(codecId)")
        }
        if self.isJSON {
            self.printBatchJSON(batch, position: position, path: path, isValid: isValid)
            self.forEachRecord(of: batch, position: position, path: path, state: &state) { record in
                self.printRecordJSON(record, batch: batch, path: path, position: position)
            }
        } else {
            self.out.write { text in
                Self.printBatchLevel(batch, position: position, isValid: isValid, to: &text)
                self.forEachRecord(of: batch, position: position, path: path, state: &state) { record in
                    self.printRecord(record, batch: batch, path: path, position: position, to: &text)
                }
            }
        }
    }

    /// Deep iteration: each record of the batch, in order, after Kafka's offset check. A batch
    /// whose records cannot be read is reported; the records before the fault are still visited.
    private func forEachRecord(
        of batch: RecordBatch, position: Int64, path: String, state: inout LogDumpState, _ body: (Record) -> Void
    ) {
        guard self.options.isDeepIteration, batch.compressionType != nil else { return }
        var records: RecordIterator
        do {
            records = try batch.makeRecordIterator(maxDecompressedBytes: self.options.maxDecompressedBytes)
        } catch {
            self.problem(path, at: position, "the batch's records cannot be read: \(error)")
            return
        }
        while true {
            let record: Record
            do {
                guard let next = try records.next() else { return }
                record = next
            } catch {
                self.problem(path, at: position, "a record of the batch cannot be read: \(error)")
                return
            }
            self.checkOffsetOrder(record.offset, path: path, position: position, state: &state)
            body(record)
        }
    }

    /// Kafka's non-consecutive offsets check; an offset that does not increase is corruption, a
    /// gap only a warning (compaction leaves gaps).
    private func checkOffsetOrder(_ offset: Int64, path: String, position: Int64, state: inout LogDumpState) {
        defer { state.lastOffset = offset }
        guard state.lastOffset != -1, offset != state.lastOffset &+ 1 else { return }
        let absolute = self.absolutePath(path)
        self.nonConsecutiveOffsets.add(absolute, state.lastOffset, offset)
        if offset <= state.lastOffset {
            self.problem(
                path, at: position, "offset \(offset) follows offset \(state.lastOffset): offsets must increase")
        } else {
            self.problem(
                path, at: position, "offset \(offset) follows offset \(state.lastOffset) (a gap, as compaction leaves)",
                isCorruption: false)
        }
    }

    /// Kafka's `printBatchLevel` for a v2 batch.
    private static func printBatchLevel(_ batch: RecordBatch, position: Int64, isValid: Bool, to out: inout TextBuffer)
    {
        out.append("baseOffset: ")
        out.append(batch.baseOffset)
        out.append(" lastOffset: ")
        out.append(batch.lastOffset)
        out.append(" count: ")
        out.append(batch.recordsCount)
        out.append(" baseSequence: ")
        out.append(batch.baseSequence)
        out.append(" lastSequence: ")
        out.append(batch.lastSequence)
        out.append(" producerId: ")
        out.append(batch.producerId)
        out.append(" producerEpoch: ")
        out.append(batch.producerEpoch)
        out.append(" partitionLeaderEpoch: ")
        out.append(batch.partitionLeaderEpoch)
        out.append(" isTransactional: ")
        out.append(batch.isTransactional)
        out.append(" isControl: ")
        out.append(batch.isControlBatch)
        out.append(" deleteHorizonMs: ")
        if let horizon = batch.deleteHorizonMs {
            out.append("OptionalLong[")
            out.append(horizon)
            out.append("]")
        } else {
            out.append("OptionalLong.empty")
        }
        out.append(" position: ")
        out.append(position)
        out.append(batch.timestampType == .createTime ? " CreateTime: " as StaticString : " LogAppendTime: ")
        out.append(batch.maxTimestamp)
        out.append(" size: ")
        out.append(batch.sizeInBytes)
        out.append(" magic: ")
        out.append(batch.magic)
        out.append(" compresscodec: ")
        switch batch.compressionType {
        case .none?: out.append("none")
        case .gzip?: out.append("gzip")
        case .snappy?: out.append("snappy")
        case .lz4?: out.append("lz4")
        case .zstd?: out.append("zstd")
        case nil: out.append(Self.codecName(batch))
        }
        out.append(" crc: ")
        out.append(batch.crc)
        out.append(" isvalid: ")
        out.append(isValid)
        out.newline()
    }

    /// Kafka's `CompressionType.name`; codec ids Kafka does not define (where Kafka throws) as
    /// `unknown(<id>)`.
    static func codecName(_ batch: RecordBatch) -> String {
        batch.compressionType?.description ?? "unknown(\(batch.attributes.compressionCodecId))"
    }

    private func printBatchJSON(_ batch: RecordBatch, position: Int64, path: String, isValid: Bool) {
        self.json { json in
            json.key("type")
            json.string("batch")
            json.key("file")
            json.string(path)
            json.key("baseOffset")
            json.integer(batch.baseOffset)
            json.key("lastOffset")
            json.integer(batch.lastOffset)
            json.key("count")
            json.integer(batch.recordsCount)
            json.key("baseSequence")
            json.integer(batch.baseSequence)
            json.key("lastSequence")
            json.integer(batch.lastSequence)
            json.key("producerId")
            json.integer(batch.producerId)
            json.key("producerEpoch")
            json.integer(batch.producerEpoch)
            json.key("partitionLeaderEpoch")
            json.integer(batch.partitionLeaderEpoch)
            json.key("isTransactional")
            json.bool(batch.isTransactional)
            json.key("isControl")
            json.bool(batch.isControlBatch)
            json.key("deleteHorizonMs")
            if let horizon = batch.deleteHorizonMs { json.integer(horizon) } else { json.null() }
            json.key("position")
            json.integer(position)
            json.key("timestampType")
            json.string(batch.timestampType.description)
            json.key("maxTimestamp")
            json.integer(batch.maxTimestamp)
            json.key("size")
            json.integer(batch.sizeInBytes)
            json.key("magic")
            json.integer(batch.magic)
            json.key("compressCodec")
            json.string(Self.codecName(batch))
            json.key("crc")
            json.integer(batch.crc)
            json.key("isValid")
            json.bool(isValid)
        }
    }

    // MARK: Records

    /// Kafka's record line: `| offset: … CreateTime: … keySize: … valueSize: … sequence: …
    /// headerKeys: [...]`, then the control record or (with `--print-data-log`) ` key: …` and
    /// ` payload: …`. With `--skip-record-metadata` only the data remains, and the `| ` prefix
    /// moves to the key (a record without a key prints ` payload: …`, one without either an empty
    /// line), as in Kafka.
    private func printRecord(
        _ record: Record, batch: RecordBatch, path: String, position: Int64, to out: inout TextBuffer
    ) {
        var barPrefix = true
        if !self.options.skipRecordMetadata {
            out.append("| offset: ")
            out.append(record.offset)
            out.append(batch.timestampType == .createTime ? " CreateTime: " as StaticString : " LogAppendTime: ")
            out.append(record.timestamp)
            out.append(" keySize: ")
            out.append(record.key?.readableBytes ?? -1)
            out.append(" valueSize: ")
            out.append(record.value?.readableBytes ?? -1)
            barPrefix = false
            out.append(" sequence: ")
            out.append(record.sequence)
            out.append(" headerKeys: [")
            for (i, header) in record.headers.enumerated() {
                if i > 0 { out.append(",") }
                out.append(header.key)
            }
            out.append("]")
            if batch.isControlBatch {
                switch self.describeControlRecord(record, path: path, position: position) {
                case .endTransactionMarker(let type, let coordinatorEpoch):
                    out.append(" endTxnMarker: ")
                    out.append(type)
                    out.append(" coordinatorEpoch: ")
                    out.append(coordinatorEpoch)
                case .message(let name, let json):
                    out.append(" ")
                    out.append(name)
                    out.append(" ")
                    out.append(json)
                case .other(let type):
                    out.append(" controlType: ")
                    out.append(type.description)
                    out.append("(")
                    out.append(type.rawValue)
                    out.append(")")
                case .unreadable:
                    break
                }
            }
        }
        if self.options.printDataLog && !batch.isControlBatch {
            if case .decoders(.string, .string) = self.options.parser {
                // The common case, written without building strings.
                if let key = record.key {
                    out.append(barPrefix ? "| key: " as StaticString : " key: ")
                    out.appendUTF8(key)
                }
                if let value = record.value {
                    out.append(" payload: ")
                    out.appendUTF8(value)
                }
            } else {
                let (key, payload) = self.options.parser.parse(record)
                if let key {
                    out.append(barPrefix ? "| key: " as StaticString : " key: ")
                    out.append(key.text)
                }
                if let payload {
                    out.append(" payload: ")
                    out.append(payload.text)
                }
            }
        }
        out.newline()
    }

    private func printRecordJSON(_ record: Record, batch: RecordBatch, path: String, position: Int64) {
        let control = batch.isControlBatch ? self.describeControlRecord(record, path: path, position: position) : nil
        let data = self.options.printDataLog && !batch.isControlBatch ? self.options.parser.parse(record) : nil
        self.json { json in
            json.key("type")
            json.string("record")
            json.key("file")
            json.string(path)
            json.key("offset")
            json.integer(record.offset)
            if !self.options.skipRecordMetadata {
                json.key("timestampType")
                json.string(batch.timestampType.description)
                json.key("timestamp")
                json.integer(record.timestamp)
                json.key("keySize")
                json.integer(record.key?.readableBytes ?? -1)
                json.key("valueSize")
                json.integer(record.value?.readableBytes ?? -1)
                json.key("sequence")
                json.integer(record.sequence)
                json.key("headerKeys")
                json.beginArray()
                for header in record.headers { json.string(header.key) }
                json.endArray()
                switch control {
                case .endTransactionMarker(let type, let coordinatorEpoch):
                    json.key("endTxnMarker")
                    json.string(type)
                    json.key("coordinatorEpoch")
                    json.integer(coordinatorEpoch)
                case .message(let name, let body):
                    json.key("controlType")
                    json.string(name)
                    json.key("control")
                    json.raw(body)
                case .other(let type):
                    json.key("controlType")
                    json.string(type.description)
                    json.key("controlTypeId")
                    json.integer(type.rawValue)
                case .unreadable, nil:
                    break
                }
            }
            if let (key, payload) = data {
                if let key {
                    json.key("key")
                    if key.isJSON { json.raw(key.text) } else { json.string(key.text) }
                }
                if let payload {
                    json.key("payload")
                    if payload.isJSON { json.raw(payload.text) } else { json.string(payload.text) }
                }
            }
        }
    }

    /// What a control record says, as Kafka's record loop prints it.
    enum ControlRecordDescription {
        /// ABORT or COMMIT, and the coordinator epoch.
        case endTransactionMarker(String, Int32)
        /// A KRaft control message and its JSON: `SnapshotHeader`, `SnapshotFooter`,
        /// `KRaftVersion`, `KRaftVoters`.
        case message(String, String)
        /// Any other type (LEADER_CHANGE, UNKNOWN), printed by name and id.
        case other(ControlRecordType)
        /// Not a readable control record (reported as corruption).
        case unreadable
    }

    func describeControlRecord(_ record: Record, path: String, position: Int64) -> ControlRecordDescription {
        do throws(RecordBatchError) {
            let key = try ControlRecordKey(parsing: record.key)
            switch key.type {
            case .abort, .commit:
                let marker = try EndTransactionMarker(record: record)
                return .endTransactionMarker(marker.controlType.description, marker.coordinatorEpoch)
            case .snapshotHeader:
                let message = try Self.controlValue(SnapshotHeaderRecord.self, record)
                return .message("SnapshotHeader", message.jsonString(version: message.version))
            case .snapshotFooter:
                let message = try Self.controlValue(SnapshotFooterRecord.self, record)
                return .message("SnapshotFooter", message.jsonString(version: message.version))
            case .kraftVersion:
                let message = try Self.controlValue(KRaftVersionRecord.self, record)
                return .message("KRaftVersion", message.jsonString(version: message.version))
            case .kraftVoters:
                let message = try Self.controlValue(VotersRecord.self, record)
                return .message("KRaftVoters", message.jsonString(version: message.version))
            default:
                return .other(key.type)
            }
        } catch {
            self.problem(path, at: position, "control record at offset \(record.offset) cannot be read: \(error)")
            return .unreadable
        }
    }

    /// Kafka's `ControlRecordUtils.deserialize…`: the value read at version 0 (the message carries
    /// its own version field, which Kafka then prints the JSON at).
    private static func controlValue<M: KafkaMessage>(_ type: M.Type, _ record: Record) throws(RecordBatchError) -> M {
        guard var value = record.value else { throw .invalidRecord("\(M.self) control record without a value") }
        do {
            return try M(from: &value, version: 0)
        } catch {
            throw .invalidRecord("\(M.self): \(error)")
        }
    }
}
