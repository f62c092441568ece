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

    /// The axis a function of whole vectors runs along when none is given: down an n×1 column
    /// (the language's vectors), along the rows of anything else (numpy's and PyTorch's last axis).
    package var defaultVectorAxis: Axis {
        cols == 1 ? .vertical : .horizontal
    }
}
