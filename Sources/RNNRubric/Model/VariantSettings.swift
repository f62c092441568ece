/// The `<variants>` element of a rubric whose data is drawn per student: where the secret salt
/// is, how hard to try, what every key must look like, and how drawn values print in prompts.
package struct VariantSettings: Sendable {
    /// How drawn values are written into prompts.
    package enum ValueStyle: String, Sendable, CaseIterable {
        /// `-3/10`.
        case fraction
        /// `-0.3` (terminating decimals; others fall back to fractions).
        case decimal
    }

    /// A file holding the salt, relative to the rubric's folder (the CLI's `--salt-file` overrides).
    package var saltFile: String?
    /// An environment variable holding the salt.
    package var saltEnvironment: String?
    /// How many draws a student's variant may take before the draw is reported as failing.
    package var tries: Int
    /// With a value: every computed key must be exact with a terminating decimal of at most this many digits.
    package var keyDecimals: Int?
    /// How drawn values print in prompts unless a placeholder says otherwise.
    package var style: ValueStyle
    /// The 1-based line of the element.
    package var line: Int

    /// Settings with the defaults of the schema.
    package init(saltFile: String? = nil, saltEnvironment: String? = nil, tries: Int = 1000, keyDecimals: Int? = nil,
                style: ValueStyle = .decimal, line: Int = 0) {
        self.saltFile = saltFile
        self.saltEnvironment = saltEnvironment
        self.tries = tries
        self.keyDecimals = keyDecimals
        self.style = style
        self.line = line
    }
}
