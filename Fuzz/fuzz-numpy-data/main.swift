import FuzzSupport
import RNNNumpy

// The numpy-data parser of <data> blocks (a safe subset of numpy assignment lines, evaluated,
// never executed). Properties: parsing is deterministic (a second parse gives the same names,
// values with the same shapes and elements, and offsets, or the same error); every assigned
// name is at a character offset inside the text and among the names `assignedNames` finds
// without evaluating; a refused text's error offset is inside the text or just past its end.
fuzz { bytes in
    guard let text = String(validating: bytes, as: UTF8.self) else { return }
    let length = text.count
    switch (Result { () throws(NumpyDataError) in try NumpyDataParser.assignments(in: text) }) {
    case .failure(let error):
        require((0...length).contains(error.offset), "\(text.debugDescription): error offset \(error.offset) outside the text: \(error.message)")
        switch (Result { () throws(NumpyDataError) in try NumpyDataParser.assignments(in: text) }) {
        case .failure(let again): require(again == error, "\(text.debugDescription) fails twice differently: \(error.message) / \(again.message)")
        case .success: require(false, "\(text.debugDescription) failed once and parsed the second time")
        }
    case .success(let assignments):
        guard case .success(let again) = (Result { () throws(NumpyDataError) in try NumpyDataParser.assignments(in: text) }) else {
            return require(false, "\(text.debugDescription) parsed once and failed the second time")
        }
        require(again.map(\.name) == assignments.map(\.name), "\(text.debugDescription) assigns different names on a second parse")
        let found = Set(NumpyDataParser.assignedNames(in: text))
        for (first, second) in zip(assignments, again) {
            let value = first.value
            require(second.value.shape == value.shape, "\(first.name) has two shapes")
            // Equal elements compare without printing (a 20,000-digit integer takes seconds to
            // print under the sanitizer); only nan, which equals nothing, is compared by its text.
            require(zip(second.value.elements, value.elements).allSatisfy { $0 == $1 || $0.description == $1.description },
                    "\(first.name) has two values")
            require(second.offset == first.offset && (0..<length).contains(first.offset), "\(first.name) at offset \(first.offset) of \(length)")
            require(found.contains(first.name), "\(first.name) is assigned but assignedNames finds only \(found.sorted())")
        }
    }
}
