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

    @Argument(help: "The folder of submissions (answer files, or one folder per student), or one answer file to regrade.")
    var submissions: String?

    @Option(name: .shortAndLong, help: "Where to write the reports (one folder per assignment inside it).")
    var out: String = "out"

    @Option(name: .shortAndLong, help: "How many submissions to grade at once (default: one per processor core).")
    var jobs: Int?

    @Flag(help: "Also write canvas.csv in Canvas's gradebook import layout.")
    var canvas = false

    @Flag(help: "Also write moodle.csv in Moodle's grade import layout.")
    var moodle = false

    @Flag(help: "Also write gradescope.csv (Name, Email, SID and the score) for a Gradescope course.")
    var gradescopeCSV = false

    @Option(help: "The class list: a Canvas gradebook export, a Moodle participants export, or a CSV with columns id, name, email, lms user id, section. Reports then carry names, and the exports have a row for every roster student.")
    var roster: String?

    @Option(help: ArgumentHelp("The Canvas assignment canvas.csv posts to, as its title and its id (the number in its address): \"Homework 3:4455\".", valueName: "name:id"))
    var canvasAssignment: String?

    @Option(parsing: .upToNextOption, help: ArgumentHelp("Regrade only these students (ids as the reports show them) and merge them into the existing reports.", valueName: "id"))
    var only: [String] = []

    @Flag(help: "Let a folder with far fewer submissions than the existing reports replace them (a regrade of some students should use --only).")
    var replace = false

    @Option(help: ArgumentHelp("A filled hand-grading.csv: merge its points and comments into every report and export.", valueName: "file"))
    var hand: String?

    @Option(help: "What --canvas/--moodle/--gradescope-csv post for a student whose hand-graded parts await a TA: auto-only (the auto-graded points so far), blank (nothing) or zero.")
    var pending: PendingPolicy = .autoOnly

    @Option(help: "Which file counts when several claim one student: latest (the newest file, as an LMS keeps the last resubmission), first, or error (none counts; fix the folder).")
    var duplicates: DuplicatePolicy = .latest

    @Flag(help: "Start every CSV file with a UTF-8 byte order mark, so that Excel shows names with accents right.")
    var csvBOM = false

    @Flag(name: .shortAndLong, help: "Print only the one-line summary per assignment (no progress bar, no table).")
    var quiet = false

    @OptionGroup var salt: SaltOptions

    func validate() throws {
        if (rubric == nil) != (submissions == nil) {
            throw ValidationError("give both a rubric and a submissions folder, or neither (to grade the shipped examples)")
        }
        if let canvasAssignment, CanvasAssignment(argument: canvasAssignment) == nil {
            throw ValidationError("--canvas-assignment \(canvasAssignment): give the assignment's title and its Canvas id (the number in the assignment's address) as NAME:ID, e.g. \"Homework 3:4455\"")
        }
        if let jobs, jobs < 1 {
            throw ValidationError("--jobs \(jobs): give how many submissions to grade at once, at least 1 (default: one per core, \(ProcessInfo.processInfo.activeProcessorCount) here)")
        }
    }

    mutating func run() throws {
        let pairs: [(rubric: String, folder: String)]
        if let rubric, let submissions {
            pairs = [(rubric, submissions)]
        } else {
            pairs = try ShippedExamples.pairs()
        }
        if let problem = OutputFolder.problem(out) {
            printError(problem)
            throw ExitCode(ExitStatus.invalidInput)
        }
        let classList = try roster.map(RosterFile.load)
        var failed = false
        for (rubricPath, folder) in pairs {
            let loaded = try RubricFile.load(rubricPath)
            let files: [SubmissionDiscovery.Found]
            let destination = URL(fileURLWithPath: out).appendingPathComponent(FileNameSanitizer.sanitize(loaded.id))
            do { files = try SubmissionDiscovery.files(in: folder, excluding: [out]) } catch {
                printError("\(folder): cannot list the submissions folder: \(error.localizedDescription)")
                throw ExitCode(ExitStatus.invalidInput)
            }
            let graders = try salt.graders(of: loaded)
            let grader = graders.base
            try TypedKeyGate.check(loaded, grader: grader, command: "grade")
            let progress = ProgressBar(total: files.filter { $0.notGraded == nil }.count, label: loaded.id, enabled: !quiet)
            let graded = BatchGrading.grade(files, grader: graders, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount,
                                           duplicates: duplicates, roster: classList) { progress.update($0) }
            progress.finish()
            let handGraded = try hand.map { try Self.merge(handFile: $0, into: graded) } ?? graded
            let batch = try Self.combine(handGraded, withReportsIn: destination, only: only,
                                         singleFile: Self.isFile(folder), replace: replace)
            let findings = graders.family.isFamily ? FamilyFindings(batch: batch, graders: graders) : nil
            let written: [String]
            do {
                written = try ReportSet.write(batch, to: destination, options: .init(canvas: canvas, moodle: moodle, gradescope: gradescopeCSV, csvBOM: csvBOM, pending: pending,
                                                                                     canvasAssignment: canvasAssignment.flatMap(CanvasAssignment.init(argument:)),
                                                                                     lookFor: Self.criteria(of: loaded)),
                                              findings: findings)
            } catch {
                printError("\(destination.path): the reports could not be written: \(OutputFolder.reason(error)); the previous reports are unchanged")
                throw ExitCode(ExitStatus.invalidInput)
            }
            print(quiet ? GradeTable.title(batch, reports: destination.path) : GradeTable.render(batch, reports: destination.path))
            let exports = written.map { ($0 as NSString).lastPathComponent }.filter { ["canvas.csv", "moodle.csv", "gradescope.csv"].contains($0) }
            if !quiet, let note = GradeTable.pendingNote(batch, exports: exports, policy: pending) { print(note) }
            if exports.contains("canvas.csv"), canvasAssignment == nil, let id = CanvasAssignment.idCanvasReads(in: batch.assignmentTitle) {
                printError("warning: canvas.csv's grade column \"\(batch.assignmentTitle)\" ends in (\(id)), which Canvas reads as the id of an assignment to post to; give --canvas-assignment \"NAME:ID\" to name the assignment")
            }
            if let findings, !quiet {
                print("\(findings.copies.count) pairs of students with answers that fit each other's numbers: \(destination.appendingPathComponent("copies.md").path)")
            }
            if !grader.key.failures.isEmpty {
                failed = true
                for failure in grader.key.failures { printError(failure.failure?.description ?? "") }
            }
        }
        if failed { throw ExitCode(ExitStatus.invalidInput) }
    }

    /// Whether `path` is one file rather than a folder.
    private static func isFile(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
    }

    /// What to write given the reports already in `destination`: hand grades already merged
    /// there carried over (``BatchResult/carryingHandGrades(from:)``); with `--only` (or one
    /// file graded) the regraded students merged into them; else the new batch, unless it
    /// would shrink a much larger class and `--replace` was not given.
    private static func combine(_ batch: BatchResult, withReportsIn destination: URL, only: [String],
                                singleFile: Bool, replace: Bool) throws -> BatchResult {
        let previous = (FileManager.default.contents(atPath: destination.appendingPathComponent("results.json").path))
            .flatMap { try? JSONDecoder().decode(BatchResult.self, from: $0) }
        var regraded = previous.map(batch.carryingHandGrades(from:)) ?? batch
        if !only.isEmpty {
            let wanted = Set(only)
            regraded.submissions = regraded.submissions.filter { wanted.contains($0.studentID) }
            let missing = wanted.subtracting(regraded.submissions.map(\.studentID)).sorted()
            if !missing.isEmpty {
                printError("--only: no submission of \(missing.joined(separator: ", ")) in this folder; the reports show student ids in their first column")
                throw ExitCode(ExitStatus.invalidInput)
            }
        }
        guard let previous else { return regraded }
        if !only.isEmpty || singleFile { return previous.replacingStudents(with: regraded) }
        if previous.wouldShrink(to: regraded) && !replace {
            printError("\(destination.path) holds the reports of \(previous.submissions.count) submissions and this run graded \(regraded.submissions.count): to regrade some students use --only ID..., to replace the class's reports pass --replace; nothing was written")
            throw ExitCode(ExitStatus.invalidInput)
        }
        return regraded
    }

    /// `batch` with the hand grades of the file at `path` merged in, or a clear message and exit 1.
    private static func merge(handFile path: String, into batch: BatchResult) throws -> BatchResult {
        guard let data = FileManager.default.contents(atPath: path) else {
            printError("--hand \(path): cannot read this file; give the hand-grading.csv that grade wrote, filled in")
            throw ExitCode(ExitStatus.invalidInput)
        }
        do {
            return try batch.merging(HandGradingFile.read(String(decoding: data, as: UTF8.self), file: path), file: path)
        } catch {
            printError("--hand \(error); nothing was merged and no report was written")
            throw ExitCode(ExitStatus.invalidInput)
        }
    }

    /// What a TA looks for in each hand-graded part of `rubric`, by part id.
    private static func criteria(of rubric: Rubric) -> [String: String] {
        Dictionary(uniqueKeysWithValues: rubric.parts.compactMap { part in
            if case .manual(let criteria) = part.answer { (part.id, criteria) } else { nil }
        })
    }

}

extension DuplicatePolicy: ExpressibleByArgument {}

extension PendingPolicy: ExpressibleByArgument {}
