// Generated from message/DeleteAclsResponse.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// DeleteAclsResponse (API key 31), versions 0-3, flexible 2+.
package struct DeleteAclsResponse: KafkaResponseMessage {
    package static let apiKey: ApiKey = .deleteAcls
    package static let validVersions: ClosedRange<Int16> = 0...3
    package static let firstFlexibleVersion: Int16? = 2

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    package var throttleTimeMs: Int32 = 0
    /// The results for each filter.
    package var filterResults: [DeleteAclsFilterResult] = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "DeleteAclsResponse", version: version)
        }
        let flexible = version >= 2
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self)
        if let count = try buffer.readKafkaArrayCount(compact: flexible) {
            var items: [DeleteAclsFilterResult] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try DeleteAclsFilterResult(from: &buffer, version: version))
            }
            self.filterResults = items
        } else {
            throw .unexpectedNull(field: "filterResults")
        }
        if flexible {
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "DeleteAclsResponse", version: version)
        }
        let flexible = version >= 2
        buffer.writeInteger(self.throttleTimeMs, as: Int32.self)
        try buffer.writeKafkaArrayCount(self.filterResults.count, compact: flexible)
        for element in self.filterResults {
            try element.write(to: &buffer, version: version)
        }
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("DeleteAclsResponse v\(version) cannot carry tagged fields")
        }
    }

    /// Versions 0-3.
    package struct DeleteAclsFilterResult: Equatable, Sendable {
        /// The error code, or 0 if the filter succeeded.
        package var errorCode: Int16 = 0
        /// The error message, or null if the filter succeeded.
        package var errorMessage: String? = ""
        /// The ACLs which matched this filter.
        package var matchingAcls: [DeleteAclsMatchingAcl] = []
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 2
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
            self.errorMessage = try buffer.readKafkaNullableString(compact: flexible)
            if let count = try buffer.readKafkaArrayCount(compact: flexible) {
                var items: [DeleteAclsMatchingAcl] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try DeleteAclsMatchingAcl(from: &buffer, version: version))
                }
                self.matchingAcls = items
            } else {
                throw .unexpectedNull(field: "matchingAcls")
            }
            if flexible {
                try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 2
            buffer.writeInteger(self.errorCode, as: Int16.self)
            try buffer.writeKafkaString(self.errorMessage, compact: flexible)
            try buffer.writeKafkaArrayCount(self.matchingAcls.count, compact: flexible)
            for element in self.matchingAcls {
                try element.write(to: &buffer, version: version)
            }
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("DeleteAclsResponse v\(version) cannot carry tagged fields")
            }
        }
    }

    /// Versions 0-3.
    package struct DeleteAclsMatchingAcl: Equatable, Sendable {
        /// The deletion error code, or 0 if the deletion succeeded.
        package var errorCode: Int16 = 0
        /// The deletion error message, or null if the deletion succeeded.
        package var errorMessage: String? = ""
        /// The ACL resource type.
        package var resourceType: Int8 = 0
        /// The ACL resource name.
        package var resourceName: String = ""
        /// The ACL resource pattern type.
        package var patternType: Int8 = 3
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
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
            self.errorMessage = try buffer.readKafkaNullableString(compact: flexible)
            self.resourceType = try buffer.readKafkaInteger(as: Int8.self)
            self.resourceName = try buffer.readKafkaString(compact: flexible, field: "resourceName")
            if version >= 1 {
                self.patternType = try buffer.readKafkaInteger(as: Int8.self)
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
            buffer.writeInteger(self.errorCode, as: Int16.self)
            try buffer.writeKafkaString(self.errorMessage, compact: flexible)
            buffer.writeInteger(self.resourceType, as: Int8.self)
            try buffer.writeKafkaString(self.resourceName, compact: flexible)
            if version >= 1 {
                buffer.writeInteger(self.patternType, as: Int8.self)
            } else if self.patternType != 3 {
                throw .fieldNotSupported(field: "patternType", message: "DeleteAclsResponse", version: version)
            }
            try buffer.writeKafkaString(self.principal, compact: flexible)
            try buffer.writeKafkaString(self.host, compact: flexible)
            buffer.writeInteger(self.operation, as: Int8.self)
            buffer.writeInteger(self.permissionType, as: Int8.self)
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("DeleteAclsResponse v\(version) cannot carry tagged fields")
            }
        }
    }
}
