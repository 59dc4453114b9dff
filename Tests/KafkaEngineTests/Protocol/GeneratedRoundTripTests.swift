import NIOCore
import Testing

@testable import KafkaEngine

/// Every generated message type at every version its specification defines survives
/// encode → decode → encode with randomized field values.
@Suite struct GeneratedRoundTripTests {
    @Test func everyMessageEveryVersionRoundTrips() throws {
        var checked = 0
        for type in allGeneratedMessageTypes {
            checked += try roundTrip(type)
        }
        // Every API's request and response is among the types checked.
        let names = Set(allGeneratedMessageTypes.map { "\($0)" })
        #expect(ApiKey.allCases.count == 88)
        for api in ApiKey.allCases {
            #expect(names.contains("\(api.requestType)") && names.contains("\(api.responseType)"), "\(api)")
        }
        #expect(checked >= 700)
    }

    private func roundTrip<M: RandomizableMessage>(_ type: M.Type) throws -> Int {
        var pairs = 0
        for version in M.validVersions {
            for seed in 0..<UInt64(12) {
                var rng = TestRandom(seed: seed &* 7919 &+ UInt64(version) &* 31)
                let original = M.random(version: version, using: &rng)
                let encoded = try original.encoded(version: version)
                let decoded = try M(decoding: encoded, version: version)
                #expect(decoded == original, "\(M.self) v\(version) seed \(seed)")
                let reencoded = try decoded.encoded(version: version)
                #expect(reencoded == encoded, "\(M.self) v\(version) seed \(seed): re-encoding differs")
            }
            pairs += 1
        }
        return pairs
    }

    @Test func decodingEveryPrefixOfEveryMessageThrowsInsteadOfTrapping() throws {
        for type in allGeneratedMessageTypes {
            try truncations(type)
        }
    }

    private func truncations<M: RandomizableMessage>(_ type: M.Type) throws {
        for version in M.validVersions {
            var rng = TestRandom(seed: UInt64(version) &+ 17)
            let encoded = try M.random(version: version, using: &rng).encoded(version: version)
            for length in 0..<encoded.readableBytes {
                let prefix = encoded.getSlice(at: encoded.readerIndex, length: length)!
                #expect(throws: KafkaProtocolError.self, "\(M.self) v\(version) prefix \(length)") {
                    try M(decoding: prefix, version: version)
                }
            }
        }
    }

    @Test func unsupportedVersionsAreRejected() {
        #expect(throws: KafkaProtocolError.unsupportedVersion(message: "ApiVersionsRequest", version: 5)) {
            try ApiVersionsRequest().encoded(version: 5)
        }
        var empty = ByteBuffer()
        #expect(throws: KafkaProtocolError.unsupportedVersion(message: "ProduceRequest", version: -1)) {
            try ProduceRequest(from: &empty, version: -1)
        }
    }

    @Test func aNonIgnorableFieldAVersionLacksIsAnErrorAndAnIgnorableOneIsDropped() throws {
        // TransactionalId arrived in Produce v3 and is not ignorable.
        var produce = ProduceRequest()
        produce.transactionalId = "txn"
        #expect(throws: KafkaProtocolError.fieldNotSupported(field: "transactionalId", message: "ProduceRequest", version: 2)) {
            try produce.encoded(version: 2)
        }
        // ClientSoftwareName (ApiVersions v3+) is ignorable: v2 drops it.
        var apiVersions = ApiVersionsRequest()
        apiVersions.clientSoftwareName = "swkafka"
        let bytes = try apiVersions.encoded(version: 2)
        #expect(bytes.readableBytes == 0)
    }

    @Test func nonNullableFieldsRejectNull() {
        var request = ProduceRequest()
        request.transactionalId = nil
        #expect(throws: Never.self) { try request.encoded(version: 3) }
        // A null topic array on the wire where the spec does not allow it.
        var bytes = ByteBuffer()
        bytes.writeInteger(Int16(-1))  // acks
        bytes.writeInteger(Int32(1000))  // timeout
        bytes.writeInteger(Int32(-1))  // null topicData
        #expect(throws: KafkaProtocolError.unexpectedNull(field: "topicData")) {
            try ProduceRequest(decoding: bytes, version: 2)
        }
    }

    @Test func lengthsBeyondTheBytesPresentAllocateNothing() {
        // A compact array claiming 2^31 elements in a 6-byte message.
        var bytes = ByteBuffer()
        bytes.writeUnsignedVarint(UInt32(Int32.max))
        bytes.writeInteger(UInt8(0))
        #expect(throws: KafkaProtocolError.self) {
            try MetadataRequest(decoding: bytes, version: 12)
        }
    }
}

@Suite struct PrimitiveTests {
    @Test func stringsTooLongForTheirPrefixAreRefusedNotTrapped() {
        var request = MetadataRequest()
        var topic = MetadataRequest.MetadataRequestTopic()
        topic.name = String(repeating: "x", count: 40_000)
        request.topics = [topic]
        #expect(throws: KafkaProtocolError.self) { try request.encoded(version: 8) }  // int16 length
        #expect(throws: Never.self) { try request.encoded(version: 9) }  // compact length
    }

    @Test func varintsMatchKafkasEncoding() throws {
        // Values and bytes from Kafka's ByteUtilsTest.
        let cases: [(Int32, String)] = [(0, "00"), (-1, "01"), (1, "02"), (63, "7e"), (-64, "7f"), (64, "8001"),
                                        (Int32.max, "feffffff0f"), (Int32.min, "ffffffff0f")]
        for (value, hex) in cases {
            var buffer = ByteBuffer()
            buffer.writeVarint(value)
            #expect(buffer.hexString == hex, "\(value)")
            #expect(ByteBuffer.varintSize(value) == hex.count / 2)
            #expect(try buffer.readVarint() == value)
        }
        var long = ByteBuffer()
        long.writeVarlong(Int64.min)
        #expect(long.hexString == "ffffffffffffffffff01")
        #expect(try long.readVarlong() == Int64.min)
    }

    @Test func overlongVarintsAreRejected() {
        var buffer = ByteBuffer(hex: "ffffffff7f")  // a 5th byte with bits beyond 32
        #expect(throws: KafkaProtocolError.invalidVarint) { try buffer.readUnsignedVarint() }
        buffer = ByteBuffer(hex: "8080")
        #expect(throws: KafkaProtocolError.self) { try buffer.readUnsignedVarint() }
        buffer = ByteBuffer(hex: "ffffffffffffffffff02")
        #expect(throws: KafkaProtocolError.invalidVarint) { try buffer.readUnsignedVarlong() }
    }

    @Test func uuidsPrintAsKafkaDoes() {
        #expect(KafkaUUID.zero.description == "AAAAAAAAAAAAAAAAAAAAAA")
        #expect(KafkaUUID.one.description == "AAAAAAAAAAAAAAAAAAAAAQ")
        var rng = TestRandom(seed: 42)
        for _ in 0..<100 {
            let id = KafkaUUID.random(using: &rng)
            #expect(KafkaUUID(id.description) == id)
            #expect(id.description.count == 22)
        }
        #expect(KafkaUUID("not-a-uuid") == nil)
    }
}
