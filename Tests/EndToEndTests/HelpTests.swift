import Foundation
import Testing

/// Help and usage screens, compared whole.
@Suite struct HelpTests {
    @Test func rootHelpListsEverySubcommand() throws {
        let run = try Executable.run(["--help"])
        #expect(run.status == 0)
        #expect(run.stdout == """
            OVERVIEW: Grade recurrent-neural-network homework exactly, and explain every
            grade.

            USAGE: rnngrade <subcommand>

            OPTIONS:
              -h, --help              Show help information.

            SUBCOMMANDS:
              grade                   Grade a folder of submissions and write the
                                      gradebook, feedback and class summary. With no
                                      arguments, grade every folder of Submissions/ against
                                      the rubric in Rubrics/ with the same assignment id.
              check                   Check your answers before submitting: each part
                                      right, partly right, wrong, unreadable or unanswered,
                                      with hints; the key only where the rubric allows.
              verify                  Check rubrics for CI: schema and rules, typed keys
                                      against the solver, claims, self-tests and lint; exit
                                      0 only when everything holds.
              key                     Print the worked answer key of a rubric: every part's
                                      value with the intermediate values that lead to it.
              template                Print a blank submission for a rubric: every part
                                      with its prompt and the kind and shape of answer
                                      expected.
              validate                Check rubric files against the schema and the rubric
                                      rules; print every error with file:line:column.
              gradescope              Grade one submission in Gradescope's autograder
                                      layout and write its results.json.
              handout                 Write each student's handout (their own numbers in
                                      the prompts; Markdown and HTML) and blank answer
                                      sheet, one folder per student. Never a key or the
                                      salt.

              See 'rnngrade help <subcommand>' for detailed help.

            """)
        for name in ["grade", "check", "verify", "key", "template", "validate", "gradescope", "handout"] {
            #expect(run.stdout.contains("\n  \(name) "))
        }
    }

    @Test func gradeHelpListsEveryOption() throws {
        let run = try Executable.run(["grade", "--help"])
        #expect(run.status == 0)
        #expect(run.stdout == """
            OVERVIEW: Grade a folder of submissions and write the gradebook, feedback and
            class summary. With no arguments, grade every folder of Submissions/ against
            the rubric in Rubrics/ with the same assignment id.

            USAGE: rnngrade grade [<rubric>] [<submissions>] [--out <out>] [--jobs <jobs>] [--canvas] [--moodle] [--quiet] [--salt-file <salt-file>]

            ARGUMENTS:
              <rubric>                The rubric XML file (omit both arguments to grade the
                                      shipped examples).
              <submissions>           The folder of submissions: answer files, or one
                                      folder per student.

            OPTIONS:
              --out <out>             Where to write the reports (one folder per assignment
                                      inside it). (default: out)
              --jobs <jobs>           How many submissions to grade at once (default: one
                                      per processor core).
              --canvas                Also write canvas.csv in Canvas's gradebook import
                                      layout.
              --moodle                Also write moodle.csv in Moodle's grade import layout.
              -q, --quiet             Print no progress bar.
              --salt-file <salt-file> The secret salt of a rubric whose data is drawn per
                                      student (default: the rubric's <variants salt-file>
                                      or salt-env). Never printed.
              -h, --help              Show help information.


            """)
        for option in ["--out", "--jobs", "--canvas", "--moodle", "--quiet"] {
            #expect(run.stdout.contains("\(option) "))
        }
    }

    @Test func aBadJobCountIsAUsageError() throws {
        let run = try Executable.run(["grade", "--jobs", "0", "Rubrics/in5400-w10.xml", "Submissions/in5400-w10"])
        #expect(run.status == 64)
        #expect(run.stdout == "")
        #expect(run.stderr == """
            Error: --jobs must be at least 1
            Usage: rnngrade grade [<rubric>] [<submissions>] [--out <out>] [--jobs <jobs>] [--canvas] [--moodle] [--quiet] [--salt-file <salt-file>]
              See 'rnngrade grade --help' for more information.

            """)
    }
}
