#include "test.h"

// float, double and long double (x87, 80 bits): constants, arithmetic,
// -0.0, NaN and infinity, conversions to and from the integer types (out
// of range ones as gcc's code gives them) and between the floating types,
// calls, printing, globals.

double sqrt(double x);
double fmod(double x, double y);
double pow(double x, double y);

double g_d = 1.5;
float g_f = 2.25f;
long double g_ld = 3.75L;
double g_arr[] = {1.0, 2.5, -3.25, 1e10};
float g_farr[3] = {1, 2};
long double g_ldarr[2] = {0.5L, 1e-18L};
int g_int_from_d = 2.9;
int g_neg_int_from_d = -2.9;
long g_long_from_d = 1e10;
unsigned long g_ul_from_d = 1.8446744073709550e19;
double g_d_from_int = 7;
double g_d_expr = 1.0 / 4 + 2;
float g_f_expr = 1.0f / 3;
double g_d_from_ul = 0xffffffffffffffffUL;
_Bool g_bool_from_d = 0.1;
char g_char_from_d = 65.9;

struct FS {
  char c;
  float f;
  double d;
  long double ld;
};
struct FS g_s = {'a', 1.5f, 2.5, 3.5L};

struct P {
  float x;
  double y;
};

struct LDS {
  char c;
  long double x;
};

double g_dvals[10];
int g_ivals[7];
float g_fvals[10];

double add_d(double a, double b) { return a + b; }
float add_f(float a, float b) { return a + b; }
float half_f(float x) { return x / 2; }
double neg_d(double x) { return -x; }
int takes_int(int x) { return x; }
unsigned long takes_ulong(unsigned long x) { return x; }
float takes_float(float x) { return x; }
float ret_f_from_d(void) { return 0.1; }
float third_f(void) { double d = 1.0; return d / 3; }
double ret_d_from_ul(unsigned long u) { return u; }
long double ret_ld_from_ul(unsigned long u) { return u; }
unsigned long ret_ul_from_ld(long double x) { return x; }
float ret_f_from_ul(unsigned long u) { return u; }
_Bool ret_bool_from_d(double d) { return d; }

double mix6(int a, double b, int c, float d, long e, double f) {
  return a + b * 10 + c * 100 + d * 1000 + e * 10000 + f * 100000;
}

double horner10(double a, double b, double c, double d, double e, double f, double g, double h, double i, double j) {
  return (((((((((a * 10 + b) * 10 + c) * 10 + d) * 10 + e) * 10 + f) * 10 + g) * 10 + h) * 10 + i) * 10 + j);
}

double inter17(double d1, int i1, double d2, int i2, double d3, int i3, double d4, int i4, double d5, int i5, double d6, int i6, double d7, int i7, double d8, double d9, double d10) {
  g_dvals[0] = d1; g_dvals[1] = d2; g_dvals[2] = d3; g_dvals[3] = d4; g_dvals[4] = d5;
  g_dvals[5] = d6; g_dvals[6] = d7; g_dvals[7] = d8; g_dvals[8] = d9; g_dvals[9] = d10;
  g_ivals[0] = i1; g_ivals[1] = i2; g_ivals[2] = i3; g_ivals[3] = i4; g_ivals[4] = i5; g_ivals[5] = i6; g_ivals[6] = i7;
  return d10 - d1;
}

float many_f(float a, float b, float c, float d, float e, float f, float g, float h, float i, float j) {
  g_fvals[0] = a; g_fvals[1] = b; g_fvals[2] = c; g_fvals[3] = d; g_fvals[4] = e;
  g_fvals[5] = f; g_fvals[6] = g; g_fvals[7] = h; g_fvals[8] = i; g_fvals[9] = j;
  return j - a;
}

long double mix_ld(int a, long double b, double c, long double d, float e, long f) {
  return a + b * 10 + c * 100 + d * 1000 + e * 10000 + f * 100000;
}

int count_steps(double from, double to, double step) {
  int n = 0;
  for (double x = from; x < to; x += step)
    n++;
  return n;
}

// Out-of-range conversions to integers are undefined in C; 9cc gives what
// gcc's code gives on x86-64: the conversion happens in 32 bits for int
// and narrower types (so INT_MIN, or the low bits of a value that fits
// 32 bits), in 64 bits for unsigned int, and for long double in 16, 32 or
// 64 bits by the target's width.  Parameters keep gcc from folding them.
int f_to_int(float f) { return f; }
short d_to_short(double d) { return d; }
signed char d_to_char(double d) { return d; }
unsigned f_to_unsigned(float f) { return f; }
int ld_to_int(long double d) { return d; }
short ld_to_short(long double d) { return d; }
signed char ld_to_char(long double d) { return d; }
unsigned ld_to_unsigned(long double d) { return d; }

// A constant converted is folded as gcc folds it: saturated to the
// target's bounds, NaN to 0 (the values are gcc's).
int folded_int = 1.42235e+21f;
unsigned char folded_uchar = 300.0;
long folded_long = -1e30;
unsigned long folded_ulong = 1e30;
int folded_twice = (int)(float)2147483647;

static void test_folded_out_of_range(void) {
  ASSERT(2147483647, folded_int);
  ASSERT(255, folded_uchar);
  ASSERT(1, folded_long == -9223372036854775807L - 1);
  ASSERT(1, folded_ulong == 18446744073709551615UL);
  int a = 1.42235e+21f, b = -1e20, k = __builtin_nan("");
  unsigned c = -5.0, d = 1e12;
  signed char e = 300.0;
  short g = 1e6;
  int m = 1e30L;
  ASSERT(2147483647, a);
  ASSERT(-2147483647 - 1, b);
  ASSERT(0, k);
  ASSERT(0, c);
  ASSERT(4294967295u, d);
  ASSERT(127, e);
  ASSERT(32767, g);
  ASSERT(2147483647, m);
  ASSERT(-7, (int)-7.9);
  ASSERT(2147483647, (int)2147483647.5f); // rounded to float first: 2^31
  // A constant converted to a floating type is a floating constant, so a
  // conversion back folds too (at run time this one gives INT_MIN).
  ASSERT(2147483647, (int)(float)2147483647);
  ASSERT(2147483647, folded_twice);
  ASSERT(16777216, (int)(float)16777217);
}

static void test_out_of_range(void) {
  ASSERT(-2147483647 - 1, f_to_int(3e9f));
  ASSERT(-2147483647 - 1, f_to_int(-1e10f));
  ASSERT(16960, d_to_short(1e6)); // 1000000 = 0xf4240
  ASSERT(44, d_to_char(300.0));
  ASSERT(0, d_to_short(1e10)); // 32 bits of integer indefinite, low half 0
  ASSERT(4294967295u, f_to_unsigned(-1.0f));
  ASSERT(705032704u, f_to_unsigned(5e9f)); // 5000000000 mod 2^32
  ASSERT(-2147483647 - 1, ld_to_int(3e9L));
  ASSERT(-32768, ld_to_short(1e6L));
  ASSERT(44, ld_to_char(300.0L));
  ASSERT(705032704u, ld_to_unsigned(5e9L));
  ASSERT(-7, f_to_int(-7.9f)); // in range: towards zero
  ASSERT(7, ld_to_short(7.9L));
}

// sizes and alignment
static void test_sizes(void) {
  ASSERT(4, sizeof(float));
  ASSERT(8, sizeof(double));
  ASSERT(16, sizeof(long double));
  ASSERT(16, _Alignof(long double));
  ASSERT(4, sizeof(1.0f));
  ASSERT(8, sizeof(1.0));
  ASSERT(16, sizeof(1.0L));
  ASSERT(4, sizeof(1.0f + 1));
  ASSERT(8, sizeof(1.0f + 1.0));
  ASSERT(16, sizeof(1 + 1.0L));
  ASSERT(8, sizeof(1 ? 1 : 2.0));
  ASSERT(4, sizeof(0 ? 1.0f : 2L));
  ASSERT(32, sizeof(struct FS));
  { struct LDS s; ASSERT(16, (char *)&s.x - (char *)&s); }
}

// constants: suffixes, exponents, hex floats
static void test_constants(void) {
  ASSERT(1, .5 == 0.5);
  ASSERT(1, 12e-1 == 1.2);
  ASSERT(1, 0x1p4 == 16);
  ASSERT(1, 0x1.8p1 == 3);
  ASSERT(1, 0x.8p0 == 0.5);
  ASSERT(1, 0xAp-1 == 5);
  ASSERT(1, 0X1P+2 == 4);
  ASSERT(1, 0x1p-2f == 0.25f);
  ASSERT(1, 0x1.fffffffffffffp1023 == 1.7976931348623157e308);
  ASSERT(1, 0.1 + 0.2 == 0.30000000000000004);
  ASSERT(1, 9007199254740993.0 == 9007199254740992.0);
  ASSERT(1, 0.1f == (float)0.1);
  ASSERT(1, (double)0.1L == 0.1);
  ASSERT(1, 1.0000000596046447753906251f == 0x1.000002p0f);
  ASSERT(1, 1e4000L > 0x1.fffffffffffffp1023L);
  ASSERT(1, 1e-4000L < 0x1p-1074);
}

// arithmetic
static void test_arithmetic(void) {
  ASSERT(1, -7 / 2.0 == -3.5);
  ASSERT(1, 1.0 / 3 * 3 == 1.0);
  ASSERT(7, (int)((0.1 + 0.7) * 10));
  { double s = 0x1p-1074; ASSERT(1, s > 0); ASSERT(1, s / 2 == 0); ASSERT(1, s * 3 / 2 == 0x1p-1073); }
  { float f = 16777216.0f; ASSERT(1, f + 1.0f == f); ASSERT(1, f + 1.0 != f); ASSERT(1, f + 2.0f == 16777218.0f); }
  { float a = 0.1f, b = 0.2f; ASSERT(1, a + b == 0.3f); ASSERT(1, (double)a + b != 0.3f); }
  { float f = 1.0f / 3.0f; ASSERT(1, (double)f == 0.3333333432674407958984375); }
  { float f = 0.1f; ASSERT(1, f + 0.0 == 0.100000001490116119384765625); }
  { double d = 1.0; ASSERT(1, d + 1e-16 == 1.0); ASSERT(1, d + 2.3e-16 != 1.0); }
  ASSERT(1, (double)third_f() == 0.3333333432674407958984375);
}

// -0.0
static void test_negative_zero(void) {
  double z = 0.0;
  double nz = -z;
  ASSERT(1, 1 / nz < 0);
  ASSERT(1, 1 / (0.0 - z) > 0);
  ASSERT(1, 1 / neg_d(z) < 0);
  ASSERT(1, 1 / -0.0 < 0);
  ASSERT(1, 1 / (nz + 0.0) > 0);
  float fz = 0.0f;
  ASSERT(1, 1 / -fz < 0);
  long double lz = 0.0L;
  ASSERT(1, 1 / -lz < 0);
}

// NaN and infinity
static void test_nan_inf(void) {
  double zero = 0.0;
  double one = 1.0;
  double nan = zero / zero;
  double inf = one / zero;
  float fzero = 0.0f;
  float fnan = fzero / fzero;
  long double ldzero = 0.0L;
  long double ldnan = ldzero / ldzero;
  ASSERT(1, nan != nan);
  ASSERT(0, nan == nan);
  ASSERT(0, nan < 1);
  ASSERT(0, nan > 1);
  ASSERT(0, nan <= nan);
  ASSERT(1, (_Bool)nan);
  ASSERT(0, !nan);
  ASSERT(2, nan == nan ? 1 : 2);
  { int n = 0; if (nan) n = 1; ASSERT(1, n); }
  { int n = 0; if (nan == nan) n = 1; ASSERT(0, n); }
  { int n = 0; if (nan < 0 || nan >= 0) n = 1; ASSERT(0, n); }
  ASSERT(0, fnan == fnan);
  ASSERT(0, fnan < 1);
  ASSERT(1, ldnan != ldnan);
  ASSERT(0, ldnan == ldnan);
  ASSERT(0, ldnan < 1);
  ASSERT(1, inf > 1e308);
  ASSERT(1, inf - inf != inf - inf);
}

// comparisons mixing types
static void test_mixed_comparisons(void) {
  ASSERT(1, 0xffffffffU > -1.0);
  ASSERT(0, 0xffffffffU > -1);
  ASSERT(1, 2147483647 + 1.0 == 2147483648.0);
  { long big = 9007199254740993; ASSERT(1, big == 9007199254740992.0); ASSERT(0, big == 9007199254740992); }
  { unsigned long u = 0xffffffffffffffffUL; ASSERT(1, u == 18446744073709551616.0); ASSERT(1, u > 0.0); }
  ASSERT(0, 0.1f == 0.1);
}

// conversions: floating -> integer (truncation toward zero)
static void test_to_integer(void) {
  ASSERT(-3, (int)-3.9);
  ASSERT(0, (int)-0.5);
  ASSERT(-2, (int)-2.7f);
  ASSERT(-2, (int)-2.7L);
  ASSERT(-3, (char)-3.99L);
  ASSERT(-4, (long)-4.5L);
  ASSERT(-1000000000000000000, (long)-1e18);
  ASSERT(1, (unsigned)3e9 == 3000000000U);
  ASSERT(1, (unsigned)4294967295.0L == 4294967295U);
  ASSERT(200, (unsigned char)200.7);
  ASSERT(-100, (char)-100.5);
  ASSERT(1, (unsigned long)1.8446744073709550e19 == 0xFFFFFFFFFFFFF800UL);
  ASSERT(1, (unsigned long)9223372036854775808.0 == 0x8000000000000000UL);
  ASSERT(1, (unsigned long)1.8e19 == 18000000000000000000UL);
  ASSERT(1, (unsigned long)0x1.fffffep63f == 0xFFFFFF0000000000UL);
  ASSERT(1, (unsigned long)18446744073709551615.0L == 0xffffffffffffffffUL);
  ASSERT(1, (unsigned long)9223372036854775809.0L == 0x8000000000000001UL);
  ASSERT(1, ret_ul_from_ld(18446744073709551615.0L) == 0xffffffffffffffffUL);
  ASSERT(2, takes_int(2.9));
  ASSERT(1, takes_ulong(1.8e19) == 18000000000000000000UL);
  { double d = 1e10; long l = d; ASSERT(10000000000, l); }
  { double d = -7.5; int i = d; ASSERT(-7, i); }
  { double d = 3e9; unsigned u = d; ASSERT(3000000000, u); }
  { double d = 1.8446744073709550e19; unsigned long u = d; ASSERT(1, u == 0xFFFFFFFFFFFFF800UL); }
  { float f = 1.8446742974197924e19f; unsigned long u = f; ASSERT(1, u == 0xFFFFFF0000000000UL); }
  { long double x = 18446744073709551615.0L; unsigned long u = x; ASSERT(1, u == 0xffffffffffffffffUL); }
  { long double x = -9223372036854775808.0L; long l = x; ASSERT(1, l == -9223372036854775807L - 1); }
}

// conversions: integer -> floating
static void test_from_integer(void) {
  ASSERT(1, (double)0xffffffffffffffffUL == 18446744073709551616.0);
  ASSERT(1, (double)0x8000000000000401UL == 9223372036854777856.0);
  ASSERT(1, (double)0x8000000000000400UL == 9223372036854775808.0);
  ASSERT(1, (double)0x8000000000000C00UL == 9223372036854779904.0);
  ASSERT(1, (float)0xffffffffffffffffUL == 18446744073709551616.0f);
  ASSERT(1, (float)0x8000008000000001UL == 0x1.000002p63f);
  ASSERT(1, (long double)0xffffffffffffffffUL == 18446744073709551615.0L);
  ASSERT(1, (long double)0xffffffffffffffffUL != 18446744073709551616.0L);
  ASSERT(1, (long double)0x8000000000000001UL == 9223372036854775809.0L);
  ASSERT(1, (long)(long double)9223372036854775807L == 9223372036854775807L);
  ASSERT(1, (double)9007199254740993L == 9007199254740992.0);
  ASSERT(1, (float)16777217 == 16777216.0f);
  ASSERT(1, (float)16777219 == 16777220.0f);
  ASSERT(1, ret_d_from_ul(0x8000000000000401UL) == 9223372036854777856.0);
  ASSERT(1, ret_ld_from_ul(0xfffffffffffffffeUL) == 18446744073709551614.0L);
  ASSERT(1, ret_f_from_ul(0xffffffffffffffffUL) == 0x1p64f);
  ASSERT(1, ret_f_from_ul(0x8000008000000001UL) == 0x1.000002p63f);
  ASSERT(1, takes_float(16777217) == 16777216.0f);
  { unsigned u = 0xffffffff; ASSERT(1, (double)u == 4294967295.0); ASSERT(1, (float)u == 4294967296.0f); ASSERT(1, (long double)u == 4294967295.0L); }
  { unsigned char uc = 255; ASSERT(1, (double)uc == 255); signed char sc = -1; ASSERT(1, (double)sc == -1); }
  { unsigned long u = 0x8000000000000401UL; double d = u; ASSERT(1, d == 9223372036854777856.0); }
  { unsigned long u = 0x8000000000000001UL; long double x = u; ASSERT(1, x == 9223372036854775809.0L); }
}

// conversions between floating types
static void test_between_floating(void) {
  ASSERT(1, (double)(float)0.1 == 0.100000001490116119384765625);
  ASSERT(1, (float)0.1L == 0.1f);
  ASSERT(1, (long double)0.1 == 0.1000000000000000055511151231257827021181583404541015625L);
  ASSERT(1, (double)(1.0L / 3) == 1.0 / 3);
  ASSERT(1, (float)(1.0L / 3) == 1.0f / 3);
  ASSERT(1, ret_f_from_d() == 0.1f);
  { long double x = 1.0L / 3; double d = x; float f = x; ASSERT(1, d == 1.0 / 3); ASSERT(1, f == 1.0f / 3); }
}

// _Bool conversion
static void test_bool(void) {
  double zero = 0.0;
  double nan = zero / zero;
  ASSERT(1, (_Bool)0.1);
  ASSERT(0, (_Bool)0.0);
  ASSERT(0, (_Bool)-0.0);
  ASSERT(1, (_Bool)0x1p-1074);
  ASSERT(1, ret_bool_from_d(0.25));
  ASSERT(1, ret_bool_from_d(nan));
  { _Bool b = 0.5; ASSERT(1, b); b = 0.0f; ASSERT(0, b); b = -2.5L; ASSERT(1, b); }
  ASSERT(1, !-0.0);
  ASSERT(0, 0.5 && 0.0);
}

// compound assignment mixing int and floating
static void test_compound_assignment(void) {
  { int i = 5; i *= 2.5; ASSERT(12, i); }
  { int i = 7; i /= 2.0; i += 0.9; ASSERT(3, i); }
  { int i = -7; i *= 0.5; ASSERT(-3, i); }
  { char c = 10; c *= 1.5; ASSERT(15, c); }
  { unsigned u = 10; u -= 0.5; ASSERT(9, u); }
  { long l = (1L << 60) + 1; l += 0.0; ASSERT(1L << 60, l); }
  { double d = 1; d += 1; d /= 4; d -= 1; d *= -4; ASSERT(1, d == 2); }
  { float f = 1; f += 0.1; ASSERT(1, f == 1.1f); }
  { double a[3] = {1, 2, 3}; int k = 0; a[k++] += 0.5; ASSERT(1, k); ASSERT(1, a[0] == 1.5); }
  { long double x = 1; x *= 3; x /= 4; ASSERT(1, x == 0.75L); x += 1e-18L; ASSERT(1, x != 0.75L); }
}

// ++ and --
static void test_incdec(void) {
  { double d = 1.5; ASSERT(1, d++ == 1.5); ASSERT(1, ++d == 3.5); ASSERT(1, --d == 2.5); }
  { float f = 0.5f; f++; f++; f--; ASSERT(1, f == 1.5f); }
  { float f = 16777216.0f; f++; ASSERT(1, f == 16777216.0f); }
  { long double x = 0.25L; x++; ASSERT(1, x == 1.25L); ASSERT(1, --x == 0.25L); }
}

// ternary
static void test_ternary(void) {
  ASSERT(1, (0 ? 1.5 : 2) == 2.0);
  ASSERT(2, (0 ? 1.0f : 2L));
  { int x = 0 ? 1 : 2.5; ASSERT(2, x); }
  { float f = 0.25f; double d = 0.5; int c = 1; ASSERT(1, (c ? f : d) == 0.25); c = 0; ASSERT(1, (c ? f : d) == 0.5); }
}

// loops and conditions
static void test_loops(void) {
  ASSERT(4, count_steps(0, 1, 0.25));
  { int n = 0; double x = 1; while (x > 0.01) { x /= 2; n++; } ASSERT(7, n); }
}

// functions with floating params and returns
static void test_calls(void) {
  ASSERT(1, mix6(1, 2.5, 3, 0.5f, 5, 6) == 600000 + 50000 + 500 + 300 + 25 + 1);
  ASSERT(1, horner10(1, 2, 3, 4, 5, 6, 7, 8, 9, 0.5) == 1234567890.5);
  ASSERT(1, inter17(1.5, 1, 2.5, 2, 3.5, 3, 4.5, 4, 5.5, 5, 6.5, 6, 7.5, 7, 8.5, 9.5, 10.5) == 9.0);
  ASSERT(1, g_dvals[6] == 7.5);
  ASSERT(1, g_dvals[7] == 8.5);
  ASSERT(1, g_dvals[9] == 10.5);
  ASSERT(6, g_ivals[5]);
  ASSERT(7, g_ivals[6]);
  ASSERT(1, many_f(0.5f, 1.5f, 2.5f, 3.5f, 4.5f, 5.5f, 6.5f, 7.5f, 8.5f, 9.75f) == 9.25f);
  ASSERT(1, g_fvals[8] == 8.5f);
  ASSERT(1, g_fvals[9] == 9.75f);
  ASSERT(1, half_f(0.1f) == 0.05f);
  ASSERT(1, mix_ld(1, 2 + 0x1p-40L, 3, 4, 5, 6) != 654321);
  { double (*fp)(double, double) = add_d; ASSERT(1, fp(1.5, 2.25) == 3.75); }
  { float (*fp)(float, float) = add_f; ASSERT(1, fp(0.1f, 0.2f) == 0.3f); }
}

// math library (int arguments converted through prototypes)
static void test_math_library(void) {
  ASSERT(1, sqrt(16) == 4);
  ASSERT(1, fmod(7.5, 2) == 1.5);
  ASSERT(1, pow(2, 10) == 1024);
}

// long double precision
static void test_long_double(void) {
  ASSERT(1, (long double)1 + 1e-18L != 1);
  { long double x = 1; x += 0x1p-63L; ASSERT(1, x != 1); ASSERT(1, (x - 1) * 0x1p63L == 1); }
  { long double x = 1; x += 0x1p-64L; ASSERT(1, x == 1); }
  { long double a = 9007199254740993.0L; long double b = a + 1; ASSERT(1, b - a == 1); ASSERT(9007199254740994, (long)b); }
  { long double x = 3; ASSERT(1, -x == -3.0L); ASSERT(1, x / 2 - 5 == -3.5L); }
  { long double a = 2, b = 3; ASSERT(1, a < b); ASSERT(0, a > b); }
}

// printing
static void test_printing(void) {
  char buf[100];
  double zero = 0.0;
  double one = 1.0;
  double inf = one / zero;
  sprintf(buf, "%g", 0.1); ASSERT(0, strcmp(buf, "0.1"));
  sprintf(buf, "%g", 1000000.0); ASSERT(0, strcmp(buf, "1e+06"));
  sprintf(buf, "%.3f", 3.14159); ASSERT(0, strcmp(buf, "3.142"));
  sprintf(buf, "%.2f", 2.675); ASSERT(0, strcmp(buf, "2.67"));
  sprintf(buf, "%g", 1.5f); ASSERT(0, strcmp(buf, "1.5"));
  sprintf(buf, "%g", -0.0); ASSERT(0, strcmp(buf, "-0"));
  sprintf(buf, "%g %g", inf, -inf); ASSERT(0, strcmp(buf, "inf -inf"));
  sprintf(buf, "%Lf", 1.5L); ASSERT(0, strcmp(buf, "1.500000"));
  sprintf(buf, "%.20Lg", 1.0L / 3); ASSERT(0, strcmp(buf, "0.33333333333333333334"));
  sprintf(buf, "%.19Lf", (long double)1 + 1e-18L); ASSERT(0, strcmp(buf, "1.0000000000000000010"));
  sprintf(buf, "%d %.1f %d %.1f", 1, 2.5, 3, 4.5); ASSERT(0, strcmp(buf, "1 2.5 3 4.5"));
  sprintf(buf, "%.1f %Lg %d", 0.5, 2.5L, 7); ASSERT(0, strcmp(buf, "0.5 2.5 7"));
  { float f = 0.25f; sprintf(buf, "%f", f); ASSERT(0, strcmp(buf, "0.250000")); }
}

// globals, arrays, structs
static void test_globals(void) {
  ASSERT(1, g_d == 1.5);
  ASSERT(1, g_f == 2.25f);
  ASSERT(1, g_arr[3] == 1e10);
  ASSERT(1, g_farr[2] == 0.0f);
  ASSERT(1, 1 + g_ldarr[1] != 1);
  ASSERT(2, g_int_from_d);
  ASSERT(10000000000, g_long_from_d);
  ASSERT(1, g_ul_from_d == 0xFFFFFFFFFFFFF800UL);
  ASSERT(1, g_f_expr == 1.0f / 3);
  ASSERT(1, g_d_from_ul == 18446744073709551616.0);
  ASSERT(1, g_bool_from_d);
  ASSERT(65, g_char_from_d);
  ASSERT(1, g_s.f == 1.5f);
  ASSERT(1, g_s.ld == 3.5L);
  g_d += 0.25; ASSERT(1, g_d == 1.75);
  { double a[] = {1, 2.5, 3}; ASSERT(1, a[(int)1.9] == 2.5); }
  { int ia[] = {1.9, -1.9}; ASSERT(1, ia[0]); ASSERT(-1, ia[1]); }
  { struct P p = {1.5f, 2.5}; struct P q = p; q.x += 1; ASSERT(1, q.x == 2.5f); ASSERT(1, q.y == 2.5); }
  { struct P ps[2] = {{1, 2}, {3, 4}}; struct P *pp = ps + 1; pp->x += 0.5f; pp->y *= 2; ASSERT(1, ps[1].x == 3.5f); ASSERT(1, ps[1].y == 8); }
  { struct LDS s; s.c = 'z'; s.x = 1 + 0x1p-60L; ASSERT(1, s.x != 1); ASSERT('z', s.c); }
}

// The quiet comparisons of <math.h>, as gcc's builtins.
static void test_quiet_comparisons(void) {
  volatile double zero = 0.0;
  double qn = zero / zero;
  ASSERT(1, __builtin_isunordered(qn, 1.0));
  ASSERT(0, __builtin_isunordered(1.0, 2.0));
  ASSERT(1, __builtin_islessgreater(1.0, 2.0));
  ASSERT(0, __builtin_islessgreater(2.0, 2.0));
  ASSERT(0, __builtin_islessgreater(qn, 1.0));
  ASSERT(1, __builtin_isgreater(2.0, 1.0));
  ASSERT(0, __builtin_isless(qn, 1.0));
}

int main() {
  test_out_of_range();
  test_folded_out_of_range();
  test_sizes();
  test_constants();
  test_arithmetic();
  test_negative_zero();
  test_nan_inf();
  test_mixed_comparisons();
  test_to_integer();
  test_from_integer();
  test_between_floating();
  test_bool();
  test_compound_assignment();
  test_incdec();
  test_ternary();
  test_loops();
  test_calls();
  test_math_library();
  test_long_double();
  test_printing();
  test_globals();
  test_quiet_comparisons();
  test_done(__FILE__);
  return 0;
}
