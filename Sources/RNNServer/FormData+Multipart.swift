extension FormData {
    /// The `boundary` parameter of a `multipart/form-data` content type.
    static func boundary(in contentType: String) -> String? {
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2, pair[0].lowercased() == "boundary" else { continue }
            let value = pair[1].hasPrefix("\"") && pair[1].hasSuffix("\"") && pair[1].count >= 2 ? String(pair[1].dropFirst().dropLast()) : pair[1]
            return value.isEmpty || value.utf8.count > 70 ? nil : value
        }
        return nil
    }

    /// `multipart/form-data` (RFC 7578): parts between `--boundary` lines, each with headers, a
    /// blank line and its content. A part with a `filename` is the upload; the others are fields.
    static func multipart(_ body: [UInt8], boundary: String) throws(Refusal) -> FormData {
        let delimiter = Array("--\(boundary)".utf8)
        var form = FormData()
        let starts = ranges(of: delimiter, in: body)
        guard starts.count >= 2 else { throw Refusal(message: "the upload is not complete multipart data") }
        for (index, start) in starts.dropLast().enumerated() {
            var content = body[(start + delimiter.count)..<starts[index + 1]]
            guard content.starts(with: [13, 10]) else { throw Refusal(message: "the upload is not well-formed multipart data") }
            content = content.dropFirst(2)
            guard let split = ranges(of: [13, 10, 13, 10], in: Array(content)).first else {
                throw Refusal(message: "a part of the upload has no header end")
            }
            let headerBytes = content.prefix(split)
            var value = Array(content.dropFirst(split + 4))
            if value.suffix(2) == [13, 10] { value.removeLast(2) }
            guard let headers = String(validating: headerBytes, as: UTF8.self) else { throw Refusal(message: "a part of the upload has headers that are not UTF-8") }
            let disposition = headers.split(separator: "\r\n").first { $0.lowercased().hasPrefix("content-disposition:") } ?? ""
            guard let name = parameter("name", in: String(disposition)) else { continue }
            if parameter("filename", in: String(disposition)) != nil {
                if form.file == nil, !value.isEmpty { form.file = value }
            } else {
                guard let text = String(validating: value, as: UTF8.self) else { throw Refusal(message: "a form field is not UTF-8 text; paste plain text") }
                if form.fields[name] == nil { form.fields[name] = text }
            }
        }
        return form
    }

    /// The quoted value of `name="…"` in a `Content-Disposition` header.
    private static func parameter(_ name: String, in disposition: String) -> String? {
        for piece in disposition.split(separator: ";").dropFirst() {
            let pair = piece.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2, pair[0].lowercased() == name else { continue }
            return pair[1].hasPrefix("\"") && pair[1].hasSuffix("\"") && pair[1].count >= 2 ? String(pair[1].dropFirst().dropLast()) : pair[1]
        }
        return nil
    }

    /// The offsets where `needle` starts in `haystack`, without overlaps.
    private static func ranges(of needle: [UInt8], in haystack: [UInt8]) -> [Int] {
        guard !needle.isEmpty, haystack.count >= needle.count else { return [] }
        var found: [Int] = []
        var index = 0
        let first = needle[0]
        while index <= haystack.count - needle.count {
            if haystack[index] == first && haystack[index..<(index + needle.count)].elementsEqual(needle) {
                found.append(index)
                index += needle.count
            } else {
                index += 1
            }
        }
        return found
    }
}
