/// Bounds applied to every untrusted file before and while it is parsed.
public struct XMLLimits: Sendable, Hashable {
    /// The largest accepted file, in bytes; checked before the file is read or parsed.
    /// Values above `Int32.max` act as `Int32.max`.
    public var maxBytes: Int
    /// The deepest accepted element nesting (the root is at depth 1).
    public var maxDepth: Int

    /// Creates limits; the defaults are 8 MiB and 64 levels.
    public init(maxBytes: Int = 8 << 20, maxDepth: Int = 64) {
        self.maxBytes = maxBytes
        self.maxDepth = maxDepth
    }

    /// `maxBytes`, lowered to what libxml2 accepts (it takes lengths as `Int32`).
    var effectiveMaxBytes: Int { min(maxBytes, Int(Int32.max)) }
}
