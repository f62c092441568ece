import Foundation

/// Paths to the repository's shipped files, found from this source file's location.
enum RepositoryFiles {
    /// The repository's root folder.
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A file in the shipped `Rubrics/` folder.
    static func rubric(_ name: String) -> String {
        root.appendingPathComponent("Rubrics").appendingPathComponent(name).path
    }
}
