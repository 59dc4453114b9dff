import Foundation
import Testing

@testable import KafkaEngine

/// Kafka's LeaderEpochFileCacheTest, case by case.
@Suite struct LeaderEpochFileCacheTests {
    let undefined = (LeaderEpochFileCache.undefinedEpoch, LeaderEpochFileCache.undefinedEpochOffset)

    func withCache(_ body: (LeaderEpochFileCache, LeaderEpochCheckpointFile) throws -> Void) throws {
        try withTemporaryDirectory { dir in
            let checkpoint = LeaderEpochCheckpointFile(logDirectory: dir)
            try body(try LeaderEpochFileCache(checkpoint: checkpoint), checkpoint)
        }
    }

    func entries(_ pairs: [(Int32, Int64)]) -> [EpochEntry] {
        pairs.map { EpochEntry(epoch: $0.0, startOffset: $0.1) }
    }

    func expectEndOffset(
        _ cache: LeaderEpochFileCache, _ epoch: Int32, _ logEndOffset: Int64, _ expected: (Int32, Int64),
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let result = cache.endOffsetFor(requestedEpoch: epoch, logEndOffset: logEndOffset)
        #expect(
            result.epoch == expected.0 && result.endOffset == expected.1, "got \(result)",
            sourceLocation: sourceLocation)
    }

    @Test func previousEpoch() throws {
        try withCache { cache, _ in
            #expect(cache.previousEpoch == nil)
            try cache.assign(epoch: 2, startOffset: 10)
            #expect(cache.previousEpoch == nil)
            try cache.assign(epoch: 4, startOffset: 15)
            #expect(cache.previousEpoch == 2)
            try cache.assign(epoch: 10, startOffset: 20)
            #expect(cache.previousEpoch == 4)
            cache.truncateFromEnd(18)
            #expect(cache.previousEpoch == 2)
            #expect(cache.previousEpoch(before: 4) == 2)
            #expect(cache.previousEntry(before: 4) == EpochEntry(epoch: 2, startOffset: 10))
            #expect(cache.previousEntry(before: 2) == nil)
        }
    }

    @Test func addsEpochAndReturnsLogEndOffsetForTheLatestEpoch() throws {
        try withCache { cache, _ in
            try cache.assign(epoch: 2, startOffset: 10)
            #expect(cache.latestEpoch == 2)
            #expect(cache.epochEntries == entries([(2, 10)]))
            expectEndOffset(cache, 2, 11, (2, 11))
            try cache.assign(epoch: 2, startOffset: 12)
            expectEndOffset(cache, 2, 14, (2, 14))
        }
    }

    @Test func undefinedEpochAndEmptyCache() throws {
        try withCache { cache, _ in
            expectEndOffset(cache, 0, 0, undefined)  // nothing recorded
            expectEndOffset(cache, -1, 73, undefined)
            expectEndOffset(cache, 7, 0, undefined)
            #expect(cache.latestEpoch == nil)
            cache.truncateFromStart(7)
            cache.truncateFromEnd(7)
            try cache.assign(epoch: 2, startOffset: 11)
            try cache.assign(epoch: 3, startOffset: 12)
            expectEndOffset(cache, -1, 0, undefined)
        }
    }

    @Test func anAssignedEpochKeepsItsStartOffset() throws {
        try withCache { cache, _ in
            try cache.assign(epoch: 2, startOffset: 9)
            try cache.assign(epoch: 2, startOffset: 10)
            #expect(cache.epochEntries == entries([(2, 9)]))
            try cache.assign(epoch: 2, startOffset: 9)
            #expect(cache.epochEntries == entries([(2, 9)]))
        }
    }

    @Test func startOffsetsIncreaseMonotonically() throws {
        try withCache { cache, _ in
            try cache.assign(epoch: 2, startOffset: 9)
            try cache.assign(epoch: 3, startOffset: 9)
            #expect(cache.epochEntries == entries([(3, 9)]))
        }
        try withCache { cache, _ in
            try cache.assign(epoch: 2, startOffset: 6)
            try cache.assign(epoch: 3, startOffset: 5)
            #expect(cache.epochEntries == entries([(3, 5)]))
        }
    }

    @Test func epochsIncreaseMonotonically() throws {
        try withCache { cache, _ in
            try cache.assign(epoch: 1, startOffset: 5)
            try cache.assign(epoch: 2, startOffset: 6)
            try cache.assign(epoch: 1, startOffset: 7)
            #expect(cache.latestEpoch == 1)
            expectEndOffset(cache, 1, 8, (1, 8))
            expectEndOffset(cache, 2, 8, undefined)
            #expect(cache.epochEntries == entries([(1, 7)]))
        }
    }

    @Test func requestedEpochBelowTheFirstGetsTheFirstStartOffset() throws {
        try withCache { cache, _ in
            try cache.assign(epoch: 5, startOffset: 11)
            try cache.assign(epoch: 6, startOffset: 12)
            try cache.assign(epoch: 7, startOffset: 13)
            expectEndOffset(cache, 4, 0, (4, 11))
        }
    }

    @Test func matchingEpochWithAnEarlierStartOffsetTruncates() throws {
        try withCache { cache, _ in
            try cache.assign(epoch: 5, startOffset: 11)
            try cache.assign(epoch: 6, startOffset: 12)
            try cache.assign(epoch: 7, startOffset: 13)
            try cache.assign(epoch: 7, startOffset: 12)
            expectEndOffset(cache, 5, 0, (5, 12))
            expectEndOffset(cache, 6, 0, (5, 12))
        }
    }

    @Test func endOffsetOfAPreviousEpochIsTheNextEpochsStart() throws {
        try withCache { cache, _ in
            for (epoch, offset) in [(1, 11), (1, 12), (2, 13), (2, 14), (3, 15), (3, 16)] as [(Int32, Int64)] {
                try cache.assign(epoch: epoch, startOffset: offset)
            }
            expectEndOffset(cache, 2, 17, (2, 15))
        }
        try withCache { cache, _ in
            try cache.assign(epoch: 0, startOffset: 10)
            try cache.assign(epoch: 2, startOffset: 13)
            try cache.assign(epoch: 4, startOffset: 17)
            expectEndOffset(cache, 1, 0, (0, 13))
            expectEndOffset(cache, 2, 0, (2, 17))
            expectEndOffset(cache, 3, 0, (2, 17))
        }
        try withCache { cache, _ in
            try cache.assign(epoch: 2, startOffset: 100)
            expectEndOffset(cache, 3, 100, undefined)
            try cache.assign(epoch: 2, startOffset: 7)
            expectEndOffset(cache, 2, 7, (2, 7))
        }
    }

    @Test func epochsPersistBetweenInstances() throws {
        try withTemporaryDirectory { dir in
            let checkpoint = LeaderEpochCheckpointFile(logDirectory: dir)
            let cache = try LeaderEpochFileCache(checkpoint: checkpoint)
            try cache.assign(epoch: 2, startOffset: 6)
            let reloaded = try LeaderEpochFileCache(checkpoint: LeaderEpochCheckpointFile(logDirectory: dir))
            #expect(reloaded.epochEntries == entries([(2, 6)]))
        }
    }

    @Test func tracksEpochsAsLeadersChange() throws {
        try withCache { cache, _ in
            try cache.assign(epoch: 0, startOffset: 0)
            try cache.assign(epoch: 1, startOffset: 0)
            #expect(cache.latestEpoch == 1)
            expectEndOffset(cache, 1, 0, (1, 0))
            expectEndOffset(cache, 0, 0, (0, 0))
            expectEndOffset(cache, 1, 5, (1, 5))
            expectEndOffset(cache, 0, 5, (0, 0))
            try cache.assign(epoch: 2, startOffset: 5)
            expectEndOffset(cache, 2, 10, (2, 10))
            expectEndOffset(cache, 1, 10, (1, 5))
            expectEndOffset(cache, 0, 10, (0, 0))
        }
        try withCache { cache, _ in
            for offset in 0..<3 { try cache.assign(epoch: 0, startOffset: Int64(offset)) }
            #expect(cache.latestEpoch == 0)
            expectEndOffset(cache, 0, 3, (0, 3))
            for offset in 3..<6 { try cache.assign(epoch: 1, startOffset: Int64(offset)) }
            expectEndOffset(cache, 1, 6, (1, 6))
            for offset in 6..<9 { try cache.assign(epoch: 2, startOffset: Int64(offset)) }
            expectEndOffset(cache, 2, 9, (2, 9))
            expectEndOffset(cache, 0, 9, (0, 3))
            expectEndOffset(cache, 1, 9, (1, 6))
        }
    }

    @Test func truncateFromEnd() throws {
        let cases: [(Int64, [(Int32, Int64)])] = [
            (8, [(2, 6)]),  // on an epoch boundary
            (9, [(2, 6), (3, 8)]),  // between boundaries
            (-1, [(2, 6), (3, 8), (4, 11)]),  // undefined: nothing
            (100, [(2, 6), (3, 8), (4, 11)]),
            (0, []),
        ]
        for (endOffset, expected) in cases {
            try withCache { cache, _ in
                try cache.assign(entries([(2, 6), (3, 8), (4, 11)]))
                cache.truncateFromEnd(endOffset)
                #expect(cache.epochEntries == entries(expected), "truncateFromEnd(\(endOffset))")
            }
        }
    }

    @Test func truncateFromStart() throws {
        let cases: [(Int64, [(Int32, Int64)])] = [
            (8, [(3, 8), (4, 11)]),  // keeps the epoch boundary
            (1, [(2, 6), (3, 8), (4, 11)]),  // too early
            (6, [(2, 6), (3, 8), (4, 11)]),  // the first offset
            (11, [(4, 11)]),
            (9, [(3, 9), (4, 11)]),  // between boundaries: moves the start
            (15, [(4, 15)]),
            (-1, [(2, 6), (3, 8), (4, 11)]),
        ]
        for (startOffset, expected) in cases {
            try withCache { cache, _ in
                try cache.assign(entries([(2, 6), (3, 8), (4, 11)]))
                cache.truncateFromStart(startOffset)
                #expect(cache.epochEntries == entries(expected), "truncateFromStart(\(startOffset))")
            }
        }
        try withCache { cache, _ in
            try cache.assign(entries([(0, 0), (1, 7), (2, 10)]))
            #expect(cache.truncateFromStart(5) == entries([(0, 0)]))
            #expect(cache.epochEntries == entries([(0, 5), (1, 7), (2, 10)]))
        }
    }

    @Test func truncationsReachTheFileOnFlush() throws {
        try withCache { cache, checkpoint in
            try cache.assign(entries([(2, 6), (3, 8), (4, 11)]))
            #expect(cache.truncateFromEnd(11) == entries([(4, 11)]))
            cache.truncateFromStart(8)
            #expect(try checkpoint.read() == entries([(2, 6), (3, 8), (4, 11)]))  // not yet
            try cache.flush()
            #expect(try checkpoint.read() == entries([(3, 8)]))
            try cache.clearAndFlush()
            #expect(cache.epochEntries.isEmpty && cache.isEmpty)
            #expect(try checkpoint.read() == [])
        }
        try withTemporaryDirectory { dir in
            let cache = try LeaderEpochFileCache(
                checkpoint: LeaderEpochCheckpointFile(logDirectory: dir + "/deleted-partition"))
            cache.truncateFromEnd(0)
            try cache.flushIfDirectoryExists()  // the log's directory is gone: not an error
            #expect(storageError { try cache.flush() }?.isNoSuchFile == true)
        }
    }

    @Test func lookupsByEpochAndOffset() throws {
        try withCache { cache, _ in
            try cache.assign(epoch: 0, startOffset: 0)
            try cache.assign(epoch: 1, startOffset: 100)
            try cache.assign(epoch: 2, startOffset: 200)
            #expect(cache.nextEpoch(after: -1) == 0)
            #expect(cache.nextEpoch(after: 0) == 1)
            #expect(cache.nextEpoch(after: 1) == 2)
            #expect(cache.nextEpoch(after: 2) == nil)
            #expect(cache.nextEpoch(after: 100) == nil)
            #expect(cache.epochEntry(1) == EpochEntry(epoch: 1, startOffset: 100))
            #expect(cache.epochEntry(5) == nil)
            #expect(cache.earliestEntry == EpochEntry(epoch: 0, startOffset: 0))
            #expect(cache.latestEntry == EpochEntry(epoch: 2, startOffset: 200))
        }
        try withCache { cache, _ in
            try cache.assign(epoch: 0, startOffset: 10)
            try cache.assign(epoch: 1, startOffset: 20)
            try cache.assign(epoch: 5, startOffset: 30)
            #expect(cache.epochForOffset(25) == 1)
            #expect(cache.epochForOffset(20) == 1)
            #expect(cache.epochForOffset(30) == 5)
            #expect(cache.epochForOffset(50) == 5)
            #expect(cache.epochForOffset(5) == nil)
            #expect(cache.epochEntriesInRange(startOffset: 15, endOffset: 30) == entries([(0, 15), (1, 20)]))
            #expect(cache.epochEntries == entries([(0, 10), (1, 20), (5, 30)]))  // unchanged
        }
    }

    @Test func invalidEntriesAndCheckpointsAreRejected() throws {
        try withCache { cache, checkpoint in
            #expect(
                storageError { try cache.assign(epoch: -1, startOffset: 0) }
                    == .illegalArgument(
                        "Received invalid partition leader epoch entry EpochEntry(epoch=-1, startOffset=0)"))
            #expect(storageError { try cache.assign(epoch: 0, startOffset: -5) } != nil)
            try writeFile(checkpoint.path, "0\n2\n1 5\n")
            #expect(storageError { _ = try LeaderEpochFileCache(checkpoint: checkpoint) } != nil)
            // A checkpoint that breaks monotonicity is loaded by the assignment rules.
            try writeFile(checkpoint.path, "0\n3\n1 5\n3 9\n2 7\n")
            let loaded = try LeaderEpochFileCache(checkpoint: checkpoint)
            #expect(loaded.epochEntries == entries([(1, 5), (2, 7)]))
            let moved = loaded.withCheckpoint(LeaderEpochCheckpointFile(path: checkpoint.path + ".future"))
            #expect(moved.epochEntries == loaded.epochEntries)
            #expect(!FileManager.default.fileExists(atPath: checkpoint.path + ".future"))
        }
    }

    // MARK: Skipping writes that would not change the file

    @Test func assignmentThatLeavesTheFileAsItIsDoesNotWriteIt() throws {
        try withCache { cache, checkpoint in
            let wrote1 = try cache.assign(epoch: 0, startOffset: 0)
            #expect(wrote1)
            let onDisk2 = try checkpoint.read()
            #expect(onDisk2 == entries([(0, 0)]))
            // Removed behind the cache's back: a write would bring it back.
            try FileManager.default.removeItem(atPath: checkpoint.path)
            let wrote3 = try cache.assign(epoch: 0, startOffset: 5)
            #expect(wrote3 == false)
            cache.truncateFromEnd(0)
            #expect(cache.isEmpty)
            #expect(cache.isFlushed == false)
            // Memory returns to what was last written: still nothing to write.
            let wrote4 = try cache.assign(epoch: 0, startOffset: 0)
            #expect(wrote4 == false)
            #expect(cache.isFlushed)
            #expect(!FileManager.default.fileExists(atPath: checkpoint.path))
            try cache.flush()
            #expect(!FileManager.default.fileExists(atPath: checkpoint.path))
            // A new epoch is written.
            let wrote5 = try cache.assign(epoch: 1, startOffset: 0)
            #expect(wrote5)
            let onDisk6 = try checkpoint.read()
            #expect(onDisk6 == entries([(1, 0)]))
        }
    }

    @Test func truncationIsWrittenByTheNextFlushOnly() throws {
        try withCache { cache, checkpoint in
            try cache.assign(epoch: 1, startOffset: 0)
            try cache.assign(epoch: 2, startOffset: 10)
            cache.truncateFromEnd(10)
            let onDisk7 = try checkpoint.read()
            #expect(onDisk7 == entries([(1, 0), (2, 10)]))
            try cache.flush()
            let onDisk8 = try checkpoint.read()
            #expect(onDisk8 == entries([(1, 0)]))
            #expect(cache.isFlushed)
        }
    }

    @Test func cacheLoadedFromAFileKnowsItsContents() throws {
        try withTemporaryDirectory { dir in
            let checkpoint = LeaderEpochCheckpointFile(logDirectory: dir)
            try checkpoint.write(entries([(3, 7)]))
            let cache = try LeaderEpochFileCache(checkpoint: checkpoint)
            #expect(cache.isFlushed)
            try FileManager.default.removeItem(atPath: checkpoint.path)
            let wrote9 = try cache.assign(epoch: 3, startOffset: 9)
            #expect(wrote9 == false)
            #expect(!FileManager.default.fileExists(atPath: checkpoint.path))
            // A cache over a missing file does not know it: the first flush creates it.
            let fresh = try LeaderEpochFileCache(checkpoint: checkpoint)
            #expect(fresh.isFlushed == false)
            try fresh.flush()
            let onDisk10 = try checkpoint.read()
            #expect(onDisk10 == [])
        }
    }

    @Test func unsyncedAssignmentStillWritesTheFile() throws {
        try withCache { cache, checkpoint in
            let wrote11 = try cache.assign(epoch: 4, startOffset: 2, sync: false)
            #expect(wrote11)
            let onDisk12 = try checkpoint.read()
            #expect(onDisk12 == entries([(4, 2)]))
        }
    }
}
