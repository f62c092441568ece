/// Reads the answer files a notebook writes with numpy: an `.npz` archive with one array per
/// part id, `np.savez('answers.npz', **{'1.a': h, '1.b': loss})`, into the same ``Submission``
/// a sheet gives. Each array becomes the answer text a student would type for it
/// (``NumpyArray/answerText``), so it is read and graded exactly as that typed answer.
///
/// Members named `student`, `assignment` or `name` (`np.savez(…, student='400101515')`) fill the
/// header. Every answer is located at line 1, column 1 of the file, and format errors show the
/// array's text in place of a source line. A lone `.npy` file (one array, no part id) is refused
/// with a sentence saying to use `np.savez`.
enum NumpySubmission {
    /// The submission in an `.npz` file's `bytes`, or why it cannot be read.
    static func parse(npz bytes: [UInt8], file: String) -> Result<Submission, SubmissionError> {
        let arrays: [(name: String, array: NumpyArray)]
        do {
            arrays = try NumpyArchive.arrays(in: bytes)
        } catch {
            return .failure(SubmissionError(file: file, line: 1, column: 1, error.message))
        }
        var draft = SubmissionDraft(file: file)
        for (name, array) in arrays {
            let text = array.answerText
            if let field = SubmissionDraft.Field(rawValue: name) {
                draft.set(field, to: text, line: 1, column: 1)
            } else {
                draft.add(SubmittedAnswer(label: name, text: text, line: 1, column: 1, sourceLine: text), labelColumn: 1)
            }
        }
        return .success(draft.submission())
    }

    /// The refusal of a lone `.npy` file, which has no part id.
    static let loneArray = "a .npy file holds one array without its part id; save all your answers in one file with np.savez('answers.npz', **{'1.a': ..., '1.b': ...})"
}
