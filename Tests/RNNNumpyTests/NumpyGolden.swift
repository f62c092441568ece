import Foundation

/// numpy_golden.json, written by golden/make_numpy_golden.py: numpy data blocks and the arrays
/// numpy assigned when it ran them, as float64 hex strings.
struct NumpyGolden: Decodable {
    /// One block and numpy's arrays.
    struct Case: Decodable {
        var name: String
        /// `bits`: rnngrade's doubles equal numpy's; `rounding`: numpy's float64 is within a few
        /// ulps of rnngrade's exact values.
        var compare: String
        var source: String
        var arrays: [String: GoldenArray]
    }

    /// An array numpy assigned: its shape and its elements (row-major) as `float.hex()` strings.
    struct GoldenArray: Decodable {
        var shape: [Int]
        var hex: [String]

        /// The elements as doubles (Swift's `Double(_: String)` reads C99 hex floats).
        var values: [Double] { hex.map { Double($0) ?? .nan } }
    }

    var numpy: String
    var cases: [Case]

    /// The committed golden file beside this source.
    static func load() throws -> NumpyGolden {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("golden/numpy_golden.json")
        return try JSONDecoder().decode(NumpyGolden.self, from: Data(contentsOf: url))
    }
}
