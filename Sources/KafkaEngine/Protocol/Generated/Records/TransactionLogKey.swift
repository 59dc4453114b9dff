// Generated from transaction/TransactionLogKey.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

/// TransactionLogKey, a record schema, versions 0, flexible none.
package struct TransactionLogKey: KafkaMessage {
    package static let validVersions: ClosedRange<Int16> = 0...0
    package static let firstFlexibleVersion: Int16? = nil

    package var transactionalId: String = ""

    package init() {}

    package init(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "TransactionLogKey", version: version)
        }
        self.transactionalId = try buffer.readKafkaString(compact: false, field: "transactionalId")
    }

    package func write(to buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) {
        guard Self.validVersions.contains(version) else {
            throw .unsupportedVersion(message: "TransactionLogKey", version: version)
        }
        try buffer.writeKafkaString(self.transactionalId, compact: false)
    }
}
