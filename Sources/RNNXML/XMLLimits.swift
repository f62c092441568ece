/// Bounds applied to every untrusted file before and while it is parsed.
package struct XMLLimits: Sendable, Hashable {
    /// The largest accepted file, in bytes; checked before the file is read or parsed.
    /// Values above `Int32.max` act as `Int32.max`.
    package var maxBytes: Int
    /// The deepest accepted element nesting (the root is at depth 1).
    package var maxDepth: Int
    /// The most elements accepted in one file (each costs a few hundred bytes once parsed).
    package var maxElements: Int
    /// The most attributes (namespace declarations included) accepted on one element:
    /// libxml2 2.9 checks duplicates in quadratic time.
    package var maxAttributesPerElement: Int
    /// The most namespace declarations (`xmlns`, `xmlns:p`) accepted in one file:
    /// libxml2 2.9 looks prefixes up by linear search through those in scope.
    package var maxNamespaceDeclarations: Int

    /// Creates limits; the defaults are 8 MiB, 64 levels, 100,000 elements, 128 attributes per
    /// element and 64 namespace declarations.
    package init(
        maxBytes: Int = 8 << 20, maxDepth: Int = 64, maxElements: Int = 100_000,
        maxAttributesPerElement: Int = 128, maxNamespaceDeclarations: Int = 64
    ) {
        self.maxBytes = maxBytes
        self.maxDepth = maxDepth
        self.maxElements = maxElements
        self.maxAttributesPerElement = maxAttributesPerElement
        self.maxNamespaceDeclarations = maxNamespaceDeclarations
    }

    /// `maxBytes`, lowered to what libxml2 accepts (it takes lengths as `Int32`).
    var effectiveMaxBytes: Int { min(maxBytes, Int(Int32.max)) }
}
