extension ExpressionChecker {
    /// Checks that `name` is a function and that the arguments fit its catalogue entry.
    func checkCall(_ call: Expr, name: String, arguments: [Expr.Argument], into errors: inout [ExpressionError]) {
        let nameRange = SourceRange(lowerBound: call.range.lowerBound, upperBound: call.range.lowerBound + name.count)
        guard let function = scope.function(named: name) else {
            errors.append(unknownFunction(name, at: nameRange))
            return
        }
        var positionalCount = 0
        var seenLabels: Set<String> = []
        for argument in arguments {
            guard let label = argument.label else {
                if !seenLabels.isEmpty {
                    errors.append(ExpressionError(
                        message: "positional argument after a labelled one", range: argument.range,
                        expected: "put it before the labelled arguments"))
                }
                if positionalCount == function.arity.upperBound {
                    errors.append(ExpressionError(
                        message: arityMessage(function, given: arguments.count { $0.label == nil }),
                        range: argument.range, expected: "remove this argument"))
                } else if positionalCount < function.arity.upperBound {
                    let kind = function.kind(ofPositional: positionalCount)
                    checkArgument(argument.value, kind, "argument \(positionalCount + 1) of \(name)", into: &errors)
                }
                positionalCount += 1
                continue
            }
            let labelRange = SourceRange(
                lowerBound: argument.range.lowerBound, upperBound: argument.range.lowerBound + label.count)
            if let parameter = function.labels.first(where: { $0.name == label }) {
                if !seenLabels.insert(label).inserted {
                    errors.append(ExpressionError(
                        message: "argument '\(label)' is given twice", range: labelRange, expected: nil))
                }
                checkArgument(argument.value, parameter.kind, "'\(label)'", into: &errors)
            } else {
                errors.append(unknownLabel(label, of: function, at: labelRange))
            }
        }
        if positionalCount < function.arity.lowerBound {
            errors.append(ExpressionError(
                message: arityMessage(function, given: positionalCount), range: call.range, expected: nil))
        }
        for parameter in function.labels where parameter.isRequired && !seenLabels.contains(parameter.name) {
            errors.append(ExpressionError(
                message: "\(function.name) needs the argument '\(parameter.name)'", range: call.range,
                expected: "add \(parameter.name)=…"))
        }
    }

    /// Checks one argument's value against what the parameter accepts; `what` names the
    /// parameter in messages: `argument 2 of grad`, `'hidden'`.
    private func checkArgument(
        _ value: Expr, _ kind: BuiltinFunction.ArgumentKind, _ what: String, into errors: inout [ExpressionError]
    ) {
        switch kind {
        case .expression:
            check(value, inTimeIndex: false, into: &errors)
        case .variable:
            let named = switch value.kind {
            case .index(let base, _): base
            default: value
            }
            guard case .name = named.kind else {
                errors.append(ExpressionError(
                    message: "\(what) must be a parameter or a state at one time step", range: value.range,
                    expected: "such as W_h or h[1]"))
                return
            }
            check(value, inTimeIndex: false, into: &errors)
        case .sequence:
            guard case .name(let name) = value.kind, scope.timeIndexed.contains(name) else {
                errors.append(ExpressionError(
                    message: "\(what) must be a time-indexed name, all of whose steps are meant", range: value.range,
                    expected: scope.timeIndexed.sorted().first.map { "such as \($0)" }))
                return
            }
        case let .choice(words):
            let (word, note): (String?, String?) = switch value.kind {
            case let .name(text): (text, suggestion(for: text, among: words))
            case let .number(text): (text, nil)
            case let .unary(.negate, operand): if case let .number(text) = operand.kind { ("-" + text, nil) } else { (nil, nil) }
            default: (nil, nil)
            }
            guard let word, words.contains(word) else {
                errors.append(ExpressionError(
                    message: "\(what) must be one of \(words.joined(separator: ", "))", range: value.range,
                    expected: note))
                return
            }
        case .count:
            // Digits, or an expression over the names in scope (a size the rubric draws per
            // student), whose value the solver checks.
            guard case let .number(text) = value.kind else {
                check(value, inTimeIndex: false, into: &errors)
                return
            }
            guard text.allSatisfy({ $0.isASCII && $0.isWholeNumber }) else {
                errors.append(ExpressionError(
                    message: "\(what) must be a whole number", range: value.range, expected: "such as 10"))
                return
            }
        }
    }

    /// `sigmoid takes 1 argument, but 2 were given`.
    private func arityMessage(_ function: BuiltinFunction, given: Int) -> String {
        let (low, high) = (function.arity.lowerBound, function.arity.upperBound)
        let takes = switch high - low {
        case 0: "\(low) argument\(low == 1 ? "" : "s")"
        case 1: "\(low) or \(high) arguments"
        default: "\(low) to \(high) arguments"
        }
        return "\(function.name) takes \(takes), but \(given) \(given == 1 ? "was" : "were") given"
    }

    /// `unknown function 'sigmod'`, or `'h' is not a function` for a name in scope.
    private func unknownFunction(_ name: String, at range: SourceRange) -> ExpressionError {
        if scope.timeIndexed.contains(name) {
            return ExpressionError(
                message: "'\(name)' is not a function", range: range, expected: "write \(name)[t] for a time step")
        }
        if scope.names.contains(name) {
            return ExpressionError(
                message: "'\(name)' is not a function", range: range, expected: "write \(name)*(…) for a product")
        }
        return ExpressionError(
            message: "unknown function '\(name)'", range: range,
            expected: suggestion(for: name, among: scope.functionSpellings))
    }

    /// `params has no argument 'hiden'` with a suggestion or the list of labels.
    private func unknownLabel(_ label: String, of function: BuiltinFunction, at range: SourceRange) -> ExpressionError {
        let labels = function.labels.map(\.name)
        let note = suggestion(for: label, among: labels)
            ?? (labels.isEmpty
                ? "\(function.name) takes no labelled arguments"
                : "it takes \(labels.joined(separator: ", "))")
        return ExpressionError(message: "\(function.name) has no argument '\(label)'", range: range, expected: note)
    }
}
