/// Turns student ids, which are untrusted, into safe and distinct file names.
///
/// A safe name has only `A–Z a–z 0–9 . _ -`, does not start with `.` or `-`, holds no `..`,
/// is at most `maxLength` characters, and is never empty. Every other character becomes `_`,
/// runs of dots shrink to one dot, and leading dots and dashes go: `../../x` becomes `_._x`,
/// `Ola Nordmann` becomes `Ola_Nordmann`, and an id of only dots becomes `student`.
package enum FileNameSanitizer {
    /// The longest name `sanitize` returns (a suffix such as `-2` included).
    package static let maxLength = 64
    /// The name of a student whose id leaves nothing.
    package static let emptyName = "student"

    /// The safe file name (without extension) for `id`.
    package static func sanitize(_ id: String) -> String {
        var name = ""
        for scalar in id.unicodeScalars {
            let kept: Unicode.Scalar = isAllowed(scalar) ? scalar : "_"
            if kept == ".", name.unicodeScalars.last == "." { continue }
            name.unicodeScalars.append(kept)
        }
        while let first = name.first, first == "." || first == "-" {
            name.removeFirst()
        }
        name = String(name.prefix(maxLength))
        return name.isEmpty ? emptyName : name
    }

    /// Distinct safe names for `ids`, in the same order (duplicates in `ids` get distinct names).
    ///
    /// Each id gets `sanitize(id)` unless an id before it in sorted order (ties in the given
    /// order) already has that name, compared without case so that case-insensitive file systems
    /// keep the files apart; then it gets the first free `name-2`, `name-3`, … The result depends
    /// only on the ids, not on their order.
    package static func uniqueNames(for ids: [String]) -> [String] {
        let order = ids.indices.sorted { (ids[$0], $0) < (ids[$1], $1) }
        var names = [String](repeating: "", count: ids.count)
        var taken = Set<String>()
        var collided: [Int] = []
        for index in order {
            let name = sanitize(ids[index])
            if taken.insert(name.lowercased()).inserted {
                names[index] = name
            } else {
                collided.append(index)
            }
        }
        for index in collided {
            let base = sanitize(ids[index])
            var counter = 2
            while true {
                let suffix = "-\(counter)"
                let candidate = String(base.prefix(maxLength - suffix.count)) + suffix
                if taken.insert(candidate.lowercased()).inserted {
                    names[index] = candidate
                    break
                }
                counter += 1
            }
        }
        return names
    }

    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "A"..."Z", "a"..."z", "0"..."9", ".", "_", "-": true
        default: false
        }
    }
}
