import Foundation
import Testing

/// Issue 15, "mutation testing": `verify --mutants` grades the wrong answers students really
/// give and fails for each one a part accepts as right.
struct VerifyMutantsTests {
    /// The shipped rubrics reject every mutant, and each auto-graded part says what was tried.
    @Test func shippedRubricsRejectEveryMutant() throws {
        let run = try Executable.run(["verify", "--mutants"])
        #expect(run.status == 0, "\(run.stdout)")
        #expect(run.stdout.contains("  note mutants of 3.c\n       tried 8 (partial, sigmoid-tanh, sign, half-loss, mean-loss, index-1, index+1, 2 significant figures), all rejected"))
    }

    /// sharif-dl-a3's 3.c has the key 0.05709542675; to 2 significant figures 0.057, which is
    /// 0.0017 of the key away: inside a planted relative tolerance of 0.2, outside the shipped 1e-6.
    @Test func verifyMutantsNamesTheMutantThatGotThrough() throws {
        let folder = try TemporaryFolder()
        let shipped = try String(contentsOf: Executable.repositoryRoot.appendingPathComponent("Rubrics/sharif-dl-a3.xml"), encoding: .utf8)
        let loose = shipped.replacingOccurrences(of: #"<tolerance mode="relative" rel="1e-6" abs="1e-9"/>"#,
                                                 with: #"<tolerance mode="relative" rel="0.2" abs="1e-9"/>"#)
        try #require(loose != shipped)
        try folder.write(loose, to: "loose.xml")
        let run = try Executable.run(["verify", "--mutants", "--junit", folder.path("report.xml"), folder.path("loose.xml")])
        #expect(run.status != 0)
        #expect(run.stdout.contains("FAIL mutants of 3.c"))
        #expect(run.stdout.contains("part 3.c accepts wrong answers as right: 2 significant figures (57/1000 ≈ 0.057)"))
        let report = try folder.text("report.xml")
        #expect(report.contains(#"<testcase name="mutants of 3.c" classname="\#(folder.path("loose.xml"))" time="0" file="\#(folder.path("loose.xml"))" line="60">"#))
        // Without --mutants the same rubric passes: only the mutants notice the tolerance.
        #expect(try Executable.run(["verify", folder.path("loose.xml")]).status == 0)
    }
}
