import Testing

@testable import KafkaEngine

@Suite(.timeLimit(.minutes(2))) struct ManyConnectionsTests {
    @Test func aThousandConcurrentConnectionsThenBackToBaseline() async throws {
        let count = 1_000
        let baseline = openDescriptorCount()
        try await withServer(configure: { $0.listenBacklogSize = 1_024 }) { server in
            let port = server.plaintextPort
            let connections = try await withThrowingTaskGroup(of: BrokerConnection.self) { group in
                for _ in 0..<count {
                    group.addTask {
                        let connection = try await BrokerConnection.connect(host: "127.0.0.1", port: port)
                        let response = try await connection.send(ApiVersionsRequest(), version: 3)
                        #expect(response.errorCode == 0)
                        return connection
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            // All held open at once.
            #expect(connections.count == count)
            #expect(server.connectionCount == count)
            #expect(serverSideSockets(port: port) == count)

            await withTaskGroup(of: Void.self) { group in
                for connection in connections { group.addTask { await connection.close() } }
            }
            _ = try await eventually { server.connectionCount == 0 && serverSideSockets(port: port) == 0 ? true : nil }
        }
        // Other suites run in parallel and hold a few descriptors of their own.
        let after = try await eventually { openDescriptorCount() <= baseline + 32 ? openDescriptorCount() : nil }
        #expect(after <= baseline + 32, "descriptors: \(baseline) before, \(after) after")
    }
}
