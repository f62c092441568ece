import RNNXML
import Testing
@testable import RNNRubric

/// The preset options `layout`, `gate-order`, `bias`, `layers`, `time-origin`: read into
/// ``CellOptions``, each bad value an error at the attribute's value that lists what is allowed.
struct CellOptionsReadingTests {
    /// The diagnostics and cell of `<model …>` read without the schema (``CellReadingTests``).
    func read(_ attributes: String) throws -> (cell: CellSpec?, messages: [String]) {
        try CellReadingTests().read(attributes)
    }

    @Test func defaultsAreTheConventionsOwn() throws {
        let options = try #require(try read(#"cell="lstm" input-size="1" hidden-size="1""#).cell).options
        #expect(options == CellOptions())
        #expect(options.layerCount == 1)
    }

    @Test func cs231nOptionsAreRead() throws {
        let read = try read(#"cell="lstm" convention="keras" input-size="4" hidden-size="5" layout="rows" gate-order="i, f, o, c" bias="one" layers="2" time-origin="0""#)
        #expect(read.messages.isEmpty)
        let options = try #require(read.cell).options
        #expect(options == CellOptions(layout: .rows, gateOrder: ["i", "f", "o", "c"], biases: .one, layers: 2, timeOrigin: 0))
    }

    /// Line 2, column 16: the first character of the value after `       layout="`.
    @Test func unknownLayoutIsLocated() throws {
        let read = try read(#"layout="diagonal" cell="elman" input-size="1" hidden-size="1""#)
        #expect(read.messages == ["2:16 unknown layout 'diagonal'; use columns (x is I×N, the default) or rows (x is N×I, a batch of rows)"])
    }

    @Test func gateOrderMustBeAPermutation() throws {
        let read = try read(#"gate-order="i,f,g,g" cell="lstm" input-size="1" hidden-size="1""#)
        #expect(read.messages == ["2:20 gate-order 'i,f,g,g' must name each gate of a pytorch lstm cell once, separated by commas: a permutation of i,f,g,o"])
        #expect(read.cell?.options.gateOrder == nil)
    }

    @Test func gateOrderNeedsAStackedConvention() throws {
        let read = try read(#"gate-order="i,f,g,o" cell="lstm" convention="textbook" input-size="1" hidden-size="1""#)
        #expect(read.messages == ["2:20 gate-order applies to stacked matrices (convention pytorch or keras); the textbook convention names each gate's own parameters"])
    }

    @Test func twoBiasesNeedAStackedConvention() throws {
        let read = try read(#"bias="two" cell="gru" convention="chung" input-size="1" hidden-size="1""#)
        #expect(read.messages == ["2:14 bias 'two' is not allowed here; use one (the chung convention has its own b_<gate> per gate; two biases need pytorch or keras)"])
        let unknown = try self.read(#"bias="three" cell="gru" input-size="1" hidden-size="1""#)
        #expect(unknown.messages == ["2:14 bias 'three' is not allowed here; use one or two"])
    }

    @Test func layersAndTimeOriginAreChecked() throws {
        let read = try read(#"layers="0" time-origin="2" cell="gru" input-size="1" hidden-size="1""#)
        #expect(read.messages == ["2:16 layers '0' must be a whole number of layers, 1 or more",
                                  "2:32 time-origin '2' must be 0 (x[0] is the first input, h[-1] the initial state) or 1 (the default: x[1] first, h[0] initial)"])
    }

    /// With `layers`, every name carries its layer's suffix and later layers read H features.
    @Test func layerNamesAndShapes() throws {
        let spec = try #require(try read(#"cell="gru" input-size="3" hidden-size="2" layers="2""#).cell)
        let shapes = CellCatalog.parameterShapes(spec).map { $0.shape.parameter(at: .init(input: 3, hidden: 2)) }
        #expect(shapes.map(\.name) == ["weight_ih_l0", "weight_hh_l0", "bias_ih_l0", "bias_hh_l0",
                                       "weight_ih_l1", "weight_hh_l1", "bias_ih_l1", "bias_hh_l1"])
        #expect(shapes.map(\.rows) == [6, 6, 6, 6, 6, 6, 6, 6])
        #expect(shapes.map(\.cols) == [3, 2, 1, 1, 2, 2, 1, 1])
        #expect(CellCatalog.timeIndexedNames(spec) == ["h_l0", "gate_r_l0", "gate_z_l0", "gate_n_l0",
                                                        "h_l1", "gate_r_l1", "gate_z_l1", "gate_n_l1", "h"])
        #expect(CellCatalog.initialStateNames(spec) == ["h_l0", "h_l1"])
    }

    /// With layers, `<state name="h">` is an error naming the per-layer states.
    @Test func layeredCellRejectsAnUnsuffixedState() throws {
        let text = "<model id=\"m\" cell=\"lstm\" input-size=\"1\" hidden-size=\"1\" layers=\"2\">\n  <state name=\"c\" initial=\"[0]\"/>\n</model>"
        let tree = try SafeXML.parse(bytes: Array(text.utf8), file: "m.xml", schema: nil).get()
        let reader = RubricReader(tree: tree)
        _ = reader.readModel(tree.root)
        #expect(reader.diagnostics.map { "\($0.line):\($0.column) \($0.message)" }
                == ["2:3 with layers=\"2\" each layer has its own initial state: name it c_l0 … c_l1, not c"])
    }

    /// PyTorch with one bias has a single stacked `bias`; Keras with two a 2-row `bias`.
    @Test func biasOptionChangesNamesAndShapes() {
        let sizes = CellCatalog.Sizes(input: 3, hidden: 2)
        let torch = CellCatalog.parameterShapes(.lstm, .pytorch, biases: .one).map { $0.parameter(at: sizes) }
        #expect(torch.map(\.name) == ["weight_ih", "weight_hh", "bias"])
        #expect(torch.last.map { [$0.rows, $0.cols] } == [8, 1])
        let keras = CellCatalog.parameterShapes(.lstm, .keras, biases: .two).map { $0.parameter(at: sizes) }
        #expect(keras.last.map { [$0.rows, $0.cols] } == [2, 8])
    }
}
