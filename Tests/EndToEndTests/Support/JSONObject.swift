import Foundation

/// A JSON object read from a file the executable wrote, with typed look-ups: the tests read
/// reports the way any other consumer would, without the encoder's own types.
struct JSONObject {
    let fields: [String: Any]

    /// The object in the JSON file at `path`; an empty object when the file holds anything else.
    init(file path: String) throws {
        let value = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path)))
        fields = value as? [String: Any] ?? [:]
    }

    init(_ fields: [String: Any]) { self.fields = fields }

    func string(_ key: String) -> String? { fields[key] as? String }
    func number(_ key: String) -> Double? { fields[key] as? Double }
    func strings(_ key: String) -> [String]? { fields[key] as? [String] }
    /// The objects of the array at `key` (none when it is missing).
    func objects(_ key: String) -> [JSONObject] { (fields[key] as? [[String: Any]] ?? []).map(JSONObject.init) }
}
