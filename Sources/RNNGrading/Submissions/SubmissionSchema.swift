import RNNXML

/// The compiled submission schema (format version 1), shared by every load on every thread.
package enum SubmissionSchema {
    /// The XSD text, identical to the shipped `Rubrics/submission.xsd`.
    package static var text: String { submissionSchemaText }

    /// The compiled schema, or the diagnostics of compiling it (only possible if the embedded
    /// text were broken; a test compiles it).
    package static let compiled: Result<XMLSchema, XMLLoadFailure> = Result { () throws(XMLLoadFailure) in
        try XMLSchema(xsd: submissionSchemaText, name: "submission.xsd")
    }
}
