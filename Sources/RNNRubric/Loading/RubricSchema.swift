import RNNXML

/// The compiled rubric schema (format version 1), shared by every load on every thread.
package enum RubricSchema {
    /// The XSD text, identical to the shipped `Rubrics/rubric.xsd`.
    package static var text: String { rubricSchemaText }

    /// The compiled schema, or the diagnostics of compiling it (only possible if the embedded
    /// text were broken; a test compiles it).
    package static let compiled: Result<XMLSchema, XMLLoadFailure> = Result { () throws(XMLLoadFailure) in
        try XMLSchema(xsd: rubricSchemaText, name: "rubric.xsd")
    }
}
