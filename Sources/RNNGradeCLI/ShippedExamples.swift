import ArgumentParser
import Foundation
import RNNRubric

/// The shipped examples: each folder of `Submissions/` paired with the rubric in `Rubrics/`
/// whose assignment id is the folder's name.
enum ShippedExamples {
    static func pairs(rubrics: String = "Rubrics", submissions: String = "Submissions") throws -> [(rubric: String, folder: String)] {
        let fileManager = FileManager.default
        guard let folders = try? fileManager.contentsOfDirectory(atPath: submissions) else {
            printError("no \(submissions)/ folder here: run rnngrade grade from the repository's root, or name a rubric and a folder")
            throw ExitCode(ExitStatus.invalidInput)
        }
        var byID: [String: String] = [:]
        for file in try RubricPaths.expand([rubrics]) {
            switch RubricLoader.load(path: file) {
            case .success(let rubric): byID[rubric.id] = file
            case .failure(let failure): printError("\(failure)\n\(file): not loaded, so its submissions are not graded")
            }
        }
        var pairs: [(String, String)] = []
        for folder in folders.sorted() where !folder.hasPrefix(".") {
            guard let rubric = byID[folder] else {
                printError("\(submissions)/\(folder): no rubric in \(rubrics)/ has assignment id '\(folder)'; skipped")
                continue
            }
            pairs.append((rubric, (submissions as NSString).appendingPathComponent(folder)))
        }
        return pairs
    }
}
