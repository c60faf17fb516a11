// Reached by test/macro.c through `#include xstr(include/INCFILE(2).h)`
// (C11 6.10.3.5 EXAMPLE 4, with the path made relative to test/).
#define VERS2_H_VALUE 2
