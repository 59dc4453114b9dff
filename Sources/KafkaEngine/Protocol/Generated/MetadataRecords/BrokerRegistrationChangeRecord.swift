// Generated from metadata/BrokerRegistrationChangeRecord.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// Metadata log record BrokerRegistrationChangeRecord (type 17), versions 0-2, flexible 0+.
package struct BrokerRegistrationChangeRecord: KafkaMessage {
    /// The record type in the metadata log.
    package static let metadataRecordType: Int16 = 17
    package static let validVersions: ClosedRange<Int16> = 0...2
    package static let firstFlexibleVersion: Int16? = 0

    /// The broker id.
    package var brokerId: Int32 = 0
    /// The broker epoch assigned by the controller.
    package var brokerEpoch: Int64 = 0
    /// -1 if the broker has been unfenced, 0 if no change, 1 if the broker has been fenced.
    package var fenced: Int8 = 0
    /// 0 if no change, 1 if the broker is in controlled shutdown.
    package var inControlledShutdown: Int8 = 0
    /// Log directories configured in this broker which are available.
    package var logDirs: [KafkaUUID] = []
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "BrokerRegistrationChangeRecord", version: version)
        }
        self.brokerId = try buffer.readKafkaInteger(as: Int32.self)
        self.brokerEpoch = try buffer.readKafkaInteger(as: Int64.self)
        if version >= 2 {
            if let count = try buffer.readKafkaArrayCount(compact: true) {
                var items: [KafkaUUID] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try buffer.readKafkaUUID())
                }
                self.logDirs = items
            } else {
                throw .unexpectedNull(field: "logDirs")
            }
        }
        try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
            switch tag {
            case 0:
                self.fenced = try field.readKafkaInteger(as: Int8.self)
            case 1 where version >= 1:
                self.inControlledShutdown = try field.readKafkaInteger(as: Int8.self)
            default:
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "BrokerRegistrationChangeRecord", version: version)
        }
        buffer.writeInteger(self.brokerId, as: Int32.self)
        buffer.writeInteger(self.brokerEpoch, as: Int64.self)
        if !(version >= 1) && self.inControlledShutdown != 0 {
            throw .fieldNotSupported(field: "inControlledShutdown", message: "BrokerRegistrationChangeRecord", version: version)
        }
        if version >= 2 {
            try buffer.writeKafkaArrayCount(self.logDirs.count, compact: true)
            for element in self.logDirs {
                buffer.writeKafkaUUID(element)
            }
        } else if !self.logDirs.isEmpty {
            throw .fieldNotSupported(field: "logDirs", message: "BrokerRegistrationChangeRecord", version: version)
        }
        var taggedFields: [RawTaggedField] = []
        if self.fenced != 0 {
            var field = ByteBuffer()
            field.writeInteger(self.fenced, as: Int8.self)
            taggedFields.append(RawTaggedField(tag: 0, data: field))
        }
        if version >= 1 && self.inControlledShutdown != 0 {
            var field = ByteBuffer()
            field.writeInteger(self.inControlledShutdown, as: Int8.self)
            taggedFields.append(RawTaggedField(tag: 1, data: field))
        }
        buffer.writeTaggedFields(known: taggedFields, unknown: self.unknownTaggedFields)
    }
}
