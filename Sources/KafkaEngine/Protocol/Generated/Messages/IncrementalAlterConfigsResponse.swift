// Generated from message/IncrementalAlterConfigsResponse.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// IncrementalAlterConfigsResponse (API key 44), versions 0-1, flexible 1+.
package struct IncrementalAlterConfigsResponse: KafkaResponseMessage {
    package static let apiKey: ApiKey = .incrementalAlterConfigs
    package static let validVersions: ClosedRange<Int16> = 0...1
    package static let firstFlexibleVersion: Int16? = 1

    /// Duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    package var throttleTimeMs: Int32 = 0
    /// The responses for each resource.
    package var responses: [AlterConfigsResourceResponse] = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "IncrementalAlterConfigsResponse", version: version)
        }
        let flexible = version >= 1
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self)
        if let count = try buffer.readKafkaArrayCount(compact: flexible) {
            var items: [AlterConfigsResourceResponse] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try AlterConfigsResourceResponse(from: &buffer, version: version))
            }
            self.responses = items
        } else {
            throw .unexpectedNull(field: "responses")
        }
        if flexible {
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "IncrementalAlterConfigsResponse", version: version)
        }
        let flexible = version >= 1
        buffer.writeInteger(self.throttleTimeMs, as: Int32.self)
        try buffer.writeKafkaArrayCount(self.responses.count, compact: flexible)
        for element in self.responses {
            try element.write(to: &buffer, version: version)
        }
        if flexible {
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("IncrementalAlterConfigsResponse v\(version) cannot carry tagged fields")
        }
    }

    /// Versions 0-1.
    package struct AlterConfigsResourceResponse: Equatable, Sendable {
        /// The resource error code.
        package var errorCode: Int16 = 0
        /// The resource error message, or null if there was no error.
        package var errorMessage: String? = ""
        /// The resource type.
        package var resourceType: Int8 = 0
        /// The resource name.
        package var resourceName: String = ""
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 1
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
            self.errorMessage = try buffer.readKafkaNullableString(compact: flexible)
            self.resourceType = try buffer.readKafkaInteger(as: Int8.self)
            self.resourceName = try buffer.readKafkaString(compact: flexible, field: "resourceName")
            if flexible {
                try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 1
            buffer.writeInteger(self.errorCode, as: Int16.self)
            try buffer.writeKafkaString(self.errorMessage, compact: flexible)
            buffer.writeInteger(self.resourceType, as: Int8.self)
            try buffer.writeKafkaString(self.resourceName, compact: flexible)
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("IncrementalAlterConfigsResponse v\(version) cannot carry tagged fields")
            }
        }
    }
}
