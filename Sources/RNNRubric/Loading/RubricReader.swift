import RNNExpr
import RNNMath
import RNNXML

/// Turns a schema-valid XML tree into a ``Rubric``, parsing every expression and collecting
/// located diagnostics instead of stopping at the first.
final class RubricReader {
    let tree: XMLDocumentTree
    private var found = DiagnosticList()
    /// The rubric's work budget, read before its problems so their `<data>` blocks are held to it.
    private(set) var budget = WorkBudget.standard

    init(tree: XMLDocumentTree) {
        self.tree = tree
    }

    /// Reads the whole assignment.
    func readAssignment() -> Rubric {
        let root = tree.root
        let defaultsNode = root.child(named: "defaults")
        let defaults = GradingDefaults(
            tolerance: defaultsNode?.child(named: "tolerance").map(readTolerance),
            followThroughCredit: defaultsNode?.child(named: "follow-through").flatMap { double($0, "credit") },
            revealKey: defaultsNode.flatMap { bool($0, "reveal") } ?? false,
            perElementCredit: defaultsNode.flatMap { bool($0, "per-element") } ?? true,
            budget: defaultsNode?.child(named: "budget").map(readBudget) ?? .standard)
        budget = defaults.budget
        let problems = root.children(named: "problem").map(readProblem)
        let selfTests = root.child(named: "self-test")?.children(named: "sample").map(readSample) ?? []
        var rubric = Rubric(id: root.attribute("id") ?? "", title: root.attribute("title") ?? "",
                            file: tree.file, defaults: defaults, problems: problems, selfTests: selfTests)
        rubric.variants = root.child(named: "variants").map(readVariantSettings)
        rubric.selfCheck = root.child(named: "self-check").map(readSelfCheck)
        return rubric
    }

    private func readProblem(_ node: XMLNode) -> Problem {
        let id = node.attribute("id") ?? ""
        return Problem(id: id, title: node.attribute("title"),
                       prompt: node.child(named: "prompt").map { normalisedText($0.text) },
                       models: readModels(node.children(named: "model")),
                       parts: node.children(named: "part").map { readPart($0, problemID: id) },
                       announcedPoints: double(node, "points"), line: node.line)
    }

    private func readSample(_ node: XMLNode) -> SelfTestSample {
        SelfTestSample(id: node.attribute("id") ?? "",
                       expectedScore: double(node, "score") ?? 0,
                       answers: node.children(named: "answer").map { answer in
                           (part: answer.attribute("part") ?? "", text: answer.text, line: answer.line)
                       },
                       line: node.line)
    }

    func readTolerance(_ node: XMLNode) -> ToleranceSpec {
        ToleranceSpec(mode: enumeration(node, "mode") ?? .relative,
                      relative: rational(node, "rel"), absolute: rational(node, "abs"),
                      digits: node.attribute("digits").flatMap { Int($0) })
    }

    // MARK: Attribute values (the schema has checked their lexical form)

    func double(_ node: XMLNode, _ name: String) -> Double? {
        node.attribute(name).flatMap { Double($0.trimmingBlanks()) }
    }

    /// The attribute's decimal exactly as written (`0.1` is 1/10, not the nearest double); the
    /// schema's `xs:double` also admits `INF` and `NaN`, which are reported.
    func rational(_ node: XMLNode, _ name: String) -> Rational? {
        guard let text = node.attribute(name) else { return nil }
        guard let value = Rational.parse(text) else {
            report("\(name)=\"\(text)\" should be a finite decimal number, for example 1e-3", at: node)
            return nil
        }
        return value
    }

    /// The attribute as one of an enumeration's raw values; any other value is reported.
    func enumeration<Value: RawRepresentable & CaseIterable>(_ node: XMLNode, _ name: String) -> Value?
        where Value.RawValue == String {
        guard let text = node.attribute(name) else { return nil }
        guard let value = Value(rawValue: text.trimmingBlanks()) else {
            report("\(name)=\"\(text)\" should be one of \(Value.allCases.map(\.rawValue).joined(separator: ", "))", at: node)
            return nil
        }
        return value
    }

    func int(_ node: XMLNode, _ name: String) -> Int? {
        node.attribute(name).flatMap { Int($0.trimmingBlanks()) }
    }

    func bool(_ node: XMLNode, _ name: String) -> Bool? {
        node.attribute(name).map { ["true", "1"].contains($0.trimmingBlanks()) }
    }

    func names(_ node: XMLNode, _ name: String) -> [String] {
        (node.attribute(name) ?? "").split(whereSeparator: \.isWhitespace).map(String.init)
    }

    /// Prose as it appears in the file, with its indentation folded.
    func normalisedText(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingBlanks() }
            .filter { !$0.isEmpty }.joined(separator: " ")
    }

    // MARK: Diagnostics

    /// The errors found: the first `DiagnosticList.limit`, then a count of the rest.
    var diagnostics: [Diagnostic] { found.all }

    /// Records an error at an element (its start tag).
    func report(_ message: String, at node: XMLNode) {
        report(message, line: node.line, column: max(1, node.column), note: nil)
    }

    /// Records an error at a file position, with a caret excerpt.
    func report(_ message: String, line: Int, column: Int, note: String?) {
        record { diagnostic(message, line: line, column: column, note: note) }
    }

    /// Records the diagnostic `make` builds, building it only while the list has room.
    func record(_ make: () -> Diagnostic) {
        found.append(make())
    }

    /// The error `message` at a file position, with a caret excerpt.
    func diagnostic(_ message: String, line: Int, column: Int, note: String?) -> Diagnostic {
        Diagnostic(file: tree.file, line: line, column: column, message: message,
                   excerpt: Diagnostic.Excerpt(lines: tree.sourceLines, line: line, column: column, note: note))
    }
}

extension StringProtocol {
    /// The text without leading and trailing blanks and newlines.
    func trimmingBlanks() -> String {
        guard let first = firstIndex(where: { !$0.isWhitespace }),
              let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}
