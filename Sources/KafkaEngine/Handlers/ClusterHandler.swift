/// DescribeCluster: the cluster id, the live brokers on the request's listener (or the controllers,
/// when v1 asks for them) and the controller id as Kafka reports it to clients.
package struct ClusterHandler: ApiHandler {
    private let nodeId: Int32
    private let metadataCache: MetadataCache
    /// This node's advertised controller endpoints, for `endpointType` 2 (v1).
    private let controllerEndpoints: [BrokerRegistration.Endpoint]

    package init(nodeId: Int32, metadataCache: MetadataCache, controllerEndpoints: [BrokerRegistration.Endpoint]) {
        self.nodeId = nodeId
        self.metadataCache = metadataCache
        self.controllerEndpoints = controllerEndpoints
    }

    package var versions: [ApiKey: ClosedRange<Int16>] { [.describeCluster: DescribeClusterRequest.validVersions] }

    package func handle(_ request: any KafkaRequestMessage, context: RequestContext) async -> HandlerResult {
        guard let request = request as? DescribeClusterRequest else { return .close }
        let image = metadataCache.image
        var response = DescribeClusterResponse()
        response.clusterId = image.clusterId
        response.endpointType = request.endpointType
        switch request.endpointType {
        case 1:
            response.brokers = image.liveBrokers(listener: context.connection.listenerName).map { live in
                var broker = DescribeClusterResponse.DescribeClusterBroker()
                broker.brokerId = live.broker.id
                broker.host = live.endpoint.host
                broker.port = live.endpoint.port
                broker.rack = live.broker.rack
                return broker
            }
            response.controllerId = MetadataImage.clientVisibleControllerId(
                preferred: nodeId, live: response.brokers.map(\.brokerId))
        case 2 where context.apiVersion >= 1:
            // This node is the only controller a single-voter quorum has.
            response.brokers = controllerEndpoints.prefix(1).map { endpoint in
                var broker = DescribeClusterResponse.DescribeClusterBroker()
                broker.brokerId = nodeId
                broker.host = endpoint.host
                broker.port = endpoint.port
                return broker
            }
            response.controllerId = nodeId
        default:
            response.errorCode = ErrorCode.unsupportedEndpointType.rawValue
            response.errorMessage = "Unsupported endpoint type \(request.endpointType)"
        }
        if request.includeClusterAuthorizedOperations {
            response.clusterAuthorizedOperations = MetadataHandler.allClusterOperations
        }
        return .response(response)
    }
}
