import RNNGrading
import Testing
import RNNReports

/// `hand-grading.html`: the answers to grade by hand, per part, with what to look for. In
/// `Fixtures`, 2.a (1 point) is pending for 400101 and graded (1 point) for 400102; 400104's
/// file was unreadable and the evil id left 2.a blank, so neither has a row.
@Suite struct HandGradingHTMLTests {
    static let page = HandGradingHTML.render(Fixtures.batch, lookFor: ["2.a": "Mentions <shared> weights."])

    @Test func onePartWithItsCriteriaAndEveryAnswer() {
        #expect(Self.page.contains("<h1>Hand grading — Week 10: RNNs</h1>"))
        #expect(Self.page.contains("<p>2 answers to grade by hand, 1 still pending."))
        #expect(Self.page.contains("<h2>2.a — Explain weight sharing. (1 point)</h2>\n<p>Look for: Mentions &lt;shared&gt; weights.</p>"))
        #expect(Self.page.contains("<tr><th>Student</th><th>Name</th><th>Answer</th><th class=\"number\">Points (of 1)</th><th>Comment</th></tr>"))
        #expect(Self.page.contains("<tr><td>400101</td><td></td><td>An RNN shares weights.</td><td class=\"number\"></td><td></td></tr>"))
        #expect(Self.page.contains("<tr><td>400102</td><td></td><td>Weights are shared.</td><td class=\"number\">1</td><td></td></tr>"))
        #expect(!Self.page.contains("400104"))
    }

    /// A TA's page, but still no script, form or outside resource.
    @Test func selfContained() {
        for forbidden in ["<script", "<form", "<input", "src=", "href="] {
            #expect(!Self.page.contains(forbidden), "\(forbidden)")
        }
    }
}
