#include "test.h"

// [GNU] __int128 and unsigned __int128: every operator, the conversions,
// constant expressions, calls and varargs.  Values are checked through
// their 64-bit halves (ASSERT compares longs).  Expected values come from
// Python's arbitrary-precision integers and from C's rules.

typedef __int128 i128;
typedef unsigned __int128 u128;

#define MAKE(h, l) (((u128)(unsigned long)(h) << 64) | (unsigned long)(l))
#define N MAKE(0x123456789abcdef0, 0x0fedcba987654321)

static long hi(u128 x) { return (long)(x >> 64); }
static long lo(u128 x) { return (long)x; }
#define ASSERT128(h, l, x)                                                     \
  do {                                                                         \
    u128 v_ = (x);                                                             \
    ASSERT((long)(h), hi(v_));                                                 \
    ASSERT((long)(l), lo(v_));                                                 \
  } while (0)

// The compiler cannot see through these: the operations happen at run time.
static u128 opaque(u128 x) { return x; }
static i128 sopaque(i128 x) { return x; }
static int iopaque(int x) { return x; }
static double dopaque(double x) { return x; }

static void test_types(void) {
  ASSERT(16, sizeof(__int128));
  ASSERT(16, sizeof(unsigned __int128));
  ASSERT(16, _Alignof(__int128));
  ASSERT(16, __SIZEOF_INT128__);
  ASSERT(16, sizeof(__int128_t));
  ASSERT(16, sizeof(__uint128_t));
  ASSERT(1, _Generic((__int128_t)0, __int128: 1, default: 0));
  ASSERT(1, _Generic((__uint128_t)0, unsigned __int128: 1, default: 0));
  ASSERT(1, _Generic((signed __int128)0, __int128: 1, default: 0));
  ASSERT(1, _Generic((__int128 unsigned)0, unsigned __int128: 1, default: 0));
  ASSERT(0, _Generic((long long)0, __int128: 1, default: 0));
  // The usual arithmetic conversions: __int128 ranks above long long.
  ASSERT(16, sizeof(1LL + (__int128)1));
  ASSERT(16, sizeof((unsigned long long)1 + (__int128)1));
  ASSERT(1, _Generic(1ULL + (i128)1, __int128: 1, default: 0));
  ASSERT(1, _Generic((u128)1 + (i128)1, unsigned __int128: 1, default: 0));
  ASSERT(1, _Generic((i128)1 << 1, __int128: 1, default: 0));
  ASSERT(1, _Generic(1 << (i128)1, int: 1, default: 0));
  // -1 becomes 2^128 - 1; an unsigned long becomes a positive __int128.
  ASSERT(0, -1 < opaque(0));
  ASSERT(1, (i128)-1 < 0UL);
  ASSERT128(1, 0, (unsigned long)-1 + sopaque(1));

  struct { char c; __int128 x; } s;
  ASSERT(32, sizeof(s));
  ASSERT(16, (char *)&s.x - (char *)&s);
  struct { long a; unsigned __int128 b; char c; } t;
  ASSERT(48, sizeof(t));
  i128 arr[3];
  ASSERT(48, sizeof(arr));
  ASSERT(2, &arr[2] - &arr[0]);
  ASSERT(32, (char *)&arr[2] - (char *)&arr[0]);
  // A local is aligned to 16 in the frame.
  char c1;
  i128 aligned;
  char c2;
  (void)c1;
  (void)c2;
  ASSERT(0, (long)&aligned % 16);
}

static void test_arith(void) {
  ASSERT128(1, 0, opaque(MAKE(0, -1)) + 1);
  ASSERT128(0, -1, opaque(MAKE(1, 0)) - 1);
  ASSERT128(-1, -1, sopaque(0) - 1);
  ASSERT128(0xfffffffffffffffe, 1, opaque(MAKE(0, -1)) * opaque(MAKE(0, -1)));
  ASSERT128(0x34320fda5e0bd2ac, 0xdcccccccce1833a9,
            opaque(N) * opaque(0x1000000123456789));
  ASSERT128(-1, -21, sopaque(-3) * 7);
  ASSERT128(0, 21, sopaque(-3) * -7);
  ASSERT128(-1, -5, -sopaque(5));
  ASSERT128(1, 0, -opaque(MAKE(-1, 0)));
  ASSERT128(-1, -6, ~sopaque(5));
  ASSERT128(0x123456789abcdef0 & 0xff00, 0x21, opaque(N) & MAKE(0xff00, 0xff));
  ASSERT128(0x123456789abcdef0 | 1, 0x0fedcba987654321 | 2, opaque(N) | MAKE(1, 2));
  ASSERT128(0x123456789abcdef0 ^ -1, 0x0fedcba987654321, opaque(N) ^ MAKE(-1, 0));
  ASSERT(1, +sopaque(1) == 1);
}

static unsigned long xorshift_state = 88172645463325252UL;
static unsigned long xorshift(void) {
  unsigned long s = xorshift_state;
  s ^= s << 13;
  s ^= s >> 7;
  s ^= s << 17;
  return xorshift_state = s;
}

// Divisors of 2^64 or more, whose quotient one `div` estimates within one:
// the results checked against their definition (q v + r = u, r < v,
// signed ones truncated toward zero) over divisors of every length and
// dividends from below them to 2^128, and the extremes.
static void test_div_wide(void) {
  ASSERT128(0, -1, opaque(-1) / opaque(MAKE(1, 1)));
  ASSERT128(0, 0, opaque(-1) % opaque(MAKE(1, 1)));
  ASSERT128(0, -1, opaque(-1) / opaque(MAKE(1, 0)));
  ASSERT128(0, -1, opaque(-1) % opaque(MAKE(1, 0)));
  ASSERT128(0, 0, opaque(MAKE(1, 0)) / opaque(MAKE(1, 1)));
  ASSERT128(1, 0, opaque(MAKE(1, 0)) % opaque(MAKE(1, 1)));
  ASSERT128(0, 2, opaque(MAKE(2, 2)) / opaque(MAKE(1, 1)));
  ASSERT128(0, 0, opaque(MAKE(2, 2)) % opaque(MAKE(1, 1)));
  ASSERT128(0, 1, opaque(MAKE(2, 1)) / opaque(MAKE(1, 1)));
  ASSERT128(1, 0, opaque(MAKE(2, 1)) % opaque(MAKE(1, 1)));
  int bad = 0;
  for (int i = 0; i < 20000; i++) {
    unsigned long a = xorshift(), b = xorshift(), c = xorshift(), d = xorshift();
    u128 u = MAKE(a, b) >> (i % 67);
    u128 v = MAKE(c >> (i % 64) ? c >> (i % 64) : 1, d);
    u128 q = u / v, r = u % v;
    bad += q >> 64 || r >= v || q * v + r != u;
    i128 su = (i128)u, sv = (i128)v;
    if (i & 1)
      sv = -sv;
    i128 sq = su / sv, sr = su % sv;
    bad += sq * sv + sr != su || (sr < 0 ? -sr : sr) >= (sv < 0 ? -sv : sv) ||
           (sr != 0 && (sr < 0) != (su < 0));
  }
  ASSERT(0, bad);
}

// __int128 bit-fields, laid out as gcc does: in 16-byte units aligned to
// 16, a field never crossing one (e starts the second unit; d and m
// cross the middle of theirs).
// One of fewer than 32 bits computes as an int, of 32 as an (unsigned)
// int, of 33 to 63 in a type of its width, of 64 as a long, of 128 as an
// __int128; so it is passed to printf, too.
struct bits128 {
  char c;
  i128 a : 20;
  u128 b : 32;
  i128 d : 40;
  u128 e : 64;
  i128 f : 30;
  i128 g : 128;
  u128 h : 128;
  u128 k : 60;
  u128 m : 10;
};
static struct bits128 gbits = {1, -5, 0xffffffff, -(1L << 38), 0xfedcba9876543210, -3, -7, ~(u128)0,
                               0xfffffffffffffff, 1023};
union bits128_words { struct bits128 s; unsigned long w[10]; };

static int bits_vsum(int n, ...) {
  __builtin_va_list ap;
  __builtin_va_start(ap, n);
  int a = __builtin_va_arg(ap, int);
  unsigned b = __builtin_va_arg(ap, unsigned);
  long e = __builtin_va_arg(ap, long);
  int last = __builtin_va_arg(ap, int);
  __builtin_va_end(ap);
  return a + (int)b + (int)e + last * n;
}

static void test_bitfields(void) {
  ASSERT(80, sizeof(struct bits128));
  ASSERT(16, _Alignof(struct bits128));
  ASSERT(4, sizeof(gbits.a + 0));
  ASSERT(4, sizeof(gbits.b + 0));
  ASSERT(8, sizeof(gbits.d + 0));
  ASSERT(8, sizeof(gbits.e + 0));
  ASSERT(16, sizeof(gbits.g + 0));
  ASSERT(-5, gbits.a);
  ASSERT(1, gbits.b + 1 == 0); // unsigned int wraps
  ASSERT(-(1L << 38), gbits.d);
  ASSERT(1, gbits.d - 1 < 0);
  ASSERT(1, gbits.e + 1 == 0xfedcba9876543211);
  ASSERT(-3, gbits.f);
  ASSERT128(-1, -7, gbits.g);
  ASSERT128(-1, -1, gbits.h);
  ASSERT(0xfffffffffffffff, gbits.k);
  ASSERT(1023, gbits.m);

  union bits128_words u = {0};
  struct bits128 *s = &u.s;
  s->a = -5;
  s->d = 3;
  s->f = -1;
  s->k = 0xabc;
  s->m = 1023;
  ASSERT(0xffffbL << 8 | 3L << 60, u.w[0]); // a: bits 8-27, d: 60-99
  ASSERT(0, u.w[1]);
  ASSERT(0, u.w[2]);
  ASSERT(0x3fffffff, u.w[3]); // f: bits 64-93 of the second unit
  ASSERT(0, u.w[4]);
  ASSERT(0xabc | 0xfUL << 60, u.w[8]); // k, and m across the words
  ASSERT(0x3f, u.w[9]);

  struct bits128 t = gbits;
  ASSERT(-4, ++t.a);
  ASSERT(0, t.b += 1);
  ASSERT(-(1L << 38) - 1, --t.d);
  ASSERT(1, t.e++ == 0xfedcba9876543210);
  ASSERT(1, t.e == 0xfedcba9876543211);
  ASSERT(0, t.m += 1);
  t.g *= 3;
  ASSERT128(-1, -21, t.g);
  ASSERT(1, (t.h = 5) == 5);
  ASSERT(1, (t.k = opaque(~(u128)0)) == 0xfffffffffffffff); // the value stored
  ASSERT(1, (double)t.d == -274877906945.0);
  ASSERT(1, t.c);
  ASSERT(-5 + -1 + (int)0xfedcba9876543210L + 1023 * 2, bits_vsum(2, gbits.a, gbits.b, gbits.e, gbits.m));
}

// Fields of 65 to 127 bits compute, as in gcc, in a type of their width:
// arithmetic on them wraps there.  Layout as gcc's: wb (70 bits) starts
// the second unit, wa (100 bits) and wc (3) sharing the first, and wd
// (127) the third.
struct wide128 {
  u128 wa : 100;
  unsigned wc : 3;
  i128 wb : 70;
  u128 wd : 127;
  char e;
};
static struct wide128 gwide = {((u128)1 << 99) + 5, 5, -((i128)1 << 68), ~(u128)0, 'x'};
union wide128_words { struct wide128 s; unsigned long w[8]; };

static void test_wide_bitfields(void) {
  ASSERT(64, sizeof(struct wide128));
  ASSERT(16, sizeof(gwide.wa + 0));
  ASSERT128(0x0000000800000000, 5, gwide.wa);
  ASSERT128(-16, 0, gwide.wb); // -2^68
  ASSERT(5, gwide.wc);
  ASSERT128(0x7fffffffffffffff, -1, gwide.wd);
  ASSERT('x', gwide.e);
  union wide128_words u = {0};
  u.s.wa = ~(u128)0;
  u.s.wc = 7;
  u.s.wb = -1;
  ASSERT(-1, u.w[0]);
  ASSERT(0x7fffffffffUL, u.w[1]); // wa: bits 0-99, wc: 100-102
  ASSERT(-1, u.w[2]);
  ASSERT(0x3f, u.w[3]); // wb: bits 0-69 of the second unit
  struct wide128 t = gwide;
  t.wa = ~(u128)0;
  ASSERT128(0, 0, t.wa + 1); // wraps at 100 bits
  ASSERT128(0xfffffffff, -3, t.wa * 3); // 3 * (2^100 - 1) mod 2^100
  t.wb = ((i128)1 << 69) - 1;
  ASSERT128(-32, 0, t.wb + 1); // the largest 70-bit value, plus one: -2^69
  t.wb++;
  ASSERT128(-32, 0, t.wb);
  t.wd += 2;
  ASSERT128(0, 1, t.wd);
  t.wb = -1.5e20;
  ASSERT(1, (double)t.wb == -1.5e20);
  ASSERT(3, _Generic(t.wa + 0, u128: 1, i128: 2, default: 3));
}

// _Complex __int128, a GNU extension: 32 bytes, aligned to 16, its
// arithmetic done on the parts.
typedef _Complex __int128 c128;
static c128 gc = 3 + 4i;
static c128 gc_big = (i128)1 << 100;
static struct { char c; c128 z; } gcs = {1, -5};
static c128 cmul(c128 a, c128 b) { return a * b; }

static void test_complex(void) {
  ASSERT(32, sizeof(c128));
  ASSERT(16, _Alignof(c128));
  ASSERT(48, sizeof gcs);
  ASSERT(3, __real__ gc);
  ASSERT(4, __imag__ gc);
  ASSERT128(1L << 36, 0, __real__ gc_big);
  ASSERT(0, __imag__ gc_big);
  ASSERT(-5, __real__ gcs.z);
  c128 a = 1 + 2i, b = (i128)1 << 70;
  c128 p = cmul(a, gc); // (1 + 2i)(3 + 4i) = -5 + 10i
  ASSERT(-5, __real__ p);
  ASSERT(10, __imag__ p);
  ASSERT128(64, 1, __real__ (a + b));
  ASSERT(2, __imag__ (a + b));
  ASSERT(-2, __real__ (a - gc));
  ASSERT(-2, __imag__ (~a)); // the conjugate
  ASSERT(1, a == 1 + 2i);
  ASSERT(1, a != gc);
  c128 q = gc / (c128)2; // integer division of each part
  ASSERT(1, __real__ q);
  ASSERT(2, __imag__ q);
  __imag__ b = -7;
  ASSERT128(-1, -7, __imag__ b);
  _Complex unsigned __int128 u = 5;
  u *= u;
  ASSERT(25, __real__ u);
  double _Complex d = a;
  ASSERT(2, __imag__ d);
}

static void test_div(void) {
  u128 n = opaque(N);
  ASSERT128(0x0555555555555555, 0x5555555555555555, opaque(MAKE(0x1000000000000000, 0)) / 3);
  ASSERT128(0x01d208a5a912e318, 0x0197c790f3f086b6, n / 10);
  ASSERT(5, n % 10);
  ASSERT128(1, 0x23456774f5602d46, n / 0x1000000123456789);
  ASSERT128(0, 0x0db6e8f5bed7deab, n % 0x1000000123456789);
  // Divisors with their high half set: the quotient fits in 64 bits.
  ASSERT128(0, 0x12345678983ac7a5, n / opaque(MAKE(1, 0x23456789)));
  ASSERT128(0, 0x77cfeebd0b2408d4, n % opaque(MAKE(1, 0x23456789)));
  ASSERT128(0, 1, opaque(-1) / opaque(MAKE(0xfedcba9876543210, 0x0123456789abcdef)));
  ASSERT128(0x0123456789abcdef, 0xfedcba9876543210,
            opaque(-1) % opaque(MAKE(0xfedcba9876543210, 0x0123456789abcdef)));
  ASSERT128(0, 1, opaque(-1) / opaque(MAKE(0x8000000000000000, 1)));
  ASSERT128(0x7fffffffffffffff, 0xfffffffffffffffe, opaque(-1) % opaque(MAKE(0x8000000000000000, 1)));
  ASSERT128(0, 0, n / opaque(-1));
  ASSERT128(0, 1, opaque(-1) / opaque(-1));
  ASSERT128(0, 0x123456789abcdef0, n / opaque(MAKE(1, 0)));
  ASSERT128(0, 0x0fedcba987654321, n % opaque(MAKE(1, 0)));
  ASSERT128(0, 0x468acf13579bdff1, n % 0xfffffffffffffffd);
  ASSERT128(0, 0x123456789abcdef0, n / 0xfffffffffffffffd);

  // Signed: truncated toward zero, the remainder with the dividend's sign.
  i128 a = -(i128)N;
  ASSERT128(-1, -3, sopaque(-7) / 2);
  ASSERT128(-1, -1, sopaque(-7) % 2);
  ASSERT128(-1, -3, sopaque(7) / -2);
  ASSERT128(0, 1, sopaque(7) % -2);
  ASSERT128(0, 3, sopaque(-7) / -2);
  ASSERT128(0xfffffffffffffffe, 0xdcba988b0a9fd2ba, a / 0x1000000123456789);
  ASSERT128(0xffffffffffffffff, 0xf249170a41282155, a % 0x1000000123456789);
  i128 b = -(i128)MAKE(0x700000000, 0x0000000000000123);
  ASSERT128(0, 0x000000000299c335, a / b);
  ASSERT128(0xfffffffa6543210f, 0xf01234596d63a21e, a % b);
  ASSERT128(-1, 0xfffffffffd663ccb, -a / b);
  ASSERT128(0x000000059abcdef0, 0x0fedcba6929c5de2, -a % b);
  // The largest magnitudes that are defined.
  i128 min = -(i128)(((u128)1 << 127) - 1) - 1;
  ASSERT128(0xc000000000000000, 0, min / 2);
  ASSERT128(0, 0, min % 2);
  ASSERT128(0, 1, min / min);
  ASSERT128(0, 0, (min + 1) / min);
  ASSERT128(0x8000000000000000, 1, (min + 1) % min);
}

static void test_shift(void) {
  u128 n = opaque(N);
  int k[] = {0, 1, 63, 64, 65, 100, 127};
  ASSERT128(0x123456789abcdef0, 0x0fedcba987654321, n << iopaque(k[0]));
  ASSERT128(0x2468acf13579bde0, 0x1fdb97530eca8642, n << iopaque(k[1]));
  ASSERT128(0x07f6e5d4c3b2a190, 0x8000000000000000, n << iopaque(k[2]));
  ASSERT128(0x0fedcba987654321, 0, n << iopaque(k[3]));
  ASSERT128(0x1fdb97530eca8642, 0, n << iopaque(k[4]));
  ASSERT128(0x7654321000000000, 0, n << iopaque(k[5]));
  ASSERT128(0x8000000000000000, 0, n << iopaque(k[6]));
  ASSERT128(0x091a2b3c4d5e6f78, 0x07f6e5d4c3b2a190, n >> iopaque(k[1]));
  ASSERT128(0, 0x2468acf13579bde0, n >> iopaque(k[2]));
  ASSERT128(0, 0x123456789abcdef0, n >> iopaque(k[3]));
  ASSERT128(0, 0x091a2b3c4d5e6f78, n >> iopaque(k[4]));
  ASSERT128(0, 0x0000000001234567, n >> iopaque(k[5]));
  ASSERT128(0, 0, n >> iopaque(k[6]));

  u128 a = n | (u128)1 << 127;
  ASSERT128(0x491a2b3c4d5e6f78, 0x07f6e5d4c3b2a190, a >> iopaque(1));
  ASSERT128(1, 0x2468acf13579bde0, a >> iopaque(63));
  ASSERT128(0, 0x923456789abcdef0, a >> iopaque(64));
  ASSERT128(0, 0x491a2b3c4d5e6f78, a >> iopaque(65));
  ASSERT128(0, 0x0000000009234567, a >> iopaque(100));
  ASSERT128(0, 1, a >> iopaque(127));
  i128 s = (i128)a;
  ASSERT128(0xc91a2b3c4d5e6f78, 0x07f6e5d4c3b2a190, s >> iopaque(1));
  ASSERT128(-1, 0x2468acf13579bde0, s >> iopaque(63));
  ASSERT128(-1, 0x923456789abcdef0, s >> iopaque(64));
  ASSERT128(-1, 0xc91a2b3c4d5e6f78, s >> iopaque(65));
  ASSERT128(-1, 0xfffffffff9234567, s >> iopaque(100));
  ASSERT128(-1, -1, s >> iopaque(127));
  // Constant counts, and a count that is itself an __int128.
  ASSERT128(0, 0x923456789abcdef0, a >> 64);
  ASSERT128(-1, 0xfffffffff9234567, s >> 100);
  ASSERT128(0x0fedcba987654321, 0, n << (i128)64);
  ASSERT(8, 1 << sopaque(3));
}

static void test_compare(void) {
  u128 big = opaque(MAKE(1, 0)), small = opaque(MAKE(0, -1));
  ASSERT(1, small < big);
  ASSERT(1, small <= big);
  ASSERT(0, small > big);
  ASSERT(0, small >= big);
  ASSERT(0, small == big);
  ASSERT(1, small != big);
  ASSERT(1, big == opaque(MAKE(1, 0)));
  ASSERT(0, big == opaque(MAKE(2, 0)));
  ASSERT(1, big <= opaque(MAKE(1, 0)));
  ASSERT(1, big >= opaque(MAKE(1, 0)));
  ASSERT(0, big < opaque(MAKE(1, 0)));
  // Signed: the high halves compare signed, the low halves unsigned.
  i128 neg = sopaque(-1), pos = sopaque(MAKE(0, 0x8000000000000000));
  ASSERT(1, neg < pos);
  ASSERT(1, neg < 0);
  ASSERT(0, neg > pos);
  ASSERT(1, pos > sopaque(1));
  ASSERT(1, sopaque(-2) < sopaque(-1));
  ASSERT(0, opaque(-1) < opaque(1));
  ASSERT(1, sopaque(MAKE(-1, 5)) < sopaque(MAKE(-1, -5)));
  ASSERT(1, sopaque(MAKE(0x8000000000000000, 0)) < sopaque(MAKE(0x7fffffffffffffff, -1)));
  ASSERT(0, opaque(MAKE(0x8000000000000000, 0)) < opaque(MAKE(0x7fffffffffffffff, -1)));
}

// Truth of a value whose low half is zero.
static void test_logic(void) {
  u128 h = opaque(MAKE(1, 0)), z = opaque(0);
  ASSERT(0, !h);
  ASSERT(1, !z);
  ASSERT(1, h && 1);
  ASSERT(0, z && 1);
  ASSERT(1, z || h);
  ASSERT(0, z || z);
  ASSERT(7, h ? 7 : 8);
  ASSERT(8, z ? 7 : 8);
  int n = 0;
  if (h)
    n++;
  if (z)
    n += 10;
  while (h) {
    h >>= 1;
    n++;
  }
  ASSERT(66, n);
  ASSERT(1, (_Bool)opaque(MAKE(1, 0)));
  ASSERT(0, (_Bool)opaque(0));
  i128 x = sopaque(5), y = sopaque(-5);
  ASSERT128(0, 5, x > y ? x : y);
  ASSERT128(-1, -5, x < y ? x : y);
}

static void test_assign(void) {
  u128 x = opaque(MAKE(0, -1));
  x += 1;
  ASSERT128(1, 0, x);
  x -= 2;
  ASSERT128(0, -2, x);
  x *= 4;
  ASSERT128(3, -8, x);
  x /= 2;
  ASSERT128(1, -4, x);
  x %= opaque(MAKE(1, 0));
  ASSERT128(0, -4, x);
  x <<= 66;
  ASSERT128(-16, 0, x);
  x >>= 65;
  ASSERT128(0, 0x7ffffffffffffff8, x);
  x |= MAKE(1, 1);
  ASSERT128(1, 0x7ffffffffffffff9, x);
  x &= MAKE(1, 0xff);
  ASSERT128(1, 0xf9, x);
  x ^= MAKE(3, 0xf0);
  ASSERT128(2, 9, x);

  u128 y = opaque(MAKE(0, -1));
  ASSERT128(0, -1, y++);
  ASSERT128(1, 0, y);
  ASSERT128(0, -1, --y);
  ASSERT128(0, -1, y--);
  ASSERT128(0, -2, y);
  ASSERT128(0, -1, ++y);

  i128 arr[3] = {1, 2, 3}, *p = arr;
  *p++ += 10;
  ASSERT128(0, 11, arr[0]);
  ASSERT128(0, 2, *p);
  p[1] = -p[0];
  ASSERT128(-1, -2, arr[2]);
  struct { int a; i128 b; } s = {1, 3}; // (a shift of a negative value is undefined)
  s.b <<= 64;
  ASSERT128(3, 0, s.b);
  ASSERT(1, s.a);
  int i = 3;
  i += sopaque(MAKE(1, 4)); // converted to int: the low 32 bits
  ASSERT(7, i);
  i = sopaque(MAKE(1, -1));
  ASSERT(-1, i);
}

static void test_int_conversions(void) {
  ASSERT128(-1, -1, (i128)iopaque(-1));
  ASSERT128(0, 0xffffffff, (i128)(unsigned)iopaque(-1));
  ASSERT128(-1, -1, (i128)(long)iopaque(-1));
  ASSERT128(0, -1, (i128)(unsigned long)iopaque(-1));
  ASSERT128(-1, -1, (u128)(long)iopaque(-1));
  ASSERT128(-1, -1, (i128)(signed char)iopaque(255));
  ASSERT128(0, 255, (i128)(unsigned char)iopaque(255));
  ASSERT128(-1, -32768, (i128)(short)iopaque(32768));
  ASSERT128(0, 1, (i128)(_Bool)iopaque(7));
  u128 v = opaque(MAKE(0x1234, 0x8765432187654321));
  ASSERT(0x87654321, (unsigned)v);
  ASSERT(0x21, (unsigned char)v);
  ASSERT(0x4321, (unsigned short)v);
  ASSERT((long)0x8765432187654321, (long)v);
  ASSERT(0x21, (signed char)v);
  ASSERT(1, (_Bool)v);
  ASSERT(1, (_Bool)opaque(MAKE(0x80, 0)));
  int x = 42;
  u128 ptr = (u128)(unsigned long)&x;
  ASSERT(42, *(int *)(unsigned long)ptr);
  ASSERT(42, *(int *)ptr);
}

static void test_float_conversions(void) {
  i128 max = (i128)(((u128)1 << 127) - 1), min = -max - 1;
  // 2^127 - 1 rounds to 2^127; 2^64 - 1 to 2^64 in a double.
  ASSERT(1, (double)sopaque(max) == 0x1p127);
  ASSERT(1, (double)sopaque(min) == -0x1p127);
  ASSERT(1, (float)sopaque(min) == -0x1p127f);
  ASSERT(1, (long double)sopaque(max) == 0x1p127L);
  ASSERT(1, (long double)sopaque(min) == -0x1p127L);
  ASSERT(1, (double)opaque(MAKE(1, 0)) == 0x1p64);
  ASSERT(1, (double)opaque(MAKE(0, -1)) == 0x1p64);
  ASSERT(1, (long double)opaque(MAKE(0, -1)) == 18446744073709551615.0L);
  ASSERT(1, (double)opaque(-1) == 0x1p128);
  ASSERT(1, (double)sopaque(-3) == -3.0);
  ASSERT(1, (float)sopaque(-3) == -3.0f);
  ASSERT(1, (long double)sopaque(-3) == -3.0L);
  ASSERT(1, (double)sopaque(0) == 0.0);
  ASSERT(1, (double)opaque(12345) == 12345.0);
  // Round to nearest, ties to even, with the bits below the rounding
  // position counted: 2^65 + 2^12 is halfway, one more is above.
  ASSERT(1, (double)opaque(((u128)1 << 65) + (1 << 12)) == 0x1p65);
  ASSERT(1, (double)opaque(((u128)1 << 65) + (1 << 12) + 1) == 0x1p65 + 0x1p13);
  ASSERT(1, (double)opaque(((u128)1 << 65) + 3 * (1 << 12)) == 0x1p65 + 0x1p14);
  ASSERT(1, (double)opaque(((u128)1 << 127) + ((u128)1 << 74)) == 0x1p127);
  ASSERT(1, (double)opaque(((u128)1 << 127) + ((u128)1 << 74) + 1) == 0x1p127 + 0x1p75);
  ASSERT(1, (double)sopaque(-(i128)(((u128)1 << 65) + (1 << 12) + 1)) == -(0x1p65 + 0x1p13));
  ASSERT(1, (double)opaque(0x8000000000000401) == 0x1p63 + 0x1p11);
  ASSERT(1, (double)opaque(0x8000000000000400) == 0x1p63);
  ASSERT(1, (float)opaque(((u128)1 << 100) + ((u128)1 << 76)) == 0x1p100f);
  ASSERT(1, (float)opaque(((u128)1 << 100) + ((u128)1 << 76) + 1) == 0x1p100f + 0x1p77f);
  ASSERT(1, (long double)opaque(((u128)1 << 100) + ((u128)1 << 36)) == 0x1p100L);
  ASSERT(1, (long double)opaque(((u128)1 << 100) + ((u128)1 << 36) + 1) == 0x1p100L + 0x1p37L);
  ASSERT(1, (long double)opaque(((u128)1 << 100) + ((u128)1 << 37)) == 0x1p100L + 0x1p37L);

  // To __int128, truncating toward zero.
  ASSERT128(0x0000000c9f2c9cd0, 0x4675000000000000, (i128)dopaque(1e30));
  ASSERT128(0xfffffff360d3632f, 0xb98b000000000000, (i128)dopaque(-1e30));
  ASSERT128(0x0000000c9f2c9cd0, 0x4675000000000000, (u128)dopaque(1e30));
  ASSERT128(0x0000000c9f2ca000, 0, (i128)(float)dopaque(1e30));
  ASSERT128(0, 0, (i128)dopaque(0.5));
  ASSERT128(0, 0, (i128)dopaque(-0.5));
  ASSERT128(0, 1, (i128)dopaque(1.9));
  ASSERT128(-1, -1, (i128)dopaque(-1.9));
  ASSERT128(1, 0, (i128)dopaque(0x1p64));
  ASSERT128(0, 0x8000000000000000, (i128)dopaque(0x1p63));
  ASSERT128(0x8000000000000000, 0, (u128)dopaque(0x1p127));
  ASSERT128(0x8000000000000000, 0, (i128)dopaque(-0x1p127));
  ASSERT128(0xfffffffffffff800, 0, (u128)dopaque(0x1.fffffffffffffp127));
  ASSERT128(0, 123, (i128)(float)iopaque(123));
  long double ld = 0x1.fffffffffffffffep126L * (dopaque(1) > 0 ? 1 : 2);
  ASSERT128(0x7fffffffffffffff, 0x8000000000000000, (i128)ld);
  ASSERT128(0x8000000000000000, 0x8000000000000000, (i128)-ld);
  ASSERT128(0, 3, (i128)(3.75L * (dopaque(1) > 0 ? 1 : 2)));
  ASSERT128(-1, -3, (i128)(-3.75L * (dopaque(1) > 0 ? 1 : 2)));
  // There and back, exactly for values with up to 64 significant bits.
  i128 v = sopaque(-(i128)MAKE(0xffffff, 0xffffffffff000000));
  ASSERT(1, (i128)(long double)v == v);
  ASSERT(1, (i128)(double)sopaque((i128)1 << 100) == (i128)1 << 100);
}

// Constant expressions, folded in 128 bits.
static u128 g1 = (u128)1 << 100;
static i128 g2 = -(i128)5 / 3;
static u128 g3 = (u128)-1 / 7;
static i128 g4 = 1e30;
static u128 g5[2] = {(u128)-1, 42};
static struct { char c; i128 x; int i; } g6 = {'a', -((i128)1 << 70), 9};
i128 g7 = ((i128)1 << 64) + 5;
static long g8 = (long)(((u128)1 << 100) >> 90);
enum { E1 = (int)((i128)-1 >> 100), E2 = ((u128)1 << 127) > 0, E3 = !((u128)1 << 64) };
_Static_assert((u128)1 << 127 > ((u128)1 << 126), "128-bit constants");
_Static_assert(-(i128)5 / 3 == -1 && -(i128)5 % 3 == -2, "signed division");
_Static_assert((u128)-1 == (((u128)1 << 127) - 1) * 2 + 1, "unsigned wrap");
// Only the high half is nonzero: still true.
_Static_assert((u128)1 << 64, "true in all 128 bits");
static int chosen = __builtin_choose_expr((i128)1 << 100, 1, (void)0);

static void test_constants(void) {
  ASSERT(1, chosen);
  ASSERT128(0x1000000000, 0, g1);
  ASSERT128(-1, -1, g2);
  ASSERT128(0x2492492492492492, 0x4924924924924924, g3);
  ASSERT128(0x0000000c9f2c9cd0, 0x4675000000000000, g4);
  ASSERT128(-1, -1, g5[0]);
  ASSERT128(0, 42, g5[1]);
  ASSERT('a', g6.c);
  ASSERT128(-64, 0, g6.x);
  ASSERT(9, g6.i);
  ASSERT128(1, 5, g7);
  ASSERT(1024, g8);
  ASSERT(-1, E1);
  ASSERT(1, E2);
  ASSERT(0, E3);
  char a[(int)(((u128)1 << 100) >> 98)];
  ASSERT(4, sizeof(a));
  static const u128 c = (u128)0x1234 << 64 | 0x5678;
  ASSERT128(0x1234, 0x5678, c);
  int hits = 0;
  for (int i = 0; i < 5; i++) {
    switch (i) {
    case (int)(((u128)1 << 65) >> 64):
      hits += 1;
      break;
    case (int)((i128)-8 / 2 + 7):
      hits += 10;
      break;
    }
  }
  ASSERT(11, hits);
  ASSERT128(0x8000000000000000, 0, (u128)1 << 127);
  ASSERT128(-1, -2, -(i128)5 / 3 - 1);
}

static int classify(i128 x) {
  switch (x) {
  case 0:
    return 1;
  case -1:
    return 2;
  case (i128)1 << 64:
    return 3;
  case 0xffffffffffffffff:
    return 4;
  default:
    return 5;
  }
}

static int uclassify(u128 x) {
  switch (x) {
  case -1:
    return 1;
  case 0xffffffffffffffff:
    return 2;
  case 7:
    return 3;
  }
  return 0;
}

static void test_switch(void) {
  ASSERT(1, classify(0));
  ASSERT(2, classify(-1));
  ASSERT(3, classify((i128)1 << 64));
  ASSERT(4, classify(0xffffffffffffffff));
  ASSERT(5, classify(-((i128)1 << 64)));
  ASSERT(5, classify(((i128)1 << 64) + 1));
  ASSERT(1, uclassify(-1));
  ASSERT(2, uclassify(0xffffffffffffffff));
  ASSERT(3, uclassify(7));
  ASSERT(0, uclassify((u128)7 << 64 | 7));
}

// Arguments: two registers each, low half first, or the stack (16-byte
// aligned) when fewer than two registers are left.
static i128 sum3(i128 a, i128 b, i128 c) { return a + b + c; }
static i128 late(long a, long b, long c, long d, long e, i128 x, long f) {
  return x + a + b + c + d + e + f;
}
static u128 stacked(i128 a, i128 b, i128 c, i128 d, long e) { return (u128)(a + b + c + d) * e; }
static struct pair { i128 a; long b; } make_pair(i128 a, long b) {
  struct pair p = {a, b};
  return p;
}
static struct one { u128 v; } make_one(u128 v) {
  struct one o = {v};
  return o;
}

static void test_calls(void) {
  ASSERT128(1, 2, sum3(MAKE(0, -1), 2, 1));
  ASSERT128(3, 20, late(1, 2, 3, 4, 5, MAKE(2, -1), 6));
  ASSERT128(0, 100, stacked(1, 2, 3, 4, 10));
  ASSERT128(6, 0, stacked(MAKE(0, -1), 1, MAKE(1, -1), 1, 2));
  struct pair p = make_pair(MAKE(-1, 1), 7);
  ASSERT128(-1, 1, p.a);
  ASSERT(7, p.b);
  struct one o = make_one(MAKE(3, 4));
  ASSERT128(3, 4, o.v);
  i128 (*fp)(i128, i128, i128) = sum3;
  ASSERT128(0, 6, fp(1, 2, 3));
}

// __int128 operands mixed with pointers, floating types and loops.
static _Complex double gz = (i128)1 << 70;
static void test_mixed(void) {
  int a[10] = {0};
  i128 i = sopaque(3);
  int *p = a + (i128)2;
  a[(i128)4] = 7;
  p[i] = 9;
  ASSERT(2, p - a);
  ASSERT(7, a[4]);
  ASSERT(9, a[5]);
  i128 x = sopaque(10);
  x += 2.5;
  ASSERT128(0, 12, x);
  x *= 1.5;
  ASSERT128(0, 18, x);
  double d = 3;
  d += opaque((u128)1 << 100);
  ASSERT(1, d == 0x1p100);
  ASSERT(1, __real__ gz == 0x1p70);
  volatile i128 v = 5;
  v++;
  ASSERT128(0, 6, v);
  i128 arr[4] = {1, 2, 3, -4};
  i128 s = 0;
  for (i128 k = 0; k < 4; k++)
    s += arr[k];
  ASSERT128(0, 2, s);
  int n = 0;
  while ((u128)1 << 64) {
    if (++n == 3)
      break;
  }
  ASSERT(3, n);
}

static i128 vsum(int n, ...) {
  __builtin_va_list ap;
  __builtin_va_start(ap, n);
  i128 s = 0;
  for (int i = 0; i < n; i++) {
    if (i % 2)
      s += __builtin_va_arg(ap, long);
    else
      s += __builtin_va_arg(ap, i128);
  }
  __builtin_va_end(ap);
  return s;
}

static void test_varargs(void) {
  ASSERT128(1, 0, vsum(2, MAKE(0, -1), 1L));
  // Past the registers: the rest come from the stack, 16-byte aligned.
  ASSERT128(3, 4, vsum(7, MAKE(1, 1), 1L, MAKE(1, 0), 1L, MAKE(1, 0), 1L, (i128)0));
}

static void test_overflow(void) {
  i128 r;
  u128 u;
  ASSERT(0, __builtin_add_overflow(sopaque(1), sopaque(2), &r));
  ASSERT128(0, 3, r);
  i128 max = (i128)(((u128)1 << 127) - 1);
  ASSERT(1, __builtin_add_overflow(max, 1, &r));
  ASSERT128(0x8000000000000000, 0, r);
  ASSERT(0, __builtin_sub_overflow(-max, 1, &r));
  ASSERT(1, __builtin_sub_overflow(-max, 2, &r));
  ASSERT128(0x7fffffffffffffff, -1, r);
  ASSERT(1, __builtin_sub_overflow(opaque(0), 1, &u));
  ASSERT128(-1, -1, u);
  ASSERT(0, __builtin_add_overflow(opaque(-2), 1, &u));
  ASSERT(1, __builtin_add_overflow(opaque(-1), opaque(1), &u));
  ASSERT(0, __builtin_mul_overflow(sopaque(MAKE(0, -1)), sopaque(MAKE(0, -1)), &u));
  ASSERT(1, __builtin_mul_overflow(sopaque(MAKE(0, -1)), sopaque(MAKE(0, -1)), &r));
  ASSERT(0, __builtin_mul_overflow(sopaque(-((i128)1 << 63)), sopaque((i128)1 << 63), &r));
  ASSERT128(0xc000000000000000, 0, r);
  ASSERT(1, __builtin_mul_overflow(sopaque((i128)1 << 64), sopaque((i128)1 << 63), &r));
  ASSERT(0, __builtin_mul_overflow(sopaque(-((i128)1 << 64)), sopaque((i128)1 << 63), &r));
  ASSERT(1, __builtin_mul_overflow(opaque(1), sopaque(-1), &u));
  ASSERT(0, __builtin_mul_overflow(sopaque(-3), sopaque(-5), &u));
  ASSERT128(0, 15, u);
  long l;
  ASSERT(1, __builtin_add_overflow(sopaque(MAKE(1, 0)), 0, &l));
  ASSERT(0, __builtin_add_overflow(sopaque(-5), 3, &l));
  ASSERT(-2, l);
  int i;
  ASSERT(1, __builtin_mul_overflow(opaque(-1), opaque(-1), &i));
  ASSERT(1, i);
}

// An array or a function converted to __int128 is its address (9cc's
// code generator lost track of its stack converting the array itself).
static __int128 take128(__int128 v) { return v; }
static void test_array_to_int128(void) {
  static int a[4];
  __int128 x = (__int128)a;
  ASSERT(1, x == (long)a);
  ASSERT(1, take128((__int128)a) == (long)a);
  ASSERT(1, (unsigned __int128)test_array_to_int128 == (unsigned long)test_array_to_int128);
}

int main(void) {
  test_array_to_int128();
  test_types();
  test_arith();
  test_div();
  test_div_wide();
  test_bitfields();
  test_wide_bitfields();
  test_complex();
  test_shift();
  test_compare();
  test_logic();
  test_assign();
  test_int_conversions();
  test_float_conversions();
  test_constants();
  test_switch();
  test_calls();
  test_mixed();
  test_varargs();
  test_overflow();
  test_done(__FILE__);
  return 0;
}
