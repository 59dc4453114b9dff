// Generated from message/UpdateFeaturesRequest.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// UpdateFeaturesRequest (API key 57), versions 0-2, flexible 0+.
package struct UpdateFeaturesRequest: KafkaRequestMessage {
    package typealias Response = UpdateFeaturesResponse
    package static let apiKey: ApiKey = .updateFeatures
    package static let validVersions: ClosedRange<Int16> = 0...2
    package static let firstFlexibleVersion: Int16? = 0

    /// How long to wait in milliseconds before timing out the request.
    package var timeoutMs: Int32 = 60000
    /// The list of updates to finalized features.
    package var featureUpdates: [FeatureUpdateKey] = []
    /// True if we should validate the request, but not perform the upgrade or downgrade.
    package var validateOnly: Bool = false
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "UpdateFeaturesRequest", version: version)
        }
        self.timeoutMs = try buffer.readKafkaInteger(as: Int32.self)
        if let count = try buffer.readKafkaArrayCount(compact: true) {
            var items: [FeatureUpdateKey] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try FeatureUpdateKey(from: &buffer, version: version))
            }
            self.featureUpdates = items
        } else {
            throw .unexpectedNull(field: "featureUpdates")
        }
        if version >= 1 {
            self.validateOnly = try buffer.readKafkaBool()
        }
        try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
            self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "UpdateFeaturesRequest", version: version)
        }
        buffer.writeInteger(self.timeoutMs, as: Int32.self)
        try buffer.writeKafkaArrayCount(self.featureUpdates.count, compact: true)
        for element in self.featureUpdates {
            try element.write(to: &buffer, version: version)
        }
        if version >= 1 {
            buffer.writeKafkaBool(self.validateOnly)
        } else if self.validateOnly != false {
            throw .fieldNotSupported(field: "validateOnly", message: "UpdateFeaturesRequest", version: version)
        }
        buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
    }

    /// Versions 0-2.
    package struct FeatureUpdateKey: Equatable, Sendable {
        /// The name of the finalized feature to be updated.
        package var feature: String = ""
        /// The new maximum version level for the finalized feature. A value >= 1 is valid. A value < 1, is special, and can be used to request the deletion of the finalized feature.
        package var maxVersionLevel: Int16 = 0
        /// DEPRECATED in version 1 (see DowngradeType). When set to true, the finalized feature version level is allowed to be downgraded/deleted. The downgrade request will fail if the new maximum version level is a value that's not lower than the existing maximum finalized version level.
        package var allowDowngrade: Bool = false
        /// Determine which type of upgrade will be performed: 1 will perform an upgrade only (default), 2 is safe downgrades only (lossless), 3 is unsafe downgrades (lossy).
        package var upgradeType: Int8 = 1
        /// Tagged fields this version of the code does not know, kept for re-encoding.
        package var unknownTaggedFields: [RawTaggedField] = []

        package init() {}

        package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            self.feature = try buffer.readKafkaString(compact: true, field: "feature")
            self.maxVersionLevel = try buffer.readKafkaInteger(as: Int16.self)
            if version <= 0 {
                self.allowDowngrade = try buffer.readKafkaBool()
            }
            if version >= 1 {
                self.upgradeType = try buffer.readKafkaInteger(as: Int8.self)
            }
            try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }

        package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
            try buffer.writeKafkaString(self.feature, compact: true)
            buffer.writeInteger(self.maxVersionLevel, as: Int16.self)
            if version <= 0 {
                buffer.writeKafkaBool(self.allowDowngrade)
            } else if self.allowDowngrade != false {
                throw .fieldNotSupported(field: "allowDowngrade", message: "UpdateFeaturesRequest", version: version)
            }
            if version >= 1 {
                buffer.writeInteger(self.upgradeType, as: Int8.self)
            } else if self.upgradeType != 1 {
                throw .fieldNotSupported(field: "upgradeType", message: "UpdateFeaturesRequest", version: version)
            }
            buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
        }
    }
}
