import Crypto
import Foundation
import RNNGrading
import RNNReports
import RNNRubric
import RNNSolver
import RNNVariants

/// `check`'s cache of answer keys: one file per rubric (and per drawn variant), so that
/// checking answers against an unchanged rubric never solves it again (docs/key-cache.md).
///
/// A file's name is the SHA-256 of everything the key depends on: the cache format, this
/// program's version and its executable (path, size and modification time, so a rebuilt
/// program never reads keys an older build computed), the rubric file's bytes, and for a drawn
/// variant its student id and seed. A rubric is self-contained (numpy data is inline, nothing
/// is included), so its bytes are all of its input. The file holds that digest, the SHA-256 of
/// its payload, and the payload (``AnswerKeyArchive`` as JSON). It is used only when both
/// digests match and the payload reads back as a key of exactly the rubric's parts; anything
/// else (a corrupt, truncated or foreign file, another version) is ignored, the key computed
/// and the file rewritten. Files are written atomically (``AtomicFileWriter``); a cache that
/// cannot be written only costs the time of solving again.
struct KeyCache: AnswerKeyStore {
    /// The first line of every cache file.
    static let magic = "rnngrade answer-key cache 2"

    /// The folder the key files are in.
    let directory: URL
    /// The SHA-256 of the format, the program's identity and the rubric's bytes.
    private let rubricDigest: String

    /// The cache in `directory` for the rubric file whose bytes are `rubricBytes`.
    init(directory: URL, rubricBytes: Data) {
        self.directory = directory
        rubricDigest = Self.digest([Data(Self.magic.utf8), Data(RNNGrade.version.utf8), Data(Self.executableIdentity.utf8), rubricBytes])
    }

    /// The folder to use: `option` (`--cache-dir`), else `$RNNGRADE_CACHE_DIR`, else
    /// `$XDG_CACHE_HOME/rnngrade`, else `~/.cache/rnngrade` (XDG Base Directory
    /// Specification, https://specifications.freedesktop.org/basedir-spec/latest/); nil when
    /// none can be named.
    static func directory(option: String?, environment: [String: String]) -> URL? {
        func given(_ name: String) -> String? { environment[name].flatMap { $0.isEmpty ? nil : $0 } }
        if let path = option ?? given("RNNGRADE_CACHE_DIR") { return URL(fileURLWithPath: path, isDirectory: true) }
        // The specification ignores a relative XDG_CACHE_HOME.
        if let xdg = given("XDG_CACHE_HOME"), xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg, isDirectory: true).appendingPathComponent("rnngrade", isDirectory: true)
        }
        guard let home = given("HOME") else { return nil }
        return URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(".cache/rnngrade", isDirectory: true)
    }

    func key(of rubric: Rubric, variant: RubricVariant?, compute: () -> AnswerKey) -> AnswerKey {
        let digest = inputsDigest(variant: variant)
        let file = directory.appendingPathComponent(digest + ".key")
        if let data = try? Data(contentsOf: file), let key = Self.read(data, digest: digest, rubric: rubric) { return key }
        let key = compute()
        if let contents = Self.contents(of: key, digest: digest) { try? AtomicFileWriter.write(contents, to: file) }
        return key
    }

    /// The hexadecimal SHA-256 naming the key of `variant` (nil: the rubric as loaded).
    private func inputsDigest(variant: RubricVariant?) -> String {
        let fields = variant.map { ["variant", $0.studentID ?? "", $0.seed?.description ?? ""] } ?? ["rubric"]
        return Self.digest(([rubricDigest] + fields).map { Data($0.utf8) })
    }

    /// The hexadecimal SHA-256 of `fields`, each preceded by its length so that no two lists
    /// of fields hash the same bytes.
    private static func digest(_ fields: [Data]) -> String {
        var hash = SHA256()
        for field in fields { hash.update(data: Data(String(field.count).utf8) + Data([0]) + field) }
        return hex(hash.finalize())
    }

    /// The file: the magic line, `inputs <digest>`, `payload <sha-256 of the payload>`, then the payload.
    static func contents(of key: AnswerKey, digest: String) -> Data? {
        guard let archive = AnswerKeyArchive(key) else { return nil }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let payload = try? encoder.encode(archive) else { return nil }
        let header = "\(magic)\ninputs \(digest)\npayload \(hex(SHA256.hash(data: payload)))\n"
        return Data(header.utf8) + payload
    }

    /// The key in `data` if it is a sound cache file for `digest` and `rubric`; nil otherwise.
    static func read(_ data: Data, digest: String, rubric: Rubric) -> AnswerKey? {
        let lines = data.split(separator: UInt8(ascii: "\n"), maxSplits: 3, omittingEmptySubsequences: false)
        guard lines.count == 4,
              String(decoding: lines[0], as: UTF8.self) == magic,
              String(decoding: lines[1], as: UTF8.self) == "inputs \(digest)" else { return nil }
        let payload = Data(lines[3])
        guard String(decoding: lines[2], as: UTF8.self) == "payload \(hex(SHA256.hash(data: payload)))",
              let archive = try? JSONDecoder().decode(AnswerKeyArchive.self, from: payload) else { return nil }
        return archive.key(of: rubric)
    }

    /// This program's executable as a path, size and modification time; empty when unknown.
    private static let executableIdentity: String = {
        #if os(Linux)
        let path = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        #else
        let path = Bundle.main.executablePath ?? CommandLine.arguments[0]
        #endif
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return "" }
        let size = (attributes[.size] as? NSNumber)?.int64Value ?? -1
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(path)\u{0}\(size)\u{0}\(modified)"
    }()

    private static func hex<D: Sequence>(_ digest: D) -> String where D.Element == UInt8 {
        let digits = Array("0123456789abcdef".utf8)
        return String(decoding: digest.flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 15)]] }, as: UTF8.self)
    }
}
