// expect: 2:34: error: bit-fields of a _BitInt wider than 64 bits are not supported
struct S { unsigned _BitInt(100) x : 70; int y; };
