import Foundation
import Testing

/// Every output a student sees (`check`, the feedback files, Gradescope's `results.json`) hides
/// the key of a part the rubric does not reveal, and shows the key of one it does.
@Suite struct StudentViewOutputTests {
    /// Keys hidden by default; 1.b reveals its own. A = 9173 and B = 6287 appear nowhere else.
    static let rubric = """
        <?xml version="1.0" encoding="UTF-8"?>
        <assignment xmlns="urn:rnngrade:rubric:1" id="keys" version="1" title="Hidden and revealed keys">
          <problem id="1" title="Two numbers">
            <model id="m"><param name="A" value="9173"/><param name="B" value="6287"/></model>
            <part id="a" points="1"><prompt>Give A.</prompt><number ask="A"/></part>
            <part id="b" points="1" reveal="true"><prompt>Give B.</prompt><number ask="B"/></part>
            <part id="c" points="1"><prompt>Explain.</prompt><manual>Anything.</manual></part>
          </problem>
        </assignment>
        """

    static let answers = "# assignment: keys\n# student: ola\n1.a = 5\n1.b = 5\n1.c = because\n"

    @Test func everyStudentOutputHidesTheSameKey() throws {
        let folder = try TemporaryFolder()
        try folder.write(Self.rubric, to: "keys.xml")
        try folder.write(Self.answers, to: "submissions/ola.txt")

        let check = try Executable.run(["check", "keys.xml", "submissions/ola.txt"], in: folder.url)
        #expect(check.status == 0)
        let grade = try Executable.run(["grade", "keys.xml", "submissions", "--out", "out"], in: folder.url)
        #expect(grade.status == 0)
        let gradescope = try Executable.run(["gradescope", "--rubric", "keys.xml", "--submission", "submissions/ola.txt",
                                             "--results", "results.json"], in: folder.url)
        #expect(gradescope.status == 0)

        let outputs = [
            "check": check.stdout,
            "feedback.md": try folder.text("out/keys/feedback/ola.md"),
            "feedback.html": try folder.text("out/keys/feedback/ola.html"),
            "results.json (Gradescope)": try folder.text("results.json"),
        ]
        for (name, text) in outputs {
            #expect(!text.contains("9173"), "\(name) shows the hidden key")
            #expect(text.contains("6287"), "\(name) does not show the revealed key")
        }
        // The hand-graded 1.c waits for a TA in check and is left out of Gradescope's tests.
        #expect(check.stdout.contains("Auto-graded so far: 0 of 2 points.\nGraded by hand later: 1.c"))
        #expect(!(try folder.text("results.json")).contains("1.c"))
    }
}
