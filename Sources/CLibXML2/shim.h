#ifndef RNNGRADE_CLIBXML2_SHIM_H
#define RNNGRADE_CLIBXML2_SHIM_H
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
