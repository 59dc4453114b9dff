// Generated from message/DeleteGroupsResponse.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// DeleteGroupsResponse (API key 42), versions 0-2, flexible 2+.
package struct DeleteGroupsResponse: KafkaResponseMessage {
    package static let apiKey: ApiKey = .deleteGroups
    package static let validVersions: ClosedRange<Int16> = 0...2
    package static let firstFlexibleVersion: Int16? = 2

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    package var throttleTimeMs: Int32 = 0
    /// The deletion results
    package var results: [DeletableGroupResult] = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "DeleteGroupsResponse", version: version)
        }
        let flexible = version >= 2
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self)
        if let count = try buffer.readKafkaArrayCount(compact: flexible) {
            var items: [DeletableGroupResult] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try DeletableGroupResult(from: &buffer, version: version))
            }
            self.results = items
        } else {
            throw .unexpectedNull(field: "results")
        }
        if flexible {
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "DeleteGroupsResponse", version: version)
        }
        let flexible = version >= 2
        buffer.writeInteger(self.throttleTimeMs, as: Int32.self)
        try buffer.writeKafkaArrayCount(self.results.count, compact: flexible)
        for element in self.results {
            try element.write(to: &buffer, version: version)
        }
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("DeleteGroupsResponse v\(version) cannot carry tagged fields")
        }
    }

    /// Versions 0-2.
    package struct DeletableGroupResult: Equatable, Sendable {
        /// The group id
        package var groupId: String = ""
        /// The deletion error, or 0 if the deletion succeeded.
        package var errorCode: Int16 = 0
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 2
            self.groupId = try buffer.readKafkaString(compact: flexible, field: "groupId")
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
            if flexible {
                try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 2
            try buffer.writeKafkaString(self.groupId, compact: flexible)
            buffer.writeInteger(self.errorCode, as: Int16.self)
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("DeleteGroupsResponse v\(version) cannot carry tagged fields")
            }
        }
    }
}
