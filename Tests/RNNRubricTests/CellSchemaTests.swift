import Testing
@testable import RNNRubric

/// The schema's `Cell` and `Convention` types list exactly the raw values of `CellKind` and
/// `CellConvention`, so a rubric the schema accepts always parses into the enums and back.
struct CellSchemaTests {
    /// The `value`s of the `<xs:enumeration>`s inside `<xs:simpleType name="name">` of the
    /// embedded rubric schema, in document order.
    func enumeration(_ name: String) throws -> [String] {
        let text = RubricSchema.text
        let start = try #require(text.range(of: "<xs:simpleType name=\"\(name)\">"))
        let end = try #require(text.range(of: "</xs:simpleType>", range: start.upperBound..<text.endIndex))
        let marker = "<xs:enumeration value=\""
        return text[start.upperBound..<end.lowerBound].components(separatedBy: marker).dropFirst().map {
            String($0.prefix { $0 != "\"" })
        }
    }

    @Test func cellTypeListsTheCellKinds() throws {
        #expect(try enumeration("Cell") == CellKind.allCases.map(\.rawValue))
    }

    @Test func conventionTypeListsTheConventions() throws {
        #expect(try enumeration("Convention") == CellConvention.allCases.map(\.rawValue))
    }
}
