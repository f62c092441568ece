extension JUnitReport {
    /// The report as JUnit XML: UTF-8, two-space indentation, every name and message escaped,
    /// `time="0"` throughout (the grader's reports carry no timings, so they stay deterministic);
    /// a case with a place carries `file` and `line`, which CI tools use to annotate that line.
    ///
    /// ```
    /// <?xml version="1.0" encoding="UTF-8"?>
    /// <testsuites name="rnngrade verify" tests="2" failures="1" errors="0" time="0">
    ///   <testsuite name="w10.xml" tests="2" failures="1" errors="0" skipped="0" time="0">
    ///     <testcase name="key 1.a" classname="w10" time="0"/>
    ///     <testcase name="key 1.d" classname="w10" time="0" file="w10.xml" line="25">
    ///       <failure message="key 8 disagrees with the solver (6)">…</failure>
    ///     </testcase>
    ///   </testsuite>
    /// </testsuites>
    /// ```
    package var xml: String {
        let tests = suites.reduce(0) { $0 + $1.cases.count }
        let failures = suites.reduce(0) { $0 + $1.failureCount }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"\(MarkupEscaping.attribute(name))\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"0\" time=\"0\">\n"
        for suite in suites {
            out += "  <testsuite name=\"\(MarkupEscaping.attribute(suite.name))\" tests=\"\(suite.cases.count)\" failures=\"\(suite.failureCount)\" errors=\"0\" skipped=\"0\" time=\"0\">\n"
            for testCase in suite.cases {
                out += Self.element(testCase)
            }
            out += "  </testsuite>\n"
        }
        return out + "</testsuites>\n"
    }

    private static func element(_ testCase: JUnitTestCase) -> String {
        var open = "    <testcase name=\"\(MarkupEscaping.attribute(testCase.name))\" classname=\"\(MarkupEscaping.attribute(testCase.classname))\" time=\"0\""
        if let file = testCase.file { open += " file=\"\(MarkupEscaping.attribute(file))\"" }
        if let line = testCase.line { open += " line=\"\(line)\"" }
        guard let failure = testCase.failure else { return open + "/>\n" }
        return open + ">\n"
            + "      <failure message=\"\(MarkupEscaping.attribute(failure.message))\">\(MarkupEscaping.text(failure.text))</failure>\n"
            + "    </testcase>\n"
    }
}
