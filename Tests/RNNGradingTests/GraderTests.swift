import Testing
import RNNRubric
@testable import RNNGrading

/// The grader on small rubrics whose every expected value is worked out by hand in comments.
@Suite struct GraderTests {
    /// h0 = 1, x1 = 10, y1 = 6, W_h = 1, W_x = 1/10, W_y = 2; h1 = W_h·h0 + W_x·x1 = 2,
    /// ŷ1 = W_y·h1 = 4, L = (ŷ1 − y1)² = 4. Parts: a = h[1], b = yhat[1], c = L, d = grad(L, W_h).
    /// ∂L/∂W_h = 2(ŷ1 − y1)·W_y·h0 = 2·(−2)·2·1 = −8.
    static let chain = """
        <?xml version="1.0"?>
        <assignment xmlns="urn:rnngrade:rubric:1" id="chain" title="Chain">
          <defaults><tolerance mode="relative" rel="1e-3" abs="1e-9"/><follow-through credit="0.5"/></defaults>
          <problem id="1">
            <model id="m">
              <param name="W_h" value="1"/><param name="W_x" value="1/10"/><param name="W_y" value="2"/>
              <state name="h" initial="1"/>
              <input name="x" values="10"/><target name="y" values="6"/>
              <equation>h[t] = tanh(W_h*h[t-1] + W_x*x[t])</equation>
              <equation>yhat[t] = W_y*h[t]</equation>
              <loss>sum_t (yhat[t] - y[t])^2</loss>
            </model>
            <part id="a" points="1"><number ask="h[1]"/></part>
            <part id="b" points="1"><number ask="yhat[1]"/></part>
            <part id="c" points="2"><number ask="L"/></part>
            <part id="d" points="2"><number ask="grad(L, W_h)"/></part>
            <part id="e" points="1"><choice key="const"><option id="const">O(1)</option><option id="linear">O(t)</option></choice></part>
            <part id="f" points="1"><manual>words</manual></part>
          </problem>
        </assignment>
        """

    static func grader(_ text: String) throws -> Grader {
        switch RubricLoader.parse(bytes: Array(text.utf8), file: "t.xml") {
        case .success(let rubric): return Grader(rubric: rubric)
        case .failure(let failure): throw failure
        }
    }

    static func answers(_ pairs: [String: String]) -> [String: GivenAnswer] {
        pairs.mapValues { GivenAnswer(text: $0, file: "s.txt", line: 1, column: 7, sourceLine: "1.x = " + $0) }
    }

    // With tanh: h1 = tanh(2) = 0.9640275801, ŷ1 = 1.92805516, L = (1.92805516 − 6)² = 16.58073474.
    @Test func rightAnswersEarnFullCredit() throws {
        let grade = try Self.grader(Self.chain).grade(studentID: "s", file: "s.txt", answers: Self.answers([
            "1.a": "0.96403", "1.b": "1.92806", "1.c": "16.5807", "1.e": "O(1)", "1.f": "some words",
        ]))
        #expect(grade.parts.map(\.verdict) == [.correct, .correct, .correct, .unanswered, .correct, .pending])
        #expect(grade.total == 5)
        #expect(grade.maxTotal == 8)
    }

    // Follow-through along a → b → c: the student's h1 = 0.5 is wrong; then ŷ1 = 2·0.5 = 1 is right
    // given it, and L = (1 − 6)² = 25 is right given that ŷ1. Each later part earns half credit.
    @Test func followThroughAlongAChainOfThreeParts() throws {
        let grade = try Self.grader(Self.chain).grade(studentID: "s", file: "s.txt", answers: Self.answers([
            "1.a": "0.5", "1.b": "1", "1.c": "25",
        ]))
        #expect(grade.parts[0].verdict == .wrong)
        #expect(grade.parts[1].verdict == .partial)
        #expect(grade.parts[1].points == 0.5)
        #expect(grade.parts[1].followThroughFrom == "1.a")
        #expect(grade.parts[1].feedback == ["graded using your answer to 1.a: with it, your answer here is right"])
        #expect(grade.parts[2].verdict == .partial)
        #expect(grade.parts[2].points == 1)
        #expect(grade.parts[2].followThroughFrom != nil)
    }

    // Follow-through on a gradient ask. Seed 003's model (h0 = 1, x = (10, 10), y = (5, 5), W_h = 1,
    // W_x = 1/10, W_y = 2, identity): with the student's ŷ₂ = 7 in place of 6, L keeps its paths
    // through ŷ₂: ∂L/∂W_h = 2(ŷ₁ − 5)·W_y·h0 + 2(7 − 5)·W_y·(h1 + W_h·h0) = −4 + 4·2·3 = 20.
    static let seed003 = """
        <?xml version="1.0"?>
        <assignment xmlns="urn:rnngrade:rubric:1" id="s3" title="S3">
          <defaults><follow-through credit="0.5"/></defaults>
          <problem id="1">
            <model id="m">
              <param name="W_h" value="1"/><param name="W_x" value="1/10"/><param name="W_y" value="2"/>
              <state name="h" initial="1"/><input name="x" values="10 10"/><target name="y" values="5 5"/>
              <equation>h[t] = W_h*h[t-1] + W_x*x[t]</equation>
              <equation>yhat[t] = W_y*h[t]</equation>
              <loss>sum_t (yhat[t] - y[t])^2</loss>
            </model>
            <part id="a" points="1"><number ask="yhat[2]"/></part>
            <part id="b" points="2"><number ask="grad(L, W_h)"/></part>
          </problem>
        </assignment>
        """

    @Test(arguments: [("20", Verdict.partial), ("-4", Verdict.wrong), ("8", Verdict.correct)])
    func followThroughOnAGradient(answer: String, verdict: Verdict) throws {
        let grade = try Self.grader(Self.seed003).grade(studentID: "s", file: "s.txt", answers: Self.answers(["1.a": "7", "1.b": answer]))
        #expect(grade.parts[1].verdict == verdict)
        #expect((grade.parts[1].followThroughFrom != nil) == (verdict == .partial))
    }

    // The built-in "immediate partial" mistake: with earlier steps held fixed,
    // ∂L/∂W_h = Σ_t 2(ŷ_t − y_t)·W_y·h_{t−1} = 2(−1)·2·1 + 2(1)·2·2 = 4 (the key is 8).
    @Test func builtinImmediatePartialIsNamed() throws {
        let grade = try Self.grader(Self.seed003).grade(studentID: "s", file: "s.txt", answers: Self.answers(["1.b": "4"]))
        #expect(grade.parts[1].mistake == "partial")
        #expect(grade.parts[1].feedback.first?.hasPrefix("You kept only the immediate dependence") == true)
    }

    // Never when the earlier answer was right: h1 right, ŷ1 wrong → no follow-through for L = 25.
    @Test func noFollowThroughFromARightAnswer() throws {
        let grade = try Self.grader(Self.chain).grade(studentID: "s", file: "s.txt", answers: Self.answers([
            "1.a": "0.96403", "1.c": "25",
        ]))
        #expect(grade.parts[2].verdict == .wrong)
        #expect(grade.parts[2].followThroughFrom == nil)
    }

    // Built-in mistakes, by hand on the tanh chain: the sign error of ∂L/∂W_h.
    // ∂L/∂W_h = 2(ŷ1 − y1)·W_y·tanh'(2)·h0 = 2·(−4.07194484)·2·0.0706508249·1 = −1.150751…
    @Test func builtinSignMistakeIsNamed() throws {
        let grade = try Self.grader(Self.chain).grade(studentID: "s", file: "s.txt", answers: Self.answers([
            "1.d": "1.15075",
        ]))
        #expect(grade.parts[3].verdict == .wrong)
        #expect(grade.parts[3].mistake == "sign")
        #expect(grade.parts[3].feedback == ["Your value has the wrong sign"])
    }

    // σ and tanh swapped: h1 = σ(2) = 0.8807970780, ŷ1 = 1.761594156.
    @Test func builtinActivationSwapIsNamed() throws {
        let grade = try Self.grader(Self.chain).grade(studentID: "s", file: "s.txt", answers: Self.answers([
            "1.b": "1.76159",
        ]))
        #expect(grade.parts[1].mistake == "sigmoid-tanh")
        #expect(grade.parts[1].feedback.first?.contains("σ and tanh swapped") == true)
    }

    // The ½ of the squared loss: L/2 = 8.290367; the mean over time with T = 1 equals L itself,
    // so it is never reported (the right answer comes first).
    @Test func builtinHalfLossIsNamed() throws {
        let grade = try Self.grader(Self.chain).grade(studentID: "s", file: "s.txt", answers: Self.answers([
            "1.c": "8.29037",
        ]))
        #expect(grade.parts[2].mistake == "half-loss")
    }

    // Off-by-one time index: asking yhat[1], the student gives W_y·h0 = 2 (the step before).
    @Test func builtinOffByOneIsNamed() throws {
        let grade = try Self.grader(Self.chain).grade(studentID: "s", file: "s.txt", answers: Self.answers([
            "1.a": "1",
        ]))
        #expect(grade.parts[0].mistake == "index-1")
    }

    @Test func unreadableAnswerKeepsTheCaretMessage() throws {
        let grade = try Self.grader(Self.chain).grade(studentID: "s", file: "s.txt", answers: [
            "1.a": GivenAnswer(text: "0,5", file: "s.txt", line: 3, column: 7, sourceLine: "1.a = 0,5"),
        ])
        #expect(grade.parts[0].verdict == .unreadable)
        #expect(grade.parts[0].points == 0)
        #expect(grade.parts[0].formatError?.contains("--> s.txt:3:") == true)
        #expect(grade.parts[0].formatError?.contains("1.a = 0,5") == true)
    }

    /// One grader remembers what each answer text reads as and scores (``PartPlan/assessments``);
    /// the second student with the same text must still get their own caret location, their
    /// own follow-through (which depends on their other answers), and the same grade otherwise.
    @Test func rememberedAnswersStayPerStudent() throws {
        let grader = try Self.grader(Self.chain)
        func unreadable(line: Int) -> PartGrade {
            let grade = grader.grade(studentID: "s\(line)", file: "s\(line).txt", answers: [
                "1.a": GivenAnswer(text: "0,5", file: "s\(line).txt", line: line, column: 7, sourceLine: "1.a = 0,5"),
            ])
            return grade.parts[0]
        }
        let first = unreadable(line: 3), second = unreadable(line: 9)
        #expect(first.formatError?.contains("--> s3.txt:3:") == true)
        #expect(second.formatError?.contains("--> s9.txt:9:") == true)
        #expect(first.verdict == .unreadable && second.verdict == .unreadable)

        // ŷ1 = 1 is right only given h1 = 0.5 (see followThroughAlongAChainOfThreeParts), in either order.
        for _ in 0..<2 {
            let carried = grader.grade(studentID: "c", file: "c.txt", answers: Self.answers(["1.a": "0.5", "1.b": "1"]))
            let alone = grader.grade(studentID: "a", file: "a.txt", answers: Self.answers(["1.a": "0.96403", "1.b": "1"]))
            #expect(carried.parts[1].verdict == .partial && carried.parts[1].followThroughFrom == "1.a")
            #expect(alone.parts[1].verdict == .wrong && alone.parts[1].followThroughFrom == nil)
        }

        // The same wrong value twice: the same mistake, points and feedback.
        let once = grader.grade(studentID: "x", file: "x.txt", answers: Self.answers(["1.d": "1.15075"]))
        let twice = grader.grade(studentID: "y", file: "y.txt", answers: Self.answers(["1.d": "1.15075"]))
        #expect(once.parts == twice.parts)
        #expect(twice.parts[3].mistake == "sign")
    }

    /// A sheet saved on Windows (CR LF line ends, a byte order mark): the caret message quotes
    /// the answer's own line, without the CR.
    @Test func crlfSheetQuotesTheRightLine() throws {
        let sheet = "\u{FEFF}# student: w\r\n1.a = 0.96403\r\n1.b = 0,5\r\n"
        let grade = SubmissionGrading.grade(bytes: Array(sheet.utf8), file: "w.txt", grader: try Self.grader(Self.chain))
        #expect(grade.parts[0].verdict == .correct)
        #expect(grade.parts[1].verdict == .unreadable)
        let message = try #require(grade.parts[1].formatError)
        #expect(message.contains("--> w.txt:3:8"))  // the comma
        #expect(message.contains("3 | 1.b = 0,5\n  |        ^"))
        #expect(message.contains("1.b = 0,5\n"))
        #expect(!message.contains("\r"))
    }
}
