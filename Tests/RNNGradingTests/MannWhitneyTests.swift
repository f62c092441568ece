import Foundation
import Testing
@testable import RNNGrading

/// The Mann–Whitney p-value behind the summary's "depends on the data" against scipy's
/// (golden/mann_whitney.py and its committed output mann_whitney.txt): ties, all-equal samples,
/// samples of different sizes.
@Suite struct MannWhitneyTests {
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("golden/mann_whitney.txt")

    @Test func agreesWithScipy() throws {
        let lines = try String(contentsOf: Self.golden, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 5)
        for line in lines {
            let fields = line.split(separator: "|").map { $0.split(separator: " ").map { Double($0)! } }
            let p = try #require(MannWhitney.pValue(fields[0], fields[1]))
            #expect(abs(p - fields[2][0]) <= 1e-12 * max(1, fields[2][0]), "\(line)")
        }
    }

    @Test func anEmptySampleHasNoPValue() {
        #expect(MannWhitney.pValue([], [1, 2]) == nil)
        #expect(MannWhitney.pValue([1], []) == nil)
    }
}
