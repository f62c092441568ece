/// An array read from numpy's `.npy` format, its elements already written as answer text:
/// the shortest decimal that reads back to the stored number (`0.1`, `-2.5e-05`, `nan`), or a
/// string element as it is.
///
/// ```swift
/// let array = try NumpyArray(npy: bytes)   // np.save of np.array([[1., 2.], [3., 4.]])
/// array.shape        // [2, 2]
/// array.answerText   // "[[1.0, 2.0], [3.0, 4.0]]"
/// ```
struct NumpyArray: Equatable {
    /// The dimensions, outermost first; empty for a 0-d array (one number).
    let shape: [Int]
    /// The elements in C (row-major) order, each as answer text.
    let elements: [String]

    /// The array as a student would type it: a 0-d array is its element, a vector `[a, b]`,
    /// a matrix `[[a, b], [c, d]]`, and higher ranks nest further (the answer reader then says
    /// that answers have at most two dimensions).
    var answerText: String {
        guard !shape.isEmpty else { return elements.first ?? "" }
        var text = ""
        var index = 0
        func write(axis: Int) {
            text += "["
            for item in 0..<shape[axis] {
                if item > 0 { text += ", " }
                if axis == shape.count - 1 {
                    text += elements[index]
                    index += 1
                } else {
                    write(axis: axis + 1)
                }
            }
            text += "]"
        }
        write(axis: 0)
        return text
    }
}
