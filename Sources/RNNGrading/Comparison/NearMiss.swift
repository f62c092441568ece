import RNNMath

/// A wrong number that is wrong only by precision: the sentence that says how close it came
/// and how much precision the part needs, so "Wrong" does not hide a rounding slip.
///
/// Closeness is counted in the unit the tolerance thinks in: significant figures for
/// `.relative` and `.significantFigures`, decimal places for `.decimalPlaces`. A number
/// agrees with the key to `k` significant figures when it lies within half a unit of the key's
/// `k`-th significant figure (so `0.0571` agrees with `0.05709542675` to 4: the key rounds to
/// `0.05710`). A part *needs* the fewest `k` for which every number agreeing that far is right:
/// at relative 1e-6 that key needs 6, since half a unit in the 6th figure, 5e-8, is within
/// 1e-6 × 0.0571 but half a unit in the 5th, 5e-7, is not.
///
/// ```swift
/// NearMiss.sentence(.approx(0.0571), key: .approx(0.05709542675), tolerance: .relative(1e-6, absolute: 0))
/// // "your answer agrees with the key to 4 significant figures; this part needs 6"
/// ```
package enum NearMiss {
    /// The least agreement, in significant figures, that is a near miss rather than a wrong
    /// value (one figure right is as likely to be luck as rounding).
    static let leastSignificantFigures = 2
    /// The least agreement, in decimal places, that is a near miss.
    static let leastDecimalPlaces = 1

    /// How close one wrong number came: its agreement with the key and the part's need, in the
    /// tolerance's unit.
    struct Closeness: Equatable {
        var agreement: Int
        var needed: Int
        var inDecimalPlaces: Bool

        /// Whether the number is wrong only by precision.
        var isNearMiss: Bool {
            agreement >= (inDecimalPlaces ? NearMiss.leastDecimalPlaces : NearMiss.leastSignificantFigures) && agreement < needed
        }
    }

    /// The sentence for a wrong `student` number, or nil when it is not a near miss.
    package static func sentence(_ student: Scalar, key: Scalar, tolerance: Tolerance) -> String? {
        guard let closeness = closeness(student, key: key, tolerance: tolerance), closeness.isNearMiss else { return nil }
        return "your answer agrees with the key to \(count(closeness.agreement, closeness.inDecimalPlaces)); this part needs \(closeness.needed)"
    }

    /// The sentence for wrong matrix entries, when every one of them is a near miss: the least
    /// agreement among them and the most any of them needs.
    static func sentence(entries: [Closeness]) -> String? {
        guard let first = entries.first, entries.allSatisfy(\.isNearMiss) else { return nil }
        let agreement = entries.map(\.agreement).min() ?? first.agreement
        let needed = entries.map(\.needed).max() ?? first.needed
        let subject = entries.count == 1 ? "the wrong entry agrees" : "the wrong entries agree"
        let least = entries.count == 1 ? "" : "at least "
        return "\(subject) with the key to \(least)\(count(agreement, first.inDecimalPlaces)); this part needs \(needed)"
    }

    /// "4 significant figures", "1 decimal place".
    private static func count(_ value: Int, _ inDecimalPlaces: Bool) -> String {
        let noun = inDecimalPlaces ? "decimal place" : "significant figure"
        return "\(value) \(noun)\(value == 1 ? "" : "s")"
    }

    /// The closeness of `student` to `key`; nil when the tolerance has no precision to speak
    /// of (exact, a zero key in significant figures, a non-finite value).
    static func closeness(_ student: Scalar, key: Scalar, tolerance: Tolerance) -> Closeness? {
        guard let s = ScalarMatch.exactValue(student), let t = ScalarMatch.exactValue(key) else { return nil }
        let error = (s - t).magnitude
        switch tolerance.mode {
        case .exact:
            return nil
        case .decimalPlaces:
            let needed = tolerance.digits
            return Closeness(agreement: agreement(upTo: needed) { error <= Rational.powerOfTen(-$0) / Rational(2) },
                             needed: needed, inDecimalPlaces: true)
        case .relative, .significantFigures:
            guard !t.isZero else { return nil }
            let exponent = t.magnitude.decimalExponent
            let halfUnit = { (figures: Int) in Rational.powerOfTen(exponent - figures + 1) / Rational(2) }
            let needed: Int
            if tolerance.mode == .significantFigures {
                needed = tolerance.digits
            } else {
                let bound = tolerance.absolute + tolerance.relative * t.magnitude
                guard let fewest = (1...mostFigures).first(where: { halfUnit($0) <= bound }) else { return nil }
                needed = fewest
            }
            return Closeness(agreement: agreement(upTo: needed) { error <= halfUnit($0) }, needed: needed, inDecimalPlaces: false)
        }
    }

    /// The most significant figures a relative tolerance is searched for (a tolerance that
    /// needs more than this says nothing useful about rounding).
    static let mostFigures = 40

    /// The largest `k < limit` with `agrees(k)` true for every `k` up to it (agreement is
    /// monotone: within half a unit of a finer place is within half a unit of a coarser one);
    /// starts at 0 for decimal places, 1 for figures, and stops at the first that fails.
    private static func agreement(upTo limit: Int, _ agrees: (Int) -> Bool) -> Int {
        var count = 0
        while count < limit, agrees(count + 1) { count += 1 }
        return count
    }
}
