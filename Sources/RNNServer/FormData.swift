import Foundation

/// What a form sent: its text fields and, for an upload, the file. Field values must be UTF-8;
/// anything else is refused as a bad request with a sentence saying why.
package struct FormData: Sendable {
    /// The text fields by name (the first of a repeated name wins).
    package var fields: [String: String] = [:]
    /// The uploaded file's bytes, if a non-empty file was chosen.
    package var file: [UInt8]?

    /// Why a body could not be read as a form.
    package struct Refusal: Error, Sendable {
        /// The message shown to the student.
        package let message: String
    }

    /// The form in `body`, sent with `contentType` (URL-encoded or multipart).
    package static func parse(_ body: [UInt8], contentType: String?) throws(Refusal) -> FormData {
        let type = contentType?.lowercased() ?? ""
        if type.hasPrefix("application/x-www-form-urlencoded") { return try urlEncoded(body) }
        if type.hasPrefix("multipart/form-data") {
            guard let boundary = boundary(in: contentType ?? "") else { throw Refusal(message: "the upload has no multipart boundary") }
            return try multipart(body, boundary: boundary)
        }
        throw Refusal(message: "send the form as application/x-www-form-urlencoded or multipart/form-data")
    }

    /// `application/x-www-form-urlencoded`: `name=value` pairs joined by `&`, `+` for a space.
    static func urlEncoded(_ body: [UInt8]) throws(Refusal) -> FormData {
        var form = FormData()
        for pair in body.split(separator: UInt8(ascii: "&")) {
            let halves = pair.split(separator: UInt8(ascii: "="), maxSplits: 1, omittingEmptySubsequences: false)
            let name = try decoded(halves[0])
            let value = halves.count > 1 ? try decoded(halves[1]) : ""
            if form.fields[name] == nil { form.fields[name] = value }
        }
        return form
    }

    private static func decoded(_ bytes: ArraySlice<UInt8>) throws(Refusal) -> String {
        let spaced = bytes.map { $0 == UInt8(ascii: "+") ? UInt8(ascii: " ") : $0 }
        guard let text = String(validating: spaced, as: UTF8.self), let value = text.removingPercentEncoding else {
            throw Refusal(message: "a form field is not UTF-8 text; paste plain text")
        }
        return value
    }
}
