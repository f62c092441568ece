import Foundation
import RNNMath
import RNNRubric
@testable import RNNVariants

/// Shared fixtures: the shipped family rubric, a test salt, and the drawn data of a variant.
enum VariantFixtures {
    /// The repository's root folder.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The salt the golden seeds were computed with (golden/variant_seeds.py).
    static let salt = try! Salt(text: "0123456789abcdef-test-salt", source: "test")

    /// A shipped rubric, loaded.
    static func rubric(_ name: String) -> Rubric {
        try! RubricLoader.load(path: root.appendingPathComponent("Rubrics/\(name)").path).get()
    }

    /// A rubric from XML text.
    static func parse(_ xml: String) -> Result<Rubric, RubricLoadFailure> {
        RubricLoader.parse(bytes: Array(xml.utf8), file: "test.xml")
    }

    /// The family of the shipped in5400-w10-family.xml with the test salt.
    static let family = VariantFamily(rubric: rubric("in5400-w10-family.xml"), salt: salt)
}

/// The data of one in5400-w10-family variant, read back from its rubric's value texts.
struct ScalarRNNData: Equatable {
    var wh, wx, wy, h0: Rational
    var x, y: [Rational]

    init(_ rubric: Rubric) {
        let model = rubric.problems[0].models[0]
        func param(_ name: String) -> Rational { Rational.parse(model.params.first { $0.name == name }!.value!.text)! }
        wh = param("W_h")
        wx = param("W_x")
        wy = param("W_y")
        h0 = Rational.parse(model.states[0].initial.text)!
        x = model.inputs[0].values.map { Rational.parse($0.text)! }
        y = model.targets[0].values.map { Rational.parse($0.text)! }
    }

    /// The keys of parts 1.a–1.d and the two known mistakes, by the hand derivation of the
    /// two-step scalar RNN h_t = W_h h_{t−1} + W_x x_t, ŷ_t = W_y h_t, L = Σ (ŷ_t − y_t)²:
    /// ∂L/∂h₁ = 2(ŷ₁−y₁)W_y + 2(ŷ₂−y₂)W_y W_h (direct term alone: 2(ŷ₁−y₁)W_y);
    /// ∂L/∂W_h = 2(ŷ₁−y₁)W_y h₀ + 2(ŷ₂−y₂)W_y (h₁ + W_h h₀) (direct term alone: 2(ŷ₂−y₂)W_y h₁ + 2(ŷ₁−y₁)W_y h₀).
    var handKeys: (a: Rational, b: Rational, c: Rational, d: Rational, cMistake: Rational) {
        let h1 = wh * h0 + wx * x[0]
        let h2 = wh * h1 + wx * x[1]
        let e1 = wy * h1 - y[0]
        let e2 = wy * h2 - y[1]
        let two = Rational(2)
        return (wy * h2, e1 * e1 + e2 * e2, two * e1 * wy + two * e2 * wy * wh,
                two * e1 * wy * h0 + two * e2 * wy * (h1 + wh * h0), two * e1 * wy)
    }
}
