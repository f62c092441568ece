import Foundation
import RNNMath
@testable import RNNNumpy
import Testing

/// Every golden block, parsed by rnngrade, against the arrays numpy assigned when
/// golden/make_numpy_golden.py ran the same lines: constructors, seeded random draws (several
/// seeds, shapes and mixed call orders), broadcasting, slicing and transposes, on ranks 0 to 4.
@Suite struct NumpyGoldenTests {
    static let golden = try? NumpyGolden.load()

    @Test func goldenFileIsPresent() throws {
        let golden = try #require(Self.golden)
        #expect(golden.cases.count >= 20)
    }

    /// The seeded golden blocks with their seeds written as 12345 and the original seeds given
    /// as replacements (what a student's variant does): numpy's arrays for the original seeds.
    @Test func replacementSeedsGiveTheArraysOfThoseSeeds() throws {
        let golden = try #require(Self.golden)
        let seed = /np\.random\.seed\(([0-9]+)\)/
        var checked = 0
        for block in golden.cases where block.compare == "bits" {
            let written = block.source.matches(of: seed).compactMap { UInt32($0.output.1) }
            guard !written.isEmpty else { continue }
            let disguised = block.source.replacing(seed) { _ in "np.random.seed(12345)" }
            let (assigned, seeds) = try NumpyDataParser.evaluate(disguised, seeds: written)
            #expect(seeds == written.map { Optional($0) })
            for assignment in assigned {
                let expected = try #require(block.arrays[assignment.name])
                #expect(assignment.value.elements.map(\.doubleValue) == expected.values, "\(block.name): \(assignment.name)")
            }
            checked += 1
        }
        #expect(checked >= 3)
    }

    @Test(arguments: (golden?.cases ?? []).map(\.name))
    func caseMatchesNumpy(_ name: String) throws {
        let golden = try #require(Self.golden?.cases.first { $0.name == name })
        let assigned = try NumpyDataParser.assignments(in: golden.source)
        #expect(Set(assigned.map(\.name)) == Set(golden.arrays.keys), "names assigned in \(name)")
        for assignment in assigned {
            let expected = try #require(golden.arrays[assignment.name])
            // rnngrade's shape: a number is 1×1, a 1-D array a 1×n row, higher ranks as numpy's.
            let shape = switch expected.shape.count {
            case 0: [1, 1]
            case 1: [1, expected.shape[0]]
            default: expected.shape
            }
            #expect(assignment.value.shape == shape,
                    "\(name): \(assignment.name) is \(assignment.value.shapeDescription), numpy's shape is \(expected.shape)")
            for (index, (mine, numpys)) in zip(assignment.value.elements, expected.values).enumerated() {
                if golden.compare == "bits" {
                    // Bit for bit, except that rnngrade keeps one zero (−0.0 is stored as 0.0).
                    #expect(mine.doubleValue.bitPattern == numpys.bitPattern || (mine.isZero && numpys == 0),
                            "\(name): \(assignment.name)[\(index)] is \(mine.doubleValue), numpy \(numpys)")
                } else {
                    let exact = try #require(mine.rational, "\(name): \(assignment.name) should stay exact")
                    #expect(abs(exact.doubleValue - numpys) <= 4 * numpys.ulp,
                            "\(name): \(assignment.name)[\(index)] \(exact) vs numpy \(numpys)")
                }
            }
        }
    }
}
