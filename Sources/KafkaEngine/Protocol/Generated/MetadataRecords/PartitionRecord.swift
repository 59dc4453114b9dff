// Generated from metadata/PartitionRecord.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// Metadata log record PartitionRecord (type 3), versions 0-2, flexible 0+.
package struct PartitionRecord: KafkaMessage {
    /// The record type in the metadata log.
    package static let metadataRecordType: Int16 = 3
    package static let validVersions: ClosedRange<Int16> = 0...2
    package static let firstFlexibleVersion: Int16? = 0

    /// The partition id.
    package var partitionId: Int32 = -1
    /// The unique ID of this topic.
    package var topicId: KafkaUUID = .zero
    /// The replicas of this partition, sorted by preferred order.
    package var replicas: [Int32] = []
    /// The in-sync replicas of this partition
    package var isr: [Int32] = []
    /// The replicas that we are in the process of removing.
    package var removingReplicas: [Int32] = []
    /// The replicas that we are in the process of adding.
    package var addingReplicas: [Int32] = []
    /// The lead replica, or -1 if there is no leader.
    package var leader: Int32 = -1
    /// 1 if the partition is recovering from an unclean leader election; 0 otherwise.
    package var leaderRecoveryState: Int8 = 0
    /// The epoch of the partition leader.
    package var leaderEpoch: Int32 = -1
    /// An epoch that gets incremented each time we change anything in the partition.
    package var partitionEpoch: Int32 = -1
    /// The log directory hosting each replica, sorted in the same exact order as the Replicas field.
    package var directories: [KafkaUUID] = []
    /// The eligible leader replicas of this partition.
    package var eligibleLeaderReplicas: [Int32]? = nil
    /// The last known eligible leader replicas of this partition.
    package var lastKnownElr: [Int32]? = nil
    /// Tagged fields this version of the code does not know, kept for re-encoding.
    package var unknownTaggedFields: [RawTaggedField] = []

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "PartitionRecord", version: version)
        }
        self.partitionId = try buffer.readKafkaInteger(as: Int32.self)
        self.topicId = try buffer.readKafkaUUID()
        if let count = try buffer.readKafkaArrayCount(compact: true) {
            var items: [Int32] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try buffer.readKafkaInteger(as: Int32.self))
            }
            self.replicas = items
        } else {
            throw .unexpectedNull(field: "replicas")
        }
        if let count = try buffer.readKafkaArrayCount(compact: true) {
            var items: [Int32] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try buffer.readKafkaInteger(as: Int32.self))
            }
            self.isr = items
        } else {
            throw .unexpectedNull(field: "isr")
        }
        if let count = try buffer.readKafkaArrayCount(compact: true) {
            var items: [Int32] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try buffer.readKafkaInteger(as: Int32.self))
            }
            self.removingReplicas = items
        } else {
            throw .unexpectedNull(field: "removingReplicas")
        }
        if let count = try buffer.readKafkaArrayCount(compact: true) {
            var items: [Int32] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                items.append(try buffer.readKafkaInteger(as: Int32.self))
            }
            self.addingReplicas = items
        } else {
            throw .unexpectedNull(field: "addingReplicas")
        }
        self.leader = try buffer.readKafkaInteger(as: Int32.self)
        self.leaderEpoch = try buffer.readKafkaInteger(as: Int32.self)
        self.partitionEpoch = try buffer.readKafkaInteger(as: Int32.self)
        if version >= 1 {
            if let count = try buffer.readKafkaArrayCount(compact: true) {
                var items: [KafkaUUID] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    items.append(try buffer.readKafkaUUID())
                }
                self.directories = items
            } else {
                throw .unexpectedNull(field: "directories")
            }
        }
        try buffer.readTaggedFields { (tag: UInt32, field: inout ByteBuffer) throws(KafkaProtocolError) in
            switch tag {
            case 0:
                self.leaderRecoveryState = try field.readKafkaInteger(as: Int8.self)
            case 1 where version >= 2:
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
            case 2 where version >= 2:
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
            throw .unsupportedVersion(message: "PartitionRecord", version: version)
        }
        buffer.writeInteger(self.partitionId, as: Int32.self)
        buffer.writeKafkaUUID(self.topicId)
        try buffer.writeKafkaArrayCount(self.replicas.count, compact: true)
        for element in self.replicas {
            buffer.writeInteger(element, as: Int32.self)
        }
        try buffer.writeKafkaArrayCount(self.isr.count, compact: true)
        for element in self.isr {
            buffer.writeInteger(element, as: Int32.self)
        }
        try buffer.writeKafkaArrayCount(self.removingReplicas.count, compact: true)
        for element in self.removingReplicas {
            buffer.writeInteger(element, as: Int32.self)
        }
        try buffer.writeKafkaArrayCount(self.addingReplicas.count, compact: true)
        for element in self.addingReplicas {
            buffer.writeInteger(element, as: Int32.self)
        }
        buffer.writeInteger(self.leader, as: Int32.self)
        buffer.writeInteger(self.leaderEpoch, as: Int32.self)
        buffer.writeInteger(self.partitionEpoch, as: Int32.self)
        if version >= 1 {
            try buffer.writeKafkaArrayCount(self.directories.count, compact: true)
            for element in self.directories {
                buffer.writeKafkaUUID(element)
            }
        } else if !self.directories.isEmpty {
            throw .fieldNotSupported(field: "directories", message: "PartitionRecord", version: version)
        }
        if !(version >= 2) && self.eligibleLeaderReplicas != nil {
            throw .fieldNotSupported(field: "eligibleLeaderReplicas", message: "PartitionRecord", version: version)
        }
        if !(version >= 2) && self.lastKnownElr != nil {
            throw .fieldNotSupported(field: "lastKnownElr", message: "PartitionRecord", version: version)
        }
        var taggedFields: [RawTaggedField] = []
        if self.leaderRecoveryState != 0 {
            var field = ByteBuffer()
            field.writeInteger(self.leaderRecoveryState, as: Int8.self)
            taggedFields.append(RawTaggedField(tag: 0, data: field))
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
            taggedFields.append(RawTaggedField(tag: 1, data: field))
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
            taggedFields.append(RawTaggedField(tag: 2, data: field))
        }
        buffer.writeTaggedFields(known: taggedFields, unknown: self.unknownTaggedFields)
    }
}
