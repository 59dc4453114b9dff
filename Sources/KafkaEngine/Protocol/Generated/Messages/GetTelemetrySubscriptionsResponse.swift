// Generated from message/GetTelemetrySubscriptionsResponse.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// GetTelemetrySubscriptionsResponse (API key 71), versions 0, flexible 0+.
package struct GetTelemetrySubscriptionsResponse: KafkaResponseMessage {
    package static let apiKey: ApiKey = .getTelemetrySubscriptions
    package static let validVersions: ClosedRange<Int16> = 0...0
    package static let firstFlexibleVersion: Int16? = 0

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    package var throttleTimeMs: Int32 = 0
    /// The error code, or 0 if there was no error.
    package var errorCode: Int16 = 0
    /// Assigned client instance id if ClientInstanceId was 0 in the request, else 0.
    package var clientInstanceId: KafkaUUID = .zero
    /// Unique identifier for the current subscription set for this client instance.
    package var subscriptionId: Int32 = 0
    /// Compression types that broker accepts for the PushTelemetryRequest.
    package var acceptedCompressionTypes: [Int8] = []
    /// Configured push interval, which is the lowest configured interval in the current subscription set.
    package var pushIntervalMs: Int32 = 0
    /// The maximum bytes of binary data the broker accepts in PushTelemetryRequest.
    package var telemetryMaxBytes: Int32 = 0
    /// Flag to indicate monotonic/counter metrics are to be emitted as deltas or cumulative values
    package var deltaTemporality: Bool = false
    /// Requested metrics prefix string match. Empty array: No metrics subscribed, Array[0] empty string: All metrics subscribed.
    package var requestedMetrics: [String] = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "GetTelemetrySubscriptionsResponse", version: version)
        }
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self)
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
        self.clientInstanceId = try buffer.readKafkaUUID()
        self.subscriptionId = try buffer.readKafkaInteger(as: Int32.self)
        if let count = try buffer.readKafkaArrayCount(compact: true) {
            var items: [Int8] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try buffer.readKafkaInteger(as: Int8.self))
            }
            self.acceptedCompressionTypes = items
        } else {
            throw .unexpectedNull(field: "acceptedCompressionTypes")
        }
        self.pushIntervalMs = try buffer.readKafkaInteger(as: Int32.self)
        self.telemetryMaxBytes = try buffer.readKafkaInteger(as: Int32.self)
        self.deltaTemporality = try buffer.readKafkaBool()
        if let count = try buffer.readKafkaArrayCount(compact: true) {
            var items: [String] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try buffer.readKafkaString(compact: true, field: "requestedMetrics"))
            }
            self.requestedMetrics = items
        } else {
            throw .unexpectedNull(field: "requestedMetrics")
        }
        try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
            self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "GetTelemetrySubscriptionsResponse", version: version)
        }
        buffer.writeInteger(self.throttleTimeMs, as: Int32.self)
        buffer.writeInteger(self.errorCode, as: Int16.self)
        buffer.writeKafkaUUID(self.clientInstanceId)
        buffer.writeInteger(self.subscriptionId, as: Int32.self)
        try buffer.writeKafkaArrayCount(self.acceptedCompressionTypes.count, compact: true)
        for element in self.acceptedCompressionTypes {
            buffer.writeInteger(element, as: Int8.self)
        }
        buffer.writeInteger(self.pushIntervalMs, as: Int32.self)
        buffer.writeInteger(self.telemetryMaxBytes, as: Int32.self)
        buffer.writeKafkaBool(self.deltaTemporality)
        try buffer.writeKafkaArrayCount(self.requestedMetrics.count, compact: true)
        for element in self.requestedMetrics {
            try buffer.writeKafkaString(element, compact: true)
        }
        buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
    }
}
