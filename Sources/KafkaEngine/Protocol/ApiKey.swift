// Placeholder until the generator writes Generated/ApiKey.swift.
package enum ApiKey: Int16, Sendable { case produce = 0 }
