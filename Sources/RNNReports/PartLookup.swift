import RNNGrading

extension SubmissionGrade {
    /// The grade of the part with id `partID`, if the submission has one.
    func part(_ partID: String) -> PartGrade? {
        parts.first { $0.partID == partID }
    }
}
