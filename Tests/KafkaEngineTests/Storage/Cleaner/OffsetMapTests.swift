import NIOCore
import Testing

@testable import KafkaEngine

@Suite struct OffsetMapTests {
    /// `map.put`, outside `#expect` (which cannot call mutating methods).
    func put(_ map: inout OffsetMap, _ key: ByteBuffer, _ offset: Int64) -> Bool {
        map.put(key: key, offset: offset)
    }

    @Test func keepsTheLatestOffsetPerKey() {
        var map = OffsetMap(memoryLimit: 1 << 20)
        #expect(map.get(key: ByteBuffer(string: "a")) == -1)
        let stored = [
            put(&map, ByteBuffer(string: "a"), 3), put(&map, ByteBuffer(string: "b"), 4),
            put(&map, ByteBuffer(string: "a"), 9),
        ]
        #expect(stored == [true, true, true])
        #expect(map.get(key: ByteBuffer(string: "a")) == 9)
        #expect(map.get(key: ByteBuffer(string: "b")) == 4)
        #expect(map.size == 2)
        #expect(map.latestOffset == 9)
        map.updateLatestOffset(20)
        #expect(map.latestOffset == 20)
        map.updateLatestOffset(10)
        #expect(map.latestOffset == 20, "the latest offset never goes back")
        map.clear()
        #expect(map.size == 0 && map.latestOffset == -1 && map.usedBytes == 0)
    }

    @Test func keysAreComparedWhole() {
        var map = OffsetMap(memoryLimit: 1 << 20)
        // Same length with a different last byte, a key that is a prefix of another, the empty key.
        let stored = [
            put(&map, ByteBuffer(bytes: [1, 2, 3]), 1), put(&map, ByteBuffer(bytes: [1, 2, 4]), 2),
            put(&map, ByteBuffer(bytes: [1, 2]), 3), put(&map, ByteBuffer(), 4),
        ]
        #expect(stored == [true, true, true, true])
        #expect(map.get(key: ByteBuffer(bytes: [1, 2, 3])) == 1)
        #expect(map.get(key: ByteBuffer(bytes: [1, 2, 4])) == 2)
        #expect(map.get(key: ByteBuffer(bytes: [1, 2])) == 3)
        #expect(map.get(key: ByteBuffer()) == 4)
        // A key read out of a larger buffer counts only its readable bytes.
        var framed = ByteBuffer(bytes: [9, 1, 2, 3])
        framed.moveReaderIndex(forwardBy: 1)
        #expect(map.get(key: framed) == 1)
    }

    @Test func refusesNewKeysOnceFullButUpdatesExistingOnes() {
        // Room for three 1-byte keys at 90%: 3 × 65 = 195 ≤ 0.9 × 220 = 198 < 4 × 65.
        var map = OffsetMap(memoryLimit: 220, loadFactor: 0.9)
        let stored = ["a", "b", "c"].enumerated().map { put(&map, ByteBuffer(string: $1), Int64($0)) }
        #expect(stored == [true, true, true])
        #expect(!map.hasRoom(forKeyOfSize: 1))
        let refused = put(&map, ByteBuffer(string: "d"), 10)
        #expect(!refused)
        #expect(map.get(key: ByteBuffer(string: "d")) == -1)
        #expect(map.latestOffset == 2, "a refused put does not move the latest offset")
        let updated = put(&map, ByteBuffer(string: "a"), 11)
        #expect(updated, "an existing key always updates")
        #expect(map.get(key: ByteBuffer(string: "a")) == 11)
        #expect(map.usedBytes == 3 * (1 + OffsetMap.entryOverhead))
        #expect(map.utilization > 0.98 && map.utilization <= 1)
    }

    @Test func takesTheFirstKeyWhateverItsSize() {
        var map = OffsetMap(memoryLimit: 10)
        let first = put(&map, ByteBuffer(repeating: 7, count: 1000), 5)
        let second = put(&map, ByteBuffer(string: "x"), 6)
        #expect(first && !second)
        #expect(map.latestOffset == 5)
    }
}
