// flags: -std=c2x
// C23's bit-precise integers, _BitInt(N) and unsigned _BitInt(N), up to 64
// bits.  gcc learned them in version 14; the expected values are the
// standard's, and agree with clang 14 (-std=c2x), which has _BitInt but not
// the wb suffix.  Arithmetic on a _BitInt wraps at its width (no promotion
// to int), and it is stored as the x86-64 psABI says: in 1, 2, 4 or 8 bytes.
#include "test.h"

#if defined(__9cc__) || __GNUC__ >= 14
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
  ASSERT(64, BITINT_MAXWIDTH);
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

// The suffixes wb and uwb give the narrowest _BitInt holding the value.
static void test_literals(void) {
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
}
#endif

int main(void) {
#if defined(__9cc__) || __GNUC__ >= 14
  test_sizes();
  test_wrapping();
  test_compound_assignment();
  test_conversions();
  test_literals();
#endif
  test_done(__FILE__);
  return 0;
}
