import Foundation
import Testing

/// `grade`'s everyday options through the executable: `--version`, `-o`/`-j`, `--quiet`, the
/// messages for a bad `--out` or `--jobs`, `--csv-bom`, and exports kept across runs.
@Suite struct GradeOptionTests {
    static let rubric = Executable.repositoryRoot.appendingPathComponent("Rubrics/in5400-w10.xml").path

    /// A folder with one answer sheet (1.a and 1.b right: 2 of 11 points).
    static func classFolder() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write("# assignment: in5400-w10\n# student: ana\n1.a = 6\n1.b = 2\n", to: "subs/ana.txt")
        return folder
    }

    @Test func versionNamesTheFormats() throws {
        let run = try Executable.run(["--version"])
        #expect(run.status == 0)
        #expect(run.stdout == "rnngrade 0.14.0 (rubric format 1, submission format 1)\n")
    }

    @Test func shortOptionsAndQuietPrintOneLine() throws {
        let folder = try Self.classFolder()
        let run = try Executable.run(["grade", Self.rubric, "subs", "-o", "reports", "-j", "1", "--quiet"], in: folder.url)
        #expect(run.status == 0)
        #expect(run.stdout == "in5400-w10 — IN5400 week 10: Recurrent neural networks: 1 submission, reports in \(folder.path("reports/in5400-w10"))/\n")
        #expect(FileManager.default.fileExists(atPath: folder.path("reports/in5400-w10/gradebook.csv")))
    }

    @Test func outThatIsAFileIsRefusedBeforeGrading() throws {
        let folder = try Self.classFolder()
        try folder.write("not a folder", to: "taken")
        let run = try Executable.run(["grade", Self.rubric, "subs", "--out", "taken"], in: folder.url)
        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(run.stderr == "--out taken is a file, not a folder: give a folder for the reports (it is created if missing)\n")
        let below = try Executable.run(["grade", Self.rubric, "subs", "--out", "taken/reports"], in: folder.url)
        #expect(below.stderr == "--out taken/reports: cannot create taken/reports (Not a directory); give a folder you may write in\n")
    }

    @Test func jobsBelowOneIsAUsageError() throws {
        for jobs in ["0", "-3"] {
            let run = try Executable.run(["grade", Self.rubric, "subs", "--jobs=\(jobs)"])
            #expect(run.status == 64)
            #expect(run.stderr.hasPrefix("Error: --jobs \(jobs): give how many submissions to grade at once, at least 1 (default: one per core, "))
        }
    }

    @Test func csvBOMStartsEveryCSVFile() throws {
        let folder = try Self.classFolder()
        _ = try Executable.run(["grade", Self.rubric, "subs", "-o", "out", "--canvas", "--moodle", "--csv-bom"], in: folder.url)
        for name in ["gradebook.csv", "canvas.csv", "moodle.csv"] {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: folder.path("out/in5400-w10/\(name)")))
            #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF], "\(name)")
        }
        let results = try Data(contentsOf: URL(fileURLWithPath: folder.path("out/in5400-w10/results.json")))
        #expect(results.first == UInt8(ascii: "{"))
    }

    /// An export asked for once is rewritten on later runs, from the new grades, even without
    /// its flag (a forgotten `--canvas` must not delete the file the TA was about to upload).
    @Test func exportsAskedForOnceAreKeptUpToDate() throws {
        let folder = try Self.classFolder()
        _ = try Executable.run(["grade", Self.rubric, "subs", "-o", "out", "--canvas"], in: folder.url)
        try folder.write("# assignment: in5400-w10\n# student: ana\n1.a = 6\n1.b = 2\n1.c = 0\n", to: "subs/ana.txt")
        _ = try Executable.run(["grade", Self.rubric, "subs", "-o", "out"], in: folder.url)
        let canvas = try folder.text("out/in5400-w10/canvas.csv")
        // 1.a (1) + 1.b (1) + 1.c (2) = 4 auto-graded points after the second run.
        #expect(canvas.contains("\r\nana,"))
        #expect(canvas.hasSuffix(",4\r\n"))
        #expect(!FileManager.default.fileExists(atPath: folder.path("out/in5400-w10/moodle.csv")))
    }
}
