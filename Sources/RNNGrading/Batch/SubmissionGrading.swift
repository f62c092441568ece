import Foundation
import RNNRubric

/// One submission file through the whole pipeline: read it (sheet or XML), decide whose it is
/// (``StudentIdentity``), match its answers to the rubric's parts, grade. A file that cannot be read becomes an unreadable grade, never
/// an exception, so a batch goes on.
package enum SubmissionGrading {
    /// The grade of the file `found` describes.
    package static func grade(file found: SubmissionDiscovery.Found, grader source: some GraderSource, roster: Roster? = nil) -> SubmissionGrade {
        let grader = source.base
        if let refusal = found.refusal {
            return unreadable(file: found.relativePath, folder: found.folder, roster: roster, grader: grader,
                              error: "\(found.relativePath): \(refusal)")
        }
        let bytes: [UInt8]
        switch SubmissionFile.bytes(at: found.path, maxBytes: SubmissionReader.maxBytes) {
        case .success(let read): bytes = read
        case .failure(let error):
            // Name the file as reports do (relative to the graded folder), not by its full path.
            let message = error.message.hasPrefix(found.path + ":")
                ? found.relativePath + error.message.dropFirst(found.path.count) : error.message
            return unreadable(file: found.relativePath, folder: found.folder, roster: roster, grader: grader, error: message)
        }
        return grade(bytes: bytes, file: found.relativePath, folder: found.folder, grader: source, roster: roster)
    }

    /// Why a file of nothing but white space is not graded as a blank sheet.
    static let emptyFile = "this file is empty: was the right file uploaded?"

    /// The grade of a submission's bytes; `file` names it in messages and reports.
    /// The grader of the student's variant grades the answers.
    package static func grade(bytes: [UInt8], file: String, folder: String? = nil, grader source: some GraderSource, roster: Roster? = nil) -> SubmissionGrade {
        let grader = source.base
        if bytes.allSatisfy({ [0x20, 0x09, 0x0A, 0x0D].contains($0) }) {
            return unreadable(file: file, folder: folder, roster: roster, grader: grader, error: "\(file): \(emptyFile)")
        }
        let submission: Submission
        switch SubmissionReader.read(bytes: bytes, file: file) {
        case .success(let read): submission = read
        case .failure(let error): return unreadable(file: file, folder: folder, roster: roster, grader: grader, error: error.message)
        }
        // Split as bytes (a `\r\n` pair is one Character, so a String split would miss it) and
        // decode only the lines that answers start on.
        let lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        let (resolved, resolveWarnings) = submission.answers(for: grader.rubric)
        let identity = StudentIdentity.resolve(file: file, folder: folder,
                                               headerID: submission.studentIDSource == .file ? submission.studentID : nil,
                                               headerName: submission.studentName, roster: roster)
        let warnings = (submission.warnings + resolveWarnings).map(\.description) + [identity.warning].compactMap { $0 }
        var given: [String: GivenAnswer] = [:]
        for (partID, answer) in resolved {
            guard let first = answer.answer ?? answer.parameters.first?.answer else { continue }
            let isDesign = grader.rubric.part(partID)?.answer.isDesign ?? false
            let text = isDesign ? answer.weightsText : first.text
            let sourceLine = first.sourceLine
                ?? (first.line >= 1 && first.line <= lines.count ? Self.text(ofLine: lines[first.line - 1]) : text)
            given[partID] = GivenAnswer(text: text, file: file, line: first.line, column: first.column, sourceLine: sourceLine)
        }
        var grade: SubmissionGrade
        switch source.grader(for: identity.id) {
        case .success(let variant):
            grade = variant.grade(studentID: identity.id, file: file, answers: given, warnings: warnings)
        case .failure(let error):
            grade = grader.unreadable(studentID: identity.id, file: file, error: "\(file): student \(identity.id): \(error.message)")
        }
        grade.name = identity.name
        return grade
    }

    /// An unreadable grade for `file`, named as ``StudentIdentity`` names a file without a header.
    private static func unreadable(file: String, folder: String?, roster: Roster?, grader: Grader, error: String) -> SubmissionGrade {
        let identity = StudentIdentity.resolve(file: file, folder: folder, headerID: nil, headerName: nil, roster: roster)
        var grade = grader.unreadable(studentID: identity.id, file: file, error: error)
        grade.name = identity.name
        return grade
    }

    /// A line's bytes as text, without a final `\r` (or a byte order mark, on the first line).
    static func text(ofLine bytes: ArraySlice<UInt8>) -> String {
        var line = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes
        if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
        return String(decoding: line, as: UTF8.self)
    }
}
