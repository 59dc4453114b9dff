import Foundation
import NIOCore
import Testing

@testable import KafkaEngine

/// A node's log dirs on real temporary directories: formatted, started and stopped cleanly or by
/// dropping the log manager (a crash: nothing closed, no checkpoint or marker written), with time
/// and background work driven by hand.
struct LogManagerNode {
    typealias T = LogTestSupport
    static let clusterId = "swkafka-test-cluster"

    let root: String
    let logDirs: [String]
    let clock = ManualClock()
    var options: LogManager.Options

    init(root: String, dirs: Int = 2, _ overrides: [String: String] = [:]) throws {
        self.root = root
        self.logDirs = (0..<dirs).map { StorageFile.join(root, "data\($0)") }
        for logDir in logDirs { try LogManager.format(logDir: logDir, clusterId: Self.clusterId, nodeId: 1) }
        options = LogManager.Options(logDirs: logDirs, nodeId: 1, defaultConfig: try T.config(overrides))
        options.initialTaskDelayMs = 0
        options.highWatermarkFollowsLogEnd = true
    }

    /// A started log manager with its own manual scheduler on the node's clock.
    func start() async throws -> (LogManager, ManualScheduler, LogManagerLoadReport) {
        let scheduler = ManualScheduler(clock: clock)
        let manager = LogManager(options: options, clock: clock, scheduler: scheduler)
        let report = try await manager.startup()
        return (manager, scheduler, report)
    }

    /// `count` batches of 3 records stamped with the clock, into `log`.
    @discardableResult
    func produce(_ log: Log, batches count: Int, valueSize: Int = 100) throws -> [LogAppendInfo] {
        try (0..<count).map { _ in
            try log.appendAsLeader(
                T.batch(count: 3, timestamp: clock.milliseconds(), valueSize: valueSize), leaderEpoch: 0)
        }
    }

    /// Every batch of `log` as bytes, from its start.
    static func contents(_ log: Log) throws -> [[UInt8]] {
        var next = log.logStartOffset
        var result: [[UInt8]] = []
        while next < log.logEndOffset {
            let info = try log.read(startOffset: next, maxLength: 1 << 20, isolation: .logEnd, minOneMessage: true)
            let batches = T.batches(try T.bytes(info))
            guard let last = batches.last else { break }
            result += batches.map { Array($0.buffer.readableBytesView) }
            next = last.nextOffset
        }
        return result
    }

    /// What the logs hold: partition → batches.
    static func snapshot(_ manager: LogManager) throws -> [TopicPartition: [[UInt8]]] {
        try manager.allLogs.mapValues { try contents($0) }
    }

    func checkpoint(_ logDir: String, _ name: String) throws -> [TopicPartition: Int64] {
        try OffsetCheckpointFile(path: StorageFile.join(logDir, name)).read()
    }

    func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }
}

@Suite struct LogManagerTests {
    typealias T = LogTestSupport
    typealias Node = LogManagerNode

    static let partitions = [
        TopicPartition("orders", 0), TopicPartition("orders", 1), TopicPartition("clicks", 0),
        TopicPartition("clicks", 1),
    ]
    static let smallSegments = ["segment.bytes": "2000", "index.interval.bytes": "500"]

    /// The error `body` throws as a `LogManagerError`, or nil.
    static func managerError(_ body: () async throws -> Void) async -> LogManagerError? {
        do {
            try await body()
            return nil
        } catch let error as LogManagerError {
            return error
        } catch {
            Issue.record("unexpected error \(error)")
            return nil
        }
    }

    // MARK: Clean and unclean restarts

    @Test func aCleanShutdownIsTrustedOnRestartAndKeepsEverything() async throws {
        try await withTemporaryDirectoryAsync { root in
            let node = try Node(root: root, Self.smallSegments)
            let (manager, _, firstReport) = try await node.start()
            #expect(firstReport.logs.isEmpty)
            for partition in Self.partitions {
                try node.produce(try manager.getOrCreateLog(topicPartition: partition), batches: 20)
            }
            #expect(
                Set(Self.partitions.compactMap { manager.logDir(of: $0) }) == Set(node.logDirs), "spread over both dirs"
            )
            // An idempotent producer's batch, to retry after the restart.
            let orders = try #require(manager.getLog(Self.partitions[0]))
            let idempotent = try dataBatch(producerId: 500, epoch: 0, baseSequence: 0, count: 2, baseOffset: 0).buffer
            let first = try orders.appendAsLeader(idempotent, leaderEpoch: 0)
            let before = try Node.snapshot(manager)
            let endOffsets = manager.allLogs.mapValues(\.logEndOffset)
            try await manager.shutdown(brokerEpoch: 7)

            var checkpointed: [TopicPartition: Int64] = [:]
            for logDir in node.logDirs {
                #expect(CleanShutdownFile(logDirectory: logDir).readBrokerEpoch() == 7)
                let recoveryPoints = try node.checkpoint(logDir, LogFileNames.recoveryPointCheckpointFileName)
                #expect(!recoveryPoints.isEmpty)
                checkpointed.merge(recoveryPoints) { $1 }
                #expect(node.exists(StorageFile.join(logDir, LogFileNames.cleanerOffsetCheckpointFileName)))
            }
            #expect(checkpointed == endOffsets, "every log's recovery point is its log end offset")

            let (restarted, _, report) = try await node.start()
            #expect(report.recoveredPartitions.isEmpty, "no segment is re-read after a clean shutdown")
            #expect(report.logs.count == Self.partitions.count && report.logs.allSatisfy(\.hadCleanShutdown))
            #expect(report.warnings.isEmpty)
            #expect(try Node.snapshot(restarted) == before)
            for logDir in node.logDirs {
                #expect(!CleanShutdownFile(logDirectory: logDir).exists, "the marker goes once the logs are loaded")
            }
            let retry = try #require(restarted.getLog(Self.partitions[0])).appendAsLeader(idempotent, leaderEpoch: 0)
            #expect(retry.firstOffset == first.firstOffset && retry.lastOffset == first.lastOffset)
            try await restarted.shutdown()
        }
    }

    /// With thousands of partitions a restart must not rewrite (and fsync) every partition's files:
    /// after a clean shutdown the leader-epoch checkpoints are read, never replaced, and the
    /// epochs survive both an empty log (whose epoch entry loading truncates in memory) and one
    /// with data.
    @Test func aCleanRestartRewritesNoLeaderEpochCheckpoint() async throws {
        try await withTemporaryDirectoryAsync { root in
            let node = try Node(root: root, dirs: 1)
            let (manager, _, _) = try await node.start()
            let empty = try manager.getOrCreateLog(topicPartition: TopicPartition("idle", 0))
            let busy = try manager.getOrCreateLog(topicPartition: TopicPartition("busy", 0))
            try empty.leaderEpochCache.assign(epoch: 0, startOffset: 0)
            try busy.leaderEpochCache.assign(epoch: 0, startOffset: 0)
            try node.produce(busy, batches: 3)
            try await manager.shutdown()

            let paths = [empty, busy].map { LeaderEpochCheckpointFile(logDirectory: $0.directory).path }
            let before = try paths.map(Self.inode)
            let (restarted, _, report) = try await node.start()
            let allClean = report.logs.allSatisfy { $0.hadCleanShutdown }
            #expect(allClean)
            let afterLoad = try paths.map(Self.inode)
            #expect(afterLoad == before, "an atomic rewrite would have replaced the file")
            let reloadedEmpty = try #require(restarted.getLog(TopicPartition("idle", 0)))
            let reloadedBusy = try #require(restarted.getLog(TopicPartition("busy", 0)))
            #expect(reloadedEmpty.leaderEpochCache.isEmpty, "an epoch with no record is truncated in memory")
            #expect(reloadedBusy.leaderEpochCache.epochEntries == [EpochEntry(epoch: 0, startOffset: 0)])
            // Leading again in the same epoch leaves the file alone; closing does too.
            try reloadedEmpty.leaderEpochCache.assign(epoch: 0, startOffset: 0)
            try await restarted.shutdown()
            let afterClose = try paths.map(Self.inode)
            #expect(afterClose == before)
            let onDisk = try LeaderEpochCheckpointFile(logDirectory: empty.directory).read()
            #expect(onDisk == [EpochEntry(epoch: 0, startOffset: 0)])
        }
    }

    static func inode(_ path: String) throws -> UInt64 {
        try #require(FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? UInt64)
    }

    @Test func anUncleanShutdownRecoversFromTheRecoveryPoint() async throws {
        try await withTemporaryDirectoryAsync { root in
            let node = try Node(root: root, dirs: 1, Self.smallSegments)
            var before: [TopicPartition: [[UInt8]]] = [:]
            var recoveryPoint: Int64 = 0
            var idempotent: [(ByteBuffer, LogAppendInfo)] = []
            var endOffset: Int64 = 0
            do {
                let (manager, scheduler, _) = try await node.start()
                let log = try manager.getOrCreateLog(topicPartition: Self.partitions[0])
                try node.produce(log, batches: 30)
                // The flusher flushes the rolled segments; the checkpoint task writes the recovery point.
                scheduler.advance(milliseconds: node.options.recoveryPointCheckpointIntervalMs)
                recoveryPoint = log.recoveryPoint
                #expect(recoveryPoint > 0 && recoveryPoint == log.activeSegment.baseOffset)
                let checkpoint = try node.checkpoint(node.logDirs[0], LogFileNames.recoveryPointCheckpointFileName)
                #expect(checkpoint[Self.partitions[0]] == recoveryPoint)
                for seq in 0..<6 {
                    let bytes = try dataBatch(producerId: 600, epoch: 0, baseSequence: Int32(seq), baseOffset: 0).buffer
                    idempotent.append((bytes, try log.appendAsLeader(bytes, leaderEpoch: 0)))
                }
                try node.produce(log, batches: 10)
                before = try Node.snapshot(manager)
                endOffset = log.logEndOffset
                // Dropped without shutdown: a crash.
            }
            let (restarted, _, report) = try await node.start()
            #expect(report.recoveredPartitions == [Self.partitions[0]])
            let loaded = try #require(report.logs.first)
            #expect(!loaded.hadCleanShutdown)
            let log = try #require(restarted.getLog(Self.partitions[0]))
            let recoveredFrom = try #require(loaded.recoveryReport.recoveredSegments.first)
            #expect(recoveredFrom == recoveryPoint, "recovery starts at the segment holding the recovery point")
            #expect(loaded.recoveryReport.recoveredSegments.allSatisfy { $0 >= recoveryPoint })
            #expect(try Node.snapshot(restarted) == before, "nothing is lost")
            for (bytes, info) in idempotent.suffix(5) {
                #expect(try log.appendAsLeader(bytes, leaderEpoch: 0).firstOffset == info.firstOffset)
            }
            #expect(log.logEndOffset == endOffset)
            try await restarted.shutdown()
        }
    }

    @Test func missingOrGarbledCheckpointsMeanFullRecoveryWithNothingLost() async throws {
        try await withTemporaryDirectoryAsync { root in
            var node = try Node(root: root, dirs: 1, Self.smallSegments)
            node.options.highWatermarkFollowsLogEnd = false
            let logDir = node.logDirs[0]
            let (manager, _, _) = try await node.start()
            for partition in Self.partitions.prefix(2) {
                let log = try manager.getOrCreateLog(topicPartition: partition)
                try node.produce(log, batches: 15)
                log.updateHighWatermark(log.logEndOffset)
            }
            let deleted = try #require(manager.getLog(Self.partitions[0]))
            try deleted.maybeIncrementLogStartOffset(4, reason: .clientRecordDeletion)
            let before = try Node.snapshot(manager)
            let ends = manager.allLogs.mapValues(\.logEndOffset)
            try await manager.shutdown()
            let clean = try node.checkpoint(logDir, LogFileNames.logStartOffsetCheckpointFileName)
            #expect(clean == [Self.partitions[0]: 4])

            let recoveryCheckpoint = StorageFile.join(logDir, LogFileNames.recoveryPointCheckpointFileName)
            for damage in ["missing", "garbled"] {
                if damage == "missing" {
                    try FileManager.default.removeItem(atPath: recoveryCheckpoint)
                } else {
                    try writeFile(recoveryCheckpoint, "0\n2\norders 0 not-a-number\n")
                }
                let (restarted, _, report) = try await node.start()
                #expect(
                    Set(report.recoveredPartitions) == Set(Self.partitions.prefix(2)), "\(damage): every log recovered")
                for loaded in report.logs {
                    let log = try #require(restarted.getLog(loaded.topicPartition))
                    #expect(loaded.recoveryReport.recoveredSegments == log.segments.map(\.baseOffset))
                    #expect(log.highWatermark == ends[loaded.topicPartition], "the high watermark is restored")
                }
                #expect(report.warnings.count == 1 && report.warnings.allSatisfy { !$0.contains("\n") })
                #expect(try Node.snapshot(restarted) == before, "\(damage): nothing lost")
                try await restarted.shutdown()
            }

            // A garbled log start offset checkpoint falls back to the first segment; nothing else.
            try writeFile(StorageFile.join(logDir, LogFileNames.logStartOffsetCheckpointFileName), "garbage")
            let (restarted, _, report) = try await node.start()
            #expect(report.recoveredPartitions.isEmpty)
            #expect(report.warnings.count == 1)
            #expect(restarted.getLog(Self.partitions[0])?.logStartOffset == 0)
            try await restarted.shutdown()
        }
    }

    @Test func aTornTailInOnePartitionDoesNotAffectTheOthers() async throws {
        try await withTemporaryDirectoryAsync { root in
            var node = try Node(root: root, dirs: 1, Self.smallSegments)
            node.options.numRecoveryThreadsPerDataDir = 2
            var before: [TopicPartition: [[UInt8]]] = [:]
            var tornLog = ""
            do {
                let (manager, _, _) = try await node.start()
                for partition in Self.partitions {
                    try node.produce(try manager.getOrCreateLog(topicPartition: partition), batches: 12)
                }
                before = try Node.snapshot(manager)
                let torn = try #require(manager.getLog(Self.partitions[1]))
                tornLog = LogFileNames.logFile(directory: torn.directory, offset: torn.activeSegment.baseOffset)
            }
            // The last batch of one partition was half written when the node died.
            let bytes = try fileBytes(tornLog)
            try writeFile(tornLog, Array(bytes.dropLast(40)))

            let (restarted, _, report) = try await node.start()
            #expect(report.recoveredPartitions == Self.partitions.sorted())
            for partition in Self.partitions {
                let log = try #require(restarted.getLog(partition))
                if partition == Self.partitions[1] {
                    #expect(try Node.contents(log) == Array(try #require(before[partition]).dropLast()))
                    let events = report.logs.first { $0.topicPartition == partition }?.recoveryReport.events ?? []
                    #expect(events.contains { $0.kind == .segmentTruncated })
                } else {
                    #expect(try Node.contents(log) == before[partition])
                }
            }
            try await restarted.shutdown()
        }
    }

    // MARK: Background work

    @Test func retentionByTimeRunsThroughTheScheduler() async throws {
        try await withTemporaryDirectoryAsync { root in
            var node = try Node(
                root: root, dirs: 1,
                Self.smallSegments.merging(["retention.ms": "3600000", "file.delete.delay.ms": "60000"]) { $1 })
            node.options.retentionCheckIntervalMs = 60_000
            let (manager, scheduler, _) = try await node.start()
            let log = try manager.getOrCreateLog(topicPartition: Self.partitions[0])
            try node.produce(log, batches: 20)
            let oldEnd = log.logEndOffset
            scheduler.advance(milliseconds: 30 * 60_000)
            try log.roll()
            try node.produce(log, batches: 5)
            let oldSegments = log.segments.filter { $0.baseOffset < oldEnd }
            #expect(oldSegments.count > 1)
            #expect(log.logStartOffset == 0)

            // An hour after the first batches, the retention task deletes their segments.
            scheduler.advance(milliseconds: 31 * 60_000)
            #expect(log.logStartOffset == oldEnd)
            #expect(log.segments.allSatisfy { $0.baseOffset >= oldEnd })
            let files = try T.files(log.directory)
            #expect(files.contains(SegmentFileName(baseOffset: 0, kind: .log, status: .deleted).description))
            // file.delete.delay.ms later the files are gone.
            scheduler.advance(milliseconds: 60_000)
            #expect(try T.files(log.directory).allSatisfy { !$0.hasSuffix(LogFileNames.deletedFileSuffix) })
            #expect(try T.files(log.directory).contains(SegmentFileName(baseOffset: oldEnd, kind: .log).description))
            // The log start offset checkpoint follows.
            scheduler.advance(milliseconds: node.options.logStartOffsetCheckpointIntervalMs)
            #expect(
                try node.checkpoint(node.logDirs[0], LogFileNames.logStartOffsetCheckpointFileName).isEmpty,
                "the log starts at its first segment: no entry needed")
            try await manager.shutdown()
        }
    }

    @Test func asyncDeleteRenamesTheDirectoryAndRemovesItLater() async throws {
        try await withTemporaryDirectoryAsync { root in
            let node = try Node(root: root, dirs: 1, ["file.delete.delay.ms": "60000"])
            let (manager, scheduler, _) = try await node.start()
            let partition = Self.partitions[0]
            let log = try manager.getOrCreateLog(topicPartition: partition)
            try node.produce(log, batches: 3)
            try node.produce(try manager.getOrCreateLog(topicPartition: Self.partitions[1]), batches: 1)
            let slice = try #require(
                try log.read(startOffset: 0, maxLength: 1 << 20, isolation: .logEnd, minOneMessage: true).records)
            try manager.checkpointRecoveryOffsets()
            let checkpoint = LogFileNames.recoveryPointCheckpointFileName
            #expect(try node.checkpoint(node.logDirs[0], checkpoint)[partition] != nil)

            let renamed = try #require(try manager.asyncDelete(partition))
            #expect(renamed.hasSuffix("-delete") && node.exists(renamed) && !node.exists(log.directory))
            #expect(manager.getLog(partition) == nil && log.isClosed)
            #expect(try node.checkpoint(node.logDirs[0], checkpoint)[partition] == nil)
            #expect(try slice.readBytes().readableBytes == slice.length, "a read in flight still has its bytes")
            #expect(try manager.asyncDelete(partition) == nil)

            scheduler.advance(milliseconds: 59_000)
            #expect(node.exists(renamed))
            scheduler.advance(milliseconds: 2000)
            #expect(!node.exists(renamed) && manager.logsPendingDeletion.isEmpty)

            // The partition can come back, empty.
            #expect(try manager.getOrCreateLog(topicPartition: partition).logEndOffset == 0)
            // A deletion cut short by a crash is finished at the next start.
            let again = try #require(try manager.asyncDelete(partition))
            try await manager.shutdown()
            let (restarted, _, report) = try await node.start()
            #expect(report.deletedDirectories == [again] && !node.exists(again))
            #expect(restarted.getLog(partition) == nil && restarted.getLog(Self.partitions[1]) != nil)
            try await restarted.shutdown()
        }
    }

    @Test func truncationKeepsProducerStateAndTheCheckpointsInStep() async throws {
        try await withTemporaryDirectoryAsync { root in
            var node = try Node(root: root, dirs: 1, Self.smallSegments)
            node.options.highWatermarkFollowsLogEnd = false
            let (manager, _, _) = try await node.start()
            let partition = Self.partitions[0]
            let log = try manager.getOrCreateLog(topicPartition: partition)
            try node.produce(log, batches: 20)
            var sent: [ByteBuffer] = []
            for seq in 0..<4 {
                let bytes = try dataBatch(producerId: 700, epoch: 0, baseSequence: Int32(seq), baseOffset: 0).buffer
                try log.appendAsLeader(bytes, leaderEpoch: 0)
                sent.append(bytes)
            }
            manager.flushDirtyLogs()
            try manager.checkpointRecoveryOffsets()
            let cleaner = manager.cleanerCheckpointFile(logDir: node.logDirs[0])
            try cleaner.write([partition: log.activeSegment.baseOffset + 1, Self.partitions[1]: 3])
            let earlySegment = log.segments[1].baseOffset
            try manager.truncateTo([partition: earlySegment + 1, TopicPartition("absent", 0): 0])
            #expect(log.logEndOffset <= earlySegment + 1)
            #expect(try cleaner.read() == [partition: log.activeSegment.baseOffset, Self.partitions[1]: 3])
            let recoveryPoints = try node.checkpoint(node.logDirs[0], LogFileNames.recoveryPointCheckpointFileName)
            #expect(recoveryPoints[partition] == log.recoveryPoint && log.recoveryPoint <= log.logEndOffset)
            // Producer 700's batches were cut: its sequences start over without a gap error.
            #expect(try log.appendAsLeader(sent[0], leaderEpoch: 1).firstOffset == log.logEndOffset - 1)
            #expect(try log.appendAsLeader(sent[0], leaderEpoch: 1).lastOffset == log.logEndOffset - 1, "duplicate")
            try await manager.shutdown()
        }
    }

    @Test func highWatermarksAreCheckpointedAndRestored() async throws {
        try await withTemporaryDirectoryAsync { root in
            var node = try Node(root: root, dirs: 1)
            node.options.highWatermarkFollowsLogEnd = false
            do {
                let (manager, scheduler, _) = try await node.start()
                let log = try manager.getOrCreateLog(topicPartition: Self.partitions[0])
                try node.produce(log, batches: 4)
                log.updateHighWatermark(5)
                scheduler.advance(milliseconds: node.options.highWatermarkCheckpointIntervalMs)
                #expect(
                    try node.checkpoint(node.logDirs[0], LogFileNames.replicationOffsetCheckpointFileName)
                        == [Self.partitions[0]: 5])
                log.updateHighWatermark(8)
            }
            let (restarted, _, _) = try await node.start()
            #expect(restarted.getLog(Self.partitions[0])?.highWatermark == 5, "the last checkpointed high watermark")
            try await restarted.shutdown()
        }
    }

    @Test func backgroundWorkOnTheRealSchedulerRunsAlongsideAppendsAndStopsAtShutdown() async throws {
        try await withTemporaryDirectoryAsync { root in
            var node = try Node(root: root, dirs: 2, Self.smallSegments)
            for interval in [
                \LogManager.Options.flushCheckMs, \.recoveryPointCheckpointIntervalMs,
                \.logStartOffsetCheckpointIntervalMs, \.highWatermarkCheckpointIntervalMs, \.retentionCheckIntervalMs,
                \.fileDeleteCheckIntervalMs, \.producerIdExpirationCheckIntervalMs,
            ] {
                node.options[keyPath: interval] = 1
            }
            let scheduler = TaskScheduler()
            let manager = LogManager(options: node.options, scheduler: scheduler)
            try await manager.startup()
            for round in 0..<30 {
                for partition in Self.partitions {
                    try node.produce(try manager.getOrCreateLog(topicPartition: partition), batches: 1)
                }
                if round % 10 == 9 { try await Task.sleep(for: .milliseconds(2)) }
            }
            let ends = manager.allLogs.mapValues(\.logEndOffset)
            try await manager.shutdown()
            scheduler.shutdown()
            var recoveryPoints: [TopicPartition: Int64] = [:]
            for logDir in node.logDirs {
                #expect(CleanShutdownFile(logDirectory: logDir).exists)
                recoveryPoints.merge(try node.checkpoint(logDir, LogFileNames.recoveryPointCheckpointFileName)) { $1 }
            }
            #expect(recoveryPoints == ends, "no checkpoint written by background work after the shutdown's")
        }
    }

    // MARK: Creating logs and topic configs

    @Test func getOrCreateLogRecordsTheTopicIdAndRefusesAnother() async throws {
        try await withTemporaryDirectoryAsync { root in
            let node = try Node(root: root, dirs: 1)
            let (manager, _, _) = try await node.start()
            let topicId = KafkaUUID.random()
            let log = try manager.getOrCreateLog(topicPartition: Self.partitions[0], topicId: topicId)
            #expect(try PartitionMetadataFile(logDirectory: log.directory).read().topicId == topicId)
            #expect(try manager.getOrCreateLog(topicPartition: Self.partitions[0], topicId: topicId) === log)
            let other = await Self.managerError {
                try manager.getOrCreateLog(topicPartition: Self.partitions[0], topicId: KafkaUUID.random())
            }
            #expect(other?.code == .inconsistentTopicId)

            let compacted = try T.config(["cleanup.policy": "compact", "segment.bytes": "4096"])
            manager.updateConfig(topic: "orders", config: compacted)
            #expect(log.config == compacted)
            let sibling = try manager.getOrCreateLog(topicPartition: Self.partitions[1])
            #expect(sibling.config == compacted)
            manager.updateConfig(topic: "orders", config: nil)
            #expect(log.config == node.options.defaultConfig && sibling.config == node.options.defaultConfig)
            try await manager.shutdown()
            #expect(
                await Self.managerError { try manager.getOrCreateLog(topicPartition: Self.partitions[2]) }?.code
                    == .unknownServerError)
        }
    }

    @Test func optionsComeFromTheBrokerConfiguration() throws {
        let config = try BrokerConfig.embeddedDefault(overrides: [
            "log.dirs=/data/a,/data/b", "num.recovery.threads.per.data.dir=3", "log.retention.check.interval.ms=1234",
            "producer.id.expiration.ms=5000", "log.flush.offset.checkpoint.interval.ms=777", "log.retention.hours=2",
        ])
        let options = LogManager.Options(config: config)
        #expect(options.logDirs == ["/data/a", "/data/b"] && options.nodeId == config.nodeId)
        #expect(options.numRecoveryThreadsPerDataDir == 3 && options.retentionCheckIntervalMs == 1234)
        #expect(options.recoveryPointCheckpointIntervalMs == 777 && options.initialTaskDelayMs == 30_000)
        #expect(options.producerStateConfig.producerIdExpirationMs == 5000)
        #expect(options.defaultConfig.retentionMs == 7_200_000)
        #expect(options.flushCheckMs == 1000, "log.flush.scheduler.interval.ms is unset")
        let flushing = LogManager.Options(
            config: try BrokerConfig.embeddedDefault(overrides: ["log.flush.scheduler.interval.ms=250"]))
        #expect(flushing.flushCheckMs == 250)
    }

    // MARK: Refusing to start

    @Test func logDirsOfAnotherClusterOrNodeOrUnformattedRefuseToStart() async throws {
        try await withTemporaryDirectoryAsync { root in
            let node = try Node(root: root, dirs: 2)
            func refusal(_ node: LogManagerNode) async -> String? {
                let manager = LogManager(
                    options: node.options, clock: node.clock, scheduler: ManualScheduler(clock: node.clock))
                guard case .invalidLogDir(let message)? = await Self.managerError({ try await manager.startup() })
                else {
                    return nil
                }
                #expect(!message.contains("\n"), "one line: \(message)")
                return message
            }
            let second = StorageFile.join(node.logDirs[1], MetaProperties.fileName)
            let original = try fileBytes(second)

            try FileManager.default.removeItem(atPath: second)
            try LogManager.format(logDir: node.logDirs[1], clusterId: "another-cluster", nodeId: 1)
            #expect(
                await refusal(node)?.hasPrefix("Invalid cluster.id in: \(second). Expected \(Node.clusterId)") == true)

            try FileManager.default.removeItem(atPath: second)
            try LogManager.format(logDir: node.logDirs[1], clusterId: Node.clusterId, nodeId: 2)
            #expect(await refusal(node)?.hasPrefix("Stored node id 2 doesn't match previous node id 1") == true)

            try FileManager.default.removeItem(atPath: second)
            #expect(await refusal(node)?.hasPrefix("No meta.properties found in \(node.logDirs[1])") == true)

            try writeFile(second, "version=1\nnode.id=one\ncluster.id=x\n")
            #expect(await refusal(node)?.hasPrefix("Unable to read \(second)") == true)

            try writeFile(second, original)
            var expecting = node
            expecting.options.clusterId = "yet-another"
            #expect(await refusal(expecting)?.contains("Expected yet-another") == true)

            try writeFile(second, try fileBytes(StorageFile.join(node.logDirs[0], MetaProperties.fileName)))
            #expect(await refusal(node)?.hasPrefix("Duplicate directory ID") == true)
            try writeFile(second, original)

            #expect(
                await Self.managerError { try LogManager.format(logDir: node.logDirs[0], clusterId: "c", nodeId: 1) }
                    .map { "\($0)" }?.contains("already formatted") == true)
            #expect(
                try LogManager.format(logDir: node.logDirs[0], clusterId: "c", nodeId: 1, ignoreFormatted: true)
                    .clusterId == Node.clusterId)

            // Started, the dirs are locked against a second log manager.
            let (manager, _, _) = try await node.start()
            let second2 = LogManager(
                options: node.options, clock: node.clock, scheduler: ManualScheduler(clock: node.clock))
            guard case .logDirLocked? = await Self.managerError({ try await second2.startup() }) else {
                Issue.record("a second log manager started on locked dirs")
                return
            }
            try await manager.shutdown()
            let (third, _, _) = try await node.start()
            try await third.shutdown()
        }
    }

    @Test func aLogThatFailsToCloseLeavesItsDirWithoutTheMarker() async throws {
        try await withTemporaryDirectoryAsync { root in
            let node = try Node(root: root, dirs: 2)
            let (manager, _, _) = try await node.start()
            for partition in Self.partitions {
                try node.produce(try manager.getOrCreateLog(topicPartition: partition), batches: 2)
            }
            let broken = try #require(manager.getLog(Self.partitions[0]))
            let brokenDir = try #require(manager.logDir(of: Self.partitions[0]))
            // The partition directory vanished under the log: closing it cannot fsync the directory.
            try FileManager.default.removeItem(atPath: broken.directory)
            let error = await Self.managerError { try await manager.shutdown() }
            #expect(error?.code == .kafkaStorageError)
            for logDir in node.logDirs {
                #expect(CleanShutdownFile(logDirectory: logDir).exists == (logDir != brokenDir))
            }
        }
    }
}

/// `withTemporaryDirectory` for async bodies.
func withTemporaryDirectoryAsync<R>(_ body: (String) async throws -> R) async throws -> R {
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("swkafka-logmanager-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: url) }
    return try await body(url.path)
}
