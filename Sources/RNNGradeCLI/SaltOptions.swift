import ArgumentParser
import RNNGrading
import RNNRubric
import RNNVariants

/// `--salt-file`: the secret of a rubric that draws data per student.
struct SaltOptions: ParsableArguments {
    @Option(name: .customLong("salt-file"), help: "The secret salt of a rubric whose data is drawn per student (default: the rubric's <variants salt-file> or salt-env). Never printed.")
    var saltFile: String?

    /// The variants of `rubric`; the salt is read only when the rubric draws data. A missing
    /// salt is printed and the command exits 1.
    func family(of rubric: Rubric) throws -> VariantFamily {
        do throws(VariantError) {
            let salt = rubric.isFamily ? try Salt.locate(for: rubric, file: saltFile) : nil
            return VariantFamily(rubric: rubric, salt: salt)
        } catch {
            printError(error.message)
            throw ExitCode(ExitStatus.invalidInput)
        }
    }

    /// The graders of `rubric`'s variants (one grader when nothing is drawn).
    func graders(of rubric: Rubric) throws -> VariantGraders {
        VariantGraders(family: try family(of: rubric))
    }
}
