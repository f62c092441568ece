import ArgumentParser
import Foundation

/// Rubric files named on the command line: files as given, folders as their `*.xml` files
/// (sorted), the schema files excluded.
enum RubricPaths {
    /// The rubric files `paths` name. With `requireRubrics`, a folder holding no `*.xml` file is
    /// an error (`verify` of an empty folder must not pass with "all 0 checks passed").
    static func expand(_ paths: [String], requireRubrics: Bool = false) throws -> [String] {
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                printError("\(path): no such file or folder")
                throw ExitCode(ExitStatus.invalidInput)
            }
            if isDirectory.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                let found = names.filter { $0.hasSuffix(".xml") }.sorted().map { (path as NSString).appendingPathComponent($0) }
                if requireRubrics && found.isEmpty {
                    printError("\(path): no rubric found there (no *.xml file in this folder)")
                    throw ExitCode(ExitStatus.invalidInput)
                }
                files += found
            } else {
                files.append(path)
            }
        }
        return files
    }
}
