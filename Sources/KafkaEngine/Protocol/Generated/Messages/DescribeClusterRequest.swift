// Generated from message/DescribeClusterRequest.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// DescribeClusterRequest (API key 60), versions 0-1, flexible 0+.
package struct DescribeClusterRequest: KafkaRequestMessage {
    package typealias Response = DescribeClusterResponse
    package static let apiKey: ApiKey = .describeCluster
    package static let validVersions: ClosedRange<Int16> = 0...1
    package static let firstFlexibleVersion: Int16? = 0

    /// Whether to include cluster authorized operations.
    package var includeClusterAuthorizedOperations: Bool = false
    /// The endpoint type to describe. 1=brokers, 2=controllers.
    package var endpointType: Int8 = 1
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "DescribeClusterRequest", version: version)
        }
        self.includeClusterAuthorizedOperations = try buffer.readKafkaBool()
        if version >= 1 {
            self.endpointType = try buffer.readKafkaInteger(as: Int8.self)
        }
        try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
            self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "DescribeClusterRequest", version: version)
        }
        buffer.writeKafkaBool(self.includeClusterAuthorizedOperations)
        if version >= 1 {
            buffer.writeInteger(self.endpointType, as: Int8.self)
        } else if self.endpointType != 1 {
            throw .fieldNotSupported(field: "endpointType", message: "DescribeClusterRequest", version: version)
        }
        buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
    }
}
