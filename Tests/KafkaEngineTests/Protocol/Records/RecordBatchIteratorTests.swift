import NIOCore
import Testing

@testable import KafkaEngine

@Suite struct RecordBatchIteratorTests {
    typealias Support = RecordTestSupport

    func concatenated(_ names: [String]) throws -> (ByteBuffer, [ByteBuffer]) {
        let parts = try names.map(Support.fixtureBytes)
        var all = ByteBuffer()
        for part in parts { all.writeImmutableBuffer(part) }
        return (all, parts)
    }

    @Test func splitsConcatenatedBatches() throws {
        let (all, parts) = try concatenated(["none-basic", "control-commit", "zstd", "none-many"])
        var iterator = RecordBatchIterator(all)
        var batches: [RecordBatch] = []
        while let batch = iterator.next() { batches.append(batch) }
        #expect(iterator.stop == .end)
        #expect(iterator.consumedBytes == all.readableBytes)
        #expect(batches.map(\.buffer) == parts)
        #expect(batches.map(\.isControlBatch) == [false, true, false, false])
        for batch in batches { try batch.validate() }
        // Exhausted iterators stay exhausted.
        #expect(iterator.next() == nil)
    }

    @Test func yieldedBatchesAreViewsStartingAtZero() throws {
        var input = ByteBuffer()
        input.writeBytes([9, 9, 9])
        input.moveReaderIndex(forwardBy: 3)
        input.writeImmutableBuffer(try Support.fixtureBytes("none-idempotent"))
        var iterator = RecordBatchIterator(input)
        let next = iterator.next()
        let batch = try #require(next)
        #expect(batch.buffer.readerIndex == 0)
        #expect(batch.producerId == 4242)
        #expect(batch.recordsSection.readableBytes == batch.sizeInBytes - 61)
    }

    /// A fetch cut at max.bytes, or a torn segment tail: every cut reports the bytes left and
    /// what they needed, after the complete batches before it.
    @Test func reportsTrailingPartialBatch() throws {
        let (all, parts) = try concatenated(["none-basic", "none-transactional"])
        let first = parts[0].readableBytes
        for cut in first..<all.readableBytes {
            let input = try #require(all.getSlice(at: 0, length: cut))
            var iterator = RecordBatchIterator(input)
            #expect(iterator.next()?.buffer == parts[0])
            #expect(iterator.next() == nil)
            #expect(iterator.consumedBytes == first)
            let left = cut - first
            let needed =
                left == 0 ? nil : left < 12 ? 12 : left < 17 ? 17 : parts[1].readableBytes
            if let needed {
                #expect(iterator.stop == .partialBatch(bytesLeft: left, neededBytes: needed))
            } else {
                #expect(iterator.stop == .end)
            }
        }
    }

    @Test(arguments: [Int8(0), 1])
    func stopsAtALegacyBatch(_ magic: Int8) throws {
        var legacy = ByteBuffer()
        legacy.writeInteger(Int64(0))  // offset
        legacy.writeInteger(Int32(26))  // size of a v0 message with empty key and value
        legacy.writeInteger(UInt32(0))  // crc
        legacy.writeInteger(magic)
        legacy.writeRepeatingByte(0, count: 21)
        let (head, _) = try concatenated(["none-basic"])
        var input = head
        input.writeImmutableBuffer(legacy)
        var iterator = RecordBatchIterator(input)
        #expect(iterator.next() != nil)
        #expect(iterator.next() == nil)
        #expect(iterator.stop == .unsupportedMagic(magic, bytesLeft: 38))
        #expect(iterator.consumedBytes == head.readableBytes)
    }

    @Test(arguments: [Int32(-1), 0, 13, 20, 48])
    func stopsAtAnImpossibleBatchLength(_ batchLength: Int32) throws {
        var bytes = try Support.fixtureBytes("none-basic")
        bytes.setInteger(batchLength, at: RecordBatch.Field.batchLength)
        var iterator = RecordBatchIterator(bytes)
        #expect(iterator.next() == nil)
        #expect(iterator.stop == .invalidBatchLength(batchLength, bytesLeft: bytes.readableBytes))
    }

    @Test func emptyInputEndsAtOnce() {
        var iterator = RecordBatchIterator(ByteBuffer())
        #expect(iterator.stop == nil)
        #expect(iterator.next() == nil)
        #expect(iterator.stop == .end)
        #expect(iterator.consumedBytes == 0)
    }
}
