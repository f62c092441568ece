import ArgumentParser
import Foundation
import RNNGrading
import RNNReports
import RNNRubric
import RNNVariants

/// `rnngrade handout RUBRIC --roster ROSTER.csv --out DIR`: every student's own handout and answer sheet.
struct HandoutCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "handout",
        abstract: "Write each student's handout (their own numbers in the prompts; Markdown and HTML) and blank answer sheet, one folder per student. Never a key or the salt."
    )

    @Argument(help: "The rubric XML file.")
    var rubric: String

    @Option(help: "The class list: a CSV file with a student_id (or student, id, sis_id) column, else ids in the first column.")
    var roster: String

    @Option(help: "Where to write the handouts: DIR/<student>/handout.md, handout.html, answers.txt and format.json (the sheet's kinds and shapes, for check --format-only).")
    var out: String

    @OptionGroup var salt: SaltOptions

    mutating func run() throws {
        let family = try salt.family(of: try RubricFile.load(rubric))
        let students = try RosterFile.load(roster).entries.map(\.id)
        let root = URL(fileURLWithPath: out)
        for student in students {
            let variant: RubricVariant
            do throws(VariantError) { variant = try family.variant(for: student) } catch {
                printError("student \(student): \(error.message)")
                throw ExitCode(ExitStatus.invalidInput)
            }
            let folder = root.appendingPathComponent(FileNameSanitizer.sanitize(student))
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let handout = HandoutDocument.render(variant.rubric, studentID: student)
            try AtomicFileWriter.write(handout.markdown, to: folder.appendingPathComponent("handout.md"))
            try AtomicFileWriter.write(handout.html, to: folder.appendingPathComponent("handout.html"))
            try AtomicFileWriter.write(SubmissionTemplate.render(variant.rubric, format: .sheet, studentID: student),
                                       to: folder.appendingPathComponent("answers.txt"))
            try AtomicFileWriter.write(AnswerFormat(rubric: variant.rubric).json, to: folder.appendingPathComponent("format.json"))
        }
        print("\(family.base.id): wrote handouts and answer sheets for \(students.count) students to \(root.path)")
    }
}
