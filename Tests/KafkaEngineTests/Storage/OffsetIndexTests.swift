import Foundation
import Testing

@testable import KafkaEngine

@Suite struct OffsetIndexTests {
    @Test func writesKafkasBytes() throws {
        try withTemporaryDirectory { dir in
            let path = dir + "/00000000000000000100.index"
            let index = try OffsetIndex(path: path, baseOffset: 100, maxIndexSize: 8 * 10)
            #expect(try fileBytes(path) == [UInt8](repeating: 0, count: 80))  // preallocated
            try index.append(offset: 100, position: 0)
            try index.append(offset: 105, position: 4096)
            try index.append(offset: 200, position: 0x0102_0304)
            try index.close()
            #expect(try fileBytes(path) == hexBytes("00000000 00000000  00000005 00001000  00000064 01020304"))
        }
    }

    @Test func preallocationRoundsDownToWholeEntries() throws {
        try withTemporaryDirectory { dir in
            let index = try OffsetIndex(path: dir + "/a.index", baseOffset: 0, maxIndexSize: 67)
            #expect(index.length == 64)
            #expect(index.maxEntries == 8)
            #expect(index.entries == 0)
            #expect(
                storageError { _ = try OffsetIndex(path: dir + "/b.index", baseOffset: 0, maxIndexSize: 7) }
                    == .illegalArgument("Invalid max index size: 7"))
            #expect(!FileManager.default.fileExists(atPath: dir + "/b.index"))
        }
    }

    @Test func lookupMatchesAModelOnRandomData() throws {
        try withTemporaryDirectory { dir in
            // Enough entries that lookups cross the warm-section boundary (1024 entries).
            for seed in [UInt64(1), 2, 3] {
                var rng = TestRandom(seed: seed)
                let base = Int64(rng.next() % 1_000_000)
                let count = 500 + Int(rng.next() % 3000)
                let index = try OffsetIndex(path: dir + "/\(seed).index", baseOffset: base, maxIndexSize: 8 * 4000)
                var model: [OffsetPosition] = []
                var offset = base + Int64(rng.next() % 3)
                var position: Int32 = 0
                for _ in 0..<count {
                    try index.append(offset: offset, position: position)
                    model.append(OffsetPosition(offset: offset, position: position))
                    offset += 1 + Int64(rng.next() % 20)
                    position += 1 + Int32(rng.next() % 5000)
                }
                #expect(index.allEntries == model)
                let targets =
                    model.map(\.offset)
                    + (0..<2000).map { _ in base - 5 + Int64(rng.next() % UInt64(offset - base + 10)) }
                for target in targets {
                    let expected = model.last { $0.offset <= target } ?? OffsetPosition(offset: base, position: 0)
                    #expect(index.lookup(target) == expected, "seed \(seed) target \(target)")
                }
                for _ in 0..<1000 {
                    let from = model[Int(rng.next() % UInt64(model.count))]
                    let size = Int32(rng.next() % 200_000)
                    let expected = model.first { Int64($0.position) >= Int64(from.position) + Int64(size) }
                    #expect(index.fetchUpperBoundOffset(from, fetchSize: size) == expected, "seed \(seed)")
                }
                try index.close()
            }
        }
    }

    @Test func lookupAtTheEdges() throws {
        try withTemporaryDirectory { dir in
            let index = try OffsetIndex(path: dir + "/e.index", baseOffset: 50, maxIndexSize: 8 * 10)
            #expect(index.lookup(0) == OffsetPosition(offset: 50, position: 0))  // empty index
            #expect(index.lookup(Int64.max) == OffsetPosition(offset: 50, position: 0))
            try index.append(offset: 55, position: 10)
            #expect(index.lookup(54) == OffsetPosition(offset: 50, position: 0))
            #expect(index.lookup(55) == OffsetPosition(offset: 55, position: 10))
            #expect(index.lookup(Int64.max) == OffsetPosition(offset: 55, position: 10))
            #expect(index.lookup(Int64.min) == OffsetPosition(offset: 50, position: 0))
            #expect(index.entry(at: 0) == OffsetPosition(offset: 55, position: 10))
            #expect(index.entry(at: 1) == nil)
            #expect(index.entry(at: -1) == nil)
        }
    }

    @Test func appendFollowsKafkasRules() throws {
        try withTemporaryDirectory { dir in
            let path = dir + "/r.index"
            let index = try OffsetIndex(path: path, baseOffset: 10, maxIndexSize: 8 * 3)
            #expect(
                storageError { try index.append(offset: 9, position: 0) }
                    == .indexOffsetOverflow("Integer overflow for offset: 9 (\(path))"))
            #expect(storageError { try index.append(offset: 10 + Int64(Int32.max) + 1, position: 0) } != nil)
            #expect(!index.canAppendOffset(10 + Int64(Int32.max) + 1))
            #expect(index.canAppendOffset(10 + Int64(Int32.max)))
            try index.append(offset: 10, position: 0)  // the base offset itself, as the first entry
            try index.append(offset: 12, position: 100)
            #expect(
                storageError { try index.append(offset: 12, position: 200) }
                    == .invalidOffset(
                        "Attempt to append an offset 12 to position 2 no larger than the last offset appended (12) to \(path)"
                    ))
            #expect(storageError { try index.append(offset: 11, position: 200) } != nil)
            try index.append(offset: 13, position: 200)
            #expect(index.isFull)
            #expect(
                storageError { try index.append(offset: 14, position: 300) }
                    == .illegalArgument("Attempt to append to a full index (size = 3)."))
            #expect(index.lastOffset == 13)
        }
    }

    @Test func truncateToKeepsEntriesBelowTheOffset() throws {
        try withTemporaryDirectory { dir in
            let index = try OffsetIndex(path: dir + "/t.index", baseOffset: 0, maxIndexSize: 8 * 100)
            for n in 0..<10 { try index.append(offset: Int64(n * 10), position: Int32(n * 100)) }
            index.truncateTo(95)  // no entry for 95: keep the ones below it
            #expect(index.entries == 10)
            index.truncateTo(90)  // an entry at exactly 90: drop it
            #expect(index.entries == 9)
            #expect(index.lastOffset == 80)
            index.truncateTo(45)  // between entries
            #expect(index.allEntries.map(\.offset) == [0, 10, 20, 30, 40])
            #expect(index.lookup(1000) == OffsetPosition(offset: 40, position: 400))
            try index.append(offset: 41, position: 401)  // appends continue after the new last entry
            index.truncateTo(-5)  // below everything
            #expect(index.entries == 0)
            #expect(index.lastOffset == 0)
            try index.append(offset: 3, position: 7)
            index.truncate()
            #expect(index.entries == 0)
            #expect(index.lookup(3) == OffsetPosition(offset: 0, position: 0))
        }
    }

    @Test func reopenAfterCloseKeepsEntriesAndCanGrowAgain() throws {
        try withTemporaryDirectory { dir in
            let path = dir + "/c.index"
            let index = try OffsetIndex(path: path, baseOffset: 1000, maxIndexSize: 8 * 100)
            for n in 1...5 { try index.append(offset: 1000 + Int64(n), position: Int32(n * 64)) }
            try index.close()
            #expect(try fileBytes(path).count == 40)  // trimmed to the entries

            let reopened = try OffsetIndex(path: path, baseOffset: 1000, maxIndexSize: 8 * 100)
            #expect(reopened.entries == 5)
            #expect(reopened.lastOffset == 1005)
            #expect(reopened.isFull)  // exactly as long as its entries
            try reopened.sanityCheck()
            #expect(try reopened.resize(8 * 100))  // the active segment grows back on load
            #expect(try !reopened.resize(8 * 100 + 3))  // same size once rounded
            #expect(!reopened.isFull)
            try reopened.append(offset: 1006, position: 400)
            #expect(reopened.lookup(1006) == OffsetPosition(offset: 1006, position: 400))
            #expect(reopened.lookup(1003) == OffsetPosition(offset: 1003, position: 192))
            try reopened.trimToValidSize()
            #expect(try fileBytes(path).count == 48)
            #expect(storageError { try reopened.resize(8) } != nil)  // never below the entries in use
            try reopened.close()
        }
    }

    @Test func aFileLeftPreallocatedByACrashFailsTheSanityCheckUntilReset() throws {
        try withTemporaryDirectory { dir in
            let path = dir + "/00000000000000000500.index"
            let index = try OffsetIndex(path: path, baseOffset: 500, maxIndexSize: 8 * 16)
            try index.append(offset: 500, position: 0)
            try index.append(offset: 520, position: 4100)
            try index.append(offset: 540, position: 8200)
            index.closeHandler()  // the process dies: nothing trims the file

            let reopened = try OffsetIndex(path: path, baseOffset: 500, maxIndexSize: 8 * 16)
            #expect(reopened.entries == 16)  // length / entrySize, as Kafka reads it
            #expect(reopened.isFull)
            let error = storageError { try reopened.sanityCheck() }
            guard case .corruptIndex(let message) = error else {
                Issue.record("expected a corrupt index, got \(String(describing: error))")
                return
            }
            #expect(message.contains(path) && message.contains("entry 3"))
            try reopened.reset()
            #expect(reopened.entries == 0)
            #expect(reopened.length == 8 * 16)
            try reopened.sanityCheck()

            // A crash before the first entry leaves only zeros: also caught.
            let empty = try OffsetIndex(path: dir + "/e.index", baseOffset: 0, maxIndexSize: 8 * 4)
            empty.closeHandler()
            let reopenedEmpty = try OffsetIndex(path: dir + "/e.index", baseOffset: 0, maxIndexSize: 8 * 4)
            #expect(storageError { try reopenedEmpty.sanityCheck() } != nil)
        }
    }

    @Test func sanityCheckRejectsCorruptFiles() throws {
        try withTemporaryDirectory { dir in
            // Zero length: a valid empty index (what a rolled empty segment leaves).
            try writeFile(dir + "/zero.index", [])
            let zero = try OffsetIndex(path: dir + "/zero.index", baseOffset: 7, maxIndexSize: 80)
            #expect(zero.entries == 0 && zero.isFull)
            try zero.sanityCheck()
            #expect(zero.lookup(100) == OffsetPosition(offset: 7, position: 0))
            try zero.resize(80)
            try zero.append(offset: 8, position: 0)

            // Not a whole number of entries: Kafka's message.
            let odd = dir + "/odd.index"
            try writeFile(odd, hexBytes("00000000 00000000 00000001 00000010 0000"))
            let oddIndex = try OffsetIndex(path: odd, baseOffset: 0, maxIndexSize: 80)
            #expect(oddIndex.entries == 2)
            #expect(
                storageError { try oddIndex.sanityCheck() }
                    == .corruptIndex(
                        "Index file \(odd) is corrupt, found 18 bytes which is neither positive nor a multiple of 8"))

            // Last offset below the base offset: Kafka's message.
            let below = dir + "/below.index"
            try writeFile(below, hexBytes("00000005 00000000 ffffffff 00000010"))
            #expect(
                storageError { try OffsetIndex(path: below, baseOffset: 100, maxIndexSize: 80).sanityCheck() }
                    == .corruptIndex(
                        "Corrupt index found, index file (\(below)) has non-zero size but the last offset is 99 which"
                            + " is less than the base offset 100"))

            // Offsets out of order, and positions going backwards.
            for (name, hex) in [
                ("order", "00000005 00000000 00000003 00000010 00000007 00000020"),
                ("position", "00000001 00000100 00000002 00000050"),
                ("first", "fffffff0 00000000 00000002 00000050"),
            ] {
                let path = dir + "/\(name).index"
                try writeFile(path, hexBytes(hex))
                let index = try OffsetIndex(path: path, baseOffset: 100, maxIndexSize: 80)
                let error = storageError { try index.sanityCheck() }
                guard case .corruptIndex(let message)? = error else {
                    Issue.record("\(name): not reported corrupt")
                    continue
                }
                #expect(message.contains(path))
            }

            // Random garbage never traps, whatever it holds.
            var rng = TestRandom(seed: 42)
            for n in 0..<50 {
                let path = dir + "/garbage\(n).index"
                try writeFile(path, randomBytes(&rng, maxCount: 100))
                let index = try OffsetIndex(path: path, baseOffset: Int64(bitPattern: rng.next()), maxIndexSize: 80)
                _ = storageError { try index.sanityCheck() }
                _ = index.lookup(Int64(bitPattern: rng.next()))
                _ = index.fetchUpperBoundOffset(OffsetPosition(offset: 0, position: Int32.max), fetchSize: Int32.max)
                index.truncateTo(Int64(bitPattern: rng.next()))
                try index.close()
            }
        }
    }

    @Test func readOnlyIndexNeverChangesItsFile() throws {
        try withTemporaryDirectory { dir in
            let path = dir + "/ro.index"
            let writer = try OffsetIndex(path: path, baseOffset: 0, maxIndexSize: 80)
            try writer.append(offset: 1, position: 1)
            writer.closeHandler()
            let before = try fileBytes(path)
            let reader = try OffsetIndex(path: path, baseOffset: 0, maxIndexSize: 80, writable: false)
            #expect(reader.entry(at: 0) == OffsetPosition(offset: 1, position: 1))
            #expect(storageError { try reader.append(offset: 100, position: 0) } != nil)
            #expect(storageError { try reader.resize(8) } != nil)
            try reader.close()
            #expect(try fileBytes(path) == before)
            #expect(
                storageError {
                    _ = try OffsetIndex(path: dir + "/missing.index", baseOffset: 0, maxIndexSize: 80, writable: false)
                }?
                .isNoSuchFile == true)
        }
    }

    @Test func renameDeleteAndClosedIndex() throws {
        try withTemporaryDirectory { dir in
            let index = try OffsetIndex(path: dir + "/x.index", baseOffset: 0, maxIndexSize: 80)
            try index.append(offset: 4, position: 40)
            try index.renameTo(dir + "/x.index.deleted")
            #expect(index.path == dir + "/x.index.deleted")
            #expect(FileManager.default.fileExists(atPath: dir + "/x.index.deleted"))
            #expect(index.lookup(5) == OffsetPosition(offset: 4, position: 40))  // the mapping survives the rename
            try FileManager.default.createDirectory(atPath: dir + "/moved", withIntermediateDirectories: false)
            try FileManager.default.moveItem(atPath: dir + "/x.index.deleted", toPath: dir + "/moved/x.index.deleted")
            index.updateParentDir(dir + "/moved")
            #expect(index.path == dir + "/moved/x.index.deleted")
            #expect(try index.deleteIfExists())
            #expect(!FileManager.default.fileExists(atPath: dir + "/moved/x.index.deleted"))
            #expect(try !index.deleteIfExists())
            // A closed index answers lookups as an empty one (still a valid place to start a scan).
            #expect(index.lookup(5) == OffsetPosition(offset: 0, position: 0))
            #expect(storageError { try index.append(offset: 9, position: 90) } != nil)
        }
    }

    @Test func lazyIndexOpensOnFirstUse() throws {
        try withTemporaryDirectory { dir in
            let lazy = LazyIndex<OffsetIndex>(path: dir + "/l.index", baseOffset: 10, maxIndexSize: 80)
            #expect(!lazy.isOpened)
            try lazy.renameTo(dir + "/l.index.swap")  // no file yet: just the new name
            #expect(lazy.path == dir + "/l.index.swap")
            #expect(!FileManager.default.fileExists(atPath: dir + "/l.index.swap"))
            try lazy.close()  // nothing to close
            let index = try lazy.get()
            #expect(lazy.isOpened)
            #expect(try lazy.get() === index)
            try index.append(offset: 11, position: 5)
            try lazy.renameTo(dir + "/l.index")
            #expect(index.path == dir + "/l.index")
            try lazy.close()
            #expect(try fileBytes(dir + "/l.index") == hexBytes("00000001 00000005"))
            #expect(try lazy.deleteIfExists())

            try writeFile(dir + "/m.index", hexBytes("00000002 00000009"))
            let existing = LazyIndex<TimeIndex>(path: dir + "/m.timeindex", baseOffset: 0, maxIndexSize: 120)
            try existing.renameTo(dir + "/n.timeindex")
            #expect(existing.path == dir + "/n.timeindex")
            let unopened = LazyIndex<OffsetIndex>(path: dir + "/m.index", baseOffset: 0, maxIndexSize: 80)
            try unopened.renameTo(dir + "/m.index.deleted")
            #expect(FileManager.default.fileExists(atPath: dir + "/m.index.deleted"))
            #expect(try unopened.get().lookup(3) == OffsetPosition(offset: 2, position: 9))
        }
    }

    @Test func lookupsRunWhileTheIndexIsAppendedTo() throws {
        try withTemporaryDirectory { dir in
            let index = try OffsetIndex(path: dir + "/busy.index", baseOffset: 0, maxIndexSize: 8 * 20_000)
            // Entries (10n, 100n): every lookup must return one of them, at or below its target.
            DispatchQueue.concurrentPerform(iterations: 4) { worker in
                if worker == 0 {
                    for n in 0..<20_000 {
                        do { try index.append(offset: Int64(n) * 10, position: Int32(n) * 100) } catch {
                            Issue.record("append failed: \(error)")
                            return
                        }
                    }
                } else {
                    for n in 0..<20_000 {
                        let target = Int64((n * 7919 + worker) % 200_000)
                        let found = index.lookup(target)
                        if found.offset > target || found.offset % 10 != 0 || Int64(found.position) != found.offset * 10
                        {
                            Issue.record("lookup(\(target)) returned \(found)")
                            return
                        }
                    }
                }
            }
            #expect(index.entries == 20_000)
            #expect(index.lookup(199_995) == OffsetPosition(offset: 199_990, position: 1_999_900))
        }
    }
}
