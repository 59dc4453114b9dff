// Generated from message/UpdateFeaturesResponse.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// UpdateFeaturesResponse (API key 57), versions 0-2, flexible 0+.
package struct UpdateFeaturesResponse: KafkaResponseMessage {
    package static let apiKey: ApiKey = .updateFeatures
    package static let validVersions: ClosedRange<Int16> = 0...2
    package static let firstFlexibleVersion: Int16? = 0

    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    package var throttleTimeMs: Int32 = 0
    /// The top-level error code, or `0` if there was no top-level error.
    package var errorCode: Int16 = 0
    /// The top-level error message, or `null` if there was no top-level error.
    package var errorMessage: String? = ""
    /// Results for each feature update.
    package var results: [UpdatableFeatureResult] = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "UpdateFeaturesResponse", version: version)
        }
        self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self)
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
        self.errorMessage = try buffer.readKafkaNullableString(compact: true)
        if version <= 1 {
            if let count = try buffer.readKafkaArrayCount(compact: true) {
                var items: [UpdatableFeatureResult] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try UpdatableFeatureResult(from: &buffer, version: version))
                }
                self.results = items
            } else {
                throw .unexpectedNull(field: "results")
            }
        }
        try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
            self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "UpdateFeaturesResponse", version: version)
        }
        buffer.writeInteger(self.throttleTimeMs, as: Int32.self)
        buffer.writeInteger(self.errorCode, as: Int16.self)
        try buffer.writeKafkaString(self.errorMessage, compact: true)
        if version <= 1 {
            try buffer.writeKafkaArrayCount(self.results.count, compact: true)
            for element in self.results {
                try element.write(to: &buffer, version: version)
            }
        }
        buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
    }

    /// Versions 0-1.
    package struct UpdatableFeatureResult: Equatable, Sendable {
        /// The name of the finalized feature.
        package var feature: String = ""
        /// The feature update error code or `0` if the feature update succeeded.
        package var errorCode: Int16 = 0
        /// The feature update error, or `null` if the feature update succeeded.
        package var errorMessage: String? = ""
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.feature = try buffer.readKafkaString(compact: true, field: "feature")
            self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
            self.errorMessage = try buffer.readKafkaNullableString(compact: true)
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            try buffer.writeKafkaString(self.feature, compact: true)
            buffer.writeInteger(self.errorCode, as: Int16.self)
            try buffer.writeKafkaString(self.errorMessage, compact: true)
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }
}
