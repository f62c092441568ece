import Foundation
import RNNGrading

/// Every report of a graded batch, written atomically into one folder:
/// `gradebook.csv`, optional `canvas.csv` and `moodle.csv`, `results.json`,
/// `feedback/<student>.md` and `.html`, `summary.md` and `summary.html`.
public enum ReportSet {
    /// Which optional files to write.
    public struct Options: Sendable, Hashable {
        public var canvas: Bool
        public var moodle: Bool

        public init(canvas: Bool = false, moodle: Bool = false) {
            self.canvas = canvas
            self.moodle = moodle
        }
    }

    /// Writes the reports of `batch` into `folder`, returning the paths written (sorted).
    @discardableResult
    public static func write(_ batch: BatchResult, to folder: URL, options: Options = Options()) throws -> [String] {
        var written: [String] = []
        func put(_ text: String, _ name: String) throws {
            let url = folder.appendingPathComponent(name)
            try AtomicFileWriter.write(text, to: url)
            written.append(url.path)
        }
        try put(GradebookCSV.render(batch), "gradebook.csv")
        if options.canvas { try put(CanvasCSV.render(batch), "canvas.csv") }
        if options.moodle { try put(MoodleCSV.render(batch), "moodle.csv") }
        let json = try ResultsJSON.render(batch)
        try AtomicFileWriter.write(json, to: folder.appendingPathComponent("results.json"))
        written.append(folder.appendingPathComponent("results.json").path)
        let names = FileNameSanitizer.uniqueNames(for: batch.submissions.map(\.studentID))
        for (submission, name) in zip(batch.submissions, names) {
            try put(FeedbackMarkdown.render(submission, in: batch), "feedback/\(name).md")
            try put(FeedbackHTML.render(submission, in: batch), "feedback/\(name).html")
        }
        let summary = ClassSummary(batch)
        try put(SummaryMarkdown.render(summary), "summary.md")
        try put(SummaryHTML.render(summary), "summary.html")
        return written.sorted()
    }
}
