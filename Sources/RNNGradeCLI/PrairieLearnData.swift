import Foundation

/// What `rnngrade prairielearn` reads from PrairieLearn's `data.json` (the question's `data`
/// object, serialized for the grading job): a text answer sheet in `submitted_answers`, for
/// questions that take the answers in a text box instead of a file.
enum PrairieLearnData {
    /// Why `data.json` could not be used.
    struct Failure: Error {
        var message: String
    }

    /// The string `submitted_answers[name]` of the JSON file at `path`; nil when the file is
    /// absent or holds no such string (the answer is then a submitted file).
    static func textAnswer(in path: String, named name: String) throws(Failure) -> String? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let bytes = FileManager.default.contents(atPath: path) else {
            throw Failure(message: "\(path): cannot read this file")
        }
        let object: Any
        do { object = try JSONSerialization.jsonObject(with: bytes) } catch {
            throw Failure(message: "\(path): not valid JSON (\(error.localizedDescription)); PrairieLearn writes this file for the grading job")
        }
        guard let data = object as? [String: Any] else {
            throw Failure(message: "\(path): expected a JSON object (PrairieLearn's data object)")
        }
        return (data["submitted_answers"] as? [String: Any])?[name] as? String
    }
}
