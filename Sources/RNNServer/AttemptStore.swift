import Foundation
import GRDB

/// The attempts database, `DATA/attempts.sqlite` (SQLite in WAL mode through GRDB): one row
/// per check. A write commits before the server answers, so an answered check is on disk;
/// checks arriving together share one commit (``GroupCommit``).
package final class AttemptStore: Sendable {
    /// The database file's name inside the data folder.
    package static let fileName = "attempts.sqlite"

    private let pool: DatabasePool
    private let group: GroupCommit<(attempt: Attempt, verdicts: String, cap: Int?), Bool>

    /// Opens (creating if needed) the database in `directory`.
    package init(directory: URL) throws {
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        pool = try DatabasePool(path: directory.appendingPathComponent(Self.fileName).path, configuration: configuration)
        try Self.migrator.migrate(pool)
        let pool = pool
        group = GroupCommit { items in
            try await pool.write { db in try items.map { try Self.insert($0.attempt, verdicts: $0.verdicts, cap: $0.cap, into: db) } }
        }
    }

    private static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("attempts v1") { db in
            try db.create(table: "attempt") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("student", .text).notNull()
                table.column("assignment", .text).notNull()
                table.column("time", .double).notNull()
                table.column("verdicts", .text).notNull()
                table.column("points", .double).notNull()
                table.column("answers", .text).notNull()
            }
            try db.create(index: "attempt_by_student", on: "attempt", columns: ["student", "assignment", "time"])
        }
        return migrator
    }

    /// Records `attempt` unless its student already made `cap` checks of the assignment in the
    /// hour before it; the count and the insert are in one transaction, and the transactions
    /// of one database are serial, so concurrent checks of one student cannot pass the cap
    /// together. Returns whether it was recorded, once it is committed.
    package func record(_ attempt: Attempt, cap: Int?) async throws -> Bool {
        let verdicts = String(decoding: try Self.encoder.encode(attempt.verdicts), as: UTF8.self)
        return try await group.commit((attempt, verdicts, cap))
    }

    /// Inserts `attempt` within the open transaction of `db` unless the cap forbids it.
    private static func insert(_ attempt: Attempt, verdicts: String, cap: Int?, into db: Database) throws -> Bool {
        if let cap {
            let recent = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM attempt WHERE student = ? AND assignment = ? AND time > ?",
                                          arguments: [attempt.student, attempt.assignment, attempt.time.timeIntervalSince1970 - 3600]) ?? 0
            guard recent < cap else { return false }
        }
        try db.execute(sql: "INSERT INTO attempt (student, assignment, time, verdicts, points, answers) VALUES (?, ?, ?, ?, ?, ?)",
                       arguments: [attempt.student, attempt.assignment, attempt.time.timeIntervalSince1970, verdicts, attempt.points, attempt.answers])
        return true
    }

    /// Every attempt in the order it was recorded.
    package func all() throws -> [Attempt] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT student, assignment, time, verdicts, points, answers FROM attempt ORDER BY id").map { row in
                let verdictsText: String = row["verdicts"]
                let verdicts = (try? JSONDecoder().decode([String: String].self, from: Data(verdictsText.utf8))) ?? [:]
                return Attempt(student: row["student"], assignment: row["assignment"],
                               time: Date(timeIntervalSince1970: row["time"]), verdicts: verdicts,
                               points: row["points"], answers: row["answers"])
            }
        }
    }

    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }()
}
