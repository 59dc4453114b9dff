// Generated from message/BrokerHeartbeatResponse.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// BrokerHeartbeatResponse (API key 63), versions 0-1, flexible 0+.
package struct BrokerHeartbeatResponse: KafkaResponseMessage {
    package static let apiKey: ApiKey = .brokerHeartbeat
    package static let validVersions: ClosedRange<Int16> = 0...1
    package static let firstFlexibleVersion: Int16? = 0

    /// Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    package var throttleTimeMs: Int32 = 0
    /// The error code, or 0 if there was no error.
    package var errorCode: Int16 = 0
    /// True if the broker has approximately caught up with the latest metadata.
    package var isCaughtUp: Bool = false
    /// True if the broker is fenced.
    package var isFenced: Bool = true
    /// True if the broker should proceed with its shutdown.
    package var shouldShutDown: Bool = false
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "BrokerHeartbeatResponse", version: version)
        }
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self)
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
        self.isCaughtUp = try buffer.readKafkaBool()
        self.isFenced = try buffer.readKafkaBool()
        self.shouldShutDown = try buffer.readKafkaBool()
        try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
            self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "BrokerHeartbeatResponse", version: version)
        }
        buffer.writeInteger(self.throttleTimeMs, as: Int32.self)
        buffer.writeInteger(self.errorCode, as: Int16.self)
        buffer.writeKafkaBool(self.isCaughtUp)
        buffer.writeKafkaBool(self.isFenced)
        buffer.writeKafkaBool(self.shouldShutDown)
        buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
    }
}
