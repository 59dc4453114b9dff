// Generated from message/DescribeAclsRequest.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// DescribeAclsRequest (API key 29), versions 0-3, flexible 2+.
package struct DescribeAclsRequest: KafkaRequestMessage {
    package typealias Response = DescribeAclsResponse
    package static let apiKey: ApiKey = .describeAcls
    package static let validVersions: ClosedRange<Int16> = 0...3
    package static let firstFlexibleVersion: Int16? = 2

    /// The resource type.
    package var resourceTypeFilter: Int8 = 0
    /// The resource name, or null to match any resource name.
    package var resourceNameFilter: String? = ""
    /// The resource pattern to match.
    package var patternTypeFilter: Int8 = 3
    /// The principal to match, or null to match any principal.
    package var principalFilter: String? = ""
    /// The host to match, or null to match any host.
    package var hostFilter: String? = ""
    /// The operation to match.
    package var operation: Int8 = 0
    /// The permission type to match.
    package var permissionType: Int8 = 0
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "DescribeAclsRequest", version: version)
        }
        let flexible = version >= 2
        self.resourceTypeFilter = try buffer.readKafkaInteger(as: Int8.self)
        self.resourceNameFilter = try buffer.readKafkaNullableString(compact: flexible)
        if version >= 1 {
            self.patternTypeFilter = try buffer.readKafkaInteger(as: Int8.self)
        }
        self.principalFilter = try buffer.readKafkaNullableString(compact: flexible)
        self.hostFilter = try buffer.readKafkaNullableString(compact: flexible)
        self.operation = try buffer.readKafkaInteger(as: Int8.self)
        self.permissionType = try buffer.readKafkaInteger(as: Int8.self)
        if flexible {
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "DescribeAclsRequest", version: version)
        }
        let flexible = version >= 2
        buffer.writeInteger(self.resourceTypeFilter, as: Int8.self)
        try buffer.writeKafkaString(self.resourceNameFilter, compact: flexible)
        if version >= 1 {
            buffer.writeInteger(self.patternTypeFilter, as: Int8.self)
        } else if self.patternTypeFilter != 3 {
            throw .fieldNotSupported(field: "patternTypeFilter", message: "DescribeAclsRequest", version: version)
        }
        try buffer.writeKafkaString(self.principalFilter, compact: flexible)
        try buffer.writeKafkaString(self.hostFilter, compact: flexible)
        buffer.writeInteger(self.operation, as: Int8.self)
        buffer.writeInteger(self.permissionType, as: Int8.self)
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("DescribeAclsRequest v\(version) cannot carry tagged fields")
        }
    }
}
