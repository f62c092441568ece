import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import RNNGrading
import Testing
@testable import RNNReports

@Suite struct ClassSummaryTests {
    let summary = ClassSummary(Fixtures.batch)

    @Test func counts() {
        #expect(summary.submissionCount == 4)
        #expect(summary.readableCount == 3)
        #expect(summary.unreadable == [.init(submission: .init(studentID: "400104", file: "x.txt"),
                                             error: "x.txt:1:1: the file is not UTF-8\nsave it as UTF-8, then resubmit")])
    }

    @Test func partStatistics() {
        #expect(summary.parts.map(\.id) == ["1.a", "1.b", "1.d", "2.a"])
        // 400101's 2.a is pending: left out of 2.a's mean and share, not counted as 0
        // (400102 has 1 of 1, evil 0 of 1: mean 0.5, half right).
        let means: [Double?] = [1.0 / 3, 2.0 / 3, 0.5, 0.5]
        let shares: [Double?] = [1.0 / 3, 0, 0, 0.5]
        #expect(summary.parts.map(\.meanPoints) == means)
        #expect(summary.parts.map(\.shareCorrect) == shares)
    }

    @Test func commonWrongAnswersNormaliseWhitespace() {
        #expect(summary.parts[0].commonWrongAnswers == [.init(answer: "5", count: 1),
                                                        .init(answer: Fixtures.script, count: 1)])
        #expect(summary.parts[1].commonWrongAnswers == [.init(answer: "10", count: 2)])
        #expect(summary.parts[2].commonWrongAnswers == [.init(answer: "4", count: 2)])
        #expect(summary.parts[3].commonWrongAnswers == [])
    }

    @Test func topThreeByCountThenAnswer() {
        let answers = ["b", "a", "c", "c", "d", "d", "d"]
        let grades = answers.enumerated().map { index, answer in
            SubmissionGrade(studentID: "s\(index)", file: "f", assignmentID: "w", parts: [
                PartGrade(partID: "1", maxPoints: 1, points: 0, verdict: .wrong, answer: answer),
            ])
        }
        let batch = BatchResult(assignmentID: "w", assignmentTitle: "W",
                                parts: [.init(id: "1", title: "", maxPoints: 1, kind: "number")], submissions: grades)
        #expect(ClassSummary(batch).parts[0].commonWrongAnswers
            == [.init(answer: "d", count: 3), .init(answer: "c", count: 2), .init(answer: "a", count: 1)])
    }

    @Test func histogram() {
        // 400101: 2 of the 5 points graded so far (2.a pending) = 40%; 400102: 3.5 / 6 = 58.3%;
        // evil: 0%.
        #expect(summary.histogram.counts == [1, 0, 0, 0, 1, 1, 0, 0, 0, 0])
        #expect(ScoreHistogram(percents: [100, 99.99, 90, -5, 200, 29.999999999999996, 10, .nan]).counts
            == [2, 1, 0, 1, 0, 0, 0, 0, 0, 4])
    }

    @Test func sharedWrongAnswers() {
        #expect(summary.sharedWrongAnswers.isEmpty)
        let lenient = ClassSummary(Fixtures.batch, sharedAnswerThreshold: 2)
        #expect(lenient.sharedWrongAnswers == [.init(first: .init(studentID: "400101", file: "400101.txt"),
                                                     second: .init(studentID: "400102", file: "400102.txt"),
                                                     partIDs: ["1.b", "1.d"])])
    }

    @Test func sharedWrongAnswersIgnoreManualPartsAndSortByCount() {
        let parts = ["1", "2", "3", "4"].map { BatchResult.PartOutline(id: $0, title: "", maxPoints: 1, kind: "number") }
            + [BatchResult.PartOutline(id: "5", title: "", maxPoints: 1, kind: "manual")]
        func grade(_ id: String, _ answers: [String]) -> SubmissionGrade {
            SubmissionGrade(studentID: id, file: "\(id).txt", assignmentID: "w", parts: zip(parts, answers).map {
                PartGrade(partID: $0.id, maxPoints: 1, points: 0, verdict: .wrong, answer: $1)
            })
        }
        let batch = BatchResult(assignmentID: "w", assignmentTitle: "W", parts: parts, submissions: [
            grade("c", ["1", "2", "3", "x", "m"]),
            grade("a", ["1", "2", "3", "4", "m"]),
            grade("b", ["1", "2", "3", "4", "m"]),
            grade("d", ["1", "2", "y", "z", "m"]),
        ])
        let pairs = ClassSummary(batch).sharedWrongAnswers.map { [$0.first.studentID, $0.second.studentID, $0.partIDs.joined()] }
        #expect(pairs == [["a", "b", "1234"], ["a", "c", "123"], ["b", "c", "123"]])
    }
}

@Suite struct SummaryRenderingTests {
    let summary = ClassSummary(Fixtures.batch)

    @Test func svgIsWellFormedXML() throws {
        let svg = summary.histogram.svg
        let delegate = ElementCounter()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = delegate
        #expect(parser.parse(), "\(parser.parserError.map(String.init(describing:)) ?? "")")
        #expect(delegate.names.first == "svg")
        #expect(delegate.names.count { $0 == "rect" } == 10)
    }

    @Test func svgCoordinatesAreFixed() {
        let svg = ScoreHistogram(percents: [35, 35, 55]).svg
        #expect(svg.contains("<rect x=\"160\" y=\"20\" width=\"33\" height=\"180\" fill=\"#4c72b0\"><title>30–40: 2</title></rect>"))
        #expect(svg.contains("<rect x=\"238\" y=\"110\" width=\"33\" height=\"90\" fill=\"#4c72b0\"><title>50–60: 1</title></rect>"))
        #expect(svg.contains("<rect x=\"43\" y=\"200\" width=\"33\" height=\"0\""))
    }

    @Test func markdown() {
        let text = SummaryMarkdown.render(summary)
        #expect(text.hasPrefix("# Class summary — Week 10: RNNs\n\nw10: 4 submissions, 3 readable, 1 unreadable."))
        let single = BatchResult(assignmentID: "w10", assignmentTitle: "Week 10: RNNs", parts: Fixtures.parts, submissions: [Fixtures.first])
        #expect(SummaryMarkdown.render(ClassSummary(single)).contains("w10: 1 submission, 1 readable, 0 unreadable."))
        #expect(text.contains("""
            | Part | Title | Points | Mean | Correct |
            | --- | --- | ---: | ---: | ---: |
            | 1.a | Compute ŷ₂. | 1 | 0.33 | 33.3% |
            | 1.b | Compute L. | 2 | 0.67 | 0% |
            | 1.d | Compute ∂L/∂W\\_h. | 2 | 0.5 | 0% |
            | 2.a | Explain weight sharing. | 1 | 0.5 | 50% |
            """))
        #expect(text.contains("| 40–50 | 1 |\n"))
        #expect(text.contains("### 1.a — Compute ŷ₂.\n\n| Answer | Count |\n| --- | ---: |\n| 5 | 1 |\n| \\<script\\>alert(1)\\</script\\> | 1 |\n"))
        #expect(text.contains("No pair shares 3 or more.\n"))
        #expect(text.contains("## Unreadable submissions\n\n400104 (x.txt):\n\n```\nx.txt:1:1: the file is not UTF-8\n"))
    }

    /// One row per submission in id order, linked to its feedback page (the evil id's page is
    /// `FileNameSanitizer`'s `_cmd____x__y`: every character but letters, digits, `.`, `_`, `-`
    /// becomes `_`); 400101 has 2 of 6 with 2.a pending, 400102 3.5 of 6, 400104 unreadable.
    @Test func studentTableLinksEveryStudentToTheirFeedback() {
        let text = SummaryMarkdown.render(summary)
        #expect(text.contains("""
            ## Students

            | Student | Name | Points | Out of | Percent | Status |
            | --- | --- | ---: | ---: | ---: | --- |
            | [400101](feedback/400101.md) |  | 2 | 6 | 33.3% | pending: 2.a |
            | [400102](feedback/400102.md) |  | 3.5 | 6 | 58.3% | graded |
            | [400104](feedback/400104.md) |  | 0 | 6 | 0% | unreadable |
            | [=cmd()\\|"x",y](feedback/_cmd____x__y.md) |  | 0 | 6 | 0% | graded |
            """))
        let page = SummaryHTML.render(summary)
        #expect(page.contains("<table class=\"sortable\">\n<thead>\n<tr><th>Student</th><th>Name</th><th class=\"number\">Points</th>"))
        #expect(page.contains("<tr><td><a href=\"feedback/400101.html\">400101</a></td><td></td><td class=\"number\">2</td>"
            + "<td class=\"number\">6</td><td class=\"number\">33.3%</td><td>pending: 2.a</td></tr>"))
        #expect(page.contains("<td><a href=\"feedback/_cmd____x__y.html\">=cmd()|&quot;x&quot;,y</a></td>"))
    }

    /// The one script is the table sorter, allowed by the page's policy; nothing is loaded.
    @Test func html() {
        let page = SummaryHTML.render(ClassSummary(Fixtures.batch, sharedAnswerThreshold: 2))
        #expect(page.components(separatedBy: "<script").count == 2)
        #expect(page.contains("<script>\n\(HTMLPage.sortingScript)\n</script>\n</body>"))
        #expect(page.contains("content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'unsafe-inline'\""))
        for forbidden in ["src=", "<link", "<img"] { #expect(!page.contains(forbidden), "\(forbidden)") }
        #expect(page.contains("<figure>\n<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(page.contains("<td>&lt;script&gt;alert(1)&lt;/script&gt;</td><td class=\"number\">1</td>"))
        #expect(page.contains("<tr><td>400101</td><td>400102</td><td class=\"number\">2</td><td>1.b, 1.d</td></tr>"))
    }
}

/// Records element names as XMLParser reports them.
private final class ElementCounter: NSObject, XMLParserDelegate {
    var names: [String] = []

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        names.append(elementName)
    }
}
