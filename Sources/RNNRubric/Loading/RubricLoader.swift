import RNNXML

/// Loads rubric files: safe XML parsing, XSD validation, then the rubric's own checks
/// (unique ids, references, expressions, names). Every failure is a located diagnostic.
package enum RubricLoader {
    /// Loads the rubric at `path`.
    package static func load(path: String) -> Result<Rubric, RubricLoadFailure> {
        switch RubricSchema.compiled {
        case .failure(let failure):
            return .failure(RubricLoadFailure(failure.diagnostics))
        case .success(let schema):
            return SafeXML.load(path: path, schema: schema)
                .mapError { RubricLoadFailure($0.diagnostics) }
                .flatMap(read)
        }
    }

    /// Loads a rubric from bytes; `file` names it in diagnostics.
    package static func parse(bytes: [UInt8], file: String) -> Result<Rubric, RubricLoadFailure> {
        switch RubricSchema.compiled {
        case .failure(let failure):
            return .failure(RubricLoadFailure(failure.diagnostics))
        case .success(let schema):
            return SafeXML.parse(bytes: bytes, file: file, schema: schema)
                .mapError { RubricLoadFailure($0.diagnostics) }
                .flatMap(read)
        }
    }

    private static func read(_ tree: XMLDocumentTree) -> Result<Rubric, RubricLoadFailure> {
        let reader = RubricReader(tree: tree)
        for problem in tree.root.children(named: "problem") { reader.checkUniqueness(problem: problem) }
        reader.reportDuplicates(tree.root.children(named: "problem"), key: "id", what: "problem id", scope: "this assignment")
        var rubric = reader.readAssignment()
        reader.resolveModels(&rubric)
        reader.checkReferences(rubric)
        reader.checkNames(rubric)
        return reader.diagnostics.isEmpty ? .success(rubric) : .failure(RubricLoadFailure(reader.diagnostics))
    }
}
