/// A JUnit test report, the shape CI systems read (for `rnngrade verify`): suites of test cases,
/// each passed or failed with a message.
package struct JUnitReport: Sendable, Hashable {
    /// The report's name (the `testsuites` element's `name`).
    package var name: String
    /// The suites, in the order given.
    package var suites: [JUnitTestSuite]

    /// A report named `name` with `suites`.
    package init(name: String, suites: [JUnitTestSuite]) {
        self.name = name
        self.suites = suites
    }
}

/// One suite of a `JUnitReport` (one rubric, for `verify`).
package struct JUnitTestSuite: Sendable, Hashable {
    /// The suite's name.
    package var name: String
    /// The test cases, in the order given.
    package var cases: [JUnitTestCase]

    /// A suite named `name` with `cases`.
    package init(name: String, cases: [JUnitTestCase]) {
        self.name = name
        self.cases = cases
    }

    /// How many of the cases failed.
    package var failureCount: Int { cases.count { $0.failure != nil } }
}

/// One test case: passed when `failure` is nil.
package struct JUnitTestCase: Sendable, Hashable {
    /// The case's name.
    package var name: String
    /// The class name CI tools group cases by.
    package var classname: String
    /// Why the case failed, if it did.
    package var failure: JUnitFailure?
    /// The source file the case is about (the `file` attribute CI tools annotate), if given.
    package var file: String?
    /// The line of `file` the case is about (the `line` attribute), if given.
    package var line: Int?

    /// A case named `name` in `classname`, failed when `failure` is given, located at `file`
    /// and `line` when they are given.
    package init(name: String, classname: String, failure: JUnitFailure? = nil, file: String? = nil, line: Int? = nil) {
        self.name = name
        self.classname = classname
        self.failure = failure
        self.file = file
        self.line = line
    }
}

/// Why a test case failed: a one-line `message` and an optional longer `text`.
package struct JUnitFailure: Sendable, Hashable {
    /// The one-line summary (the `message` attribute).
    package var message: String
    /// The details (the element's content), such as a diagnostic with its caret.
    package var text: String

    /// A failure with `message` and `text`.
    package init(message: String, text: String = "") {
        self.message = message
        self.text = text
    }
}
