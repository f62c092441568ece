internal import CLibXML2

/// Rewords libxml2's terse messages into ones an instructor can act on.
enum LibXML2Wording {
    /// The message for a libxml2 error, reworded when a better wording is known.
    static func reword(_ error: xmlError) -> String {
        let original = (error.message.map { String(cString: $0) } ?? "unknown error").trimmingTrailingWhitespace
        let str1 = error.str1.map { String(cString: $0) } ?? "?"
        let str2 = error.str2.map { String(cString: $0) } ?? "?"
        switch Int(error.code) {
        case Int(XML_ERR_DOCUMENT_EMPTY.rawValue):
            return "this file contains no XML element (it is blank or holds only comments)"
        case Int(XML_ERR_DOCUMENT_START.rawValue):
            return "this file does not start with an XML element ('<' expected): is it an XML file?"
        case Int(XML_ERR_DOCUMENT_END.rawValue):
            return "unexpected content after the end of the root element (a file has exactly one root element)"
        case Int(XML_ERR_TAG_NOT_FINISHED.rawValue):
            return "the file ends before <\(str1)> (opened on line \(error.int1)) is closed"
        case Int(XML_ERR_TAG_NAME_MISMATCH.rawValue):
            return "</\(str2)> does not close <\(str1)> (opened on line \(error.int1))"
        case Int(XML_ERR_ATTRIBUTE_REDEFINED.rawValue):
            return "attribute \(str1) appears twice in this start tag"
        case Int(XML_ERR_ATTRIBUTE_WITHOUT_VALUE.rawValue):
            return "attribute \(str1) has no value (write \(str1)=\"…\")"
        case Int(XML_ERR_ATTRIBUTE_NOT_STARTED.rawValue):
            return "attribute values must be in quotes, as in name=\"value\""
        case Int(XML_ERR_LT_IN_ATTRIBUTE.rawValue):
            return "'<' is not allowed inside an attribute value (write &lt;)"
        case Int(XML_ERR_ENTITYREF_SEMICOL_MISSING.rawValue):
            return "'&' starts an entity reference, which must end with ';' (write &amp; for a literal '&')"
        case Int(XML_ERR_NAME_REQUIRED.rawValue) where original.hasPrefix("StartTag"):
            return "'<' must be followed by an element name (write &lt; for a literal '<')"
        case Int(XML_ERR_NAME_REQUIRED.rawValue) where original.hasPrefix("xmlParseEntityRef"):
            return "'&' must start an entity reference such as &amp; (write &amp; for a literal '&')"
        case _ where original.hasPrefix("attributes construct error"):
            return "malformed start tag: expected attributes written name=\"value\", then > or />"
        case Int(XML_ERR_UNDECLARED_ENTITY.rawValue), Int(XML_WAR_UNDECLARED_ENTITY.rawValue):
            return "\(original) (only &lt; &gt; &amp; &quot; &apos; and character references such as &#955; are allowed)"
        case Int(XML_SCHEMAV_CVC_ELT_1.rawValue):
            return "the root element \(quotedSubject(of: original) ?? "") is not one this schema accepts "
                + "(check its name and its xmlns namespace)"
        case _ where original.hasPrefix("Excessive depth"):
            return "elements are nested too deeply (libxml2 stops at 256 levels)"
        default:
            return original
        }
    }

    /// The text that begins the construct a parser error is about, when libxml2 reports the
    /// error just after that construct (`</b>` of a mismatched end tag, `&x;` of an unknown entity).
    static func anchor(forCode code: Int32) -> String? {
        switch Int(code) {
        case Int(XML_ERR_TAG_NAME_MISMATCH.rawValue): "</"
        case Int(XML_ERR_UNDECLARED_ENTITY.rawValue), Int(XML_WAR_UNDECLARED_ENTITY.rawValue): "&"
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
}
