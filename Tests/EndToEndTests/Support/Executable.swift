import Foundation
import Testing

/// What one run of the built `rnngrade` did.
struct CommandRun {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Runs the `rnngrade` executable that `swift build` / `swift test` put next to the test bundle.
enum Executable {
    /// The repository's root (the folder holding `Package.swift`), found from this file's path.
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The built executable: `$RNNGRADE_EXECUTABLE` when set, else `rnngrade` in the products
    /// folder of this test run (beside the `.xctest` bundle), else in `.build/debug/`.
    static func url() throws -> URL {
        var candidates: [URL] = []
        if let given = ProcessInfo.processInfo.environment["RNNGRADE_EXECUTABLE"] {
            candidates.append(URL(fileURLWithPath: given))
        }
        for bundle in [Bundle.main] + Bundle.allBundles {
            // On Linux the main bundle is the products folder; on macOS the `.xctest` bundle sits in it.
            let url = bundle.bundleURL
            let folder = url.pathExtension == "xctest" ? url.deletingLastPathComponent() : url
            candidates.append(folder.appendingPathComponent("rnngrade"))
        }
        candidates.append(repositoryRoot.appendingPathComponent(".build/debug/rnngrade"))
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw LookupError(tried: candidates.map(\.path))
        }
        return found
    }

    /// The key cache of the tests' runs (`RNNGRADE_CACHE_DIR`, unless a test gives its own): a
    /// folder of this test process in the temporary folder, never the user's own cache.
    static let cacheFolder = FileManager.default.temporaryDirectory
        .appendingPathComponent("rnngrade-test-key-cache-\(ProcessInfo.processInfo.processIdentifier)").path

    /// Runs `rnngrade arguments` in `directory` with `NO_COLOR=1` and the tests' key cache (plus
    /// `environment`), standard input empty, and returns its exit status and both outputs.

    static func run(_ arguments: [String], in directory: URL = repositoryRoot,
                    environment: [String: String] = [:]) throws -> CommandRun {
        let process = Process()
        process.executableURL = try url()
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let defaults = ["NO_COLOR": "1", "RNNGRADE_CACHE_DIR": cacheFolder]
        process.environment = ProcessInfo.processInfo.environment.merging(defaults.merging(environment) { $1 }) { $1 }
        // Files, not pipes: a large output can never block the child.
        let scratch = try TemporaryFolder()
        let out = try scratch.newFile("stdout"), err = try scratch.newFile("stderr")
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try out.close(); try err.close()
        return CommandRun(status: process.terminationStatus,
                          stdout: try scratch.text("stdout"), stderr: try scratch.text("stderr"))
    }

    /// No executable was found.
    struct LookupError: Error, CustomStringConvertible {
        var tried: [String]
        var description: String { "no built rnngrade executable; run swift build first. Tried: \(tried.joined(separator: ", "))" }
    }
}
