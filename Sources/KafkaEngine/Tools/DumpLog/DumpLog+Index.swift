import NIOCore

#if canImport(Glibc)
    import Glibc
#endif

// Kafka's `dumpIndex`, `dumpTimeIndex` and `dumpTxnIndex`. Indexes are opened read-only; each entry
// of the offset and time indexes is checked against the segment's `.log` beside it.

extension DumpLog {
    /// The segment log beside an index, opened for checking entries against it.
    struct SegmentLog {
        var file: StorageFile
        var size: Int64
        var path: String
    }

    /// Opens `<dir>/<prefix>.log` for an index file; nil (after recording a failure) when it cannot
    /// be opened, in which case entries are printed unchecked.
    private func openSegmentLog(for path: String, name: String) -> SegmentLog? {
        let prefix = name.split(separator: ".", omittingEmptySubsequences: false).first.map(String.init) ?? name
        let logPath = StorageFile.join(StorageFile.parentDirectory(of: path), prefix + LogFileNames.logFileSuffix)
        do {
            if let problem = Self.checkRegularFile(logPath) {
                throw StorageError.illegalArgument("\(logPath): \(problem)")
            }
            let file = try StorageFile.open(logPath, access: .readOnly)
            do {
                return SegmentLog(file: file, size: try file.size(), path: logPath)
            } catch {
                try? file.close()
                throw error
            }
        } catch {
            self.fail(path, "entries not checked, the segment's log cannot be read: \(error)")
            return nil
        }
    }

    // MARK: Offset index

    func dumpIndex(path: String, name: String) throws(StorageError) {
        guard let baseOffset = Self.baseOffset(fromFileName: name) else {
            self.fail(path, "not an index file name (expected <base offset>.index, such as 00000000000000000000.index)")
            return
        }
        let index = try OffsetIndex(path: path, baseOffset: baseOffset, maxIndexSize: -1, writable: false)
        defer { index.closeHandler() }
        if index.entries == 0 {
            if self.isJSON {
                self.jsonIndexStatus(path, "empty")
            } else {
                self.out.line("\(path) is empty.")
            }
            return
        }
        if self.options.indexSanityCheck {
            self.sanityCheck(path) { () throws(StorageError) in try index.sanityCheck() }
            return
        }
        let log = self.openSegmentLog(for: path, name: name)
        defer { try? log?.file.close() }
        let absolute = self.absolutePath(path)
        for i in 0..<index.entries {
            guard let entry = index.entry(at: i) else { break }
            // A crash can leave the preallocated file full of zero entries: stop at the first.
            if entry.offset == baseOffset && i > 0 { return }
            if let log {
                switch try Self.batchLastOffset(in: log, at: Int64(entry.position)) {
                case .success(let logOffset):
                    if logOffset != entry.offset {
                        self.indexMismatches.add(absolute, entry.offset, logOffset)
                        self.problem(
                            path, at: Int64(i * OffsetIndex.entrySize),
                            "entry \(i) maps offset \(entry.offset) to position \(entry.position), where the log's"
                                + " batch ends at offset \(logOffset)")
                    }
                case .failure(let reason):
                    self.problem(
                        path, at: Int64(i * OffsetIndex.entrySize),
                        "entry \(i) maps offset \(entry.offset) to position \(entry.position): \(reason.message)")
                }
            }
            if !self.options.verifyIndexOnly {
                if self.isJSON {
                    self.json { json in
                        json.key("type")
                        json.string("index_entry")
                        json.key("file")
                        json.string(path)
                        json.key("offset")
                        json.integer(entry.offset)
                        json.key("position")
                        json.integer(entry.position)
                    }
                } else {
                    self.out.append("offset: ")
                    self.out.append(entry.offset)
                    self.out.append(" position: ")
                    self.out.append(entry.position)
                    self.out.newline()
                }
            }
        }
    }

    /// Runs an index's sanity check: `<file> passed sanity check.`, or the failure as corruption.
    private func sanityCheck(_ path: String, _ check: () throws(StorageError) -> Void) {
        do {
            try check()
            if self.isJSON {
                self.jsonIndexStatus(path, "passed sanity check")
            } else {
                self.out.line("\(path) passed sanity check.")
            }
        } catch {
            self.problem(path, at: nil, "failed the sanity check: \(error)")
        }
    }

    private func jsonIndexStatus(_ path: String, _ status: String) {
        self.json { json in
            json.key("type")
            json.string("index_status")
            json.key("file")
            json.string(path)
            json.key("status")
            json.string(status)
        }
    }

    struct NoBatch: Error {
        var message: String
    }

    /// The last offset of the batch at `position` of the log (Kafka's
    /// `fileRecords.slice(position, maxMessageSize).batches.iterator.next().lastOffset`), read from
    /// the batch header alone; what is there instead when no v2 batch starts at `position`.
    static func batchLastOffset(in log: SegmentLog, at position: Int64) throws(StorageError) -> Result<Int64, NoBatch> {
        guard position >= 0, position < log.size else {
            return .failure(NoBatch(message: "the position is past the end of the log (\(log.size) bytes)"))
        }
        var reader = FileBatchReader(file: log.file, start: position, end: log.size, windowSize: RecordBatch.headerSize)
        switch try reader.nextFrame() {
        case .batch(let position, _):
            return .success(try reader.lastOffset(ofBatchAt: position))
        case .end, .partial(_, nil):
            return .failure(
                NoBatch(message: "no batch starts there, \(log.size - position) bytes before the end of the log"))
        case .partial(_, let needed?):
            return .failure(
                NoBatch(
                    message: "the batch there is truncated: \(log.size - position) of its \(needed) bytes are present"))
        case .corrupt(_, let reason):
            return .failure(NoBatch(message: "no batch starts there: \(reason.description)"))
        }
    }

    // MARK: Time index

    func dumpTimeIndex(path: String, name: String) throws(StorageError) {
        guard let baseOffset = Self.baseOffset(fromFileName: name) else {
            self.fail(
                path,
                "not a time index file name (expected <base offset>.timeindex, such as 00000000000000000000.timeindex)")
            return
        }
        let timeIndex = try TimeIndex(path: path, baseOffset: baseOffset, maxIndexSize: -1, writable: false)
        defer { timeIndex.closeHandler() }
        if self.options.indexSanityCheck {
            self.sanityCheck(path) { () throws(StorageError) in try timeIndex.sanityCheck() }
            return
        }
        let log = self.openSegmentLog(for: path, name: name)
        defer { try? log?.file.close() }
        // The offset index only says where to start scanning the log; without it, scan from the start.
        let prefix = String(name.prefix(while: { $0 != "." }))
        let offsetIndexPath = StorageFile.join(
            StorageFile.parentDirectory(of: path), prefix + LogFileNames.indexFileSuffix)
        let offsetIndex =
            log == nil || Self.checkRegularFile(offsetIndexPath) != nil
            ? nil : try? OffsetIndex(path: offsetIndexPath, baseOffset: baseOffset, maxIndexSize: -1, writable: false)
        defer { offsetIndex?.closeHandler() }
        let absolute = self.absolutePath(path)

        var previousTimestamp = RecordBatch.noTimestamp
        for i in 0..<timeIndex.entries {
            guard let entry = timeIndex.entry(at: i) else { break }
            if entry.offset == baseOffset && i > 0 { return }
            let at = Int64(i * TimeIndex.entrySize)
            if let log {
                let start = Int64(offsetIndex?.lookup(entry.offset).position ?? 0)
                switch try self.findBatch(endingAtOrAfter: entry.offset, in: log, from: start) {
                case nil:
                    self.timeIndexOffsetsNotFound.add(absolute, entry.offset, -1)
                    self.problem(path, at: at, "entry \(i): indexed offset \(entry.offset) is not in the log")
                case let batch? where batch.lastOffset != entry.offset:
                    self.timeIndexOffsetsNotFound.add(absolute, entry.offset, batch.lastOffset)
                    self.problem(
                        path, at: at,
                        "entry \(i): indexed offset \(entry.offset) is not the last offset of a batch (found \(batch.lastOffset))"
                    )
                case let batch?:
                    switch Self.maxRecordTimestamp(batch, maxDecompressedBytes: self.options.maxDecompressedBytes) {
                    case .success(let maxTimestamp):
                        if maxTimestamp != entry.timestamp {
                            self.timeIndexMismatches.add(absolute, entry.timestamp, maxTimestamp)
                            self.problem(
                                path, at: at,
                                "entry \(i): timestamp \(entry.timestamp) for offset \(entry.offset), but the batch's"
                                    + " largest record timestamp is \(maxTimestamp)")
                        }
                    case .failure(let error):
                        self.problem(
                            path, at: at,
                            "entry \(i): the records of the batch ending at offset \(entry.offset) cannot be read: \(error)"
                        )
                    }
                    if previousTimestamp >= entry.timestamp {
                        self.timeIndexOutOfOrder.add(absolute, entry.timestamp, previousTimestamp)
                        self.problem(
                            path, at: at,
                            "entry \(i): timestamp \(entry.timestamp) is not above the previous entry's \(previousTimestamp)"
                        )
                    }
                }
            }
            if !self.options.verifyIndexOnly {
                if self.isJSON {
                    self.json { json in
                        json.key("type")
                        json.string("time_index_entry")
                        json.key("file")
                        json.string(path)
                        json.key("timestamp")
                        json.integer(entry.timestamp)
                        json.key("offset")
                        json.integer(entry.offset)
                    }
                } else {
                    self.out.append("timestamp: ")
                    self.out.append(entry.timestamp)
                    self.out.append(" offset: ")
                    self.out.append(entry.offset)
                    self.out.newline()
                }
            }
            previousTimestamp = entry.timestamp
        }
    }

    /// Kafka's `batches.find(_.lastOffset >= offset)` from `start`: nil when the scan reaches the end
    /// of the log, or bytes that are not a batch, first.
    private func findBatch(endingAtOrAfter offset: Int64, in log: SegmentLog, from start: Int64) throws(StorageError)
        -> RecordBatch?
    {
        guard start >= 0, start <= log.size else { return nil }
        // Batch headers are read one at a time (and the matching batch whole), as Kafka's
        // FileLogInputStream does: one scan per index entry must not read ahead.
        var reader = FileBatchReader(file: log.file, start: start, end: log.size, windowSize: RecordBatch.headerSize)
        while case .batch(let position, let size) = try reader.nextFrame() {
            if try reader.lastOffset(ofBatchAt: position) >= offset {
                return try reader.batch(at: position, size: size)
            }
        }
        return nil
    }

    /// The largest timestamp among the batch's records (Kafka reads them all; for LogAppendTime
    /// they all carry the batch's).
    static func maxRecordTimestamp(_ batch: RecordBatch, maxDecompressedBytes: Int) -> Result<Int64, RecordBatchError> {
        do throws(RecordBatchError) {
            var records = try batch.makeRecordIterator(maxDecompressedBytes: maxDecompressedBytes)
            var maxTimestamp = RecordBatch.noTimestamp
            while let record = try records.next() {
                maxTimestamp = max(maxTimestamp, record.timestamp)
            }
            return .success(maxTimestamp)
        } catch {
            return .failure(error)
        }
    }

    // MARK: Transaction index

    /// Kafka's `dumpTxnIndex`: `version: … producerId: … firstOffset: … lastOffset: …
    /// lastStableOffset: …` per aborted transaction.
    func dumpTransactionIndex(path: String, name: String) throws(StorageError) {
        guard Self.baseOffset(fromFileName: name) != nil else {
            self.fail(
                path,
                "not a transaction index file name (expected <base offset>.txnindex, such as 00000000000000000000.txnindex)"
            )
            return
        }
        let bytes = try StorageFile.readAll(path)
        let count = bytes.count / AbortedTxn.totalSize
        let entries = bytes.withUnsafeBytes { raw in
            (0..<count).map { AbortedTxn(decoding: raw, at: $0 * AbortedTxn.totalSize) }
        }
        for (i, txn) in entries.enumerated() {
            if txn.version > AbortedTxn.currentVersion {
                self.problem(
                    path, at: Int64(i * AbortedTxn.totalSize),
                    "unexpected aborted transaction version \(txn.version) (current version is \(AbortedTxn.currentVersion))"
                )
                return
            }
            if self.isJSON {
                self.json { json in
                    json.key("type")
                    json.string("aborted_txn")
                    json.key("file")
                    json.string(path)
                    json.key("version")
                    json.integer(txn.version)
                    json.key("producerId")
                    json.integer(txn.producerId)
                    json.key("firstOffset")
                    json.integer(txn.firstOffset)
                    json.key("lastOffset")
                    json.integer(txn.lastOffset)
                    json.key("lastStableOffset")
                    json.integer(txn.lastStableOffset)
                }
            } else {
                self.out.line(
                    "version: \(txn.version) producerId: \(txn.producerId) firstOffset: \(txn.firstOffset) "
                        + "lastOffset: \(txn.lastOffset) lastStableOffset: \(txn.lastStableOffset)")
            }
        }
        let partial = bytes.count - count * AbortedTxn.totalSize
        if partial > 0 {
            self.problem(
                path, at: Int64(count * AbortedTxn.totalSize),
                "\(partial) trailing bytes, short of a whole \(AbortedTxn.totalSize)-byte entry")
        }
    }
}
