import Foundation
import Hummingbird
import RNNGrading

/// What the routes do: the assignments, who may check them, and where checks are recorded.
/// Every refusal is a complete response (403 with nothing else for a bad link, 403 with the
/// reason for a closed or per-student assignment, 404, 400 with the reason, 408, 413, 429);
/// nothing a request sends can stop the service.
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
    /// The time now (tests inject a clock to step past a deadline).
    package let now: @Sendable () -> Date

    /// A service checking `assignments` (unique ids), admitting through `gatekeeper`,
    /// recording into `store`, telling the time by `now`.
    package init(assignments: [Assignment], gatekeeper: Gatekeeper, store: AttemptStore, options: ServerOptions,
                 now: @escaping @Sendable () -> Date = { Date() }) {
        self.assignments = Dictionary(assignments.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        order = assignments.map(\.id)
        self.gatekeeper = gatekeeper
        self.store = store
        self.options = options
        self.now = now
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
            guard let visitor = gatekeeper.visitor(student: student, token: token, assignment: assignment.id) else { return Self.forbidden }
            let view: AssignmentView
            switch assignment.view(for: visitor) {
            case .success(let found): view = found
            case .failure(let refusal): return Self.refused(refusal)
            }
            return Self.html(StudentPage.assignment(view, credentials: Self.credentials(student, token), fields: [:], result: nil,
                                                    window: window(of: assignment)))
        }
        router.post("/a/:assignment/check") { request, context in
            guard let assignment = assignments[context.parameters.get("assignment") ?? ""] else { return Self.notFound }
            return try await check(request, assignment: assignment)
        }
        return router
    }

    /// When `assignment` may be checked: its rubric's closing time, against the clock.
    func window(of assignment: Assignment) -> CheckingWindow {
        CheckingWindow(closes: assignment.rubric.selfCheck?.closes, now: now())
    }

    /// Checks a rostered student may make of `assignment` in any hour: the rubric's
    /// `<self-check checks-per-hour>`, else the server's `--max-checks-per-hour`.
    func cap(of assignment: Assignment) -> Int? {
        assignment.rubric.selfCheck?.checksPerHour ?? options.maxChecksPerHour
    }

    /// A check: read the form (within the body timeout), admit the visitor, find their view,
    /// grade as `check` does, record, answer.
    private func check(_ request: Request, assignment: Assignment) async throws -> Response {
        guard let body = try await SlowBody.collect(request, upTo: options.maxBodyBytes, within: options.bodyTimeoutSeconds) else {
            return Self.html(StudentPage.message(title: "Too slow", "The answers did not arrive within \(options.bodyTimeoutSeconds) seconds."),
                             status: .requestTimeout)
        }
        let form: FormData
        do {
            form = try FormData.parse(Array(buffer: body), contentType: request.headers[.contentType])
        } catch {
            return Self.html(StudentPage.message(title: "The form could not be read", error.message), status: .badRequest)
        }
        let student = form.fields["student"], token = form.fields["token"]
        guard let visitor = gatekeeper.visitor(student: student, token: token, assignment: assignment.id) else { return Self.forbidden }
        let view: AssignmentView
        switch assignment.view(for: visitor) {
        case .success(let found): view = found
        case .failure(let refusal): return Self.refused(refusal)
        }
        let window = window(of: assignment)
        guard window.isOpen else {
            return Self.html(StudentPage.assignment(view, credentials: Self.credentials(student, token), fields: [:], result: nil, window: window),
                             status: .forbidden)
        }
        let answers = form.file ?? Array(PastedAnswers.sheet(form.fields, for: view).utf8)
        let grade = SubmissionGrading.grade(bytes: answers, file: form.file == nil ? "answers" : "uploaded file", grader: view.grader)
        let attempt = Attempt(visitor: visitor, grade: grade, answers: String(decoding: answers, as: UTF8.self), time: now())
        let cap = visitor == .anonymous ? nil : cap(of: assignment)
        guard try await store.record(attempt, cap: cap) else {
            return Self.html(StudentPage.message(title: "Too many checks", "You have made \(cap ?? 0) checks of this assignment in the last hour, the most allowed; try again later."),
                             status: .tooManyRequests)
        }
        let fields = form.file == nil ? form.fields : [:]
        return Self.html(StudentPage.assignment(view, credentials: Self.credentials(student, token), fields: fields,
                                                result: CheckResult(grade: grade), window: window))
    }

    private static func credentials(_ student: String?, _ token: String?) -> [(String, String)] {
        guard let student, let token else { return [] }
        return [("student", student), ("token", token)]
    }

    /// 403 with the reason a valid visitor has no view of the assignment.
    private static func refused(_ refusal: AssignmentView.Refusal) -> Response {
        html(StudentPage.message(title: "This assignment cannot be checked here", refusal.message), status: .forbidden)
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
