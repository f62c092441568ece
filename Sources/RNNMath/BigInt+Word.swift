import BigInt

/// Machine-word conversions for the small integers most rationals hold: BigInt's generic
/// conversions go through `BinaryInteger.words`, and for a negative number copy them into a new
/// array; these read and build the one word directly.
extension BigInt {
    /// `value` as a BigInt, built from its magnitude's one word.
    init(word value: Int) {
        self.init(sign: value < 0 ? .minus : .plus, magnitude: BigUInt(value.magnitude))
    }

    /// The value as an `Int` when its magnitude is below 2⁶², read from its one word; nil otherwise.
    var wordValue: Int? {
        let words = magnitude.words
        guard words.count <= 1 else { return nil }
        let magnitude = words.first ?? 0
        guard magnitude < 1 << 62 else { return nil }
        return sign == .minus ? -Int(magnitude) : Int(magnitude)
    }
}
