import ArgumentParser
import RNNRubric

/// Loading a rubric named on the command line, printing its diagnostics on failure.
enum RubricFile {
    /// The rubric at `path`; on failure its diagnostics go to standard error and the command exits 1.
    static func load(_ path: String) throws -> Rubric {
        switch RubricLoader.load(path: path) {
        case .success(let rubric): return rubric
        case .failure(let failure):
            printError(failure.description)
            throw ExitCode(ExitStatus.invalidInput)
        }
    }
}
