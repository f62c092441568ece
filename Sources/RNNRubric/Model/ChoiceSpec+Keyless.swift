extension ChoiceSpec {
    /// A choice with `options` and no key: enough to read answers to it, nothing about which
    /// options are right (`check --format-only` reads choices this way).
    package init(options: [(id: String, text: String)], multiple: Bool) {
        self.init(options: options, key: [], multiple: multiple, penalty: nil, ask: nil)
    }
}
