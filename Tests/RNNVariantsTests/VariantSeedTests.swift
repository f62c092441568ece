import Foundation
import Testing
@testable import RNNVariants

/// Seeds against Python's `hmac` module (golden/variant_seeds.py and its committed output).
struct VariantSeedTests {
    @Test func seedsAreTheFirst64BitsOfHMACSHA256() throws {
        let golden = try String(contentsOf: VariantFixtures.root.appendingPathComponent("Tests/RNNVariantsTests/golden/variant_seeds.txt"), encoding: .utf8)
        let rows = golden.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        #expect(rows.count == 3)
        for row in rows {
            let seed = VariantSeed(salt: VariantFixtures.salt, assignmentID: row[0], studentID: row[1])
            #expect(seed.description == row[2])
        }
    }

    @Test func shortSaltsAreRefusedAndNeverPrinted() throws {
        #expect(throws: VariantError.self) { try Salt(text: "short", source: "salt.txt") }
        #expect(VariantFixtures.salt.description == "(salt withheld)")
        #expect(!"\(VariantFixtures.salt)".contains("0123456789abcdef"))
    }
}
