import Foundation
import RNNGrading

/// The machine-readable results (`results.json`): the whole `BatchResult` through its `Codable`
/// conformance, encoded by `ReportJSON` (sorted keys, pretty-printed), so two runs on the same
/// input give identical bytes and `JSONDecoder` reads it back into an equal `BatchResult`.
public enum ResultsJSON {
    /// The JSON of `batch`.
    public static func render(_ batch: BatchResult) throws -> Data {
        try ReportJSON.encode(batch)
    }
}
