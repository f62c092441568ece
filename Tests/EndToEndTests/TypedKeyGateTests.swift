import Foundation
import Testing

/// `grade` and `key` refuse a rubric whose typed key disagrees with the solver, with
/// `verify`'s located message, instead of silently using the solver's value.
@Suite struct TypedKeyGateTests {
    @Test func gradeAndKeyRefuseADisagreeingKey() throws {
        let folder = try TemporaryFolder()
        // in5400-w10 types 1.d's key as 8, which the solver computes too; the variant types 9.
        let text = try VerifyTests.variant(of: folder, "rubric.xml", replacing: "key=\"8\"", with: "key=\"9\"")
        let line = try #require(text.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.contains("<part id=\"d\" points=\"2\">") }) + 1
        try folder.write("# assignment: in5400-w10\n1.a = 6\n", to: "subs/ana.txt")
        let located = "rubric.xml:\(line):1: part 1.d: the rubric's key 9 disagrees with grad(L, W_h) = 8 computed from the rubric's data\n"
        let grade = try Executable.run(["grade", "rubric.xml", "subs", "-o", "out"], in: folder.url)
        #expect(grade.status == 1)
        #expect(grade.stdout == "")
        #expect(grade.stderr == located + "grade: refused, the rubric's typed key disagrees with the solver; fix or remove the key (rnngrade verify lists every check)\n")
        #expect(!FileManager.default.fileExists(atPath: folder.path("out/in5400-w10")))
        let key = try Executable.run(["key", "rubric.xml"], in: folder.url)
        #expect(key.status == 1)
        #expect(key.stdout == "")
        #expect(key.stderr.hasPrefix(located))
    }
}
