import Foundation

/// Reads a filled `hand-grading.csv` (`grade --hand FILE`): the columns `student`, `part`,
/// `points` and `comment` are used, found by name (the others, `name`, `answer`, `look for`,
/// help the TA and are ignored). A row whose `points` cell is empty is not graded yet and is
/// skipped; any other row must give a number.
package enum HandGradingFile {
    /// Why the file cannot be merged, naming the file and row.
    package struct Failure: Error, CustomStringConvertible {
        package var description: String
    }

    /// The filled rows of `text`; `file` names it in messages.
    package static func read(_ text: String, file: String) throws -> [HandGrade] {
        let rows = CSVRows.parse(text)
        let header = rows.first?.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? []
        guard let student = header.firstIndex(of: "student"), let part = header.firstIndex(of: "part"),
              let points = header.firstIndex(of: "points") else {
            throw Failure(description: "\(file): row 1 must name the columns student, part and points (as grade writes hand-grading.csv)")
        }
        let comment = header.firstIndex(of: "comment")
        var grades: [HandGrade] = []
        for (offset, cells) in rows.dropFirst().enumerated() {
            let row = offset + 2
            func cell(_ index: Int?) -> String {
                guard let index, index < cells.count else { return "" }
                return cells[index].trimmingCharacters(in: .whitespaces)
            }
            let pointsText = cell(points)
            if pointsText.isEmpty { continue }
            guard let value = Double(pointsText.replacingOccurrences(of: ",", with: ".")), value.isFinite else {
                throw Failure(description: "\(file): row \(row): points '\(pointsText)' is not a number; write the points as 0.5 or 1")
            }
            grades.append(HandGrade(studentID: cell(student), partID: cell(part), points: value, comment: cell(comment), row: row))
        }
        return grades
    }
}
