import RNNExpr
import RNNMath

extension FunctionCall {
    /// Functions evaluated on their arguments' values: linear algebra and the question helpers.
    func valueFunction() throws(SolverError) -> Matrix {
        do {
            switch name {
            case "det":
                let m = try square(value(0), "det")
                return .scalar(try graph.withinBudget { () throws(MathError) in try m.determinant(budget: graph.budget) }
                    otherwise: { () throws(MathError) in try m.inFloatingPoint().determinant() })
            case "inv":
                let m = try square(value(0), "inv")
                return try graph.withinBudget { () throws(MathError) in try m.inverse(budget: graph.budget) }
                    otherwise: { () throws(MathError) in try m.inFloatingPoint().inverse() }
            case "diag": return try diagonal(value(0))
            case "eigvals": return try realEigenvalues(value(0))
            case "singvals": return .column(try value(0).singularValues().map { .approx($0) })
            case "spectral_radius": return .scalar(try square(value(0), "spectral_radius").spectralRadius())
            case "norm": return .scalar(try norm(value(0), order: try normOrder()))
            default: return try questionFunction()
            }
        } catch let error as SolverError {
            throw error
        } catch let error as MathError {
            throw SolverError(error, at: range)
        } catch {
            throw SolverError("\(name): \(error)", range: range)
        }
    }

    private func square(_ m: Matrix, _ operation: String) throws(SolverError) -> Matrix {
        guard m.isSquare else { throw SolverError("\(operation) needs a square matrix, not \(m.shapeDescription)", range: range) }
        return m
    }

    /// A vector → its diagonal matrix; a square matrix → its diagonal as a column.
    private func diagonal(_ m: Matrix) throws(MathError) -> Matrix {
        if m.isVector {
            let n = m.count
            var elements = Array(repeating: Scalar.zero, count: n * n)
            for i in 0..<n { elements[i * n + i] = m.element(at: i) }
            return try Matrix(rows: n, cols: n, elements: elements)
        }
        return .column((0..<min(m.rows, m.cols)).map { m[$0, $0] })
    }

    /// Eigenvalues as a column, exact where they are rational; complex ones cannot be computed with.
    private func realEigenvalues(_ m: Matrix) throws(SolverError) -> Matrix {
        let matrix = try square(m, "eigvals")
        do {
            if matrix.isExact, let exact = try matrix.exactEigenvalues() {
                return .column(exact.map { .exact($0) })
            }
            let values = try matrix.eigenvalues()
            guard values.allSatisfy({ $0.imaginary == 0 }) else {
                throw SolverError("\(matrix.shapeDescription) matrix has complex eigenvalues; ask for eigvals(…) on its own, not inside a computation", range: range)
            }
            return .column(values.map { .approx($0.real) })
        } catch let error as SolverError {
            throw error
        } catch {
            throw SolverError("\(error)", range: range)
        }
    }

    private func normOrder() throws(SolverError) -> String {
        guard arguments.count > 1 else { return "2" }
        if case .name(let word) = try argument(1).kind { return word }
        if case .number(let digits) = try argument(1).kind { return digits }
        throw SolverError("norm's order is 1, 2, inf or fro", range: range)
    }

    private func norm(_ m: Matrix, order: String) throws -> Scalar {
        switch order {
        case "1": return try m.isVector ? vectorNorm1(m) : m.norm1()
        case "inf": return try m.isVector ? vectorNormInf(m) : m.normInf()
        case "fro": return try m.normFrobenius()
        case "2": return try m.isVector ? m.normFrobenius() : m.norm2()
        default: throw SolverError("norm's order is 1, 2, inf or fro, not \(order)", range: range)
        }
    }

    private func vectorNorm1(_ m: Matrix) -> Scalar { m.elements.reduce(Scalar.zero) { $0 + $1.magnitude } }

    private func vectorNormInf(_ m: Matrix) -> Scalar {
        m.elements.map(\.magnitude).max { $0.doubleValue < $1.doubleValue } ?? .zero
    }
}
