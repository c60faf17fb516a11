// <mm_malloc.h>: _mm_malloc and _mm_free, memory aligned for the SSE
// intrinsics (<xmmintrin.h> includes it), on posix_memalign as in gcc.
#ifndef __MM_MALLOC_H
#define __MM_MALLOC_H

#include <stdlib.h>

// Declared here too: <stdlib.h> leaves it out in strict ISO modes.
extern int posix_memalign(void **, size_t, size_t);

static __inline__ __attribute__((__unused__)) void *_mm_malloc(size_t size, size_t alignment) {
  void *p;
  if (alignment == 1)
    return malloc(size);
  // posix_memalign wants a multiple of sizeof(void *).
  if (alignment < sizeof(void *))
    alignment = sizeof(void *);
  return posix_memalign(&p, alignment, size) == 0 ? p : (void *)0;
}

static __inline__ __attribute__((__unused__)) void _mm_free(void *p) { free(p); }

#endif
