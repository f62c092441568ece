import Foundation
import RNNMath

/// The values `make_cells_golden.py` wrote to `cells_golden.json` (numpy; gradients by complex
/// steps), decoded for the cell tests.
struct CellsGolden: Decodable {
    /// One cell in one convention over T steps.
    struct Case: Decodable {
        var cell: String
        var convention: String
        var reset_after: Bool
        var input: Int
        var hidden: Int
        /// Parameters as rows of exact fraction text.
        var params: [String: [[String]]]
        /// Inputs x_t (fraction text), t = 1…T.
        var x: [[String]]
        var h0: [String]
        var c0: [String]?
        /// Per step: `h`, `c`, `gate_<name>` as Doubles.
        var steps: [[String: [Double]]]
        /// L = Σ_t sum(h_t).
        var loss: Double
        /// ∂L/∂(parameter, h0, c0), rows as the parameter's shape.
        var gradients: [String: [[Double]]]
    }

    var cases: [Case]

    /// Reads the JSON next to this file.
    static func load() throws -> CellsGolden {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("cells_golden.json")
        return try JSONDecoder().decode(CellsGolden.self, from: Data(contentsOf: url))
    }
}

/// A failure to read an exact golden value.
struct GoldenFormatError: Error, CustomStringConvertible {
    var description: String
}

extension CellsGolden.Case {
    /// An exact matrix from rows of fraction text.
    static func exact(_ rows: [[String]]) throws -> Matrix {
        try Matrix(exact: rows.map { row in
            try row.map { text in
                guard let value = Rational.parse(text) else { throw GoldenFormatError(description: "not a fraction: \(text)") }
                return value
            }
        })
    }

    /// The parameters as exact matrices.
    func exactParams() throws -> [String: Matrix] { try params.mapValues(Self.exact) }
    /// The inputs as exact I×1 columns.
    func inputs() throws -> [Matrix] { try x.map { try Self.exact($0.map { [$0] }) } }
    /// The initial states, `h` and (LSTM) `c`, as exact H×1 columns.
    func initialState() throws -> [String: Matrix] {
        var state = ["h": try Self.exact(h0.map { [$0] })]
        if let c0 { state["c"] = try Self.exact(c0.map { [$0] }) }
        return state
    }
}
