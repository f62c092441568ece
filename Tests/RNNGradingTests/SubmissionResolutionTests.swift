import Testing
@testable import RNNGrading

/// Matching submission labels to rubric parts and design parameters.
@Suite struct SubmissionResolutionTests {
    /// Problem 1 has two design parts (a, b) and a number part (c).
    static let twoDesigns = """
        <assignment xmlns="urn:rnngrade:rubric:1" id="two" title="Two designs">
          <problem id="1">
            <model id="m1">
              <param name="w" free="true"/> <param name="b" free="true"/>
              <input name="x"/> <state name="h" initial="0"/>
              <equation>h[t] = w*h[t-1] + b*x[t]</equation>
            </model>
            <model id="m2">
              <param name="w" free="true"/> <param name="v" free="true"/>
              <input name="x"/> <state name="h" initial="0"/>
              <equation>h[t] = w*h[t-1] + v*x[t]</equation>
            </model>
            <part id="a" points="1"><design model="m1" free="w b" output="h" alphabet="0 1" max-length="2"><expect>0</expect></design></part>
            <part id="b" points="1"><design model="m2" free="w v" output="h" alphabet="0 1" max-length="2"><expect>0</expect></design></part>
            <part id="c" points="1"><number key="1"/></part>
          </problem>
        </assignment>
        """

    @Test func partsAndParametersOfASingleDesignPart() throws {
        let rubric = try SubmissionTestSupport.rubric("sharif-dl-a3.xml")
        let submission = try SubmissionTestSupport.submission("""
            1.a = sigmoid(h0)
            5.W_h = 1
            5.a.W_x = 1
            5.a = b_h = -1.5; W_y = 1
            6.a = W = [[1, 0], [0, 1]]
            """)
        let (byPart, warnings) = submission.answers(for: rubric)
        #expect(warnings == [])
        #expect(byPart == [
            "1.a": ResolvedAnswer(partID: "1.a", answer: answer("1.a", "sigmoid(h0)", 1, 7)),
            "5.a": ResolvedAnswer(partID: "5.a", answer: answer("5.a", "b_h = -1.5; W_y = 1", 4, 7), parameters: [
                ParameterAnswer(name: "W_h", answer: answer("5.W_h", "1", 2, 9)),
                ParameterAnswer(name: "W_x", answer: answer("5.a.W_x", "1", 3, 11)),
            ]),
            "6.a": ResolvedAnswer(partID: "6.a", answer: answer("6.a", "W = [[1, 0], [0, 1]]", 5, 7)),
        ])
        #expect(byPart["5.a"]?.weightsText == "b_h = -1.5; W_y = 1\nW_h = 1\nW_x = 1")
    }

    @Test(arguments: [
        // unknown parts: the closest id and the list of parts
        ("1.e = 1", "answers.txt:1:7: 1.e is not a part of in5400-w10 (did you mean 1.d?); parts are 1.a–1.d, 2.a–2.d"),
        ("1.aa = 1", "answers.txt:1:8: 1.aa is not a part of in5400-w10 (did you mean 1.a?); parts are 1.a–1.d, 2.a–2.d"),
        ("7.a = 1", "answers.txt:1:7: 7.a is not a part of in5400-w10 (did you mean 2.a?); parts are 1.a–1.d, 2.a–2.d"),
        ("12.xyz = 1", "answers.txt:1:10: 12.xyz is not a part of in5400-w10; parts are 1.a–1.d, 2.a–2.d"),
        // a parameter label where the problem has no design part
        ("1.W_h = 1", "answers.txt:1:9: 1.W_h is not a part of in5400-w10; parts are 1.a–1.d, 2.a–2.d"),
        ("1.a.W_h = 1", "answers.txt:1:11: 1.a.W_h is not a part of in5400-w10; parts are 1.a–1.d, 2.a–2.d"),
    ])
    func unknownLabels(text: String, warning: String) throws {
        let rubric = try SubmissionTestSupport.rubric("in5400-w10.xml")
        let (byPart, warnings) = try SubmissionTestSupport.submission("# assignment: in5400-w10\n" + text)
            .answers(for: rubric)
        #expect(byPart.isEmpty)
        #expect(warnings.map(\.description) == [warning.replacingOccurrences(of: "answers.txt:1:", with: "answers.txt:2:")])
    }

    @Test(arguments: [
        ("1.w = 1", [], "answers.txt:1:7: 1.w is ambiguous: 1.a and 1.b both have a parameter w; write 1.a.w"),
        ("1.b.b = 1", [], "answers.txt:1:9: b is not a parameter of 1.b; its parameters are w, v"),
        ("1.c.w = 1", [], "answers.txt:1:9: 1.c.w is not a part of two (did you mean 1.c?); parts are 1.a–1.c"),
        ("1.v = 1", ["1.b"], nil),
        ("1.a.w = 1", ["1.a"], nil),
    ] as [(String, [String], String?)])
    func parametersWithTwoDesignParts(text: String, parts: [String], warning: String?) throws {
        let rubric = try SubmissionTestSupport.rubric(xml: Self.twoDesigns)
        let (byPart, warnings) = try SubmissionTestSupport.submission(text).answers(for: rubric)
        #expect(byPart.keys.sorted() == parts)
        #expect(warnings.map(\.description) == (warning.map { [$0] } ?? []))
    }

    @Test func parameterGivenTwiceKeepsTheFirst() throws {
        let rubric = try SubmissionTestSupport.rubric("sharif-dl-a3.xml")
        let (byPart, warnings) = try SubmissionTestSupport.submission("5.W_h = 1\n5.a.W_h = 2").answers(for: rubric)
        #expect(byPart["5.a"]?.parameters == [ParameterAnswer(name: "W_h", answer: answer("5.W_h", "1", 1, 9))])
        #expect(warnings.map(\.description) == ["answers.txt:2:11: 5.a.W_h gives W_h of 5.a again; the value on line 1 is kept"])
    }

    @Test func anotherAssignmentIsWarned() throws {
        let rubric = try SubmissionTestSupport.rubric("in5400-w10.xml")
        let (_, warnings) = try SubmissionTestSupport.submission("# assignment: sysu-dl-hw3\n1.a = 6").answers(for: rubric)
        #expect(warnings.map(\.description) == ["answers.txt:1:1: this submission is for assignment sysu-dl-hw3, but it is graded as in5400-w10"])
    }

    @Test func blankAnswersAreKeptAndEmpty() throws {
        let rubric = try SubmissionTestSupport.rubric("sharif-dl-a3.xml")
        let (byPart, _) = try SubmissionTestSupport.submission("1.a =\n5.W_h =\n1.b = 3").answers(for: rubric)
        #expect(byPart["1.a"]?.isEmpty == true)
        #expect(byPart["5.a"]?.isEmpty == true)
        #expect(byPart["1.b"]?.isEmpty == false)
    }
}
