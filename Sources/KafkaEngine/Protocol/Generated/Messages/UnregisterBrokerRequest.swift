// Generated from message/UnregisterBrokerRequest.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// UnregisterBrokerRequest (API key 64), versions 0, flexible 0+.
package struct UnregisterBrokerRequest: KafkaRequestMessage {
    package typealias Response = UnregisterBrokerResponse
    package static let apiKey: ApiKey = .unregisterBroker
    package static let validVersions: ClosedRange<Int16> = 0...0
    package static let firstFlexibleVersion: Int16? = 0

    /// The broker ID to unregister.
    package var brokerId: Int32 = 0
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "UnregisterBrokerRequest", version: version)
        }
        self.brokerId = try buffer.readKafkaInteger(as: Int32.self)
        try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
            self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "UnregisterBrokerRequest", version: version)
        }
        buffer.writeInteger(self.brokerId, as: Int32.self)
        buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
    }
}
