/// The student an LMS's bulk download names a file or folder for. Each LMS renames what
/// students upload:
///
/// | LMS | download name | gives |
/// |---|---|---|
/// | Canvas | `carolwhite_98765_4455667_answers.txt`, `carolwhite_LATE_98765_4455667_answers-1.txt` | user id 98765, name key `carolwhite` |
/// | Moodle | folder `Alice Smith_123456_assignsubmission_file_/answers.txt` | participant id 123456, name `Alice Smith` |
/// | Blackboard | `Homework 3_jdoe7_attempt_2024-03-01-14-05-09_answers.txt` | user name `jdoe7` |
/// | Gradescope | folder `submission_271828182/answers.txt` | submission 271828182 (no student; the file's header names the student) |
///
/// Canvas puts the student's sortable name (lower case, no spaces or punctuation), `LATE` for
/// a late hand-in, the Canvas user id and the attachment id before the uploaded file's name.
/// Moodle's "Download all submissions" makes one folder per student and plugin, named
/// `Full name_participant id_assignsubmission_file_` (the participant id is the user id
/// unless blind marking hides it). Blackboard Learn's "Download Assignment" prefixes the
/// assignment name, the user name, `attempt` and the time of the attempt, and adds a receipt
/// `…_attempt_<time>.txt` beside the files (set aside, not graded). Gradescope's "Export
/// Submissions" makes a folder `submission_<id>` per submission with an index file
/// `submission_metadata.yml` (set aside).
package struct LMSDownloadName: Sendable, Hashable {
    /// The LMS whose layout matched: `Canvas`, `Moodle`, `Blackboard`, `Gradescope`.
    package var lms: String
    /// The id the LMS knows the student by (a user id, a user name), if the name holds one.
    package var studentID: String?
    /// The student's name as the LMS spelled it, if the name holds one (Moodle).
    package var name: String?

    /// A recognised name of `lms`'s layout.
    package init(lms: String, studentID: String?, name: String?) {
        self.lms = lms
        self.studentID = studentID
        self.name = name
    }

    // The layouts, compiled once (a regex literal in a function is compiled every time it is
    // evaluated).
    /// Canvas: `sortablename[_LATE]_userid_attachmentid_file`.
    nonisolated(unsafe) private static let canvas = #/([a-z0-9]+)(?:_LATE)?_([0-9]+)_([0-9]+)_(.+)/#
    /// Moodle: `Full name_participantid_assignsubmission_plugin_`.
    nonisolated(unsafe) private static let moodle = #/(.+)_([0-9]+)_assignsubmission_[a-z]+_?.*/#
    /// Blackboard: `Assignment_username_attempt_YYYY-MM-DD-hh-mm-ss[_file]`.
    nonisolated(unsafe) private static let blackboard = #/.+_([^_]+)_attempt_[0-9]{4}(?:-[0-9]{2}){5}(?:_.+)?/#
    /// Blackboard's receipt beside the files: `…_attempt_<time>.txt`.
    nonisolated(unsafe) private static let blackboardReceipt = #/.+_[^_]+_attempt_[0-9]{4}(?:-[0-9]{2}){5}\.txt/#
    /// Gradescope: a folder `submission_<id>`.
    nonisolated(unsafe) private static let gradescope = #/submission_[0-9]+/#

    /// The student `name` (a file or folder name, extension included) is named for, or nil
    /// when it follows no LMS's layout.
    package static func recognise(_ name: String) -> LMSDownloadName? {
        // Every layout has an underscore, and each but Canvas's a fixed word. These scans stay
        // although the regexes are compiled once: matching a compiled regex still costs
        // far more than a byte scan, and most names in a class folder follow no layout.
        guard name.utf8.contains(UInt8(ascii: "_")) else { return nil }
        if let match = name.wholeMatch(of: canvas) {
            return LMSDownloadName(lms: "Canvas", studentID: String(match.2), name: nil)
        }
        if name.contains("_assignsubmission_"), let match = name.wholeMatch(of: moodle) {
            return LMSDownloadName(lms: "Moodle", studentID: String(match.2), name: String(match.1))
        }
        if name.contains("_attempt_"), let match = name.wholeMatch(of: blackboard) {
            return LMSDownloadName(lms: "Blackboard", studentID: String(match.1), name: nil)
        }
        if name.hasPrefix("submission_"), name.wholeMatch(of: gradescope) != nil {
            return LMSDownloadName(lms: "Gradescope", studentID: nil, name: nil)
        }
        return nil
    }

    /// Whether `name` is an LMS's own index or receipt rather than a student's file:
    /// Gradescope's `submission_metadata.yml`, a Blackboard receipt `…_attempt_<time>.txt`.
    package static func isLMSIndex(_ name: String) -> Bool {
        name == "submission_metadata.yml" || (name.contains("_attempt_") && name.wholeMatch(of: blackboardReceipt) != nil)
    }
}
