// Reached by test/macro.c through `#include MACRO`, once in the "..." form
// and once in the <...> form.
#ifndef MACRO_INC_H_COUNT
#define MACRO_INC_H_COUNT 1
static const char *macro_inc_h_file = __FILE__;
static int macro_inc_h_line = __LINE__;  // line 6 of this file
#else
#undef MACRO_INC_H_COUNT
#define MACRO_INC_H_COUNT 2
#endif
