extension PartDirectory {
    /// The part a loosely written label means, when exactly one part fits: the label and the
    /// part ids compared as ``compact(_:)`` writes them, so `1a`, `Q1.a`, `q1a` and `1.A` all
    /// mean `1.a`. Nil when no part or several fit (`11` in a rubric with parts 1.1 and 11).
    func loosePart(_ label: String) -> String? {
        let wanted = Self.compact(label)
        let fits = rubric.parts.filter { Self.compact($0.id) == wanted }
        return fits.count == 1 ? fits[0].id : nil
    }

    /// A label without case, a leading `Q` and its dots: `Q1.a` → `1a`.
    static func compact(_ label: String) -> String {
        var lowered = Substring(label.lowercased())
        if lowered.first == "q" { lowered = lowered.dropFirst() }
        return String(lowered.filter { $0 != "." })
    }
}
