import Foundation
import Testing
@testable import RNNXML

@Suite("Hostile input is refused quickly, without reading other files")
struct HostileInputTests {
    @Test func externalEntityDoesNotLeakALocalFile() throws {
        try withTemporaryDirectory { directory in
            let marker = "SECRET-\(UUID().uuidString)"
            let secret = directory.appendingPathComponent("secret.txt")
            try marker.write(to: secret, atomically: true, encoding: .utf8)
            let attacks = [
                "<?xml version='1.0'?>\n<!DOCTYPE course [ <!ENTITY xxe SYSTEM '\(secret.absoluteString)'> ]>\n"
                    + "<course xmlns='urn:rnngrade:test'><question id='&xxe;'>&xxe;</question></course>",
                "<!DOCTYPE course SYSTEM '\(secret.path)'>\n<course xmlns='urn:rnngrade:test'><question id='q'/></course>",
                "<!DOCTYPE course [ <!ENTITY % p SYSTEM '\(secret.path)'> %p; ]>\n<course/>",
            ]
            for attack in attacks {
                let result = parse(attack)
                let diagnostic = singleDiagnostic(result)
                #expect(diagnostic?.message.hasPrefix("DOCTYPE declarations are not allowed") == true)
                #expect(!String(describing: result).contains(marker))
            }
            // After an earlier fatal error libxml2 no longer calls SAX handlers; nothing may load either.
            let afterError = "<?xml version='1.0' bogus?>\n" + attacks[0]
            #expect(!String(describing: parse(afterError)).contains(marker))
            let xinclude = "<a xmlns:xi='http://www.w3.org/2001/XInclude'><xi:include href='\(secret.path)' parse='text'/></a>"
            let tree = try parse(xinclude, schema: nil).get()
            #expect(tree.root.child(named: "include")?.text == "")
            #expect(!String(describing: tree).contains(marker))
            let diagnostic = singleDiagnostic(parse(attacks[0]))
            #expect(diagnostic.map { ($0.line, $0.column) } ?? (0, 0) == (2, 1))
        }
    }

    @Test func billionLaughsIsRefusedQuickly() {
        var text = "<?xml version='1.0'?>\n<!DOCTYPE lolz [\n <!ENTITY lol 'lol'>\n"
        for level in 1...9 {
            text += " <!ENTITY lol\(level) '\(String(repeating: "&lol\(level == 1 ? "" : String(level - 1));", count: 10))'>\n"
        }
        text += "]>\n<lolz>&lol9;</lolz>\n"
        var result: Result<XMLDocumentTree, XMLLoadFailure>?
        let elapsed = seconds { result = parse(text, schema: nil) }
        #expect(elapsed < 0.1)
        #expect(singleDiagnostic(result!)?.message.hasPrefix("DOCTYPE declarations are not allowed") == true)
    }

    @Test func hundredThousandNestedElements() {
        let depth = 100_000
        let text = String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth)
        var result: Result<XMLDocumentTree, XMLLoadFailure>?
        let elapsed = seconds { result = parse(text, schema: nil) }
        #expect(elapsed < 5, "about 2 ms in a release build")
        let diagnostic = singleDiagnostic(result!)
        #expect(diagnostic?.message.contains("nested too deeply") == true)
    }

    @Test func ownDepthLimitIsEnforced() {
        let nested = { (depth: Int) in String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth) }
        #expect(throws: Never.self) { try parse(nested(64), schema: nil).get() }
        let diagnostic = singleDiagnostic(parse(nested(65), schema: nil))
        #expect(diagnostic?.description == "test.xml:1:193: elements are nested more than 64 levels deep")
        #expect(singleDiagnostic(parse(nested(3), schema: nil, limits: XMLLimits(maxDepth: 2)))?.column == 7)
    }

    @Test func fiftyMegabyteFileIsRefusedBeforeReading() throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("huge.xml").path
            let chunk = Data(("<a>" + String(repeating: "x", count: (1 << 20) - 8) + "</a>\n").utf8)
            #expect(FileManager.default.createFile(atPath: path, contents: nil))
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
            for _ in 0..<50 { handle.write(chunk) }
            try handle.close()
            var result: Result<XMLDocumentTree, XMLLoadFailure>?
            let elapsed = seconds { result = SafeXML.load(path: path, schema: nil) }
            #expect(elapsed < 0.05)
            #expect(singleDiagnostic(result!)?.description
                == "\(path):1:1: this file is too large (52428800 bytes; the limit is 8388608 bytes)")
        }
    }

    @Test func oversizedBytesAreRefusedBeforeParsing() {
        let diagnostic = singleDiagnostic(parse("<a>0123456789</a>", schema: nil, limits: XMLLimits(maxBytes: 10)))
        #expect(diagnostic?.message == "this file is too large (17 bytes; the limit is 10 bytes)")
    }

    @Test func directoryIsRefused() throws {
        try withTemporaryDirectory { directory in
            let diagnostic = singleDiagnostic(SafeXML.load(path: directory.path, schema: nil))
            #expect(diagnostic?.description == "\(directory.path):1:1: this is a directory, not a file")
        }
    }

    @Test func specialFileIsRefused() {
        let diagnostic = singleDiagnostic(SafeXML.load(path: "/dev/null", schema: nil))
        #expect(diagnostic?.message.hasPrefix("this is not a regular file") == true)
    }

    @Test func fileReportingSizeZeroIsReadToTheEnd() {
        let diagnostic = singleDiagnostic(SafeXML.load(path: "/proc/self/status", schema: nil))
        #expect(diagnostic?.message.hasPrefix("this file has no XML root element") == true)
    }

    @Test func unboundedLimitDoesNotOverflow() throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("small.xml").path
            try "<a/>".write(toFile: path, atomically: true, encoding: .utf8)
            let tree = try SafeXML.load(path: path, schema: nil, limits: XMLLimits(maxBytes: .max)).get()
            #expect(tree.root.name == "a")
        }
    }

    @Test func nonexistentPathIsRefused() {
        let diagnostic = singleDiagnostic(SafeXML.load(path: "/nonexistent/rubric.xml", schema: testSchema))
        #expect(diagnostic?.description == "/nonexistent/rubric.xml:1:1: no such file")
    }

    @Test func quadraticBlowupIsRefused() {
        let big = String(repeating: "x", count: 10_000)
        let text = "<!DOCTYPE a [<!ENTITY e '\(big)'>]>\n<a>\(String(repeating: "&e;", count: 10_000))</a>"
        var result: Result<XMLDocumentTree, XMLLoadFailure>?
        let elapsed = seconds { result = parse(text, schema: nil) }
        #expect(elapsed < 0.1)
        #expect(singleDiagnostic(result!)?.line == 1)
    }
}
