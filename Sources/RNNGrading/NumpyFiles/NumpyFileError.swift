/// Why an answer file written by numpy cannot be read, in one sentence the student can act on.
struct NumpyFileError: Error, Equatable {
    /// What is wrong and what to do.
    let message: String

    init(_ message: String) {
        self.message = message
    }
}
