import Foundation

/// A class list (`--roster ROSTER.csv`): one student a row, the id in the column headed
/// `student`, `student_id`, `id` or `sis_id` (any case), else in the first column. Quotes around
/// a cell are removed, so commas may stand inside them.
enum Roster {
    /// The student ids in file order, or a message saying which line is wrong.
    static func studentIDs(csv text: String, file: String) -> Result<[String], RosterError> {
        var rows = text.split(whereSeparator: \.isNewline).map { cells(String($0)) }.enumerated().filter { !$0.element.allSatisfy(\.isEmpty) }
        guard let header = rows.first else { return .failure(RosterError(message: "\(file): the roster is empty; write one student id per line under a header such as student_id")) }
        let names = ["student", "student_id", "id", "sis_id"]
        let column = header.element.firstIndex { names.contains($0.lowercased()) }
        if column != nil || header.element.first?.lowercased() == "name" { rows.removeFirst() }
        var ids: [String] = []
        var seen: [String: Int] = [:]
        for (index, row) in rows {
            let line = index + 1
            let id = (column.flatMap { $0 < row.count ? row[$0] : nil } ?? row.first ?? "")
            guard !id.isEmpty, !id.contains("/"), id != ".", id != ".." else {
                return .failure(RosterError(message: "\(file):\(line): '\(id)' is not a usable student id (empty, or a path)"))
            }
            if let first = seen[id] { return .failure(RosterError(message: "\(file):\(line): student '\(id)' is listed twice (first on line \(first))")) }
            seen[id] = line
            ids.append(id)
        }
        return .success(ids)
    }

    /// The cells of one CSV line, trimmed, with quotes removed.
    private static func cells(_ line: String) -> [String] {
        var cells: [String] = []
        var current = ""
        var quoted = false
        for character in line {
            if character == "\"" {
                quoted.toggle()
            } else if character == ",", !quoted {
                cells.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
            } else {
                current.append(character)
            }
        }
        cells.append(current.trimmingCharacters(in: .whitespaces))
        return cells
    }
}

/// Why a roster cannot be used, with the file and line.
struct RosterError: Error {
    /// The message, saying what to fix.
    let message: String
}
