import Testing
@testable import RNNMath

/// Conversions from the golden text values to RNNMath values.
enum GoldenSupport {
    /// Parses rational text written by make_golden.py.
    static func rational(_ text: String) throws -> Rational {
        try #require(Rational.parse(text))
    }

    /// The named golden matrix, exact.
    static func matrix(_ name: String) throws -> Matrix {
        let rows = try #require(Golden.matrices[name])
        return try Matrix(exact: rows.map { row in try row.map(rational) })
    }

    /// Whether `a` and `b` agree to a relative tolerance (absolute near zero).
    static func close(_ a: Double, _ b: Double, tolerance: Double = 1e-9) -> Bool {
        abs(a - b) <= tolerance * max(1, abs(a), abs(b))
    }
}
