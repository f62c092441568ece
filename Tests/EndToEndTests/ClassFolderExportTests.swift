import Foundation
import Testing

/// The class folder of `ClassFolderTests`, with Eze's Blackboard upload rewritten the way
/// students really write: labels `1a`, `(1.b)`, `1.c:` and `1.d)`, a label for a part that does
/// not exist, and 1.d rounded too early. Graded with every export at once.
///
/// By hand from in5400-w10 (1.a = 6, 1.b = 2, 1.c = 0 worth 1, 1, 2 points; 1.d = 8 worth 2;
/// tolerance relative 1e-3, absolute 1e-9): Eze's 1.a–1.c are right (4 points). His 1.d =
/// 7.99 is off by 0.01 > 0.008 (= 1e-3 · 8 + 1e-9): wrong. It agrees with 8 to 2 significant
/// figures (0.01 ≤ ½·10⁻¹, > ½·10⁻²) and the part needs 3 (½·10⁻² = 0.005 ≤ 0.008 < 0.05).
@Suite struct ClassFolderExportTests {
    static let eze = "class/Homework 3_eokafor_attempt_2024-03-01-14-05-09_answers.txt"

    static func gradedClass() throws -> (TemporaryFolder, CommandRun) {
        let folder = try ClassFolderTests.classFolder()
        try folder.write("# assignment: in5400-w10\n1a = 6\n(1.b) = 2\n1.c: 0\n1.d) 7.99\n2.e = gates\n", to: eze)
        let run = try Executable.run(["grade", ClassFolderTests.rubric, "class", "-o", "out", "--roster", "roster.csv",
                                      "--canvas", "--moodle", "--gradescope-csv", "--canvas-assignment", "Homework 3:4455"],
                                     in: folder.url)
        return (folder, run)
    }

    /// The last cell of each data row of a CSV (names may hold quoted commas; the grade, last,
    /// never does).
    static func lastCells(_ text: String, skipping headerRows: Int) -> [String] {
        text.components(separatedBy: "\r\n").dropFirst(headerRows).filter { !$0.isEmpty }.map {
            String($0[$0.index(after: $0.lastIndex(of: ",")!)...])
        }
    }

    /// Carol 4, Alice 6 (2.a pending: auto-graded so far), Bo 1, Dee 0 (nothing handed in),
    /// Eze 4: every roster student has a number in every export.
    @Test func everyExportHasANumberForEveryRosterStudent() throws {
        let (folder, run) = try Self.gradedClass()
        #expect(run.status == 0, "\(run.stderr)")
        let expected = ["4", "6", "1", "0", "4"]
        #expect(Self.lastCells(try folder.text("out/in5400-w10/canvas.csv"), skipping: 2) == expected)
        #expect(Self.lastCells(try folder.text("out/in5400-w10/moodle.csv"), skipping: 1) == expected)
        #expect(Self.lastCells(try folder.text("out/in5400-w10/gradescope.csv"), skipping: 1) == expected)
        // The roster (a Canvas gradebook export) has no e-mail column, so Email is empty.
        #expect(try folder.text("out/in5400-w10/gradescope.csv") == """
            Name,Email,SID,IN5400 week 10: Recurrent neural networks\r
            "White, Carol",,400101515,4\r
            "Smith, Alice",,400101516,6\r
            "Lee, Bo",,400101517,1\r
            "Díaz, Dee",,400101518,0\r
            "Okafor, Eze",,400101519,4\r

            """)
        #expect(run.stdout.contains("  note: canvas.csv, gradescope.csv and moodle.csv post the auto-graded points so far for 1 student"))
    }

    /// Eze's loose labels count, each with a warning; the unknown one gets "did you mean";
    /// his rounded 1.d says how close it came and what it needs.
    @Test func labelTyposAndNearMissesReachTheFeedback() throws {
        let (folder, _) = try Self.gradedClass()
        let feedback = try folder.text("out/in5400-w10/feedback/400101519.md")
        let results = try JSONObject(file: folder.path("out/in5400-w10/results.json"))
        let eze = try #require(results.objects("submissions").first { $0.string("studentID") == "400101519" })
        let warnings = try #require(eze.strings("warnings")).joined(separator: "\n")
        let file = "Homework 3_eokafor_attempt_2024-03-01-14-05-09_answers.txt"
        for warning in [
            "\(file):3:9: (1.b) read as part 1.b; write `1.b = …` to be sure",
            "\(file):4:6: 1.c: read as part 1.c; write `1.c = …` to be sure",
            "\(file):5:6: 1.d) read as part 1.d; write `1.d = …` to be sure",
            "\(file):6:7: 2.e is not a part of in5400-w10 (did you mean 2.d?); parts are 1.a–1.d, 2.a–2.d",
            "\(file):2:6: 1a read as part 1.a; write `1.a = …` to be sure",
        ] {
            #expect(warnings.contains(warning), "missing: \(warning) in \(warnings)")
        }
        #expect(feedback.contains("**Correct: 1 / 1 point**"))
        #expect(feedback.contains("- your answer agrees with the key to 2 significant figures; this part needs 3\n"))
        #expect(feedback.contains("Precision needed: within a relative error of 1e-3 of the key (4 significant figures always suffice)"))
        #expect(eze.number("total") == 4)
        #expect(eze.string("status") == "graded")
    }

    /// The summary links every student to their feedback page; the hand-grading page shows
    /// Alice's essay with what to look for.
    @Test func summaryTableAndHandGradingPage() throws {
        let (folder, _) = try Self.gradedClass()
        let summary = try folder.text("out/in5400-w10/summary.html")
        for id in ["400101515", "400101516", "400101517", "400101519", "stranger"] {
            #expect(summary.contains("<a href=\"feedback/\(id).html\">\(id)</a>"), "no link for \(id)")
            #expect(FileManager.default.fileExists(atPath: folder.path("out/in5400-w10/feedback/\(id).html")))
        }
        #expect(summary.contains("<table class=\"sortable\">"))
        #expect(summary.contains("<td>pending: 2.a</td>"))
        let hand = try folder.text("out/in5400-w10/hand-grading.html")
        #expect(hand.contains("<td>The product of many Jacobians with norm below one shrinks the gradient exponentially.</td>"))
        #expect(hand.contains("<p>Look for: h_t = f_W(h_{t-1}, x_t) with the same function and parameters at every step; each symbol described.</p>"))
        #expect(!hand.contains("<script"))
    }
}
