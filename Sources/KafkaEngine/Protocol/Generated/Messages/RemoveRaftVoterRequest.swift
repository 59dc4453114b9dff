// Generated from message/RemoveRaftVoterRequest.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// RemoveRaftVoterRequest (API key 81), versions 0, flexible 0+.
package struct RemoveRaftVoterRequest: KafkaRequestMessage {
    package typealias Response = RemoveRaftVoterResponse
    package static let apiKey: ApiKey = .removeRaftVoter
    package static let validVersions: ClosedRange<Int16> = 0...0
    package static let firstFlexibleVersion: Int16? = 0

    package var clusterId: String? = ""
    /// The replica id of the voter getting removed from the topic partition
    package var voterId: Int32 = 0
    /// The directory id of the voter getting removed from the topic partition
    package var voterDirectoryId: KafkaUUID = .zero
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "RemoveRaftVoterRequest", version: version)
        }
        self.clusterId = try buffer.readKafkaNullableString(compact: true)
        self.voterId = try buffer.readKafkaInteger(as: Int32.self)
        self.voterDirectoryId = try buffer.readKafkaUUID()
        try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
            self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "RemoveRaftVoterRequest", version: version)
        }
        try buffer.writeKafkaString(self.clusterId, compact: true)
        buffer.writeInteger(self.voterId, as: Int32.self)
        buffer.writeKafkaUUID(self.voterDirectoryId)
        buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
    }
}
