extension CellCatalog {
    /// A size that parameter shapes are made of.
    package enum Dimension: Sendable, Hashable {
        /// 1: a bias column, or one bias row.
        case one
        /// The input size I.
        case input
        /// The hidden size H.
        case hidden
        /// The width R of the state fed back into the cell: H, or PyTorch's `proj_size` P
        /// (only parameter counts set it apart; a preset cell has R = H).
        case recurrent
    }

    /// One side of a parameter's shape, `factor × dimension`: the stacked height `4·H` of a
    /// PyTorch LSTM's `weight_ih` is `Extent(4, .hidden)`.
    package struct Extent: Sendable, Hashable {
        /// How many blocks of `dimension` (the gate count for stacked matrices, else 1 or 2).
        package var factor: Int
        /// The size each block has.
        package var dimension: Dimension

        /// `factor × dimension`.
        package init(_ factor: Int, _ dimension: Dimension) {
            self.factor = factor
            self.dimension = dimension
        }
    }

    /// The sizes at which shapes are evaluated: input I, hidden H, and recurrent width R.
    package struct Sizes: Sendable, Hashable {
        /// I.
        package var input: Int
        /// H.
        package var hidden: Int
        /// R: H, or PyTorch's `proj_size` P when it is set.
        package var recurrent: Int

        /// Sizes with R = H unless `recurrent` is given.
        package init(input: Int, hidden: Int, recurrent: Int? = nil) {
            self.input = input
            self.hidden = hidden
            self.recurrent = recurrent ?? hidden
        }

        /// The length of `dimension`: 1, I, H or R.
        package subscript(dimension: Dimension) -> Int {
            switch dimension {
            case .one: 1
            case .input: input
            case .hidden: hidden
            case .recurrent: recurrent
            }
        }
    }
}
