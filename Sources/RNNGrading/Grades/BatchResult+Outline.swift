extension BatchResult {
    /// The outline of the part with id `partID`, if the assignment has one.
    package func outline(_ partID: String) -> PartOutline? {
        parts.first { $0.id == partID }
    }
}
