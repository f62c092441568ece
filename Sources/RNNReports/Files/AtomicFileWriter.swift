import Foundation

/// Writes report files so that a reader sees the old file or the new one, never a part of one.
///
/// The bytes go to a fresh temporary file in the target's directory (created with its parents
/// when missing), are flushed to disk, and the temporary file is renamed over the target with
/// POSIX `rename`, which replaces it in one step. On any failure the temporary file is removed
/// and the target is left as it was.
package enum AtomicFileWriter {
    /// Writes `data` to `url`, replacing any file there.
    package static func write(_ data: Data, to url: URL) throws {
        let directory = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw AtomicWriteError(path: url.path, step: "create directory \(directory.path)",
                                   reason: error.localizedDescription)
        }
        let temporary = directory.appendingPathComponent(".rnngrade-\(UUID().uuidString).tmp").path
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw AtomicWriteError(path: url.path, step: "create temporary file", errno: errno)
        }
        do {
            let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: false)
            do {
                try handle.write(contentsOf: data)
                try handle.synchronize()
                try handle.close()
            } catch {
                try? handle.close()
                throw AtomicWriteError(path: url.path, step: "write", reason: error.localizedDescription)
            }
            guard rename(temporary, url.path) == 0 else {
                throw AtomicWriteError(path: url.path, step: "rename over the target", errno: errno)
            }
        } catch {
            unlink(temporary)
            throw error
        }
    }

    /// Writes the UTF-8 of `text` to the file at `path` directly: for files inside a folder
    /// nobody reads yet (a staging folder that is swapped in whole afterwards), whose folder
    /// exists. (Plain POSIX calls: Foundation's `Data.write` flushes every file, which is what
    /// the staging folder exists to avoid.)
    static func writeUnpublished(_ text: String, toPath path: String) throws {
        var text = text
        try text.withUTF8 { try writeUnpublished(UnsafeRawBufferPointer($0), toPath: path) }
    }

    /// Writes `data` to the file at `path` directly, as the `String` version does.
    static func writeUnpublished(_ data: Data, toPath path: String) throws {
        try data.withUnsafeBytes { try writeUnpublished($0, toPath: path) }
    }

    private static func writeUnpublished(_ buffer: UnsafeRawBufferPointer, toPath path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw AtomicWriteError(path: path, step: "create", errno: errno) }
        defer { close(descriptor) }
        var offset = 0
        while offset < buffer.count {
            let count = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            guard count > 0 else { throw AtomicWriteError(path: path, step: "write", errno: errno) }
            offset += count
        }
    }

    /// Writes `text` as UTF-8 to `url`, replacing any file there.
    package static func write(_ text: String, to url: URL) throws {
        try write(Data(text.utf8), to: url)
    }
}

/// Why `AtomicFileWriter` could not write a file; the target is unchanged.
package struct AtomicWriteError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file that was to be written.
    package var path: String
    /// The step that failed (`write`, `rename over the target`, …).
    package var step: String
    /// The system's reason.
    package var reason: String

    /// An error for `path` at `step` because of `reason`.
    package init(path: String, step: String, reason: String) {
        self.path = path
        self.step = step
        self.reason = reason
    }

    /// An error for `path` at `step`, with the system's wording of `errno` value `code`.
    init(path: String, step: String, errno code: Int32) {
        self.init(path: path, step: step, reason: String(cString: strerror(code)))
    }

    /// `cannot write out/gradebook.csv (rename over the target): Is a directory`.
    package var description: String {
        "cannot write \(path) (\(step)): \(reason)"
    }
}
