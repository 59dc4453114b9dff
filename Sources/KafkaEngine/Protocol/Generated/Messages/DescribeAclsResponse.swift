// Generated from message/DescribeAclsResponse.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// DescribeAclsResponse (API key 29), versions 0-3, flexible 2+.
package struct DescribeAclsResponse: KafkaResponseMessage {
    package static let apiKey: ApiKey = .describeAcls
    package static let validVersions: ClosedRange<Int16> = 0...3
    package static let firstFlexibleVersion: Int16? = 2

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    package var throttleTimeMs: Int32 = 0
    /// The error code, or 0 if there was no error.
    package var errorCode: Int16 = 0
    /// The error message, or null if there was no error.
    package var errorMessage: String? = ""
    /// Each Resource that is referenced in an ACL.
    package var resources: [DescribeAclsResource] = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "DescribeAclsResponse", version: version)
        }
        let flexible = version >= 2
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self)
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
        self.errorMessage = try buffer.readKafkaNullableString(compact: flexible)
        if let count = try buffer.readKafkaArrayCount(compact: flexible) {
            var items: [DescribeAclsResource] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try DescribeAclsResource(from: &buffer, version: version))
            }
            self.resources = items
        } else {
            throw .unexpectedNull(field: "resources")
        }
        if flexible {
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "DescribeAclsResponse", version: version)
        }
        let flexible = version >= 2
        buffer.writeInteger(self.throttleTimeMs, as: Int32.self)
        buffer.writeInteger(self.errorCode, as: Int16.self)
        try buffer.writeKafkaString(self.errorMessage, compact: flexible)
        try buffer.writeKafkaArrayCount(self.resources.count, compact: flexible)
        for element in self.resources {
            try element.write(to: &buffer, version: version)
        }
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("DescribeAclsResponse v\(version) cannot carry tagged fields")
        }
    }

    /// Versions 0-3.
    package struct DescribeAclsResource: Equatable, Sendable {
        /// The resource type.
        package var resourceType: Int8 = 0
        /// The resource name.
        package var resourceName: String = ""
        /// The resource pattern type.
        package var patternType: Int8 = 3
        /// The ACLs.
        package var acls: [AclDescription] = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 2
            self.resourceType = try buffer.readKafkaInteger(as: Int8.self)
            self.resourceName = try buffer.readKafkaString(compact: flexible, field: "resourceName")
            if version >= 1 {
                self.patternType = try buffer.readKafkaInteger(as: Int8.self)
            }
            if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                var items: [AclDescription] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try AclDescription(from: &buffer, version: version))
                }
                self.acls = items
            } else {
                throw .unexpectedNull(field: "acls")
            }
            if flexible {
                try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 2
            buffer.writeInteger(self.resourceType, as: Int8.self)
            try buffer.writeKafkaString(self.resourceName, compact: flexible)
            if version >= 1 {
                buffer.writeInteger(self.patternType, as: Int8.self)
            } else if self.patternType != 3 {
                throw .fieldNotSupported(field: "patternType", message: "DescribeAclsResponse", version: version)
            }
            try buffer.writeKafkaArrayCount(self.acls.count, compact: flexible)
            for element in self.acls {
                try element.write(to: &buffer, version: version)
            }
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("DescribeAclsResponse v\(version) cannot carry tagged fields")
            }
        }
    }

    /// Versions 0-3.
    package struct AclDescription: Equatable, Sendable {
        /// The ACL principal.
        package var principal: String = ""
        /// The ACL host.
        package var host: String = ""
        /// The ACL operation.
        package var operation: Int8 = 0
        /// The ACL permission type.
        package var permissionType: Int8 = 0
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 2
            self.principal = try buffer.readKafkaString(compact: flexible, field: "principal")
            self.host = try buffer.readKafkaString(compact: flexible, field: "host")
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
            try buffer.writeKafkaString(self.principal, compact: flexible)
            try buffer.writeKafkaString(self.host, compact: flexible)
            buffer.writeInteger(self.operation, as: Int8.self)
            buffer.writeInteger(self.permissionType, as: Int8.self)
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("DescribeAclsResponse v\(version) cannot carry tagged fields")
            }
        }
    }
}
