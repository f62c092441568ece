import FuzzSupport
import RNNGrading

// The .npz answer-file reader (a zip archive of .npy arrays, one per part id), through
// SubmissionReader (inputs not starting with the zip signature `PK` are skipped). Properties: an
// archive that is refused has a message located at 1:1; every array that reads as a number,
// vector or matrix prints as a sheet answer that reads back to the same value.
fuzz { bytes in
    guard bytes.starts(with: Array("PK".utf8)) else { return }
    switch SubmissionReader.read(bytes: bytes, file: "fuzz.npz") {
    case .failure(let error):
        require(error.message.hasPrefix("fuzz.npz:1:1: ") && error.message.count > 14, "a refusal not at 1:1: \(error.message)")
    case .success(let submission):
        requireAnswersRereadAsSheet(submission, source: "npz")
    }
}
