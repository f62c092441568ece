import RNNMath
import Foundation
import Testing
@testable import RNNGrading

/// Whatever bytes a student hands in, reading gives a submission or a located error, quickly.
@Suite struct SubmissionHostileInputTests {
    /// Pieces that random submissions are made of: the characters both readers look for.
    static let pieces: [[UInt8]] = [
        "1.a", " = ", "=", "\n", "\r\n", "\r", " ", "\t", "#", "# student: ", "[", "]", "(", ")", ".", "5.W_h",
        "<", ">", "/", "\"", "'", "<submission xmlns=\"urn:rnngrade:submission:1\">", "<answer part=\"1.a\">",
        "</answer>", "</submission>", "&amp;", "&", "<!--", "-->", "<![CDATA[", "]]>", "é", "−", "🙂",
    ].map { Array($0.utf8) } + [[0xEF, 0xBB, 0xBF], [0xFF], [0xC3], [0x00], [0xED, 0xA0, 0x80]]

    @Test func seededRandomBytesNeverCrash() {
        var generator = SplitMix64(seed: 2026)
        for _ in 0..<3000 {
            let count = Int.random(in: 0...20, using: &generator)
            let bytes = (0..<count).flatMap { _ in Self.pieces.randomElement(using: &generator) ?? [] }
            switch SubmissionReader.read(bytes: bytes, file: "fuzz.txt") {
            case .success(let submission):
                for answer in submission.answers {
                    #expect(answer.line >= 1 && answer.column >= 1, "\(bytes)")
                }
                #expect(submission.warnings.allSatisfy { $0.description.hasPrefix("fuzz.txt:") })
            case .failure(let error):
                #expect(error.message.hasPrefix("fuzz.txt:"), "\(bytes)")
            }
        }
    }

    @Test func deepXMLNestingIsALocatedError() {
        let text = #"<submission xmlns="urn:rnngrade:submission:1">"# + String(repeating: "<a>", count: 5000)
        #expect(SubmissionTestSupport.errorMessage(Array(text.utf8), file: "s.xml")?.hasPrefix("s.xml:1:") == true)
    }

    @Test func largestSheetsReadInLinearTime() throws {
        let line = "1.a = " + String(repeating: "[", count: 200_000) + "\n"
        let manyLines = (0..<40_000).map { "\($0).a = \($0)\n" }.joined()
        let manyXML = #"<submission xmlns="urn:rnngrade:submission:1">"#
            + (0..<20_000).map { #"<answer part="\#($0).a">\#($0)</answer>"# }.joined() + "</submission>"
        for text in [line, manyLines, manyXML] {
            #expect(text.utf8.count <= SubmissionReader.maxBytes)
            let clock = ContinuousClock()
            let elapsed = clock.measure { _ = SubmissionTestSupport.read(text) }
            // About a second in a debug build on a busy machine; quadratic work would take minutes.
            #expect(elapsed < .seconds(20), "\(text.prefix(40))")
        }
        let xml = try SubmissionTestSupport.submission(manyXML)
        #expect(xml.answers.count == 20_000)
        let lastTextColumn = manyXML.count - "19999</answer></submission>".count + 1
        #expect(xml.answers.last == answer("19999.a", "19999", 1, lastTextColumn))
    }
}
