/// The candidate closest to a misspelled `word`, for "did you mean …?" notes, or `nil` when
/// none is close.
///
/// Words are compared ignoring case and underscores; close means an edit distance of at most a
/// third of the word's length (at least 1) and less than its length, so one-letter names only
/// match by case: `Wh` → `W_h` (not `W`), `sigmod` → `sigmoid`, `w` → `W`, `k` → none. Ties go to
/// the smaller distance with case and underscores counted, then to alphabetical order, so the
/// note is deterministic.
func closest(to word: String, among candidates: some Sequence<String>) -> String? {
    let limit = min(max(1, word.count / 3), word.count - 1)
    let target = Array(word)
    let normalizedTarget = normalized(target)
    return candidates
        .filter { $0 != word }
        .map { candidate in
            let characters = Array(candidate)
            return (
                candidate: candidate,
                loose: editDistance(normalizedTarget, normalized(characters)),
                strict: editDistance(target, characters))
        }
        .filter { $0.loose <= limit }
        .min { ($0.loose, $0.strict, $0.candidate) < ($1.loose, $1.strict, $1.candidate) }?
        .candidate
}

/// Lowercased, underscores removed: `W_h` → `wh`.
private func normalized(_ characters: [Character]) -> [Character] {
    characters.filter { $0 != "_" }.flatMap { $0.lowercased() }
}

/// The Levenshtein distance: the fewest insertions, deletions and substitutions from `a` to `b`.
private func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    var previous = Array(0...b.count)
    for (i, x) in a.enumerated() {
        var row = [i + 1]
        for (j, y) in b.enumerated() {
            row.append(min(previous[j + 1] + 1, row[j] + 1, previous[j] + (x == y ? 0 : 1)))
        }
        previous = row
    }
    return previous[b.count]
}
