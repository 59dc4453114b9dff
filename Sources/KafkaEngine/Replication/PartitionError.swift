/// Why a partition refused an operation, with the error code the response carries (Kafka's
/// `ApiException` subclasses as `Errors`). `recordErrors` are the records a leader refused
/// (INVALID_RECORD / INVALID_TIMESTAMP), which ProduceResponse v8+ lists.
package struct PartitionError: Error, Equatable, Sendable, CustomStringConvertible {
    package var code: ErrorCode
    package var message: String
    package var recordErrors: [RecordError]

    package init(_ code: ErrorCode, _ message: String, recordErrors: [RecordError] = []) {
        self.code = code
        self.message = message
        self.recordErrors = recordErrors
    }

    /// The log's refusal, mapped to the code Kafka answers with.
    package init(_ error: LogError) {
        switch error {
        case .recordErrors(let code, let message, let records):
            self.init(code, message, recordErrors: records)
        default:
            self.init(error.code, error.description)
        }
    }

    package var description: String { "\(code.name): \(message)" }
}
