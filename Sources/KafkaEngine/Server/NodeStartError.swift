/// Why a node could not start: one line for the operator.
package struct NodeStartError: Error, CustomStringConvertible {
    package var description: String

    package init(_ description: String) {
        self.description = description
    }
}
