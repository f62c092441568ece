import Foundation
import RNNGrading
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Which files a batch grades, in which order, and which entries become rows with a reason.
@Suite struct SubmissionDiscoveryTests {
    /// A fresh folder, removed afterwards by the caller.
    private func makeFolder() throws -> URL {
        let url = URL(fileURLWithPath: NSTemporaryDirectory()).resolvingSymlinksInPath()
            .appendingPathComponent("rnngrade-discovery-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private func write(_ relative: String, in folder: URL) throws {
        let file = folder.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("1.a = 1\n".utf8).write(to: file)
    }

    @Test func layoutsLinksAndRefusals() throws {
        let outside = try makeFolder()
        let folder = try makeFolder()
        defer {
            try? FileManager.default.removeItem(at: folder)
            try? FileManager.default.removeItem(at: outside)
        }
        try write("secret.txt", in: outside)
        for file in ["b.txt", ".hidden.txt", "alice/answers.txt", "alice/.DS_Store", "bob/deep/answers.txt", "real.txt"] {
            try write(file, in: folder)
        }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("carol"), withIntermediateDirectories: true)
        let links = FileManager.default
        try links.createSymbolicLink(atPath: folder.appendingPathComponent("inside-link.txt").path, withDestinationPath: "real.txt")
        try links.createSymbolicLink(atPath: folder.appendingPathComponent("outside-link.txt").path,
                                     withDestinationPath: outside.appendingPathComponent("secret.txt").path)
        try links.createSymbolicLink(atPath: folder.appendingPathComponent("dangling.txt").path, withDestinationPath: "gone.txt")
        #expect(mkfifo(folder.appendingPathComponent("pipe.txt").path, 0o600) == 0)

        // Modification times are the clock's; `--duplicates` tests compare them end to end.
        let found = try SubmissionDiscovery.files(in: folder.path).map { entry in
            var timeless = entry
            timeless.modified = 0
            return timeless
        }
        let root = folder.path
        #expect(found == [
            .init(path: "\(root)/alice/answers.txt", relativePath: "alice/answers.txt", folder: "alice", refusal: nil),
            .init(path: "\(root)/b.txt", relativePath: "b.txt", folder: nil, refusal: nil),
            .init(path: "\(root)/bob/deep", relativePath: "bob/deep", folder: "bob",
                  refusal: "answers are nested in the folder deep/; put the answer file directly in bob/"),
            .init(path: "\(root)/carol", relativePath: "carol", folder: "carol", refusal: "this student folder holds no answer file"),
            .init(path: "\(root)/dangling.txt", relativePath: "dangling.txt", folder: nil,
                  refusal: "a symbolic link to nothing (its target does not exist); not followed"),
            .init(path: "\(root)/real.txt", relativePath: "inside-link.txt", folder: nil, refusal: nil),
            .init(path: "\(root)/outside-link.txt", relativePath: "outside-link.txt", folder: nil,
                  refusal: "a symbolic link to a place outside the submissions folder; not followed"),
            .init(path: "\(root)/pipe.txt", relativePath: "pipe.txt", folder: nil, refusal: "not a regular file"),
            .init(path: "\(root)/real.txt", relativePath: "real.txt", folder: nil, refusal: nil),
        ])
    }

    @Test func missingFolderSaysWhy() {
        #expect {
            try SubmissionDiscovery.files(in: "/nonexistent-rnngrade-folder")
        } throws: { error in
            error.localizedDescription == "No such file or directory"
        }
    }
}
