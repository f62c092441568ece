import RNNRubric

/// What a submission label names in a rubric: a part, a design parameter, or nothing (with a
/// sentence for the student).
enum LabelTarget: Equatable {
    /// A part, by qualified id.
    case part(String)
    /// A free parameter of a design part.
    case parameter(part: String, name: String)
    /// Nothing: the warning to give.
    case unknown(String)
}

/// A rubric's part ids and design parameters, for matching submission labels.
struct PartDirectory {
    let rubric: Rubric

    /// What `label` names.
    func resolve(_ label: String) -> LabelTarget {
        if rubric.part(label) != nil { return .part(label) }
        let segments = label.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard segments.count >= 2, let problem = rubric.problems.first(where: { $0.id == segments[0] }) else {
            return .unknown(notAPart(label))
        }
        let designs = problem.parts.filter(\.answer.isDesign)
        let name = segments[segments.count - 1]
        let candidates = segments.count == 3 ? designs.filter { $0.localID == segments[1] } : designs
        let owners = candidates.filter { free(of: $0).contains(name) }
        switch owners.count {
        case 1:
            return .parameter(part: owners[0].id, name: name)
        case 0 where candidates.count == 1:
            let design = candidates[0]
            return .unknown("\(name) is not a parameter of \(design.id); its parameters are \(free(of: design).joined(separator: ", "))")
        case 0:
            return .unknown(notAPart(label))
        default:
            return .unknown("\(label) is ambiguous: \(owners.map(\.id).joined(separator: " and ")) both have a parameter \(name); write \(owners[0].id).\(name)")
        }
    }

    /// The free parameters of a design part.
    private func free(of part: Part) -> [String] {
        if case .design(let spec) = part.answer { return spec.free }
        return []
    }

    /// "`1.e` is not a part of in5400-w10 (did you mean 1.d?); parts are 1.a–1.d, 2.a–2.d".
    func notAPart(_ label: String) -> String {
        let guess = closestPart(to: label).map { " (did you mean \($0)?)" } ?? ""
        return "\(label) is not a part of \(rubric.id)\(guess); parts are \(partRanges)"
    }

    /// Each problem's parts, as a range when there are more than two: `1.a–1.d, 2.a, 2.b`.
    var partRanges: String {
        rubric.problems.map { problem in
            let ids = problem.parts.map(\.id)
            guard ids.count > 2, let first = ids.first, let last = ids.last else { return ids.joined(separator: ", ") }
            return "\(first)–\(last)"
        }.joined(separator: ", ")
    }

    /// The part id with the fewest edits from `label`, both compared as `compact` writes them
    /// (no case, `Q` or dots, so `2e` is one edit from `2.d`), when at most two edits away; ties
    /// go to the id whose characters are nearest in the alphabet (`1.e` → `1.d`).
    private func closestPart(to label: String) -> String? {
        let target = Array(Self.compact(label))
        let scored = rubric.parts.map { part in
            let candidate = Array(Self.compact(part.id))
            return (id: part.id, distance: Self.edits(target, candidate), nearness: Self.nearness(target, candidate))
        }
        return scored.filter { $0.distance <= 2 }
            .min { ($0.distance, $0.nearness, $0.id) < ($1.distance, $1.nearness, $1.id) }?.id
    }

    /// For equal lengths, the summed distance of the characters' code points; else `Int.max`.
    private static func nearness(_ a: [Character], _ b: [Character]) -> Int {
        guard a.count == b.count else { return Int.max }
        return zip(a, b).reduce(0) { sum, pair in
            sum + abs(Int(pair.0.unicodeScalars.first?.value ?? 0) - Int(pair.1.unicodeScalars.first?.value ?? 0))
        }
    }

    /// The Levenshtein distance between two character arrays (one rolling row).
    private static func edits(_ source: [Character], _ target: [Character]) -> Int {
        var row = Array(0...target.count)
        for (i, s) in source.enumerated() {
            var diagonal = row[0]
            row[0] = i + 1
            for (j, t) in target.enumerated() {
                let substitution = diagonal + (s == t ? 0 : 1)
                diagonal = row[j + 1]
                row[j + 1] = Swift.min(substitution, row[j] + 1, row[j + 1] + 1)
            }
        }
        return row[target.count]
    }
}
