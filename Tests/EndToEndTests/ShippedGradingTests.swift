import Foundation
import Testing

/// `rnngrade grade` with no arguments, from the repository's root: every folder of
/// `Submissions/` against its rubric in `Rubrics/`.
@Suite struct ShippedGradingTests {
    /// Each shipped assignment, its one sample student, and its part ids in rubric order.
    /// (`hand-grading.csv` is written for the assignments with hand-graded parts: all but the CS231n and DeepLearning.AI ones.)
    static let assignments: [(id: String, student: String, parts: [String])] = [
        ("assignment5", "seed000", ["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "3.1", "4.1", "4.2", "5.1"]),
        ("cs231n-lstm-forward", "tomas-berg", ["1.a", "1.b"]),
        ("cs231n-lstm-step", "lin-wei", ["1.a", "1.b", "2.a", "2.b", "2.c", "2.d", "2.e"]),
        ("cs231n-rnn-forward", "grace-okafor", ["1.a", "1.b"]),
        ("cs231n-rnn-step", "ada-nguyen", ["1.a", "2.a", "2.b", "2.c"]),
        ("cs231n-word-embedding", "sofia-rossi", ["1.a", "1.b"]),
        ("dlai-dinosaur-clip", "ines-duarte", ["1.a", "1.b", "1.c", "1.d", "1.e", "1.f", "1.g"]),
        ("dlai-lstm-cell", "amara-okafor", ["1.a", "1.b", "1.c", "1.d"]),
        ("dlai-rnn-cell", "kofi-mensah", ["1.a", "1.b", "1.c"]),
        ("in5400-w10", "mohamed-ismail", ["1.a", "1.b", "1.c", "1.d", "2.a", "2.b", "2.c", "2.d"]),
        ("pytorch-lstm-layers", "noa-levi", ["1.a", "1.b", "1.c", "1.d"]),
        ("sharif-dl-a3", "400101515", ["1.a", "1.b", "2.a", "3.a", "3.b", "3.c", "3.d", "3.e", "3.f", "3.g",
                                       "3.h", "4.a", "4.b", "4.c", "5.a", "6.a"]),
        ("sysu-dl-hw3", "16340154", ["1.a", "1.b", "2.a", "2.b", "2.c", "2.d", "2.e", "2.f", "3.a", "3.b", "3.c"]),
        ("theory-rnn-lstm", "seed001", ["1.a", "1.b", "1.c", "2.a", "2.b", "3.a", "3.b", "3.c", "3.d", "3.e", "3.f"]),
    ]

    /// Whether the assignment has parts a TA grades by hand (so `grade` writes `hand-grading.csv`
    /// and `hand-grading.html`).
    static func handGraded(_ id: String) -> Bool { !id.hasPrefix("cs231n-") && !id.hasPrefix("dlai-") && !id.hasPrefix("pytorch-") }

    @Test func writesEveryReportForEveryAssignment() throws {
        let folder = try TemporaryFolder()
        let run = try Executable.run(["grade", "--out", folder.path("out"), "--jobs", "2"])
        #expect(run.status == 0)
        #expect(run.stderr == "")
        var expectedTree: [String] = []
        for (id, student, _) in Self.assignments {
            expectedTree += [id, "\(id)/feedback", "\(id)/feedback/\(student).html", "\(id)/feedback/\(student).md",
                             "\(id)/gradebook.csv", "\(id)/results.json", "\(id)/summary.html", "\(id)/summary.md"]
            if Self.handGraded(id) { expectedTree += ["\(id)/hand-grading.csv", "\(id)/hand-grading.html"] }
        }
        #expect(TemporaryFolder.tree(below: folder.url.appendingPathComponent("out")) == expectedTree.sorted())
    }

    @Test func printsOneTablePerAssignment() throws {
        let folder = try TemporaryFolder()
        let out = folder.path("out")
        let run = try Executable.run(["grade", "--out", out, "--jobs", "1"])
        let titles = run.stdout.split(separator: "\n").filter { !$0.hasPrefix("  ") }
        #expect(titles == [
            "assignment5 — Assignment 5: Recurrent networks and LSTM: 1 submission, reports in \(out)/assignment5/",
            "cs231n-lstm-forward — CS231n assignment 3: LSTM forward over a sequence: 1 submission, reports in \(out)/cs231n-lstm-forward/",
            "cs231n-lstm-step — CS231n assignment 3: LSTM step, forward and backward: 1 submission, reports in \(out)/cs231n-lstm-step/",
            "cs231n-rnn-forward — CS231n assignment 3: vanilla RNN forward over a sequence: 1 submission, reports in \(out)/cs231n-rnn-forward/",
            "cs231n-rnn-step — CS231n assignment 3: vanilla RNN step, forward and backward: 1 submission, reports in \(out)/cs231n-rnn-step/",
            "cs231n-word-embedding — CS231n assignment 3: word embedding forward: 1 submission, reports in \(out)/cs231n-word-embedding/",
            "dlai-dinosaur-clip — Sequence Models, week 1: clipping the gradients of a character-level RNN: 1 submission, reports in \(out)/dlai-dinosaur-clip/",
            "dlai-lstm-cell — Sequence Models, week 1: LSTM cell forward: 1 submission, reports in \(out)/dlai-lstm-cell/",
            "dlai-rnn-cell — Sequence Models, week 1: RNN cell forward: 1 submission, reports in \(out)/dlai-rnn-cell/",
            "in5400-w10 — IN5400 week 10: Recurrent neural networks: 1 submission, reports in \(out)/in5400-w10/",
            "pytorch-lstm-layers — PyTorch nn.LSTM with two layers on a batch: 1 submission, reports in \(out)/pytorch-lstm-layers/",
            "sharif-dl-a3 — Deep Learning, Assignment 3: Recurrent networks: 1 submission, reports in \(out)/sharif-dl-a3/",
            "sysu-dl-hw3 — Homework 3: Recurrent Neural Networks: 1 submission, reports in \(out)/sysu-dl-hw3/",
            "theory-rnn-lstm — Theoretical exercise: RNNs and LSTMs: 1 submission, reports in \(out)/theory-rnn-lstm/",
        ])
        // Seed 003 answered every computed part of in5400-w10 right; its four essays wait for a TA.
        #expect(run.stdout.contains("""
            in5400-w10 — IN5400 week 10: Recurrent neural networks: 1 submission, reports in \(out)/in5400-w10/
              student         points      %  right  partly  wrong  unread.  blank  by hand
              mohamed-ismail    6/11  54.55      4       0      0        0      0        4

            """))
    }

    @Test func resultsJSONHasEveryPart() throws {
        let folder = try TemporaryFolder()
        _ = try Executable.run(["grade", "--out", folder.path("out"), "--quiet"])
        for (id, student, parts) in Self.assignments {
            let results = try JSONObject(file: folder.path("out/\(id)/results.json"))
            #expect(results.string("assignmentID") == id)
            #expect(results.objects("parts").map { $0.string("id") } == parts)
            #expect(results.objects("submissions").map { $0.string("studentID") } == [student])
            #expect(results.objects("submissions").first?.objects("parts").map { $0.string("partID") } == parts)
        }
    }

    @Test func reportsAreByteIdenticalWhateverTheJobCount() throws {
        let folder = try TemporaryFolder()
        let one = try Executable.run(["grade", "--out", folder.path("one"), "--jobs", "1", "--quiet"])
        let eight = try Executable.run(["grade", "--out", folder.path("eight"), "--jobs", "8", "--quiet"])
        #expect(one.status == 0 && eight.status == 0)
        let files = TemporaryFolder.tree(below: folder.url.appendingPathComponent("one"))
        #expect(files.count == Self.assignments.reduce(0) { $0 + (Self.handGraded($1.id) ? 10 : 8) })
        #expect(TemporaryFolder.tree(below: folder.url.appendingPathComponent("eight")) == files)
        for file in files where !folder.isDirectory("one/\(file)") {
            let a = try Data(contentsOf: URL(fileURLWithPath: folder.path("one/\(file)")))
            let b = try Data(contentsOf: URL(fileURLWithPath: folder.path("eight/\(file)")))
            #expect(a == b, "\(file) differs between --jobs 1 and --jobs 8")
        }
        #expect(one.stdout.replacingOccurrences(of: folder.path("one"), with: "OUT")
                == eight.stdout.replacingOccurrences(of: folder.path("eight"), with: "OUT"))
    }
}
