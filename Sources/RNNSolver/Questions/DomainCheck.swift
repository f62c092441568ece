import RNNMath

/// Throws `MathError.domain(operation:detail:)` unless `condition` holds: the argument checks
/// of the question helpers, each naming the helper and saying what was wrong.
///
///     try requireDomain(k >= 1, "scheduled sampling", "inverse sigmoid decay needs k ≥ 1 (got 1/2)")
func requireDomain(_ condition: Bool, _ operation: String, _ detail: @autoclosure () -> String) throws(MathError) {
    guard condition else { throw .domain(operation: operation, detail: detail()) }
}
