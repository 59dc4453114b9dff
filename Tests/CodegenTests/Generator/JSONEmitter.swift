import Foundation

// Emits Kafka's `<Name>JsonConverter.write` for the record schemas (`data` and `metadata`
// definitions): the JSON that kafka-dump-log's decoders print. Field names are the spec's names
// with the first letter lowered (Kafka's `camelCaseName`), fields appear in spec order, a field
// is written only in the versions that have it, and a tagged field only when it differs from its
// default.

struct JSONEmitter {
    let emitter: SwiftEmitter
    var spec: MessageSpec { emitter.spec }

    init(spec: MessageSpec) {
        self.emitter = SwiftEmitter(spec: spec)
    }

    /// Kafka's `MessageGenerator.lowerCaseFirst`.
    static func jsonName(_ name: String) -> String {
        guard let first = name.first else { return name }
        return first.lowercased() + name.dropFirst()
    }

    func emitFile() -> String {
        var w = CodeWriter()
        w.line("// Generated from \(spec.sourceFile) in Kafka's message definitions by bin/regenerate. Do not edit.")
        w.line()
        w.line("import NIOCore")
        w.line()
        let ctx = VersionContext(within: spec.validVersions, flexible: spec.flexibleVersions)
        emitExtension(&w, typeName: spec.name, fields: spec.fields, ctx: ctx)
        for s in spec.structs {
            w.line()
            let sctx = VersionContext(
                within: s.versions.isEmpty ? spec.validVersions : s.versions, flexible: spec.flexibleVersions)
            emitExtension(&w, typeName: "\(spec.name).\(s.name)", fields: s.fields, ctx: sctx)
        }
        return w.text
    }

    func emitExtension(_ w: inout CodeWriter, typeName: String, fields: [FieldSpec], ctx: VersionContext) {
        w.block("extension \(typeName): KafkaJSONConvertible") { w in
            w.line("/// Kafka's `JsonConverter.write` for this schema at `version`.")
            w.block("package func writeJSON(to json: inout KafkaJSONWriter, version: Int16)") { w in
                w.line("json.beginObject()")
                for f in fields {
                    let present = ctx.condition(f.versions)
                    if present == "false" { continue }
                    let body: (inout CodeWriter) -> Void = { w in emitField(&w, f, ctx: ctx) }
                    if present == "true" { body(&w) } else { w.block("if \(present)", body) }
                }
                w.line("json.endObject()")
            }
        }
    }

    func emitField(_ w: inout CodeWriter, _ f: FieldSpec, ctx: VersionContext) {
        let value = "self.\(Naming.property(f.name))"
        let write: (inout CodeWriter) -> Void = { w in
            w.line("json.key(\"\(Self.jsonName(f.name))\")")
            emitValue(&w, f.type, value, nullable: f.isNullableAnywhere)
        }
        guard f.isTaggedAnywhere else {
            write(&w)
            return
        }
        // Relative to the versions that have the field, as the caller already tested those.
        let present = VersionContext(within: ctx.within.intersect(f.versions), flexible: ctx.flexible)
        let tagged = present.condition(f.taggedFieldVersions)
        let nonDefault = emitter.differsFromDefault(f, value)
        switch tagged {
        case "false":
            write(&w)
        case "true":
            w.block("if \(nonDefault)", write)
        default:
            w.block("if !(\(tagged)) || \(nonDefault)", write)
        }
    }

    func emitValue(_ w: inout CodeWriter, _ type: FieldType, _ value: String, nullable: Bool) {
        if nullable {
            w.block("if let value = \(value)") { w in emitValue(&w, type, "value", nullable: false) }
            w.block("else") { w in w.line("json.null()") }
            return
        }
        switch type {
        case .bool: w.line("json.bool(\(value))")
        case .int8, .int16, .int32, .int64, .uint16, .uint32: w.line("json.integer(\(value))")
        case .float64: w.line("json.double(\(value))")
        case .string: w.line("json.string(\(value))")
        case .bytes, .records: w.line("json.base64(\(value))")
        case .uuid: w.line("json.string(\(value).description)")
        case .structure: w.line("\(value).writeJSON(to: &json, version: version)")
        case .array(let element):
            w.line("json.beginArray()")
            w.block("for element in \(value)") { w in emitValue(&w, element, "element", nullable: false) }
            w.line("json.endArray()")
        }
    }
}
