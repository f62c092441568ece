import BigInt
import RNNMath

/// What a numpy subexpression evaluates to: an array, or one of the Python values that only
/// appear as arguments (a tuple such as the shape `(N, H)`, a list inside `np.array([...])`).
enum NumpyValue {
    /// An array (a Python number is a rank-0 array).
    case array(NumpyArray)
    /// `(a, b)`: a shape or the right-hand side of `N, D = 3, 10`.
    case tuple([NumpyValue])
    /// `[a, b]`: the nested lists of `np.array([[1, 2], [3, 4]])`.
    case list([NumpyValue])
    /// `None`, for `np.random.randint(5, None, size=3)` and `high=None`.
    case none
    /// `float` or `np.float64` as a `dtype`.
    case floatType
}

extension NumpyValue {
    /// The value as a Python number (an array of rank 0), exact or not; nil for anything else.
    var scalarValue: Scalar? {
        if case .array(let array) = self, array.rank == 0 { return array.elements[0] }
        return nil
    }

    /// The value as a Python integer (an exact integer of rank 0 that fits an `Int`).
    var integerValue: Int? {
        guard let exact = scalarValue?.rational, exact.isInteger else { return nil }
        return Int(exactly: exact.numerator)
    }
}
