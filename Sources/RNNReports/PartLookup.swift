import RNNGrading

extension SubmissionGrade {
    /// The grade of the part with id `partID`, if the submission has one.
    func part(_ partID: String) -> PartGrade? {
        parts.first { $0.partID == partID }
    }
}

extension BatchResult {
    /// The outline of the part with id `partID`, if the assignment has one.
    func outline(_ partID: String) -> PartOutline? {
        parts.first { $0.id == partID }
    }
}
