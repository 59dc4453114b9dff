// Generated from message/PushTelemetryRequest.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// PushTelemetryRequest (API key 72), versions 0, flexible 0+.
package struct PushTelemetryRequest: KafkaRequestMessage {
    package typealias Response = PushTelemetryResponse
    package static let apiKey: ApiKey = .pushTelemetry
    package static let validVersions: ClosedRange<Int16> = 0...0
    package static let firstFlexibleVersion: Int16? = 0

    /// Unique id for this client instance.
    package var clientInstanceId: KafkaUUID = .zero
    /// Unique identifier for the current subscription.
    package var subscriptionId: Int32 = 0
    /// Client is terminating the connection.
    package var terminating: Bool = false
    /// Compression codec used to compress the metrics.
    package var compressionType: Int8 = 0
    /// Metrics encoded in OpenTelemetry MetricsData v1 protobuf format.
    package var metrics: ByteBuffer = ByteBuffer()
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "PushTelemetryRequest", version: version)
        }
        self.clientInstanceId = try buffer.readKafkaUUID()
        self.subscriptionId = try buffer.readKafkaInteger(as: Int32.self)
        self.terminating = try buffer.readKafkaBool()
        self.compressionType = try buffer.readKafkaInteger(as: Int8.self)
        self.metrics = try buffer.readKafkaBytes(compact: true, field: "metrics")
        try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
            self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "PushTelemetryRequest", version: version)
        }
        buffer.writeKafkaUUID(self.clientInstanceId)
        buffer.writeInteger(self.subscriptionId, as: Int32.self)
        buffer.writeKafkaBool(self.terminating)
        buffer.writeInteger(self.compressionType, as: Int8.self)
        try buffer.writeKafkaBytes(self.metrics, compact: true)
        buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
    }
}
