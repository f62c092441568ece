/// The most work one rubric may ask of the solver, so that a rubric or answer written by
/// someone else ends in bounded time and memory with a message saying what was too big.
///
/// One value is made per rubric (the defaults below, or the rubric's `<budget>` element inside
/// `<defaults>`) and handed to every computation that can grow: the solver's graph, exact
/// determinants, inverses and matrix powers, the design checker's search and formula sampling.
/// docs/limits.md lists every limit and how a rubric raises it.
///
///     WorkBudget.standard.exactBits   // 4096
package struct WorkBudget: Hashable, Sendable {
    /// The largest bit length of an exact numerator or denominator.
    package var exactBits: Int
    /// The most nodes one unrolled graph may record; also the most node visits (backward passes
    /// times the nodes each walks) and the most entries of one jacobian.
    package var graphNodes: Int
    /// The largest n for which an n×n determinant, inverse or matrix power is computed exactly.
    package var exactMatrixSize: Int
    /// The most input sequences a design check may enumerate.
    package var designSequences: Int
    /// The most sample points a formula check may evaluate.
    package var formulaSamples: Int
    /// The most work one `<data>` block may do, in element operations: every array element it
    /// computes costs one, or for exact operands the product of their sizes in 64-bit words.
    package var dataWork: Int
    /// The most network steps one design check may run, over its proof, every sequence up to
    /// max-length, the random sequences and the cases, for the student's and the intended network.
    package var designSteps: Int

    /// A budget with the given limits; each defaults to ``standard``'s.
    package init(exactBits: Int = 4096, graphNodes: Int = 250_000, exactMatrixSize: Int = 20,
                designSequences: Int = 50_000_000, formulaSamples: Int = 10_000,
                dataWork: Int = 1_000_000, designSteps: Int = 500_000) {
        self.exactBits = exactBits
        self.graphNodes = graphNodes
        self.exactMatrixSize = exactMatrixSize
        self.designSequences = designSequences
        self.formulaSamples = formulaSamples
        self.dataWork = dataWork
        self.designSteps = designSteps
    }

    /// The defaults: 4096-bit numerators and denominators, 250,000 graph nodes, exact
    /// determinants, inverses and powers up to 20×20, 50 million design sequences, 10,000
    /// formula samples, 1 million element operations per data block and 500,000 design steps.
    package static let standard = WorkBudget()
}
