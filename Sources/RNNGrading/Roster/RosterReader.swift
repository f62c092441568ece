import Foundation

/// Reads a roster CSV, recognising the layout by its header row:
///
/// - **Canvas gradebook export** (Grades ▸ Export): `Student, ID, SIS User ID, SIS Login ID,
///   Section, …`; the `Points Possible` and `Student, Test` rows are skipped. The id is the SIS
///   User ID (the Canvas `ID` when that is empty), `ID` is the LMS user id, `SIS Login ID` the login.
/// - **Moodle participants or grades export**: `First name`, `Last name` (or `Surname`), and
///   `ID number`, `Username` and/or `Email address`. The id is the ID number, else the
///   username, else the e-mail.
/// - **Plain CSV**: columns named (any case) `id` (or `student id`, `student`), `name`, and
///   optionally `email`, `lms user id` (or `lms id`, `canvas id`, `moodle id`), `login`, `section`.
package enum RosterReader {
    /// Why a roster file could not be read, naming the row (1-based, as a spreadsheet counts).
    package struct Failure: Error, CustomStringConvertible {
        package var description: String
    }

    /// The roster in `text`; `file` names it in messages.
    package static func read(_ text: String, file: String) throws -> Roster {
        let rows = CSVRows.parse(text)
        guard let header = rows.first?.map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) else {
            throw Failure(description: "\(file): the roster is empty; export the class list from the LMS as CSV")
        }
        func column(_ names: String...) -> Int? { names.lazy.compactMap { header.firstIndex(of: $0) }.first }
        let body = rows.dropFirst().enumerated().map { (number: $0.offset + 2, cells: $0.element) }
        func cell(_ row: [String], _ index: Int?) -> String? {
            guard let index, index < row.count else { return nil }
            let value = row[index].trimmingCharacters(in: .whitespaces)
            return value.isEmpty ? nil : value
        }
        var entries: [RosterEntry] = []
        let layout: String
        if let student = column("student"), let canvasID = column("id"), let sisUser = column("sis user id") {
            layout = "Canvas gradebook"
            let login = column("sis login id"), section = column("section")
            for (number, row) in body {
                let name = cell(row, student) ?? ""
                if name == "Points Possible" || name == "Student, Test" { continue }
                guard let id = cell(row, sisUser) ?? cell(row, canvasID) else {
                    throw Failure(description: "\(file): row \(number) (\(name)) has neither a SIS User ID nor an ID; export the gradebook again")
                }
                entries.append(RosterEntry(id: id, name: name, lmsUserID: cell(row, canvasID), login: cell(row, login),
                                           section: cell(row, section)))
            }
        } else if let first = column("first name"), let last = column("last name", "surname") {
            layout = "Moodle participants"
            let idNumber = column("id number"), username = column("username"), email = column("email address", "email")
            for (number, row) in body {
                let name = [cell(row, first), cell(row, last)].compactMap { $0 }.joined(separator: " ")
                guard let id = cell(row, idNumber) ?? cell(row, username) ?? cell(row, email) else {
                    throw Failure(description: "\(file): row \(number) (\(name)) has no ID number, username or e-mail address; include one of these columns in the export")
                }
                entries.append(RosterEntry(id: id, name: name, email: cell(row, email), login: cell(row, username)))
            }
        } else if let idColumn = column("id", "student id", "student_id", "student", "sis_id", "sis user id") {
            layout = "plain"
            let name = column("name"), email = column("email", "e-mail")
            let lms = column("lms user id", "lms id", "canvas id", "moodle id"), login = column("login"), section = column("section")
            for (number, row) in body {
                guard let id = cell(row, idColumn) else {
                    throw Failure(description: "\(file): row \(number) has no id; every student needs one")
                }
                entries.append(RosterEntry(id: id, name: cell(row, name) ?? "", email: cell(row, email),
                                           lmsUserID: cell(row, lms), login: cell(row, login), section: cell(row, section)))
            }
        } else {
            throw Failure(description: "\(file): row 1 names no roster columns I know (\(rows[0].joined(separator: ", "))); give a Canvas gradebook export, a Moodle participants export, or a CSV with columns id, name, email, lms user id, section")
        }
        var seen: [String: Int] = [:]
        for (index, entry) in entries.enumerated() {
            if let earlier = seen[entry.id.lowercased()] {
                throw Failure(description: "\(file): student id \(entry.id) is listed twice (\(entries[earlier].name) and \(entry.name)); each student once")
            }
            seen[entry.id.lowercased()] = index
        }
        return Roster(layout: layout, entries: entries)
    }
}
