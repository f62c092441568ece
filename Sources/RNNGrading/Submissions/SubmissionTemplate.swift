import Foundation
import RNNRubric

/// A blank submission for a rubric, for students to fill in: the header, then per part a
/// comment with its prompt on one line and a hint of the expected kind and shape, then a blank
/// answer line (one per free parameter for design parts). No key value is ever shown.
///
/// A template filled in with answers reads back with ``SubmissionReader`` without warnings.
package enum SubmissionTemplate {
    /// The two submission formats.
    package enum Format: String, CaseIterable, Sendable {
        /// A plain answer sheet: `1.a = 6`.
        case sheet
        /// Submission XML (`Rubrics/submission.xsd`).
        case xml
    }

    /// The template of `rubric` in `format`, ending with a newline; with `studentID` filled in when given (handouts).
    package static func render(_ rubric: Rubric, format: Format, studentID: String? = nil) -> String {
        let outline = TemplateOutline(rubric: rubric)
        switch format {
        case .sheet: return sheet(outline, studentID: studentID)
        case .xml: return xml(outline, studentID: studentID)
        }
    }

    /// The plain answer sheet.
    private static func sheet(_ outline: TemplateOutline, studentID: String?) -> String {
        var lines = [
            "# assignment: \(outline.rubric.id)", studentID.map { "# student: \($0)" } ?? "# student:", "# name:", "#",
            "# \(outline.heading)",
            "# One answer per line as `part = answer`; a long answer continues on indented lines.",
        ]
        for section in outline.sections {
            lines += ["", "# \(section.heading)"]
            for item in section.items {
                lines += ["", "# \(item.summary)"] + item.hints.map { "#   \($0)" } + item.blanks.map { "\($0.label) =" }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The submission XML.
    private static func xml(_ outline: TemplateOutline, studentID: String?) -> String {
        var lines = [
            #"<?xml version="1.0" encoding="UTF-8"?>"#,
            "<!-- \(comment(outline.heading)) -->",
            #"<submission xmlns="urn:rnngrade:submission:1" assignment="\#(attribute(outline.rubric.id))" student="\#(attribute(studentID ?? ""))" name="">"#,
        ]
        for section in outline.sections {
            lines += ["", "  <!-- \(comment(section.heading)) -->"]
            for item in section.items {
                lines.append("  <!-- \(comment(item.summary))")
                lines += item.hints.map { "       \(comment($0))" }
                lines[lines.count - 1] += " -->"
                lines += item.blanks.map { blank in
                    let parameter = blank.parameter.map { #" param="\#(attribute($0))""# } ?? ""
                    return #"  <answer part="\#(attribute(blank.part))"\#(parameter)></answer>"#
                }
            }
        }
        return (lines + ["</submission>"]).joined(separator: "\n") + "\n"
    }

    /// Text safe inside `<!-- … -->`: no `--`, and no `-` at the end.
    private static func comment(_ text: String) -> String {
        var result = text
        while result.contains("--") { result = result.replacingOccurrences(of: "--", with: "‐-") }
        return result.hasSuffix("-") ? result + " " : result
    }

    /// Text safe inside a double-quoted attribute.
    private static func attribute(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: "\"", with: "&quot;")
    }
}
