// Generated from storage/ProducerSnapshot.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

extension ProducerSnapshot: KafkaJSONConvertible {
    /// Kafka's `JsonConverter.write` for this schema at `version`.
    package func writeJSON(to json: inout KafkaJSONWriter, version: Int16) {
        json.beginObject()
        json.key("crc")
        json.integer(self.crc)
        json.key("producerEntries")
        json.beginArray()
        for element in self.producerEntries {
            element.writeJSON(to: &json, version: version)
        }
        json.endArray()
        json.endObject()
    }
}

extension ProducerSnapshot.ProducerEntry: KafkaJSONConvertible {
    /// Kafka's `JsonConverter.write` for this schema at `version`.
    package func writeJSON(to json: inout KafkaJSONWriter, version: Int16) {
        json.beginObject()
        json.key("producerId")
        json.integer(self.producerId)
        json.key("epoch")
        json.integer(self.epoch)
        json.key("lastSequence")
        json.integer(self.lastSequence)
        json.key("lastOffset")
        json.integer(self.lastOffset)
        json.key("offsetDelta")
        json.integer(self.offsetDelta)
        json.key("timestamp")
        json.integer(self.timestamp)
        json.key("coordinatorEpoch")
        json.integer(self.coordinatorEpoch)
        json.key("currentTxnFirstOffset")
        json.integer(self.currentTxnFirstOffset)
        json.endObject()
    }
}
