import Foundation
import RNNGrading

/// Every report of a graded batch, written atomically into one folder:
/// `gradebook.csv`, `hand-grading.csv` and `hand-grading.html` (when the assignment has
/// hand-graded parts), optional `canvas.csv`, `moodle.csv` and `gradescope.csv`, `results.json`,
/// `feedback/<student>.md` and `.html`, `summary.md` and `summary.html`, and for a family
/// (per-student data) `copies.md`.
package enum ReportSet {
    /// Which optional files to write.
    package struct Options: Sendable, Hashable {
        /// Write `canvas.csv`.
        package var canvas: Bool
        /// Write `moodle.csv`.
        package var moodle: Bool
        /// Write `gradescope.csv`.
        package var gradescope: Bool
        /// Start every CSV file with a UTF-8 byte order mark, so that Excel reads it as UTF-8.
        package var csvBOM: Bool
        /// What the LMS exports post for a student with parts still to grade by hand.
        package var pending: PendingPolicy
        /// The Canvas assignment `canvas.csv` posts to, if known.
        package var canvasAssignment: CanvasAssignment?
        /// The criteria of the hand-graded parts, by part id, for `hand-grading.csv`.
        package var lookFor: [String: String]

        /// The options; every optional file off by default.
        package init(canvas: Bool = false, moodle: Bool = false, gradescope: Bool = false, csvBOM: Bool = false,
                    pending: PendingPolicy = .autoOnly, canvasAssignment: CanvasAssignment? = nil, lookFor: [String: String] = [:]) {
            self.gradescope = gradescope
            self.lookFor = lookFor
            self.canvasAssignment = canvasAssignment
            self.canvas = canvas
            self.moodle = moodle
            self.csvBOM = csvBOM
            self.pending = pending
        }

        /// These options plus every LMS export that `folder` (the previous reports) already
        /// holds: an export once asked for is rewritten from the new grades on every later run,
        /// never left stale and never deleted by a run that forgot the flag.
        func keepingExports(in folder: URL) -> Options {
            var kept = self
            let fileManager = FileManager.default
            kept.canvas = canvas || fileManager.fileExists(atPath: folder.appendingPathComponent("canvas.csv").path)
            kept.moodle = moodle || fileManager.fileExists(atPath: folder.appendingPathComponent("moodle.csv").path)
            kept.gradescope = gradescope || fileManager.fileExists(atPath: folder.appendingPathComponent("gradescope.csv").path)
            return kept
        }
    }

    /// Writes the reports of `batch` into `folder`, returning the paths written (sorted).
    ///
    /// The files are written into a hidden staging folder beside `folder`, which then replaces
    /// it: a run interrupted while writing leaves the previous reports as they were. LMS exports
    /// already in `folder` are written again (``Options/keepingExports(in:)``). A family's
    /// `findings` go into the summary.
    @discardableResult
    package static func write(_ batch: BatchResult, to folder: URL, options requested: Options = Options(),
                              findings: FamilyFindings? = nil) throws -> [String] {
        let fileManager = FileManager.default
        let options = requested.keepingExports(in: folder)
        let parent = folder.deletingLastPathComponent()
        let staging = parent.appendingPathComponent(".\(folder.lastPathComponent).partial")
        let previous = parent.appendingPathComponent(".\(folder.lastPathComponent).previous")
        try? fileManager.removeItem(at: staging)
        try? fileManager.removeItem(at: previous)
        try FileManager.default.createDirectory(at: staging.appendingPathComponent("feedback"), withIntermediateDirectories: true)
        let names = try writeFiles(batch, to: staging, options: options, findings: findings)
        if fileManager.fileExists(atPath: folder.path) { try fileManager.moveItem(at: folder, to: previous) }
        try fileManager.moveItem(at: staging, to: folder)
        try? fileManager.removeItem(at: previous)
        return names.map { folder.appendingPathComponent($0).path }.sorted()
    }

    /// Writes every report into `folder`, returning the file names relative to it. The tables
    /// and the summary are built on a thread of their own while every core renders feedback.
    private static func writeFiles(_ batch: BatchResult, to folder: URL, options: Options, findings: FamilyFindings?) throws -> [String] {
        // The staging folder is not visible yet, so its files are written directly: the swap in
        // `write` is what makes the reports appear all at once.
        let tables = BackgroundWork { try writeTables(batch, to: folder, options: options, findings: findings) }
        let feedback = Result { try writeFeedback(batch, to: folder) }
        let tableNames = try tables.value()  // waited for even when the feedback failed
        return try tableNames + feedback.get()
    }

    /// The gradebooks, `results.json` and the summary; returns their file names.
    private static func writeTables(_ batch: BatchResult, to folder: URL, options: Options, findings: FamilyFindings?) throws -> [String] {
        var written: [String] = []
        func put(_ text: String, _ name: String) throws {
            let marked = options.csvBOM && name.hasSuffix(".csv") ? "\u{FEFF}" + text : text
            try AtomicFileWriter.writeUnpublished(marked, toPath: folder.appendingPathComponent(name).path)
            written.append(name)
        }
        try put(GradebookCSV.render(batch), "gradebook.csv")
        if batch.parts.contains(where: \.isHandGraded) {
            try put(HandGradingCSV.render(batch, lookFor: options.lookFor), "hand-grading.csv")
            try put(HandGradingHTML.render(batch, lookFor: options.lookFor), "hand-grading.html")
        }
        if options.canvas { try put(CanvasCSV.render(batch, pending: options.pending, assignment: options.canvasAssignment), "canvas.csv") }
        if options.moodle { try put(MoodleCSV.render(batch, pending: options.pending), "moodle.csv") }
        if options.gradescope { try put(GradescopeCSV.render(batch, pending: options.pending), "gradescope.csv") }
        try AtomicFileWriter.writeUnpublished(ResultsJSON.render(batch), toPath: folder.appendingPathComponent("results.json").path)
        written.append("results.json")
        let summary = ClassSummary(batch, family: findings)
        if let findings { try put(CopyReport.markdown(findings.copies, in: batch), "copies.md") }
        try put(SummaryMarkdown.render(summary), "summary.md")
        try put(SummaryHTML.render(summary), "summary.html")
        return written
    }

    /// `feedback/<student>.md` and `.html` for every submission, rendered and written on every
    /// core (each file is independent, so the output does not depend on the order).
    private static func writeFeedback(_ batch: BatchResult, to folder: URL) throws -> [String] {
        let names = FileNameSanitizer.uniqueNames(for: batch.submissions.map(\.studentID))
        let failure = FirstFailure()
        let feedbackFolder = folder.appendingPathComponent("feedback").path + "/"
        DispatchQueue.concurrentPerform(iterations: batch.submissions.count) { index in
            let submission = batch.submissions[index]
            do {
                // One layout of the content serves both files.
                let blocks = FeedbackDocument.blocks(submission, in: batch)
                try AtomicFileWriter.writeUnpublished(FeedbackMarkdown.render(blocks: blocks),
                                                      toPath: feedbackFolder + names[index] + ".md")
                try AtomicFileWriter.writeUnpublished(FeedbackHTML.render(blocks: blocks, title: FeedbackWording.title(submission, in: batch)),
                                                      toPath: feedbackFolder + names[index] + ".html")
            } catch {
                failure.record(error)
            }
        }
        if let error = failure.error { throw error }
        return names.flatMap { ["feedback/\($0).md", "feedback/\($0).html"] }
    }
}

/// Work running on another thread, whose result (or error) `value()` waits for.
private final class BackgroundWork<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchGroup()
    // Written once, before `done` is left; read only after waiting for `done`.
    private var outcome: Result<Value, any Error>?

    init(_ work: @escaping @Sendable () throws -> Value) {
        done.enter()
        DispatchQueue.global().async {
            self.outcome = Result { try work() }
            self.done.leave()
        }
    }

    func value() throws -> Value {
        done.wait()
        return try outcome!.get()
    }
}

/// The first error of a parallel loop.
private final class FirstFailure: @unchecked Sendable {
    // `lock` guards `error`.
    private let lock = NSLock()
    private(set) var error: (any Error)?

    func record(_ error: any Error) {
        lock.lock(); defer { lock.unlock() }
        if self.error == nil { self.error = error }
    }
}
