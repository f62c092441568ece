extension Matrix {
    /// The row-major offsets of each line of elements that runs along `axis`: the columns for
    /// `.vertical` (numpy's axis 0: a reduction over it leaves one value per column), the rows
    /// for `.horizontal` (axis 1).
    ///
    ///     // 2×3: .vertical → [[0, 3], [1, 4], [2, 5]];  .horizontal → [[0, 1, 2], [3, 4, 5]]
    package func lines(along axis: Axis) -> [[Int]] {
        switch axis {
        case .vertical: (0..<cols).map { c in (0..<rows).map { r in r * cols + c } }
        case .horizontal: (0..<rows).map { r in Array((r * cols)..<(r * cols + cols)) }
        }
    }

    /// The row-major offsets of each line of elements along numpy axis `axis` of ``shape`` (any
    /// rank), the lines in row-major order of the other axes.
    ///
    ///     // shape (2, 2, 3), axis 1 → [[0, 3], [1, 4], [2, 5], [6, 9], [7, 10], [8, 11]]
    ///
    /// - Precondition: `0 ≤ axis < shape.count`.
    package func lines(alongAxis axis: Int) -> [[Int]] {
        let shape = shape
        let length = shape[axis], stride = shape[(axis + 1)...].reduce(1, *), outer = shape[..<axis].reduce(1, *)
        var lines: [[Int]] = []
        lines.reserveCapacity(outer * stride)
        for o in 0..<outer {
            for i in 0..<stride { lines.append((0..<length).map { o * length * stride + $0 * stride + i }) }
        }
        return lines
    }

    /// The axis a function of whole vectors runs along when none is given: down an n×1 column
    /// (the language's vectors), along the rows of anything else (numpy's and PyTorch's last axis).
    package var defaultVectorAxis: Axis {
        cols == 1 ? .vertical : .horizontal
    }
}
