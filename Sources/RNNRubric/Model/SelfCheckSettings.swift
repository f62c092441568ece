import Foundation

/// The `<self-check>` element: how `rnngrade serve` offers the assignment to students.
package struct SelfCheckSettings: Sendable {
    /// The most checks one student may make of the assignment in any hour; nil for no cap.
    package var checksPerHour: Int?
    /// From this time on the server refuses checks and the page says checking is closed.
    package var closes: Date?
    /// The 1-based line of the element.
    package var line: Int

    /// Settings as the rubric states them.
    package init(checksPerHour: Int? = nil, closes: Date? = nil, line: Int = 0) {
        self.checksPerHour = checksPerHour
        self.closes = closes
        self.line = line
    }
}
