import Foundation
import Testing

/// `check`'s key cache (docs/key-cache.md): a cached key gives exactly the output of solving
/// afresh; a changed rubric byte, a corrupt file, `--no-cache` each make `check` solve again.
@Suite struct KeyCacheTests {
    /// in5400-w10 (exact keys), sysu-dl-hw3 (tanh and softmax: keys in floating point) and
    /// cs231n-lstm-forward (a key of shape (2, 3, 4), an array with a leading axis).
    static let cases = [
        ("in5400-w10", "# assignment: in5400-w10\n# student: ola\n1.a = 6\n1.b = 3\n1.c = 0,5\n"),
        ("sysu-dl-hw3", "# assignment: sysu-dl-hw3\n# student: ola\n1.a = 0.5\n2.c = [[1, 0], [0, 1]]\n"),
        ("cs231n-lstm-forward", "# assignment: cs231n-lstm-forward\n# student: ola\n1.b = [[0, 1, 2, 3], [4, 5, 6, 7]]\n"),
    ]

    /// Copies `id`'s rubric and writes `answers` into a fresh folder.
    static func setUp(_ id: String, _ answers: String) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write(Data(contentsOf: Executable.repositoryRoot.appendingPathComponent("Rubrics/\(id).xml")), to: "rubric.xml")
        try folder.write(answers, to: "answers.txt")
        return folder
    }

    /// `check rubric.xml answers.txt` with the cache in the folder's `cache/`.
    static func check(_ folder: TemporaryFolder, _ extra: [String] = []) throws -> CommandRun {
        try Executable.run(["check", "rubric.xml", "answers.txt"] + extra, in: folder.url,
                           environment: ["RNNGRADE_CACHE_DIR": folder.path("cache")])
    }

    /// The cache's files, sorted.
    static func cached(_ folder: TemporaryFolder) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path("cache"))) ?? []).filter { $0.hasSuffix(".key") }.sorted()
    }

    /// The inode of a cache file: a rewrite (atomic rename) gives a new one, a read keeps it.
    static func inode(_ folder: TemporaryFolder, _ name: String) throws -> Int? {
        (try FileManager.default.attributesOfItem(atPath: folder.path("cache/\(name)"))[.systemFileNumber] as? NSNumber)?.intValue
    }

    @Test(arguments: cases)
    func aCachedKeyGivesTheOutputOfSolvingAfresh(id: String, answers: String) throws {
        let folder = try Self.setUp(id, answers)
        let cold = try Self.check(folder, ["--no-cache"])
        #expect(Self.cached(folder) == [], "--no-cache writes nothing")
        let miss = try Self.check(folder)
        let files = Self.cached(folder)
        try #require(files.count == 1)
        let written = try Self.inode(folder, files[0])
        let hit = try Self.check(folder)
        #expect(try Self.inode(folder, files[0]) == written, "the second run read the file and did not rewrite it")
        #expect(Self.cached(folder) == files)
        for run in [miss, hit] {
            #expect(run.status == cold.status)
            #expect(run.stdout == cold.stdout)
            #expect(run.stderr == cold.stderr)
        }
        #expect(cold.stdout.contains("1.a"))
    }

    /// One byte of the rubric changed (in a comment, so the output is the same) names another
    /// file: the old key is not used for the new bytes.
    @Test func aChangedRubricByteMisses() throws {
        let folder = try Self.setUp(Self.cases[0].0, Self.cases[0].1)
        let first = try Self.check(folder)
        let before = Self.cached(folder)
        try #require(before.count == 1)
        let text = try folder.text("rubric.xml")
        try folder.write(text.replacingOccurrences(of: "<assignment ", with: "<!-- x --><assignment "), to: "rubric.xml")
        let second = try Self.check(folder)
        let after = Self.cached(folder)
        #expect(after.count == 2)
        #expect(after.contains(before[0]))
        #expect(second.stdout == first.stdout)
    }

    /// A file that is garbage, whose payload lost a byte, or whose payload was changed without
    /// its checksum is ignored: `check` solves again, prints what a cold run prints, and
    /// rewrites the file as a cold run writes it.
    @Test(arguments: ["garbage", "truncated", "edited"])
    func aCorruptFileIsIgnoredAndRewritten(damage: String) throws {
        let folder = try Self.setUp(Self.cases[0].0, Self.cases[0].1)
        let cold = try Self.check(folder)
        let name = try #require(Self.cached(folder).first)
        let good = try Data(contentsOf: URL(fileURLWithPath: folder.path("cache/\(name)")))
        let damaged: Data = switch damage {
        case "garbage": Data("not a key\n".utf8)
        case "truncated": good.dropLast()
        default: Data(String(decoding: good, as: UTF8.self).replacingOccurrences(of: "e:6", with: "e:7").utf8)
        }
        #expect(damaged != good)
        try folder.write(damaged, to: "cache/\(name)")
        let run = try Self.check(folder)
        #expect(run.stdout == cold.stdout)
        #expect(run.status == cold.status)
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder.path("cache/\(name)"))) == good)
    }

    /// `--cache-dir` names the folder instead of the environment.
    @Test func cacheDirOptionNamesTheFolder() throws {
        let folder = try Self.setUp(Self.cases[0].0, Self.cases[0].1)
        let run = try Self.check(folder, ["--cache-dir", folder.path("elsewhere")])
        #expect(run.stderr == "")
        #expect(Self.cached(folder) == [])
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path("elsewhere")).filter { $0.hasSuffix(".key") }
        #expect(files.count == 1)
    }
}
