import NIOCore

/// ApiVersions: the versions this listener really serves (derived from every handler's declaration,
/// never a hand-kept list) and the finalized features of the current metadata image.
package struct ApiVersionsHandler: ApiHandler {
    /// Every API served on the listener, ApiVersions itself included.
    private let supported: @Sendable () -> [ApiKey: ClosedRange<Int16>]
    private let metadataCache: MetadataCache

    package init(metadataCache: MetadataCache, supported: @escaping @Sendable () -> [ApiKey: ClosedRange<Int16>]) {
        self.metadataCache = metadataCache
        self.supported = supported
    }

    package var versions: [ApiKey: ClosedRange<Int16>] { [.apiVersions: ApiVersionsRequest.validVersions] }

    /// `metadata.version` levels this broker can run (Kafka 3.3-IV3 = 7 … 4.0-IV3 = 25).
    package static let supportedMetadataVersions: ClosedRange<Int16> = 7...25

    package func handle(_ request: any KafkaRequestMessage, context: RequestContext) async -> HandlerResult {
        guard let request = request as? ApiVersionsRequest else { return .close }
        var response = ApiVersionsResponse()
        response.apiKeys = Self.apiVersionList(supported())
        if context.apiVersion >= 3 && !Self.isValidSoftwareField(request.clientSoftwareName)
            || context.apiVersion >= 3 && !Self.isValidSoftwareField(request.clientSoftwareVersion)
        {
            response.errorCode = ErrorCode.invalidRequest.rawValue
            return .response(response)
        }
        let image = metadataCache.image
        var metadataVersion = ApiVersionsResponse.SupportedFeatureKey()
        metadataVersion.name = "metadata.version"
        metadataVersion.minVersion = Self.supportedMetadataVersions.lowerBound
        metadataVersion.maxVersion = Self.supportedMetadataVersions.upperBound
        response.supportedFeatures = [metadataVersion]
        response.finalizedFeaturesEpoch = image.offset
        response.finalizedFeatures = image.features.sorted { $0.key < $1.key }.map {
            var feature = ApiVersionsResponse.FinalizedFeatureKey()
            feature.name = $0.key
            feature.maxVersionLevel = $0.value
            feature.minVersionLevel = $0.value
            return feature
        }
        return .response(response)
    }

    /// The ApiVersions entries for a version table, by API key.
    package static func apiVersionList(_ versions: [ApiKey: ClosedRange<Int16>]) -> [ApiVersionsResponse.ApiVersion] {
        versions.sorted { $0.key.rawValue < $1.key.rawValue }.map {
            var entry = ApiVersionsResponse.ApiVersion()
            entry.apiKey = $0.key.rawValue
            entry.minVersion = $0.value.lowerBound
            entry.maxVersion = $0.value.upperBound
            return entry
        }
    }

    /// Kafka's rule for client software name and version (KIP-511): `[a-zA-Z0-9](?:[a-zA-Z0-9\-.]*[a-zA-Z0-9])?`.
    static func isValidSoftwareField(_ value: String) -> Bool {
        let bytes = Array(value.utf8)
        guard let first = bytes.first, let last = bytes.last else { return false }
        func alnum(_ c: UInt8) -> Bool { (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) }
        return alnum(first) && alnum(last) && bytes.allSatisfy { alnum($0) || $0 == 45 || $0 == 46 }
    }
}
