/// The function of an `<activation>`: raw values are the rubric's attribute values
/// (`<activation name="g" function="relu"/>`).
package enum ActivationFunction: String, CaseIterable, Sendable {
    /// `g(z) = z`.
    case identity
    /// `σ(z) = 1 / (1 + e^(−z))`.
    case sigmoid
    /// `tanh(z)`.
    case tanh
    /// `max(0, z)`.
    case relu
    /// `1` when `z ≥ threshold` (or `z > threshold` when strict), else `0`.
    case step
    /// `e^(z_i) / Σ_j e^(z_j)` over a vector.
    case softmax
}
