// Generated from message/DeleteAclsRequest.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// DeleteAclsRequest (API key 31), versions 0-3, flexible 2+.
package struct DeleteAclsRequest: KafkaRequestMessage {
    package typealias Response = DeleteAclsResponse
    package static let apiKey: ApiKey = .deleteAcls
    package static let validVersions: ClosedRange<Int16> = 0...3
    package static let firstFlexibleVersion: Int16? = 2

    /// The filters to use when deleting ACLs.
    package var filters: [DeleteAclsFilter] = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "DeleteAclsRequest", version: version)
        }
        let flexible = version >= 2
        if let count = try buffer.readKafkaArrayCount(compact: flexible) {
            var items: [DeleteAclsFilter] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try DeleteAclsFilter(from: &buffer, version: version))
            }
            self.filters = items
        } else {
            throw .unexpectedNull(field: "filters")
        }
        if flexible {
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "DeleteAclsRequest", version: version)
        }
        let flexible = version >= 2
        try buffer.writeKafkaArrayCount(self.filters.count, compact: flexible)
        for element in self.filters {
            try element.write(to: &buffer, version: version)
        }
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("DeleteAclsRequest v\(version) cannot carry tagged fields")
        }
    }

    /// Versions 0-3.
    package struct DeleteAclsFilter: Equatable, Sendable {
        /// The resource type.
        package var resourceTypeFilter: Int8 = 0
        /// The resource name.
        package var resourceNameFilter: String? = ""
        /// The pattern type.
        package var patternTypeFilter: Int8 = 3
        /// The principal filter, or null to accept all principals.
        package var principalFilter: String? = ""
        /// The host filter, or null to accept all hosts.
        package var hostFilter: String? = ""
        /// The ACL operation.
        package var operation: Int8 = 0
        /// The permission type.
        package var permissionType: Int8 = 0
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
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
            let flexible = version >= 2
            buffer.writeInteger(self.resourceTypeFilter, as: Int8.self)
            try buffer.writeKafkaString(self.resourceNameFilter, compact: flexible)
            if version >= 1 {
                buffer.writeInteger(self.patternTypeFilter, as: Int8.self)
            } else if self.patternTypeFilter != 3 {
                throw .fieldNotSupported(field: "patternTypeFilter", message: "DeleteAclsRequest", version: version)
            }
            try buffer.writeKafkaString(self.principalFilter, compact: flexible)
            try buffer.writeKafkaString(self.hostFilter, compact: flexible)
            buffer.writeInteger(self.operation, as: Int8.self)
            buffer.writeInteger(self.permissionType, as: Int8.self)
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("DeleteAclsRequest v\(version) cannot carry tagged fields")
            }
        }
    }
}
