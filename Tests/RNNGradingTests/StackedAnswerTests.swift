import RNNMath
import Testing
@testable import RNNGrading

/// Answers of rank 3 or more: nested lists, numpy's printed forms (texts below are numpy 2.4's
/// own `str` and `repr` of the arrays named), `.npy` files and sheet lines; compared entry by
/// entry, with wrong entries named by numpy's index.
@Suite("Arrays of rank 3 in answers")
struct StackedAnswerTests {
    /// np.arange(8.).reshape(2, 2, 2) / 4 - 0.5, exactly: -1/2, -1/4, 0, 1/4, 1/2, 3/4, 1, 5/4.
    static let quarters = try! Matrix(shape: [2, 2, 2], elements: (0..<8).map { q($0 - 2, 4) })

    @Test("nested lists, numpy's print and repr read to the same (2, 2, 2) array", arguments: [
        "[[[-0.5, -0.25], [0, 0.25]], [[0.5, 0.75], [1, 1.25]]]",
        // str(a)
        "[[[-0.5  -0.25]\n  [ 0.    0.25]]\n\n [[ 0.5   0.75]\n  [ 1.    1.25]]]",
        // repr(a)
        "array([[[-0.5 , -0.25],\n        [ 0.  ,  0.25]],\n\n       [[ 0.5 ,  0.75],\n        [ 1.  ,  1.25]]])",
        "np.array([[[-0.5, -0.25], [0, 0.25]], [[0.5, 0.75], [1, 1.25]]], dtype=float64)",
    ])
    func readsRankThree(text: String) throws {
        #expect(readValue(text, as: .matrix) == .matrix(Self.quarters))
    }

    @Test("a rank-4 array keeps its shape")
    func readsRankFour() throws {
        let value = try #require(readValue("[[[[1, 2]], [[3, 4]]], [[[5, 6]], [[7, 8]]]]", as: .matrix))
        guard case .matrix(let matrix) = value else { Issue.record("not a matrix"); return }
        #expect(matrix.shape == [2, 2, 1, 2])
        #expect(matrix.elements == (1...8).map { q($0) })
    }

    @Test("irregular and too deep arrays are format errors at the offending list", arguments: [
        ("[[[1, 2], [3, 4]], [[5, 6]]]", "the lists of an array must have equal shapes", 19),
        ("[[[1, 2], [3]]]", "the lists of an array must have equal shapes", 10),
        ("[[[]]]", "a list of the array is empty", 2),
        ("[[[[[[[[[1]]]]]]]]]", "too many brackets: an answer has at most 8 dimensions", 8),
        ("[[1, [2]]]", "a list is mixed with numbers here: every list at one depth of an array holds lists, or every one numbers", 5),
    ])
    func refusals(text: String, message: String, column: Int) throws {
        let error = try #require(readError(text, as: .matrix), "\(text)")
        #expect(error.message == message)
        #expect(error.column == column, "\(text): column \(error.column)")
    }

    @Test("an .npy array of rank 3 reads as its numpy shape")
    func npyRankThree() throws {
        let array = try NumpyArray(npy: NumpyFileTests.bytes("rank3.npy"))
        let value = try #require(readValue(array.answerText, as: .matrix))
        #expect(value == .matrix(try Matrix(shape: [2, 2, 2], elements: (0..<8).map { q($0) })))
    }

    @Test("numpy's print of an (N, T, H) array in a sheet continues across its blank lines")
    func sheetContinuation() throws {
        let submission = try SubmissionTestSupport.submission("""
            1.a = [[[-0.5  -0.25]
              [ 0.    0.25]]

             [[ 0.5   0.75]
              [ 1.    1.25]]]

            1.b = 2
            """)
        #expect(submission.answers.map(\.label) == ["1.a", "1.b"])
        #expect(readValue(submission.answers[0].text, as: .matrix) == .matrix(Self.quarters))
    }

    @Test("a wrong entry is named by its numpy index; partial credit is the share right")
    func wrongEntryNamed() throws {
        var elements = Self.quarters.elements
        elements[5] = q(1)   // index [1, 0, 1]
        let answer = try Matrix(shape: [2, 2, 2], elements: elements)
        let score = AnswerComparator.score(.matrix(answer), key: .matrix(Self.quarters))
        #expect(score.fraction == 7.0 / 8.0)
        #expect(score.feedback == ["1 of 8 entries wrong: [1, 0, 1]"])
    }

    @Test("a different shape scores zero and names both shapes", arguments: [
        ("[[[-0.5, -0.25, 0, 0.25]], [[0.5, 0.75, 1, 1.25]]]", "expected an array of shape (2, 2, 2), received (2, 1, 4)"),
        ("[[-0.5, -0.25], [0, 0.25]]", "expected an array of shape (2, 2, 2), received (2, 2)"),
        ("[-0.5, -0.25, 0, 0.25]", "expected an array of shape (2, 2, 2), received (4,)"),
    ])
    func shapeMismatch(text: String, feedback: String) throws {
        let answer = try #require(readValue(text, as: .matrix))
        let score = AnswerComparator.score(answer, key: .matrix(Self.quarters))
        #expect(score.fraction == 0)
        #expect(score.feedback == [feedback])
    }

    @Test("a JSON list of lists of lists is an array of rank 3")
    func jsonRankThree() throws {
        let submission = try SubmissionTestSupport.submission(
            #"{"1.a": [[[-0.5, -0.25], [0.0, 0.25]], [[0.5, 0.75], [1.0, 1.25]]]}"#, file: "hw/17.json")
        #expect(readValue(submission.answers[0].text, as: .matrix) == .matrix(Self.quarters))
    }
}
