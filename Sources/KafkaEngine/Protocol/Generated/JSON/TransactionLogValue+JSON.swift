// Generated from transaction/TransactionLogValue.json in Kafka's message definitions by bin/regenerate. Do not edit.

import NIOCore

extension TransactionLogValue: KafkaJSONConvertible {
    /// Kafka's `JsonConverter.write` for this schema at `version`.
    package func writeJSON(to json: inout KafkaJSONWriter, version: Int16) {
        json.beginObject()
        json.key("producerId")
        json.integer(self.producerId)
        if version >= 1 {
            if self.previousProducerId != -1 {
                json.key("previousProducerId")
                json.integer(self.previousProducerId)
            }
        }
        if version >= 1 {
            if self.nextProducerId != -1 {
                json.key("nextProducerId")
                json.integer(self.nextProducerId)
            }
        }
        json.key("producerEpoch")
        json.integer(self.producerEpoch)
        json.key("transactionTimeoutMs")
        json.integer(self.transactionTimeoutMs)
        json.key("transactionStatus")
        json.integer(self.transactionStatus)
        json.key("transactionPartitions")
        if let value = self.transactionPartitions {
            json.beginArray()
            for element in value {
                element.writeJSON(to: &json, version: version)
            }
            json.endArray()
        } else {
            json.null()
        }
        json.key("transactionLastUpdateTimestampMs")
        json.integer(self.transactionLastUpdateTimestampMs)
        json.key("transactionStartTimestampMs")
        json.integer(self.transactionStartTimestampMs)
        if version >= 1 {
            if self.clientTransactionVersion != 0 {
                json.key("clientTransactionVersion")
                json.integer(self.clientTransactionVersion)
            }
        }
        json.endObject()
    }
}

extension TransactionLogValue.PartitionsSchema: KafkaJSONConvertible {
    /// Kafka's `JsonConverter.write` for this schema at `version`.
    package func writeJSON(to json: inout KafkaJSONWriter, version: Int16) {
        json.beginObject()
        json.key("topic")
        json.string(self.topic)
        json.key("partitionIds")
        json.beginArray()
        for element in self.partitionIds {
            json.integer(element)
        }
        json.endArray()
        json.endObject()
    }
}
