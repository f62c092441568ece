import RNNExpr

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole regular file, refusing anything larger than a cap before reading it,
/// and directories, devices, FIFOs and sockets (opened without blocking, then checked with `fstat`).
enum FileReading {
    /// The file's bytes, or one diagnostic at line 1, column 1 saying why it cannot be read.
    /// `maxBytes` must be below `Int.max`.
    static func contents(ofFile path: String, maxBytes: Int) -> Result<[UInt8], XMLLoadFailure> {
        func refuse(_ message: String) -> Result<[UInt8], XMLLoadFailure> {
            .failure(XMLLoadFailure(Diagnostic.xml(file: path, line: 1, column: 1, message: message)))
        }
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            switch code {
            case ENOENT: return refuse("no such file")
            case EACCES: return refuse("permission denied: this file cannot be read")
            default: return refuse("this file cannot be opened (\(String(cString: strerror(code))))")
            }
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            return refuse("this file cannot be examined (\(String(cString: strerror(errno))))")
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return refuse("this is a directory, not a file")
        default: return refuse("this is not a regular file (it is a device, pipe or socket)")
        }
        let size = Int(status.st_size)
        guard size <= maxBytes else { return refuse(tooLarge(size: size, maxBytes: maxBytes)) }
        // Read until the end, or until more than maxBytes: the size may have changed since
        // fstat, and some files (in /proc, say) report a size of 0.
        var bytes = [UInt8](repeating: 0, count: size + 1)
        var total = 0
        while total <= maxBytes {
            if total == bytes.count { bytes += repeatElement(0, count: min(bytes.count, maxBytes + 1 - bytes.count)) }
            let count = bytes.withUnsafeMutableBytes { buffer in
                read(descriptor, buffer.baseAddress! + total, buffer.count - total)
            }
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else { return refuse("this file cannot be read (\(String(cString: strerror(errno))))") }
            if count == 0 { break }
            total += count
        }
        guard total <= maxBytes else { return refuse(tooLarge(size: total, maxBytes: maxBytes)) }
        bytes.removeLast(bytes.count - total)
        return .success(bytes)
    }

    /// The message for a file over the size cap.
    static func tooLarge(size: Int, maxBytes: Int) -> String {
        "this file is too large (\(size) bytes; the limit is \(maxBytes) bytes)"
    }
}
