// Generated from message/BrokerHeartbeatRequest.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// BrokerHeartbeatRequest (API key 63), versions 0-1, flexible 0+.
package struct BrokerHeartbeatRequest: KafkaRequestMessage {
    package typealias Response = BrokerHeartbeatResponse
    package static let apiKey: ApiKey = .brokerHeartbeat
    package static let validVersions: ClosedRange<Int16> = 0...1
    package static let firstFlexibleVersion: Int16? = 0

    /// The broker ID.
    package var brokerId: Int32 = 0
    /// The broker epoch.
    package var brokerEpoch: Int64 = -1
    /// The highest metadata offset which the broker has reached.
    package var currentMetadataOffset: Int64 = 0
    /// True if the broker wants to be fenced, false otherwise.
    package var wantFence: Bool = false
    /// True if the broker wants to be shut down, false otherwise.
    package var wantShutDown: Bool = false
    /// Log directories that failed and went offline.
    package var offlineLogDirs: [KafkaUUID] = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "BrokerHeartbeatRequest", version: version)
        }
        self.brokerId = try buffer.readKafkaInteger(as: Int32.self)
        self.brokerEpoch = try buffer.readKafkaInteger(as: Int64.self)
        self.currentMetadataOffset = try buffer.readKafkaInteger(as: Int64.self)
        self.wantFence = try buffer.readKafkaBool()
        self.wantShutDown = try buffer.readKafkaBool()
        if version >= 1 {
            if let count = try buffer.readKafkaArrayCount(compact: true) {
                var items: [KafkaUUID] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try buffer.readKafkaUUID())
                }
                self.offlineLogDirs = items
            } else {
                throw .unexpectedNull(field: "offlineLogDirs")
            }
        }
        try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
            self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "BrokerHeartbeatRequest", version: version)
        }
        buffer.writeInteger(self.brokerId, as: Int32.self)
        buffer.writeInteger(self.brokerEpoch, as: Int64.self)
        buffer.writeInteger(self.currentMetadataOffset, as: Int64.self)
        buffer.writeKafkaBool(self.wantFence)
        buffer.writeKafkaBool(self.wantShutDown)
        if version >= 1 {
            try buffer.writeKafkaArrayCount(self.offlineLogDirs.count, compact: true)
            for element in self.offlineLogDirs {
                buffer.writeKafkaUUID(element)
            }
        } else if !self.offlineLogDirs.isEmpty {
            throw .fieldNotSupported(field: "offlineLogDirs", message: "BrokerHeartbeatRequest", version: version)
        }
        buffer.writeTaggedFields(known: [], unknown: self.unknownTaggedFields)
    }
}
