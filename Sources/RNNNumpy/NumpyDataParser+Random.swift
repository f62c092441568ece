import RNNMath

/// `np.random.…` after `np.random.seed(s)`: numpy's legacy `RandomState` functions, drawing
/// their elements in row-major order as numpy does (`numpy/random/mtrand.pyx`).
extension NumpyDataParser {
    /// Evaluates `np.random.<function>(…)`.
    mutating func randomCall(_ function: String, _ call: inout CallArguments) throws(NumpyDataError) -> NumpyArray {
        guard var state = random else {
            throw NumpyDataError("np.random.\(function) without np.random.seed(s) before it gives different values on every run",
                                 at: call.offset, expected: "put np.random.seed(0) (any seed) on an earlier line")
        }
        defer { random = state }
        let sizes: [Int]?
        let draw: (inout LegacyRandomState) -> Scalar
        switch function {
        case "randn", "rand":
            var dimensions: [Int] = []
            for argument in call.remainingPositional() {
                dimensions.append(try integer(argument.value, at: argument.offset, what: "a size of np.random.\(function)"))
            }
            sizes = dimensions.isEmpty ? nil : dimensions
            draw = function == "randn" ? { .approx($0.gaussian()) } : { .approx($0.uniformUnit()) }
        case "standard_normal":
            sizes = try call.optionalShape("size")
            draw = { .approx($0.gaussian()) }
        case "random_sample", "random":
            sizes = try call.optionalShape("size")
            draw = { .approx($0.uniformUnit()) }
        case "normal":
            let loc = (try call.optionalNumber("loc") ?? .zero).doubleValue
            let scale = (try call.optionalNumber("scale") ?? .one).doubleValue
            guard scale >= 0 else { throw NumpyDataError("np.random.normal needs scale ≥ 0", at: call.offset) }
            sizes = try call.optionalShape("size")
            draw = { .approx(loc + scale * $0.gaussian()) }
        case "uniform":
            let low = (try call.optionalNumber("low") ?? .zero).doubleValue
            let high = (try call.optionalNumber("high") ?? .one).doubleValue
            let range = high - low
            guard range.isFinite else { throw NumpyDataError("np.random.uniform's high − low overflows", at: call.offset) }
            sizes = try call.optionalShape("size")
            draw = { .approx(low + range * $0.uniformUnit()) }
        case "randint":
            let first = try call.integer("low")
            let second = try call.optionalInteger("high")
            let (low, high) = second.map { (first, $0) } ?? (0, first)
            guard low < high else { throw NumpyDataError("np.random.randint needs low < high (low=\(low), high=\(high))", at: call.offset) }
            sizes = try call.optionalShape("size")
            try call.acceptFloatType("dtype")
            let range = UInt64(bitPattern: Int64(high) &- Int64(low) &- 1)
            draw = { .exact(Rational(low) + Rational(Int(truncatingIfNeeded: $0.bounded(range)))) }
        default:
            throw NumpyDataError("np.random.\(function) is not in the numpy subset rnngrade reads", at: call.offset,
                                 expected: "supported: " + Self.supported)
        }
        let shape = sizes ?? []
        try NumpyArray.checkRank(shape, at: call.offset)
        guard shape.allSatisfy({ $0 >= 0 }) else {
            throw NumpyDataError("negative dimensions are not allowed", at: call.offset)
        }
        let count = shape.reduce(1, *)
        var elements: [Scalar] = []
        elements.reserveCapacity(count)
        for _ in 0..<count { elements.append(draw(&state)) }
        return NumpyArray(shape: shape, elements: elements)
    }
}
