/// The Canvas assignment a `canvas.csv` column posts to (`--canvas-assignment NAME:ID`): its
/// title and its numeric Canvas id (the number in the assignment's address,
/// `…/assignments/4455`).
package struct CanvasAssignment: Sendable, Hashable {
    /// The assignment's title in Canvas.
    package var name: String
    /// The assignment's Canvas id (digits).
    package var id: String

    /// `NAME:ID` split at its last colon; nil unless ID is all digits and NAME is not empty.
    package init?(argument: String) {
        guard let colon = argument.lastIndex(of: ":") else { return nil }
        let name = String(argument[..<colon]), id = String(argument[argument.index(after: colon)...])
        guard !name.isEmpty, !id.isEmpty, id.allSatisfy({ ("0"..."9").contains($0) }) else { return nil }
        self.name = name
        self.id = id
    }

    /// The column header Canvas matches to this assignment by id: `Homework 3 (4455)`.
    var header: String { "\(name) (\(id))" }

    /// A title followed by one white-space character and an id in parentheses, as Canvas's
    /// `Assignment.title_and_id` reads a column header (`/\A(.*)\s\((\d+)\)\z/`); compiled once.
    nonisolated(unsafe) private static let titleAndID = /(.*)\s\(([0-9]+)\)/

    /// The assignment id Canvas's importer reads from a column titled `title`, or nil when the
    /// title does not end in one: `Homework 3 (4455)` → `4455`, and also a rubric title such as
    /// `Week 10 (2024)` → `2024`, which Canvas would post to assignment 2024 if the course has it.
    package static func idCanvasReads(in title: String) -> String? {
        title.wholeMatch(of: titleAndID).map { String($0.output.2) }
    }
}
