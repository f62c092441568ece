internal import CLibXML2

/// Process-wide libxml2 set-up, done once before the first parse or schema compilation.
///
/// libxml2 2.9.x initialises its schema types lazily behind an unlocked flag, so both
/// initialisers run here, from a `static let` (which Swift runs exactly once, thread-safely).
/// `xmlCleanupParser` is never called: other threads may still be using libxml2.
enum LibXML2Runtime {
    private static let initialised: Void = {
        xmlInitParser()
        xmlSchemaInitTypes()
        // New threads start with a handler that discards errors instead of printing them;
        // each parse installs its own collector on its thread (`withDiagnostics`).
        xmlThrDefSetStructuredErrorFunc(nil, discardError)
        xmlSetStructuredErrorFunc(nil, discardError)
        // No external entity, DTD or schema document is ever fetched, from disk or network.
        xmlSetExternalEntityLoader(refuseExternalEntity)
    }()

    /// Runs the one-time set-up if it has not run yet.
    static func ensureInitialised() {
        _ = initialised
    }
}

/// A structured error handler that ignores the error.
private let discardError: xmlStructuredErrorFunc = { _, _ in }

/// An external entity loader that loads nothing.
private let refuseExternalEntity: xmlExternalEntityLoader = { _, _, _ in nil }
