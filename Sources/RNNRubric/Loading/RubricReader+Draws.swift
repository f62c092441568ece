import RNNMath
import RNNXML

extension RubricReader {
    /// The `draw` of a parameter, input or target, if it has one; bad bounds and lists are reported.
    func readDraw(_ node: XMLNode) -> DrawSpec? {
        guard let kind = node.attribute("draw")?.trimmingBlanks() else {
            for name in ["min", "max", "step", "from", "exclude"] where node.attribute(name) != nil {
                report("\(name)=\"…\" only means something with draw=\"integer\", \"decimal\" or \"choice\"", at: node)
            }
            return nil
        }
        let excluded = numbers(node, "exclude") ?? []
        let shape = readShape(node)
        if kind == "choice" {
            guard let values = numbers(node, "from"), !values.isEmpty else {
                report("draw=\"choice\" needs from=\"…\": the values to choose from, for example from=\"1 2 1/2\"", at: node)
                return nil
            }
            return DrawSpec(distribution: .choice(values), excluded: excluded, shape: shape, line: node.line)
        }
        guard let min = number(node, "min"), let max = number(node, "max") else {
            report("draw=\"\(kind)\" needs min=\"…\" and max=\"…\" (exact numbers such as -1 or 0.5)", at: node)
            return nil
        }
        let step = number(node, "step") ?? (kind == "integer" ? Rational(1) : nil)
        guard let step, step > Rational(0) else {
            report("draw=\"\(kind)\" needs a positive step=\"…\" (for example 0.1)", at: node)
            return nil
        }
        if kind == "integer" && !(min.isInteger && max.isInteger && step.isInteger) {
            report("draw=\"integer\" needs whole min, max and step; use draw=\"decimal\" for fractions", at: node)
        }
        guard min <= max else {
            report("min=\"\(min)\" is above max=\"\(max)\": no value can be drawn", at: node)
            return nil
        }
        let draw = DrawSpec(distribution: .grid(min: min, max: max, step: step), excluded: excluded, shape: shape, line: node.line)
        if draw.support.count > 100_000 {
            report("this draw has more than 100000 values between min and max; use a larger step", at: node)
            return nil
        }
        if draw.support.isEmpty { report("every value this draw could take is excluded", at: node) }
        return draw
    }

    /// A `<require>` element of a model.
    func readRequirement(_ node: XMLNode) -> RequireSpec? {
        guard let ask = expression(node, attribute: "ask") else { return nil }
        let conditions: [RequireSpec.Condition] = [
            number(node, "below").map { .below($0) }, number(node, "above").map { .above($0) },
            number(node, "not").map { .not($0) },
        ].compactMap { $0 }
        guard conditions.count == 1, let condition = conditions.first else {
            report("require needs exactly one of below=\"…\", above=\"…\" or not=\"…\"", at: node)
            return nil
        }
        return RequireSpec(ask: ask, condition: condition, statement: normalisedText(node.text), line: node.line)
    }

    /// The assignment's `<variants>` element.
    func readVariantSettings(_ node: XMLNode) -> VariantSettings {
        VariantSettings(saltFile: node.attribute("salt-file"), saltEnvironment: node.attribute("salt-env"),
                        tries: int(node, "tries") ?? 1000, keyDecimals: int(node, "key-decimals"),
                        style: enumeration(node, "style") ?? .decimal, line: node.line)
    }

    /// The `shape` attribute as rows × cols (`2x2`), reported when malformed.
    func readShape(_ node: XMLNode) -> (rows: Int, cols: Int)? {
        guard let text = node.attribute("shape") else { return nil }
        let sides = text.lowercased().split(whereSeparator: { $0 == "x" || $0 == "×" }).compactMap { Int($0.trimmingBlanks()) }
        guard sides.count == 2, sides.allSatisfy({ $0 > 0 }) else {
            report("shape '\(text)' should be rows×cols, for example 2x2 or 3x1", at: node)
            return nil
        }
        return (sides[0], sides[1])
    }

    /// An exact number attribute (`-1`, `0.1`, `1/3`), reported when it is not one.
    private func number(_ node: XMLNode, _ name: String) -> Rational? {
        guard let text = node.attribute(name) else { return nil }
        guard let value = Rational.parse(text) else {
            report("\(name)=\"\(text)\" should be an exact number such as -1, 0.25 or 1/3", at: node)
            return nil
        }
        return value
    }

    /// A blank-separated list of exact numbers, reported when an item is not one.
    private func numbers(_ node: XMLNode, _ name: String) -> [Rational]? {
        guard let text = node.attribute(name) else { return nil }
        var values: [Rational] = []
        for item in text.split(whereSeparator: \.isWhitespace) {
            guard let value = Rational.parse(String(item)) else {
                report("\(name)=\"\(text)\": '\(item)' should be an exact number such as -1, 0.25 or 1/3", at: node)
                return nil
            }
            values.append(value)
        }
        return values
    }
}
