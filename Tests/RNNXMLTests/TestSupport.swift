import Foundation
import RNNExpr
import Testing
@testable import RNNXML

/// A small schema for the tests: a `course` of `question`s in namespace `urn:rnngrade:test`.
let testXSD = """
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
           targetNamespace="urn:rnngrade:test" xmlns="urn:rnngrade:test"
           elementFormDefault="qualified">
  <xs:element name="course">
    <xs:complexType>
      <xs:sequence>
        <xs:element name="question" maxOccurs="unbounded">
          <xs:complexType mixed="true">
            <xs:sequence>
              <xs:element name="note" type="xs:string" minOccurs="0"/>
            </xs:sequence>
            <xs:attribute name="id" type="xs:string" use="required"/>
            <xs:attribute name="points" type="xs:positiveInteger"/>
          </xs:complexType>
        </xs:element>
      </xs:sequence>
      <xs:attribute name="title" type="xs:string"/>
    </xs:complexType>
  </xs:element>
</xs:schema>
"""

/// The compiled test schema, shared by every test (as the grader shares its rubric schema).
let testSchema: XMLSchema = {
    do { return try XMLSchema(xsd: testXSD, name: "test.xsd") } catch { fatalError("test.xsd: \(error)") }
}()

/// A document valid under `testXSD`.
let validDocument = """
<?xml version="1.0" encoding="UTF-8"?>
<course xmlns="urn:rnngrade:test" title="RNNs &amp; LSTMs">
  <question id="q1" points="3">Compute h<![CDATA[[1] < 2]]><note>exact</note> please</question>
  <question
      id="q2"
      points="5"/>
</course>
"""

/// Parses `text` as the file `name`.
func parse(_ text: String, schema: XMLSchema? = testSchema, name: String = "test.xml", limits: XMLLimits = .init())
    -> Result<XMLDocumentTree, XMLLoadFailure>
{
    SafeXML.parse(bytes: Array(text.utf8), file: name, schema: schema, limits: limits)
}

/// The single diagnostic of a failed load; records a test issue and returns nil otherwise.
func singleDiagnostic(
    _ result: Result<XMLDocumentTree, XMLLoadFailure>, sourceLocation: SourceLocation = #_sourceLocation
) -> Diagnostic? {
    switch result {
    case .success:
        Issue.record("expected a failure, got a tree", sourceLocation: sourceLocation)
        return nil
    case .failure(let failure):
        #expect(failure.diagnostics.count == 1, "\(failure)", sourceLocation: sourceLocation)
        return failure.diagnostics.first
    }
}

/// A fresh temporary directory, removed after `body`.
func withTemporaryDirectory<T>(_ body: (URL) throws -> T) throws -> T {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("rnnxml-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    return try body(directory)
}

/// The processor seconds `body` takes on this thread. Unlike wall-clock time it does not grow
/// when other processes load the machine, so the bounds in these tests catch quadratic
/// behaviour without failing on a busy machine.
func seconds(_ body: () -> Void) -> Double {
    func threadTime() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }
    let start = threadTime()
    body()
    return threadTime() - start
}
