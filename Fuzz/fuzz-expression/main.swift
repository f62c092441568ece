import FuzzSupport
import RNNExpr

// The expression parser, as expressions and as equations. Properties: a text that parses prints
// (Expr+Description) as a text that parses to the same tree; a refused text's error points inside
// the text or just past its end.
fuzz { bytes in
    guard let text = String(validating: bytes, as: UTF8.self) else { return }
    let length = text.count
    do throws(ExpressionError) {
        let expression = try ExpressionParser.parseExpression(text)
        let printed = expression.description
        do {
            let again = try ExpressionParser.parseExpression(printed)
            require(again.isSameTree(as: expression), "\(text.debugDescription) prints as \(printed.debugDescription), which parses to another tree")
        } catch {
            require(false, "\(text.debugDescription) prints as \(printed.debugDescription), which does not parse: \(error)")
        }
    } catch {
        require((0...length).contains(error.range.lowerBound), "error at \(error.range) outside \(text.debugDescription)")
    }
    guard let equation = try? ExpressionParser.parseEquation(text) else { return }
    let printed = equation.description
    do {
        let again = try ExpressionParser.parseEquation(printed)
        let sameIndex = switch (again.index, equation.index) {
        case (nil, nil): true
        case let (first?, second?): first.isSameTree(as: second)
        default: false
        }
        require(again.name == equation.name && sameIndex && again.right.isSameTree(as: equation.right),
                "equation \(text.debugDescription) prints as \(printed.debugDescription), which parses to another equation")
    } catch {
        require(false, "equation \(text.debugDescription) prints as \(printed.debugDescription), which does not parse: \(error)")
    }
}
