extension PartDirectory {
    /// The part a loosely written label means, when exactly one part fits: the label and the
    /// part ids compared without case, a leading `Q` and the dots, so `1a`, `Q1.a`, `q1a` and
    /// `1.A` all mean `1.a`. Nil when no part or several fit (`11` in a rubric with parts 1.1
    /// and 11).
    func loosePart(_ label: String) -> String? {
        func compact(_ text: String) -> String {
            var lowered = Substring(text.lowercased())
            if lowered.first == "q" { lowered = lowered.dropFirst() }
            return String(lowered.filter { $0 != "." })
        }
        let wanted = compact(label)
        let fits = rubric.parts.filter { compact($0.id) == wanted }
        return fits.count == 1 ? fits[0].id : nil
    }
}
