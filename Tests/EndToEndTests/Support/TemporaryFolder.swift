import Foundation

/// A fresh folder under the system's temporary folder, removed with everything in it when the
/// value goes away.
final class TemporaryFolder {
    /// The folder (symbolic links resolved, so paths printed by the executable match).
    let url: URL

    init() throws {
        let base = URL(fileURLWithPath: NSTemporaryDirectory()).resolvingSymlinksInPath()
        url = base.appendingPathComponent("rnngrade-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// The path of `relative` inside the folder.
    func path(_ relative: String) -> String { url.appendingPathComponent(relative).path }

    /// Writes `text` (UTF-8) to `relative`, creating folders on the way.
    func write(_ text: String, to relative: String) throws {
        try write(Data(text.utf8), to: relative)
    }

    /// Writes `data` to `relative`, creating folders on the way.
    func write(_ data: Data, to relative: String) throws {
        let file = url.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
    }

    /// An empty file at `relative`, open for writing.
    func newFile(_ relative: String) throws -> FileHandle {
        try write(Data(), to: relative)
        return try FileHandle(forWritingTo: url.appendingPathComponent(relative))
    }

    /// The UTF-8 text of `relative`.
    func text(_ relative: String) throws -> String {
        try String(decoding: Data(contentsOf: url.appendingPathComponent(relative)), as: UTF8.self)
    }

    /// Whether `relative` is a folder (links not followed).
    func isDirectory(_ relative: String) -> Bool {
        let type = (try? FileManager.default.attributesOfItem(atPath: path(relative)))?[.type] as? FileAttributeType
        return type == .typeDirectory
    }

    /// Every file and folder below the folder, as sorted relative paths (links not followed).
    func tree() -> [String] {
        Self.tree(below: url)
    }

    /// Every file and folder below `root`, as sorted relative paths (links not followed).
    static func tree(below root: URL) -> [String] {
        let fileManager = FileManager.default
        var found: [String] = []
        func visit(_ folder: URL, _ prefix: String) {
            for name in (try? fileManager.contentsOfDirectory(atPath: folder.path)) ?? [] {
                let entry = folder.appendingPathComponent(name)
                found.append(prefix + name)
                let type = (try? fileManager.attributesOfItem(atPath: entry.path))?[.type] as? FileAttributeType
                if type == .typeDirectory { visit(entry, prefix + name + "/") }
            }
        }
        visit(root, "")
        return found.sorted()
    }
}
