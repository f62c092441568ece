import RNNExpr
import RNNMath

/// `sum`, `mean`, `max` and `min` over all elements or along an axis (`axis=`, `keepdims=`),
/// and `cross_entropy`, built from graph primitives so that gradients pass through them.
///
/// Axes follow numpy (on rank 3 and more see `FunctionCall+StackedAxis.swift`), with one reading of shapes: a matrix with one row is numpy's
/// 1-D array, so every axis of it is its only axis. A reduction along an axis of an r×c matrix
/// gives numpy's 1-D result as a row (axis 0: 1×c, axis 1: 1×r); `keepdims=true` keeps the
/// reduced axis instead (axis 1: r×1).
extension FunctionCall {
    /// The word given for the label `name` (`axis=-1` gives "-1"), or nil when it is not given.
    func labelled(_ name: String) -> String? {
        guard let value = arguments.first(where: { $0.label == name })?.value else { return nil }
        switch value.kind {
        case .number(let text), .name(let text): return text
        case .unary(.negate, let operand): if case .number(let text) = operand.kind { return "-" + text }
        default: break
        }
        return nil
    }

    /// The axis given with `axis=` for `value`, or nil when there is none.
    func axis(of value: Matrix) throws(SolverError) -> Matrix.Axis? {
        guard let word = labelled("axis") else { return nil }
        guard !value.hasLeadingAxes else {
            throw SolverError("\(name) with axis= takes arrays of rank ≤ 2 for now; its argument has shape \(value.shapeText)", range: range)
        }
        if value.rows == 1 { return .horizontal }
        switch word {
        case "0", "-2": return .vertical
        case "1", "-1": return .horizontal
        default: throw SolverError("axis must be 0, 1, -1 or -2, not \(word)", range: range)
        }
    }

    /// `sum(a)`, `sum(a, axis=k)`, and `mean` as the sum divided by the number of elements summed.
    func reduction(mean: Bool) throws(SolverError) -> NodeID {
        let a = try builder.build(try argument(0))
        let value = graph.value(a)
        if value.hasLeadingAxes, let axis = try stackedAxis(of: value) { return try stackedReduction(a, axis: axis, mean: mean) }
        guard let axis = try axis(of: value) else {
            let total = try builder.wrap(range) { () throws(GraphError) in try graph.sum(a) }
            return mean ? try divide(total, by: value.count) : total
        }
        let total: NodeID
        switch axis {
        case .vertical:
            let ones = graph.constant(.ones(1, value.rows), label: "1")
            total = try builder.wrap(range) { () throws(GraphError) in try graph.matmul(ones, a) }
        case .horizontal:
            let ones = graph.constant(.ones(value.cols, 1), label: "1")
            let column = try builder.wrap(range) { () throws(GraphError) in try graph.matmul(a, ones) }
            total = try reducedRow(column)
        }
        return mean ? try divide(total, by: axis == .vertical ? value.rows : value.cols) : total
    }

    /// `max(a, axis=k)` / `min(a, axis=k)`: the first largest (smallest) element of each line,
    /// gathered so that its gradient goes to that element only.
    func extremumAlongAxis(max isMax: Bool) throws(SolverError) -> NodeID {
        guard arguments.filter({ $0.label == nil }).count == 1 else {
            throw SolverError("axis= is for \(name) of one array; \(name)(a, b) is elementwise", range: range)
        }
        let a = try builder.build(try argument(0))
        let value = graph.value(a)
        if value.hasLeadingAxes, let axis = try stackedAxis(of: value) { return try stackedExtremum(a, axis: axis, max: isMax) }
        guard let axis = try axis(of: value) else { throw SolverError("\(name) needs axis= here", range: range) }
        let lines = value.lines(along: axis)
        guard !lines.isEmpty, !lines[0].isEmpty else { throw SolverError("\(name) of an empty matrix", range: range) }
        let values = value.elements.map(\.doubleValue)
        let offsets = lines.map { line in
            line.dropFirst().reduce(line[0]) { best, i in
                isMax ? (values[i] > values[best] ? i : best) : (values[i] < values[best] ? i : best)
            }
        }
        // One value per line: 1×c down the columns; r×1 along the rows, then numpy's row.
        let picked = try builder.wrap(range) { () throws(GraphError) in
            try graph.gather(a, offsets: offsets, rows: axis == .vertical ? 1 : offsets.count, cols: axis == .vertical ? offsets.count : 1)
        }
        return axis == .vertical ? picked : try reducedRow(picked)
    }

    /// An r×1 result of a reduction along the rows: numpy's 1-D result (a 1×r row), or with
    /// `keepdims=true` the column itself.
    private func reducedRow(_ column: NodeID) throws(SolverError) -> NodeID {
        if labelled("keepdims") == "true" || graph.value(column).rows == 1 { return column }
        return try builder.wrap(range) { () throws(GraphError) in try graph.transpose(column) }
    }

    /// `node / count`.
    private func divide(_ node: NodeID, by count: Int) throws(SolverError) -> NodeID {
        guard count > 0 else { throw SolverError("mean of an empty matrix", range: range) }
        let divisor = graph.constant(.scalar(Scalar(count)), label: "\(count)")
        return try builder.wrap(range) { () throws(GraphError) in try graph.divide(node, divisor) }
    }
}
