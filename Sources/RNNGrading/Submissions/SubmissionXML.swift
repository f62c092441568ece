import RNNXML

/// Reads a submission XML file (`Rubrics/submission.xsd`) into the same ``Submission`` a plain
/// answer sheet gives:
///
/// ```xml
/// <submission xmlns="urn:rnngrade:submission:1" assignment="in5400-w10" student="400101515">
///   <answer part="1.a">6</answer>
///   <answer part="5.a" param="W_h">1</answer>
/// </submission>
/// ```
/// The file goes through `SafeXML` (no DOCTYPE, no entities, no network, bounded size and
/// depth) and the compiled schema; each answer's position is that of its text's first character.
enum SubmissionXML {
    /// The submission in `bytes`, or every located problem that stops it being read.
    static func parse(_ bytes: [UInt8], file: String) -> Result<Submission, SubmissionError> {
        let schema: XMLSchema
        switch SubmissionSchema.compiled {
        case .success(let compiled): schema = compiled
        case .failure(let failure): return .failure(SubmissionError(message: failure.description))
        }
        let limits = XMLLimits(maxBytes: SubmissionReader.maxBytes, maxDepth: 8)
        return SafeXML.parse(bytes: bytes, file: file, schema: schema, limits: limits)
            .mapError { SubmissionError(message: $0.description) }
            .map(submission)
    }

    /// The submission of a schema-valid document.
    private static func submission(of tree: XMLDocumentTree) -> Submission {
        var draft = SubmissionDraft(file: tree.file)
        for field in SubmissionDraft.Field.allCases {
            guard let value = tree.root.attribute(field.rawValue) else { continue }
            let position = tree.position(ofAttributeValue: field.rawValue, in: tree.root)
            draft.set(field, to: value.trimmingBlanks(), line: position?.line ?? tree.root.line,
                      column: position?.column ?? tree.root.column)
        }
        var source = SourceColumns(lines: tree.sourceLines)
        for node in tree.root.children(named: "answer") {
            let label = (node.attribute("part") ?? "") + (node.attribute("param").map { "." + $0 } ?? "")
            let text = node.text.trimming(\.isWhitespace)
            let start = TextStart(of: node, in: &source)
            draft.add(SubmittedAnswer(label: label, text: text, line: start.line, column: start.column),
                      labelColumn: node.column)
        }
        return draft.submission()
    }
}

extension String {
    /// Without leading and trailing characters that satisfy `isTrimmed`.
    func trimming(_ isTrimmed: (Character) -> Bool) -> String {
        String(drop(while: isTrimmed).reversed().drop(while: isTrimmed).reversed())
    }
}
