import RNNMath
import Testing
@testable import RNNXML


@Suite("Mutated documents never crash")
struct MutationTests {
    /// 3,000 documents made by deleting, duplicating or replacing a few bytes of a valid one
    /// each give a tree or located diagnostics inside the file.
    @Test func mutationsGiveATreeOrLocatedDiagnostics() {
        var generator = SplitMix64(seed: 2026)
        let original = Array(validDocument.utf8)
        let alphabet = Array("<>/='\"&;![]-?x: \n".utf8) + [0xC3, 0xA9, 0x80, 0xFF]
        for _ in 0..<3000 {
            var bytes = original
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                guard !bytes.isEmpty else { break }
                let index = Int.random(in: 0..<bytes.count, using: &generator)
                switch Int.random(in: 0..<3, using: &generator) {
                case 0: bytes.remove(at: index)
                case 1: bytes.insert(contentsOf: bytes[index..<min(index + 12, bytes.count)], at: index)
                default: bytes[index] = alphabet.randomElement(using: &generator)!
                }
            }
            let lineCount = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).count
            if case .failure(let failure) = SafeXML.parse(bytes: bytes, file: "m.xml", schema: testSchema) {
                #expect(!failure.diagnostics.isEmpty)
                #expect(failure.diagnostics.allSatisfy { $0.line >= 1 && $0.line <= lineCount && $0.column >= 1 },
                        "\(failure)\n\(String(decoding: bytes, as: UTF8.self))")
            }
        }
    }
}
