import Dispatch
import Foundation

/// Grades many submission files with one ``Grader`` (or one per student variant), in parallel, keeping results in file
/// order so that the output does not depend on the number of jobs.
public enum BatchGrading {
    /// Grades every found file. `progress` is called (from any thread) after each file with the
    /// number done so far.
    public static func grade(_ files: [SubmissionDiscovery.Found], grader source: some GraderSource, jobs: Int,
                             progress: (@Sendable (Int) -> Void)? = nil) -> BatchResult {
        let results = ResultSlots(count: files.count)
        let counter = ResultSlots(count: 0)
        let work: @Sendable (Int) -> Void = { index in
            results.set(index, SubmissionGrading.grade(file: files[index], grader: source))
            if let progress { progress(counter.increment()) }
        }
        if jobs <= 1 {
            for index in files.indices { work(index) }
        } else {
            let queue = DispatchQueue(label: "rnngrade.batch", attributes: .concurrent)
            let group = DispatchGroup()
            let limit = DispatchSemaphore(value: jobs)
            for index in files.indices {
                limit.wait()
                queue.async(group: group) {
                    work(index)
                    limit.signal()
                }
            }
            group.wait()
        }
        let grader = source.base
        return BatchResult(assignmentID: grader.rubric.id, assignmentTitle: grader.rubric.title,
                           parts: grader.outline, submissions: flaggingSharedIDs(results.all()))
    }

    /// The student ids that more than one submission claims, each with those files (sorted).
    public static func sharedIDs(in grades: [SubmissionGrade]) -> [String: [String]] {
        Dictionary(grouping: grades, by: \.studentID).mapValues { $0.map(\.file).sorted() }.filter { $0.value.count > 1 }
    }

    /// The warning on a submission whose student id `files` all claim.
    public static func sharedIDWarning(_ studentID: String, files: [String]) -> String {
        "\(files.joined(separator: ", ")) all claim student '\(studentID)'; decide which one counts"
    }

    /// `grades` with ``sharedIDWarning(_:files:)`` on every submission whose student id another
    /// file claims too.
    static func flaggingSharedIDs(_ grades: [SubmissionGrade]) -> [SubmissionGrade] {
        let shared = sharedIDs(in: grades)
        return grades.map { grade in
            guard let files = shared[grade.studentID] else { return grade }
            var flagged = grade
            flagged.warnings.append(sharedIDWarning(grade.studentID, files: files))
            return flagged
        }
    }
}

/// Thread-safe result storage for the batch.
private final class ResultSlots: @unchecked Sendable {
    // Guarded by `lock`; each slot is written once.
    private var slots: [SubmissionGrade?]
    private var done = 0
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ grade: SubmissionGrade) {
        lock.lock(); defer { lock.unlock() }
        slots[index] = grade
    }

    func increment() -> Int {
        lock.lock(); defer { lock.unlock() }
        done += 1
        return done
    }

    func all() -> [SubmissionGrade] {
        lock.lock(); defer { lock.unlock() }
        return slots.compactMap { $0 }
    }
}
