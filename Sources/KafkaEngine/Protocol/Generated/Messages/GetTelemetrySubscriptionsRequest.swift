// Generated from message/GetTelemetrySubscriptionsRequest.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// GetTelemetrySubscriptionsRequest (API key 71), versions 0, flexible 0+.
package struct GetTelemetrySubscriptionsRequest: KafkaRequestMessage {
    package typealias Response = GetTelemetrySubscriptionsResponse
    package static let apiKey: ApiKey = .getTelemetrySubscriptions
    package static let validVersions: ClosedRange<Int16> = 0...0
    package static let firstFlexibleVersion: Int16? = 0

    /// Unique id for this client instance, must be set to 0 on the first request.
    package var clientInstanceId: KafkaUUID = .zero
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "GetTelemetrySubscriptionsRequest", version: version)
        }
        self.clientInstanceId = try buffer.readKafkaUUID()
        try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
            self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "GetTelemetrySubscriptionsRequest", version: version)
        }
        buffer.writeKafkaUUID(self.clientInstanceId)
        buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
    }
}
