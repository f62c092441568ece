/// A JUnit test report, the shape CI systems read (for `rnngrade verify`): suites of test cases,
/// each passed or failed with a message.
public struct JUnitReport: Sendable, Hashable {
    /// The report's name (the `testsuites` element's `name`).
    public var name: String
    /// The suites, in the order given.
    public var suites: [JUnitTestSuite]

    /// A report named `name` with `suites`.
    public init(name: String, suites: [JUnitTestSuite]) {
        self.name = name
        self.suites = suites
    }
}

/// One suite of a `JUnitReport` (one rubric, for `verify`).
public struct JUnitTestSuite: Sendable, Hashable {
    /// The suite's name.
    public var name: String
    /// The test cases, in the order given.
    public var cases: [JUnitTestCase]

    /// A suite named `name` with `cases`.
    public init(name: String, cases: [JUnitTestCase]) {
        self.name = name
        self.cases = cases
    }

    /// How many of the cases failed.
    public var failureCount: Int { cases.count { $0.failure != nil } }
}

/// One test case: passed when `failure` is nil.
public struct JUnitTestCase: Sendable, Hashable {
    /// The case's name.
    public var name: String
    /// The class name CI tools group cases by.
    public var classname: String
    /// Why the case failed, if it did.
    public var failure: JUnitFailure?
    /// The source file the case is about (the `file` attribute CI tools annotate), if given.
    public var file: String?
    /// The line of `file` the case is about (the `line` attribute), if given.
    public var line: Int?

    /// A case named `name` in `classname`, failed when `failure` is given, located at `file`
    /// and `line` when they are given.
    public init(name: String, classname: String, failure: JUnitFailure? = nil, file: String? = nil, line: Int? = nil) {
        self.name = name
        self.classname = classname
        self.failure = failure
        self.file = file
        self.line = line
    }
}

/// Why a test case failed: a one-line `message` and an optional longer `text`.
public struct JUnitFailure: Sendable, Hashable {
    /// The one-line summary (the `message` attribute).
    public var message: String
    /// The details (the element's content), such as a diagnostic with its caret.
    public var text: String

    /// A failure with `message` and `text`.
    public init(message: String, text: String = "") {
        self.message = message
        self.text = text
    }
}
