import Foundation
import Testing

@testable import KafkaEngine

@Suite struct TimeIndexTests {
    @Test func writesKafkasBytes() throws {
        try withTemporaryDirectory { dir in
            let path = dir + "/00000000000000000100.timeindex"
            let index = try TimeIndex(path: path, baseOffset: 100, maxIndexSize: 12 * 10 + 5)
            #expect(index.length == 120)
            try index.maybeAppend(timestamp: 1_700_000_000_000, offset: 100)
            try index.maybeAppend(timestamp: 1_700_000_000_500, offset: 150)
            try index.close()
            #expect(try fileBytes(path) == hexBytes("0000018bcfe56800 00000000  0000018bcfe569f4 00000032"))
        }
    }

    @Test func onlyANewMaximumTimestampMakesAnEntry() throws {
        try withTemporaryDirectory { dir in
            let path = dir + "/m.timeindex"
            let index = try TimeIndex(path: path, baseOffset: 0, maxIndexSize: 12 * 10)
            #expect(index.lastEntry == TimestampOffset(timestamp: -1, offset: 0))
            try index.maybeAppend(timestamp: -1, offset: 3)  // no timestamps (magic 0): nothing
            #expect(index.entries == 0)
            try index.maybeAppend(timestamp: 100, offset: 5)
            try index.maybeAppend(timestamp: 100, offset: 5)  // the same entry again, as on roll: ignored
            try index.maybeAppend(timestamp: 100, offset: 9)  // same timestamp, later offset: ignored
            #expect(index.entries == 1)
            try index.maybeAppend(timestamp: 150, offset: 9)
            #expect(index.lastEntry == TimestampOffset(timestamp: 150, offset: 9))
            #expect(
                storageError { try index.maybeAppend(timestamp: 200, offset: 8) }
                    == .invalidOffset(
                        "Attempt to append an offset (8) to slot 2 no larger than the last offset appended (9) to \(path)"
                    ))
            #expect(
                storageError { try index.maybeAppend(timestamp: 149, offset: 10) }
                    == .illegalState(
                        "Attempt to append a timestamp (149) to slot 2 no larger than the last timestamp appended (150) to \(path)"
                    ))
            try index.maybeAppend(timestamp: 151, offset: 9)  // same offset, new maximum: an entry
            #expect(index.entries == 3)
            #expect(storageError { try index.maybeAppend(timestamp: 200, offset: -1) } != nil)
        }
    }

    @Test func theLastSlotIsKeptForTheRoll() throws {
        try withTemporaryDirectory { dir in
            let index = try TimeIndex(path: dir + "/f.timeindex", baseOffset: 0, maxIndexSize: 12 * 3)
            try index.maybeAppend(timestamp: 1, offset: 1)
            #expect(!index.isFull)
            try index.maybeAppend(timestamp: 2, offset: 2)
            #expect(index.isFull)  // one slot left, reserved
            #expect(
                storageError { try index.maybeAppend(timestamp: 3, offset: 3) }
                    == .illegalArgument("Attempt to append to a full time index (size = 2)."))
            try index.maybeAppend(timestamp: 3, offset: 3, skipFullCheck: true)  // the roll entry
            #expect(index.entries == 3)
            try index.maybeAppend(timestamp: 3, offset: 3, skipFullCheck: true)  // again on close: ignored
            #expect(storageError { try index.maybeAppend(timestamp: 4, offset: 4, skipFullCheck: true) } != nil)
        }
    }

    @Test func lookupMatchesAModelOnRandomData() throws {
        try withTemporaryDirectory { dir in
            for seed in [UInt64(7), 8, 9] {
                var rng = TestRandom(seed: seed)
                let base = Int64(rng.next() % 1_000_000)
                let count = 300 + Int(rng.next() % 2000)
                let index = try TimeIndex(path: dir + "/\(seed).timeindex", baseOffset: base, maxIndexSize: 12 * 3000)
                var model: [TimestampOffset] = []
                var timestamp = Int64(1_600_000_000_000 + rng.next() % 1000)
                var offset = base
                for _ in 0..<count {
                    try index.maybeAppend(timestamp: timestamp, offset: offset)
                    model.append(TimestampOffset(timestamp: timestamp, offset: offset))
                    timestamp += 1 + Int64(rng.next() % 100)
                    offset += 1 + Int64(rng.next() % 3)  // as a segment writes them: one entry per batch
                }
                #expect(index.allEntries == model)
                let first = model[0].timestamp
                let targets =
                    model.map(\.timestamp)
                    + (0..<2000).map { _ in first - 50 + Int64(rng.next() % UInt64(timestamp - first + 100)) }
                for target in targets {
                    let expected = model.last { $0.timestamp <= target } ?? TimestampOffset(timestamp: -1, offset: base)
                    #expect(index.lookup(target) == expected, "seed \(seed) target \(target)")
                }
                // Truncation by offset against the same model.
                let cut = base + Int64(rng.next() % UInt64(offset - base + 1))
                index.truncateTo(cut)
                model.removeAll { $0.offset >= cut }
                #expect(index.allEntries == model)
                #expect(index.lastEntry == (model.last ?? TimestampOffset(timestamp: -1, offset: base)))
                try index.close()
            }
        }
    }

    @Test func reopenAfterCloseAndAfterACrash() throws {
        try withTemporaryDirectory { dir in
            let path = dir + "/r.timeindex"
            let index = try TimeIndex(path: path, baseOffset: 10, maxIndexSize: 12 * 8)
            try index.maybeAppend(timestamp: 1000, offset: 10)
            try index.maybeAppend(timestamp: 2000, offset: 12)
            try index.close()
            let reopened = try TimeIndex(path: path, baseOffset: 10, maxIndexSize: 12 * 8)
            #expect(reopened.entries == 2)
            #expect(reopened.lastEntry == TimestampOffset(timestamp: 2000, offset: 12))
            try reopened.sanityCheck()
            try reopened.resize(12 * 8)
            #expect(reopened.lastEntry == TimestampOffset(timestamp: 2000, offset: 12))
            try reopened.maybeAppend(timestamp: 3000, offset: 15)
            reopened.closeHandler()  // crash: left preallocated

            let crashed = try TimeIndex(path: path, baseOffset: 10, maxIndexSize: 12 * 8)
            #expect(crashed.entries == 8)
            #expect(crashed.lastEntry == TimestampOffset(timestamp: 0, offset: 10))
            // Kafka's own check catches this one: the last timestamp (0) is below the first.
            #expect(
                storageError { try crashed.sanityCheck() }
                    == .corruptIndex(
                        "Corrupt time index found, time index file (\(path)) has non-zero size but the last timestamp"
                            + " is 0 which is less than the first timestamp 1000"))
            try crashed.reset()
            #expect(crashed.entries == 0)
            try crashed.sanityCheck()
        }
    }

    @Test func sanityCheckRejectsCorruptFiles() throws {
        try withTemporaryDirectory { dir in
            let odd = dir + "/odd.timeindex"
            try writeFile(odd, [UInt8](repeating: 0, count: 13))
            #expect(
                storageError { try TimeIndex(path: odd, baseOffset: 0, maxIndexSize: 120).sanityCheck() }
                    == .corruptIndex(
                        "Time index file \(odd) is corrupt, found 13 bytes which is neither positive nor a multiple of 12"
                    ))

            let below = dir + "/below.timeindex"
            try writeFile(below, hexBytes("0000000000000001 00000000  0000000000000002 fffffffe"))
            #expect(
                storageError { try TimeIndex(path: below, baseOffset: 50, maxIndexSize: 120).sanityCheck() }
                    == .corruptIndex(
                        "Corrupt time index found, time index file (\(below)) has non-zero size but the last offset is 48"
                            + " which is less than the first offset 50"))

            for (name, hex) in [
                ("timestamps", "0000000000000005 00000000  0000000000000003 00000001  0000000000000009 00000002"),
                ("offsets", "0000000000000005 00000004  0000000000000006 00000002  0000000000000009 00000005"),
                ("zeros", String(repeating: "00", count: 36)),
            ] {
                let path = dir + "/\(name).timeindex"
                try writeFile(path, hexBytes(hex))
                let index = try TimeIndex(path: path, baseOffset: 0, maxIndexSize: 120)
                let error = storageError { try index.sanityCheck() }
                guard case .corruptIndex(let message)? = error else {
                    Issue.record("\(name): not reported corrupt")
                    continue
                }
                #expect(message.contains(path))
            }

            try writeFile(dir + "/zero.timeindex", [])
            let zero = try TimeIndex(path: dir + "/zero.timeindex", baseOffset: 3, maxIndexSize: 120)
            try zero.sanityCheck()
            #expect(zero.lookup(Int64.max) == TimestampOffset(timestamp: -1, offset: 3))

            var rng = TestRandom(seed: 4242)
            for n in 0..<50 {
                let path = dir + "/garbage\(n).timeindex"
                try writeFile(path, randomBytes(&rng, maxCount: 150))
                let index = try TimeIndex(path: path, baseOffset: Int64(bitPattern: rng.next()), maxIndexSize: 120)
                _ = storageError { try index.sanityCheck() }
                _ = index.lookup(Int64(bitPattern: rng.next()))
                index.truncateTo(Int64(bitPattern: rng.next()))
                let (timestamp, offset) = (Int64(bitPattern: rng.next()), Int64(bitPattern: rng.next()))
                _ = storageError { try index.maybeAppend(timestamp: timestamp, offset: offset, skipFullCheck: true) }
                try index.close()
            }
        }
    }
}
