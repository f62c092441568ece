import Foundation
import Hummingbird
import RNNGrading

/// What the routes do: the assignments, who may check them, and where checks are recorded.
/// Every refusal is a complete response (403 with nothing else, 404, 400 with the reason,
/// 413, 429); nothing a request sends can stop the service.
package struct SelfCheckService: Sendable {
    /// The assignments by id.
    package let assignments: [String: Assignment]
    /// The assignments in the order they were given.
    package let order: [String]
    /// Who may check.
    package let gatekeeper: Gatekeeper
    /// Where every check is recorded.
    package let store: AttemptStore
    /// Limits and address.
    package let options: ServerOptions

    /// A service checking `assignments` (unique ids), admitting through `gatekeeper`,
    /// recording into `store`.
    package init(assignments: [Assignment], gatekeeper: Gatekeeper, store: AttemptStore, options: ServerOptions) {
        self.assignments = Dictionary(assignments.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        order = assignments.map(\.id)
        self.gatekeeper = gatekeeper
        self.store = store
        self.options = options
    }

    /// The router with every route and the access log.
    package func router() -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: AccessLog())
        router.get("/") { _, _ in
            Self.html(StudentPage.index(order.compactMap { assignments[$0] }, rostered: gatekeeper.roster != nil))
        }
        router.get("/health") { _, _ in
            Self.response(.ok, type: "application/json", "{\"status\":\"ok\",\"assignments\":\(assignments.count)}\n")
        }
        router.get("/a/:assignment") { request, context in
            guard let assignment = assignments[context.parameters.get("assignment") ?? ""] else { return Self.notFound }
            let query = request.uri.queryParameters
            let student = query.get("student"), token = query.get("token")
            guard gatekeeper.visitor(student: student, token: token, assignment: assignment.id) != nil else { return Self.forbidden }
            return Self.html(StudentPage.assignment(assignment, credentials: Self.credentials(student, token), fields: [:], result: nil))
        }
        router.post("/a/:assignment/check") { request, context in
            guard let assignment = assignments[context.parameters.get("assignment") ?? ""] else { return Self.notFound }
            return try await check(request, assignment: assignment)
        }
        return router
    }

    /// A check: read the form, admit the visitor, grade as `check` does, record, answer.
    private func check(_ request: Request, assignment: Assignment) async throws -> Response {
        var request = request
        let body = try await request.collectBody(upTo: options.maxBodyBytes)
        let form: FormData
        do {
            form = try FormData.parse(Array(buffer: body), contentType: request.headers[.contentType])
        } catch {
            return Self.html(StudentPage.message(title: "The form could not be read", error.message), status: .badRequest)
        }
        let student = form.fields["student"], token = form.fields["token"]
        guard let visitor = gatekeeper.visitor(student: student, token: token, assignment: assignment.id) else { return Self.forbidden }
        let answers: [UInt8]
        if let file = form.file {
            answers = file
        } else {
            answers = Array(PastedAnswers.sheet(form.fields, for: assignment).utf8)
        }
        let grade = SubmissionGrading.grade(bytes: answers, file: form.file == nil ? "answers" : "uploaded file", grader: assignment.grader)
        let attempt = Attempt(visitor: visitor, grade: grade, answers: String(decoding: answers, as: UTF8.self), time: Date())
        let cap = visitor == .anonymous ? nil : options.maxChecksPerHour
        guard try await store.record(attempt, cap: cap) else {
            return Self.html(StudentPage.message(title: "Too many checks", "You have made \(cap ?? 0) checks of this assignment in the last hour, the most allowed; try again later."),
                             status: .tooManyRequests)
        }
        let fields = form.file == nil ? form.fields : [:]
        return Self.html(StudentPage.assignment(assignment, credentials: Self.credentials(student, token), fields: fields,
                                                result: CheckResult(grade: grade)))
    }

    private static func credentials(_ student: String?, _ token: String?) -> [(String, String)] {
        guard let student, let token else { return [] }
        return [("student", student), ("token", token)]
    }

    /// 403 with nothing else.
    static let forbidden = response(.forbidden, type: "text/plain; charset=utf-8", "403 Forbidden\n")
    /// 404 without echoing the request.
    static let notFound = response(.notFound, type: "text/plain; charset=utf-8", "404 Not Found\n")

    private static func html(_ page: String, status: HTTPResponse.Status = .ok) -> Response {
        response(status, type: "text/html; charset=utf-8", page)
    }

    private static func response(_ status: HTTPResponse.Status, type: String, _ text: String) -> Response {
        Response(status: status,
                 headers: [.contentType: type, .cacheControl: "no-store", .init("X-Content-Type-Options")!: "nosniff",
                           .init("Referrer-Policy")!: "no-referrer"],
                 body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}
