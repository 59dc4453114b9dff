/// CreateTopics, DeleteTopics and CreatePartitions: each is answered by the active controller,
/// which replies once the records are committed (so the broker's metadata image already has the
/// change when the client hears back).
package struct TopicsHandler: ApiHandler {
    package let controller: QuorumController

    package init(controller: QuorumController) {
        self.controller = controller
    }

    package var versions: [ApiKey: ClosedRange<Int16>] {
        [
            .createTopics: ApiKey.createTopics.validVersions,
            .deleteTopics: ApiKey.deleteTopics.validVersions,
            .createPartitions: ApiKey.createPartitions.validVersions,
        ]
    }

    package func handle(_ request: any KafkaRequestMessage, context: RequestContext) async -> HandlerResult {
        let version = context.apiVersion
        switch request {
        case let request as CreateTopicsRequest:
            return .response(await controller.createTopics(request, version: version))
        case let request as DeleteTopicsRequest:
            return .response(await controller.deleteTopics(request, version: version))
        case let request as CreatePartitionsRequest:
            return .response(await controller.createPartitions(request, version: version))
        default:
            return .close
        }
    }
}
