import NIOCore
import NIOEmbedded
import Testing

@testable import KafkaEngine

@Suite struct FrameAccumulatorTests {
    static func sized(_ payload: [UInt8]) -> ByteBuffer {
        FrameDecoderTests.sized(payload)
    }

    static let payloads: [[UInt8]] = [
        [], [1], [1, 2, 3], Array(repeating: 7, count: 300), (0..<255).map { UInt8($0) }, [],
        (0..<70_000).map { UInt8(truncatingIfNeeded: $0 &* 31) },
    ]

    /// All payloads framed back to back in one buffer.
    static var stream: ByteBuffer {
        var all = ByteBuffer()
        for payload in payloads {
            var framed = sized(payload)
            all.writeBuffer(&framed)
        }
        return all
    }

    static func frames(from reads: [ByteBuffer], maxFrameBytes: Int = 100_000) throws -> [ByteBuffer] {
        let channel = EmbeddedChannel(handler: FrameAccumulator(maxFrameBytes: maxFrameBytes))
        for read in reads { try channel.writeInbound(read) }
        var out: [ByteBuffer] = []
        while let frame = try channel.readInbound(as: ByteBuffer.self) { out.append(frame) }
        _ = try channel.finish()
        return out
    }

    @Test(arguments: [1, 2, 3, 4, 5, 7, 64, 299, 4096, 65_536, 1 << 20])
    func readsCutAnywhereGiveTheSameFrames(readSize: Int) throws {
        var stream = Self.stream
        var reads: [ByteBuffer] = []
        while stream.readableBytes > 0 {
            reads.append(stream.readSlice(length: min(readSize, stream.readableBytes))!)
        }
        let frames = try Self.frames(from: reads)
        #expect(frames == Self.payloads.map { ByteBuffer(bytes: $0) })
    }

    @Test func aFrameWholeInOneReadIsASliceOfIt() throws {
        let input = Self.sized([9, 8, 7, 6])
        let channel = EmbeddedChannel(handler: FrameAccumulator())
        try channel.writeInbound(input)
        let frame = try #require(try channel.readInbound(as: ByteBuffer.self))
        let readBase = input.withUnsafeReadableBytes { UInt(bitPattern: $0.baseAddress) }
        let frameBase = frame.withUnsafeReadableBytes { UInt(bitPattern: $0.baseAddress) }
        #expect(frameBase == readBase + 4)
        _ = try channel.finish()
    }

    @Test func aLyingSizeCostsOnlyWhatArrived() throws {
        let accumulator = FrameAccumulator()
        let channel = EmbeddedChannel(handler: accumulator)
        var input = ByteBuffer()
        input.writeInteger(Int32(FrameDecoder.defaultMaxFrameBytes))
        input.writeBytes(Array(repeating: 0, count: 4088))
        try channel.writeInbound(input)
        #expect(accumulator.gatheringCapacity > 0)
        #expect(accumulator.gatheringCapacity <= FrameAccumulator.initialGatherBytes)
        // 1 MiB more grows it to at most twice what arrived.
        for _ in 0..<16 { try channel.writeInbound(ByteBuffer(repeating: 1, count: 65_536)) }
        #expect(accumulator.gatheringCapacity >= 4088 + (1 << 20))
        #expect(accumulator.gatheringCapacity <= 2 * (4088 + (1 << 20)) + FrameAccumulator.initialGatherBytes)
        #expect(try channel.readInbound(as: ByteBuffer.self) == nil)
        _ = try channel.finish()
    }

    @Test(arguments: [Int32(-1), Int32.min, 1025, Int32.max])
    func aRefusedSizeFailsAfterTheFramesBeforeIt(size: Int32) throws {
        let channel = EmbeddedChannel(handler: FrameAccumulator(maxFrameBytes: 1024))
        var input = Self.sized([1])
        input.writeInteger(size)
        input.writeBytes([0, 1, 2])
        #expect(throws: FrameError.self) { try channel.writeInbound(input) }
        #expect(try channel.readInbound(as: ByteBuffer.self) == ByteBuffer(bytes: [1]))
        #expect(!channel.isActive)
        // Nothing more is passed on, even a valid frame.
        _ = try? channel.writeInbound(Self.sized([2]))
        #expect(try channel.readInbound(as: ByteBuffer.self) == nil)
        _ = try? channel.finish()
    }

    @Test func aSizeCutByAReadIsRefusedToo() throws {
        let channel = EmbeddedChannel(handler: FrameAccumulator(maxFrameBytes: 16))
        var size = ByteBuffer()
        size.writeInteger(Int32(17))
        try channel.writeInbound(size.getSlice(at: 0, length: 3)!)
        #expect(throws: FrameError.tooLarge(size: 17, max: 16)) {
            try channel.writeInbound(size.getSlice(at: 3, length: 1)!)
        }
        _ = try? channel.finish()
    }

    @Test func aPartialFrameAtTheEndIsDroppedWithoutError() throws {
        let channel = EmbeddedChannel(handler: FrameAccumulator())
        var input = Self.sized([4, 5])
        input.writeInteger(Int32(100 * 1024 * 1024))
        input.writeBytes(Array(repeating: 0, count: 10))
        try channel.writeInbound(input)
        #expect(try channel.readInbound(as: ByteBuffer.self) == ByteBuffer(bytes: [4, 5]))
        #expect(try channel.readInbound(as: ByteBuffer.self) == nil)
        _ = try channel.finish()
    }
}
