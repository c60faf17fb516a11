#include "test.h"

// Integer arithmetic, conversions, constants and sizeof.

int counter;
int bump(void) { counter++; return counter; }
int id(int x) { return x; }
long lid(long x) { return x; }
unsigned uid(unsigned x) { return x; }

// basic + - * / %
static void test_basic(void) {
  ASSERT(0, 0);
  ASSERT(42, 42);
  ASSERT(21, 5+20-4);
  ASSERT(7, 1+2*3);
  ASSERT(9, (1+2)*3);
  ASSERT(5, 10-2-3);
  ASSERT(2, 100/10/5);
  ASSERT(2, 2*3%4);
  ASSERT(6, -2*-3);
  ASSERT(2, - -2);
  ASSERT(-10, -(5+5));
  ASSERT(10, - -10);
  ASSERT(10, - - +10);
  ASSERT(3, 7/2);
  ASSERT(-3, -7/2);
  ASSERT(-3, 7/-2);
  ASSERT(3, -7/-2);
  ASSERT(1, 7%2);
  ASSERT(-1, -7%2);
  ASSERT(1, 7%-2);
  ASSERT(-1, -7%-2);
  ASSERT(0, -6%3);
  ASSERT(-2147483647, 2147483647 / -1);
  ASSERT(-4611686018427387903L, -9223372036854775807L / 2);
  ASSERT(-1, -9223372036854775807L % 2);
  ASSERT(1000000000000L, 1000000L * 1000000);
  ASSERT(2147483648L, 2147483647 + 1L);
  ASSERT(-2147483649L, -2147483647 - 2L);
  int i = -7; int j = 2;
  ASSERT(-3, i / j);
  ASSERT(-1, i % j);
  ASSERT(-4, i / j - 1);
  long l = -7; ASSERT(-3, l / 2);
  ASSERT(-1, l % 2);
}

// unsigned division and modulo
static void test_unsigned_division(void) {
  ASSERT(2147483647, 4294967295u / 2);
  ASSERT(2147483644, (unsigned)-7 / 2);
  ASSERT(1, (unsigned)-7 % 2);
  ASSERT(9, (unsigned)-7 % 10);
  ASSERT(2147483644, -8 / 2u);
  ASSERT(-4, -8L / 2u);
  ASSERT(5, -1 % 10u);
  ASSERT(6148914691236517205L, 0xffffffffffffffffUL / 3);
  ASSERT(5, 0xffffffffffffffffUL % 10);
  ASSERT(1844674407370955161L, (unsigned long)-1 / 10);
  unsigned u = 4000000000u; ASSERT(2000000000, u / 2);
  ASSERT(0, u % 2);
  unsigned long ul = 18000000000000000000UL; ASSERT(9000000000000000000L, ul / 2);
  ASSERT(-100, (unsigned char)200 / (char)-2);
}

// unsigned wraparound
static void test_unsigned_wraparound(void) {
  ASSERT(0, 0xffffffffu + 1);
  ASSERT(4294967295L, 0u - 1);
  ASSERT(0, 65536u * 65536u);
  ASSERT(1, 4294967295u * 4294967295u);
  ASSERT(-1, 0UL - 1);
  ASSERT(0, 0xffffffffffffffffUL + 1);
  ASSERT(-9223372036854775807L - 1, 1UL << 63);
  unsigned u = 0; u -= 1; ASSERT(4294967295L, u);
  u = 3; ASSERT(4294967294L, u - 5 + 0u + 4294967295u - 4294967295u + 4294967295u + 1u);
}

// unary operators
static void test_unary(void) {
  ASSERT(-5, -(5));
  ASSERT(-1, ~0);
  ASSERT(-6, ~5);
  ASSERT(5, ~-6);
  ASSERT(0, ~-1);
  ASSERT(1, -~0);
  ASSERT(1, !0);
  ASSERT(0, !5);
  ASSERT(0, !-1);
  ASSERT(1, !!7);
  ASSERT(0, !!0);
  ASSERT(1, !0L);
  ASSERT(0, !1UL);
  ASSERT(4294967295L, ~0u);
  ASSERT(-1, ~0UL);
  ASSERT(-1, ~(unsigned char)0);
  ASSERT(-2, ~(unsigned short)1);
  ASSERT(-256, ~(unsigned char)255);
  ASSERT(4294967040L, ~255u);
  ASSERT(-1, -(unsigned char)1);
  ASSERT(-1, -(unsigned short)1);
  ASSERT(4294967295L, -(unsigned int)1);
  ASSERT(-1, -(unsigned long)1);
  ASSERT(-255, -(unsigned char)255);
  ASSERT(4, sizeof(!0L));
  ASSERT(8, sizeof(-1L));
  ASSERT(4, sizeof(~(char)0));
}

// bitwise
static void test_bitwise(void) {
  ASSERT(48, 0xf0 & 0x3c);
  ASSERT(255, 0xf0 | 0x0f);
  ASSERT(240, 0xff ^ 0x0f);
  ASSERT(255, -1 & 0xff);
  ASSERT(-1, -1 | 0);
  ASSERT(-256, -1 ^ 0xff);
  ASSERT(4294967295L, -1 & 0xffffffffL);
  ASSERT(4294967295L, -1 & 0xffffffffu);
  ASSERT(-4294967296L, -1L ^ 0xffffffffu);
  ASSERT(1, 5 & 3 == 3);
  ASSERT(3, 1 | 2 ^ 3 & 4);
  ASSERT(7, 1 | 2 | 4);
  ASSERT(0, 6 & 1);
}

// shifts
static void test_shifts(void) {
  ASSERT(1024, 1 << 10);
  ASSERT(128, 1024 >> 3);
  ASSERT(8, 1 << 2 + 1);
  ASSERT(-4, -16 >> 2);
  ASSERT(-1, -1 >> 1);
  ASSERT(-1, -1 >> 31);
  ASSERT(-3, -5 >> 1);
  ASSERT(1099511627776L, 1L << 40);
  ASSERT(2147483648L, 1L << 31);
  ASSERT(2147483648L, 1u << 31);
  ASSERT(1, 0x80000000u >> 31);
  ASSERT(15, (unsigned)-1 >> 28);
  ASSERT(268435455, 0xffffffffu >> 4);
  ASSERT(15, (unsigned long)-1 >> 60);
  ASSERT(-1, -1L >> 60);
  ASSERT(-2, -4L >> 1);
  ASSERT(1, 0x4000000000000000L >> 62);
  ASSERT(4, sizeof(1 << 1L));
  ASSERT(8, sizeof(1L << 1));
  ASSERT(4, sizeof((char)1 << 1));
  ASSERT(4, sizeof(1u >> 1L));
  ASSERT(128, (char)1 << 7);
  unsigned char uc = 0x80; ASSERT(256, uc << 1);
  ASSERT(0, uc >> 8);
  char c = -128; ASSERT(-64, c >> 1);
  unsigned short us = 0x8000; ASSERT(65536, us << 1);
  short s = -2; ASSERT(-1, s >> 1);
  int i = 3; ASSERT(8, 1 << i);
  long l = 33; ASSERT(8589934592L, 1L << l);
  unsigned u = 0x80000000u; i = 31; ASSERT(1, u >> i);
  i = -8; int j = 2; ASSERT(-2, i >> j);
  unsigned long ul = 0x8000000000000000UL; ASSERT(1, ul >> 63);
  l = -9223372036854775807L - 1; ASSERT(-1, l >> 63);
}

// comparisons
static void test_comparisons(void) {
  ASSERT(1, 1 < 2);
  ASSERT(0, 2 < 2);
  ASSERT(1, 2 <= 2);
  ASSERT(0, 3 <= 2);
  ASSERT(1, 3 > 2);
  ASSERT(0, 2 > 2);
  ASSERT(0, 2 >= 3);
  ASSERT(1, 3 >= 3);
  ASSERT(1, 1 == 1);
  ASSERT(0, 1 == 2);
  ASSERT(0, 1 != 1);
  ASSERT(1, 1 != 2);
  ASSERT(1, -1 < 0);
  ASSERT(1, -2 < -1);
  ASSERT(0, 3 > 2 > 1);
  ASSERT(1, 1 < 2 < 3);
  ASSERT(1, 1 == 1 == 1);
  ASSERT(0, 2 == 2 == 2);
  ASSERT(4, sizeof(1 < 2));
  ASSERT(4, sizeof(1L == 1L));
  ASSERT(1, (unsigned char)255 > -1);
  ASSERT(1, (unsigned short)65535 > -1);
  ASSERT(0, (unsigned)255 > -1);
  ASSERT(1, 4294967296L > 4294967295L);
  ASSERT(1, -4294967296L < 0);
  ASSERT(1, 0x100000000L != 0);
  ASSERT(1, 0x100000000L != 0x200000000L);
  ASSERT(0, 0x100000001L == 1);
}

// usual arithmetic conversions
static void test_usual_conversions(void) {
  ASSERT(0, -1 < 1u);
  ASSERT(1, -1L < 1u);
  ASSERT(0, -1 < 1UL);
  ASSERT(0, -1L < 1UL);
  ASSERT(1, -1LL < 1u);
  ASSERT(0, -1LL < 1UL);
  ASSERT(0, -1 < 1ULL);
  ASSERT(1, -1 == 0xffffffffu);
  ASSERT(1, -1 == 0xffffffff);
  ASSERT(0, -1L == 0xffffffffu);
  ASSERT(1, -1 == 0xffffffffffffffffUL);
  ASSERT(0, 1u > -1);
  ASSERT(1, 1u > -1L);
  ASSERT(0, 1ul > -1L);
  ASSERT(4294967295L, 1u - 2);
  ASSERT(-1, 1u - 2L);
  ASSERT(-1, (unsigned long)1 - 2);
  ASSERT(-1, 1ULL - 2);
  ASSERT(4, sizeof(1u + 1));
  ASSERT(8, sizeof(1u + 1L));
  ASSERT(8, sizeof(1 + 1UL));
  ASSERT(8, sizeof(1LL + 1u));
  ASSERT(4, sizeof((char)1 + (short)1));
  ASSERT(4, sizeof((unsigned char)1 + (unsigned short)1));
  unsigned u = 1; int i = -2; ASSERT(4294967295L, u + i);
  u = 1; long l = -2; ASSERT(-1, u + l);
  u = 10; ASSERT(1, u < i);
  u = 10; ASSERT(0, u < (long)i);
  u = 10; ASSERT(1, (long)u > (long)i);
  ASSERT(1, uid(3) > 2);
  ASSERT(0, uid(3) > -2);
  ASSERT(1, lid(3) > -2);
}

// integer promotions
static void test_promotions(void) {
  short s;
  unsigned short us;
  char c = 100;
  ASSERT(1, sizeof(c));
  ASSERT(4, sizeof(c + c));
  ASSERT(4, sizeof(+c));
  ASSERT(4, sizeof(-c));
  ASSERT(4, sizeof(~c));
  ASSERT(4, sizeof(!c));
  ASSERT(4, sizeof(c << 1));
  ASSERT(1, sizeof(c = 1));
  ASSERT(1, sizeof(c += 1));
  ASSERT(1, sizeof(c++));
  ASSERT(1, sizeof((0, c)));
  ASSERT(4, sizeof(1 ? c : c));
  ASSERT(2, sizeof(s));
  ASSERT(4, sizeof(s + s));
  ASSERT(4, sizeof(us * 1));
  c = 100;
  ASSERT(200, c + c);
  ASSERT(-56, (char)(c + c));
  ASSERT(10000, c * c);
  s = 30000; ASSERT(60000, s + s);
  us = 65535; ASSERT(131070, us + us);
  ASSERT(65536, (unsigned short)65535 + 1);
  ASSERT(256, (unsigned char)255 + 1);
  ASSERT(-128, (signed char)-128);
  unsigned char uc = 10; ASSERT(-246, uc - 256);
  uc = 0; ASSERT(-1, uc - 1);
  us = 0; ASSERT(-1, us - 1);
  c = 127; ASSERT(128, c + 1);
  c = -1; uc = 255; ASSERT(0, c == uc);
  c = -1; ASSERT(1, c == -1);
  c = -1; ASSERT(1, c == 0xffffffff);
  uc = 255; ASSERT(0, uc == -1);
}

// casts between integer types
static void test_casts(void) {
  ASSERT(-1, (char)255);
  ASSERT(-128, (char)128);
  ASSERT(127, (char)127);
  ASSERT(52, (char)0x1234);
  ASSERT(-1, (signed char)255);
  ASSERT(255, (unsigned char)-1);
  ASSERT(0, (unsigned char)256);
  ASSERT(1, (unsigned char)257);
  ASSERT(128, (unsigned char)(char)-128);
  ASSERT(-1, (short)65535);
  ASSERT(-32768, (short)32768);
  ASSERT(22136, (short)0x12345678);
  ASSERT(65535, (unsigned short)-1);
  ASSERT(0, (unsigned short)65536);
  ASSERT(-128, (char)(short)0x1280);
  ASSERT(-1, (int)4294967295L);
  ASSERT(0, (int)4294967296L);
  ASSERT(1, (int)4294967297L);
  ASSERT(-2147483648L, (int)2147483648L);
  ASSERT(4294967295L, (unsigned)-1);
  ASSERT(4294967295L, (unsigned)4294967295L);
  ASSERT(0, (unsigned)4294967296L);
  ASSERT(-1, (long)(int)-1);
  ASSERT(4294967295L, (long)(unsigned)-1);
  ASSERT(-1, (unsigned long)(int)-1);
  ASSERT(4294967295L, (unsigned long)(unsigned)-1);
  ASSERT(-1, (long)(char)-1);
  ASSERT(255, (long)(unsigned char)-1);
  ASSERT(-1, (int)(short)-1);
  ASSERT(65535, (int)(unsigned short)-1);
  ASSERT(-1, (long)(short)(unsigned short)65535);
  ASSERT(4294967295L, (unsigned long)(unsigned)(char)-1);
  ASSERT(255, (unsigned)(unsigned char)(char)-1);
  ASSERT(-1, (long long)(signed char)-1);
  ASSERT(1, (char)0x100000001L);
  ASSERT(0, (short)0x10000L);
  int i = 0x12345678;
  ASSERT(0x78, (char)i);
  ASSERT(0x5678, (short)i);
  ASSERT(0x78, (unsigned char)i);
  long l = -1;
  ASSERT(255, (unsigned char)l);
  ASSERT(65535, (unsigned short)l);
  ASSERT(4294967295L, (unsigned int)l);
  ASSERT(-1, (int)l);
  char c = -5; ASSERT(-5, (long)c);
  c = -5; ASSERT(251, (unsigned char)c);
  c = -5; ASSERT(4294967291L, (unsigned)c);
  unsigned char uc = 251; ASSERT(251, (long)uc);
  uc = 251; ASSERT(-5, (char)uc);
  short s = -300; ASSERT(-300, (long)s);
  s = -300; ASSERT(212, (unsigned char)s);
  unsigned short us = 65236; ASSERT(-300, (short)us);
  unsigned u = 4294967291u; ASSERT(4294967291L, (long)u);
  u = 4294967291u; ASSERT(-5, (int)u);
  signed char sc = -3; ASSERT(-3, sc);
  sc = 200; ASSERT(-56, sc);
  int x = (char)300; ASSERT(44, x);
  x = (unsigned char)(-1) + (signed char)(-1); ASSERT(254, x);
  ASSERT(-1, id((char)255));
  ASSERT(255, id((unsigned char)255));
}

// _Bool conversions
static void test_bool(void) {
  ASSERT(1, sizeof(_Bool));
  ASSERT(0, (_Bool)0);
  ASSERT(1, (_Bool)1);
  ASSERT(1, (_Bool)2);
  ASSERT(1, (_Bool)-1);
  ASSERT(1, (_Bool)256);
  ASSERT(1, (_Bool)0x100000000L);
  ASSERT(1, (_Bool)0x8000000000000000UL);
  ASSERT(0, (_Bool)(char)256);
  ASSERT(0, (_Bool)0L);
  _Bool b = 2; ASSERT(1, b);
  b = 256; ASSERT(1, b);
  b = 0; ASSERT(0, b);
  b = 1; ASSERT(2, b + b);
  b = 1; b++; ASSERT(1, b);
  b = 1; b--; ASSERT(0, b);
  b = 0; b--; ASSERT(1, b);
  b = 0; b += 2; ASSERT(1, b);
  b = 1; b -= 1; ASSERT(0, b);
  b = 1; ASSERT(1, b++);
  b = 0; ASSERT(1, ++b);
  b = 1; ASSERT(-1, -b);
  b = 1; ASSERT(-2, ~b);
  ASSERT(4, sizeof(b + 0));
}

// compound assignment
static void test_compound_assignment(void) {
  int a[4];
  int i = 10; ASSERT(15, i += 5);
  ASSERT(15, i);
  ASSERT(12, i -= 3);
  ASSERT(36, i *= 3);
  ASSERT(7, i /= 5);
  ASSERT(3, i %= 4);
  ASSERT(24, i <<= 3);
  ASSERT(6, i >>= 2);
  ASSERT(4, i &= 12);
  ASSERT(5, i |= 1);
  ASSERT(3, i ^= 6);
  ASSERT(3, i);
  i = -10; ASSERT(-3, i /= 3);
  i = -10; ASSERT(-1, i %= 3);
  i = -16; ASSERT(-4, i >>= 2);
  i = 1; ASSERT(1, i += 4294967296L);
  i = 5; ASSERT(5, i *= 4294967297L);
  unsigned u = 10; ASSERT(4294967291L, u -= 15);
  u = 0xffffffffu; ASSERT(0x7fffffff, u >>= 1);
  long l = 1; ASSERT(1099511627776L, l <<= 40);
  l = 3; ASSERT(-3, l *= -1);
  l = 10; ASSERT(4, l -= 6L);
  char c = 127; c += 1; ASSERT(-128, c);
  c = -128; c -= 1; ASSERT(127, c);
  c = 100; ASSERT(-56, c *= 2);
  c = 0x40; ASSERT(-128, c <<= 1);
  c = 10; ASSERT(1, c %= 3);
  c = -10; ASSERT(-1, c %= 3);
  c = 5; ASSERT(-5, c -= 10);
  c = -128; ASSERT(-128, c /= -1);
  c = -1; ASSERT(-1, c >>= 4);
  c = 0x0f; ASSERT(-16, c ^= 0xff);
  c = 1; ASSERT(-127, c |= 0x80);
  unsigned char uc = 200; ASSERT(44, uc += 100);
  uc = 10; ASSERT(246, uc -= 20);
  uc = 0xf0; ASSERT(0x0f, uc >>= 4);
  uc = 0x81; ASSERT(2, uc <<= 1);
  short s = 32767; s += 1; ASSERT(-32768, s);
  s = -1; ASSERT(-1, s >>= 1);
  unsigned short us = 65535; ASSERT(32767, us >>= 1);
  us = 65535; ASSERT(0, us += 1);
  us = 300; ASSERT(24464, us *= 300);
  signed char sc = 100; ASSERT(-56, sc += 100);
  a[0] = a[1] = a[2] = a[3] = 0;
  i = 0; a[i++] += 5; ASSERT(5, a[0]);
  ASSERT(1, i);
  ASSERT(0, a[1]);
  counter = 0; a[bump()] += 7; ASSERT(1, counter);
  ASSERT(7, a[1]);
  int x = 2; int y = 3; x += y += 4; ASSERT(9, x);
  ASSERT(7, y);
  x = y = 5; ASSERT(5, x);
  ASSERT(5, y);
}

// increment / decrement
static void test_incdec(void) {
  int i = 5;
  ASSERT(5, i++);
  ASSERT(6, i);
  ASSERT(7, ++i);
  ASSERT(7, i--);
  ASSERT(5, --i);
  ASSERT(5, i);
  ASSERT(-5, -i++);
  ASSERT(6, i);
  ASSERT(-7, -++i);
  ASSERT(6, - --i + 12);
  char c = 127; ASSERT(127, c++);
  ASSERT(-128, c);
  c = -128; ASSERT(127, --c);
  unsigned char uc = 255; ASSERT(0, ++uc);
  uc = 0; ASSERT(0, uc--);
  ASSERT(255, uc);
  unsigned short us = 0; us--; ASSERT(65535, us);
  short s = 32767; s++; ASSERT(-32768, s);
  unsigned u = 0; u--; ASSERT(4294967295L, u);
  u = 4294967295u; ASSERT(0, ++u);
  long l = 4294967295L; l++; ASSERT(4294967296L, l);
  l = 0; l--; ASSERT(-1, l);
  ASSERT(4, sizeof(i++));
  i = 0; int x = sizeof(i++); ASSERT(0, i);
}

// logical operators and short circuit
static void test_logical(void) {
  ASSERT(1, 1 && 2);
  ASSERT(0, 1 && 0);
  ASSERT(0, 0 && 1);
  ASSERT(1, 0 || 5);
  ASSERT(0, 0 || 0);
  ASSERT(1, -1 || 0);
  ASSERT(1, 0x100000000L && 1);
  ASSERT(1, 0 || 0x100000000L);
  ASSERT(4, sizeof(1L && 1L));
  ASSERT(1, 1 || 0 && 0);
  ASSERT(0, (1 || 0) && 0);
  int x = 0; ASSERT(0, 0 && (x = 1));
  ASSERT(0, x);
  x = 0; ASSERT(1, 1 || (x = 1));
  ASSERT(0, x);
  x = 0; ASSERT(1, 1 && (x = 2));
  ASSERT(2, x);
  x = 0; ASSERT(1, 0 || (x = 3));
  ASSERT(3, x);
  x = 0; int r = (x++ || x++); ASSERT(1, r);
  ASSERT(2, x);
  x = 0; r = (x++ && x++); ASSERT(0, r);
  ASSERT(1, x);
  x = 1; r = (x++ && x++); ASSERT(1, r);
  ASSERT(3, x);
  counter = 0; r = bump() || bump(); ASSERT(1, counter);
  counter = 0; r = (bump() && bump() && bump()) || bump(); ASSERT(3, counter);
  ASSERT(1, r);
  counter = -1; r = bump() && bump(); ASSERT(0, counter);
  ASSERT(0, r);
  ASSERT(1, !0 && !0);
}

// comma
static void test_comma(void) {
  int y;
  ASSERT(3, (1, 2, 3));
  int x = (y = 2, y + 1); ASSERT(3, x);
  ASSERT(2, y);
  counter = 0; x = (bump(), bump(), bump() * 10); ASSERT(30, x);
  ASSERT(8, sizeof((1, 2L)));
  ASSERT(4, sizeof((2L, 1)));
}

// conditional operator
static void test_conditional(void) {
  ASSERT(2, 1 ? 2 : 3);
  ASSERT(3, 0 ? 2 : 3);
  ASSERT(3, 0 ? 1 : 0 ? 2 : 3);
  ASSERT(2, 0 ? 1 : 1 ? 2 : 3);
  ASSERT(1, 1 ? 1 : 0 ? 2 : 3);
  ASSERT(5, 1 ? 2 + 3 : 0);
  ASSERT(4294967295L, 1 ? -1 : 0u);
  ASSERT(-1, 1 ? -1 : 0L);
  ASSERT(-1, 0 ? 0u : -1L);
  ASSERT(8, sizeof(1 ? 1 : 1L));
  ASSERT(4, sizeof(0 ? (char)1 : (short)1));
  ASSERT(1, 0x100000000L ? 1 : 2);
  int x = 0; int y = 0; int r = 1 ? (x = 5) : (y = 6); ASSERT(5, x);
  ASSERT(0, y);
  x = 0; y = 0; r = 0 ? (x = 5) : (y = 6); ASSERT(0, x);
  ASSERT(6, y);
  ASSERT(6, r);
  int i = 3; ASSERT(1, i > 2 ? i < 5 : i > 0);
  i = 0; i = i ? 10 : 20; ASSERT(20, i);
}

// integer constants
static void test_integer_constants(void) {
  ASSERT(8, 010);
  ASSERT(511, 0777);
  ASSERT(0, 00);
  ASSERT(255, 0xff);
  ASSERT(255, 0XFF);
  ASSERT(171, 0xAb);
  ASSERT(5, 0b101);
  ASSERT(10, 0B1010);
  ASSERT(255, 0b11111111);
  ASSERT(10, 10U);
  ASSERT(10, 10u);
  ASSERT(10, 10L);
  ASSERT(10, 10l);
  ASSERT(10, 10LL);
  ASSERT(10, 10ll);
  ASSERT(10, 10uL);
  ASSERT(10, 10Ul);
  ASSERT(10, 10lu);
  ASSERT(10, 10ull);
  ASSERT(10, 10LLU);
  ASSERT(10, 10llU);
  ASSERT(16, 0x10u);
  ASSERT(8, 010L);
  ASSERT(4, sizeof(0));
  ASSERT(4, sizeof(1u));
  ASSERT(8, sizeof(1l));
  ASSERT(8, sizeof(1L));
  ASSERT(8, sizeof(1ll));
  ASSERT(8, sizeof(1LL));
  ASSERT(8, sizeof(1ul));
  ASSERT(8, sizeof(1ull));
  ASSERT(4, sizeof(2147483647));
  ASSERT(8, sizeof(2147483648));
  ASSERT(8, sizeof(-2147483648));
  ASSERT(8, sizeof(4294967295));
  ASSERT(4, sizeof(4294967295u));
  ASSERT(8, sizeof(4294967296u));
  ASSERT(4, sizeof(0x7fffffff));
  ASSERT(4, sizeof(0x80000000));
  ASSERT(4, sizeof(0xffffffff));
  ASSERT(8, sizeof(0x100000000));
  ASSERT(4, sizeof(017777777777));
  ASSERT(4, sizeof(020000000000));
  ASSERT(8, sizeof(040000000000));
  ASSERT(8, sizeof(9223372036854775807));
  ASSERT(8, sizeof(0xffffffffffffffff));
  ASSERT(4, sizeof(0b1));
  ASSERT(2147483648L, 2147483648);
  ASSERT(-2147483648L, -2147483648);
  ASSERT(2147483648L, -0x80000000);
  ASSERT(1, 0xffffffff > 0);
  ASSERT(0, -1 < 0x80000000);
  ASSERT(1, -1 < 2147483648);
  ASSERT(0, -1 < 020000000000);
  ASSERT(1, 0x8000000000000000 > 0);
  ASSERT(-1, 0xffffffffffffffff);
  ASSERT(9223372036854775807L, 0x7fffffffffffffff);
  ASSERT(4294967296L, 4294967296);
  ASSERT(1, 0xffffffff + 2);
  ASSERT(4294967297L, 4294967295 + 2);
}

// character constants
static void test_char_constants(void) {
  ASSERT(97, 'a');
  ASSERT(98, 'a' + 1);
  ASSERT(48, '0');
  ASSERT(65, 'A');
  ASSERT(32, ' ');
  ASSERT(10, '\n');
  ASSERT(9, '\t');
  ASSERT(0, '\0');
  ASSERT(65, '\x41');
  ASSERT(65, '\101');
  ASSERT(39, '\'');
  ASSERT(34, '"');
  ASSERT(34, '\"');
  ASSERT(92, '\\');
  ASSERT(7, '\a');
  ASSERT(8, '\b');
  ASSERT(12, '\f');
  ASSERT(11, '\v');
  ASSERT(13, '\r');
  ASSERT(63, '\?');
  ASSERT(1, '\1');
  ASSERT(10, '\12');
  ASSERT(127, '\x7f');
  ASSERT(127, '\177');
  ASSERT(-128, '\x80');
  ASSERT(-1, '\xff');
  ASSERT(-1, '\377');
  ASSERT(0, '\x0');
  ASSERT(65, '\x00041');
  ASSERT(4, sizeof('a'));
  ASSERT(4, sizeof('\n'));
  ASSERT(1, 'b' - 'a');
  ASSERT(1, 'a' < 'b');
}

// sizeof of types and expressions
static void test_sizeof(void) {
  int i;
  long l;
  unsigned u;
  unsigned long ul;
  char c;
  int x;
  int a[4];
  ASSERT(1, sizeof(char));
  ASSERT(1, sizeof(signed char));
  ASSERT(1, sizeof(unsigned char));
  ASSERT(2, sizeof(short));
  ASSERT(2, sizeof(short int));
  ASSERT(2, sizeof(unsigned short));
  ASSERT(2, sizeof(short unsigned int));
  ASSERT(4, sizeof(int));
  ASSERT(4, sizeof(signed));
  ASSERT(4, sizeof(unsigned));
  ASSERT(4, sizeof(signed int));
  ASSERT(8, sizeof(long));
  ASSERT(8, sizeof(long int));
  ASSERT(8, sizeof(unsigned long));
  ASSERT(8, sizeof(long unsigned));
  ASSERT(8, sizeof(long long));
  ASSERT(8, sizeof(long long int));
  ASSERT(8, sizeof(unsigned long long));
  ASSERT(8, sizeof(long long unsigned int));
  ASSERT(4, sizeof(float));
  ASSERT(8, sizeof(double));
  ASSERT(16, sizeof(long double));
  ASSERT(8, sizeof(void *));
  ASSERT(8, sizeof(char *));
  ASSERT(8, sizeof(int **));
  ASSERT(40, sizeof(int[10]));
  ASSERT(4, sizeof 1);
  ASSERT(4, sizeof -1);
  ASSERT(8, sizeof 1L);
  ASSERT(3, sizeof(char) * 3);
  ASSERT(9, sizeof(long) + 1);
  ASSERT(8, sizeof(1.0));
  ASSERT(4, sizeof(1.0f));
  ASSERT(4, sizeof x);
  ASSERT(16, sizeof a);
  ASSERT(4, sizeof a[0]);
  ASSERT(8, sizeof(sizeof(int)));
  ASSERT(1, sizeof(int) - 5 > 0);
  ASSERT(8, sizeof(l + c));
  ASSERT(4, sizeof(u + c));
  ASSERT(4, sizeof(u - i));
  ASSERT(8, sizeof(ul * i));
}

// _Alignof
static void test_alignof(void) {
  ASSERT(1, _Alignof(char));
  ASSERT(1, _Alignof(_Bool));
  ASSERT(2, _Alignof(short));
  ASSERT(4, _Alignof(int));
  ASSERT(8, _Alignof(long));
  ASSERT(8, _Alignof(long long));
  ASSERT(4, _Alignof(float));
  ASSERT(8, _Alignof(double));
  ASSERT(16, _Alignof(long double));
  ASSERT(8, _Alignof(void *));
  ASSERT(4, _Alignof(int[3]));
  ASSERT(1, _Alignof(char[5]));
  ASSERT(8, _Alignof(long[2][3]));
  ASSERT(8, sizeof(_Alignof(int)));
}

int main() {
  test_basic();
  test_unsigned_division();
  test_unsigned_wraparound();
  test_unary();
  test_bitwise();
  test_shifts();
  test_comparisons();
  test_usual_conversions();
  test_promotions();
  test_casts();
  test_bool();
  test_compound_assignment();
  test_incdec();
  test_logical();
  test_comma();
  test_conditional();
  test_integer_constants();
  test_char_constants();
  test_sizeof();
  test_alignof();
  test_done(__FILE__);
  return 0;
}
