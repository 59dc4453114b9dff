import Foundation
import NIOCore
import Testing

@testable import KafkaEngine

/// Random workloads of keyed writes (tombstones, unkeyed records, every codec), rolls, clock
/// moves, cleaning rounds and reopening (cleanly or after a crash), checked against a model that
/// knows every write: after each step every record in the log is one written at that offset,
/// offsets strictly increase, the latest write of each key is there (a tombstone only until its
/// delete horizon, and then with no older value of its key), and a finished cleaning leaves one
/// record per key. Failures name the seed; rerun one with its seed in `seeds`.
@Suite struct LogCleanerModelTests {
    typealias S = CleanerTestSupport

    struct Model {
        var written: [Int64: S.Write] = [:]
        var latest: [String: Int64] = [:]
        /// Delete horizons seen on tombstones that are the latest of their key.
        var horizons: [Int64: Int64] = [:]
    }

    static let seeds: [UInt64] = [1, 2, 3, 0xC1EA, UInt64.random(in: 1...UInt64.max)]

    @Test(arguments: seeds) func randomWorkloadsKeepTheLatestValueOfEveryKey(seed: UInt64) throws {
        print("LogCleanerModelTests seed \(seed)")
        var rng = TestRandom(seed: seed)
        try withTemporaryDirectory { root in
            let clock = ManualClock()
            let retention = [0, 300, 2000][Int(rng.next() % 3)]
            let config = try S.compactConfig([
                "segment.bytes": "\(500 + Int(rng.next() % 2500))",
                "index.interval.bytes": "\(Int(rng.next() % 800))",
                "delete.retention.ms": "\(retention)",
                "min.cleanable.dirty.ratio": ["0.01", "0.3", "0.6"][Int(rng.next() % 3)],
                "file.delete.delay.ms": rng.coin() ? "0" : "60000",
            ])
            var dir = PartitionDirectory(root: root, config: config, clock: clock)
            var log = try dir.open()
            // A small map makes cleanings stop part way; a large one finishes them.
            let smallMap = rng.coin()
            let cleanerConfig = CleanerConfig(
                dedupeBufferSize: smallMap ? Int64(8 * (6 + OffsetMap.entryOverhead)) : 1 << 20,
                ioBufferSize: [256, 4096, 1 << 20][Int(rng.next() % 3)])
            let cleaner = LogCleaner(config: cleanerConfig, clock: clock)
            let checkpoint = S.checkpointPath(root)
            var model = Model()
            let context = "seed \(seed) smallMap \(smallMap) retention \(retention)"

            for step in 0..<220 {
                clock.advance(milliseconds: Int64(rng.next() % 150))
                switch rng.next() % 100 {
                case 0..<60:
                    try append(log, &model, clock: clock, rng: &rng)
                case 60..<70:
                    try log.roll()
                case 70..<92:
                    let outcome = try cleaner.cleanFilthiestLog([log.topicPartition: log], checkpointPath: checkpoint)
                    try check(
                        log, &model, outcome: outcome, now: clock.milliseconds(), fullMap: !smallMap,
                        context: "\(context) step \(step)")
                default:
                    let before = try S.records(log)
                    let clean = rng.coin()
                    if clean {
                        try dir.closeCleanly(log)
                    } else {
                        dir.crash(log)
                    }
                    log = try dir.open()
                    dir.opened()
                    // After a clean shutdown nothing needs fixing (a just-rolled, still empty active
                    // segment has no index files yet; the log rebuilds those, which is fine).
                    let active = LogFileNames.filenamePrefix(offset: log.activeSegment.baseOffset)
                    let fixed = log.recoveryReport.events.filter {
                        !$0.file.contains(active) || log.activeSegment.size > 0
                    }
                    #expect(!clean || fixed.isEmpty, "\(context) step \(step): \(log.recoveryReport)")
                    #expect(try S.records(log) == before, "\(context) step \(step): reopening changes nothing")
                    #expect(try S.leftovers(dir.path).isEmpty, "\(context) step \(step)")
                }
            }

            // Past every horizon, two full cleanings leave exactly the latest value of each key.
            let finalCleaner = LogCleaner(clock: clock)
            for _ in 0..<2 {
                clock.advance(milliseconds: Int64(retention) + 1)
                try append(log, &model, clock: clock, rng: &rng, writes: [S.Write("final", "x")])
                try log.roll()
                let outcome = try finalCleaner.cleanLog(log, checkpointPath: checkpoint, force: true)
                try check(
                    log, &model, outcome: outcome, now: clock.milliseconds(), fullMap: true, context: "\(context) final"
                )
            }
            let expected = model.latest.values.filter { model.written[$0]?.value != nil }.sorted()
            #expect(try S.records(log).map(\.offset) == expected, "\(context): only the latest values are left")
            log.closeHandlers()
        }
    }

    private func append(
        _ log: Log, _ model: inout Model, clock: ManualClock, rng: inout TestRandom, writes: [S.Write]? = nil
    ) throws {
        let writes =
            writes
            ?? (0..<(1 + Int(rng.next() % 5))).map { _ -> S.Write in
                let key: String? = rng.next() % 30 == 0 ? nil : "key\(rng.next() % 25)"
                let value: String? =
                    rng.next() % 6 == 0
                    ? nil : "v\(rng.next() % 1_000_000)" + String(repeating: "-", count: Int(rng.next() % 40))
                return S.Write(key, value)
            }
        let codec = CompressionType.allCases[Int(rng.next() % UInt64(CompressionType.allCases.count))]
        let base = log.logEndOffset
        try log.appendAsFollower(
            try S.batch(writes, timestamp: clock.milliseconds(), compression: codec, baseOffset: base))
        for (index, write) in writes.enumerated() {
            let offset = base + Int64(index)
            model.written[offset] = write
            if let key = write.key { model.latest[key] = offset }
        }
    }

    private func check(
        _ log: Log, _ model: inout Model, outcome: LogCleaner.RoundOutcome?, now: Int64, fullMap: Bool, context: String
    ) throws {
        if case .markedUncleanable(_, let error)? = outcome { Issue.record("\(context): \(error)") }
        if case .abandoned(_, let why)? = outcome { Issue.record("\(context): abandoned: \(why)") }
        try S.expectOrdered(log, context)
        let batches = try S.batches(log)
        var present: [Int64: S.ReadRecord] = [:]
        var keysPresent: [String: [Int64]] = [:]
        for read in batches {
            for record in read.records {
                present[record.offset] = record
                if let key = record.key { keysPresent[key, default: []].append(record.offset) }
                let write = model.written[record.offset]
                #expect(write?.key == record.key && write?.value == record.value, "\(context): \(record) was written")
            }
            // Horizons of latest tombstones, as first stamped.
            if let horizon = read.batch.deleteHorizonMs {
                for record in read.records where record.value == nil {
                    if let key = record.key, model.latest[key] == record.offset, model.horizons[record.offset] == nil {
                        model.horizons[record.offset] = horizon
                    }
                }
            }
        }
        for (key, offset) in model.latest {
            if model.written[offset]?.value != nil {
                #expect(present[offset] != nil, "\(context): the latest value of \(key) at \(offset) is there")
            } else if present[offset] == nil {
                #expect(keysPresent[key] == nil, "\(context): \(key) was deleted, no older value shows")
                let horizon = model.horizons[offset]
                #expect(
                    horizon != nil && now >= horizon!,
                    "\(context): tombstone \(offset) went at \(now), horizon \(String(describing: horizon))")
            }
        }
        if fullMap, case .cleaned(let result)? = outcome {
            // Nothing holds a cleaning back but the active segment, and a large map reaches it.
            #expect(result.endOffset == log.activeSegment.baseOffset, "\(context)")
            for (key, offsets) in keysPresent {
                #expect(
                    offsets.filter { $0 < result.endOffset }.count <= 1,
                    "\(context): \(key) once below \(result.endOffset)")
            }
        }
    }
}
