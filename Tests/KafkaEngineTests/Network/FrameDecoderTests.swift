import NIOCore
import NIOEmbedded
import NIOTestUtils
import Testing

@testable import KafkaEngine

@Suite struct FrameDecoderTests {
    static func sized(_ payload: [UInt8]) -> ByteBuffer {
        var buffer = ByteBuffer()
        buffer.writeInteger(Int32(payload.count))
        buffer.writeBytes(payload)
        return buffer
    }

    @Test func verifierDripFedAndBatched() throws {
        // The verifier feeds each input whole, byte by byte, and all inputs in one buffer.
        let payloads: [[UInt8]] = [[], [1], [1, 2, 3], Array(repeating: 7, count: 300), (0..<255).map { UInt8($0) }]
        let pairs = payloads.map { (Self.sized($0), [ByteBuffer(bytes: $0)]) }
        try ByteToMessageDecoderVerifier.verifyDecoder(inputOutputPairs: pairs) { FrameDecoder(maxFrameBytes: 300) }
    }

    @Test func severalFramesInOneBufferAndAPartialTail() throws {
        var input = Self.sized([1, 2])
        var second = Self.sized([3])
        input.writeBuffer(&second)
        input.writeInteger(Int32(5))
        input.writeBytes([9, 9])  // 2 of 5 bytes
        let before = input.readableBytes
        var buffer = input
        #expect(try FrameDecoder.readFrame(from: &buffer, maxFrameBytes: 10) == ByteBuffer(bytes: [1, 2]))
        #expect(try FrameDecoder.readFrame(from: &buffer, maxFrameBytes: 10) == ByteBuffer(bytes: [3]))
        #expect(try FrameDecoder.readFrame(from: &buffer, maxFrameBytes: 10) == nil)
        #expect(buffer.readableBytes == before - 6 - 5)  // the partial frame is left untouched
    }

    @Test(arguments: [
        (Int32(0), true), (-1, false), (Int32.min, false), (1024, true), (1025, false), (Int32.max, false),
    ])
    func edgeSizes(size: Int32, accepted: Bool) throws {
        var buffer = ByteBuffer()
        buffer.writeInteger(size)
        buffer.writeBytes([0, 1, 2])  // fewer bytes than most of these sizes declare
        if accepted {
            let frame = try FrameDecoder.readFrame(from: &buffer, maxFrameBytes: 1024)
            #expect((frame != nil) == (size == 0))
        } else {
            #expect(throws: FrameError.self) { try FrameDecoder.readFrame(from: &buffer, maxFrameBytes: 1024) }
        }
    }

    @Test func defaultMaximumIsSocketRequestMaxBytes() throws {
        #expect(FrameDecoder().maxFrameBytes == 104_857_600)
        var atMax = ByteBuffer()
        atMax.writeInteger(Int32(104_857_600))
        #expect(try FrameDecoder.readFrame(from: &atMax, maxFrameBytes: FrameDecoder.defaultMaxFrameBytes) == nil)
        var aboveMax = ByteBuffer()
        aboveMax.writeInteger(Int32(104_857_601))
        #expect(throws: FrameError.tooLarge(size: 104_857_601, max: 104_857_600)) {
            try FrameDecoder.readFrame(from: &aboveMax, maxFrameBytes: FrameDecoder.defaultMaxFrameBytes)
        }
    }

    @Test func aRefusedSizeIsAnErrorInThePipeline() throws {
        let channel = EmbeddedChannel(handler: ByteToMessageHandler(FrameDecoder(maxFrameBytes: 16)))
        var input = Self.sized([1])
        input.writeInteger(Int32(-5))
        #expect(throws: FrameError.negativeSize(-5)) { try channel.writeInbound(input) }
        // The complete frame in front of the bad size was still passed on.
        #expect(try channel.readInbound(as: ByteBuffer.self) == ByteBuffer(bytes: [1]))
        _ = try? channel.finish()
    }

    @Test func aPartialFrameAtTheEndIsDroppedWithoutError() throws {
        let channel = EmbeddedChannel(handler: ByteToMessageHandler(FrameDecoder()))
        var input = Self.sized([4, 5])
        input.writeInteger(Int32(100 * 1024 * 1024))
        input.writeBytes(Array(repeating: 0, count: 10))
        try channel.writeInbound(input)
        #expect(try channel.readInbound(as: ByteBuffer.self) == ByteBuffer(bytes: [4, 5]))
        #expect(try channel.readInbound(as: ByteBuffer.self) == nil)
        _ = try channel.finish()
    }
}
