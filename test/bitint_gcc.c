#include "test.h"

// Compiled by gcc and linked with bitint.c (compiled by the compiler under
// test): the other side of the calls of _BitInt(N) wider than 64 bits.  gcc
// 12 has no _BitInt, but the x86-64 psABI says what one is at a call: over
// 64 bits, a struct of 64-bit words, low word first, aligned to 8 (so in two
// registers, or on the stack at an 8-byte boundary, never split), and the
// bits past N unspecified.  A struct of two words is that here, and its
// unused bits hold garbage the other side must ignore.  Built instead with
// clang 14 -std=c2x, this file uses the real types (clang's _BitInt is the
// psABI's), which checks the same calls against clang.

#if defined(__clang__) && __clang_major__ >= 14
typedef _BitInt(100) S100;
typedef unsigned _BitInt(65) U65;
typedef _BitInt(33) S33;
static S100 s100_of(__int128 v) { return v; }
static __int128 of_s100(S100 x) { return x; }
static U65 u65_of(unsigned __int128 v) { return v; }
static S33 s33_of(long v) { return v; }
#else
typedef struct { unsigned long lo, hi; } S100, U65;
typedef long S33;
// Bits 100 to 127 (36 to 63 of the high word) are garbage.
static S100 s100_of(__int128 v) {
  S100 x = {(unsigned long)v, ((unsigned long)(v >> 64) & 0xfffffffff) | 0xa5a5a5aUL << 36};
  return x;
}
static __int128 of_s100(S100 x) {
  return (__int128)((unsigned __int128)((long)(x.hi << 28) >> 28) << 64 | x.lo);
}
// Bits 65 to 127 are garbage.
static U65 u65_of(unsigned __int128 v) {
  U65 x = {(unsigned long)v, ((unsigned long)(v >> 64) & 1) | 0x123456789abcdefUL << 1};
  return x;
}
// Bits 33 to 63 are garbage.
static S33 s33_of(long v) { return (v & 0x1ffffffff) | 0x2468aceL << 33; }
#endif

#define W(hi, lo) ((__int128)((unsigned __int128)(hi) << 64 | (unsigned long)(lo)))

S100 gcc_s100(long hi, unsigned long lo) { return s100_of(W(hi, lo)); }
U65 gcc_u65(long hi, unsigned long lo) { return u65_of(W(hi, lo)); }
S33 gcc_s33(long v) { return s33_of(v); }
long gcc_hi100(S100 x) { return (long)(of_s100(x) >> 64); }
unsigned long gcc_lo100(S100 x) { return (unsigned long)of_s100(x); }
S100 gcc_add100(S100 a, S100 b) { return s100_of(of_s100(a) + of_s100(b)); }

// h goes to the stack after g, at offset 8 (not 16, as an __int128 would).
S100 gcc_stack100(int a, int b, int c, int d, int e, int f, long g, S100 h, long i) {
  return s100_of(of_s100(h) * 2 + g * 1000 + i + a + b + c + d + e + f);
}

// One register is left for f: f goes to the stack whole, g to r9.
S100 gcc_split100(int a, int b, int c, int d, int e, S100 f, long g) {
  return s100_of(of_s100(f) + g * 100 + a + b + c + d + e);
}

// fmt says what follows: S an S100, l a long.  A long on the stack puts
// the next S100 at an offset that is 8 modulo 16.
S100 gcc_sum_va(const char *fmt, ...) {
  __builtin_va_list ap;
  __builtin_va_start(ap, fmt);
  __int128 s = 0;
  for (; *fmt; fmt++)
    s = s * 3 + (*fmt == 'S' ? of_s100(__builtin_va_arg(ap, S100)) : __builtin_va_arg(ap, long));
  __builtin_va_end(ap);
  return s100_of(s);
}

// gcc calls functions of the compiler under test, with garbage in the bits
// past N, and hands back what they returned.
long gcc_apply_stack(S100 (*f)(int, int, int, int, int, int, long, S100, S100)) {
  return gcc_hi100(f(1, 2, 3, 4, 5, 6, 7, s100_of(W(1, 2)), s100_of(-W(3, 0))));
}
long gcc_apply_split(S100 (*f)(int, int, int, int, int, S100, long)) {
  return gcc_hi100(f(1, 2, 3, 4, 5, s100_of(W(0x100, 0)), -1L));
}
long gcc_apply_va(S100 (*f)(const char *, ...)) {
  return gcc_hi100(f("SSlSlS", s100_of(1), s100_of(2), 3L, s100_of(W(1, 0)), 5L, s100_of(-1)));
}
long gcc_apply_u65(U65 (*f)(U65, S33)) {
  U65 r = f(u65_of(W(1, 5)), s33_of(-2));
#if defined(__clang__) && __clang_major__ >= 14
  return (long)(r >> 32);
#else
  return (long)((r.hi & 1) << 32 | r.lo >> 32);
#endif
}
