import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Finds the submission files under a folder: flat files, or one folder per student (one
/// level of nesting). Hidden files and platform junk are skipped and files that are not
/// answers are set aside (``DiscoveryFilter``); a student folder that cannot be opened is a
/// refused entry, so the batch goes on; the reports folder is never read; symbolic links are
/// followed only when they stay inside the folder; the order is sorted, so batches are
/// deterministic.
///
/// It lists and inspects entries with POSIX calls (one `lstat` per entry, one `stat` per link):
/// `FileManager`'s attribute dictionaries cost about 30 µs a file, a tenth of a second per
/// thousand submissions.
package enum SubmissionDiscovery {
    /// One file to grade, or a place that cannot be graded (with why).
    package struct Found: Sendable, Hashable {
        /// The path to read.
        package var path: String
        /// The path relative to the graded folder, as reports show it.
        package var relativePath: String
        /// The student folder the file is in, if the layout is one folder per student.
        package var folder: String?
        /// Why this entry is not read (a link leaving the folder, a special file).
        package var refusal: String?
        /// What the file is when it is plainly not an answer file (`a PDF`); it is listed as
        /// not graded and makes no row.
        package var notGraded: String?
        /// The file's modification time (seconds since 1970), which `--duplicates` compares.
        package var modified: Double

        /// An entry; `notGraded` nil and `modified` 0 unless given.
        package init(path: String, relativePath: String, folder: String?, refusal: String?,
                    notGraded: String? = nil, modified: Double = 0) {
            self.path = path
            self.relativePath = relativePath
            self.folder = folder
            self.refusal = refusal
            self.notGraded = notGraded
            self.modified = modified
        }
    }

    /// The files under `directory` (or `directory` itself when it is one file), sorted by
    /// relative path; nothing at or below the paths in
    /// `excluding` (the reports folder) is visited. Only the top folder failing to open throws.
    package static func files(in directory: String, excluding: [String] = []) throws -> [Found] {
        let root = URL(fileURLWithPath: directory).standardizedFileURL.resolvingSymlinksInPath().path
        if let (kind, modified) = fileKind(root, followingLinks: true), kind == S_IFREG {
            let name = (root as NSString).lastPathComponent
            return [Found(path: root, relativePath: name, folder: nil, refusal: nil, notGraded: DiscoveryFilter.notAnswerFile(name), modified: modified)]
        }
        let excluded = Set(excluding.compactMap { realPath(URL(fileURLWithPath: $0).standardizedFileURL.path) })
        var found: [Found] = []
        func visit(_ path: String, relative: String, depth: Int, folder: String?) throws {
            let names: [String]
            do { names = try entryNames(in: path) } catch {
                guard depth > 0, let folder else { throw error }
                found.append(Found(path: path, relativePath: relative, folder: folder,
                                   refusal: "this student folder cannot be opened (\(error.localizedDescription)); fix its permissions and grade again"))
                return
            }
            for name in names where !DiscoveryFilter.isJunk(name) {
                let entry = path + "/" + name
                let relativePath = relative.isEmpty ? name : relative + "/" + name
                func refuse(_ reason: String) {
                    found.append(Found(path: entry, relativePath: relativePath, folder: folder, refusal: reason))
                }
                var target = entry
                guard let entryKind = fileKind(entry, followingLinks: false) else { continue }
                var (kind, modified) = entryKind
                if kind == S_IFLNK {
                    guard let resolved = realPath(entry) else {
                        refuse("a symbolic link to nothing (its target does not exist); not followed")
                        continue
                    }
                    target = resolved
                    guard target.hasPrefix(root + "/") else {
                        refuse("a symbolic link to a place outside the submissions folder; not followed")
                        continue
                    }
                    guard let targetKind = fileKind(target, followingLinks: true) else { continue }
                    (kind, modified) = targetKind
                }
                if excluded.contains(target) || (kind == S_IFDIR && realPath(target).map(excluded.contains) == true) { continue }
                if kind == S_IFDIR {
                    if depth == 0 {
                        let before = found.count
                        try visit(target, relative: relativePath, depth: 1, folder: name)
                        let inside = found[before...]
                        if inside.allSatisfy({ $0.notGraded != nil }) {
                            let others = inside.map { "\(($0.relativePath as NSString).lastPathComponent) is \($0.notGraded ?? "")" }
                            let detail = others.isEmpty ? "" : " (\(others.joined(separator: "; ")))"
                            found.append(Found(path: entry, relativePath: relativePath, folder: name,
                                               refusal: "this student folder holds no answer file\(detail)"))
                        }
                    } else {
                        refuse("answers are nested in the folder \(name)/; put the answer file directly in \(folder ?? "the student's folder")/")
                    }
                    continue
                }
                guard kind == S_IFREG else {
                    refuse("not a regular file")
                    continue
                }
                found.append(Found(path: target, relativePath: relativePath, folder: folder, refusal: nil,
                                   notGraded: DiscoveryFilter.notAnswerFile(name), modified: modified))
            }
        }
        try visit(root, relative: "", depth: 0, folder: nil)
        return found.sorted { $0.relativePath < $1.relativePath }
    }

    /// The names in a directory (without `.` and `..`), sorted.
    private static func entryNames(in path: String) throws -> [String] {
        guard let stream = opendir(path) else { throw ListingError(reason: String(cString: strerror(errno))) }
        defer { closedir(stream) }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { tuple in
                tuple.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: tuple.pointee)) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    /// Why a folder could not be listed, in the system's words ("No such file or directory").
    struct ListingError: LocalizedError {
        let reason: String
        var errorDescription: String? { reason }
    }

    /// The file type bits (`S_IFREG`, `S_IFDIR`, `S_IFLNK`, …) of `path` and its modification
    /// time, or nil when it has vanished.
    private static func fileKind(_ path: String, followingLinks: Bool) -> (mode_t, Double)? {
        var status = stat()
        guard (followingLinks ? stat(path, &status) : lstat(path, &status)) == 0 else { return nil }
        #if canImport(Darwin)
        let time = status.st_mtimespec
        #else
        let time = status.st_mtim
        #endif
        return (status.st_mode & S_IFMT, Double(time.tv_sec) + Double(time.tv_nsec) / 1e9)
    }

    /// `path` with every symbolic link resolved, or nil when that fails (a dangling link).
    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
