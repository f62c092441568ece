import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// `rnngrade serve` as a process: it refuses to start on a rubric that fails verification,
/// prints links as CSV, and on an ephemeral port prints its address, serves, records, and
/// exits 0 on SIGTERM with the answered check exported afterwards.
@Suite struct ServeCommandTests {
    @Test func refusesToStartWhenVerificationFails() throws {
        let folder = try TemporaryFolder()
        try folder.write("<rubric/>\n", to: "broken.xml")
        let run = try Executable.run(["serve", folder.path("broken.xml"), "--port", "0", "--data", folder.path("data")])
        #expect(run.status == 1)
        #expect(run.stderr.contains("broken.xml: 0 of 1 checks passed\n  FAIL schema and rules\n"))
        #expect(run.stderr.hasSuffix("serve: 1 verification check failed; the server was not started\n"))
        #expect(!FileManager.default.fileExists(atPath: folder.path("data")))
    }

    @Test func linksArePrintedAsCSV() throws {
        let folder = try TemporaryFolder()
        try folder.write("id,name\n17,\"Lovelace, Ada\"\n", to: "roster.csv")
        let run = try Executable.run(["serve", "Rubrics/in5400-w10.xml", "--roster", folder.path("roster.csv"), "--data", folder.path("data"),
                                      "--public-url", "https://check.example/", "--links"])
        #expect(run.status == 0)
        let lines = run.stdout.components(separatedBy: "\r\n")
        #expect(lines.count == 3)
        #expect(lines[0] == "student,name,assignment,link")
        #expect(lines[1].hasPrefix("17,\"Lovelace, Ada\",in5400-w10,https://check.example/a/in5400-w10?student=17&token="))
        #expect(lines[1].count - lines[1].distance(from: lines[1].startIndex, to: lines[1].range(of: "token=")!.upperBound) == 43)
        let mode = try FileManager.default.attributesOfItem(atPath: folder.path("data/secret"))[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test func aFamilyWithARosterNeedsItsSalt() throws {
        let folder = try TemporaryFolder()
        try folder.write("id\ns1\n", to: "roster.csv")
        try folder.write("serve-end-to-end-salt-6b1f0e2a\n", to: "salt.txt")
        let arguments = ["serve", "Rubrics/in5400-w10-family.xml", "--roster", folder.path("roster.csv"), "--data", folder.path("data"), "--links"]
        let without = try Executable.run(arguments, environment: ["RNNGRADE_IN5400_SALT": ""])
        #expect(without.status == 1)
        #expect(without.stderr.contains("$RNNGRADE_IN5400_SALT: the salt has 0 characters, fewer than 16"), "\(without.stderr)")
        let with = try Executable.run(arguments + ["--salt-file", folder.path("salt.txt")])
        #expect(with.status == 0, "\(with.stderr)")
        #expect(with.stdout.contains("s1,,in5400-w10-family,http://127.0.0.1:8080/a/in5400-w10-family?student=s1&token="))
        #expect(!with.stdout.contains("serve-end-to-end-salt"))
    }

    @Test func servesOnAnEphemeralPortAndStopsOnSIGTERM() throws {
        let folder = try TemporaryFolder()
        let process = Process()
        process.executableURL = try Executable.url()
        process.arguments = ["serve", "Rubrics/in5400-w10.xml", "--port", "0", "--data", folder.path("data")]
        process.currentDirectoryURL = Executable.repositoryRoot
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        var line: [UInt8] = []
        while let byte = try output.fileHandleForReading.read(upToCount: 1)?.first, byte != 10 { line.append(byte) }
        let first = String(decoding: line, as: UTF8.self)
        #expect(first.hasPrefix("rnngrade serve: listening on http://127.0.0.1:"))
        let port = try #require(Int(first.split(separator: ":").last ?? ""))
        #expect(port > 0)
        let health = try Data(contentsOf: URL(string: "http://127.0.0.1:\(port)/health")!)
        #expect(String(decoding: health, as: UTF8.self) == "{\"status\":\"ok\",\"assignments\":1}\n")
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let export = try Executable.run(["attempts", "export", "--data", folder.path("data")])
        #expect(export.stdout == "time,student,assignment,points,verdicts,answers\r\n")
    }
}
