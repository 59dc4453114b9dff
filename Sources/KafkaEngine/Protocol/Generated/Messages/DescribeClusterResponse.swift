// Generated from message/DescribeClusterResponse.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// DescribeClusterResponse (API key 60), versions 0-1, flexible 0+.
package struct DescribeClusterResponse: KafkaResponseMessage {
    package static let apiKey: ApiKey = .describeCluster
    package static let validVersions: ClosedRange<Int16> = 0...1
    package static let firstFlexibleVersion: Int16? = 0

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    package var throttleTimeMs: Int32 = 0
    /// The top-level error code, or 0 if there was no error
    package var errorCode: Int16 = 0
    /// The top-level error message, or null if there was no error.
    package var errorMessage: String? = nil
    /// The endpoint type that was described. 1=brokers, 2=controllers.
    package var endpointType: Int8 = 1
    /// The cluster ID that responding broker belongs to.
    package var clusterId: String = ""
    /// The ID of the controller broker.
    package var controllerId: Int32 = -1
    /// Each broker in the response.
    package var brokers: [DescribeClusterBroker] = []
    /// 32-bit bitfield to represent authorized operations for this cluster.
    package var clusterAuthorizedOperations: Int32 = -2147483648
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "DescribeClusterResponse", version: version)
        }
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self)
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
        self.errorMessage = try buffer.readKafkaNullableString(compact: true)
        if version >= 1 {
            self.endpointType = try buffer.readKafkaInteger(as: Int8.self)
        }
        self.clusterId = try buffer.readKafkaString(compact: true, field: "clusterId")
        self.controllerId = try buffer.readKafkaInteger(as: Int32.self)
        if let count = try buffer.readKafkaArrayCount(compact: true) {
            var items: [DescribeClusterBroker] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try DescribeClusterBroker(from: &buffer, version: version))
            }
            self.brokers = items
        } else {
            throw .unexpectedNull(field: "brokers")
        }
        self.clusterAuthorizedOperations = try buffer.readKafkaInteger(as: Int32.self)
        try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
            self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "DescribeClusterResponse", version: version)
        }
        buffer.writeInteger(self.throttleTimeMs, as: Int32.self)
        buffer.writeInteger(self.errorCode, as: Int16.self)
        try buffer.writeKafkaString(self.errorMessage, compact: true)
        if version >= 1 {
            buffer.writeInteger(self.endpointType, as: Int8.self)
        } else if self.endpointType != 1 {
            throw .fieldNotSupported(field: "endpointType", message: "DescribeClusterResponse", version: version)
        }
        try buffer.writeKafkaString(self.clusterId, compact: true)
        buffer.writeInteger(self.controllerId, as: Int32.self)
        try buffer.writeKafkaArrayCount(self.brokers.count, compact: true)
        for element in self.brokers {
            try element.write(to: &buffer, version: version)
        }
        buffer.writeInteger(self.clusterAuthorizedOperations, as: Int32.self)
        buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
    }

    /// Versions 0-1.
    package struct DescribeClusterBroker: Equatable, Sendable {
        /// The broker ID.
        package var brokerId: Int32 = 0
        /// The broker hostname.
        package var host: String = ""
        /// The broker port.
        package var port: Int32 = 0
        /// The rack of the broker, or null if it has not been assigned to a rack.
        package var rack: String? = nil
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.brokerId = try buffer.readKafkaInteger(as: Int32.self)
            self.host = try buffer.readKafkaString(compact: true, field: "host")
            self.port = try buffer.readKafkaInteger(as: Int32.self)
            self.rack = try buffer.readKafkaNullableString(compact: true)
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            buffer.writeInteger(self.brokerId, as: Int32.self)
            try buffer.writeKafkaString(self.host, compact: true)
            buffer.writeInteger(self.port, as: Int32.self)
            try buffer.writeKafkaString(self.rack, compact: true)
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }
}
