/// Text of a scalar: rational text when exact (`6`, `-1/4`), the shortest decimal that
/// round-trips when approximate (`0.1`, `2.5e-07`).
extension Scalar: CustomStringConvertible {
    /// The scalar as text; see the extension's summary.
    package var description: String {
        switch self {
        case let .exact(r): r.description
        case let .approx(d): d.description
        }
    }
}
