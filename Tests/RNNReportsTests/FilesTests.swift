import Foundation
import Testing
import RNNReports

@Suite(.serialized) struct AtomicFileWriterTests {
    private func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("rnngrade-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private func contents(of directory: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    }

    @Test func createsDirectories() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let target = root.appendingPathComponent("out/feedback/400101.md")
        try AtomicFileWriter.write("# hello\n", to: target)
        #expect(try String(contentsOf: target, encoding: .utf8) == "# hello\n")
    }

    @Test func replacesTheWholeFile() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let target = root.appendingPathComponent("gradebook.csv")
        try AtomicFileWriter.write(String(repeating: "long line\n", count: 1000), to: target)
        try AtomicFileWriter.write("short\n", to: target)
        #expect(try Data(contentsOf: target) == Data("short\n".utf8))
        #expect(try contents(of: root) == ["gradebook.csv"])
    }

    @Test func failedRenameLeavesNoTemporaryFile() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let target = root.appendingPathComponent("summary.md")
        try FileManager.default.createDirectory(at: target.appendingPathComponent("inside"), withIntermediateDirectories: true)
        let error = #expect(throws: AtomicWriteError.self) { try AtomicFileWriter.write("x", to: target) }
        #expect(error?.step == "rename over the target")
        #expect(try contents(of: root) == ["summary.md"])
        #expect(try contents(of: target) == ["inside"])
    }

    /// A write that fails half-way (here: the file size limit, as a full disk would) leaves the
    /// old file whole and removes the temporary one.
    @Test func failedWriteLeavesTheOldFile() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let target = root.appendingPathComponent("results.json")
        try AtomicFileWriter.write("old\n", to: target)

        let limit: rlim_t = 1 << 23
        var saved = rlimit()
        getrlimit(__rlimit_resource_t(RLIMIT_FSIZE.rawValue), &saved)
        var lowered = saved
        lowered.rlim_cur = limit
        let savedHandler = signal(SIGXFSZ, SIG_IGN)
        setrlimit(__rlimit_resource_t(RLIMIT_FSIZE.rawValue), &lowered)
        defer {
            setrlimit(__rlimit_resource_t(RLIMIT_FSIZE.rawValue), &saved)
            signal(SIGXFSZ, savedHandler)
        }

        let error = #expect(throws: AtomicWriteError.self) {
            try AtomicFileWriter.write(Data(count: Int(limit) * 2), to: target)
        }
        #expect(error?.step == "write")
        #expect(try String(contentsOf: target, encoding: .utf8) == "old\n")
        #expect(try contents(of: root) == ["results.json"])
    }
}

@Suite struct FileNameSanitizerTests {
    static let cases: [(String, String)] = [
        ("400101515", "400101515"), ("../../x", "_._x"), ("", "student"), ("...", "student"), ("./", "_"),
        (".hidden", "hidden"), ("-rf", "rf"), ("a b/c\\d", "a_b_c_d"), ("a..b", "a.b"), ("Øyvind", "_yvind"),
        ("<script>", "_script_"), ("x\u{0}y", "x_y"), (String(repeating: "a", count: 100), String(repeating: "a", count: 64)),
    ]

    @Test(arguments: cases)
    func sanitize(id: String, name: String) {
        #expect(FileNameSanitizer.sanitize(id) == name)
    }

    @Test func collisionsGetNumberedBySortedID() {
        let ids = ["b", "a b", "a_b", "A_B", "a?b"]
        #expect(FileNameSanitizer.uniqueNames(for: ids) == ["b", "a_b-2", "a_b-4", "A_B", "a_b-3"])
        let shuffled = ["a?b", "A_B", "b", "a_b", "a b"]
        let mapping = Dictionary(uniqueKeysWithValues: zip(shuffled, FileNameSanitizer.uniqueNames(for: shuffled)))
        #expect(ids.map { mapping[$0] } == ["b", "a_b-2", "a_b-4", "A_B", "a_b-3"])
    }

    @Test func duplicatesAndLongNames() {
        #expect(FileNameSanitizer.uniqueNames(for: ["x", "x"]) == ["x", "x-2"])
        let long = String(repeating: "a", count: 70)
        #expect(FileNameSanitizer.uniqueNames(for: [long, long + "?"]) == [String(repeating: "a", count: 64),
                                                                            String(repeating: "a", count: 62) + "-2"])
    }
}
