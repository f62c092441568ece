#ifndef RNNGRADE_CLIBXML2_SHIM_H
#define RNNGRADE_CLIBXML2_SHIM_H
/* Debian's libxml2 is built with ICU, so <libxml/encoding.h> would include the system's
 * <unicode/ucnv.h>; its UErrorCode clashes with Foundation's bundled ICU in any Swift file
 * that sees both ("'UErrorCode' has different definitions in different modules").
 * Only xmlCharEncodingHandler's private ICU fields depend on this, and Swift never reads them. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlschemastypes.h>

/// `xmlFree` is a global function pointer, which Swift 6 cannot call directly.
static inline void cxml_free(void *p) { xmlFree(p); }
#endif
