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
    /// (`bitWidth` is stored-size arithmetic; counting `words` goes through the generic
    /// collection `count`, which dominated element-wise arithmetic in unoptimised builds.)
    var wordValue: Int? {
        let magnitude = self.magnitude
        guard magnitude.bitWidth <= 62 else { return nil }
        let word = magnitude.isZero ? 0 : magnitude.words[0]
        return sign == .minus ? -Int(word) : Int(word)
    }
}
