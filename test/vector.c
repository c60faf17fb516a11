// flags: -Wno-psabi
#include "test.h"
// GNU vector types: __attribute__((vector_size(N))) and their element-wise
// operators, conversions, __builtin_shuffle and __builtin_convertvector,
// and passing them to and from functions (see also test/abi.c).
#include <stdarg.h>
#include <stddef.h>

typedef int v4si __attribute__((vector_size(16)));
typedef unsigned int v4ui __attribute__((vector_size(16)));
typedef __attribute__((vector_size(16))) short v8hi;
typedef unsigned char __attribute__((__vector_size__(8))) v8qu;
typedef signed char v16qi __attribute__((vector_size(16)));
typedef long v2di __attribute__((vector_size(16)));
typedef long long v2ll __attribute__((vector_size(16)));
typedef float v4sf __attribute__((vector_size(16)));
typedef double v2df __attribute__((vector_size(16)));
typedef float v2sf __attribute__((vector_size(8)));
typedef int v2si __attribute__((vector_size(8)));
typedef short v2hi __attribute__((vector_size(4)));
typedef int v8si __attribute__((vector_size(32)));
typedef char v64qi __attribute__((vector_size(64)));

v4si g1 = {1, 2, 3, 4};
v4si g2 = {5};            // the rest are zeros
v4sf gf = {0.5f, 1.5f};
v4si garr[] = {{1, 2}, (v4si){3, 4, 5, 6}};
struct { char c; v4si v; } gs = {1, {7, 8, 9, 10}};
int gv __attribute__((vector_size(8))) = {3, 4};
struct { short s; int m __attribute__((__vector_size__(16))); } gm = {1, {5, 6}};
typedef int __attribute__((mode(SI))) __attribute__((vector_size(8))) v2si_mode;
typedef int __attribute__((mode(QI))) __attribute__((vector_size(4))) v4qi_mode;
// After a declarator, vector_size makes the innermost type a vector.
int *gvp __attribute__((vector_size(16)));
int gva[2] __attribute__((vector_size(16))) = {{1, 2}, {3, 4, 5}};
typedef short *vsp __attribute__((vector_size(8)));

static int all(v4si v, int a, int b, int c, int d) {
  return v[0] == a && v[1] == b && v[2] == c && v[3] == d;
}
static int allu(v4ui v, unsigned a, unsigned b, unsigned c, unsigned d) {
  return v[0] == a && v[1] == b && v[2] == c && v[3] == d;
}
static int allf(v4sf v, float a, float b, float c, float d) {
  return v[0] == a && v[1] == b && v[2] == c && v[3] == d;
}

// Arguments and results in registers and on the stack.
static v4si add4(v4si a, v4si b) { return a + b; }
static v2sf mul2f(v2sf a, v2sf b) { return a * b; }
static v2hi neg2(v2hi a) { return -a; }
static v8si twice8(v8si a) { return a + a; }
static v2df many(double d0, v2df a, double d1, v2df b, v2df c, v2df e, v2df f, v2df g,
                 v2df h, v2df i, v2df j) {
  return a + b + c + e + f + g + h + i + j + d0 + d1;
}
struct wrap { v4si v; };
static struct wrap wrap_add(struct wrap a, struct wrap b) {
  struct wrap r = {a.v + b.v};
  return r;
}
static int sum_va(int n, ...) {
  va_list ap;
  va_start(ap, n);
  int s = 0;
  for (int i = 0; i < n; i++) {
    v4si v = va_arg(ap, v4si);
    s += v[0] + v[1] + v[2] + v[3];
  }
  v2si w = va_arg(ap, v2si);
  s += w[0] * w[1];
  va_end(ap);
  return s;
}

struct wide { char c; v8si v; v64qi w; } gwide;
struct wide_aligned { char c; int x __attribute__((aligned(64))); v8si v; };

static int calls;
static v4si counted(void) {
  calls++;
  return (v4si){calls, calls, calls, calls};
}

int main() {
  ASSERT(16, sizeof(v4si));
  ASSERT(16, _Alignof(v4si));
  ASSERT(8, sizeof(v8qu));
  ASSERT(8, _Alignof(v8qu));
  ASSERT(4, _Alignof(v2hi));
  ASSERT(32, sizeof(v8si));
  ASSERT(16, _Alignof(v8si));
  ASSERT(64, sizeof(v64qi));
  ASSERT(16, _Alignof(v64qi));
  ASSERT(32, sizeof(gs));
  ASSERT(16, (char *)&gs.v - (char *)&gs);
  // Wider vectors are laid out at their size, as gcc and clang do, but
  // _Alignof answers what the ABI asks of them, 16 (gcc; clang: 32).
  ASSERT(32, __alignof__(v8si));
  ASSERT(64, __alignof__(v64qi));
  ASSERT(32, offsetof(struct wide, v));
  ASSERT(64, offsetof(struct wide, w));
  ASSERT(128, sizeof(struct wide));
  ASSERT(64, __alignof__(struct wide));
  ASSERT(16, _Alignof(struct wide));
  ASSERT(16, _Alignof(v8si[2]));
  ASSERT(64, _Alignof(struct wide_aligned));
  ASSERT(0, (unsigned long)&gwide % 64);
  {
    char c = 1;
    v8si local = {c};
    ASSERT(0, (unsigned long)&local % 32);
    ASSERT(1, local[0]);
  }

  // Initialisation.
  ASSERT(1, all(g1, 1, 2, 3, 4));
  ASSERT(1, all(g2, 5, 0, 0, 0));
  ASSERT(1, allf(gf, 0.5f, 1.5f, 0, 0));
  ASSERT(1, all(garr[0], 1, 2, 0, 0));
  ASSERT(1, all(garr[1], 3, 4, 5, 6));
  ASSERT(1, all(gs.v, 7, 8, 9, 10));
  ASSERT(8, sizeof(gv));
  ASSERT(7, gv[0] + gv[1]);
  ASSERT(32, sizeof(gm));
  ASSERT(1, all(gm.m, 5, 6, 0, 0));
  ASSERT(8, sizeof(v2si_mode));
  ASSERT(1, sizeof(((v4qi_mode){0})[0]));
  ASSERT(-4, ((v4qi_mode){1, 2, 3, -1} * 4)[3]);
  ASSERT(16, sizeof(*gvp));
  ASSERT(32, sizeof(gva));
  ASSERT(5, gva[1][2]);
  ASSERT(8, sizeof(*(vsp)0));
  gvp = &gva[1];
  ASSERT(4, (*gvp)[1]);
  v4si a = {1, 2, 3, 4};
  v4si b = a;
  ASSERT(1, all(b, 1, 2, 3, 4));
  v4si c = (v4si){10, 20, 30, 40};
  ASSERT(1, all(c, 10, 20, 30, 40));
  static v4si s = {9, 8};
  ASSERT(1, all(s, 9, 8, 0, 0));
  int __attribute__((vector_size(16))) d = {4, 3, 2, 1};
  ASSERT(1, all(d, 4, 3, 2, 1));
  __attribute__((vector_size(8))) float e = {1.5f, 2.5f};
  ASSERT(1, e[0] == 1.5f && e[1] == 2.5f);

  // Subscripts: rvalues, lvalues, variable indexes, addresses.
  int i = 2;
  ASSERT(3, a[i]);
  ASSERT(30, ((v4si){10, 20, 30, 40})[i]);
  ASSERT(2, counted()[1] + 1);
  a[i] = 33;
  ASSERT(1, all(a, 1, 2, 33, 4));
  int *p = &a[1];
  *p = 22;
  p[2] = 44;
  ASSERT(1, all(a, 1, 22, 33, 44));
  a[0]++;
  a[3] += 6;
  ASSERT(1, all(a, 2, 22, 33, 50));

  // Arithmetic, element by element.
  a = (v4si){1, 2, 3, 4};
  b = (v4si){10, 20, 30, 40};
  ASSERT(1, all(a + b, 11, 22, 33, 44));
  ASSERT(1, all(a - b, -9, -18, -27, -36));
  ASSERT(1, all(a * b, 10, 40, 90, 160));
  ASSERT(1, all(b / a, 10, 10, 10, 10));
  ASSERT(1, all((v4si){7, -7, 9, 100} % (v4si){2, 3, 4, 7}, 1, -1, 1, 2));
  ASSERT(1, all((v4si){7, -7, 9, 100} / (v4si){2, 3, 4, 7}, 3, -2, 2, 14));
  ASSERT(1, all(a & 6, 0, 2, 2, 4));
  ASSERT(1, all(a | 8, 9, 10, 11, 12));
  ASSERT(1, all(a ^ b, 11, 22, 29, 44));
  ASSERT(1, all(~a, -2, -3, -4, -5));
  ASSERT(1, all(-a, -1, -2, -3, -4));
  ASSERT(1, all(+a, 1, 2, 3, 4));
  ASSERT(1, all(a << 2, 4, 8, 12, 16));
  ASSERT(1, all(b >> a, 5, 5, 3, 2));
  ASSERT(1, all(1 << a, 2, 4, 8, 16));
  ASSERT(1, all((v4si){-16, 16, -1, 7} >> 1, -8, 8, -1, 3));
  ASSERT(1, allu((v4ui){0x80000000u, 16, 0xffffffffu, 7} >> 1, 0x40000000u, 8, 0x7fffffffu, 3));

  // A scalar operand is used for every element, on either side.
  ASSERT(1, all(a + 1, 2, 3, 4, 5));
  ASSERT(1, all(100 - a, 99, 98, 97, 96));
  ASSERT(1, all(a * i, 2, 4, 6, 8));
  short sh = 3;
  v8hi h = {1, 2, 3, 4, 5, 6, 7, 8};
  v8hi h3 = h * sh;
  ASSERT(24, h3[7]);
  h3 = sh - h;
  ASSERT(-5, h3[7]);
  v4sf f = {1, 2, 3, 4};
  ASSERT(1, allf(f * 2, 2, 4, 6, 8));
  ASSERT(1, allf(1.5 + f, 2.5, 3.5, 4.5, 5.5));
  ASSERT(1, allf(f / 2.0f, 0.5, 1, 1.5, 2));
  v2df df = {1.0, 3.0};
  v2df df2 = df * 0.5;
  ASSERT(1, df2[0] == 0.5 && df2[1] == 1.5);
  char ch = 5;
  v2di l = (v2di){1L << 40, -3} * ch;
  ASSERT(1, l[0] == 5L << 40 && l[1] == -15);

  // Elements wrap in their own type.
  v8qu q = {250, 1, 2, 3, 4, 5, 6, 255};
  v8qu q2 = q + (unsigned char)10;
  ASSERT(4, q2[0]);
  ASSERT(9, q2[7]);
  v16qi sq = {60, -60}; // (signed elements: no overflow, which C leaves undefined)
  sq = sq + sq;
  ASSERT(120, sq[0]);
  ASSERT(-120, sq[1]);
  v4ui u = {1, 2, 3, 4};
  ASSERT(1, allu(u - 2, 0xffffffffu, 0, 1, 2));
  ASSERT(1, allu(-18 / (v4ui){3, 1, 2, 6}, (0u - 18) / 3, 0u - 18, (0u - 18) / 2, (0u - 18) / 6));

  // Comparisons give a vector of signed integers: all ones or zero.
  ASSERT(1, all(a < (v4si){2, 2, 2, 2}, -1, 0, 0, 0));
  ASSERT(1, all(a <= 2, -1, -1, 0, 0));
  ASSERT(1, all(a > 2, 0, 0, -1, -1));
  ASSERT(1, all(3 >= a, -1, -1, -1, 0));
  ASSERT(1, all(a == (v4si){1, 0, 3, 0}, -1, 0, -1, 0));
  ASSERT(1, all(a != 2, -1, 0, -1, -1));
  v4si fc = f > 2.5f;
  ASSERT(1, all(fc, 0, 0, -1, -1));
  v2ll dc = df == (v2df){1.0, 2.0};
  ASSERT(1, dc[0] == -1 && dc[1] == 0);
  v8hi hc = h >= 4;
  ASSERT(1, hc[2] == 0 && hc[3] == -1 && hc[7] == -1);

  // A comparison's result may be assigned to any vector of its size, and
  // combined with one, as in gcc.
  v4ui cu = a == a;
  ASSERT(1, allu(cu, 0xffffffffu, 0xffffffffu, 0xffffffffu, 0xffffffffu));
  v4sf cs = f < 0;
  ASSERT(0, memcmp(&cs, &(v4si){0}, 16));
  __typeof__(u != u) cz = u != u;
  v4ui cz2 = cz;
  ASSERT(1, allu(cz2 + u, 1, 2, 3, 4));
  ASSERT(1, all((a > 2) & a, 0, 0, 3, 4));

  // Assignment operators, ++ and --.
  c = (v4si){10, 20, 30, 40};
  c += a;
  ASSERT(1, all(c, 11, 22, 33, 44));
  c -= 1;
  c *= 2;
  c /= (v4si){1, 2, 4, 8};
  c %= 7;
  ASSERT(1, all(c, 6, 0, 2, 3));
  c <<= 1;
  c |= 1;
  c &= 7;
  c ^= a;
  c >>= 1;
  ASSERT(1, all(c, 2, 1, 3, 1));
  ASSERT(1, all(++c, 3, 2, 4, 2));
  ASSERT(1, all(c--, 3, 2, 4, 2));
  ASSERT(1, all(c, 2, 1, 3, 1));
  ASSERT(1, all(c++, 2, 1, 3, 1));
  ASSERT(1, all(--c, 2, 1, 3, 1));
  v4si *pc = &c;
  *pc++ += 1;
  ASSERT(1, all(c, 3, 2, 4, 2));

  // Casts between vectors and same-size integers keep the bits.
  v4sf one = {1.0f, -2.0f, 0.0f, 0.5f};
  v4si bits = (v4si)one;
  ASSERT(1, all(bits, 0x3f800000, (int)0xc0000000, 0, 0x3f000000));
  ASSERT(1, allu((v4ui)a, 1, 2, 3, 4));
  v2si pair = {1, 2};
  ASSERT(0x200000001, (long long)pair);
  v2si back = (v2si)0x300000004LL;
  ASSERT(1, back[0] == 4 && back[1] == 3);
  ASSERT(0x00040003, ((int)(v2hi){3, 4}));
  v8qu qb = (v8qu)(v2si){0x04030201, 0x08070605};
  ASSERT(8, qb[7]);
  ASSERT(1, qb[0]);

  // A vector operand of ?: and of a comma.
  v4si t = i ? a : b;
  ASSERT(1, all(t, 1, 2, 3, 4));
  t = (i = 0, !i ? b : a);
  ASSERT(1, all(t, 10, 20, 30, 40));

  // Operands are evaluated once.
  calls = 0;
  t = counted() * 2 + counted();
  ASSERT(2, calls);
  ASSERT(1, all(t, 4, 4, 4, 4));

  // __builtin_shuffle and __builtin_convertvector.
  ASSERT(1, all(__builtin_shuffle(a, (v4si){3, 2, 1, 0}), 4, 3, 2, 1));
  ASSERT(1, all(__builtin_shuffle(a, (v4si){5, 6, 7, 4}), 2, 3, 4, 1));
  ASSERT(1, all(__builtin_shuffle(a, b, (v4si){0, 4, 1, 5}), 1, 10, 2, 20));
  ASSERT(1, all(__builtin_shuffle(a, b, (v4si){7, 10, 3, 12}), 40, 3, 4, 10));
  v2df dsh = __builtin_shuffle(df, (v2ll){10000000001LL, 0});
  ASSERT(1, dsh[0] == 3.0 && dsh[1] == 1.0);
  v4sf cf = __builtin_convertvector((v4si){1, -2, 3, 1 << 24}, v4sf);
  ASSERT(1, allf(cf, 1, -2, 3, 16777216));
  v4si ci = __builtin_convertvector((v4sf){1.5f, -2.5f, 3.0f, 1e9f}, v4si);
  ASSERT(1, all(ci, 1, -2, 3, 1000000000));

  // Calls: vectors in xmm registers, in memory and in a struct.
  ASSERT(1, all(add4(a, b), 11, 22, 33, 44));
  v2sf m2 = mul2f((v2sf){1.5f, 2}, (v2sf){2, 4});
  ASSERT(1, m2[0] == 3 && m2[1] == 8);
  v2hi n2 = neg2((v2hi){5, -6});
  ASSERT(1, n2[0] == -5 && n2[1] == 6);
  v8si w8 = twice8((v8si){1, 2, 3, 4, 5, 6, 7, 8});
  ASSERT(16, w8[7]);
  ASSERT(2, w8[0]);
  v2df md = many(100, df, 200, df, df, df, df, df, df, df, df);
  ASSERT(1, md[0] == 309 && md[1] == 327);
  struct wrap wa = {a}, wb = {b};
  ASSERT(1, all(wrap_add(wa, wb).v, 11, 22, 33, 44));
  ASSERT(10 + 100 + 6, sum_va(2, a, b, (v2si){2, 3}));

  ASSERT(-1, __builtin_classify_type(a));

  v64qi big = {1};
  big[63] = 2;
  big = big + big;
  ASSERT(2, big[0]);
  ASSERT(4, big[63]);
  ASSERT(0, big[31]);

  test_done(__FILE__);
  return 0;
}
