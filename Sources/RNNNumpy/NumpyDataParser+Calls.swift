import BigInt
import RNNMath

/// The `np.…` constructors of the subset, each computing what numpy computes.
extension NumpyDataParser {
    /// Evaluates `name(arguments)`.
    mutating func call(_ name: String, at offset: Int, arguments: [Argument]) throws(NumpyDataError) -> NumpyValue {
        var call = CallArguments(function: name, arguments: arguments, offset: offset)
        let result: NumpyArray
        switch name {
        case "np.linspace":
            let start = try call.number("start"), stop = try call.number("stop")
            let count = try call.integer("num", default: 50)
            guard count >= 1 else { throw NumpyDataError("np.linspace needs num ≥ 1, not \(count)", at: offset) }
            try NumpyArray.checkRank([count], at: offset)
            result = NumpyArray.linspace(start.doubleValue, stop.doubleValue, count: count)
        case "np.arange":
            result = try arange(&call)
        case "np.zeros", "np.ones":
            let sizes = try call.shape("shape")
            try call.acceptFloatType("dtype")
            try NumpyArray.checkRank(sizes, at: offset)
            result = NumpyArray(shape: sizes, filledWith: name == "np.zeros" ? .zero : .one)
        case "np.full":
            let sizes = try call.shape("shape")
            let fill = try call.number("fill_value")
            try call.acceptFloatType("dtype")
            try NumpyArray.checkRank(sizes, at: offset)
            result = NumpyArray(shape: sizes, filledWith: fill)
        case "np.eye":
            let rows = try call.integer("N")
            let cols = try call.optionalInteger("M") ?? rows
            try call.acceptFloatType("dtype")
            try NumpyArray.checkRank([rows, cols], at: offset)
            result = NumpyArray(shape: [rows, cols], elements: (0..<rows * cols).map { $0 / cols == $0 % cols ? .one : .zero })
        case "np.array", "np.asarray":
            // np.asarray of a list builds the same array as np.array (it differs only in not
            // copying an array argument, which makes no difference to the values).
            let (value, valueOffset) = try call.value("object")
            try call.acceptFloatType("dtype")
            result = try NumpyArray.fromNested(value, at: valueOffset)
        case let random where random.hasPrefix("np.random."):
            result = try randomCall(String(random.dropFirst("np.random.".count)), &call)
        default:
            throw NumpyDataError("'\(name)' is not in the numpy subset rnngrade reads", at: offset,
                                 expected: "supported: " + Self.supported)
        }
        try call.finish()
        try charge(result.elements.count, for: "\(name)(…)", at: offset)
        try requireExactBits(result, in: "\(name)(…)", at: offset)
        return .array(result)
    }

    /// `np.arange([start,] stop[, step])`: exact integers (or exact decimals) for integer
    /// arguments; for non-integer ones numpy's float64 fill, `start + i·((start + step) − start)`.
    private func arange(_ call: inout CallArguments) throws(NumpyDataError) -> NumpyArray {
        let first = try call.number("start")
        let second = try call.optionalNumber("stop")
        let step = try call.optionalNumber("step") ?? .one
        let (start, stop) = second.map { (first, $0) } ?? (.zero, first)
        guard !step.isZero else { throw NumpyDataError("np.arange's step cannot be zero", at: call.offset) }
        let all = [start, stop, step]
        if all.allSatisfy({ $0.rational?.isInteger == true }),
           let a = start.rational, let b = stop.rational, let s = step.rational {
            let span = (b - a) / s
            let count = span.sign <= 0 ? 0 : Int(exactly: (span.numerator + span.denominator - 1) / span.denominator) ?? Int.max
            try NumpyArray.checkRank([count], at: call.offset)
            guard count > 0 else { throw NumpyDataError("np.arange gives no elements here", at: call.offset) }
            if let first = Int(exactly: a.numerator), let stride = Int(exactly: s.numerator),
               case let (span, overflow) = stride.multipliedReportingOverflow(by: count), !overflow,
               !first.addingReportingOverflow(span).overflow {
                // Machine integers: a million rational products took over 30 s under AddressSanitizer.
                return NumpyArray(shape: [count], elements: (0..<count).map { .exact(Rational(first + $0 * stride)) })
            }
            return NumpyArray(shape: [count], elements: (0..<count).map { .exact(a + Rational($0) * s) })
        }
        let (a, b, s) = (start.doubleValue, stop.doubleValue, step.doubleValue)
        let length = ((b - a) / s).rounded(.up)
        guard length.isFinite, length >= 1 else { throw NumpyDataError("np.arange gives no elements here", at: call.offset) }
        guard length <= Double(NumpyArray.maximumElements) else {
            throw NumpyDataError("np.arange gives more than \(NumpyArray.maximumElements) elements", at: call.offset)
        }
        let count = Int(length)
        let delta = (a + s) - a
        return NumpyArray(shape: [count], elements: (0..<count).map { i in
            .approx(i == 0 ? a : (i == 1 ? a + s : a + Double(i) * delta))
        })
    }
}

extension NumpyArray {
    /// numpy's `linspace` in float64: `step = (stop − start)/(num − 1)`, element i is
    /// `i·step + start`, and the last element is `stop` itself (`numpy/_core/function_base.py`).
    static func linspace(_ start: Double, _ stop: Double, count: Int) -> NumpyArray {
        let divisions = count - 1
        let delta = stop - start
        var values: [Scalar] = []
        values.reserveCapacity(count)
        for i in 0..<count {
            let position = Double(i)
            let value: Double
            if divisions == 0 {
                value = position * delta + start
            } else {
                let step = delta / Double(divisions)
                value = step == 0 ? position / Double(divisions) * delta + start : position * step + start
            }
            values.append(.approx(value == 0 ? 0 : value))
        }
        if divisions > 0 { values[count - 1] = .approx(stop == 0 ? 0 : stop) }
        return NumpyArray(shape: [count], elements: values)
    }

    /// `np.array(object)` for numbers and (nested) lists of numbers and arrays.
    static func fromNested(_ value: NumpyValue, at offset: Int) throws(NumpyDataError) -> NumpyArray {
        switch value {
        case .array(let array):
            return array
        case .list(let items), .tuple(let items):
            guard !items.isEmpty else { throw NumpyDataError("np.array of an empty list has no elements", at: offset) }
            var rows: [NumpyArray] = []
            for item in items { rows.append(try fromNested(item, at: offset)) }
            guard rows.allSatisfy({ $0.shape == rows[0].shape }) else {
                throw NumpyDataError("the rows of np.array([...]) have different lengths", at: offset,
                                     expected: "every row as long as the first")
            }
            let sizes = [rows.count] + rows[0].shape
            try checkRank(sizes, at: offset)
            return NumpyArray(shape: sizes, elements: rows.flatMap(\.elements))
        case .none, .floatType:
            throw NumpyDataError("np.array needs numbers or lists of numbers", at: offset)
        }
    }
}
