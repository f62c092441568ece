extension BatchResult {
    /// The submissions whose student the roster does not list (empty without a roster).
    package var submissionsWithoutRosterEntry: [SubmissionGrade] {
        guard let roster else { return [] }
        let listed = Set(roster.entries.map(\.id))
        return submissions.filter { !listed.contains($0.studentID) }
    }

    /// The roster's students with no submission in the batch (empty without a roster).
    package var rosterStudentsWithoutSubmission: [RosterEntry] {
        guard let roster else { return [] }
        let handedIn = Set(submissions.map(\.studentID))
        return roster.entries.filter { !handedIn.contains($0.id) }
    }
}
