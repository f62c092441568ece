import Foundation
import Testing
import ZIPFoundation
@testable import RNNGrading

/// Arrays written by numpy (Numpy/npy/, from make_numpy_golden.py) read by rnngrade's .npy and
/// .npz readers, and hostile archives refused.
@Suite("Reading numpy answer files")
struct NumpyFileTests {
    static let folder = SubmissionTestSupport.root.appendingPathComponent("Tests/RNNGradingTests/Numpy/npy")

    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
    }

    @Test("every dtype, byte order, layout and version numpy wrote reads to its values", arguments: NumpyFileGolden.files.indices)
    func goldenFile(index: Int) throws {
        let golden = NumpyFileGolden.files[index]
        let array = try NumpyArray(npy: try Self.bytes(golden.name + ".npy"))
        #expect(array.shape == golden.shape)
        #expect(array.elements.count == golden.elements.count)
        for (read, expected) in zip(array.elements, golden.elements) {
            if golden.name.hasPrefix("float32") {
                // The shortest text that reads back to the stored float32.
                #expect(Float(read) == Float(try #require(Double(expected))), "\(golden.name): \(read) vs \(expected)")
            } else if let number = Double(expected), number.isFinite {
                #expect(Double(read) == number, "\(golden.name): \(read) vs \(expected)")
            } else {
                #expect(read == expected, "\(golden.name)")
            }
        }
    }

    @Test("an array's answer text is what a student would type")
    func answerText() throws {
        #expect(try NumpyArray(npy: Self.bytes("fortran.npy")).answerText == "[[0.0, 0.125, 0.25], [0.375, 0.5, 0.625]]")
        #expect(try NumpyArray(npy: Self.bytes("scalar.npy")).answerText == "0.1")
        #expect(try NumpyArray(npy: Self.bytes("special.npy")).answerText == "[nan, inf, -inf, 0.0]")
        #expect(try NumpyArray(npy: Self.bytes("rank3.npy")).answerText == "[[[0.0, 1.0], [2.0, 3.0]], [[4.0, 5.0], [6.0, 7.0]]]")
    }

    @Test("an .npz from np.savez is a submission: one answer per array, student from its member")
    func savez() throws {
        let submission = try SubmissionReader.read(bytes: Self.bytes("answers.npz"), file: "answers.npz").get()
        #expect(submission.studentID == "ada" && submission.studentIDSource == .file)
        #expect(submission.answers.map(\.label) == ["1.a", "2.c"])
        #expect(submission.answers[0].text == "0.5")
        #expect(submission.answers[1].text == "[[-0.20437531566217204, -0.4864951001088207, -0.18577532395900828], [-0.38053641675867705, 0.0889776353222905, 0.06367166142477786]]")
        #expect(submission.answers[1].sourceLine == submission.answers[1].text)
        #expect(submission.warnings.isEmpty)
    }

    @Test("an .npz from np.savez_compressed is inflated; float32 prints as numpy prints it")
    func savezCompressed() throws {
        let submission = try SubmissionReader.read(bytes: Self.bytes("compressed.npz"), file: "hw/17.npz").get()
        #expect(submission.studentID == "17" && submission.studentIDSource == .fileName)
        #expect(submission.answers.map(\.text) == ["[[-0.20437531, -0.4864951, -0.18577532], [-0.3805364, 0.088977635, 0.06367166]]"])
    }

    @Test("refusals name the problem and what to do", arguments: [
        ("object.npy", "answers.npy:1:1: a .npy file holds one array without its part id; save all your answers in one file with np.savez('answers.npz', **{'1.a': ..., '1.b': ...})"),
        ("float64-little.npy", "answers.npy:1:1: a .npy file holds one array without its part id; save all your answers in one file with np.savez('answers.npz', **{'1.a': ..., '1.b': ...})"),
    ])
    func loneArray(name: String, message: String) throws {
        #expect(SubmissionTestSupport.errorMessage(try Self.bytes(name), file: "answers.npy") == message)
    }

    @Test("an object array is never unpickled")
    func objectArray() throws {
        #expect(throws: NumpyFileError("this array holds Python objects (dtype object), which are never unpickled; save numbers, e.g. np.asarray(x, dtype=float)")) {
            try NumpyArray(npy: try Self.bytes("object.npy"))
        }
        let archive = try Self.archive(["1.a.npy": try Self.bytes("object.npy")], compressed: false)
        #expect(SubmissionTestSupport.errorMessage(archive, file: "a.npz")
            == "a.npz:1:1: 1.a.npy: this array holds Python objects (dtype object), which are never unpickled; save numbers, e.g. np.asarray(x, dtype=float)")
    }

    @Test("a cut-short array and a data length that disagrees with the shape are refused")
    func truncated() throws {
        let whole = try Self.bytes("int64.npy")
        #expect(throws: NumpyFileError("this numpy array file is cut short; save it again with np.save or np.savez")) {
            try NumpyArray(npy: Array(whole.prefix(20)))
        }
        #expect(throws: NumpyFileError("the array's data is not as long as its shape [2, 3] says; save it again with np.save or np.savez")) {
            try NumpyArray(npy: Array(whole.dropLast(8)))
        }
    }

    @Test("a zip bomb is refused from its directory before inflating")
    func declaredBomb() throws {
        let bomb = try Self.archive(["1.a.npy": [UInt8](repeating: 0, count: 4 << 20)], compressed: true)
        #expect(bomb.count < 20_000)
        #expect(SubmissionTestSupport.errorMessage(bomb, file: "a.npz")
            == "a.npz:1:1: the arrays in this .npz file unpack to more than 1048576 bytes (a submission may have at most 1048576): save only your answers")
    }

    @Test("a zip bomb whose directory lies about its size is stopped while inflating")
    func lyingBomb() throws {
        var bomb = try Self.archive(["1.a.npy": [UInt8](repeating: 0, count: 4 << 20)], compressed: true)
        // Declare 100 bytes in the local header (offset 22) and the central directory (offset 24).
        for (signature, offset) in [([0x50, 0x4B, 0x03, 0x04] as [UInt8], 22), ([0x50, 0x4B, 0x01, 0x02], 24)] {
            let start = try #require((0..<bomb.count - 4).first { Array(bomb[$0..<$0 + 4]) == signature })
            bomb.replaceSubrange(start + offset..<start + offset + 4, with: [100, 0, 0, 0])
        }
        #expect(SubmissionTestSupport.errorMessage(bomb, file: "a.npz")
            == "a.npz:1:1: the arrays in this .npz file unpack to more than 1048576 bytes (a submission may have at most 1048576): save only your answers")
    }

    @Test("a zip that is not an array archive is refused")
    func notArrays() throws {
        let archive = try Self.archive(["notes.txt": Array("hello".utf8)], compressed: false)
        #expect(SubmissionTestSupport.errorMessage(archive, file: "a.npz")
            == "a.npz:1:1: the archive member ‘notes.txt’ is not a numpy array (.npy); save your answers with np.savez")
        #expect(SubmissionTestSupport.errorMessage(Array("PK garbage".utf8), file: "a.npz")
            == "a.npz:1:1: this .npz file is not a zip archive numpy can read; save your answers again with np.savez")
    }

    /// A zip archive of `members`, written by ZIPFoundation in memory.
    static func archive(_ members: [String: [UInt8]], compressed: Bool) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (name, bytes) in members.sorted(by: { $0.key < $1.key }) {
            let data = Data(bytes)
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count),
                                 compressionMethod: compressed ? .deflate : .none) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return [UInt8](try #require(archive.data))
    }
}
