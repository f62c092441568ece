import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reading a submission file's bytes with its size checked first, so a huge file costs nothing.
enum SubmissionFile {
    /// The bytes of the regular file at `path`, or why it cannot be read (no such file, a
    /// directory or device, larger than `maxBytes`).
    static func bytes(at path: String, maxBytes: Int) -> Result<[UInt8], SubmissionError> {
        func refuse(_ message: String) -> Result<[UInt8], SubmissionError> {
            .failure(SubmissionError(file: path, line: 1, column: 1, message))
        }
        // O_NONBLOCK: opening a FIFO must not wait for a writer.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            return refuse(errno == ENOENT ? "no such file" : "this file cannot be opened (\(String(cString: strerror(errno))))")
        }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
            return refuse("this is not a regular file (a directory, device, pipe or socket)")
        }
        guard Int(status.st_size) <= maxBytes else { return refuse(tooLarge(Int(status.st_size), maxBytes: maxBytes)) }
        do {
            let data = try handle.read(upToCount: maxBytes + 1) ?? Data()
            guard data.count <= maxBytes else { return refuse(tooLarge(data.count, maxBytes: maxBytes)) }
            return .success([UInt8](data))
        } catch {
            return refuse("this file cannot be read (\(error.localizedDescription))")
        }
    }

    /// The message for a file over the size cap.
    static func tooLarge(_ size: Int, maxBytes: Int) -> String {
        "this file is too large (\(size) bytes; a submission may have at most \(maxBytes) bytes): is it really an answer sheet?"
    }
}
