import RNNGrading

extension PrettyJSON {
    /// A roster as an object, keys sorted as `.sortedKeys` gives them.
    mutating func write(_ roster: Roster) {
        openObject()
        member("entries", each: roster.entries) { json, entry in
            json.openObject()
            json.member("email", entry.email)
            json.member("id", entry.id)
            json.member("lmsUserID", entry.lmsUserID)
            json.member("login", entry.login)
            json.member("name", entry.name)
            json.member("section", entry.section)
            json.closeObject()
        }
        member("layout", roster.layout)
        closeObject()
    }
}
