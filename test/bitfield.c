#include "test.h"

// Bitfields: layouts as gcc makes them (sizes, alignment, zero-width and
// unnamed fields, the bytes in memory), sign extension and wrap-around on
// read, promotions, assignment and ++/--, unions, initializers, globals,
// and structs of bitfields passed and returned by value.

// ---- layouts ----
struct B1 { int a : 3; int b : 5; };
struct B2 { char a : 3; char b : 6; };
struct B3 { int a : 1; long b : 40; };
struct B4 { char c; int x : 4; };
struct B5 { int a : 30; int b : 4; };
struct B6 { long a : 60; int b : 8; };
struct B7 { short a : 10; int b : 10; };
struct B8 { char a; short b : 9; };
struct B9 { char a; int b : 24; };
struct B10 { char a; int b : 25; };
struct B11 { char a : 4; int b : 4; char c; };
struct B12 { long long a : 33; long long b : 33; };
struct B13 { unsigned long long x : 63; };
struct B14 { _Bool a : 1; _Bool b : 1; };
struct B15 { int a : 4; char b; };
struct B16 { int a : 12; char b; };
struct B17 { int a : 4; int b; };
struct B18 { char c; long x : 8; };
struct B19 { char a[3]; int b : 16; };
struct B20 { char a[3]; int b : 8; };
struct B21 { short a : 4; char b; short c : 4; };
struct B22 { unsigned a : 1; };
struct B23 { unsigned long a : 1; };
struct B24 { char a : 1; };
struct B25 { int a : 8; int b : 8; int c : 8; int d : 8; int e : 1; };

// ---- zero-width and unnamed ----
struct Z1 { int a : 4; int : 0; int b : 4; };
struct Z2 { char a; int : 0; char b; };
struct Z3 { char a; int : 4; };
struct Z4 { int a : 4; int : 4; int b : 4; };
struct Z5 { char a : 2; long : 0; char b : 2; };
struct Z6 { int a : 3; unsigned : 0; unsigned : 0; int b : 3; };
struct Z7 { char a; long : 0; };

// ---- values ----
struct SV { int s : 3; unsigned u : 3; signed char sc : 4; unsigned char uc : 4; short sh : 5; unsigned short ush : 5; };
struct Full { int a : 32; unsigned b : 32; };
struct Wide { unsigned long x : 40; long y : 40; };
struct Bits { unsigned a : 4; unsigned b : 4; unsigned c : 8; };
struct Iso { unsigned a : 5; unsigned b : 7; unsigned c : 9; unsigned d : 11; };
struct Mixed { int a : 3; int b : 5; int c; };
struct BoolB { _Bool f : 1; unsigned rest : 7; };

union UB { int a : 3; unsigned b : 5; unsigned char c; };
union Bytes4 { struct Bits s; unsigned char b[4]; unsigned int w; };

struct Mixed gmix = {1, -2, 3};
struct Bits gbits = {0xf, 0x1, 0xab};
struct SV gzero;

struct Bits ret_bits(unsigned a, unsigned b, unsigned c) {
  struct Bits s;
  s.a = a; s.b = b; s.c = c;
  return s;
}

int sum_bits(struct Bits s) { return s.a + s.b + s.c; }

unsigned long as_ulong(void *p, int n) {
  unsigned long v = 0;
  memcpy(&v, p, n);
  return v;
}

// Packed: the int bitfield ends the 3-byte struct, though an int is 4
// bytes; a global initializer must write only the bytes it occupies (the
// last element of the array ends the variable).  And a double at an odd
// offset.  `make asan` compiles this file with a sanitized 9cc.
#pragma pack(push, 1)
struct PackedTail { char a; int b : 9; };
struct PackedDouble { char c; double d; short s : 3; };
#pragma pack(pop)
struct PackedTail ptail[2] = {{1, 300}, {2, -5}};
struct PackedDouble pdouble = {7, 2.5, -2};

// ---- packed bitfields ----
static void test_packed(void) {
  ASSERT(3, sizeof(struct PackedTail));
  ASSERT(6, sizeof(ptail));
  ASSERT(1, ptail[0].a);
  ASSERT(-212, ptail[0].b); // 300 in 9 signed bits
  ASSERT(2, ptail[1].a);
  ASSERT(-5, ptail[1].b);
  ASSERT(10, sizeof(struct PackedDouble));
  ASSERT(7, pdouble.c);
  ASSERT(1, pdouble.d == 2.5);
  ASSERT(-2, pdouble.s);
}

// ---- sizeof of bitfield structs ----
static void test_sizeof(void) {
  ASSERT(4, sizeof(struct B1));
  ASSERT(2, sizeof(struct B2));
  ASSERT(8, sizeof(struct B3));
  ASSERT(4, sizeof(struct B4));
  ASSERT(8, sizeof(struct B5));
  ASSERT(16, sizeof(struct B6));
  ASSERT(4, sizeof(struct B7));
  ASSERT(4, sizeof(struct B8));
  ASSERT(4, sizeof(struct B9));
  ASSERT(8, sizeof(struct B10));
  ASSERT(4, sizeof(struct B11));
  ASSERT(16, sizeof(struct B12));
  ASSERT(8, sizeof(struct B13));
  ASSERT(1, sizeof(struct B14));
  ASSERT(4, sizeof(struct B15));
  ASSERT(4, sizeof(struct B16));
  ASSERT(8, sizeof(struct B17));
  ASSERT(8, sizeof(struct B18));
  ASSERT(8, sizeof(struct B19));
  ASSERT(4, sizeof(struct B20));
  ASSERT(4, sizeof(struct B21));
  ASSERT(4, sizeof(struct B22));
  ASSERT(8, sizeof(struct B23));
  ASSERT(1, sizeof(struct B24));
  ASSERT(8, sizeof(struct B25));
  ASSERT(4, _Alignof(struct B1));
  ASSERT(1, _Alignof(struct B2));
  ASSERT(8, _Alignof(struct B3));
  ASSERT(2, _Alignof(struct B8));
  ASSERT(8, _Alignof(struct B18));
  ASSERT(1, _Alignof(struct B14));
}

// ---- zero-width and unnamed bitfields ----
static void test_zero_width(void) {
  ASSERT(8, sizeof(struct Z1));
  ASSERT(5, sizeof(struct Z2));
  ASSERT(2, sizeof(struct Z3));
  ASSERT(4, sizeof(struct Z4));
  ASSERT(9, sizeof(struct Z5));
  ASSERT(8, sizeof(struct Z6));
  ASSERT(8, sizeof(struct Z7));
  ASSERT(1, _Alignof(struct Z2));
  ASSERT(1, _Alignof(struct Z3));
  ASSERT(1, _Alignof(struct Z5));
  struct Z2 z2;
  ASSERT(4, (char *)&z2.b - (char *)&z2);
  struct Z1 z1;
  memset(&z1, 0, sizeof z1);
  z1.a = 5; z1.b = 6;
  ASSERT(5, z1.a);
  ASSERT(6, z1.b);
  ASSERT(0x600000005, as_ulong(&z1, 8));
  struct Z4 z4 = {1, 2};
  ASSERT(1, z4.a);
  ASSERT(2, z4.b);
  struct Z4 z4b;
  memset(&z4b, 0, sizeof z4b);
  z4b.a = 3; z4b.b = 4;
  ASSERT(0x403, as_ulong(&z4b, 4));
  struct Z5 z5;
  memset(&z5, 0, sizeof z5);
  z5.a = 1; z5.b = 1;
  ASSERT(1, ((unsigned char *)&z5)[0]);
  ASSERT(1, ((unsigned char *)&z5)[8]);
}

// ---- sign extension and wrap on read ----
static void test_sign_extension(void) {
  struct SV s;
  s.s = 7;
  ASSERT(-1, s.s);
  s.s = 4;
  ASSERT(-4, s.s);
  s.s = 3;
  ASSERT(3, s.s);
  s.s = -1;
  ASSERT(-1, s.s);
  s.s = 8;
  ASSERT(0, s.s);
  s.s = -5;
  ASSERT(3, s.s);
  s.u = 9;
  ASSERT(1, s.u);
  s.u = -1;
  ASSERT(7, s.u);
  s.u = 8;
  ASSERT(0, s.u);
  s.sc = 15;
  ASSERT(-1, s.sc);
  s.sc = 7;
  ASSERT(7, s.sc);
  s.sc = 8;
  ASSERT(-8, s.sc);
  s.uc = 255;
  ASSERT(15, s.uc);
  s.uc = 16;
  ASSERT(0, s.uc);
  s.sh = 16;
  ASSERT(-16, s.sh);
  s.sh = 31;
  ASSERT(-1, s.sh);
  s.ush = 31;
  ASSERT(31, s.ush);
  s.ush = 33;
  ASSERT(1, s.ush);
  s.s = -1;
  ASSERT(1, s.s < 0);
  ASSERT(-2, s.s * 2);
  ASSERT(4294967295, (unsigned)s.s);
  ASSERT(-1, (long)s.s);
  s.u = 7;
  ASSERT(1, s.u > 0);
  ASSERT(7, (long)s.u);
}

// ---- integer promotion of narrow unsigned bitfields to int ----
static void test_promotion(void) {
  struct SV s;
  s.u = 1;
  ASSERT(-4, s.u - 5);
  ASSERT(1, s.u > -1);
  ASSERT(1, s.u - 2 < 0);
  struct Full f;
  f.b = 1;
  ASSERT(0, f.b > -1);
  ASSERT(4294967295, f.b - 2);
  f.a = -1;
  ASSERT(-1, f.a);
  f.a = 0x7fffffff;
  ASSERT(2147483647, f.a);
  f.b = 0xffffffff;
  ASSERT(4294967295, f.b);
  ASSERT(8, sizeof(f));
}

// ---- value of an assignment expression to a bitfield ----
static void test_assignment_value(void) {
  struct SV s;
  ASSERT(1, s.s = 9);
  ASSERT(-2, s.s = 6);
  ASSERT(-1, s.s = 7);
  ASSERT(1, s.u = 9);
  ASSERT(7, s.u = -1);
  ASSERT(0, s.uc = 16);
  ASSERT(-8, s.sc = 8);
  int x = (s.u = 10);
  ASSERT(2, x);
  long y = s.s = 5;
  ASSERT(-3, y);
  struct SV t;
  t.u = s.u = 12;
  ASSERT(4, t.u);
  ASSERT(4, s.u);
}

// ---- wide bitfields ----
static void test_wide(void) {
  struct Wide w;
  w.x = 0xffffffffff;
  ASSERT(0xffffffffff, w.x);
  w.x = -1;
  ASSERT(0xffffffffff, w.x);
  w.x = 0x123456789ab;
  ASSERT(0x23456789ab, w.x);
  w.y = 0x8000000000;
  ASSERT(-549755813888, w.y);
  w.y = -1;
  ASSERT(-1, w.y);
  w.y = 0x7fffffffff;
  ASSERT(549755813887, w.y);
  ASSERT(0x23456789ab, w.x);
  ASSERT(16, sizeof(w));
  struct B12 b;
  b.a = 0x1ffffffff;
  b.b = 1;
  ASSERT(-1, b.a);
  ASSERT(1, b.b);
  b.a = 0x100000000;
  ASSERT(-4294967296, b.a);
  struct B13 b13;
  b13.x = 0x7fffffffffffffff;
  ASSERT(0x7fffffffffffffff, b13.x);
  b13.x = -1;
  ASSERT(0x7fffffffffffffff, b13.x);
  struct B3 b3;
  memset(&b3, 0, sizeof b3);
  b3.a = -1;
  b3.b = 0xfffffffff;
  ASSERT(-1, b3.a);
  ASSERT(0xfffffffff, b3.b);
  ASSERT(0x1fffffffff, as_ulong(&b3, 8));
}

// ---- _Bool bitfields ----
static void test_bool(void) {
  struct B14 b;
  b.a = 2;
  ASSERT(1, b.a);
  b.b = 0;
  ASSERT(0, b.b);
  b.b = 256;
  ASSERT(1, b.b);
  b.a = 0;
  ASSERT(0, b.a);
  ASSERT(1, b.b);
  struct BoolB bb;
  bb.rest = 0;
  bb.f = 4;
  ASSERT(1, bb.f);
  ASSERT(0, bb.rest);
  ASSERT(1, bb.f = 100);
  ASSERT(1, sizeof(bb) == 4);
}

// ---- ++, --, compound assignment ----
static void test_incdec_compound(void) {
  struct SV s;
  s.u = 7;
  ASSERT(7, s.u++);
  ASSERT(0, s.u);
  ASSERT(7, --s.u);
  s.u = 7;
  ASSERT(0, ++s.u);
  s.u = 0;
  ASSERT(0, s.u--);
  ASSERT(7, s.u);
  s.s = 3;
  ASSERT(3, s.s++);
  ASSERT(-4, s.s);
  s.s = 3;
  ASSERT(-4, ++s.s);
  s.s = -4;
  ASSERT(3, --s.s);
  struct Bits b;
  b.a = 10;
  b.a += 10;
  ASSERT(4, b.a);
  b.a *= 3;
  ASSERT(12, b.a);
  b.a <<= 2;
  ASSERT(0, b.a);
  b.a = 9;
  b.a |= 6;
  ASSERT(15, b.a);
  b.a &= 5;
  ASSERT(5, b.a);
  b.a ^= 0xff;
  ASSERT(10, b.a);
  b.a >>= 1;
  ASSERT(5, b.a);
  b.a -= 6;
  ASSERT(15, b.a);
  b.a /= 2;
  ASSERT(7, b.a);
  b.a %= 4;
  ASSERT(3, b.a);
  ASSERT(14, b.a += 11);
  struct SV t;
  t.sh = -16;
  t.sh -= 1;
  ASSERT(15, t.sh);
  t.sh += 1;
  ASSERT(-16, t.sh);
  int cnt = 0;
  for (b.b = 0; b.b < 15; b.b++) cnt++;
  ASSERT(15, cnt);
  ASSERT(15, b.b);
}

// ---- neighbours are not clobbered ----
static void test_neighbours(void) {
  struct Iso s;
  s.a = 31; s.b = 127; s.c = 511; s.d = 2047;
  ASSERT(4, sizeof(s));
  ASSERT(0xffffffff, as_ulong(&s, 4));
  s.b = 0;
  ASSERT(31, s.a);
  ASSERT(0, s.b);
  ASSERT(511, s.c);
  ASSERT(2047, s.d);
  ASSERT(0xfffff01f, as_ulong(&s, 4));
  s.c = 0x155;
  ASSERT(31, s.a);
  ASSERT(2047, s.d);
  ASSERT(0x155, s.c);
  s.d = 1;
  ASSERT(0x155, s.c);
  ASSERT(0x35501f, as_ulong(&s, 4));
  struct Mixed m;
  m.c = 100;
  m.a = -1;
  m.b = -1;
  ASSERT(100, m.c);
  m.c = -1;
  m.a = 0;
  ASSERT(-1, m.b);
  ASSERT(-1, m.c);
  ASSERT(4, (char *)&m.c - (char *)&m);
}

// ---- byte-level layout (little endian) ----
static void test_byte_layout(void) {
  union Bytes4 u;
  u.w = 0;
  u.s.a = 0x1; u.s.b = 0x2; u.s.c = 0x34;
  ASSERT(0x21, u.b[0]);
  ASSERT(0x34, u.b[1]);
  ASSERT(0, u.b[2]);
  ASSERT(0x3421, u.w);
  u.w = 0x00009876;
  ASSERT(6, u.s.a);
  ASSERT(7, u.s.b);
  ASSERT(0x98, u.s.c);
  struct B4 b4;
  memset(&b4, 0, sizeof b4);
  b4.c = 0x11; b4.x = 5;
  ASSERT(0x0511, as_ulong(&b4, 4));
  struct B5 b5;
  memset(&b5, 0, sizeof b5);
  b5.b = 0xf;
  ASSERT(0xf00000000, as_ulong(&b5, 8));
  struct B8 b8;
  memset(&b8, 0, sizeof b8);
  b8.b = 0x1ff;
  ASSERT(0x01ff0000, as_ulong(&b8, 4));
  struct B10 b10;
  memset(&b10, 0, sizeof b10);
  b10.b = 1;
  ASSERT(0x100000000, as_ulong(&b10, 8));
  struct B9 b9;
  memset(&b9, 0, sizeof b9);
  b9.b = 1;
  ASSERT(0x100, as_ulong(&b9, 4));
  struct B11 b11;
  memset(&b11, 0, sizeof b11);
  b11.a = 3; b11.b = 5; b11.c = 7;
  ASSERT(0x0753, as_ulong(&b11, 4));
  struct B2 b2;
  memset(&b2, 0, sizeof b2);
  b2.a = 1; b2.b = 1;
  ASSERT(0x0101, as_ulong(&b2, 2));
  struct B7 b7;
  memset(&b7, 0, sizeof b7);
  b7.b = 1;
  ASSERT(0x400, as_ulong(&b7, 4));
  struct B18 b18;
  memset(&b18, 0, sizeof b18);
  b18.c = 1; b18.x = 2;
  ASSERT(0x201, as_ulong(&b18, 8));
  struct B21 b21;
  memset(&b21, 0, sizeof b21);
  b21.a = 1; b21.b = 2; b21.c = 3;
  ASSERT(0x030201, as_ulong(&b21, 4));
  struct B6 b6;
  memset(&b6, 0, sizeof b6);
  b6.b = 0x7f;
  ASSERT(0, as_ulong(&b6, 8));
  ASSERT(0x7f, ((unsigned char *)&b6)[8]);
  struct B19 b19;
  memset(&b19, 0, sizeof b19);
  b19.b = 0x1234;
  ASSERT(0x1234, as_ulong((char *)&b19 + 4, 2));
  struct B20 b20;
  memset(&b20, 0, sizeof b20);
  b20.b = 0x12;
  ASSERT(0x12, ((unsigned char *)&b20)[3]);
  struct B25 b25;
  memset(&b25, 0, sizeof b25);
  b25.e = -1;
  ASSERT(1, ((unsigned char *)&b25)[4]);
}

// ---- bitfields in unions ----
static void test_unions(void) {
  union UB u;
  ASSERT(4, sizeof(u));
  u.c = 0x1d;
  ASSERT(-3, u.a);
  ASSERT(29, u.b);
  u.b = 0x1f;
  ASSERT(-1, u.a);
  u.a = 0;
  ASSERT(0x18, u.b);
}

// ---- initialisation ----
static void test_init(void) {
  struct Mixed m = {1, -2, 3};
  ASSERT(1, m.a);
  ASSERT(-2, m.b);
  ASSERT(3, m.c);
  struct Mixed m2 = {7, 31};
  ASSERT(-1, m2.a);
  ASSERT(-1, m2.b);
  ASSERT(0, m2.c);
  struct Mixed m3 = {.c = 9, .b = 4};
  ASSERT(0, m3.a);
  ASSERT(4, m3.b);
  ASSERT(9, m3.c);
  struct Bits b = {1, 2, 0x34};
  ASSERT(0x3421, as_ulong(&b, 4));
  struct Z4 z = {3, 4};
  ASSERT(3, z.a);
  ASSERT(4, z.b);
  struct Z1 z1 = {1, 2};
  ASSERT(2, z1.b);
  struct SV sv = {-1, 9, 0, 0, 0, 0};
  ASSERT(-1, sv.s);
  ASSERT(1, sv.u);
  struct B14 bb = {1, 3};
  ASSERT(1, bb.b);
  struct Wide w = {-1, -1};
  ASSERT(0xffffffffff, w.x);
  ASSERT(-1, w.y);
  union UB u = {-1};
  ASSERT(-1, u.a);
  static struct Bits sb = {5, 6, 7};
  ASSERT(5, sb.a);
  ASSERT(0x0765, as_ulong(&sb, 4));
}

// ---- globals ----
static void test_globals(void) {
  ASSERT(1, gmix.a);
  ASSERT(-2, gmix.b);
  ASSERT(3, gmix.c);
  ASSERT(0xab1f, as_ulong(&gbits, 4));
  ASSERT(0, gzero.s);
  ASSERT(0, gzero.uc);
  gbits.b = 0xe;
  ASSERT(0xabef, as_ulong(&gbits, 4));
}

// ---- pass and return by value, copies ----
static void test_by_value(void) {
  struct Bits b = ret_bits(1, 2, 3);
  ASSERT(1, b.a);
  ASSERT(2, b.b);
  ASSERT(3, b.c);
  ASSERT(6, sum_bits(b));
  ASSERT(15 + 15 + 255, sum_bits(ret_bits(0xf, 0xff, 0xff)));
  ASSERT(0x13, ret_bits(0x13, 0, 0).a + 0x10);
  struct Bits c = b;
  b.c = 9;
  ASSERT(3, c.c);
  struct Bits *p = &c;
  p->a = 17;
  ASSERT(1, c.a);
  ASSERT(2, p->b);
  p->b += p->a;
  ASSERT(3, c.b);
}

int main() {
  test_packed();
  test_sizeof();
  test_zero_width();
  test_sign_extension();
  test_promotion();
  test_assignment_value();
  test_wide();
  test_bool();
  test_incdec_compound();
  test_neighbours();
  test_byte_layout();
  test_unions();
  test_init();
  test_globals();
  test_by_value();
  test_done(__FILE__);
  return 0;
}
