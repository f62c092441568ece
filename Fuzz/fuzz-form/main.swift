import Foundation
import FuzzSupport
import RNNGrading
import RNNRubric
import RNNServer

// The self-check server's form reading: FormData.parse (URL-encoded and multipart bodies) and
// PastedAnswers, which turns the pasted fields into the answer sheet `check` reads. An input is
// the Content-Type on the first line and the body after it. Properties: parsing never crashes and
// a refusal says why; a parsed form's fields (and file), encoded again, URL-encoded and as
// multipart, parse to the same form; the sheet made from the fields reads (unless a field holds
// text no sheet may: control characters), and each label pasted with something in it has an
// answer whose text, white space aside, is what was pasted.
nonisolated(unsafe) let assignment: Assignment = {
    guard case .success(let rubric) = RubricLoader.load(path: "Rubrics/sharif-dl-a3.xml") else {
        fatalError("fuzz-form runs from the repository root (scripts/fuzz.sh), where Rubrics/sharif-dl-a3.xml is")
    }
    return Assignment(rubric: rubric)
}()
nonisolated(unsafe) let labels = assignment.fixed.outline.sections.flatMap(\.items).flatMap { PastedAnswers.labels(of: $0) }

/// `text` percent-encoded for a URL-encoded body: every byte but letters and digits as `%XX`.
func percentEncoded(_ text: String) -> String {
    text.utf8.map { byte in
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
            ? String(UnicodeScalar(byte)) : String(format: "%%%02X", byte)
    }.joined()
}

/// `form` as multipart data with a boundary found in none of its values; fields whose names
/// a Content-Disposition cannot carry (a quote, `;`, a line break) are left out.
func multipart(_ form: FormData) -> (body: [UInt8], contentType: String, fields: [String: String]) {
    let values = form.fields.values.map { Array($0.utf8) } + [form.file ?? []]
    var boundary = "fuzzboundary"
    while values.contains(where: { $0.count >= boundary.utf8.count && String(decoding: $0, as: UTF8.self).contains(boundary) }) {
        boundary += "x"
    }
    var body: [UInt8] = []
    var kept: [String: String] = [:]
    for (name, value) in form.fields.sorted(by: { $0.key < $1.key })
    where !name.contains(where: { "\";\r\n".contains($0) }) && !name.isEmpty {
        kept[name] = value
        body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
    }
    if let file = form.file {
        body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"answers\"; filename=\"a.txt\"\r\n\r\n".utf8) + file + [13, 10]
    }
    body += Array("--\(boundary)--\r\n".utf8)
    return (body, "multipart/form-data; boundary=\(boundary)", kept)
}

fuzz { bytes in
    guard let newline = bytes.firstIndex(of: UInt8(ascii: "\n")) else { return }
    let contentType = String(decoding: bytes[..<newline], as: UTF8.self)
    let body = Array(bytes[(newline + 1)...])
    let form: FormData
    do throws(FormData.Refusal) { form = try FormData.parse(body, contentType: contentType) } catch {
        return require(!error.message.isEmpty, "a refusal without a message")
    }
    let pairs: [String] = form.fields.sorted { $0.key < $1.key }.map { field in
        percentEncoded(field.key) + "=" + percentEncoded(field.value)
    }
    let encoded = pairs.joined(separator: "&")
    let again = try? FormData.parse(Array(encoded.utf8), contentType: "application/x-www-form-urlencoded")
    require(again?.fields == form.fields && again?.file == nil, "the fields \(form.fields) URL-encoded as \(encoded.debugDescription) parse as \(again?.fields.description ?? "a refusal")")
    // Multipart data has at least one part (RFC 2046, section 5.1.1), so an empty form has no
    // multipart encoding.
    let (multipartBody, multipartType, kept) = multipart(form)
    if !kept.isEmpty || form.file != nil {
        let fromMultipart = try? FormData.parse(multipartBody, contentType: multipartType)
        require(fromMultipart?.fields == kept && fromMultipart?.file == form.file,
                "the form \(kept) encoded as multipart parses as \(fromMultipart?.fields.description ?? "a refusal")")
    }

    let sheet = PastedAnswers.sheet(form.fields, for: assignment.fixed)
    guard !sheet.unicodeScalars.contains(where: { $0.properties.generalCategory == .control && $0 != "\n" && $0 != "\t" }),
          case .success(let submission) = SubmissionReader.read(bytes: Array(sheet.utf8), file: "answers") else { return }
    func squeezed(_ text: String) -> String { String(text.filter { !$0.isWhitespace }) }
    for label in labels {
        let pasted = squeezed(form.fields[label] ?? "")
        guard !pasted.isEmpty else { continue }
        let answer = submission.answers.first { $0.label == label }
        require(answer.map { squeezed($0.text) } == pasted,
                "\(label) pasted as \(form.fields[label]!.debugDescription) reads as \(answer?.text.debugDescription ?? "no answer") from the sheet \(sheet.debugDescription)")
    }
}
