import Foundation
import RNNGrading

/// The machine-readable results (`results.json`): every field of the `BatchResult`, keys
/// sorted and pretty-printed as `JSONEncoder` (as ``ReportJSON`` sets it up) makes of the
/// batch's `Codable` conformance, plus the derived fields programs want without recomputing
/// them: `schemaVersion` at the top, and per submission `total`, `maxTotal`, `gradedMaxTotal`,
/// `percent` and `status`. `JSONDecoder` ignores the derived fields and reads the file back
/// into an equal `BatchResult`. Written directly by ``PrettyJSON``, which is many times faster.
/// docs/reports.md describes every field.
package enum ResultsJSON {
    /// The version of the file's layout: 2 added `schemaVersion`, the derived per-submission
    /// fields and each part's `precision`. A program should refuse a version it does not know.
    package static let schemaVersion = 2

    /// The JSON of `batch`, ending with a newline.
    package static func render(_ batch: BatchResult) throws -> Data {
        var json = PrettyJSON()
        json.write(batch)
        return Data(json.bytes) + Data("\n".utf8)
    }
}

extension PrettyJSON {
    /// `batch` as an object, its keys in the order `.sortedKeys` gives.
    mutating func write(_ batch: BatchResult) {
        openObject()
        member("assignmentID", batch.assignmentID)
        member("assignmentTitle", batch.assignmentTitle)
        member("parts", each: batch.parts) { json, part in
            json.openObject()
            json.member("id", part.id)
            json.member("kind", part.kind)
            json.member("maxPoints", part.maxPoints)
            json.member("precision", part.precision)
            json.member("title", part.title)
            json.closeObject()
        }
        if let roster = batch.roster {
            key("roster")
            write(roster)
        }
        member("schemaVersion", Double(ResultsJSON.schemaVersion))
        if let setAside = batch.setAside {
            member("setAside", each: setAside) { json, file in
                json.openObject()
                json.member("file", file.file)
                json.member("reason", file.reason)
                json.closeObject()
            }
        }
        member("submissions", each: batch.submissions) { $0.write($1) }
        closeObject()
    }

    /// One submission's grade as an object.
    mutating func write(_ submission: SubmissionGrade) {
        openObject()
        member("assignmentID", submission.assignmentID)
        member("file", submission.file)
        member("gradedMaxTotal", submission.gradedMaxTotal)
        member("loadError", submission.loadError)
        member("maxTotal", submission.maxTotal)
        member("name", submission.name)
        member("parts", each: submission.parts) { $0.write($1) }
        member("percent", submission.percent)
        member("status", submission.status.rawValue)
        member("studentID", submission.studentID)
        member("total", submission.total)
        member("warnings", submission.warnings)
        closeObject()
    }

    /// One part's grade as an object; absent optional fields are left out.
    mutating func write(_ part: PartGrade) {
        openObject()
        member("answer", part.answer)
        member("feedback", part.feedback)
        member("followThroughFrom", part.followThroughFrom)
        member("formatError", part.formatError)
        member("key", part.key)
        member("maxPoints", part.maxPoints)
        member("mistake", part.mistake)
        member("partID", part.partID)
        member("points", part.points)
        member("verdict", part.verdict.rawValue)
        closeObject()
    }
}
