// Included three times by test/macro.c (twice by the same name, once as
// include/../include/once.h); #pragma once must make the later ones no-ops.
#pragma once
#ifdef ONCE_H_SEEN
#define ONCE_H_TWICE 1
#endif
#define ONCE_H_SEEN 1
struct once_h_struct { int a; };  // a second definition would be an error
