import Dispatch
import Foundation

/// Grades many submission files with one ``Grader`` (or one per student variant), in parallel, keeping results in file
/// order so that the output does not depend on the number of jobs. Files that are not answers
/// are set aside ungraded; when several files claim one student, a ``DuplicatePolicy`` picks
/// the one that counts and the others are set aside (only the TA's reports say so).
package enum BatchGrading {
    /// Grades every found file, naming students by `roster` when given. `progress` is called (from any thread) after each graded file
    /// with the number done so far.
    package static func grade(_ found: [SubmissionDiscovery.Found], grader source: some GraderSource, jobs: Int,
                             duplicates: DuplicatePolicy = .latest, roster: Roster? = nil,
                             progress: (@Sendable (Int) -> Void)? = nil) -> BatchResult {
        let files = found.filter { $0.notGraded == nil }
        let results = ResultSlots(count: files.count)
        let counter = ResultSlots(count: 0)
        let work: @Sendable (Int) -> Void = { index in
            results.set(index, SubmissionGrading.grade(file: files[index], grader: source, roster: roster))
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
        let notAnswers = found.compactMap { entry in entry.notGraded.map { SetAsideFile(file: entry.relativePath, reason: "not graded: \($0)") } }
        let (kept, passedOver) = resolvingDuplicates(results.all(), modified: files.map(\.modified), policy: duplicates, grader: grader)
        return BatchResult(assignmentID: grader.rubric.id, assignmentTitle: grader.rubric.title,
                           parts: grader.outline, submissions: kept, setAside: notAnswers + passedOver, roster: roster)
    }

    /// The student ids that more than one submission claims, each with those files (sorted).
    package static func sharedIDs(in grades: [SubmissionGrade]) -> [String: [String]] {
        Dictionary(grouping: grades, by: \.studentID).mapValues { $0.map(\.file).sorted() }.filter { $0.value.count > 1 }
    }

    /// The grades that count under `policy` (`modified[i]` is the time of `grades[i]`'s file),
    /// and the files passed over. Under ``DuplicatePolicy/error`` every colliding file becomes
    /// an unreadable row naming the others.
    static func resolvingDuplicates(_ grades: [SubmissionGrade], modified: [Double], policy: DuplicatePolicy,
                                    grader: Grader) -> ([SubmissionGrade], [SetAsideFile]) {
        let shared = sharedIDs(in: grades)
        guard !shared.isEmpty else { return (grades, []) }
        var keep = Set(grades.indices)
        var passedOver: [SetAsideFile] = []
        var collisions: [Int: String] = [:]
        let groups = Dictionary(grouping: grades.indices.filter { shared[grades[$0].studentID] != nil }) { grades[$0].studentID }
        for (studentID, indices) in groups {
            let candidates = indices.map { (index: $0, modified: modified[$0], name: grades[$0].file) }
            if let winner = policy.keep(candidates) {
                for index in indices where index != winner {
                    keep.remove(index)
                    passedOver.append(SetAsideFile(file: grades[index].file,
                                                   reason: "student '\(studentID)' also handed in \(grades[winner].file), which counts (--duplicates \(policy.rawValue))"))
                }
            } else {
                let files = indices.map { grades[$0].file }.sorted().joined(separator: ", ")
                for index in indices {
                    collisions[index] = "\(files) all claim student '\(studentID)' and --duplicates error counts none: remove all but one and grade again"
                }
            }
        }
        let counted = grades.indices.filter(keep.contains).map { index -> SubmissionGrade in
            guard let message = collisions[index] else { return grades[index] }
            return grader.unreadable(studentID: grades[index].studentID, file: grades[index].file, error: message)
        }
        return (counted, passedOver)
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
