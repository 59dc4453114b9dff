// Generated from message/CreateAclsRequest.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// CreateAclsRequest (API key 30), versions 0-3, flexible 2+.
package struct CreateAclsRequest: KafkaRequestMessage {
    package typealias Response = CreateAclsResponse
    package static let apiKey: ApiKey = .createAcls
    package static let validVersions: ClosedRange<Int16> = 0...3
    package static let firstFlexibleVersion: Int16? = 2

    /// The ACLs that we want to create.
    package var creations: [AclCreation] = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "CreateAclsRequest", version: version)
        }
        let flexible = version >= 2
        if let count = try buffer.readKafkaArrayCount(compact: flexible) {
            var items: [AclCreation] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try AclCreation(from: &buffer, version: version))
            }
            self.creations = items
        } else {
            throw .unexpectedNull(field: "creations")
        }
        if flexible {
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "CreateAclsRequest", version: version)
        }
        let flexible = version >= 2
        try buffer.writeKafkaArrayCount(self.creations.count, compact: flexible)
        for element in self.creations {
            try element.write(to: &buffer, version: version)
        }
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("CreateAclsRequest v\(version) cannot carry tagged fields")
        }
    }

    /// Versions 0-3.
    package struct AclCreation: Equatable, Sendable {
        /// The type of the resource.
        package var resourceType: Int8 = 0
        /// The resource name for the ACL.
        package var resourceName: String = ""
        /// The pattern type for the ACL.
        package var resourcePatternType: Int8 = 3
        /// The principal for the ACL.
        package var principal: String = ""
        /// The host for the ACL.
        package var host: String = ""
        /// The operation type for the ACL (read, write, etc.).
        package var operation: Int8 = 0
        /// The permission type for the ACL (allow, deny, etc.).
        package var permissionType: Int8 = 0
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 2
            self.resourceType = try buffer.readKafkaInteger(as: Int8.self)
            self.resourceName = try buffer.readKafkaString(compact: flexible, field: "resourceName")
            if version >= 1 {
                self.resourcePatternType = try buffer.readKafkaInteger(as: Int8.self)
            }
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
            buffer.writeInteger(self.resourceType, as: Int8.self)
            try buffer.writeKafkaString(self.resourceName, compact: flexible)
            if version >= 1 {
                buffer.writeInteger(self.resourcePatternType, as: Int8.self)
            } else if self.resourcePatternType != 3 {
                throw .fieldNotSupported(field: "resourcePatternType", message: "CreateAclsRequest", version: version)
            }
            try buffer.writeKafkaString(self.principal, compact: flexible)
            try buffer.writeKafkaString(self.host, compact: flexible)
            buffer.writeInteger(self.operation, as: Int8.self)
            buffer.writeInteger(self.permissionType, as: Int8.self)
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("CreateAclsRequest v\(version) cannot carry tagged fields")
            }
        }
    }
}
