import Foundation

/// Finds the submission files under a folder: flat files, or one folder per student (one
/// level of nesting). Hidden files are skipped; symbolic links are followed only when they
/// stay inside the folder; the order is sorted, so batches are deterministic.
public enum SubmissionDiscovery {
    /// One file to grade, or a place that cannot be graded (with why).
    public struct Found: Sendable, Hashable {
        /// The path to read.
        public var path: String
        /// The path relative to the graded folder, as reports show it.
        public var relativePath: String
        /// The student folder the file is in, if the layout is one folder per student.
        public var folder: String?
        /// Why this entry is not read (a link leaving the folder, a special file).
        public var refusal: String?

        public init(path: String, relativePath: String, folder: String?, refusal: String?) {
            self.path = path
            self.relativePath = relativePath
            self.folder = folder
            self.refusal = refusal
        }
    }

    /// The files under `directory`, sorted by relative path.
    public static func files(in directory: String) throws -> [Found] {
        let fileManager = FileManager.default
        let root = URL(fileURLWithPath: directory).standardizedFileURL.resolvingSymlinksInPath()
        var found: [Found] = []
        func visit(_ url: URL, relative: String, depth: Int, folder: String?) throws {
            let names = try fileManager.contentsOfDirectory(atPath: url.path).sorted()
            for name in names where !name.hasPrefix(".") {
                let entry = url.appendingPathComponent(name)
                let relativePath = relative.isEmpty ? name : relative + "/" + name
                let attributes = try? fileManager.attributesOfItem(atPath: entry.path)
                let type = attributes?[.type] as? FileAttributeType
                var target = entry
                if type == .typeSymbolicLink {
                    target = entry.resolvingSymlinksInPath()
                    guard target.path.hasPrefix(root.path + "/") else {
                        found.append(Found(path: entry.path, relativePath: relativePath, folder: folder,
                                           refusal: "a symbolic link to a place outside the submissions folder; not followed"))
                        continue
                    }
                }
                var isDirectory: ObjCBool = false
                guard fileManager.fileExists(atPath: target.path, isDirectory: &isDirectory) else { continue }
                if isDirectory.boolValue {
                    if depth == 0 {
                        let before = found.count
                        try visit(target, relative: relativePath, depth: 1, folder: name)
                        if found.count == before {
                            found.append(Found(path: entry.path, relativePath: relativePath, folder: name,
                                               refusal: "this student folder holds no answer file"))
                        }
                    } else {
                        found.append(Found(path: entry.path, relativePath: relativePath, folder: folder,
                                           refusal: "answers are nested in the folder \(name)/; put the answer file directly in \(folder ?? "the student's folder")/"))
                    }
                    continue
                }
                let targetType = (try? fileManager.attributesOfItem(atPath: target.path))?[.type] as? FileAttributeType
                guard targetType == .typeRegular else {
                    found.append(Found(path: entry.path, relativePath: relativePath, folder: folder,
                                       refusal: "not a regular file"))
                    continue
                }
                found.append(Found(path: target.path, relativePath: relativePath, folder: folder, refusal: nil))
            }
        }
        try visit(root, relative: "", depth: 0, folder: nil)
        return found.sorted { $0.relativePath < $1.relativePath }
    }
}
