import RNNGrading
import RNNRubric

/// Rubric files verified as `verify` verifies them (schema and rules, then
/// `RubricVerification`'s checks), with the report `verify` prints; `serve` refuses to start
/// with the same report when a check fails.
struct RubricVerificationRun {
    /// One file's outcome.
    struct FileResult {
        let file: String
        /// The rubric, when it loaded.
        let rubric: Rubric?
        /// The rubric's grader (its key computed), when it loaded.
        let grader: Grader?
        let checks: [VerificationCheck]
    }

    let results: [FileResult]

    /// Loads and verifies every file in `files`, in order; with `mutants`, also the mutant checks
    /// (`verify --mutants`); for a rubric whose data is drawn per student, `variants` sampled variants.
    init(files: [String], mutants: Bool = false, variants: Int = 200) {
        results = files.map { file in
            switch RubricLoader.load(path: file) {
            case .success(let rubric):
                let grader = Grader(rubric: rubric)
                return FileResult(file: file, rubric: rubric, grader: grader,
                                  checks: [VerificationCheck(name: "schema and rules", file: file)]
                                      + RubricVerification.checks(rubric, grader: grader)
                                      + RubricVerification.variantChecks(rubric, count: variants)
                                      + (mutants ? RubricVerification.mutantChecks(rubric, grader: grader) : []))
            case .failure(let failure):
                return FileResult(file: file, rubric: nil, grader: nil, checks: [VerificationCheck(name: "schema and rules", file: file,
                                                                               line: failure.diagnostics.first?.line, failure: failure.description)])
            }
        }
    }

    /// The number of failed checks over all files.
    var failures: Int { results.reduce(0) { $0 + $1.checks.filter { !$0.passed }.count } }

    /// Per file: how many checks passed, each failure, then notes and warnings.
    var report: String {
        var out = ""
        for result in results {
            let failed = result.checks.filter { !$0.passed }
            out += "\(result.file): \(result.checks.count - failed.count) of \(result.checks.count) checks passed\n"
            for check in failed { out += "  FAIL \(check.name)\n       \(check.failure ?? "")\n" }
            for check in result.checks {
                if let note = check.note { out += "  note \(check.name)\n       \(note)\n" }
                if let warning = check.warning { out += "  warning \(check.name)\n       \(warning)\n" }
            }
        }
        return out
    }
}
