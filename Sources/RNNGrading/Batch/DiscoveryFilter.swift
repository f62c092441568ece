/// Which entries of a submissions folder are not answer files: platform junk, skipped without
/// a word, and files that are plainly something else (an image, a PDF, a Word file, notes),
/// listed as not graded instead of becoming students with feedback pages.
///
/// Only these names are set aside; any other file is read as an answer file, so an answer
/// format the reader learns later is never dropped here.
package enum DiscoveryFilter {
    /// Names that archivers and file managers leave behind: macOS's `__MACOSX/` (resource
    /// forks in zip files) and `.DS_Store`, Windows's `Thumbs.db` and `desktop.ini`. Names
    /// starting with `.` are skipped too.
    package static func isJunk(_ name: String) -> Bool {
        name.hasPrefix(".") || ["__macosx", "thumbs.db", "desktop.ini"].contains(name.lowercased())
    }

    /// What the file is, by its extension, when it is not an answer file: `an image`, `a PDF`,
    /// … (nil for anything that may hold answers).
    package static func notAnswerFile(_ name: String) -> String? {
        if LMSDownloadName.isLMSIndex(name) { return "the LMS's index of the download, not a student's file" }
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        let suffix = name[name.index(after: dot)...].lowercased()
        return kinds.first { $0.suffixes.contains(suffix) }?.kind
    }

    /// Extensions that never hold an answer sheet, by what they are.
    private static let kinds: [(kind: String, suffixes: Set<String>)] = [
        ("an image", ["png", "jpg", "jpeg", "gif", "bmp", "tif", "tiff", "heic", "webp", "svg"]),
        ("a PDF", ["pdf"]),
        ("a word-processor or office document", ["doc", "docx", "odt", "rtf", "pages", "xls", "xlsx", "ods", "ppt", "pptx"]),
        ("a Markdown note", ["md", "markdown"]),
        ("an archive (unpack it first)", ["zip", "tar", "gz", "tgz", "7z", "rar"]),
    ]
}
