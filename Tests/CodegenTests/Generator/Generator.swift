import Foundation

/// Turns Kafka's JSON definitions into the committed Swift sources: one file per definition under
/// `Sources/KafkaEngine/Protocol/Generated/` (plus its JSON form under `JSON/` for the record
/// schemas), the `ApiKey` table, and the randomized-value
/// factories the round-trip tests use (`Tests/KafkaEngineTests/Generated/`).
enum ProtocolGenerator {
    static let sourcesDir = "Sources/KafkaEngine/Protocol/Generated"
    static let testsDir = "Tests/KafkaEngineTests/Generated"

    /// Relative path → file contents, for everything the generator owns.
    static func generate(specDir: URL) throws -> [String: String] {
        let specs = try SpecLoader.load(specDir: specDir)
        var files: [String: String] = [:]
        for spec in specs {
            let folder: String
            switch spec.kind {
            case .request, .response: folder = "Messages"
            case .header: folder = "Headers"
            case .metadata: folder = "MetadataRecords"
            case .data: folder = "Records"
            }
            files["\(sourcesDir)/\(folder)/\(spec.name).swift"] = SwiftEmitter(spec: spec).emitFile()
            // Record schemas also get Kafka's JSON form (what kafka-dump-log's decoders print).
            if spec.kind == .data || spec.kind == .metadata {
                files["\(sourcesDir)/JSON/\(spec.name)+JSON.swift"] = JSONEmitter(spec: spec).emitFile()
            }
        }
        files["\(sourcesDir)/ApiKey.swift"] = try emitApiKey(specs)
        files["\(sourcesDir)/MetadataRecordType.swift"] = emitMetadataRecordTypes(specs)
        files["\(testsDir)/RandomMessages.swift"] = RandomEmitter.emit(specs)
        return files
    }

    // MARK: ApiKey

    static func emitApiKey(_ specs: [MessageSpec]) throws -> String {
        let requests = specs.filter { $0.kind == .request }.sorted { $0.apiKey! < $1.apiKey! }
        let responses = Dictionary(uniqueKeysWithValues: specs.filter { $0.kind == .response }.map { ($0.apiKey!, $0) })
        var w = CodeWriter()
        w.line("// Generated from Kafka's message definitions by bin/regenerate. Do not edit.")
        w.line()
        w.line("import NIOCore")
        w.line()
        w.line("/// Every Kafka API, with the message types and versions its specification defines.")
        w.block("package enum ApiKey: Int16, Sendable, CaseIterable, CustomStringConvertible") { w in
            for r in requests {
                w.line("case \(Naming.apiCase(r.name)) = \(r.apiKey!)")
            }
            w.line()
            w.line("/// Kafka's name for the API (`Produce`, `ApiVersions`, …).")
            w.block("package var name: String") { w in
                w.switchBlock("self") { w in
                    for r in requests {
                        w.line("case .\(Naming.apiCase(r.name)): \"\(r.name.dropLast("Request".count))\"")
                    }
                }
            }
            w.line()
            w.line("package var description: String { name }")
            w.line()
            w.line("/// The versions Kafka's specification defines (the broker serves a subset).")
            w.block("package var validVersions: ClosedRange<Int16>") { w in
                w.switchBlock("self") { w in
                    for r in requests {
                        w.line("case .\(Naming.apiCase(r.name)): \(r.validVersions.lowest)...\(r.validVersions.highest)")
                    }
                }
            }
            w.line()
            w.line("/// Whether Kafka marks the newest version as still unstable (not advertised by default).")
            w.block("package var latestVersionUnstable: Bool") { w in
                let unstable = requests.filter { $0.latestVersionUnstable }
                if unstable.isEmpty {
                    w.line("false")
                } else {
                    w.switchBlock("self") { w in
                        w.line("case " + unstable.map { ".\(Naming.apiCase($0.name))" }.joined(separator: ", ") + ": true")
                        w.line("default: false")
                    }
                }
            }
            w.line()
            w.line("/// The listeners the API is served on (`broker`, `controller`, `zkBroker`).")
            w.block("package var listeners: [String]") { w in
                w.switchBlock("self") { w in
                    for r in requests {
                        let l = r.listeners.map { "\"\($0)\"" }.joined(separator: ", ")
                        w.line("case .\(Naming.apiCase(r.name)): [\(l)]")
                    }
                }
            }
            w.line()
            w.line("/// The first flexible version, nil if the API has none.")
            w.block("package var firstFlexibleVersion: Int16?") { w in
                w.switchBlock("self") { w in
                    for r in requests {
                        let f = r.flexibleVersions.isEmpty ? "nil" : "\(r.flexibleVersions.lowest)"
                        w.line("case .\(Naming.apiCase(r.name)): \(f)")
                    }
                }
            }
            w.line()
            w.line("/// Request header version for `apiVersion`: 2 when flexible, else 1; ControlledShutdown v0 uses 0.")
            w.block("package func requestHeaderVersion(apiVersion: Int16) -> Int16") { w in
                w.line("if self == .controlledShutdown && apiVersion == 0 { return 0 }")
                w.line("guard let first = firstFlexibleVersion, apiVersion >= first else { return 1 }")
                w.line("return 2")
            }
            w.line()
            w.line("/// Response header version: 1 when flexible, else 0; ApiVersions always uses 0 so that")
            w.line("/// a client that does not know the broker's versions can read it.")
            w.block("package func responseHeaderVersion(apiVersion: Int16) -> Int16") { w in
                w.line("if self == .apiVersions { return 0 }")
                w.line("guard let first = firstFlexibleVersion, apiVersion >= first else { return 0 }")
                w.line("return 1")
            }
            w.line()
            w.block("package var requestType: any KafkaRequestMessage.Type") { w in
                w.switchBlock("self") { w in
                    for r in requests { w.line("case .\(Naming.apiCase(r.name)): \(r.name).self") }
                }
            }
            w.line()
            w.block("package var responseType: any KafkaResponseMessage.Type") { w in
                w.switchBlock("self") { w in
                    for r in requests {
                        guard let resp = responses[r.apiKey!] else { continue }
                        w.line("case .\(Naming.apiCase(r.name)): \(resp.name).self")
                    }
                }
            }
            w.line()
            w.line("/// Decodes a request body of this API at `version`.")
            w.block(
                "package func decodeRequest(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) -> any KafkaRequestMessage"
            ) { w in
                w.switchBlock("self") { w in
                    for r in requests {
                        w.line("case .\(Naming.apiCase(r.name)): try \(r.name)(from: &buffer, version: version)")
                    }
                }
            }
            w.line()
            w.line("/// Decodes a response body of this API at `version`.")
            w.block(
                "package func decodeResponse(from buffer: inout ByteBuffer, version: Int16) throws(KafkaProtocolError) -> any KafkaResponseMessage"
            ) { w in
                w.switchBlock("self") { w in
                    for r in requests {
                        guard let resp = responses[r.apiKey!] else { continue }
                        w.line("case .\(Naming.apiCase(r.name)): try \(resp.name)(from: &buffer, version: version)")
                    }
                }
            }
        }
        for r in requests where responses[r.apiKey!] == nil {
            throw SpecError("no response for \(r.name)")
        }
        return w.text
    }

    static func emitMetadataRecordTypes(_ specs: [MessageSpec]) -> String {
        let records = specs.filter { $0.kind == .metadata }.sorted { $0.apiKey! < $1.apiKey! }
        var w = CodeWriter()
        w.line("// Generated from Kafka's metadata record definitions by bin/regenerate. Do not edit.")
        w.line()
        w.line("import NIOCore")
        w.line()
        w.line("/// The record types of the `__cluster_metadata` log (the `apiKey` of each metadata record schema).")
        w.block("package enum MetadataRecordType: Int16, Sendable, CaseIterable") { w in
            for r in records { w.line("case \(Naming.property(r.name)) = \(r.apiKey!)") }
            w.line()
            w.block("package var recordType: any KafkaMessage.Type") { w in
                w.switchBlock("self") { w in
                    for r in records { w.line("case .\(Naming.property(r.name)): \(r.name).self") }
                }
            }
            w.line()
            w.block("package var name: String") { w in
                w.switchBlock("self") { w in
                    for r in records { w.line("case .\(Naming.property(r.name)): \"\(r.name)\"") }
                }
            }
        }
        return w.text
    }
}

/// Emits `random(version:using:)` for every message and struct: values only in fields the version
/// has, null only where the version allows it, and now and then unknown tagged fields.
enum RandomEmitter {
    static func emit(_ specs: [MessageSpec]) -> String {
        var w = CodeWriter()
        w.line("// Generated from Kafka's message definitions by bin/regenerate. Do not edit.")
        w.line()
        w.line("import NIOCore")
        w.line()
        w.line("@testable import KafkaEngine")
        w.line()
        w.line("/// Every generated message type, for the round-trip tests.")
        w.line("let allGeneratedMessageTypes: [any RandomizableMessage.Type] = [")
        w.indent { w in
            for s in specs { w.line("\(s.name).self,") }
        }
        w.line("]")
        for spec in specs {
            let emitter = SwiftEmitter(spec: spec)
            let ctx = VersionContext(within: spec.validVersions, flexible: spec.flexibleVersions)
            w.line()
            w.block("extension \(spec.name): RandomizableMessage") { w in
                emitRandom(&w, emitter: emitter, typeName: "Self", fields: spec.fields, ctx: ctx)
            }
            for s in spec.structs {
                let sctx = VersionContext(
                    within: s.versions.isEmpty ? spec.validVersions : s.versions, flexible: spec.flexibleVersions)
                w.line()
                w.block("extension \(spec.name).\(s.name)") { w in
                    emitRandom(&w, emitter: emitter, typeName: "Self", fields: s.fields, ctx: sctx)
                }
            }
        }
        return w.text
    }

    static func emitRandom(_ w: inout CodeWriter, emitter: SwiftEmitter, typeName: String, fields: [FieldSpec], ctx: VersionContext) {
        w.block("static func random(version: Int16, using rng: inout TestRandom) -> Self") { w in
            w.line("var m = Self()")
            for f in fields {
                let cond = ctx.condition(f.versions)
                if cond == "false" { continue }
                let target = "m.\(Naming.property(f.name))"
                let body: (inout CodeWriter) -> Void = { w in
                    let expr = valueExpr(f.type, emitter: emitter)
                    if f.isNullableAnywhere {
                        let nc = ctx.condition(f.nullableVersions.intersect(f.versions))
                        if nc == "false" {
                            w.line("\(target) = \(expr)")
                        } else {
                            let allowed = nc == "true" ? "" : "\(nc) && "
                            w.line("\(target) = \(allowed)rng.coin() ? nil : \(expr)")
                        }
                    } else {
                        w.line("\(target) = \(expr)")
                    }
                }
                if cond == "true" { body(&w) } else { w.block("if \(cond)", body) }
            }
            if ctx.anyFlexible {
                let fc = ctx.condition(ctx.flexible)
                w.line("if \(fc == "true" ? "" : "\(fc) && ")rng.coin() { m.unknownTaggedFields = rng.unknownTaggedFields() }")
            }
            w.line("return m")
        }
    }

    static func valueExpr(_ t: FieldType, emitter: SwiftEmitter) -> String {
        switch t {
        case .bool: "rng.coin()"
        case .int8, .int16, .int32, .int64, .uint16, .uint32: "rng.integer(\(emitter.baseType(t)).self)"
        case .float64: "rng.double()"
        case .string: "rng.string()"
        case .bytes, .records: "rng.bytes()"
        case .uuid: "rng.uuid()"
        case .structure(let n): "\(emitter.spec.name).\(n).random(version: version, using: &rng)"
        case .array(let e): "(0..<rng.count()).map { _ in \(valueExpr(e, emitter: emitter)) }"
        }
    }
}
