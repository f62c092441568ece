import ArgumentParser
import Foundation
import RNNGrading
import RNNReports
import RNNRubric

/// `rnngrade grade [RUBRIC DIR]`: the TA's batch.
struct GradeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grade",
        abstract: "Grade a folder of submissions and write the gradebook, feedback and class summary. With no arguments, grade every folder of Submissions/ against the rubric in Rubrics/ with the same assignment id."
    )

    @Argument(help: "The rubric XML file (omit both arguments to grade the shipped examples).")
    var rubric: String?

    @Argument(help: "The folder of submissions: answer files, or one folder per student.")
    var submissions: String?

    @Option(help: "Where to write the reports (one folder per assignment inside it).")
    var out: String = "out"

    @Option(help: "How many submissions to grade at once (default: one per processor core).")
    var jobs: Int?

    @Flag(help: "Also write canvas.csv in Canvas's gradebook import layout.")
    var canvas = false

    @Flag(help: "Also write moodle.csv in Moodle's grade import layout.")
    var moodle = false

    @Flag(name: .shortAndLong, help: "Print no progress bar.")
    var quiet = false

    @OptionGroup var salt: SaltOptions

    func validate() throws {
        if (rubric == nil) != (submissions == nil) {
            throw ValidationError("give both a rubric and a submissions folder, or neither (to grade the shipped examples)")
        }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    mutating func run() throws {
        let pairs: [(rubric: String, folder: String)]
        if let rubric, let submissions {
            pairs = [(rubric, submissions)]
        } else {
            pairs = try ShippedExamples.pairs()
        }
        var failed = false
        for (rubricPath, folder) in pairs {
            let loaded = try RubricFile.load(rubricPath)
            let files: [SubmissionDiscovery.Found]
            do { files = try SubmissionDiscovery.files(in: folder) } catch {
                printError("\(folder): cannot list the submissions folder: \(error.localizedDescription)")
                throw ExitCode(ExitStatus.invalidInput)
            }
            let graders = try salt.graders(of: loaded)
            let grader = graders.base
            let progress = ProgressBar(total: files.count, label: loaded.id, enabled: !quiet)
            let batch = BatchGrading.grade(files, grader: graders, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount) { progress.update($0) }
            progress.finish()
            let destination = URL(fileURLWithPath: out).appendingPathComponent(FileNameSanitizer.sanitize(loaded.id))
            try ReportSet.write(batch, to: destination, options: .init(canvas: canvas, moodle: moodle))
            print(GradeTable.render(batch, reports: destination.path))
            if graders.family.isFamily {
                let copies = CopyDetection.findings(in: batch, graders: graders)
                try AtomicFileWriter.write(CopyReport.markdown(copies, in: batch), to: destination.appendingPathComponent("copies.md"))
                print("\(copies.count) pairs of students with answers that fit each other's numbers: \(destination.appendingPathComponent("copies.md").path)")
            }
            if !grader.key.failures.isEmpty {
                failed = true
                for failure in grader.key.failures { printError(failure.failure?.description ?? "") }
            }
        }
        if failed { throw ExitCode(ExitStatus.invalidInput) }
    }
}
