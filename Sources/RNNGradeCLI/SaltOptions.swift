import ArgumentParser
import RNNGrading
import RNNRubric
import RNNVariants

/// `--salt-file`: the secret of a rubric that draws data per student.
struct SaltOptions: ParsableArguments {
    @Option(name: .customLong("salt-file"), help: "The secret salt of a rubric whose data is drawn per student (default: the rubric's <variants salt-file> or salt-env). Never printed.")
    var saltFile: String?

    /// The salt of `rubric`, read only when the rubric draws data (nil otherwise). A missing
    /// salt is printed and the command exits 1.
    func salt(of rubric: Rubric) throws -> Salt? {
        do throws(VariantError) {
            return rubric.isFamily ? try Salt.locate(for: rubric, file: saltFile) : nil
        } catch {
            printError(error.message)
            throw ExitCode(ExitStatus.invalidInput)
        }
    }

    /// The variants of `rubric`, drawn with its salt (``salt(of:)``).
    func family(of rubric: Rubric) throws -> VariantFamily {
        VariantFamily(rubric: rubric, salt: try salt(of: rubric))
    }

    /// The graders of `rubric`'s variants (one grader when nothing is drawn), their keys read
    /// from and kept in `keys` when given.
    func graders(of rubric: Rubric, keys: (any AnswerKeyStore)? = nil) throws -> VariantGraders {
        VariantGraders(family: try family(of: rubric), keys: keys)
    }
}
