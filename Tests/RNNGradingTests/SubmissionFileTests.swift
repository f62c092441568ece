import Foundation
import Testing
@testable import RNNGrading

/// Reading submission files from disk: size checked before reading, special files refused.
@Suite struct SubmissionFileTests {
    @Test func fiftyMegabyteFileIsRefusedQuickly() throws {
        let folder = try SubmissionTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("huge.txt").path
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 50 << 20)
        try handle.close()
        let clock = ContinuousClock()
        var result: Result<Submission, SubmissionError>?
        let elapsed = clock.measure { result = SubmissionReader.read(path: path) }
        guard case .failure(let error)? = result else {
            Issue.record("a 50 MB file was read")
            return
        }
        #expect(error.message == "\(path):1:1: this file is too large (52428800 bytes; a submission may have at most 1048576 bytes): is it really an answer sheet?")
        #expect(elapsed < .seconds(1))  // one fstat, no read: microseconds when the machine is idle
    }

    @Test func readsAFileFromDisk() throws {
        let folder = try SubmissionTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("400101515.txt").path
        try "1.a = 6\r\n".write(toFile: path, atomically: true, encoding: .utf8)
        let submission = try SubmissionReader.read(path: path).get()
        #expect(submission.answers == [answer("1.a", "6", 1, 7)])
        #expect(submission.file == path)
        #expect(submission.studentID == "400101515")
    }

    @Test func missingFilesAndFoldersAreErrors() throws {
        let folder = try SubmissionTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = folder.appendingPathComponent("missing.txt").path
        #expect(message(SubmissionReader.read(path: missing)) == "\(missing):1:1: no such file")
        #expect(message(SubmissionReader.read(path: folder.path)) == "\(folder.path):1:1: this is not a regular file (a directory, device, pipe or socket)")
        let fifo = folder.appendingPathComponent("fifo").path
        #expect(mkfifo(fifo, 0o600) == 0)
        #expect(message(SubmissionReader.read(path: fifo)) == "\(fifo):1:1: this is not a regular file (a directory, device, pipe or socket)")
    }

    private func message(_ result: Result<Submission, SubmissionError>) -> String? {
        if case .failure(let error) = result { return error.message }
        return nil
    }
}
