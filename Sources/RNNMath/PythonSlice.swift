/// The positions Python's `slice(start, stop, step).indices(size)` walks, shared by numpy data
/// (`a[1:3]` in a `<data>` line) and subscripts in expressions: missing ends are the whole axis
/// (walked backwards for a negative step), negative ends count from the end, and ends beyond
/// the axis are clipped to it (https://docs.python.org/3/reference/datamodel.html#slice.indices).
///
///     pythonSlicePositions(start: nil, stop: -1, step: 1, size: 5)    // [0, 1, 2, 3]
///     pythonSlicePositions(start: nil, stop: nil, step: -2, size: 5)  // [4, 2, 0]
///
/// - Precondition: `step ≠ 0` (callers report a zero step with their own location).
package func pythonSlicePositions(start: Int?, stop: Int?, step: Int, size: Int) -> [Int] {
    precondition(step != 0, "a slice step of zero")
    func clamp(_ value: Int?, default fallback: Int) -> Int {
        guard var value else { return fallback }
        if value < 0 { value += size }
        return step > 0 ? min(max(value, 0), size) : min(max(value, -1), size - 1)
    }
    let first = clamp(start, default: step > 0 ? 0 : size - 1)
    let end = clamp(stop, default: step > 0 ? size : -1)
    return Array(stride(from: first, to: end, by: step))
}
