import RNNMath

/// How a network's output is compared with the intended one: as it is, or read as bits
/// against a threshold with a margin of indecision.
enum OutputReading {
    /// Equal in value, element by element (exact values compare exactly).
    case exact
    /// An element ≥ threshold + margin reads 1, ≤ threshold − margin reads 0; in between it
    /// is undecided and counts as wrong. The intended output reads 1 when ≥ threshold.
    case threshold(Double, margin: Double)

    /// Whether `received` matches `expected`.
    func agrees(expected: Matrix, received: Matrix) -> Bool {
        guard expected.rows == received.rows, expected.cols == received.cols else { return false }
        switch self {
        case .exact:
            // Equal representations first: no rational arithmetic in the common case.
            return zip(expected.elements, received.elements).allSatisfy { $0 == $1 || (!$0.isLess(than: $1) && !$1.isLess(than: $0)) }
        case .threshold:
            return zip(expected.elements, received.elements).allSatisfy { intendedBit($0) == bit($1) }
        }
    }

    /// The expected output as the reader sees it (bits under a threshold reading).
    func expectedText(_ expected: Matrix) -> String {
        switch self {
        case .exact: expected.description
        case .threshold: Self.text(expected.elements.map { "\(intendedBit($0))" }, shape: expected)
        }
    }

    /// The received output as the reader sees it; undecided elements are named with their value.
    func receivedText(_ received: Matrix) -> String {
        switch self {
        case .exact:
            return received.description
        case .threshold(let threshold, let margin):
            let read = received.elements.map { element in bit(element).map { "\($0)" } ?? "undecided" }
            let text = Self.text(read, shape: received)
            guard read.contains("undecided") else { return text }
            return "\(text) (output \(received), between \(threshold - margin) and \(threshold + margin))"
        }
    }

    /// A received element read as a bit; nil inside the margin.
    private func bit(_ value: Scalar) -> Int? {
        guard case .threshold(let threshold, let margin) = self else { return nil }
        let x = value.doubleValue
        if x >= threshold + margin { return 1 }
        if x <= threshold - margin { return 0 }
        return nil
    }

    /// An intended element read as a bit (no margin: the reference is taken at its word).
    private func intendedBit(_ value: Scalar) -> Int {
        guard case .threshold(let threshold, _) = self else { return 0 }
        return value.doubleValue >= threshold ? 1 : 0
    }

    /// Element texts laid out as the matrix prints: alone for 1×1, else rows in brackets.
    private static func text(_ elements: [String], shape: Matrix) -> String {
        if shape.isScalar { return elements[0] }
        let rows = (0..<shape.rows).map { r in
            "[" + elements[(r * shape.cols)..<((r + 1) * shape.cols)].joined(separator: ", ") + "]"
        }
        return "[" + rows.joined(separator: ", ") + "]"
    }
}
