// Generated from message/ApiVersionsResponse.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// ApiVersionsResponse (API key 18), versions 0-4, flexible 3+.
package struct ApiVersionsResponse: KafkaResponseMessage {
    package static let apiKey: ApiKey = .apiVersions
    package static let validVersions: ClosedRange<Int16> = 0...4
    package static let firstFlexibleVersion: Int16? = 3

    /// The top-level error code.
    package var errorCode: Int16 = 0
    /// The APIs supported by the broker.
    package var apiKeys: [ApiVersion] = []
    /// The duration in milliseconds for which the request was throttled due to a quota violation, or zero if the request did not violate any quota.
    package var throttleTimeMs: Int32 = 0
    /// Features supported by the broker. Note: in v0-v3, features with MinSupportedVersion = 0 are omitted.
    package var supportedFeatures: [SupportedFeatureKey] = []
    /// The monotonically increasing epoch for the finalized features information. Valid values are >= 0. A value of -1 is special and represents unknown epoch.
    package var finalizedFeaturesEpoch: Int64 = -1
    /// List of cluster-wide finalized features. The information is valid only if FinalizedFeaturesEpoch >= 0.
    package var finalizedFeatures: [FinalizedFeatureKey] = []
    /// Set by a KRaft controller if the required configurations for ZK migration are present
    package var zkMigrationReady: Bool = false
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "ApiVersionsResponse", version: version)
        }
        let flexible = version >= 3
        self.errorCode = try buffer.readKafkaInteger(as: Int16.self)
        if let count = try buffer.readKafkaArrayCount(compact: flexible) {
            var items: [ApiVersion] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try ApiVersion(from: &buffer, version: version))
            }
            self.apiKeys = items
        } else {
            throw .unexpectedNull(field: "apiKeys")
        }
        if version >= 1 {
            self.throttleTimeMs = try buffer.readKafkaInteger(as: Int32.self)
        }
        if flexible {
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                switch tag {
                case 0 where version >= 3:
                    if let count = try field.readKafkaArrayCount(compact: flexible) {
                        var items: [SupportedFeatureKey] = []
                        items.reserveCapacity(count)
                        for _ in 0..<count {
                            items.append(try SupportedFeatureKey(from: &field, version: version))
                        }
                        self.supportedFeatures = items
                    } else {
                        throw .unexpectedNull(field: "supportedFeatures")
                    }
                case 1 where version >= 3:
                    self.finalizedFeaturesEpoch = try field.readKafkaInteger(as: Int64.self)
                case 2 where version >= 3:
                    if let count = try field.readKafkaArrayCount(compact: flexible) {
                        var items: [FinalizedFeatureKey] = []
                        items.reserveCapacity(count)
                        for _ in 0..<count {
                            items.append(try FinalizedFeatureKey(from: &field, version: version))
                        }
                        self.finalizedFeatures = items
                    } else {
                        throw .unexpectedNull(field: "finalizedFeatures")
                    }
                case 3 where version >= 3:
                    self.zkMigrationReady = try field.readKafkaBool()
                default:
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "ApiVersionsResponse", version: version)
        }
        let flexible = version >= 3
        buffer.writeInteger(self.errorCode, as: Int16.self)
        try buffer.writeKafkaArrayCount(self.apiKeys.count, compact: flexible)
        for element in self.apiKeys {
            try element.write(to: &buffer, version: version)
        }
        if version >= 1 {
            buffer.writeInteger(self.throttleTimeMs, as: Int32.self)
        }
        if flexible {
            var taggedFields: [RawTaggedField] = []
            if version >= 3 && !self.supportedFeatures.isEmpty {
                var field = ByteBuffer()
                try field.writeKafkaArrayCount(self.supportedFeatures.count, compact: flexible)
                for element in self.supportedFeatures {
                    try element.write(to: &field, version: version)
                }
                taggedFields.append(RawTaggedField(tag: 0, data: field))
            }
            if version >= 3 && self.finalizedFeaturesEpoch != -1 {
                var field = ByteBuffer()
                field.writeInteger(self.finalizedFeaturesEpoch, as: Int64.self)
                taggedFields.append(RawTaggedField(tag: 1, data: field))
            }
            if version >= 3 && !self.finalizedFeatures.isEmpty {
                var field = ByteBuffer()
                try field.writeKafkaArrayCount(self.finalizedFeatures.count, compact: flexible)
                for element in self.finalizedFeatures {
                    try element.write(to: &field, version: version)
                }
                taggedFields.append(RawTaggedField(tag: 2, data: field))
            }
            if version >= 3 && self.zkMigrationReady != false {
                var field = ByteBuffer()
                field.writeKafkaBool(self.zkMigrationReady)
                taggedFields.append(RawTaggedField(tag: 3, data: field))
            }
            buffer.writeTaggedFields(known: taggedFields, unknown: self.unknownTaggedFields)
        } else if !self.unknownTaggedFields.isEmpty {
            throw .malformed("ApiVersionsResponse v\(version) cannot carry tagged fields")
        }
    }

    /// Versions 0-4.
    package struct ApiVersion: Equatable, Sendable {
        /// The API index.
        package var apiKey: Int16 = 0
        /// The minimum supported version, inclusive.
        package var minVersion: Int16 = 0
        /// The maximum supported version, inclusive.
        package var maxVersion: Int16 = 0
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 3
            self.apiKey = try buffer.readKafkaInteger(as: Int16.self)
            self.minVersion = try buffer.readKafkaInteger(as: Int16.self)
            self.maxVersion = try buffer.readKafkaInteger(as: Int16.self)
            if flexible {
                try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                    self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
                }
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            let flexible = version >= 3
            buffer.writeInteger(self.apiKey, as: Int16.self)
            buffer.writeInteger(self.minVersion, as: Int16.self)
            buffer.writeInteger(self.maxVersion, as: Int16.self)
            if flexible {
                buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
            } else if !self.unknownTaggedFields.isEmpty {
                throw .malformed("ApiVersionsResponse v\(version) cannot carry tagged fields")
            }
        }
    }

    /// Versions 3-4.
    package struct SupportedFeatureKey: Equatable, Sendable {
        /// The name of the feature.
        package var name: String = ""
        /// The minimum supported version for the feature.
        package var minVersion: Int16 = 0
        /// The maximum supported version for the feature.
        package var maxVersion: Int16 = 0
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.name = try buffer.readKafkaString(compact: true, field: "name")
            self.minVersion = try buffer.readKafkaInteger(as: Int16.self)
            self.maxVersion = try buffer.readKafkaInteger(as: Int16.self)
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            try buffer.writeKafkaString(self.name, compact: true)
            buffer.writeInteger(self.minVersion, as: Int16.self)
            buffer.writeInteger(self.maxVersion, as: Int16.self)
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }

    /// Versions 3-4.
    package struct FinalizedFeatureKey: Equatable, Sendable {
        /// The name of the feature.
        package var name: String = ""
        /// The cluster-wide finalized max version level for the feature.
        package var maxVersionLevel: Int16 = 0
        /// The cluster-wide finalized min version level for the feature.
        package var minVersionLevel: Int16 = 0
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.name = try buffer.readKafkaString(compact: true, field: "name")
            self.maxVersionLevel = try buffer.readKafkaInteger(as: Int16.self)
            self.minVersionLevel = try buffer.readKafkaInteger(as: Int16.self)
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            try buffer.writeKafkaString(self.name, compact: true)
            buffer.writeInteger(self.maxVersionLevel, as: Int16.self)
            buffer.writeInteger(self.minVersionLevel, as: Int16.self)
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }
}
