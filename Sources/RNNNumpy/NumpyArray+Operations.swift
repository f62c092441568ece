import BigInt
import RNNMath

/// numpy's elementwise arithmetic, transpose and reshape on arrays of any rank.
extension NumpyArray {
    /// The most elements one array of a data block may have (numpy has no such limit; a rubric
    /// needs none near it, and it keeps a mistyped shape from exhausting memory).
    static let maximumElements = 1_000_000

    /// Two shapes that numpy cannot broadcast together, as numpy prints them.
    struct BroadcastError: Error {
        var left: String
        var right: String
    }

    /// `self ∘ other` for `∘` one of `+ - * /`, broadcasting as numpy does: the shapes are
    /// aligned at their last axis (so a 1-D array acts as a row), and along each axis the sizes
    /// are equal or one of them is 1. The result has the larger rank. Uses `Matrix.elementwise`,
    /// the one definition of broadcasting.
    func combined(with other: NumpyArray, _ symbol: Character) throws -> NumpyArray {
        let (a, b) = (try matrix(), try other.matrix())
        guard let shape = Matrix.broadcastShape(a.shape, b.shape) else {
            throw BroadcastError(left: shapeDescription, right: other.shapeDescription)
        }
        guard shape.reduce(1, *) <= Self.maximumElements else {
            throw MathError.domain(operation: "broadcasting", detail: "the result would have more than \(Self.maximumElements) elements")
        }
        let result: Matrix = switch symbol {
        case "+": try a.adding(b)
        case "-": try a.subtracting(b)
        case "*": try a.hadamard(b)
        default: try a.dividingElementwise(by: b)
        }
        return NumpyArray(result, rank: max(rank, other.rank))
    }

    /// The number of elements `self ∘ other` has under numpy's broadcasting; nil when the
    /// shapes do not broadcast (``combined(with:_:)`` then says why).
    func broadcastCount(with other: NumpyArray) -> Int? {
        Matrix.broadcastShape(shape, other.shape)?.reduce(1) { $0.multipliedReportingOverflow(by: $1).partialValue }
    }

    /// `a.T`: the axes reversed (a 1-D array is unchanged, as in numpy).
    var transposed: NumpyArray { permuted(Array(shape.indices.reversed())) }

    /// `np.transpose(a, axes)`: axis `k` of the result is axis `axes[k]` of this array.
    ///
    /// - Precondition: `axes` is a permutation of `0..<rank`.
    func permuted(_ axes: [Int]) -> NumpyArray {
        var strides = Array(repeating: 1, count: rank)
        for axis in shape.indices.dropLast().reversed() { strides[axis] = strides[axis + 1] * shape[axis + 1] }
        let newShape = axes.map { shape[$0] }
        var result: [Scalar] = []
        result.reserveCapacity(elements.count)
        var index = Array(repeating: 0, count: rank)
        for _ in 0..<elements.count {
            result.append(elements[zip(axes, index).reduce(0) { $0 + strides[$1.0] * $1.1 }])
            Matrix.advanceRowMajor(&index, within: newShape)
        }
        return NumpyArray(shape: newShape, elements: result)
    }

    /// `a.reshape(sizes)`: the same elements in row-major order under a new shape; one size may
    /// be −1 (inferred).
    func reshaped(_ sizes: [Int], at offset: Int) throws(NumpyDataError) -> NumpyArray {
        let count = elements.count
        var sizes = sizes
        try Self.checkRank(sizes, at: offset, inferring: true)
        let inferred = sizes.indices.filter { sizes[$0] == -1 }
        guard inferred.count <= 1, sizes.allSatisfy({ $0 >= -1 }) else {
            throw NumpyDataError("reshape sizes must be positive, with at most one -1", at: offset)
        }
        if let position = inferred.first {
            let known = sizes.filter { $0 != -1 }.reduce(1, *)
            guard known > 0, count % known == 0 else {
                throw NumpyDataError("cannot reshape array of size \(count) into shape \(Self.describe(sizes))", at: offset)
            }
            sizes[position] = count / known
        }
        guard sizes.reduce(1, *) == count else {
            throw NumpyDataError("cannot reshape array of size \(count) into shape \(Self.describe(sizes))", at: offset)
        }
        return NumpyArray(shape: sizes, elements: elements)
    }

    /// Refuses a shape of more than `Matrix.maximumRank` axes, negative sizes (but the −1 of a
    /// `reshape`, where `inferring`) and arrays above ``maximumElements``.
    static func checkRank(_ sizes: [Int], at offset: Int, inferring: Bool = false) throws(NumpyDataError) {
        guard sizes.count <= Matrix.maximumRank else {
            throw NumpyDataError("arrays of rank \(sizes.count) (shape \(describe(sizes))) are not supported: "
                                 + "rnngrade's arrays have at most \(Matrix.maximumRank) axes", at: offset,
                                 expected: "a shape of at most \(Matrix.maximumRank) sizes, such as (N, T, D)")
        }
        guard sizes.allSatisfy({ $0 >= (inferring ? -1 : 0) }) else {
            throw NumpyDataError("negative dimensions are not allowed: \(describe(sizes))", at: offset)
        }
        guard sizes.reduce(1, { $0.multipliedReportingOverflow(by: max($1, 1)).partialValue }) <= maximumElements,
              sizes.allSatisfy({ $0 <= maximumElements }) else {
            throw NumpyDataError("shape \(describe(sizes)) has more than \(maximumElements) elements, more than a rubric may hold",
                                 at: offset)
        }
    }

    /// A shape as numpy prints it.
    static func describe(_ sizes: [Int]) -> String {
        sizes.count == 1 ? "(\(sizes[0]),)" : "(" + sizes.map(String.init).joined(separator: ", ") + ")"
    }
}
