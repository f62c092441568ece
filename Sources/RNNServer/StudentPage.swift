import RNNGrading
import RNNReports

/// The pages students see, rendered on the server as self-contained HTML (no scripts): every
/// piece of text from a rubric, an answer or a request is escaped with `MarkupEscaping`.
enum StudentPage {
    /// Styles for the form and the verdicts: large touch targets, visible focus, AA contrast.
    static let style = """
        <style>
        label { display: block; font-weight: 600; margin-top: 0.75rem; }
        textarea, input[type=file] { width: 100%; box-sizing: border-box; font: 1rem ui-monospace, monospace; padding: 0.5rem; border: 1px solid #57606a; border-radius: 4px; }
        textarea:focus, input:focus, button:focus, a:focus { outline: 3px solid #0550ae; outline-offset: 2px; }
        button { font-size: 1rem; padding: 0.6rem 1.2rem; margin-top: 1rem; background: #0550ae; color: #fff; border: none; border-radius: 4px; }
        fieldset { border: 1px solid #d0d7de; margin: 1.5rem 0; padding: 0.5rem 1rem 1rem; }
        legend { font-weight: 700; padding: 0 0.25rem; }
        .hint { color: #424a53; margin: 0.25rem 0; }
        .part { border-left: 4px solid #d0d7de; padding-left: 0.75rem; margin: 1rem 0; }
        .notice { background: #fff8c5; padding: 0.5rem 0.75rem; }
        </style>
        """

    /// The list of assignments (anonymous checks) or, with a roster, where to find one's link.
    static func index(_ assignments: [Assignment], rostered: Bool) -> String {
        var body = "<h1>Check your answers</h1>\n"
        if rostered {
            body += "<p>Open the personal link your instructor sent you: it opens your assignment.</p>\n"
        } else {
            body += "<p>Choose the assignment:</p>\n<ul>\n"
            for assignment in assignments {
                body += "<li><a href=\"/a/\(MarkupEscaping.attribute(LinkSigner.percentEncoded(assignment.id)))\">\(MarkupEscaping.text(assignment.rubric.title))</a> (\(MarkupEscaping.text(assignment.id)))</li>\n"
            }
            body += "</ul>\n"
        }
        return HTMLPage.render(title: "Check your answers", body: style + body)
    }

    /// A short page with one message (a refused check, a cap reached), linking back.
    static func message(title: String, _ text: String) -> String {
        HTMLPage.render(title: title, body: style + "<h1>\(MarkupEscaping.text(title))</h1>\n<p>\(MarkupEscaping.text(text))</p>\n")
    }

    /// The assignment's page as `view` shows it (a student's own numbers in the prompts): the
    /// verdicts of the last check, if any, then the problems with the form holding the answers
    /// as they were sent, and the upload form; once `window` has closed, a notice instead of
    /// the forms. `credentials` are the hidden student and token fields of a personal link.
    static func assignment(_ view: AssignmentView, credentials: [(String, String)], fields: [String: String],
                           result: CheckResult?, window: CheckingWindow) -> String {
        let rubric = view.rubric
        var body = "<h1>\(MarkupEscaping.text(rubric.title))</h1>\n"
        if let result { body += result.html(rubric: rubric) }
        if let closing = window.closingText {
            body += window.isOpen
                ? "<p class=\"notice\">Checking closes at \(MarkupEscaping.text(closing)).</p>\n"
                : "<p class=\"notice\" role=\"status\"><strong>Checking closed at \(MarkupEscaping.text(closing)).</strong> The server no longer checks answers to this assignment.</p>\n"
        }
        let hidden = credentials.map { "<input type=\"hidden\" name=\"\(MarkupEscaping.attribute($0.0))\" value=\"\(MarkupEscaping.attribute($0.1))\">" }.joined()
        let action = "/a/\(MarkupEscaping.attribute(LinkSigner.percentEncoded(rubric.id)))/check"
        if window.isOpen {
            body += "<h2 id=\"answers\">Your answers</h2>\n<p>Write one answer per field as you would on the answer sheet (<code>0.25</code>, <code>1/4</code>, <code>[1 2; 3 4]</code>). Leave a field empty to skip it.</p>\n"
            body += "<form method=\"post\" action=\"\(action)\" enctype=\"application/x-www-form-urlencoded\">\(hidden)\n"
        } else {
            body += "<h2 id=\"answers\">The questions</h2>\n"
        }
        for (problem, section) in zip(rubric.problems, view.outline.sections) {
            body += "<fieldset><legend>\(MarkupEscaping.text(section.heading))</legend>\n"
            if let prompt = problem.prompt { body += "<p>\(MarkupEscaping.text(prompt))</p>\n" }
            for item in section.items {
                guard let partID = item.blanks.first?.part, let part = rubric.part(partID) else { continue }
                body += "<div class=\"part\">\n<p><strong>\(MarkupEscaping.text(part.id))</strong> (\(MarkupEscaping.text(pointsText(part.points))))"
                if let prompt = part.prompt { body += " \(MarkupEscaping.text(prompt))" }
                body += "</p>\n"
                for hint in item.hints { body += "<p class=\"hint\">\(MarkupEscaping.text(hint))</p>\n" }
                if window.isOpen {
                    for label in PastedAnswers.labels(of: item) {
                        let id = "f-\(label)"
                        body += "<label for=\"\(MarkupEscaping.attribute(id))\">\(MarkupEscaping.text(label))</label>"
                        body += "<textarea id=\"\(MarkupEscaping.attribute(id))\" name=\"\(MarkupEscaping.attribute(label))\" rows=\"2\">\(MarkupEscaping.text(fields[label] ?? ""))</textarea>\n"
                    }
                }
                body += "</div>\n"
            }
            body += "</fieldset>\n"
        }
        guard window.isOpen else { return HTMLPage.render(title: rubric.title, body: style + body) }
        body += "<button type=\"submit\">Check my answers</button>\n</form>\n"
        body += "<h2 id=\"upload\">Or upload an answer file</h2>\n<p>An answer sheet from <code>rnngrade template</code>, a submission XML file, or the <code>.npz</code> (<code>np.savez</code>) or JSON file your notebook saved; at most 1 MB.</p>\n"
        body += "<form method=\"post\" action=\"\(action)\" enctype=\"multipart/form-data\">\(hidden)\n"
        body += "<label for=\"upload-file\">Answer file</label><input id=\"upload-file\" type=\"file\" name=\"file\" accept=\".txt,.xml,.npz,.json,text/plain,application/xml,application/json,application/zip\">\n"
        body += "<button type=\"submit\">Check the file</button>\n</form>\n"
        return HTMLPage.render(title: rubric.title, body: style + body)
    }

    /// Points without a needless `.0`: `1 point`, `2.5 points`.
    static func pointsText(_ points: Double) -> String {
        "\(TemplateOutline.points(points)) point\(points == 1 ? "" : "s")"
    }
}
