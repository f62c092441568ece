/// One student of a roster: who they are in the institution and in the LMS.
package struct RosterEntry: Sendable, Hashable, Codable {
    /// The institution's student id (Canvas's SIS User ID, Moodle's ID number): the id reports use.
    package var id: String
    /// The name as reports print it.
    package var name: String
    /// The e-mail address, if the roster has one.
    package var email: String?
    /// The LMS's own user id (Canvas's `ID`, the number in Canvas and Moodle download names).
    package var lmsUserID: String?
    /// The login (Canvas's SIS Login ID, Moodle's username, Blackboard's user name).
    package var login: String?
    /// The section, if the roster has one.
    package var section: String?

    /// An entry; the optional fields nil unless given.
    package init(id: String, name: String, email: String? = nil, lmsUserID: String? = nil,
                login: String? = nil, section: String? = nil) {
        self.id = id
        self.name = name
        self.email = email
        self.lmsUserID = lmsUserID
        self.login = login
        self.section = section
    }

    /// Every value a submission may name this student by (id, LMS user id, login, e-mail),
    /// lower-cased.
    var keys: [String] {
        [id, lmsUserID, login, email].compactMap { $0?.lowercased() }.filter { !$0.isEmpty }
    }
}
