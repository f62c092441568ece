internal import CLibXML2

/// Rewords libxml2's terse messages into ones an instructor can act on.
enum LibXML2Wording {
    /// For files whose content is not an element ("Document is empty", "Start tag expected").
    private static let noRootElement = "this file has no XML root element ('<' expected): is it an XML file?"

    /// Wordings that replace a message whatever its details, by error code.
    private static let byCode: [Int32: String] = [
        code(XML_ERR_DOCUMENT_EMPTY): noRootElement,
        code(XML_ERR_DOCUMENT_START): noRootElement,
        code(XML_ERR_DOCUMENT_END):
            "unexpected content after the end of the root element (a file has exactly one root element)",
        code(XML_ERR_ATTRIBUTE_NOT_STARTED): "attribute values must be in quotes, as in name=\"value\"",
        code(XML_ERR_LT_IN_ATTRIBUTE): "'<' is not allowed inside an attribute value (write &lt;)",
        code(XML_ERR_ENTITYREF_SEMICOL_MISSING):
            "'&' starts an entity reference, which must end with ';' (write &amp; for a literal '&')",
    ]

    /// Wordings that replace a message by how it begins (for codes libxml2 shares between messages).
    private static let byPrefix: [(prefix: String, wording: String)] = [
        ("StartTag: invalid element name", "'<' must be followed by an element name (write &lt; for a literal '<')"),
        ("xmlParseEntityRef: no name", "'&' must start an entity reference such as &amp; (write &amp; for a literal '&')"),
        ("attributes construct error", "malformed start tag: expected attributes written name=\"value\", then > or />"),
        ("Excessive depth", "elements are nested too deeply (libxml2 stops at 256 levels)"),
    ]

    /// The message for a libxml2 error, reworded when a better wording is known.
    static func reword(_ error: xmlError) -> String {
        let original = (error.message.map { String(cString: $0) } ?? "unknown error").trimmingTrailingWhitespace
        if let wording = byCode[error.code] ?? byPrefix.first(where: { original.hasPrefix($0.prefix) })?.wording {
            return wording
        }
        let str1 = error.str1.map { String(cString: $0) } ?? "?"
        let str2 = error.str2.map { String(cString: $0) } ?? "?"
        switch error.code {
        case code(XML_ERR_TAG_NOT_FINISHED):
            return "the file ends before <\(str1)> (opened on line \(error.int1)) is closed"
        case code(XML_ERR_TAG_NAME_MISMATCH):
            return "</\(str2)> does not close <\(str1)> (opened on line \(error.int1))"
        case code(XML_ERR_ATTRIBUTE_REDEFINED):
            return "attribute \(str1) appears twice in this start tag"
        case code(XML_ERR_ATTRIBUTE_WITHOUT_VALUE):
            return "attribute \(str1) has no value (write \(str1)=\"…\")"
        case code(XML_ERR_UNDECLARED_ENTITY), code(XML_WAR_UNDECLARED_ENTITY):
            return "\(original) (only &lt; &gt; &amp; &quot; &apos; and character references such as &#955; are allowed)"
        case code(XML_SCHEMAV_CVC_ELT_1):
            return "the root element \(quotedSubject(of: original) ?? "") is not one this schema accepts "
                + "(check its name and its xmlns namespace)"
        default:
            return original
        }
    }

    /// The text that begins the construct a parser error is about, when libxml2 reports the
    /// error just after that construct (`</b>` of a mismatched end tag, `&x;` of an unknown entity).
    static func anchor(forCode code: Int32) -> String? {
        switch code {
        case Self.code(XML_ERR_TAG_NAME_MISMATCH): "</"
        case Self.code(XML_ERR_UNDECLARED_ENTITY), Self.code(XML_WAR_UNDECLARED_ENTITY): "&"
        default: nil
        }
    }

    /// The attribute a schema message is about (`…, attribute 'name': …`), if any.
    static func attributeName(in message: String) -> String? {
        guard let start = message.firstRange(of: "attribute '") else { return nil }
        let rest = message[start.upperBound...]
        guard let end = rest.firstIndex(of: "'") else { return nil }
        let qualified = rest[..<end]
        return String(qualified.split(separator: "}").last ?? qualified)
    }

    /// The quoted subject of a schema message (`Element '{ns}name': …` gives `'{ns}name'`).
    private static func quotedSubject(of message: String) -> String? {
        guard let open = message.firstIndex(of: "'") else { return nil }
        let rest = message[message.index(after: open)...]
        guard let close = rest.firstIndex(of: "'") else { return nil }
        return "'" + rest[..<close] + "'"
    }

    /// An error code as `xmlError.code` holds it.
    private static func code(_ error: xmlParserErrors) -> Int32 {
        Int32(error.rawValue)
    }
}
