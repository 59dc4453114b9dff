// Generated from message/ControlledShutdownRequest.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// ControlledShutdownRequest (API key 7), versions 0-3, flexible 3+.
package struct ControlledShutdownRequest: KafkaRequestMessage {
    package typealias Response = ControlledShutdownResponse
    package static let apiKey: ApiKey = .controlledShutdown
    package static let validVersions: ClosedRange<Int16> = 0...3
    package static let firstFlexibleVersion: Int16? = 3

    /// The id of the broker for which controlled shutdown has been requested.
    package var brokerId: Int32 = 0
    /// The broker epoch.
    package var brokerEpoch: Int64 = -1
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "ControlledShutdownRequest", version: version)
        }
        let flexible = version >= 3
        self.brokerId = try buffer.readKafkaInteger(as: Int32.self)
        if version >= 2 {
            self.brokerEpoch = try buffer.readKafkaInteger(as: Int64.self)
        }
        if flexible {
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "ControlledShutdownRequest", version: version)
        }
        let flexible = version >= 3
        buffer.writeInteger(self.brokerId, as: Int32.self)
        if version >= 2 {
            buffer.writeInteger(self.brokerEpoch, as: Int64.self)
        }
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("ControlledShutdownRequest v\(version) cannot carry tagged fields")
        }
    }
}
