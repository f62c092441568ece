import Foundation
import RNNGrading

/// The views of a family's students: each built from the student's variant on their first
/// visit (``VariantGraders`` draws the variant and computes its key once) and kept for the
/// server's life. Safe to use from many tasks.
final class VariantViews: @unchecked Sendable {
    /// The graders of the family's variants.
    let graders: VariantGraders
    // Guarded by `lock`.
    private var built: [String: AssignmentView] = [:]
    private let lock = NSLock()

    /// Views of the variants `graders` draws.
    init(graders: VariantGraders) { self.graders = graders }

    /// `studentID`'s view, or `.cannotDraw` when their variant cannot be drawn.
    func view(for studentID: String) -> Result<AssignmentView, AssignmentView.Refusal> {
        if let known = lock.withLock({ built[studentID] }) { return .success(known) }
        guard case .success(let grader) = graders.grader(for: studentID) else { return .failure(.cannotDraw) }
        let view = AssignmentView(grader: grader)
        return .success(lock.withLock {
            if let first = built[studentID] { return first }
            built[studentID] = view
            return view
        })
    }
}
