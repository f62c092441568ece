import RNNExpr
import RNNMath

/// `sum`, `mean`, `max`, `min` with `axis=`, and `softmax`/`log_softmax`, on arrays of rank 3
/// and more, as numpy computes them: along numpy axis k (negative counted from the end; the last
/// axis for `softmax` and `log_softmax` when none is given). Each is built from the rank-2
/// primitives: the lines along the axis are gathered as the rows of a matrix, the rank-2
/// operation runs along those rows, and a second gather lays the result out in numpy's shape,
/// so gradients pass through unchanged rules.
extension FunctionCall {
    /// The numpy axis given with `axis=` for `value` (rank 3 or more), from 0 to rank − 1, or nil
    /// when none is given.
    func stackedAxis(of value: Matrix) throws(SolverError) -> Int? {
        guard let word = labelled("axis") else { return nil }
        let rank = value.rank
        guard let axis = Int(word), (-rank..<rank).contains(axis) else {
            throw SolverError("axis must be a whole number from \(-rank) to \(rank - 1) for an array of shape \(value.shapeText), not \(word)", range: range)
        }
        return axis < 0 ? axis + rank : axis
    }

    /// `sum(a, axis=k)` / `mean(a, axis=k)` of an array with leading axes: numpy's shape without
    /// axis k (with `keepdims=true`, k kept with size 1).
    func stackedReduction(_ a: NodeID, axis: Int, mean: Bool) throws(SolverError) -> NodeID {
        let value = graph.value(a)
        let (rows, lines) = try linesAsRows(a, axis: axis)
        let length = value.shape[axis]
        let ones = graph.constant(.ones(length, 1), label: "1")
        let column = try builder.wrap(range) { () throws(GraphError) in try graph.matmul(rows, ones) }
        let shape = reducedShape(value.shape, axis: axis)
        let total = try builder.wrap(range) { () throws(GraphError) in try graph.gather(column, offsets: Array(lines.indices), shape: shape) }
        guard mean else { return total }
        guard length > 0 else { throw SolverError("mean of an empty matrix", range: range) }
        let divisor = graph.constant(.scalar(Scalar(length)), label: "\(length)")
        return try builder.wrap(range) { () throws(GraphError) in try graph.divide(total, divisor) }
    }

    /// `max(a, axis=k)` / `min(a, axis=k)` of an array with leading axes: the first largest
    /// (smallest) element of each line, gathered so that its gradient goes to that element only.
    func stackedExtremum(_ a: NodeID, axis: Int, max isMax: Bool) throws(SolverError) -> NodeID {
        let value = graph.value(a)
        guard value.shape[axis] > 0 else { throw SolverError("\(name) of an empty matrix", range: range) }
        let values = value.doubleValues
        let offsets = value.lines(alongAxis: axis).map { line in
            line.dropFirst().reduce(line[0]) { best, i in
                isMax ? (values[i] > values[best] ? i : best) : (values[i] < values[best] ? i : best)
            }
        }
        let shape = reducedShape(value.shape, axis: axis)
        return try builder.wrap(range) { () throws(GraphError) in try graph.gather(a, offsets: offsets, shape: shape) }
    }

    /// `function` (softmax or log_softmax) along numpy axis `axis` of an array with leading axes.
    func stackedVectorFunction(_ function: MatrixFunction, of x: NodeID, axis: Int) throws(SolverError) -> NodeID {
        let value = graph.value(x)
        let (rows, lines) = try linesAsRows(x, axis: axis)
        let applied = try builder.wrap(range) { () throws(GraphError) in try graph.apply(function, rows) }
        // Element j of line i sits at row-major position i·length + j of `applied`.
        var positions = [Int](repeating: 0, count: value.count)
        for (i, line) in lines.enumerated() {
            for (j, offset) in line.enumerated() { positions[offset] = i * line.count + j }
        }
        return try builder.wrap(range) { () throws(GraphError) in try graph.gather(applied, offsets: positions, shape: value.shape) }
    }

    /// The lines of `a` along numpy `axis` as the rows of a (lines × length) matrix, and their
    /// row-major offsets in `a`.
    private func linesAsRows(_ a: NodeID, axis: Int) throws(SolverError) -> (rows: NodeID, lines: [[Int]]) {
        let lines = graph.value(a).lines(alongAxis: axis)
        let length = graph.value(a).shape[axis]
        let rows = try builder.wrap(range) { () throws(GraphError) in
            try graph.gather(a, offsets: lines.flatMap { $0 }, shape: [lines.count, length])
        }
        return (rows, lines)
    }

    /// numpy's shape after reducing `axis` of `shape`: without it, or with size 1 under
    /// `keepdims=true`.
    private func reducedShape(_ shape: [Int], axis: Int) -> [Int] {
        var reduced = shape
        if labelled("keepdims") == "true" { reduced[axis] = 1 } else { reduced.remove(at: axis) }
        return reduced
    }
}
