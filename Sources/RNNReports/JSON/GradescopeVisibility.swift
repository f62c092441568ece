/// When Gradescope shows a test, or the autograder's standard output, to the student.
///
/// Values from Gradescope's autograder specification ("Controlling Test Case Visibility").
package enum GradescopeVisibility: String, Sendable, Hashable, Codable, CaseIterable {
    /// Never shown to students.
    case hidden
    /// Shown once the assignment's due date has passed.
    case afterDueDate = "after_due_date"
    /// Shown once the instructor publishes grades from "Review Grades".
    case afterPublished = "after_published"
    /// Always shown.
    case visible
}
