import Foundation

/// The one JSON encoding every report uses: pretty-printed, keys sorted, slashes unescaped,
/// non-finite numbers as the strings `Infinity`, `-Infinity`, `NaN`, and a final newline;
/// so the same value always gives the same bytes.
enum ReportJSON {
    /// The bytes of `value`.
    static func encode(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        return try encoder.encode(value) + Data("\n".utf8)
    }
}
