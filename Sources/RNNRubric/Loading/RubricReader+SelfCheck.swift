import Foundation
import RNNXML

extension RubricReader {
    /// The `<self-check>` element; a `closes` time without its UTC offset is reported, because
    /// the server could not tell which moment it means.
    func readSelfCheck(_ node: XMLNode) -> SelfCheckSettings {
        var closes: Date?
        if let text = node.attribute("closes") {
            closes = Self.instant(text.trimmingBlanks())
            if closes == nil {
                report("closes=\"\(text)\" should be a date and time with its offset from UTC, for example 2026-12-01T23:59:00+01:00 or 2026-12-01T22:59:00Z", at: node)
            }
        }
        return SelfCheckSettings(checksPerHour: int(node, "checks-per-hour"), closes: closes, line: node.line)
    }

    /// `text` as an ISO 8601 instant (RFC 3339: date, time, optional fractional seconds, offset).
    static func instant(_ text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: text)
    }
}
