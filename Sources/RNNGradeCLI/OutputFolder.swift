import Foundation
import RNNReports

/// Checks `--out` before any grading, so a wrong folder costs the TA a clear sentence rather
/// than a batch's worth of work and a system error code.
enum OutputFolder {
    /// Why the reports cannot be written under `path`, or nil when they can: the path (or a
    /// folder on the way to it) is a file, or the folder cannot be created or is not writable.
    /// A missing folder is created.
    static func problem(_ path: String) -> String? {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
            return "--out \(path) is a file, not a folder: give a folder for the reports (it is created if missing)"
        }
        if let failure = makeFolders(path) {
            return "--out \(path): cannot create \(failure.folder) (\(failure.reason)); give a folder you may write in"
        }
        return access(path, W_OK) == 0 ? nil
            : "--out \(path): this folder is not writable (\(String(cString: strerror(errno)))); give a folder you may write in"
    }

    /// Creates `path` and the folders above it that are missing, with POSIX `mkdir` so that a
    /// failure names the folder and the system's reason (`Not a directory`).
    private static func makeFolders(_ path: String) -> (folder: String, reason: String)? {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for component in path.split(separator: "/") {
            prefix += (prefix.isEmpty || prefix.hasSuffix("/") ? "" : "/") + component
            if mkdir(prefix, 0o755) != 0 && errno != EEXIST {
                return (prefix, String(cString: strerror(errno)))
            }
        }
        return nil
    }

    /// The system's words for why writing failed: an ``AtomicWriteError``'s own sentence, or
    /// the POSIX reason under a Foundation error (`Permission denied`), never a domain and code.
    static func reason(_ error: any Error) -> String {
        if let written = error as? AtomicWriteError { return written.description }
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        if let posix = underlying, posix.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(posix.code))) }
        return error.localizedDescription
    }
}
