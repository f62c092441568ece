extension BatchResult {
    /// The outline of the part with id `partID`, if the assignment has one.
    public func outline(_ partID: String) -> PartOutline? {
        parts.first { $0.id == partID }
    }
}
