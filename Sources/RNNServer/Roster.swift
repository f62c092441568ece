import Foundation

/// The students who may use the server, read from a CSV file whose header row names an `id`
/// column (any letter case) and optionally a `name` column; other columns are ignored.
package struct Roster: Sendable {
    /// One student on the roster.
    package struct Student: Sendable, Hashable {
        /// The id as the LMS knows it; it is signed into the student's links.
        package let id: String
        /// The name, or empty.
        package let name: String
    }

    /// The students in file order.
    package let students: [Student]
    private let ids: Set<String>

    /// The roster read from CSV `text`; a problem is a message naming `file` and the line.
    package static func parse(_ text: String, file: String) -> Result<Roster, RosterError> {
        let rows = CSVRows.parse(text)
        guard let header = rows.first else { return .failure(RosterError("\(file): the roster is empty; its first line must name an `id` column")) }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard let idColumn = names.firstIndex(of: "id") else {
            return .failure(RosterError("\(file):\(header.line): no `id` column in the header (\(header.fields.joined(separator: ","))); name the column of student ids `id`"))
        }
        let nameColumn = names.firstIndex(of: "name")
        var students: [Student] = []
        var seen: [String: Int] = [:]
        for row in rows.dropFirst() where !row.fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
            let id = idColumn < row.fields.count ? row.fields[idColumn].trimmingCharacters(in: .whitespaces) : ""
            guard !id.isEmpty else { return .failure(RosterError("\(file):\(row.line): this row has no id")) }
            if let first = seen[id] { return .failure(RosterError("\(file):\(row.line): the id \(id) is already on line \(first); ids must be unique")) }
            seen[id] = row.line
            let name = nameColumn.flatMap { $0 < row.fields.count ? row.fields[$0] : nil } ?? ""
            students.append(Student(id: id, name: name))
        }
        return .success(Roster(students: students))
    }

    private init(students: [Student]) {
        self.students = students
        ids = Set(students.map(\.id))
    }

    /// Whether `id` is on the roster.
    package func contains(_ id: String) -> Bool { ids.contains(id) }
}

/// Why a roster could not be read.
package struct RosterError: Error, Sendable, CustomStringConvertible {
    /// The located message.
    package let description: String
    init(_ description: String) { self.description = description }
}
