#ifndef CAREMAP_CINFLATE_SHIM_H
#define CAREMAP_CINFLATE_SHIM_H

#include <zlib.h>

// Swift cannot import function-like macros: inflateInit2 is one.
static inline int cm_inflate_init_raw(z_stream *stream) { return inflateInit2(stream, -MAX_WBITS); }

#endif
