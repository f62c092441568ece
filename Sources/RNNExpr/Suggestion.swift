/// The candidate closest to a misspelled `word`, for "did you mean …?" notes, or `nil` when
/// none is close.
///
/// Close means an edit distance, ignoring case, of at most a third of the word's length
/// (at least 1): `Wh` → `W_h`, `sigmod` → `sigmoid`, `w_h` → `W_h`. Ties go to the candidate
/// first in alphabetical order, so the note is deterministic.
func closest(to word: String, among candidates: some Sequence<String>) -> String? {
    let limit = max(1, word.count / 3)
    let target = Array(word.lowercased())
    return candidates
        .filter { $0 != word }
        .map { (candidate: $0, distance: editDistance(target, Array($0.lowercased()))) }
        .filter { $0.distance <= limit }
        .min { ($0.distance, $0.candidate) < ($1.distance, $1.candidate) }?
        .candidate
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
