// expect: 4:57: error: bit-fields of a _BitInt wider than 64 bits in a packed struct are not supported
// 9cc reads such a field through the 8 or 16 bytes at a multiple of 8 that
// hold it, which in a packed struct may reach past its end.
struct __attribute__((packed)) S { char c; _BitInt(100) x : 70; };
