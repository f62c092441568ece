import RNNMath
import Testing
@testable import RNNGrading

/// Arrays as numpy prints them (repr, print, np.array2string, tolist) read as matrix answers:
/// the texts and values come from Numpy/make_numpy_golden.py.
@Suite("Reading numpy's printed arrays")
struct NumpyPrintedFormTests {
    @Test("each printed form reads to numpy's values", arguments: NumpyPrintedGolden.cases.indices)
    func printedForm(index: Int) throws {
        let golden = NumpyPrintedGolden.cases[index]
        let value = try AnswerReader.read(golden.text, as: .matrix).get()
        guard case .matrix(let matrix) = value else {
            Issue.record("\(golden.name) did not read as a matrix")
            return
        }
        #expect(matrix.rows == golden.rows.count && matrix.cols == golden.rows[0].count, "\(golden.name)")
        for (read, expected) in zip(matrix.elements, golden.rows.flatMap { $0 }) {
            #expect(abs(read.doubleValue - expected) <= golden.tolerance, "\(golden.name): \(read.doubleValue) vs \(expected)")
        }
    }

    @Test("dtype is accepted in every spelling numpy and students use")
    func dataTypes() {
        for text in ["array([1., 2.], dtype=float32)", "np.array([1, 2], dtype=np.float64)", "array([1, 2], dtype='float32')",
                     "numpy.array([[1, 2]] , dtype = \"int64\" )"] {
            #expect(readValue(text, as: .matrix) == .matrix(exactMatrix([[1, 2]])), "\(text)")
        }
    }

    @Test("a dtype that is not numeric is a format error at the type")
    func nonNumericType() throws {
        let error = try #require(readError("array([1, 2], dtype=object)", as: .matrix))
        #expect(error.message == "an answer is an array of numbers, not of dtype object")
        #expect(error.column == 20)
    }

    @Test("an array of rank 3 reads with its shape")
    func rankThree() throws {
        // print(np.zeros((2, 2, 2))), written out by hand.
        let value = try #require(readValue("[[[0. 0.]\n  [0. 0.]]\n\n [[0. 0.]\n  [0. 0.]]]", as: .matrix))
        #expect(value == .matrix(try Matrix(shape: [2, 2, 2], elements: Array(repeating: q(0), count: 8))))
    }

    @Test("an array numpy shortened with ... is refused with how to print it whole")
    func summarised() throws {
        // str(np.arange(2000.)), written out by hand.
        let error = try #require(readError("[0.000e+00 1.000e+00 2.000e+00 ... 1.997e+03 1.998e+03 1.999e+03]", as: .vector))
        #expect(error.message == "numpy shortened this array with ‘...’, so some of its numbers are missing")
        #expect(error.column == 31)
    }
}

/// numpy's printed output pasted into a sheet continues over its lines while its brackets are open.
@Suite("numpy's printed arrays in a sheet")
struct NumpyPrintedSheetTests {
    @Test("print(a) and repr(a) pasted under a label read as the whole matrix")
    func pasted() throws {
        let submission = try SubmissionTestSupport.submission("""
            2.c = [[ 0.1 -0.2]
             [ 0.3  0.4]]
            2.d = array([[ 1.00e-05, -2.50e-07],
                   [ 3.00e-01,  4.25e-03]], dtype=float32)

            """)
        let values = submission.answers.map { try? AnswerReader.read($0.text, as: .matrix).get() }
        // 0.1 = 1/10, -0.2 = -2/10, …; 1.00e-05 = 1/100000, -2.50e-07 = -25/100000000, 3.00e-01 = 3/10, 4.25e-03 = 425/100000.
        #expect(values[0] == .matrix(exactMatrix([[1, -2], [3, 4]], over: 10)))
        #expect(values[1] == .matrix(exactMatrix([[1000, -25], [30_000_000, 425_000]], over: 100_000_000)))
    }
}
