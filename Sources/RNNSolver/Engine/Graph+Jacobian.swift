import RNNMath

/// Jacobians of non-scalar nodes, one reverse sweep per output element.
extension Graph {
    /// `∂y/∂x` in numerator layout: row i is the gradient of the i-th element of `y`, column j
    /// refers to the j-th element of `x` (elements counted row-major). For column vectors this
    /// is the usual `J[i][j] = ∂yᵢ/∂xⱼ`.
    ///
    ///     // h = W·x with W 2×2 constant: jacobian(of: h, withRespectTo: x) = W
    ///
    /// - Throws: `GraphError.operation` when a gradient rule fails.
    package func jacobian(of y: NodeID, withRespectTo x: NodeID) throws(GraphError) -> Matrix {
        let output = value(y)
        let count = output.count
        var rows: [Scalar] = []
        rows.reserveCapacity(count * value(x).count)
        for i in 0..<count {
            let gradients = try backward(from: y, seed: try oneHot(i, shapedLike: output))
            rows.append(contentsOf: gradients[x].elements)
        }
        do {
            return try Matrix(rows: count, cols: value(x).count, elements: rows)
        } catch {
            throw .operation(op: "jacobian", error: error)
        }
    }

    /// The matrix of `template`'s shape with 1 at row-major position `index` and 0 elsewhere.
    private func oneHot(_ index: Int, shapedLike template: Matrix) throws(GraphError) -> Matrix {
        var elements = [Scalar](repeating: .zero, count: template.count)
        elements[index] = .one
        do {
            return try Matrix(rows: template.rows, cols: template.cols, elements: elements)
        } catch {
            throw .operation(op: "jacobian", error: error)
        }
    }
}
