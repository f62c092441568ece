extension RubricReader {
    /// Checks every expression's names against the scope it is evaluated in.
    func checkNames(_ rubric: Rubric) {
        // Filled in when RNNExpr's checker lands.
    }
}
