// flags: -std=c2x
// C23's bit-precise integers, _BitInt(N) and unsigned _BitInt(N), up to 128
// bits.  gcc learned them in version 14; the expected values are the
// standard's, and agree with clang 14 (-std=c2x), which has _BitInt but not
// the wb suffix.  Arithmetic on a _BitInt wraps at its width (no promotion
// to int), and it is stored as the x86-64 psABI says: in 1, 2, 4 or 8 bytes,
// or over 64 bits in two 8-byte words aligned to 8 (clang 14 agrees).
// `make test-clang` runs this file built by clang: clang 14 has _BitInt but
// not the wb suffix (clang 15) nor constexpr (clang 19), so those parts ask
// for HAVE_WB and HAVE_CONSTEXPR.
#include "test.h"

#if defined(__9cc__) || __GNUC__ >= 14 || __clang_major__ >= 14
#define HAVE_BITINT 1
#endif
#if defined(__9cc__) || __GNUC__ >= 14 || __clang_major__ >= 15
#define HAVE_WB 1
#endif
#if defined(__9cc__) || __GNUC__ >= 14 || __clang_major__ >= 19
#define HAVE_CONSTEXPR 1
#endif

#ifdef HAVE_BITINT
#include <limits.h>

typedef unsigned _BitInt(3) u3;
typedef _BitInt(3) s3;
typedef unsigned _BitInt(5) u5;
typedef _BitInt(5) s5;
typedef _BitInt(33) s33;
typedef unsigned _BitInt(40) u40;

u40 global40 = 1;
u5 global5 = 30;
struct mixed {
  u3 a;
  s33 b;
  s3 c;
} global_struct = {5, -1, -2};

static u3 add3(u3 a, u3 b) { return a + b; }
static s33 mul33(s33 a, s33 b) { return a * b; }

static void test_sizes(void) {
  ASSERT(128, BITINT_MAXWIDTH);
  ASSERT(1, sizeof(_BitInt(2)));
  ASSERT(1, sizeof(unsigned _BitInt(1)));
  ASSERT(1, sizeof(_BitInt(8)));
  ASSERT(2, sizeof(_BitInt(9)));
  ASSERT(4, sizeof(unsigned _BitInt(17)));
  ASSERT(4, sizeof(_BitInt(32)));
  ASSERT(8, sizeof(_BitInt(33)));
  ASSERT(8, sizeof(_BitInt(64)));
  ASSERT(4, _Alignof(_BitInt(20)));
  ASSERT(24, sizeof(struct mixed));
  u3 arr[4] = {1, 2, 3, 9};
  ASSERT(4, sizeof(arr));
  ASSERT(1, arr[3]); // 9 converted to 3 bits
}

static void test_wrapping(void) {
  u3 x = 6, y = 5;
  u3 z = x + y; // u3 + u3 stays u3: 11 wraps to 3
  ASSERT(3, z);
  ASSERT(0, (x + y) > 7);
  ASSERT(6, add3(7, 7));
  s3 s = 3, t = 1;
  s3 r = s + t; // 4 wraps to -4
  ASSERT(-4, r);
  s3 neg = -4;
  neg = -neg;
  ASSERT(-4, neg);
  ASSERT(7, (u3)~(u3)0);
  ASSERT(4, (u3)(x << 1));
  s33 big = 0x100000000; // 2^32
  ASSERT(0, mul33(big, 2));
  ASSERT(0, (s33)(big + big));
  _BitInt(7) a = 63;
  a = a + 1; // 63 + 1 is an int, 64, converted to _BitInt(7)
  ASSERT(-64, a);
  u5 q = 31;
  q *= 3;
  ASSERT(29, q);
  q = 31;
  q -= 32;
  ASSERT(31, q);
  u5 n = 0;
  n--;
  ASSERT(31, n);
  u5 counts[3] = {0};
  for (int i = 0; i < 40; i++)
    counts[1]++;
  ASSERT(8, counts[1]);
  u5 o = 17;
  o |= 0x30;
  o ^= 1;
  ASSERT(16, o);
  unsigned _BitInt(7) sh = 0x7f;
  ASSERT(15, sh >> 3);
  ASSERT(126, (unsigned _BitInt(7))(sh << 1));
}

static void test_compound_assignment(void) {
  u40 local40 = 1;
  global40 <<= 39;
  global40 <<= 1;
  local40 <<= 39;
  local40 <<= 1;
  ASSERT(0, global40);
  ASSERT(0, local40);
  global5 += 3;
  ASSERT(1, global5);
  u40 a = 0xffffffffff;
  a += 1;
  ASSERT(0, a);
  u40 b = 0xffffffffff;
  b *= 2;
  ASSERT(0xfffffffffe, b);
  u40 d = 0xffffffffff;
  d = ~d;
  ASSERT(0, d);
  s5 s = 15;
  s++;
  ASSERT(-16, s);
  u5 v = 30;
  u5 *p = &v;
  ++*p;
  (*p)++;
  ASSERT(0, v);
  global_struct.a += 4;
  ASSERT(1, global_struct.a);
  ASSERT(-1, global_struct.b);
  ASSERT(-2, global_struct.c);
}

static void test_conversions(void) {
  // Against a standard type of the same width, the standard type wins;
  // a wider _BitInt wins against a narrower standard type.
  ASSERT(1, _Generic((_BitInt(32))0 + 0, int: 1, default: 0));
  ASSERT(1, _Generic((unsigned _BitInt(32))0 + 0, unsigned int: 1, default: 0));
  ASSERT(1, _Generic((_BitInt(64))0 + 0L, long: 1, default: 0));
  ASSERT(1, _Generic((_BitInt(40))0 + 0, _BitInt(40): 1, default: 0));
  ASSERT(1, _Generic((u3)0 + (u3)0, u3: 1, default: 0));
  ASSERT(1, _Generic((s3)0 + (u3)0, u3: 1, default: 0));
  ASSERT(1, _Generic((s5)0 + (u3)0, s5: 1, default: 0));
  // _Generic tells _BitInt(N) from every other type.
  _BitInt(8) e = 0;
  ASSERT(1, _Generic(e, _BitInt(8): 1, signed char: 2, char: 3, default: 0));
  ASSERT(1, _Generic(e, unsigned _BitInt(8): 0, _BitInt(9): 0, default: 1));
  ASSERT(1, _Generic((_BitInt(64))0, long: 0, long long: 0, default: 1));
  // Converting from a wider or floating type wraps or truncates.
  double dbl = 300.7;
  _BitInt(10) fd = dbl;
  ASSERT(300, fd);
  ASSERT(-3, (int)(double)(s3)-3);
  _BitInt(5) neg = -16;
  ASSERT(-17, neg - 1); // neg - 1 is an int
  ASSERT(-5, neg / 3);
  ASSERT(1, neg < 0);
  unsigned _BitInt(7) m = 100;
  ASSERT(33, m / 3);
  ASSERT(2, m % 7);
  unsigned _BitInt(64) all = 0;
  all--;
  ASSERT(1, all == 0xffffffffffffffffu);
  _BitInt(64) sixtyfour = 5;
  ASSERT(-15, sixtyfour * -3);
}

// __builtin_*_overflow into a _BitInt: whether the result fits in N bits.
static void test_overflow(void) {
  s33 a;
  ASSERT(1, __builtin_add_overflow((s33)0x80000000, (s33)0x80000000, &a));
  ASSERT(-0x100000000, a); // 2^32 wrapped in 33 bits
  ASSERT(0, __builtin_sub_overflow(-(s33)0x80000000, (s33)0x80000000, &a));
  ASSERT(-0x100000000, a);
  u5 b;
  ASSERT(1, __builtin_mul_overflow(8, 4, &b));
  ASSERT(0, b);
  ASSERT(0, __builtin_mul_overflow(8, 3, &b));
  ASSERT(24, b);
  ASSERT(1, __builtin_sub_overflow(0, 1, &b));
  ASSERT(31, b);
  u40 c;
  ASSERT(1, __builtin_add_overflow(0xffffffffffL, 1, &c));
  ASSERT(0, __builtin_add_overflow(0xfffffffffeL, 1, &c));
  ASSERT(1, c == 0xffffffffff);
}

// The suffixes wb and uwb give the narrowest _BitInt holding the value.
static void test_literals(void) {
#ifdef HAVE_WB
  ASSERT(1, _Generic(3wb, _BitInt(3): 1, default: 0));
  ASSERT(1, _Generic(0wb, _BitInt(2): 1, default: 0));
  ASSERT(1, _Generic(0uwb, unsigned _BitInt(1): 1, default: 0));
  ASSERT(1, _Generic(255uwb, unsigned _BitInt(8): 1, default: 0));
  ASSERT(1, _Generic(255WBU, unsigned _BitInt(8): 1, default: 0));
  ASSERT(1, _Generic(0x7fwb, _BitInt(8): 1, default: 0));
  ASSERT(1, _Generic(-1wb, _BitInt(2): 1, default: 0));
  ASSERT(1, _Generic(0xffffffffffffffffuwb, unsigned _BitInt(64): 1, default: 0));
  ASSERT(3, 3wb);
  ASSERT(-1, -1wb);
  ASSERT(1, 1uwb + 1uwb == 0); // unsigned _BitInt(1) wraps
#endif
}

// Over 64 bits: the words of a value, and values built from them.
#define HI(x) (long)((unsigned __int128)(x) >> 64)
#define LO(x) (long)(x)
typedef unsigned _BitInt(100) u100;
typedef _BitInt(100) s100;
typedef unsigned _BitInt(65) u65;
typedef _BitInt(128) s128;
#define W(hi, lo) ((unsigned __int128)(hi) << 64 | (unsigned long)(lo))

struct wide { char c; u65 a; s128 b; s100 d[2]; };
static struct wide gwide = {1, W(1, 2), -3, {W(0xfffffffff, -1), -1}};
// Folded in the width: (u100)0 - 1 has 100 bits set, 2^99 * 2 wraps to 0.
static u100 gmax = (u100)0 - 1;
static s100 gwrap = ((s100)1 << 99) * 2 + 7;
static unsigned long gshift = (u100)-1 >> 40;
static double gdouble = (u100)1 << 99;
_Static_assert((u100)-1 % 1000 == 375, "2^100 - 1 ends in 375");
_Static_assert((s100)((u100)1 << 99) < 0, "bit 99 is the sign");
_Static_assert((u100)1 << 99, "true in all 100 bits");
#ifndef __clang__ // clang 14 reads only the condition's low 64 bits here
static int chosen = __builtin_choose_expr((u65)1 << 64, 1, (void)0);
#endif
static int garr[(int)(((u65)1 << 64) >> 62)];

static u100 add100(u100 a, u100 b) { return a + b; }
static s100 mul100(s100 a, s100 b) { return a * b; }
// More arguments than registers: the last ones on the stack, 8-aligned.
static s100 sum6(int a, s100 b, s100 c, s100 d, s100 e, s100 f) { return a + b + c + d + e + f; }

static void test_wide_sizes(void) {
#ifndef __clang__
  ASSERT(1, chosen);
#endif
  ASSERT(16, sizeof(u65));
  ASSERT(8, _Alignof(u65));
  ASSERT(16, sizeof(s128));
  ASSERT(8, _Alignof(s128));
  ASSERT(72, sizeof(struct wide));
  ASSERT(8, __builtin_offsetof(struct wide, a));
  ASSERT(24, __builtin_offsetof(struct wide, b));
  ASSERT(40, __builtin_offsetof(struct wide, d));
  ASSERT(1, HI(gwide.a));
  ASSERT(2, LO(gwide.a));
  ASSERT(-1, HI(gwide.b));
  ASSERT(-3, LO(gwide.b));
  ASSERT(-1, HI(gwide.d[0])); // 2^99 and up set: negative in 100 bits
  ASSERT(0xfffffffff, HI((u100)gwide.d[0]));
  ASSERT(-1, HI(gwide.d[1]));
  ASSERT(4, sizeof(garr) / sizeof(int));
}

static void test_wide_arithmetic(void) {
  ASSERT(0xfffffffff, HI(gmax));
  ASSERT(-1, LO(gmax));
  ASSERT(0, HI(gwrap));
  ASSERT(7, LO(gwrap));
  ASSERT(0xfffffffffffffff, gshift);
  ASSERT(1, gdouble == 0x1p99);
  u100 a = 0;
  a = a - 1;
  ASSERT(0xfffffffff, HI(a));
  a++;
  ASSERT(0, HI(a) | LO(a));
  s100 b = (s100)1 << 98;
  b = b + b; // 2^99 wraps to -2^99
  ASSERT(1, b < 0);
  ASSERT(0xfffffff800000000, HI(b));
  u65 c = (u65)1 << 64;
  c = c + c;
  ASSERT(0, HI(c) | LO(c));
  ASSERT(0, HI(add100((u100)1 << 99, (u100)1 << 99)));
  ASSERT(0xfffffff800000000, HI(mul100((s100)1 << 50, (s100)3 << 49)));
  s100 d = -7;
  d /= 2;
  ASSERT(-3, LO(d));
  ASSERT(-1, HI(d));
  ASSERT(-1, LO((s100)-7 % 2));
  u100 e = ~(u100)0;
  e >>= 3;
  ASSERT(0x1ffffffff, HI(e));
  s100 f = -1;
  f <<= 99;
  f >>= 98;
  ASSERT(-2, LO(f));
  ASSERT(-1, HI(f));
  u100 g = -(u100)1;
  ASSERT(0xfffffffff, HI(g));
  ASSERT(0xfffffffff, HI(~(u100)0));
  ASSERT(1, (u100)-1 > (u100)1);
  ASSERT(1, (s100)-1 < (s100)1);
  ASSERT(1, (u65)-1 == W(1, -1));
  u100 h = W(1, 5);
  u100 *ph = &h;
  *ph *= 3;
  ASSERT(3, HI(h));
  ASSERT(15, LO(h));
  ASSERT(5, LO(W(0x123456789, 0x5555) / W(0x123456789, 0x1111)) + 4);
  ASSERT(0x4444, LO(W(0x123456789, 0x5555) % W(0x123456789, 0x1111)));
  ASSERT(0x3ff0140, HI(sum6(1, (s100)1 << 90, -((s100)1 << 80), 3, -4, (s100)5 << 70)));
}

static void test_wide_overflow(void) {
  u100 a = -1;
  ASSERT(1, __builtin_add_overflow(a, 1, &a));
  ASSERT(0, HI(a) | LO(a));
  ASSERT(1, __builtin_sub_overflow(0, 1, &a));
  ASSERT(0xfffffffff, HI(a));
  ASSERT(0, __builtin_sub_overflow((u100)5, 4, &a));
  ASSERT(1, LO(a));
  s100 b = (s100)1 << 98;
  ASSERT(1, __builtin_mul_overflow(b, 2, &b)); // 2^99 is past the sign bit
  ASSERT(1, b < 0);
  ASSERT(0xfffffff800000000, HI(b));
  ASSERT(0, __builtin_mul_overflow(b, 1, &b));
  ASSERT(0, __builtin_add_overflow((long)-1, (s100)-1, &b));
  ASSERT(-2, LO(b));
  ASSERT(-1, HI(b));
  long r;
  ASSERT(1, __builtin_mul_overflow((u100)1 << 70, 1, &r)); // into a long
  ASSERT(0, r);
}

static void test_wide_conversions(void) {
  ASSERT(1, _Generic((s100)0 + 0L, s100: 1, default: 0));
  ASSERT(1, _Generic((s128)0 + (__int128)0, __int128: 1, default: 0));
  ASSERT(1, _Generic((unsigned _BitInt(128))0 + (__int128)0, unsigned __int128: 1, default: 0));
  ASSERT(1, _Generic((s100)0 + (u100)0, u100: 1, default: 0));
  ASSERT(1, _Generic((s100)0 + (unsigned __int128)0, unsigned __int128: 1, default: 0));
  ASSERT(1, _Generic((s100)0, __int128: 0, s100: 1, default: 0));
  ASSERT(1, _Generic((u65)0 + (_BitInt(66))0, _BitInt(66): 1, default: 0));
  ASSERT(1, _Generic(-(unsigned _BitInt(70))1, unsigned _BitInt(70): 1, default: 0));
  ASSERT(1, (double)(u100)-1 == 0x1p100);
  ASSERT(1, (float)(s100)-((s100)1 << 99) == -0x1p99f);
  u100 h = 1e29;
  ASSERT(0x1431e0fae, HI(h));
  ASSERT(0x6d72100000000000, LO(h));
  s100 i = -1e29;
  ASSERT(0xfffffffebce1f051, HI(i));
  long double ld = (u65)-1;
  ASSERT(1, ld == 0x1p65L - 1);
  ASSERT(-1, (long)(s100)-1);
  ASSERT(0xff, (unsigned char)(u100)-1);
  ASSERT(1, (_Bool)((u100)1 << 99));
  ASSERT(-1, HI((s100)-1L)); // sign-extended from the long
  ASSERT(0, HI((u100)1UL << 63));
  __int128 big = (__int128)1 << 120;
  ASSERT(0, HI((u100)big)); // truncated to 100 bits
  ASSERT(0x10000, HI((u100)(big >> 40)));
  ASSERT(0xfffffff800000000, HI((s100)(u100)((u100)1 << 99)));
}

// Over 64 bits, wb and uwb constants hold their value in two words.
static void test_wide_literals(void) {
#ifdef HAVE_WB
  ASSERT(1, _Generic(0x10000000000000000uwb, unsigned _BitInt(65): 1, default: 0));
  ASSERT(1, _Generic(0x10000000000000000wb, _BitInt(66): 1, default: 0));
  ASSERT(1, _Generic(18446744073709551616wb, _BitInt(66): 1, default: 0));
  ASSERT(1, _Generic(0xffffffffffffffffffffffffffffffffuwb, unsigned _BitInt(128): 1, default: 0));
  ASSERT(1, _Generic(0x7fffffffffffffffffffffffffffffffwb, _BitInt(128): 1, default: 0));
  ASSERT(1, _Generic(0b11111111111111111111111111111111111111111111111111111111111111111uwb,
                     unsigned _BitInt(65): 1, default: 0));
  ASSERT(1, _Generic(0777777777777777777777777wb, _BitInt(73): 1, default: 0));
  ASSERT(1, HI(18446744073709551616wb));
  ASSERT(0, LO(18446744073709551616wb));
  ASSERT(0x7fffffffffffffff, HI(0x7fffffffffffffffffffffffffffffffwb));
  ASSERT(-1, LO(0xffffffffffffffffffffffffffffffffuwb));
  ASSERT(0xff, HI(0777777777777777777777777wb));
  ASSERT(0x1234, HI(0x1234'0000000000000005uwb));
  ASSERT(5, LO(0x1234'0000000000000005uwb));
  // 2^100 - 1 in decimal
  ASSERT(0xfffffffff, HI(1267650600228229401496703205375uwb));
  ASSERT(-1, LO(1267650600228229401496703205375uwb));
  ASSERT(1, -0x10000000000000000wb < 0);
  ASSERT(-1, HI(-0x10000000000000000wb));
  static u100 folded = 0x10000000000000000uwb * 3; // in 65 bits: 2^64
  ASSERT(1, HI(folded));
  static u100 folded2 = 0x10000000000000000uwb * 3wb + 0x10000000000000000uwb; // u65: 0
  ASSERT(0, HI(folded2) | LO(folded2));
  ASSERT(1, 0x10000000000000000uwb + 0x10000000000000000uwb == 0); // u65 wraps
#endif
}

// Calls to and from gcc (test/bitint_gcc.c), which passes a _BitInt of 65
// to 128 bits as the psABI's struct of two words, with garbage past N.
s100 gcc_s100(long hi, unsigned long lo);
u65 gcc_u65(long hi, unsigned long lo);
s33 gcc_s33(long v);
long gcc_hi100(s100 x);
unsigned long gcc_lo100(s100 x);
s100 gcc_add100(s100 a, s100 b);
s100 gcc_stack100(int a, int b, int c, int d, int e, int f, long g, s100 h, long i);
s100 gcc_split100(int a, int b, int c, int d, int e, s100 f, long g);
s100 gcc_sum_va(const char *fmt, ...);
long gcc_apply_stack(s100 (*f)(int, int, int, int, int, int, long, s100, s100));
long gcc_apply_split(s100 (*f)(int, int, int, int, int, s100, long));
long gcc_apply_va(s100 (*f)(const char *, ...));
long gcc_apply_u65(u65 (*f)(u65, s33));

static s100 stack_cb(int a, int b, int c, int d, int e, int f, long g, s100 h, s100 i) {
  return h * g + i + a + b + c + d + e + f;
}
static s100 split_cb(int a, int b, int c, int d, int e, s100 f, long g) {
  return f * g + a + b + c + d + e;
}
static s100 sum_va(const char *fmt, ...) {
  __builtin_va_list ap;
  __builtin_va_start(ap, fmt);
  s100 s = 0;
  for (; *fmt; fmt++)
    s = s * 3 + (*fmt == 'S' ? __builtin_va_arg(ap, s100) : __builtin_va_arg(ap, long));
  __builtin_va_end(ap);
  return s;
}
static u65 u65_cb(u65 x, s33 y) { return x * y; }

static void test_wide_abi(void) {
  ASSERT(-1, HI(gcc_s100(-1, 5))); // sign-extended from bit 99
  ASSERT(5, LO(gcc_s100(-1, 5)));
  ASSERT(0x7ffffffff, HI(gcc_s100(0x7ffffffff, 0)));
  ASSERT(1, HI(gcc_u65(-1, 7)));
  ASSERT(7, LO(gcc_u65(-1, 7)));
  ASSERT(-5, gcc_s33(-5));
  ASSERT(-0x100000000, gcc_s33(0x100000000));
  ASSERT(-1, gcc_hi100((s100)-1));
  ASSERT(9, gcc_lo100(W(3, 9)));
  ASSERT(0xfffffff800000000, gcc_hi100((s100)1 << 99));
  ASSERT(0xfffffff800000000, HI(gcc_add100((s100)1 << 98, (s100)1 << 98)));
  s100 st = gcc_stack100(1, 2, 3, 4, 5, 6, 10, (s100)1 << 90, 7);
  ASSERT(0x8000000, HI(st));
  ASSERT(10028, LO(st));
  s100 sp = gcc_split100(1, 2, 3, 4, 5, W(5, 3), 9);
  ASSERT(5, HI(sp));
  ASSERT(918, LO(sp));
  s100 va = gcc_sum_va("SSlSlS", (s100)1, (s100)2, 3L, (s100)W(1, 0), 5L, (s100)-1);
  ASSERT(9, HI(va));
  ASSERT(500, LO(va));
  va = sum_va("SSlSlS", (s100)1, (s100)2, 3L, (s100)W(1, 0), 5L, (s100)-1);
  ASSERT(9, HI(va));
  ASSERT(500, LO(va));
  ASSERT(4, gcc_apply_stack(stack_cb));
  ASSERT(-256, gcc_apply_split(split_cb));
  ASSERT(9, gcc_apply_va(sum_va));
  ASSERT(0x1ffffffff, gcc_apply_u65(u65_cb));
}

// Bit-fields of _BitInt types over 64 bits: aligned to 8 as their types
// are, each in the 8 or 16 bytes at a multiple of 8 that hold it (a
// crosses the struct's 8-byte words; x needs only the second), computing
// in the declared type (as clang 14, which agrees byte for byte).
struct bf_a { long a; s100 x : 60; };
struct bf_b { long a; u100 x : 70; char c; };
struct bf_c { char c; unsigned _BitInt(128) x : 100; _BitInt(65) y : 65; };
static struct bf_b gbf_b = {2, ((u100)1 << 69) + 3, 'b'};
static struct bf_c gbf_c = {'c', ((unsigned _BitInt(128))1 << 99) | 7, -((_BitInt(65))1 << 63) * 2};
union bf_b_words { struct bf_b s; unsigned long w[3]; };

static void test_wide_bitfields(void) {
  ASSERT(16, sizeof(struct bf_a));
  ASSERT(24, sizeof(struct bf_b));
  ASSERT(24, sizeof(struct bf_c));
  ASSERT(8, _Alignof(struct bf_c));
  ASSERT(0x20, HI(gbf_b.x)); // 2^69 + 3
  ASSERT(3, LO(gbf_b.x));
  ASSERT('b', gbf_b.c);
  ASSERT(0x800000000, HI(gbf_c.x));
  ASSERT(7, LO(gbf_c.x));
  ASSERT(-1, HI(gbf_c.y)); // -2^64
  ASSERT(0, LO(gbf_c.y));
  ASSERT('c', gbf_c.c);
  union bf_b_words u = {0};
  u.s.x = -1;
  ASSERT(0, u.w[0]);
  ASSERT(-1, u.w[1]);
  ASSERT(0x3f, u.w[2]); // bits 64-133: 6 bits in the third word, then c
  struct bf_a a = {1, ((s100)1 << 59) - 1};
  ASSERT(1, a.x + 1 == (s100)1 << 59); // s100, not 60 bits: no wrap
  a.x++;
  ASSERT(1, a.x == -((s100)1 << 59)); // stored, it wraps at 60 bits
  struct bf_b b = gbf_b;
  b.x = -1;
  ASSERT(0x3f, HI(b.x)); // 70 bits set
  ASSERT(0x40, HI(b.x + 1));
  b.x *= 3;
  ASSERT(0x3f, HI(b.x));
  ASSERT(-3, LO(b.x));
  ASSERT(16, sizeof(b.x + 0));
  ASSERT(1, _Generic(b.x + 0, u100: 1, default: 0));
  struct bf_c c = gbf_c;
  c.y = c.y - 1; // -2^64 - 1 wraps to 2^64 - 1 in 65 bits
  ASSERT(0, HI(c.y));
  ASSERT(-1, LO(c.y));
  ASSERT('c', c.c);
}

#ifdef HAVE_CONSTEXPR
// constexpr objects of _BitInt types over 64 bits: their whole value, in
// constant expressions; an initializer must fit the width (errors/).
constexpr unsigned _BitInt(100) CX = (unsigned _BitInt(100))1 << 99;
constexpr _BitInt(70) CY = -((_BitInt(70))1 << 68) * 2; // -2^69, the least
constexpr unsigned _BitInt(128) CW = -(unsigned _BitInt(128))1;
constexpr long CL = (_BitInt(100))-5;
static_assert(CX >> 99 == 1 && (CX << 1) == 0);
static_assert(CY == -((_BitInt(71))1 << 69) && CY < 0);
static_assert(CW + 1 == 0 && CL == -5);
static int cx_array[CX >> 97];

static void test_wide_constexpr(void) {
  ASSERT(4, sizeof cx_array / sizeof cx_array[0]);
  ASSERT(-1, CY >> 69);
  ASSERT(1, CX + CX == 0); // wraps at 100 bits
}
#endif

#endif

int main(void) {
#ifdef HAVE_BITINT
#ifdef HAVE_CONSTEXPR
  test_wide_constexpr();
#endif
  test_wide_bitfields();
  test_sizes();
  test_wrapping();
  test_compound_assignment();
  test_conversions();
  test_overflow();
  test_literals();
  test_wide_sizes();
  test_wide_arithmetic();
  test_wide_overflow();
  test_wide_conversions();
  test_wide_literals();
  test_wide_abi();
#endif
  test_done(__FILE__);
  return 0;
}
