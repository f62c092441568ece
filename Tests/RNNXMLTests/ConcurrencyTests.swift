import Dispatch
import Synchronization
import Testing
@testable import RNNXML

@Suite("One schema shared across threads")
struct ConcurrencyTests {
    /// 4 threads × 500 parses and validations with the shared `testSchema` agree with a serial run.
    @Test func sharedSchemaAcrossFourThreads() {
        let invalid = "<course xmlns='urn:rnngrade:test'>\n  <question points='0'/>\n</course>"
        let expectedTree = try? parse(validDocument).get().root
        let expectedFailure = String(describing: parse(invalid))
        let threads = 4, rounds = 500
        let disagreements = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: threads) { thread in
            for round in 0..<rounds {
                let name = "t\(thread)-\(round).xml"
                let valid = try? parse(validDocument, name: name).get()
                if valid?.root != expectedTree || valid?.file != name { disagreements.add(1, ordering: .relaxed) }
                if String(describing: parse(invalid)) != expectedFailure { disagreements.add(1, ordering: .relaxed) }
            }
        }
        #expect(expectedTree != nil)
        #expect(expectedFailure.contains("test.xml:2:3:"))
        #expect(disagreements.load(ordering: .relaxed) == 0)
    }
}
