import Foundation
import RNNMath
import Testing

/// DecimalText's integer fast path prints exactly what C's `%.*f` prints (then trimmed), on
/// seeded random values of every magnitude the reports use, and on rounding ties.
@Suite struct DecimalTextPropertyTests {
    /// The reference: printf's correctly rounded decimal, trailing zeros trimmed.
    static func reference(_ value: Double, _ digits: Int) -> String {
        var text = String(format: "%.\(digits)f", value)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text == "-0" ? "0" : text
    }

    @Test func agreesWithPrintfOnRandomValues() {
        var generator = SplitMix64(seed: 42)
        for _ in 0..<20_000 {
            let magnitude = Double.random(in: -3...9, using: &generator)
            let value = (Bool.random(using: &generator) ? -1 : 1) * pow(10, magnitude) * Double.random(in: 0...1, using: &generator)
            let digits = Int.random(in: 0...6, using: &generator)
            #expect(DecimalText.string(value, maxFractionDigits: digits) == Self.reference(value, digits), "\(value) \(digits)")
        }
    }

    @Test(arguments: [(0.125, 2), (2.5, 0), (0.5, 0), (1.005, 2), (-0.0001, 2), (54.545, 2), (33.33333, 1), (400, 4), (0.30000000000000004, 4)])
    func agreesWithPrintfOnTiesAndEdges(value: Double, digits: Int) {
        #expect(DecimalText.string(value, maxFractionDigits: digits) == Self.reference(value, digits))
    }
}
