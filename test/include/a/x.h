// test/pp.sh: a/x.h is found first and forwards to the next x.h on the path.
#define X_FROM_A 1
#include_next <x.h>
