import Foundation
import Testing

/// The documentation stands alone: the architecture page describes every target of
/// `Package.swift`, and every Markdown file a document or a code comment names is in the repository.
@Suite struct DocumentationTests {
    private static let root = Executable.repositoryRoot

    /// Files `rnngrade grade` writes under `out/<assignment>/` (README.md, "Quick start"): the
    /// documents and comments describe them, but they are outputs, not part of the repository.
    private static let reportNames: Set<String> = ["summary.md", "copies.md"]

    @Test func everyTargetIsInTheArchitecturePage() throws {
        let manifest = try text("Package.swift")
        let targets = try matches(of: #"\.(?:target|executableTarget|systemLibrary)\(\s*name:\s*"([^"]+)""#, in: manifest)
        let rows = try matches(of: #"(?m)^\| `([^`]+)` \|"#, in: try text("docs/architecture.md"))
        #expect(targets.count >= 10, "Package.swift lists \(targets.count) targets; the pattern no longer reads it")
        let undocumented = targets.filter { !rows.contains($0) }
        #expect(undocumented.isEmpty, "docs/architecture.md has no table row | `Target` | … | for: \(undocumented.joined(separator: ", "))")
        let stale = rows.filter { !targets.contains($0) }
        #expect(stale.isEmpty, "docs/architecture.md has rows for targets Package.swift does not define: \(stale.joined(separator: ", "))")
    }

    @Test func everyNamedMarkdownFileExists() throws {
        var references: [MarkdownReference] = []
        for file in Self.repositoryFiles() {
            let url = URL(fileURLWithPath: file)
            let folder = file.split(separator: "/").first.map(String.init) ?? ""
            if url.pathExtension == "md" {
                references += try MarkdownReference.all(in: try text(file), file: file)
            } else if (["Sources", "Tests"].contains(folder) && url.pathExtension == "swift")
                        || ["Benchmarks", "scripts"].contains(folder) || file == "Package.swift" {
                references += try MarkdownReference.inComments(of: try text(file), file: file, pathExtension: url.pathExtension)
            }
        }
        #expect(references.contains { $0.name == "docs/conventions.md" },
                "the scan found no mention of docs/conventions.md; it no longer reads the comments")
        let missing = references.filter { !Self.reportNames.contains($0.name) && !resolves($0) }
        #expect(missing.isEmpty, """
            these Markdown files are named but not in the repository (looked beside the referring \
            file, at the root and in docs/):
            \(missing.map(\.description).joined(separator: "\n"))
            """)
    }

    /// Whether `reference` names an existing file beside its referring file, from the
    /// repository root, or in `docs/`.
    private func resolves(_ reference: MarkdownReference) -> Bool {
        let beside = URL(fileURLWithPath: reference.file).deletingLastPathComponent().relativePath
        return [beside, ".", "docs"].contains { base in
            var isFolder: ObjCBool = false
            let path = Self.root.appendingPathComponent(base).appendingPathComponent(reference.name).path
            return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && !isFolder.boolValue
        }
    }

    /// Every file of the repository, relative to its root, sorted, without hidden folders
    /// (`.build*`, `.git`) and the top-level report folder `out/`, which are not descended into.
    private static func repositoryFiles() -> [String] {
        let fileManager = FileManager.default
        var found: [String] = []
        func visit(_ prefix: String) {
            for name in (try? fileManager.contentsOfDirectory(atPath: root.appendingPathComponent(prefix).path)) ?? [] {
                let path = prefix + name
                guard !name.hasPrefix("."), path != "out" else { continue }
                let type = (try? fileManager.attributesOfItem(atPath: root.appendingPathComponent(path).path))?[.type] as? FileAttributeType
                if type == .typeDirectory { visit(path + "/") } else if type == .typeRegular { found.append(path) }
            }
        }
        visit("")
        return found.sorted()
    }

    /// The UTF-8 text of `relative` in the repository.
    private func text(_ relative: String) throws -> String {
        try String(decoding: Data(contentsOf: Self.root.appendingPathComponent(relative)), as: UTF8.self)
    }

    /// The first capture group of every match of `pattern` in `text`.
    private func matches(of pattern: String, in text: String) throws -> [String] {
        let expression = try NSRegularExpression(pattern: pattern)
        return expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
            Range(match.range(at: 1), in: text).map { String(text[$0]) }
        }
    }
}
