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
              --version               Show the version.
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
              prairielearn            Grade one submission as a PrairieLearn external
                                      grader and write its results.json.
              serve                   Serve a page where students check their answers
                                      against rubrics that stay on this machine.
              attempts                Read the checks `rnngrade serve` recorded.
              handout                 Write each student's handout (their own numbers in
                                      the prompts; Markdown and HTML) and blank answer
                                      sheet, one folder per student. Never a key or the
                                      salt.

              See 'rnngrade help <subcommand>' for detailed help.

            """)
        for name in ["grade", "check", "verify", "key", "template", "validate", "gradescope", "prairielearn", "serve", "attempts", "handout"] {
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

            USAGE: rnngrade grade [<options>] [<rubric>] [<submissions>]

            ARGUMENTS:
              <rubric>                The rubric XML file (omit both arguments to grade the
                                      shipped examples).
              <submissions>           The folder of submissions (answer files, or one
                                      folder per student), or one answer file to regrade.

            OPTIONS:
              -o, --out <out>         Where to write the reports (one folder per assignment
                                      inside it). (default: out)
              -j, --jobs <jobs>       How many submissions to grade at once (default: one
                                      per processor core).
              --canvas                Also write canvas.csv in Canvas's gradebook import
                                      layout.
              --moodle                Also write moodle.csv in Moodle's grade import layout.
              --gradescope-csv        Also write gradescope.csv (Name, Email, SID and the
                                      score) for a Gradescope course.
              --roster <roster>       The class list: a Canvas gradebook export, a Moodle
                                      participants export, or a CSV with columns id, name,
                                      email, lms user id, section. Reports then carry
                                      names, and the exports have a row for every roster
                                      student.
              --canvas-assignment <name:id>
                                      The Canvas assignment canvas.csv posts to, as its
                                      title and its id (the number in its address):
                                      "Homework 3:4455".
              --only <id>             Regrade only these students (ids as the reports show
                                      them) and merge them into the existing reports.
              --replace               Let a folder with far fewer submissions than the
                                      existing reports replace them (a regrade of some
                                      students should use --only).
              --hand <file>           A filled hand-grading.csv: merge its points and
                                      comments into every report and export.
              --pending <pending>     What --canvas/--moodle/--gradescope-csv post for a
                                      student whose hand-graded parts await a TA: auto-only
                                      (the auto-graded points so far), blank (nothing) or
                                      zero. (values: auto-only, blank, zero; default:
                                      auto-only)
              --duplicates <duplicates>
                                      Which file counts when several claim one student:
                                      latest (the newest file, as an LMS keeps the last
                                      resubmission), first, or error (none counts; fix the
                                      folder). (values: latest, first, error; default:
                                      latest)
              --csv-bom               Start every CSV file with a UTF-8 byte order mark, so
                                      that Excel shows names with accents right.
              -q, --quiet             Print only the one-line summary per assignment (no
                                      progress bar, no table).
              --salt-file <salt-file> The secret salt of a rubric whose data is drawn per
                                      student (default: the rubric's <variants salt-file>
                                      or salt-env). Never printed.
              --version               Show the version.
              -h, --help              Show help information.


            """)
        for option in ["--out", "--jobs", "--canvas", "--moodle", "--gradescope-csv", "--roster", "--canvas-assignment", "--only", "--replace", "--hand", "--pending", "--duplicates", "--csv-bom", "--quiet"] {
            #expect(run.stdout.contains("\(option) "))
        }
    }

    @Test func aBadJobCountIsAUsageError() throws {
        let run = try Executable.run(["grade", "--jobs", "0", "Rubrics/in5400-w10.xml", "Submissions/in5400-w10"])
        #expect(run.status == 64)
        #expect(run.stdout == "")
        #expect(run.stderr == """
            Error: --jobs 0: give how many submissions to grade at once, at least 1 (default: one per core, \(ProcessInfo.processInfo.activeProcessorCount) here)
            Usage: rnngrade grade [<options>] [<rubric>] [<submissions>]
              See 'rnngrade grade --help' for more information.

            """)
    }
}
