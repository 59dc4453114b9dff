// Generated from metadata/PartitionChangeRecord.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// Metadata log record PartitionChangeRecord (type 5), versions 0-2, flexible 0+.
package struct PartitionChangeRecord: KafkaMessage {
    /// The record type in the metadata log.
    package static let metadataRecordType: Int16 = 5
    package static let validVersions: ClosedRange<Int16> = 0...2
    package static let firstFlexibleVersion: Int16? = 0

    /// The partition id.
    package var partitionId: Int32 = -1
    /// The unique ID of this topic.
    package var topicId: KafkaUUID = .zero
    /// null if the ISR didn't change; the new in-sync replicas otherwise.
    package var isr: [Int32]? = nil
    /// -1 if there is now no leader; -2 if the leader didn't change; the new leader otherwise.
    package var leader: Int32 = -2
    /// null if the replicas didn't change; the new replicas otherwise.
    package var replicas: [Int32]? = nil
    /// null if the removing replicas didn't change; the new removing replicas otherwise.
    package var removingReplicas: [Int32]? = nil
    /// null if the adding replicas didn't change; the new adding replicas otherwise.
    package var addingReplicas: [Int32]? = nil
    /// -1 if it didn't change; 0 if the leader was elected from the ISR or recovered from an unclean election; 1 if the leader that was elected using unclean leader election and it is still recovering.
    package var leaderRecoveryState: Int8 = -1
    /// null if the log dirs didn't change; the new log directory for each replica otherwise.
    package var directories: [KafkaUUID]? = nil
    /// null if the ELR didn't change; the new eligible leader replicas otherwise.
    package var eligibleLeaderReplicas: [Int32]? = nil
    /// null if the LastKnownElr didn't change; the last known eligible leader replicas otherwise.
    package var lastKnownElr: [Int32]? = nil
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "PartitionChangeRecord", version: version)
        }
        self.partitionId = try buffer.readKafkaInteger(as: Int32.self)
        self.topicId = try buffer.readKafkaUUID()
        try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
            switch tag {
            case 0:
                if let count = try field.readKafkaArrayCount(compact: true) {
                    var items: [Int32] = []
                    items.reserveCapacity(count)
                    for _ in 0..<count {
                        items.append(try field.readKafkaInteger(as: Int32.self))
                    }
                    self.isr = items
                } else {
                    self.isr = nil
                }
            case 1:
                self.leader = try field.readKafkaInteger(as: Int32.self)
            case 2:
                if let count = try field.readKafkaArrayCount(compact: true) {
                    var items: [Int32] = []
                    items.reserveCapacity(count)
                    for _ in 0..<count {
                        items.append(try field.readKafkaInteger(as: Int32.self))
                    }
                    self.replicas = items
                } else {
                    self.replicas = nil
                }
            case 3:
                if let count = try field.readKafkaArrayCount(compact: true) {
                    var items: [Int32] = []
                    items.reserveCapacity(count)
                    for _ in 0..<count {
                        items.append(try field.readKafkaInteger(as: Int32.self))
                    }
                    self.removingReplicas = items
                } else {
                    self.removingReplicas = nil
                }
            case 4:
                if let count = try field.readKafkaArrayCount(compact: true) {
                    var items: [Int32] = []
                    items.reserveCapacity(count)
                    for _ in 0..<count {
                        items.append(try field.readKafkaInteger(as: Int32.self))
                    }
                    self.addingReplicas = items
                } else {
                    self.addingReplicas = nil
                }
            case 5:
                self.leaderRecoveryState = try field.readKafkaInteger(as: Int8.self)
            case 8 where version >= 1:
                if let count = try field.readKafkaArrayCount(compact: true) {
                    var items: [KafkaUUID] = []
                    items.reserveCapacity(count)
                    for _ in 0..<count {
                        items.append(try field.readKafkaUUID())
                    }
                    self.directories = items
                } else {
                    self.directories = nil
                }
            case 6 where version >= 2:
                if let count = try field.readKafkaArrayCount(compact: true) {
                    var items: [Int32] = []
                    items.reserveCapacity(count)
                    for _ in 0..<count {
                        items.append(try field.readKafkaInteger(as: Int32.self))
                    }
                    self.eligibleLeaderReplicas = items
                } else {
                    self.eligibleLeaderReplicas = nil
                }
            case 7 where version >= 2:
                if let count = try field.readKafkaArrayCount(compact: true) {
                    var items: [Int32] = []
                    items.reserveCapacity(count)
                    for _ in 0..<count {
                        items.append(try field.readKafkaInteger(as: Int32.self))
                    }
                    self.lastKnownElr = items
                } else {
                    self.lastKnownElr = nil
                }
            default:
                self.unknownTaggedFields.append(RawTaggedField(tag: tag, data: field))
            }
        }
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "PartitionChangeRecord", version: version)
        }
        buffer.writeInteger(self.partitionId, as: Int32.self)
        buffer.writeKafkaUUID(self.topicId)
        if !(version >= 1) && self.directories != nil {
            throw .fieldNotSupported(field: "directories", message: "PartitionChangeRecord", version: version)
        }
        if !(version >= 2) && self.eligibleLeaderReplicas != nil {
            throw .fieldNotSupported(field: "eligibleLeaderReplicas", message: "PartitionChangeRecord", version: version)
        }
        if !(version >= 2) && self.lastKnownElr != nil {
            throw .fieldNotSupported(field: "lastKnownElr", message: "PartitionChangeRecord", version: version)
        }
        var taggedFields: [RawTaggedField] = []
        if self.isr != nil {
            var field = ByteBuffer()
            if let array = self.isr {
                try field.writeKafkaArrayCount(array.count, compact: true)
                for element in array {
                    field.writeInteger(element, as: Int32.self)
                }
            } else {
                try field.writeKafkaArrayCount(nil, compact: true)
            }
            taggedFields.append(RawTaggedField(tag: 0, data: field))
        }
        if self.leader != -2 {
            var field = ByteBuffer()
            field.writeInteger(self.leader, as: Int32.self)
            taggedFields.append(RawTaggedField(tag: 1, data: field))
        }
        if self.replicas != nil {
            var field = ByteBuffer()
            if let array = self.replicas {
                try field.writeKafkaArrayCount(array.count, compact: true)
                for element in array {
                    field.writeInteger(element, as: Int32.self)
                }
            } else {
                try field.writeKafkaArrayCount(nil, compact: true)
            }
            taggedFields.append(RawTaggedField(tag: 2, data: field))
        }
        if self.removingReplicas != nil {
            var field = ByteBuffer()
            if let array = self.removingReplicas {
                try field.writeKafkaArrayCount(array.count, compact: true)
                for element in array {
                    field.writeInteger(element, as: Int32.self)
                }
            } else {
                try field.writeKafkaArrayCount(nil, compact: true)
            }
            taggedFields.append(RawTaggedField(tag: 3, data: field))
        }
        if self.addingReplicas != nil {
            var field = ByteBuffer()
            if let array = self.addingReplicas {
                try field.writeKafkaArrayCount(array.count, compact: true)
                for element in array {
                    field.writeInteger(element, as: Int32.self)
                }
            } else {
                try field.writeKafkaArrayCount(nil, compact: true)
            }
            taggedFields.append(RawTaggedField(tag: 4, data: field))
        }
        if self.leaderRecoveryState != -1 {
            var field = ByteBuffer()
            field.writeInteger(self.leaderRecoveryState, as: Int8.self)
            taggedFields.append(RawTaggedField(tag: 5, data: field))
        }
        if version >= 2 && self.eligibleLeaderReplicas != nil {
            var field = ByteBuffer()
            if let array = self.eligibleLeaderReplicas {
                try field.writeKafkaArrayCount(array.count, compact: true)
                for element in array {
                    field.writeInteger(element, as: Int32.self)
                }
            } else {
                try field.writeKafkaArrayCount(nil, compact: true)
            }
            taggedFields.append(RawTaggedField(tag: 6, data: field))
        }
        if version >= 2 && self.lastKnownElr != nil {
            var field = ByteBuffer()
            if let array = self.lastKnownElr {
                try field.writeKafkaArrayCount(array.count, compact: true)
                for element in array {
                    field.writeInteger(element, as: Int32.self)
                }
            } else {
                try field.writeKafkaArrayCount(nil, compact: true)
            }
            taggedFields.append(RawTaggedField(tag: 7, data: field))
        }
        if version >= 1 && self.directories != nil {
            var field = ByteBuffer()
            if let array = self.directories {
                try field.writeKafkaArrayCount(array.count, compact: true)
                for element in array {
                    field.writeKafkaUUID(element)
                }
            } else {
                try field.writeKafkaArrayCount(nil, compact: true)
            }
            taggedFields.append(RawTaggedField(tag: 8, data: field))
        }
        buffer.writeTaggedFields(known: taggedFields, unknown: self.unknownTaggedFields)
    }
}
