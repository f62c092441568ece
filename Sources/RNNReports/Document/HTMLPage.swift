/// A self-contained HTML page: inline CSS, no scripts, no external resources, and a content
/// security policy that forbids loading any.
package enum HTMLPage {
    /// The page around `body` (already escaped markup); `title` is escaped here.
    package static func render(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(MarkupEscaping.text(title))</title>
        <style>
        \(style)
        </style>
        </head>
        <body>
        \(body)</body>
        </html>

        """
    }

    private static let style = """
        body { font-family: system-ui, sans-serif; max-width: 50rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; color: #1b1b1b; }
        h1 { font-size: 1.5rem; } h2 { font-size: 1.2rem; margin-top: 2rem; } h3 { font-size: 1rem; }
        pre { background: #f4f4f4; padding: 0.5rem 0.75rem; overflow-x: auto; font-family: ui-monospace, monospace; }
        table { border-collapse: collapse; } th, td { border: 1px solid #ccc; padding: 0.25rem 0.5rem; text-align: left; }
        td.number, th.number { text-align: right; }
        .verdict.correct { color: #1a7f37; } .verdict.partial { color: #9a6700; }
        .verdict.wrong, .verdict.unreadable { color: #cf222e; }
        .verdict.unanswered, .verdict.pending { color: #57606a; }
        figure { margin: 1rem 0; }
        """
}
