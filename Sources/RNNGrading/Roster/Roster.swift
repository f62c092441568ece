/// The class list (`--roster`): every student who should have handed in, with names and LMS
/// ids, read by ``RosterReader``.
package struct Roster: Sendable, Hashable, Codable {
    /// Which export the roster was read from: `Canvas gradebook`, `Moodle participants`, `plain`.
    package var layout: String
    /// The students, in the file's order.
    package var entries: [RosterEntry]

    /// A roster of `entries` read from a file of `layout`.
    package init(layout: String, entries: [RosterEntry]) {
        self.layout = layout
        self.entries = entries
    }

    /// Whether `id` is exactly a student id on the roster (the id a personal link is signed for).
    package func contains(id: String) -> Bool {
        entries.contains { $0.id == id }
    }

    /// The student that `key` (a student id, LMS user id, login or e-mail, any case) names.
    package func entry(for key: String) -> RosterEntry? {
        let wanted = key.lowercased()
        return entries.first { $0.keys.contains(wanted) }
    }
}
