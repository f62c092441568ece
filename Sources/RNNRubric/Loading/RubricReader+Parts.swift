import RNNExpr
import RNNXML

extension RubricReader {
    /// Reads a `<part>`: its answer kind and its grading rules.
    func readPart(_ node: XMLNode, problemID: String) -> Part {
        let localID = node.attribute("id") ?? ""
        let answerNode = node.children.first { Self.answerElements.contains($0.name) }
        return Part(id: "\(problemID).\(localID)", localID: localID,
                    points: double(node, "points") ?? 0,
                    prompt: node.child(named: "prompt").map { normalisedText($0.text) },
                    modelID: node.attribute("model"),
                    answer: answerNode.map(readAnswer) ?? .manual(criteria: ""),
                    tolerance: node.child(named: "tolerance").map(readTolerance),
                    followThroughCredit: node.child(named: "follow-through").flatMap { double($0, "credit") },
                    revealKey: bool(node, "reveal"),
                    perElementCredit: bool(node, "per-element"),
                    mistakes: node.children(named: "mistake").compactMap(readMistake),
                    line: node.line)
    }

    /// The element names of the answer kinds.
    static let answerElements: Set<String> = [
        "number", "vector", "matrix", "interval", "choice", "multiple-choice", "formula", "design", "manual",
    ]

    private func readAnswer(_ node: XMLNode) -> AnswerSpec {
        switch node.name {
        case "number", "vector", "matrix":
            let kind = ComputedKind(rawValue: node.name) ?? .number
            if node.attribute("ask") == nil && node.attribute("key") == nil {
                report("a \(node.name) part needs ask=\"…\" (computed by rnngrade) or key=\"…\"", at: node)
            }
            return .computed(kind: kind, ask: expression(node, attribute: "ask"), key: node.attribute("key"))
        case "interval":
            if node.attribute("key") == nil || node.attribute("ask") != nil {
                report("an interval part is graded against its key, as in key=\"(0, 1)\"; it takes no ask", at: node)
            }
            return .interval(ask: expression(node, attribute: "ask"), key: node.attribute("key"))
        case "choice", "multiple-choice":
            return .choice(readChoice(node))
        case "formula":
            return readFormula(node).map(AnswerSpec.formula) ?? .manual(criteria: "")
        case "design":
            return .design(readDesign(node))
        default:
            return .manual(criteria: normalisedText(node.text))
        }
    }

    private func readChoice(_ node: XMLNode) -> ChoiceSpec {
        let options = node.children(named: "option").map { (id: $0.attribute("id") ?? "", text: normalisedText($0.text)) }
        let key = names(node, "key")
        let multiple = node.name == "multiple-choice"
        for id in key where !options.contains(where: { $0.id == id }) {
            report("the key names option '\(id)', which this question does not have (options: \(options.map(\.id).joined(separator: ", ")))", at: node)
        }
        let ask = expression(node, attribute: "ask")
        if node.attribute("ask") != nil && (multiple || !key.isEmpty) {
            report("a choice's ask computes its one key option, so it goes on a <choice> without key=\"…\"", at: node)
        } else if node.attribute("ask") == nil && !multiple && key.count != 1 {
            report("a single-choice question needs exactly one key option; use <multiple-choice> for several", at: node)
        } else if node.attribute("ask") == nil && key.isEmpty {
            report("a multiple-choice question needs key=\"…\" with its right options", at: node)
        }
        var seen: Set<String> = []
        for option in node.children(named: "option") {
            let id = option.attribute("id") ?? ""
            if !seen.insert(id).inserted { report("option id '\(id)' is used twice in this question", at: option) }
        }
        return ChoiceSpec(options: options, key: key, multiple: multiple, penalty: double(node, "penalty"), ask: ask)
    }

    private func readFormula(_ node: XMLNode) -> FormulaSpec? {
        guard let key = expression(node, attribute: "key") else { return nil }
        let low = double(node, "low") ?? -2
        let high = double(node, "high") ?? 2
        if !(low < high) { report("the formula's domain needs low < high (got \(low) and \(high))", at: node) }
        return FormulaSpec(key: key, variables: names(node, "variables"),
                           integerDomain: node.attribute("domain") == "integer",
                           low: low, high: high, points: int(node, "points") ?? 20)
    }

    private func readMistake(_ node: XMLNode) -> MistakeSpec? {
        guard let ask = expression(node, attribute: "ask") else { return nil }
        return MistakeSpec(ask: ask, modelID: node.attribute("model"), credit: double(node, "credit") ?? 0,
                           feedback: normalisedText(node.text), line: node.line)
    }

    private func readDesign(_ node: XMLNode) -> DesignSpec {
        let reading: (Double, Double)? = node.attribute("read") == "threshold"
            ? (double(node, "threshold") ?? 0.5, double(node, "margin") ?? 0) : nil
        return DesignSpec(
            modelID: node.attribute("model") ?? "", free: names(node, "free"),
            output: node.attribute("output") ?? "",
            alphabet: expressionList(node, attribute: "alphabet"),
            maxLength: int(node, "max-length"),
            randomCount: int(node, "random") ?? 200, randomLength: int(node, "random-length") ?? 40,
            seed: UInt64(int(node, "seed") ?? 1),
            thresholdReading: reading,
            cases: node.children(named: "case").map { (input: expressionList($0, attribute: "input"),
                                                        output: expressionList($0, attribute: "output"),
                                                        line: $0.line) },
            expectation: node.child(named: "expect").flatMap(expressionText),
            referenceModelID: node.child(named: "reference").map { $0.text.trimmingBlanks() })
    }
}
