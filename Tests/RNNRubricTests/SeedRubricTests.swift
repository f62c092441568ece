import Testing
@testable import RNNRubric

/// The five seed documents, encoded as rubrics, load into the structure their questions need.
/// Expected counts and kinds are read off the seed assignments (README.md, "What is shipped") by hand.
@Suite struct SeedRubricTests {
    private func load(_ name: String) throws -> Rubric {
        switch RubricLoader.load(path: RepositoryFiles.rubric(name)) {
        case .success(let rubric): return rubric
        case .failure(let failure):
            Issue.record("\(name) did not load:\n\(failure)")
            throw failure
        }
    }

    private func kinds(_ rubric: Rubric) -> [String] { rubric.parts.map(\.answer.kindName) }

    @Test func seed003ScalarRNNWeek10() throws {
        let rubric = try load("in5400-w10.xml")
        #expect(rubric.id == "in5400-w10")
        #expect(rubric.parts.map(\.id) == ["1.a", "1.b", "1.c", "1.d", "2.a", "2.b", "2.c", "2.d"])
        #expect(kinds(rubric) == ["number", "number", "number", "number", "manual", "manual", "manual", "manual"])
        let model = try #require(rubric.problems[0].model("m"))
        #expect(model.params.map(\.name) == ["W_h", "W_x", "W_y"])
        #expect(model.params[1].value?.text == "1/10")
        #expect(model.states.map(\.name) == ["h"])
        #expect(model.inputs.first?.values.map(\.text) == ["10", "10"])
        #expect(model.targets.first?.values.map(\.text) == ["5", "5"])
        #expect(model.equations.map(\.value.name) == ["h", "yhat"])
        #expect(model.quantities.map(\.name) == ["L"])
        // Parts of a one-model problem use that model.
        #expect(rubric.part("1.d")?.modelID == "m")
        #expect(rubric.part("1.d")?.mistakes.first?.credit == 0.3)
        #expect(rubric.defaults.followThroughCredit == 0.5)
        #expect(rubric.defaults.revealKey)
    }

    @Test func seed002EigendecompositionAndLSTM() throws {
        let rubric = try load("sysu-dl-hw3.xml")
        #expect(rubric.parts.count == 11)
        let w = try #require(rubric.problems[1].model("w"))
        #expect(w.claims.count == 1)
        #expect(w.claims[0].left.text == "Q * Lambda * inv(Q)")
        guard case .computed(.matrix, let ask, nil) = try #require(rubric.part("2.c")).answer else {
            Issue.record("2.c should be a matrix computed from an ask"); return
        }
        #expect(ask?.text == "W^30")
        guard case .choice(let choice) = try #require(rubric.part("3.b")).answer else {
            Issue.record("3.b should be multiple choice"); return
        }
        #expect(choice.multiple)
        #expect(choice.key == ["f", "i", "o"])
        #expect(choice.options.count == 6)
    }

    @Test func seed000Assignment5() throws {
        let rubric = try load("assignment5.xml")
        #expect(rubric.parts.count == 10)
        guard case .interval(nil, let key) = try #require(rubric.part("2.1")).answer else {
            Issue.record("2.1 should be an interval with a key"); return
        }
        #expect(key == "(0, 1)")
        #expect(kinds(rubric).filter { $0 == "manual" }.count == 6)
    }

    @Test func seed001ParameterCounts() throws {
        let rubric = try load("theory-rnn-lstm.xml")
        guard case .formula(let formula) = try #require(rubric.part("1.a")).answer else {
            Issue.record("1.a should be a formula"); return
        }
        #expect(formula.variables == ["n", "k", "m"])
        #expect(formula.integerDomain)
        #expect(rubric.defaults.tolerance?.mode == .exact)
    }

    @Test func seed004DesignQuestions() throws {
        let rubric = try load("sharif-dl-a3.xml")
        #expect(rubric.totalPoints == 400)
        guard case .design(let q5) = try #require(rubric.part("5.a")).answer else {
            Issue.record("5.a should be a design part"); return
        }
        #expect(q5.free == ["W_h", "W_x", "b_h", "W_y", "b_y", "h0"])
        #expect(q5.referenceModelID == "q5ref")
        #expect(q5.cases.count == 1)
        #expect(q5.cases[0].input.count == 10)
        #expect(q5.alphabet.map(\.text) == ["0", "1"])
        guard case .design(let q6) = try #require(rubric.part("6.a")).answer else {
            Issue.record("6.a should be a design part"); return
        }
        #expect(q6.alphabet.count == 4)
        let model = try #require(rubric.problems[5].model("q6"))
        #expect(model.activations.first?.strict == true)
        #expect(model.params.first { $0.name == "W" }?.shape?.rows == 2)
        // y[1] = … is kept beside y[t] = … (it overrides step 1).
        #expect(model.equations.map(\.value.name) == ["hid", "y", "y"])
    }
}
