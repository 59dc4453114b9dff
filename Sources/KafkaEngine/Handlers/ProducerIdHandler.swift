/// InitProducerId for idempotent producers: a fresh producer id at epoch 0 for every request without
/// a transactional id (Kafka does the same, also when the client names its previous id). Requests
/// with a transactional id need the transaction coordinator, which this broker does not run yet:
/// they get `COORDINATOR_NOT_AVAILABLE`, the answer Kafka gives while `__transaction_state` is absent.
package struct ProducerIdHandler: ApiHandler {
    private let producerIds: ProducerIdManager

    package init(producerIds: ProducerIdManager) {
        self.producerIds = producerIds
    }

    package var versions: [ApiKey: ClosedRange<Int16>] { [.initProducerId: InitProducerIdRequest.validVersions] }

    package func handle(_ request: any KafkaRequestMessage, context: RequestContext) async -> HandlerResult {
        guard let request = request as? InitProducerIdRequest else { return .close }
        var response = InitProducerIdResponse()
        if let transactionalId = request.transactionalId, !transactionalId.isEmpty {
            response.errorCode = ErrorCode.coordinatorNotAvailable.rawValue
            return .response(response)
        }
        switch await producerIds.generateProducerId() {
        case .success(let id):
            response.producerId = id
            response.producerEpoch = 0
        case .failure(let error):
            response.errorCode = error.rawValue
        }
        return .response(response)
    }
}
