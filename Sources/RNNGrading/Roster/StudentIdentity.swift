import Foundation

/// Who a submission belongs to, decided in one place: the LMS's id from a download name wins
/// over an id typed in the file's header (with a warning when they name different students);
/// then the roster, when there is one, gives the student id reports use and the name.
struct StudentIdentity {
    /// The student id reports use.
    var id: String
    /// The name, if known (roster, else `# name:` header, else LMS download name).
    var name: String?
    /// Why the header's id was overruled, when it was.
    var warning: String?

    /// The identity of `file` (in student folder `folder`, if any) whose header states
    /// `headerID` and `headerName` (nil when it states none).
    static func resolve(file: String, folder: String?, headerID: String?, headerName: String?, roster: Roster?) -> StudentIdentity {
        let download = LMSDownloadName.recognise(folder ?? (file as NSString).lastPathComponent)
        let fallback = folder ?? ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        let given = download?.studentID ?? headerID ?? fallback
        let entry = roster?.entry(for: given)
        var warning: String?
        if let download, let lmsID = download.studentID, let headerID, headerID != lmsID {
            let sameStudent = entry != nil && entry == roster?.entry(for: headerID)
            if !sameStudent {
                warning = "the file's header says student '\(headerID)', but \(download.lms) handed it in for '\(lmsID)', which counts"
            }
        }
        return StudentIdentity(id: entry?.id ?? given, name: entry?.name ?? headerName ?? download?.name, warning: warning)
    }
}
