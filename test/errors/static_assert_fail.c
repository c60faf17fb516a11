// expect: 3:1: error: static assertion failed: "arithmetic is broken"
_Static_assert(sizeof(int) == 4, "int is 4 bytes");
_Static_assert(1 + 1 == 3, "arithmetic is broken");
