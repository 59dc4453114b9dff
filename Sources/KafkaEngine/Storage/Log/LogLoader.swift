/// Loads a partition's directory into segments (Kafka's `LogLoader`): removes leftovers of
/// interrupted operations, finishes interrupted compaction swaps, opens each segment and checks
/// its indexes (rebuilding those that fail), and after an unclean shutdown recovers every segment
/// from the one holding the recovery point: the first invalid batch ends the log, the rest of that
/// segment and every later segment are removed. Everything done goes into the `RecoveryReport`.
///
/// Runs before the log exists, so no reader can hold a segment: files are removed at once rather
/// than renamed to `.deleted`.
struct LogLoader {
    let directory: String
    let topicPartition: TopicPartition
    let config: LogConfig
    let clock: any KafkaClock
    var hadCleanShutdown: Bool
    let logStartOffsetCheckpoint: Int64
    var recoveryPointCheckpoint: Int64
    let producerState: (any LogProducerState)?
    var report: RecoveryReport
    var segments: [LogSegment] = []

    /// What loading produced.
    struct Loaded {
        var segments: [LogSegment]
        var logStartOffset: Int64
        var recoveryPoint: Int64
        var nextOffset: Int64
        var report: RecoveryReport
    }

    init(
        directory: String, topicPartition: TopicPartition, config: LogConfig, clock: any KafkaClock,
        hadCleanShutdown: Bool, logStartOffsetCheckpoint: Int64, recoveryPointCheckpoint: Int64,
        producerState: (any LogProducerState)?
    ) {
        self.directory = directory
        self.topicPartition = topicPartition
        self.config = config
        self.clock = clock
        self.hadCleanShutdown = hadCleanShutdown
        self.logStartOffsetCheckpoint = logStartOffsetCheckpoint
        self.recoveryPointCheckpoint = recoveryPointCheckpoint
        self.producerState = producerState
        self.report = RecoveryReport(hadCleanShutdown: hadCleanShutdown)
    }

    mutating func load() throws(LogError) -> (LeaderEpochFileCache, Loaded) {
        do {
            return try loadFiles()
        } catch {
            for segment in segments { segment.closeHandlers() }
            throw .storage(error)
        }
    }

    private mutating func loadFiles() throws(StorageError) -> (LeaderEpochFileCache, Loaded) {
        try StorageFile.createDirectories(directory)
        let hasData = try directoryHasLogData()
        let cache = try openLeaderEpochCache(hasData: hasData)
        // An epoch above the checkpoint's latest cannot have been written: the checkpoint is
        // written before the batch. Without a usable checkpoint there is nothing to compare with.
        let maxKnownLeaderEpoch = cache.isEmpty ? nil : cache.latestEpoch

        let swapFiles = try removeTempFilesAndCollectSwapFiles()
        try restoreSwapFiles(swapFiles)
        try loadSegmentFiles(cache: cache, maxKnownLeaderEpoch: maxKnownLeaderEpoch)

        let recovery: (recoveryPoint: Int64, nextOffset: Int64)
        if directory.hasSuffix(LogFileNames.deleteDirSuffix) {
            if segments.isEmpty { segments.append(try openNewSegment(baseOffset: 0)) }
            recovery = (0, 0)
        } else {
            recovery = try recoverLog(cache: cache, maxKnownLeaderEpoch: maxKnownLeaderEpoch)
            try segments[segments.count - 1].resizeIndexes(Int(config.segmentIndexBytes))
        }

        cache.truncateFromEnd(recovery.nextOffset)
        let logStartOffset = max(logStartOffsetCheckpoint, segments[0].baseOffset)
        cache.truncateFromStart(logStartOffsetCheckpoint)
        // Truncations stay in memory (Kafka flushes them asynchronously): every load truncates
        // again, so entries the file still holds past the log end or before its start are never
        // used. Only a missing file is written, so that every log has one; without an fsync,
        // since a missing file beside data means full recovery anyway.
        if !StorageFile.exists(cache.checkpoint.path) { try cache.flush(sync: false) }

        if let producerState {
            try Log.rebuildProducerState(
                producerState, segments: segments, logStartOffset: logStartOffset, lastOffset: recovery.nextOffset,
                reloadFromCleanShutdown: hadCleanShutdown)
        }
        return (
            cache,
            Loaded(
                segments: segments, logStartOffset: logStartOffset, recoveryPoint: recovery.recoveryPoint,
                nextOffset: recovery.nextOffset, report: report)
        )
    }

    // MARK: Checkpoint

    /// Whether any `.log` file in the directory holds bytes.
    private func directoryHasLogData() throws(StorageError) -> Bool {
        for name in try StorageFile.directoryEntries(directory) {
            guard let parsed = SegmentFileName(name), parsed.kind == .log, parsed.status == .live else { continue }
            if (try StorageFile.size(of: StorageFile.join(directory, name))) > 0 { return true }
        }
        return false
    }

    /// The leader-epoch cache. A checkpoint that does not parse, or is missing beside data, cannot
    /// be trusted to hold every epoch: it starts empty and every segment is recovered, which
    /// rebuilds it from the batches.
    private mutating func openLeaderEpochCache(hasData: Bool) throws(StorageError) -> LeaderEpochFileCache {
        let checkpoint = LeaderEpochCheckpointFile(logDirectory: directory)
        let existed = StorageFile.exists(checkpoint.path)
        do {
            let cache = try LeaderEpochFileCache(checkpoint: checkpoint)
            if !existed && hasData {
                forceFullRecovery(checkpoint.path, "the leader-epoch checkpoint is missing")
            }
            return cache
        } catch let error where error.errno == nil {
            forceFullRecovery(checkpoint.path, "the leader-epoch checkpoint does not parse (\(error))")
            try checkpoint.write([])
            return try LeaderEpochFileCache(checkpoint: checkpoint)
        }
    }

    private mutating func forceFullRecovery(_ path: String, _ reason: String) {
        report.events.append(
            RecoveryReport.Event(kind: .checkpointIgnored, file: path, detail: "\(reason): recovering every segment"))
        hadCleanShutdown = false
        report.hadCleanShutdown = false
        recoveryPointCheckpoint = 0
    }

    // MARK: Leftovers

    /// Kafka's `removeTempFilesAndCollectSwapFiles`: removes `.deleted`, `.tmp` and `.cleaned`
    /// files and the `.swap` files of an incomplete segment split; returns the other `.swap` files.
    private mutating func removeTempFilesAndCollectSwapFiles() throws(StorageError) -> [String] {
        var swapFiles: [String] = []
        var cleanedFiles: [String] = []
        var minCleanedFileOffset = Int64.max
        for name in try StorageFile.directoryEntries(directory).sorted() {
            let path = StorageFile.join(directory, name)
            guard StorageFile.isRegularFile(path) else { continue }
            if name.hasSuffix(LogFileNames.deletedFileSuffix) && !name.hasSuffix(".checkpoint.deleted") {
                try removeStray(path, "left by a deletion that did not finish")
            } else if name.hasSuffix(".tmp") {
                try removeStray(path, "left by a write that did not finish")
            } else if name.hasSuffix(LogFileNames.cleanedFileSuffix) {
                if let offset = LogFileNames.offset(fromFileName: name) {
                    minCleanedFileOffset = min(minCleanedFileOffset, offset)
                }
                cleanedFiles.append(path)
            } else if name.hasSuffix(LogFileNames.swapFileSuffix) {
                swapFiles.append(path)
            }
        }
        var validSwapFiles: [String] = []
        for path in swapFiles {
            if let offset = LogFileNames.offset(fromFileName: StorageFile.fileName(of: path)),
                offset >= minCleanedFileOffset
            {
                try StorageFile.deleteIfExists(path)
                report.events.append(
                    RecoveryReport.Event(
                        kind: .invalidSwapFileDeleted, file: path,
                        detail:
                            "part of a segment split that did not finish (a .cleaned file starts at \(minCleanedFileOffset))"
                    ))
            } else {
                validSwapFiles.append(path)
            }
        }
        for path in cleanedFiles {
            try removeStray(path, "left by a compaction that did not finish")
        }
        return validSwapFiles
    }

    private mutating func removeStray(_ path: String, _ why: String) throws(StorageError) {
        try StorageFile.deleteIfExists(path)
        report.events.append(RecoveryReport.Event(kind: .strayFileDeleted, file: path, detail: why))
    }

    /// A compaction or split wrote its result as `.swap` files and stopped before renaming them:
    /// the segments they replace go, and the swap files take their names (Kafka's passes two and
    /// three of `load`).
    private mutating func restoreSwapFiles(_ swapFiles: [String]) throws(StorageError) {
        guard !swapFiles.isEmpty else { return }
        var minSwapFileOffset = Int64.max
        var maxSwapFileOffset = Int64.min
        for path in swapFiles {
            let name = StorageFile.fileName(of: path)
            guard let parsed = SegmentFileName(name), parsed.kind == .log, parsed.status == .swap else { continue }
            let segment = try LogSegment.open(
                directory: directory, baseOffset: parsed.baseOffset, config: config, clock: clock,
                fileAlreadyExists: true, fileSuffix: LogFileNames.swapFileSuffix)
            defer { segment.closeHandlers() }
            minSwapFileOffset = min(minSwapFileOffset, segment.baseOffset)
            let next: Int64
            do {
                next = try segment.readNextOffset()
            } catch {
                throw error.asStorageError
            }
            maxSwapFileOffset = max(maxSwapFileOffset, next)
        }
        for name in try StorageFile.directoryEntries(directory).sorted() {
            let path = StorageFile.join(directory, name)
            guard StorageFile.isRegularFile(path), !name.hasSuffix(LogFileNames.swapFileSuffix),
                let offset = LogFileNames.offset(fromFileName: name),
                offset >= minSwapFileOffset && offset < maxSwapFileOffset
            else { continue }
            try StorageFile.deleteIfExists(path)
            report.events.append(
                RecoveryReport.Event(
                    kind: .replacedSegmentDeleted, file: path, detail: "compacted into a .swap file but not yet deleted"
                ))
        }
        for name in try StorageFile.directoryEntries(directory).sorted()
        where name.hasSuffix(LogFileNames.swapFileSuffix) {
            let path = StorageFile.join(directory, name)
            guard StorageFile.isRegularFile(path) else { continue }
            try StorageFile.rename(path, to: String(path.dropLast(LogFileNames.swapFileSuffix.count)))
            report.events.append(
                RecoveryReport.Event(kind: .swapFileRestored, file: path, detail: "renamed into place"))
        }
    }

    // MARK: Segments

    /// Kafka's `loadSegmentFiles`: opens every `.log` in offset order, removes index files without
    /// one, and rebuilds the indexes of a segment whose indexes fail `LogSegment.sanityCheck`.
    /// Segments that recovery will re-read after an unclean shutdown are not checked here: recovery
    /// rebuilds their indexes and must be the one to find their damage, which ends the log.
    private mutating func loadSegmentFiles(cache: LeaderEpochFileCache, maxKnownLeaderEpoch: Int32?)
        throws(StorageError)
    {
        let names = try StorageFile.directoryEntries(directory).sorted()
        let logBases = names.compactMap { name -> Int64? in
            guard let parsed = SegmentFileName(name), parsed.kind == .log, parsed.status == .live else { return nil }
            return parsed.baseOffset
        }
        let firstRecovered: Int64 =
            hadCleanShutdown ? Int64.max : (logBases.last { $0 <= recoveryPointCheckpoint } ?? logBases.first ?? 0)
        for name in names {
            let path = StorageFile.join(directory, name)
            guard let parsed = SegmentFileName(name), parsed.status == .live, StorageFile.isRegularFile(path) else {
                continue
            }
            switch parsed.kind {
            case .offsetIndex, .timeIndex, .transactionIndex:
                if !StorageFile.exists(LogFileNames.logFile(directory: directory, offset: parsed.baseOffset)) {
                    try StorageFile.deleteIfExists(path)
                    report.events.append(
                        RecoveryReport.Event(kind: .orphanIndexDeleted, file: path, detail: "no .log file beside it"))
                }
            case .log:
                let segment = try LogSegment.open(
                    directory: directory, baseOffset: parsed.baseOffset, config: config, clock: clock,
                    fileAlreadyExists: true)
                guard parsed.baseOffset < firstRecovered else {
                    segments.append(segment)
                    continue
                }
                do {
                    try segment.sanityCheck()
                } catch let error where error.errno == nil || error.isNoSuchFile {
                    var checks = LogSegment.RecoveryChecks(
                        contiguousOffsets: !config.compact, maxKnownLeaderEpoch: maxKnownLeaderEpoch)
                    let result = try segment.recover(producerState: nil, leaderEpochCache: cache, checks: &checks)
                    report.events.append(
                        RecoveryReport.Event(kind: .indexRebuilt, file: segment.log.path, detail: error.description))
                    record(result, of: segment)
                }
                segments.append(segment)
            case .producerSnapshot:
                continue
            }
        }
    }

    private mutating func record(_ result: LogSegment.RecoveryResult, of segment: LogSegment) {
        guard let invalid = result.invalidBatch else { return }
        report.events.append(
            RecoveryReport.Event(
                kind: .segmentTruncated, file: segment.log.path, position: invalid.position, detail: invalid.reason,
                bytesTruncated: result.bytesTruncated))
    }

    private func openNewSegment(baseOffset: Int64) throws(StorageError) -> LogSegment {
        try LogSegment.open(
            directory: directory, baseOffset: baseOffset, config: config, clock: clock,
            initFileSize: Int(config.initFileSize), preallocate: config.preallocate)
    }

    // MARK: Recovery

    /// Kafka's `recoverLog`: after an unclean shutdown, recovers the segments from the one holding
    /// the recovery point; the first that had to be cut ends the log. Makes sure a segment exists
    /// and returns the new recovery point and the log end offset.
    private mutating func recoverLog(
        cache: LeaderEpochFileCache, maxKnownLeaderEpoch: Int32?
    ) throws(StorageError) -> (recoveryPoint: Int64, nextOffset: Int64) {
        if !hadCleanShutdown && !segments.isEmpty {
            let firstUnflushed = floorIndex(recoveryPointCheckpoint) ?? 0
            var checks = LogSegment.RecoveryChecks(
                contiguousOffsets: !config.compact,
                nextOffset: firstUnflushed > 0 ? try nextOffset(of: segments[firstUnflushed - 1]) : nil,
                maxKnownLeaderEpoch: maxKnownLeaderEpoch)
            if let producerState {
                try Log.rebuildProducerState(
                    producerState, segments: Array(segments[..<firstUnflushed]),
                    logStartOffset: logStartOffsetCheckpoint,
                    lastOffset: segments[firstUnflushed].baseOffset, reloadFromCleanShutdown: false)
            }
            var index = firstUnflushed
            while index < segments.count {
                let segment = segments[index]
                report.recoveredSegments.append(segment.baseOffset)
                let result = try segment.recover(producerState: producerState, leaderEpochCache: cache, checks: &checks)
                try producerState?.segmentRecovered(nextOffset: checks.nextOffset ?? segment.baseOffset)
                record(result, of: segment)
                index += 1
                if result.bytesTruncated > 0 {
                    for later in segments[index...] {
                        let size = later.size
                        try later.deleteIfExists()
                        later.closeHandlers()
                        report.events.append(
                            RecoveryReport.Event(
                                kind: .segmentDeleted, file: later.log.path,
                                detail: "after the invalid batch found in segment \(segment.baseOffset)",
                                bytesTruncated: size))
                    }
                    segments.removeSubrange(index...)
                }
            }
        }

        let logEndOffset = try deleteSegmentsIfLogStartGreaterThanLogEnd(cache: cache)
        if segments.isEmpty { segments.append(try openNewSegment(baseOffset: logStartOffsetCheckpoint)) }
        if hadCleanShutdown, let logEndOffset { return (logEndOffset, logEndOffset) }
        let end: Int64
        if let logEndOffset {
            end = logEndOffset
        } else {
            end = try nextOffset(of: segments[segments.count - 1])
        }
        return (min(recoveryPointCheckpoint, end), end)
    }

    /// Kafka's `deleteSegmentsIfLogStartGreaterThanLogEnd`: segment files were removed behind the
    /// log's back; what is left is older than the log start, so all of it goes. Returns the log
    /// end offset when the segments stay.
    private mutating func deleteSegmentsIfLogStartGreaterThanLogEnd(cache: LeaderEpochFileCache) throws(StorageError)
        -> Int64?
    {
        guard let last = segments.last else { return nil }
        let logEndOffset = try nextOffset(of: last)
        if logEndOffset >= logStartOffsetCheckpoint { return logEndOffset }
        for segment in segments {
            let size = segment.size
            try segment.deleteIfExists()
            segment.closeHandlers()
            report.events.append(
                RecoveryReport.Event(
                    kind: .segmentDeleted, file: segment.log.path,
                    detail:
                        "the log end offset \(logEndOffset) is below the log start offset \(logStartOffsetCheckpoint)",
                    bytesTruncated: size))
        }
        segments.removeAll()
        try cache.clearAndFlush()
        try producerState?.truncateFullyAndStartAt(logStartOffsetCheckpoint)
        return nil
    }

    private func nextOffset(of segment: LogSegment) throws(StorageError) -> Int64 {
        do {
            return try segment.readNextOffset()
        } catch {
            throw error.asStorageError
        }
    }

    private func floorIndex(_ offset: Int64) -> Int? {
        segments.lastIndex { $0.baseOffset <= offset }
    }
}

extension Log {
    /// Kafka's `rebuildProducerState` call: the producer state catches up to `lastOffset`, reading
    /// what it needs from `segments`.
    static func rebuildProducerState(
        _ producerState: any LogProducerState, segments: [LogSegment], logStartOffset: Int64, lastOffset: Int64,
        reloadFromCleanShutdown: Bool
    ) throws(StorageError) {
        try producerState.rebuild(
            segmentBaseOffsets: segments.map(\.baseOffset), logStartOffset: logStartOffset, lastOffset: lastOffset,
            reloadFromCleanShutdown: reloadFromCleanShutdown
        ) { (baseOffset, startOffset, endOffset) throws(StorageError) -> [RecordBatch] in
            guard let segment = segments.first(where: { $0.baseOffset == baseOffset }) else { return [] }
            return try readBatches(of: segment, from: startOffset, to: endOffset)
        }
    }

    /// The batches of `segment` from the one holding `startOffset` to before the one holding
    /// `endOffset` (or the segment's end).
    static func readBatches(of segment: LogSegment, from startOffset: Int64, to endOffset: Int64) throws(StorageError)
        -> [RecordBatch]
    {
        let start: Int
        let end: Int
        do {
            start = try segment.translateOffset(startOffset)?.position ?? segment.size
            end = try segment.translateOffset(endOffset, startingFilePosition: start)?.position ?? segment.size
        } catch {
            throw error.asStorageError
        }
        guard end > start else { return [] }
        var batches = RecordBatchIterator(try segment.log.readBytes(at: start, count: end - start))
        var result: [RecordBatch] = []
        while let batch = batches.next() { result.append(batch) }
        return result
    }
}
