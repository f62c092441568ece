import RNNMath

/// The gradients of one scalar output with respect to the nodes of a graph.
///
/// `gradients[id]` has the shape of `id`'s value; it is the zero matrix for nodes the output
/// does not depend on.
package struct Gradients: Sendable {
    /// Accumulated gradients, indexed by node; `nil` where nothing arrived.
    private let storage: [Matrix?]
    /// The numpy shapes of the nodes' values (leading axes included), for zero gradients.
    private let shapes: [[Int]]

    /// Wraps accumulated gradients and the node shapes.
    init(storage: [Matrix?], shapes: [[Int]]) {
        self.storage = storage
        self.shapes = shapes
    }

    /// `∂output/∂id`, in the shape of `id`'s value (zeros when the output does not depend on it).
    ///
    /// - Precondition: `id` belongs to the graph these gradients came from.
    package subscript(id: NodeID) -> Matrix {
        storage[id.index] ?? Matrix.zeros(shape: shapes[id.index])
    }

    /// Whether the output depends on `id` through the graph.
    package func reached(_ id: NodeID) -> Bool { storage[id.index] != nil }
}
