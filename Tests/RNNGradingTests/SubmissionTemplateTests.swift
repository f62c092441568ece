import Foundation
import RNNMath
import RNNRubric
import RNNSolver
import Testing
@testable import RNNGrading

/// Templates: the whole output for one rubric, no key values, and filled-in templates of every
/// shipped rubric reading back without a warning, in both formats.
@Suite struct SubmissionTemplateTests {
    /// Numeric parts state their precision: in5400-w10's default tolerance is relative 1e-3
    /// (abs 1e-9), and 4 figures always suffice as ½·10⁻³ ≤ 1e-3 < ½·10⁻².
    @Test func sheetTemplateOfIn5400() throws {
        let rubric = try SubmissionTestSupport.rubric("in5400-w10.xml")
        #expect(SubmissionTemplate.render(rubric, format: .sheet) == """
            # assignment: in5400-w10
            # student:
            # name:
            #
            # in5400-w10: IN5400 week 10: Recurrent neural networks
            # One answer per line as `part = answer`; a long answer continues on indented lines.

            # Problem 1: A scalar RNN with identity activations

            # 1.a (1 point) Compute the predicted value ŷ₂.
            #   a number
            #   precision: within a relative error of 1e-3 of the key (4 significant figures always suffice)
            1.a =

            # 1.b (1 point) With the quadratic loss L_t = (ŷ_t − y_t)², compute the total loss L = L₁ + L₂.
            #   a number
            #   precision: within a relative error of 1e-3 of the key (4 significant figures always suffice)
            1.b =

            # 1.c (2 points) Compute ∂L/∂h₁.
            #   a number
            #   precision: within a relative error of 1e-3 of the key (4 significant figures always suffice)
            1.c =

            # 1.d (2 points) Compute ∂L/∂W_h.
            #   a number
            #   precision: within a relative error of 1e-3 of the key (4 significant figures always suffice)
            1.d =

            # Problem 2: Recurrent networks in general

            # 2.a (1 point) Show and describe the most general recurrence formula for a recurrent neural network.
            #   answer in words (graded by hand)
            2.a =

            # 2.b (2 points) Why are long range dependencies difficult to learn in a recurrent neural network?
            #   answer in words (graded by hand)
            2.b =

            # 2.c (1 point) Why are Gated Recurrent Units more efficient than vanilla RNNs at preserving long range …
            #   answer in words (graded by hand)
            2.c =

            # 2.d (1 point) What are the advantage and the disadvantage of truncated backpropagation through time?
            #   answer in words (graded by hand)
            2.d =

            """)
    }

    /// An `exact` tolerance over a key with a tanh in it: tanh(1/2) is irrational, so the solver
    /// computes it in floating point and ScalarMatch compares it at the standard relative 1e-3
    /// (docs/comparison.md); the template says that, not "the exact value". The part whose key
    /// is the rational w·x = 1/2 keeps "the exact value".
    @Test func exactToleranceOverAFloatingPointKeyIsNotCalledExact() throws {
        let rubric = try SubmissionTestSupport.rubric(xml: """
            <assignment xmlns="urn:rnngrade:rubric:1" id="tanh-exact" title="Exact tolerance, tanh key">
              <defaults><tolerance mode="exact"/></defaults>
              <problem id="1">
                <model id="m">
                  <param name="w" value="1/2"/>
                  <state name="h" initial="0"/>
                  <input name="x" values="1"/>
                  <equation>h[t] = tanh(w*h[t-1] + w*x[t])</equation>
                </model>
                <part id="a" points="1"><number ask="h[1]"/></part>
                <part id="b" points="1"><number ask="w*x[1]"/></part>
              </problem>
            </assignment>
            """)
        let lines = SubmissionTemplate.render(rubric, format: .sheet).split(separator: "\n").map(String.init)
        let precisions = lines.filter { $0.hasPrefix("#   precision: ") }
        #expect(precisions == [
            "#   precision: within a relative error of 1e-3 of the key (4 significant figures always suffice);"
                + " the key is computed in floating point, so no exact value is asked for",
            "#   precision: the exact value (a fraction such as 1/3, or a decimal that ends)",
        ])
        let outline = Grader(rubric: rubric).outline
        #expect(outline.map { $0.precision?.hasPrefix("within a relative error of 1e-3") } == [true, false])
    }

    @Test(arguments: [
        // sysu-dl-hw3 compares at relative 1e-3 (abs 1e-6): 4 figures always suffice.
        ("sysu-dl-hw3.xml", "2.c", ["#   a 2×2 matrix",
                                    "#   precision: within a relative error of 1e-3 of the key (4 significant figures always suffice)"]),
        ("sharif-dl-a3.xml", "6.a", ["#   the free parameters of model q6, one per line:", "#     W: a 2×2 matrix",
                                     "#     b: a vector of 2 numbers", "#     v: a vector of 2 numbers", "#     r: a number",
                                     "#     c: a number", "#     c0: a number", "6.W =", "6.b =", "6.v =", "6.r =", "6.c =", "6.c0 ="]),
        ("assignment5.xml", "1.3", ["#   one of const | linear | quadratic", "#     const: O(1)", "#     linear: O(t)",
                                    "#     quadratic: O(t²)", "1.3 ="]),
        ("theory-rnn-lstm.xml", "1.a", ["#   a formula in n, k, m", "1.a ="]),
    ])
    func hintsGiveKindsAndShapes(file: String, part: String, lines: [String]) throws {
        let rubric = try SubmissionTestSupport.rubric(file)
        let template = SubmissionTemplate.render(rubric, format: .sheet).split(separator: "\n").map(String.init)
        let start = try #require(template.firstIndex { $0.hasPrefix("# \(part) (") })
        #expect(Array(template[(start + 1)...].prefix(lines.count)) == lines)
    }

    @Test(arguments: SubmissionTestSupport.shippedRubrics)
    func templatesShowNoKeyValues(file: String) throws {
        let rubric = try SubmissionTestSupport.rubric(file)
        let key = AnswerKey(rubric: rubric)
        for format in SubmissionTemplate.Format.allCases {
            let template = SubmissionTemplate.render(rubric, format: format)
            for entry in key.entries {
                guard let value = entry.solved?.matrix, !value.isScalar || value.elements.count > 1 else { continue }
                let shown = ValueFormatting.matrix(value)
                #expect(!template.contains(shown), "\(entry.part.id)'s key \(shown) is in the \(format) template")
            }
        }
    }

    @Test(arguments: SubmissionTestSupport.shippedRubrics)
    func filledTemplatesReadBackWithoutWarnings(file: String) throws {
        let rubric = try SubmissionTestSupport.rubric(file)
        let answers = try TemplateFilling.correctAnswers(rubric)
        for format in SubmissionTemplate.Format.allCases {
            let filled = TemplateFilling.fill(SubmissionTemplate.render(rubric, format: format), format: format, with: answers)
            let submission = try SubmissionTestSupport.submission(filled, file: "400101515.\(format.rawValue)")
            #expect(submission.warnings == [], "\(format)")
            #expect(submission.assignmentID == rubric.id)
            #expect(submission.studentID == "400101515")
            #expect(submission.studentIDSource == .fileName)
            let (byPart, warnings) = submission.answers(for: rubric)
            #expect(warnings == [], "\(format)")
            #expect(byPart.keys.sorted() == rubric.parts.map(\.id).sorted(), "\(format)")
            for part in rubric.parts {
                let resolved = try #require(byPart[part.id])
                #expect(!resolved.isEmpty, "\(format) \(part.id)")
                guard let syntax = PartPlan.syntax(of: part.answer) else { continue }
                let text = part.answer.isDesign ? resolved.weightsText : resolved.answer?.text ?? ""
                // The grader reads choices against the rubric's own options first (word ids such as
                // `const` included), then as labels.
                if case .choice(let spec) = part.answer, spec.optionIDs(in: text) != nil { continue }
                if case .failure(let error) = AnswerReader.read(text, as: syntax) {
                    Issue.record("\(format) \(part.id): \(text) does not read as \(syntax): \(error.message)")
                }
            }
        }
    }
}

/// Filling a template's blanks with correct answers, as a student would.
enum TemplateFilling {
    /// For each blank label (`1.a`, `5.W_h`), a correct answer: the solver's key, the rubric's
    /// key, or for design parameters zeros of the right shape.
    static func correctAnswers(_ rubric: Rubric) throws -> [String: String] {
        let solver = Solver(rubric: rubric)
        var answers: [String: String] = [:]
        for part in rubric.parts {
            let problem = try #require(rubric.problem(containing: part.id))
            switch part.answer {
            case .computed(_, let ask, let key), .interval(let ask, let key):
                if ask != nil, case .success(let solved) = solver.solve(part: part), let value = solved.matrix {
                    answers[part.id] = ValueFormatting.matrix(value)
                } else if let key {
                    answers[part.id] = key
                } else {
                    Issue.record("\(part.id) has neither a solvable ask nor a key")
                }
            case .choice(let spec):
                answers[part.id] = spec.key.joined(separator: ", ")
            case .formula(let spec):
                answers[part.id] = spec.key.text
            case .design(let spec):
                let model = try #require(problem.model(spec.modelID))
                let single = problem.parts.filter(\.answer.isDesign).count == 1
                for name in spec.free {
                    let shape = model.params.first { $0.name == name }?.shape ?? (1, 1)
                    let zeros = try Matrix(rows: shape.rows, cols: shape.cols, elements: Array(repeating: .exact(0), count: shape.rows * shape.cols))
                    answers[single ? "\(problem.id).\(name)" : "\(part.id).\(name)"] = ValueFormatting.matrix(zeros)
                }
            case .manual:
                answers[part.id] = "Gradients vanish because of repeated products."
            }
        }
        return answers
    }

    /// `template` with every blank filled from `answers` (by sheet label).
    static func fill(_ template: String, format: SubmissionTemplate.Format, with answers: [String: String]) -> String {
        var lines = template.components(separatedBy: "\n")
        for (index, line) in lines.enumerated() {
            switch format {
            case .sheet:
                guard line.hasSuffix(" ="), let value = answers[String(line.dropLast(2))] else { continue }
                lines[index] = line + " " + value
            case .xml:
                guard let value = xmlLabels(line).lazy.compactMap({ answers[$0] }).first else { continue }
                let escaped = value.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                lines[index] = line.replacingOccurrences(of: "></answer>", with: ">\(escaped)</answer>")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// The sheet labels an XML template line may stand for: `<answer part="1.a">` is `1.a`;
    /// `<answer part="5.a" param="W">` is `5.a.W`, or `5.W` (the problem's single design part).
    private static func xmlLabels(_ line: String) -> [String] {
        let fields = line.split(separator: "\"").map(String.init)
        guard line.contains("<answer part="), fields.count >= 2 else { return [] }
        guard fields.count >= 4, fields[2].contains("param=") else { return [fields[1]] }
        let problem = fields[1].split(separator: ".").first.map(String.init) ?? ""
        return ["\(fields[1]).\(fields[3])", "\(problem).\(fields[3])"]
    }
}
