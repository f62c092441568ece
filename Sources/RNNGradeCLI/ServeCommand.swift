import ArgumentParser
import Foundation
import RNNGrading
import RNNReports
import RNNServer
import RNNVariants

/// `rnngrade serve RUBRICS...`: the self-check server, a page where students check their
/// answers while the key stays on the server (docs/self-check.md).
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve a page where students check their answers against rubrics that stay on this machine."
    )

    @Argument(help: "Rubric files or folders; each is verified first, and the server does not start if any check fails.")
    var rubrics: [String]

    @Option(name: .long, help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(name: .long, help: "The port to listen on (0: any free port, printed at start).")
    var port = 8080

    @Option(name: .long, help: "A CSV file with an `id` column (and optionally `name`): only these students, each with a personal link.")
    var roster: String?

    @Option(name: .long, help: "The folder for the link secret and the attempts database; nothing is written elsewhere.")
    var data = "serve-data"

    @Option(name: .long, help: "The address students reach the server at, for --links (default: http://HOST:PORT).")
    var publicURL: String?

    @Option(name: .long, help: "Checks a rostered student may make of one assignment in any hour (default: no cap).")
    var maxChecksPerHour: Int?

    @OptionGroup var salt: SaltOptions

    @Flag(name: .long, help: "Print every student's personal link as CSV (student,name,assignment,link) and exit.")
    var links = false

    mutating func run() async throws {
        let files = try RubricPaths.expand(rubrics, requireRubrics: true)
        let verification = RubricVerificationRun(files: files)
        guard verification.failures == 0 else {
            printError(verification.report + "serve: \(verification.failures) verification check\(verification.failures == 1 ? "" : "s") failed; the server was not started")
            throw ExitCode(ExitStatus.invalidInput)
        }
        let verified = verification.results.compactMap { result in result.rubric.map { ($0, result.grader) } }
        let students = try roster.map(RosterFile.load)
        // A family's variants need its salt, and only rostered students have variants: without
        // a roster its page asks for a personal link, so no salt is read.
        var assignments: [Assignment] = []
        for (rubric, grader) in verified {
            let secret = try rubric.isFamily && students != nil ? salt.salt(of: rubric) : nil
            assignments.append(Assignment(rubric: rubric, salt: secret, grader: grader))
        }
        var seen: Set<String> = []
        for assignment in assignments where !seen.insert(assignment.id).inserted {
            printError("serve: two rubrics have the assignment id \(assignment.id); serve each assignment once")
            throw ExitCode(ExitStatus.invalidInput)
        }
        if let maxChecksPerHour, maxChecksPerHour < 1 {
            throw ValidationError("--max-checks-per-hour must be at least 1")
        }
        let directory = URL(fileURLWithPath: data)
        let signer: LinkSigner
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            signer = LinkSigner(key: try ServerSecret.loadOrCreate(in: directory))
        } catch {
            printError("serve: \(error)")
            throw ExitCode(ExitStatus.invalidInput)
        }
        if links {
            guard let students else { throw ValidationError("--links needs --roster: links are personal") }
            let base = publicURL.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 } ?? "http://\(host):\(port)"
            let rows = students.entries.flatMap { student in
                assignments.map { [student.id, student.name, $0.id, signer.link(baseURL: base, student: student.id, assignment: $0.id)] }
            }
            print(CSVText.document([["student", "name", "assignment", "link"]] + rows), terminator: "")
            return
        }
        let options = ServerOptions(host: host, port: port, dataDirectory: directory, maxChecksPerHour: maxChecksPerHour)
        let service = SelfCheckService(assignments: assignments, gatekeeper: Gatekeeper(roster: students, signer: signer),
                                       store: try AttemptStore(directory: directory), options: options)
        let host = host
        let application = SelfCheckServer.application(service) { port in
            FileHandle.standardOutput.write(Data("rnngrade serve: listening on http://\(host):\(port)\n".utf8))
        }
        try await application.runService()
    }
}
