import RNNGrading
import Testing
import RNNReports

@Suite struct FeedbackMarkdownTests {
    @Test func wholeFile() {
        let expected = """
            # Week 10: RNNs — feedback for 400102

            File: 400102.txt

            **Total: 3.5 / 6 points (58.3%)**

            ## 1.a — Compute ŷ₂.

            **Wrong: 0 / 1 point**

            Your answer:

            ```
            5
            ```

            Key:

            ```
            6
            ```

            - The key is not 5.

            ## 1.b — Compute L.

            **Partly right: 1 / 2 points**

            Your answer:

            ```
             10 
            ```

            - You forgot to square the error.

            ## 1.d — Compute ∂L/∂W\\_h.

            **Partly right: 1.5 / 2 points**

            Your answer:

            ```
            4
            ```

            - Right, given your 1.b.
            - Follow-through: this part was graded using your own answer to 1.b instead of the key.

            ## 2.a — Explain weight sharing.

            **Correct: 1 / 1 point**

            Your answer:

            ```
            Weights are shared.
            ```

            """
        #expect(FeedbackMarkdown.render(Fixtures.second, in: Fixtures.batch) == expected)
    }

    /// 400101's 2.a (1 point) awaits a TA: the total is what is graded so far, 1 + 1 + 0 of
    /// 1 + 2 + 2 points, not 2 of 6.
    @Test func pendingPartsGiveAnAutoGradedSoFarTotal() {
        let text = FeedbackMarkdown.render(Fixtures.first, in: Fixtures.batch)
        #expect(text.contains("**Auto-graded so far: 2 / 5 points (40%); 2.a (1 point) to be graded by hand**"))
        #expect(!text.contains("Total:"))
    }

    @Test func untrustedTextIsEscapedOrFenced() {
        let text = FeedbackMarkdown.render(Fixtures.evil, in: Fixtures.batch)
        #expect(text.hasPrefix("# Week 10: RNNs — feedback for =cmd()\\|\"x\",y\n"))
        #expect(text.contains("```\n\(Fixtures.script)\n```\n"))
        #expect(text.contains("Why your answer could not be read:\n\n```\n\(Fixtures.formatError)\n```\n"))
        #expect(text.contains("## Warnings\n\n- unknown part 9.z ignored\n"))
        #expect(text.contains("Your answer:\n\n(no answer)\n"))
    }

    @Test func loadErrorIsShown() {
        let text = FeedbackMarkdown.render(Fixtures.unreadableFile, in: Fixtures.batch)
        #expect(text.contains("This file could not be read, so no part was graded:\n\n```\nx.txt:1:1: the file is not UTF-8\n"))
    }
}

@Suite struct FeedbackHTMLTests {
    @Test func studentTextAppearsAsText() {
        let page = FeedbackHTML.render(Fixtures.evil, in: Fixtures.batch)
        #expect(!page.contains("<script"))
        #expect(page.contains("<pre>\n&lt;script&gt;alert(1)&lt;/script&gt;</pre>"))
        #expect(page.contains("<title>Week 10: RNNs — feedback for =cmd()|&quot;x&quot;,y</title>"))
    }

    @Test func caretAlignmentIsKept() {
        let page = FeedbackHTML.render(Fixtures.evil, in: Fixtures.batch)
        #expect(page.contains("<pre>\nerror: expected a number\n --&gt; evil.txt:3:9\n3 | 1.b = 1,,2\n  |         ^ expected a number</pre>"))
    }

    @Test func selfContained() {
        let page = FeedbackHTML.render(Fixtures.second, in: Fixtures.batch)
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">\n"))
        #expect(page.contains("<style>"))
        for forbidden in ["<script", "<link", "<img", "src=", "href=", "http://", "https://"] {
            #expect(!page.contains(forbidden), "\(forbidden)")
        }
        #expect(page.contains("<p class=\"verdict partial\"><strong>Partly right: 1.5 / 2 points</strong></p>"))
        #expect(page.contains("<li>Follow-through: this part was graded using your own answer to 1.b instead of the key.</li>"))
    }

    @Test func keyOnlyWhenGiven() {
        let page = FeedbackHTML.render(Fixtures.evil, in: Fixtures.batch)
        #expect(!page.contains("Key:"))
        #expect(FeedbackHTML.render(Fixtures.second, in: Fixtures.batch).contains("<p>Key:</p>\n<pre>\n6</pre>"))
    }
}
