import RNNMath
import RNNRubric
import RNNSolver

/// The hint a template gives for each answer kind: the kind and, for vectors and matrices, the
/// shape (from the solver where the part has an ask, else from the rubric's key), never a value.
struct TemplateHints {
    let rubric: Rubric
    let solver: Solver

    init(rubric: Rubric) {
        self.rubric = rubric
        self.solver = Solver(rubric: rubric)
    }

    /// The design parameters a part asks for (empty for other kinds).
    func parameters(of part: Part) -> [String] {
        if case .design(let spec) = part.answer { return spec.free }
        return []
    }

    /// The hint lines of a part: what to write, the precision numeric parts need, and for
    /// choices the options.
    func hints(for part: Part) -> [String] {
        switch part.answer {
        case .computed(let kind, _, let key):
            let precision = part.precisionRequirement(defaults: rubric.defaults).map { ["precision: \($0)"] } ?? []
            let matrix = keyMatrix(of: part, key: key, kind: kind)
            if let matrix, matrix.hasLeadingAxes {
                return ["an array of shape \(matrix.shapeText) (nested lists, as numpy's tolist() writes them)"] + precision
            }
            return [shaped(kind, shape: matrix.map { ($0.rows, $0.cols) })] + precision
        case .interval:
            return ["an interval such as (a, b), [a, b) or (-inf, b]"]
        case .choice(let spec):
            let ids = spec.options.map(\.id).joined(separator: " | ")
            let what = spec.multiple ? "one or more of \(ids), separated by commas" : "one of \(ids)"
            return [what] + spec.options.map { "  \($0.id): \(TemplateOutline.oneLine($0.text))" }
        case .formula(let spec):
            return ["a formula in \(spec.variables.joined(separator: ", "))"]
        case .design(let spec):
            let model = rubric.problem(containing: part.id)?.model(spec.modelID)
            let lines = spec.free.map { name in
                let shape = model?.params.first { $0.name == name }?.shape
                let kind: ComputedKind = shape.map { $0.rows * $0.cols == 1 ? .number : $0.cols == 1 ? .vector : .matrix } ?? .number
                return "  \(name): \(shaped(kind, shape: shape))"
            }
            return ["the free parameters of model \(spec.modelID), one per line:"] + lines
        case .manual:
            return ["answer in words (graded by hand)"]
        }
    }

    /// `a number`, `a vector of 3 numbers`, `a 2×2 matrix`; without a shape, `a vector`, `a matrix`.
    private func shaped(_ kind: ComputedKind, shape: (rows: Int, cols: Int)?) -> String {
        switch (kind, shape) {
        case (.number, _): "a number"
        case (.vector, let shape?): "a vector of \(shape.rows * shape.cols) numbers"
        case (.vector, nil): "a vector"
        case (.matrix, let shape?): "a \(shape.rows)×\(shape.cols) matrix"
        case (.matrix, nil): "a matrix"
        }
    }

    /// The shape of a vector or matrix part's key (``keyMatrix(of:key:kind:)``); nil for an
    /// array with leading axes, whose shape is checked when it is graded.
    func shape(of part: Part, key: String?, kind: ComputedKind) -> (rows: Int, cols: Int)? {
        guard let matrix = keyMatrix(of: part, key: key, kind: kind), !matrix.hasLeadingAxes else { return nil }
        return (matrix.rows, matrix.cols)
    }

    /// A vector or matrix part's key: solved when there is an ask, else read from `key`.
    private func keyMatrix(of part: Part, key: String?, kind: ComputedKind) -> Matrix? {
        guard kind != .number else { return nil }
        if case .success(let solved) = solver.solve(part: part), let matrix = solved.matrix { return matrix }
        guard let key, case .success(.matrix(let matrix)) = AnswerReader.read(key, as: kind == .vector ? .vector : .matrix) else {
            return nil
        }
        return matrix
    }
}
