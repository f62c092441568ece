import Foundation
import RNNRubric

/// The rubric's secret: with it every student's variant can be drawn again; without it, a
/// student cannot compute anyone's variant. It never appears in any output (its description is
/// a placeholder).
package struct Salt: Sendable, CustomStringConvertible {
    /// The secret bytes (the file or variable's text without surrounding blanks).
    let bytes: [UInt8]

    /// The fewest characters a salt may have: shorter secrets can be guessed.
    package static let minimumLength = 16

    /// A salt from its text; refused when shorter than ``minimumLength``.
    package init(text: String, source: String) throws(VariantError) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.utf8.count >= Self.minimumLength else {
            throw VariantError("\(source): the salt has \(trimmed.utf8.count) characters, fewer than \(Self.minimumLength); write a long random one, for example `head -c 32 /dev/urandom | base64 > salt.txt`, and keep it out of what students see")
        }
        bytes = Array(trimmed.utf8)
    }

    /// Never the secret itself.
    package var description: String { "(salt withheld)" }

    /// The salt for `rubric`: from `file` when given (the CLI's `--salt-file`), else the rubric's
    /// `salt-file` (relative to the rubric's folder), else its `salt-env` variable.
    package static func locate(for rubric: Rubric, file: String?,
                              environment: [String: String] = ProcessInfo.processInfo.environment) throws(VariantError) -> Salt {
        let settings = rubric.variants
        if let path = file ?? settings?.saltFile.map({ relative($0, to: rubric.file) }) {
            guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                throw VariantError("\(path): cannot read the salt file; create it (for example `head -c 32 /dev/urandom | base64 > \(path)`) or name another with --salt-file")
            }
            return try Salt(text: text, source: path)
        }
        if let name = settings?.saltEnvironment {
            guard let text = environment[name] else {
                throw VariantError("\(rubric.file): the salt should be in the environment variable \(name), which is not set; set it or give --salt-file")
            }
            return try Salt(text: text, source: "$\(name)")
        }
        throw VariantError("\(rubric.file): this rubric draws data per student, so it needs a secret salt: give --salt-file FILE, or name one in <variants salt-file=\"…\"/> or salt-env=\"…\"")
    }

    /// `path` resolved against the folder of `rubricFile` unless absolute.
    private static func relative(_ path: String, to rubricFile: String) -> String {
        path.hasPrefix("/") ? path : ((rubricFile as NSString).deletingLastPathComponent as NSString).appendingPathComponent(path)
    }
}
