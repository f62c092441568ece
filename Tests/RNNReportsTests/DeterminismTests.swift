import RNNMath
import Foundation
import RNNGrading
import Testing
import RNNReports

@Suite struct DeterminismTests {
    /// Every report of `batch`, as bytes.
    private func everything(_ batch: BatchResult) throws -> [Data] {
        let summary = ClassSummary(batch, sharedAnswerThreshold: 2)
        var outputs = [
            GradebookCSV.render(batch), CanvasCSV.render(batch), MoodleCSV.render(batch),
            SummaryMarkdown.render(summary), SummaryHTML.render(summary),
        ].map { Data($0.utf8) }
        outputs.append(try ResultsJSON.render(batch))
        for submission in batch.submissions {
            outputs.append(Data(FeedbackMarkdown.render(submission, in: batch).utf8))
            outputs.append(Data(FeedbackHTML.render(submission, in: batch).utf8))
            outputs.append(try GradescopeResults.render(submission, in: batch))
        }
        return outputs
    }

    @Test func sameInputSameBytes() throws {
        #expect(try everything(Fixtures.batch) == everything(Fixtures.batch))
    }

    @Test func submissionOrderDoesNotMatter() throws {
        let expected = try everything(Fixtures.batch)
        var generator = SplitMix64(seed: 7)
        for _ in 0..<5 {
            let shuffled = BatchResult(assignmentID: "w10", assignmentTitle: "Week 10: RNNs", parts: Fixtures.parts,
                                       submissions: Fixtures.submissions.shuffled(using: &generator))
            #expect(try everything(shuffled) == expected)
        }
    }
}

