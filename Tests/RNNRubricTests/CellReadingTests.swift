import RNNXML
import Testing
@testable import RNNRubric

/// The reader parses `cell` and `convention` into the enums once; a value outside them (which
/// the schema would already refuse) is an error at the attribute's value, not a string passed on.
struct CellReadingTests {
    /// The diagnostics and cell of `<model …>` read without the schema.
    func read(_ attributes: String) throws -> (cell: CellSpec?, messages: [String]) {
        let text = "<model id=\"m\"\n       \(attributes)/>"
        let tree = try SafeXML.parse(bytes: Array(text.utf8), file: "m.xml", schema: nil).get()
        let reader = RubricReader(tree: tree)
        let model = reader.readModel(tree.root)
        return (model.cell, reader.diagnostics.map { "\($0.line):\($0.column) \($0.message)" })
    }

    @Test func knownValuesBecomeTheEnums() throws {
        let read = try read(#"cell="gru" convention="keras" input-size="2" hidden-size="3" reset-after="false""#)
        let cell = try #require(read.cell)
        #expect((cell.kind, cell.convention, cell.inputSize, cell.hiddenSize, cell.resetAfter) == (.gru, .keras, 2, 3, false))
        #expect(read.messages.isEmpty)
    }

    @Test func conventionDefaultsToPyTorch() throws {
        #expect(try read(#"cell="lstm" input-size="1" hidden-size="1""#).cell?.convention == .pytorch)
    }

    /// Line 2, column 14: the first character of the value after `       cell="`.
    @Test func unknownKindIsLocated() throws {
        let read = try read(#"cell="transformer" input-size="1" hidden-size="1""#)
        #expect(read.cell == nil)
        #expect(read.messages == ["2:14 unknown cell 'transformer'; use elman, lstm, gru"])
    }

    /// Line 2, column 32: after `       cell="lstm" convention="`.
    @Test func unknownConventionIsLocated() throws {
        let read = try read(#"cell="lstm" convention="jax" input-size="1" hidden-size="1""#)
        #expect(read.cell == nil)
        #expect(read.messages == ["2:32 unknown convention 'jax'; use pytorch, keras, textbook, chung, peephole"])
    }
}
