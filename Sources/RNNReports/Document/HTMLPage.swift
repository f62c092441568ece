/// A self-contained HTML page: inline CSS, no external resources, and a content security policy
/// that forbids loading any. Pages have no script, except a TA's page that passes one of its
/// own (the summary's table sorting); students' feedback pages never do.
package enum HTMLPage {
    /// The page around `body` (already escaped markup); `title` is escaped here. `script`, when
    /// given, is trusted JavaScript of this program's, run at the end of the body.
    package static func render(title: String, body: String, script: String? = nil) -> String {
        let scriptPolicy = script == nil ? "" : "; script-src 'unsafe-inline'"
        let scriptElement = script.map { "<script>\n\($0)\n</script>\n" } ?? ""
        return """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:\(scriptPolicy)">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(MarkupEscaping.text(title))</title>
        <style>
        \(style)
        </style>
        </head>
        <body>
        \(body)\(scriptElement)</body>
        </html>

        """
    }

    private static let style = """
        body { font-family: system-ui, sans-serif; max-width: 50rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; color: #1b1b1b; }
        h1 { font-size: 1.5rem; } h2 { font-size: 1.2rem; margin-top: 2rem; } h3 { font-size: 1rem; }
        pre { background: #f4f4f4; padding: 0.5rem 0.75rem; white-space: pre-wrap; overflow-wrap: anywhere; font-family: ui-monospace, monospace; }
        table { border-collapse: collapse; } th, td { border: 1px solid #ccc; padding: 0.25rem 0.5rem; text-align: left; }
        td.number, th.number { text-align: right; } td { vertical-align: top; overflow-wrap: anywhere; } td:first-child { white-space: nowrap; }
        table.sortable th { cursor: pointer; } table.sortable th[aria-sort=ascending]::after { content: " ▲"; }
        table.sortable th[aria-sort=descending]::after { content: " ▼"; }
        .verdict.correct { color: #1a7f37; } .verdict.partial { color: #9a6700; }
        .verdict.wrong, .verdict.unreadable { color: #cf222e; }
        .verdict.unanswered, .verdict.pending { color: #57606a; }
        figure { margin: 1rem 0; }
        """

    /// Sorts a `table.sortable` by the column whose title is clicked (again: the other way):
    /// numeric columns (class `number`) by value, the others as text; rows without a number
    /// go last. Without it the table stays in its written order (by student id).
    package static let sortingScript = """
        for (const table of document.querySelectorAll("table.sortable")) {
          const headers = Array.from(table.tHead.rows[0].cells);
          headers.forEach((header, column) => {
            header.tabIndex = 0;
            const sort = () => {
              const ascending = header.getAttribute("aria-sort") !== "ascending";
              headers.forEach((other) => other.removeAttribute("aria-sort"));
              header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
              const numeric = header.classList.contains("number");
              const key = (row) => row.cells[column].textContent.trim();
              const rows = Array.from(table.tBodies[0].rows);
              rows.sort((a, b) => {
                let order;
                if (numeric) {
                  const x = parseFloat(key(a)), y = parseFloat(key(b));
                  order = isNaN(x) ? (isNaN(y) ? 0 : 1) : isNaN(y) ? -1 : x - y;
                  if (isNaN(x) || isNaN(y)) return order;
                } else {
                  order = key(a).localeCompare(key(b));
                }
                return ascending ? order : -order;
              });
              for (const row of rows) table.tBodies[0].appendChild(row);
            };
            header.addEventListener("click", sort);
            header.addEventListener("keydown", (event) => { if (event.key === "Enter") sort(); });
          });
        }
        """
}
