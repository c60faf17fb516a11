#include "test.h"
#include <stddef.h>

// The code generator's shortcuts (everything -O0 turns off): variables
// read, written and updated in place, constants and variables as direct
// operands, evaluation order swapped around simple operands, compares
// fused with jumps, jump tables for switch, indexed addressing, constant
// folding of negation and of conversions to floating types, and the
// peephole pass.  Each case sits on an edge of one of them: widths,
// signedness, wrap-around, NaN, negative indexes.  `make test-O0` runs
// this file with the plain stack machine too; gcc gives the same answers.

struct pt { int x, y; long l; unsigned char c; double d; };
struct pt gpt = {1, 2, 3, 4, 5.0};
int gi = 10;
long gl = -20;
unsigned gu = 0xfffffff0u;
int garr[5] = {10, 20, 30, 40, 50};
static short gs = -3;
static double gd = 1.5;

int calls;
int bump(int n) { calls++; return n; }
int set_gi(int v) { gi = v; return 1; }

// Postfix and prefix ++/-- on every kind of named lvalue: the value is
// the old (or new) one even where the variable wraps.
void test_incdec(void) {
  unsigned char uc = 255;
  ASSERT(255, uc++);
  ASSERT(0, uc);
  ASSERT(0, uc--);
  ASSERT(255, uc);
  signed char sc = 127;
  ASSERT(127, sc++);
  ASSERT(-128, sc);
  ASSERT(-128, sc--);
  ASSERT(127, sc);
  unsigned short us = 0;
  ASSERT(0, us--);
  ASSERT(65535, us);
  unsigned u = 0;
  ASSERT(0, u--);
  ASSERT(4294967295u, u);
  ASSERT(0, ++u);
  long l = -1;
  ASSERT(-1, l++);
  ASSERT(1, ++l);
  _Bool b = 1;
  ASSERT(1, b++);
  ASSERT(1, b);
  ASSERT(1, b--);
  ASSERT(0, b);
  ASSERT(1, --b);
  int a[3] = {1, 2, 3};
  int *p = a;
  ASSERT(1, *p++);
  ASSERT(2, *p);
  ASSERT(3, *++p);
  ASSERT(3, *p--);
  ASSERT(2, *p);
  struct pt s = {1, 2, 3, 255, 0.5};
  ASSERT(1, s.x++);
  ASSERT(2, s.x);
  ASSERT(255, s.c++);
  ASSERT(0, s.c);
  ASSERT(4, ++s.l);
  s.d++;
  ASSERT(15, s.d * 10);
  ASSERT(10, gi++);
  ASSERT(11, gi--);
  ASSERT(-21, --gl);
  ASSERT(-20, ++gl);
  ASSERT(2, gpt.y++);
  ASSERT(3, gpt.y--);
  ASSERT(-3, gs--);
  ASSERT(-4, gs++);
  double d = 0.5;
  ASSERT(5, d++ * 10);
  ASSERT(15, d * 10);
  float f = 16777216.0f; // f + 1 - 1 would not be f
  ASSERT(16777216, (long)f++);
  ASSERT(16777216, (long)f);
  for (int i = 0; i < 3; i++)
    u++;
  ASSERT(3, u);
}

// op= on named lvalues, every operator, both widths.
void test_compound(void) {
  int i = 7;
  i += 3; ASSERT(10, i);
  i -= 12; ASSERT(-2, i);
  i *= -4; ASSERT(8, i);
  i /= 3; ASSERT(2, i);
  i %= 2; ASSERT(0, i);
  i |= 6; ASSERT(6, i);
  i &= 3; ASSERT(2, i);
  i ^= 7; ASSERT(5, i);
  i <<= 3; ASSERT(40, i);
  i >>= 2; ASSERT(10, i);
  i = -64;
  i >>= 3; ASSERT(-8, i);
  unsigned u = 0x80000000u;
  u >>= 31; ASSERT(1, u);
  int n = 4;
  u <<= n; ASSERT(16, u);
  u >>= n; ASSERT(1, u);
  long l = 1;
  l <<= 40; ASSERT(1099511627776L, l);
  l += 0x7fffffffL; ASSERT(1101659111423L, l);
  l -= -5; ASSERT(1101659111428L, l);
  l += i; ASSERT(1101659111420L, l);
  l = 5;
  l += 0x100000000L; ASSERT(4294967301L, l);
  char c = 100;
  c += 100; ASSERT(-56, c);
  short sh = 1;
  sh <<= 15; ASSERT(-32768, sh);
  i = 3;
  i += i; ASSERT(6, i);
  i += bump(4); ASSERT(10, i);
  struct pt s = {1, 2, 3, 4, 0.5};
  s.y *= 21; ASSERT(42, s.y);
  s.l -= 4; ASSERT(-1, s.l);
  s.d += 1; ASSERT(15, s.d * 10);
  gu += 0x20; ASSERT(0x10, gu);
  gpt.x |= 8; ASSERT(9, gpt.x);
  gpt.x &= ~8;
  ASSERT(1, gpt.x);
  int *p = garr;
  p += 2; ASSERT(30, *p);
  p -= 1; ASSERT(20, *p);
  // The right side may change the variable: x op= f() reads x after f.
  gi = 1;
  gi += set_gi(5);
  ASSERT(6, gi);
  gi = 10;
}

// Direct loads and stores of every scalar width, locals and globals.
void test_load_store(void) {
  unsigned char uc = 200;
  signed char sc = -100;
  unsigned short us = 60000;
  short ss = -30000;
  unsigned u = 4000000000u;
  int i = -2000000000;
  ASSERT(200, uc);
  ASSERT(-100, sc);
  ASSERT(60000, us);
  ASSERT(-30000, ss);
  ASSERT(4000000000L, (long)u);
  ASSERT(-2000000000, i);
  long l = sc;
  ASSERT(-100, l);
  l = uc;
  ASSERT(200, l);
  l = u;
  ASSERT(4000000000L, l);
  l = i;
  ASSERT(-2000000000L, l);
  l = 0x123456789L;
  i = (int)l;
  ASSERT(0x23456789, i);
  unsigned long ul = ss;
  ASSERT(-30000, (long)ul);
  ASSERT(1, ul > 0x7fffffffffffffffUL);
  ul = us;
  ASSERT(60000, ul);
  _Bool b = 256; // converts to 1, not to 0
  ASSERT(1, b);
  b = i;
  ASSERT(1, b);
  double d = ss;
  ASSERT(-30000, d);
  float f = 0.25f;
  d = f;
  ASSERT(1, d == 0.25);
  long double ld = 1.5;
  ld = ld + 1;
  ASSERT(25, ld * 10);
  ASSERT(-3, gs);
  ASSERT(15, gd * 10);
  gd = 2.5;
  ASSERT(25, gd * 10);
  gd = 1.5;
  struct pt s;
  s.c = 300;
  ASSERT(44, s.c);
  s = gpt;
  ASSERT(3, s.l);
  ASSERT(4, s.c);
  int x = 5, y;
  int z = y = x; // the assignment's value is the one stored
  ASSERT(5, z);
  char ch;
  i = ch = 0x1ff;
  ASSERT(-1, i);
}

// Operand order: C lets either side go first; the results must not care.
int order_log[8];
int order_n;
int note(int v) { order_log[order_n++] = v; return v; }

void test_operands(void) {
  int a = 10, b = 3;
  long la = 10;
  ASSERT(7, a - b);
  ASSERT(-7, b - a);
  ASSERT(3, a / b);
  ASSERT(1, a % b);
  ASSERT(0, b / a);
  ASSERT(-3, -a / b);
  ASSERT(80, a << b);
  ASSERT(1, a >> b);
  ASSERT(7, a - note(3));
  ASSERT(-7, note(3) - a);
  ASSERT(1, a % note(3));
  ASSERT(0, note(3) / a);
  ASSERT(80, a << note(3));
  ASSERT(1, 100 > note(3));
  ASSERT(0, 1 > note(3));
  ASSERT(9, 12 - note(3));
  ASSERT(0, 5 - la < 0 ? 0 : 1);
  unsigned ua = 1;
  ASSERT(1, ua - 2 > 100);
  ASSERT(0, -1 < ua); // -1 converts to UINT_MAX
  ASSERT(1, -1 < (long)ua);
  ASSERT(1, a * 8 == 80);
  ASSERT(-80, a * -8);
  ASSERT(30, a * 3);
  ASSERT(1 << 30, 1 << 30);
  long big = 1;
  ASSERT(0x100000000L, big * 0x100000000L);
  ASSERT(0x400000000L, big << 34);
  ASSERT(-1, gl >> 10);
  ASSERT(0xf0000001u, gu >> 4 | 0xf0000000u);
  ASSERT(4, gu >> 2);
  int arr[4] = {1, 2, 3, 4};
  ASSERT(10, arr[0] + arr[1] + arr[2] + arr[3]);
  ASSERT(3, (arr + 3) - arr);
  ASSERT(1, arr + 1 > arr);
  ASSERT(1, &arr[2] == arr + 2);
  ASSERT(8, order_n); // each note() above ran once
}

// Compare-and-branch in every context, integers and floating point.
int lt(int a, int b) { return a < b ? 1 : 0; }
int le_u(unsigned a, unsigned b) { if (a <= b) return 1; return 0; }
int gt0(long a) { return 0 < a ? 1 : 0; }
int ge5(int a) { if (5 <= a) return 1; return 0; }
int ne7(int a) { int n = 0; while (7 != a) { a++; n++; } return n; }
int dlt(double a, double b) { return a < b ? 1 : 0; }
int dle(double a, double b) { if (a <= b) return 1; return 0; }
int dgt(double a, double b) { return a > b ? 1 : 0; }
int dge(double a, double b) { if (!(a >= b)) return 0; return 1; }
int flt(float a, float b) { return a < b ? 1 : 0; }

void test_compare(void) {
  ASSERT(1, lt(-1, 0));
  ASSERT(0, lt(0, -1));
  ASSERT(0, lt(3, 3));
  ASSERT(1, le_u(3, 3));
  ASSERT(0, le_u(0xffffffffu, 1));
  ASSERT(1, le_u(1, 0xffffffffu));
  ASSERT(1, gt0(1));
  ASSERT(0, gt0(0));
  ASSERT(0, gt0(-5));
  ASSERT(1, gt0(0x100000000L));
  ASSERT(1, ge5(5));
  ASSERT(0, ge5(4));
  ASSERT(3, ne7(4));
  double nan = 0.0 / 0.0;
  ASSERT(1, dlt(1, 2));
  ASSERT(0, dlt(2, 2));
  ASSERT(0, dlt(nan, 2));
  ASSERT(0, dlt(2, nan));
  ASSERT(1, dle(2, 2));
  ASSERT(0, dle(nan, nan));
  ASSERT(1, dgt(3, 2));
  ASSERT(0, dgt(nan, 2));
  ASSERT(1, dge(2, 2));
  ASSERT(0, dge(nan, 2));
  ASSERT(1, flt(-1.5f, 1.5f));
  ASSERT(0, flt(nan, 1.5f));
  int n = 0;
  for (double d = 0; d < 1; d += 0.25)
    n++;
  ASSERT(4, n);
  double x = 2;
  ASSERT(1, x < 3 && x > 1 ? 1 : 0);
  ASSERT(0, x < 1 || x > 3 ? 1 : 0);
  ASSERT(1, !(x != x) ? 1 : 0);
  ASSERT(0, nan == nan ? 1 : 0);
  ASSERT(1, nan != nan ? 1 : 0);
}

// Switch through a jump table: negative, unsigned and 64-bit values,
// ranges, with and without default, values below and above the table.
int sw_dense(int x) {
  switch (x) {
  case -2: return 10;
  case -1: return 11;
  case 0: return 12;
  case 1: return 13;
  case 3: return 15;
  case 4 ... 6: return 16;
  default: return 99;
  }
}

int sw_nodefault(unsigned x) {
  int r = 0;
  switch (x) {
  case 0xfffffffeu: r = 1; break;
  case 0xffffffffu: r = 2; break;
  case 0: r = 3; break;
  case 1: r = 4; break;
  case 2: r = 5; // falls through
  case 3: r += 6; break;
  }
  return r;
}

int sw_long(long x) {
  switch (x) {
  case 100: return 1;
  case 101: return 2;
  case 102: return 3;
  case 104: return 5;
  case 105: return 6;
  }
  return 0;
}

int sw_char(char c) {
  switch (c) {
  case 'a': case 'e': case 'i': case 'o': case 'u': return 1;
  case 'b' ... 'd': return 2;
  }
  return 0;
}

void test_switch(void) {
  ASSERT(99, sw_dense(-3));
  ASSERT(10, sw_dense(-2));
  ASSERT(12, sw_dense(0));
  ASSERT(99, sw_dense(2));
  ASSERT(15, sw_dense(3));
  ASSERT(16, sw_dense(5));
  ASSERT(16, sw_dense(6));
  ASSERT(99, sw_dense(7));
  ASSERT(99, sw_dense(-2147483647 - 1));
  ASSERT(99, sw_dense(2147483647));
  ASSERT(1, sw_nodefault(0xfffffffeu));
  ASSERT(2, sw_nodefault(0xffffffffu));
  ASSERT(3, sw_nodefault(0));
  ASSERT(11, sw_nodefault(2));
  ASSERT(6, sw_nodefault(3));
  ASSERT(0, sw_nodefault(4));
  ASSERT(0, sw_nodefault(0x7fffffff));
  ASSERT(1, sw_long(100));
  ASSERT(0, sw_long(103));
  ASSERT(6, sw_long(105));
  ASSERT(0, sw_long(100 + 0x100000000L)); // the low half alone would match
  ASSERT(0, sw_long(-1));
  ASSERT(1, sw_char('o'));
  ASSERT(2, sw_char('c'));
  ASSERT(0, sw_char('z'));
  ASSERT(0, sw_char(-97));
}

// Indexing and member access by address arithmetic folded into operands.
struct node { int key; struct node *next; long vals[3]; };

void test_indexing(void) {
  long a[5] = {1, 2, 3, 4, 5};
  long *p = a + 2;
  int i = -1;
  ASSERT(2, p[i]);
  ASSERT(2, p[-1]);
  ASSERT(5, p[2]);
  unsigned j = 1;
  ASSERT(4, p[j]);
  short sa[4] = {-1, -2, -3, -4};
  ASSERT(-3, sa[i + 3]);
  char ca[3] = {'x', 'y', 'z'};
  ASSERT('z', ca[2]);
  ASSERT('y', *(ca + j));
  long k = 3;
  ASSERT(4, a[k]);
  a[k] = 40;
  ASSERT(40, a[3]);
  a[i + 1] += 100;
  ASSERT(101, a[0]);
  struct node n2 = {2, 0, {7, 8, 9}};
  struct node n1 = {1, &n2, {4, 5, 6}};
  struct node *q = &n1;
  ASSERT(2, q->next->key);
  ASSERT(9, q->next->vals[2]);
  ASSERT(5, q->vals[j]);
  q->next->vals[i + 1] = 70;
  ASSERT(70, n2.vals[0]);
  struct node arr[2] = {{3, 0, {0}}, {4, 0, {0}}};
  ASSERT(4, arr[j].key);
  ASSERT(3, arr[j - 1].key);
  ASSERT(30, garr[2]);
  ASSERT(50, garr[i + 5]);
  int m[2][3] = {{1, 2, 3}, {4, 5, 6}};
  ASSERT(6, m[j][2]);
  ASSERT(4, m[1][i + 1]);
}

// Constants folded at compile time.
void test_constants(void) {
  double d = -1.25;
  ASSERT(-125, d * 100);
  ASSERT(1, (double)1.1f != 1.1);
  ASSERT(1, (double)1.1f == (double)(float)1.1);
  ASSERT(1, (float)16777217 == 16777216.0f);
  ASSERT(1, (double)18446744073709551615ull == 18446744073709551616.0);
  ASSERT(1, (double)-1 == -1.0);
  ASSERT(1, 1 / -0.0 < 0);
  ASSERT(-2147483647 - 1, -2147483648);
  ASSERT(1, -0x80000000 == 0x80000000);
  long double ld = (long double)0x7fffffffffffffffL;
  ASSERT(1, ld == 9223372036854775807.0L);
  ASSERT(1, -(unsigned char)1 == -1);
}

// Variables in callee-saved registers: kept across calls and recursion,
// every width, pointers walked and dereferenced in place, more hot
// variables than registers, and the functions that must not use them.
#include <setjmp.h>

int add3(int a, int b, int c) { return a + b + c; }

long sum_list(struct node *n) {
  long s = 0;
  for (struct node *p = n; p; p = p->next)
    s += p->key * 10 + p->vals[1];
  return s;
}

int many_vars(int n) {
  int a = 1, b = 2, c = 3, d = 4, e = 5, f = 6, g = 7, h = 8;
  for (int i = 0; i < n; i++) {
    a += b; b += c; c += d; d += e; e += f; f += g; g += h; h += a;
  }
  return a ^ b ^ c ^ d ^ e ^ f ^ g ^ h;
}

int rec_depth(int n, int acc) {
  int local = n * 3;
  if (n == 0)
    return acc;
  int r = rec_depth(n - 1, acc + local);
  return r + local - local;
}

jmp_buf jb;
void jump_back(void) { longjmp(jb, 1); }

int after_longjmp(void) {
  int n = 0;
  for (int i = 0; i < 3; i++)
    n += 2;
  if (setjmp(jb)) // n stays in memory here: after longjmp it is 7, as gcc -O0 has it
    return n;
  n++;
  jump_back();
  return -1;
}

// k is written from rax, whose upper half still holds l + 1's, and read
// straight back as an unsigned long: that read must clear the upper half
// (zlib's crc tables were indexed wrong when a peephole dropped it).
unsigned long low_half_plus(unsigned long l) {
  unsigned k = l + 1;
  unsigned long r = k;
  return r + k - k;
}

void test_registers(void) {
  ASSERT(1, low_half_plus(0x100000000UL));
  ASSERT(0, low_half_plus(0xffffffffUL));
  unsigned char uc = 0;
  int laps = 0;
  for (int i = 0; i < 300; i++)
    if (++uc == 0)
      laps++;
  ASSERT(1, laps);
  ASSERT(44, uc);
  signed char sc = 120;
  for (int i = 0; i < 10; i++)
    sc++;
  ASSERT(-126, sc);
  short sh = -1;
  unsigned short ush = 1;
  for (int i = 0; i < 3; i++) {
    sh *= 2;
    ush <<= 7;
  }
  ASSERT(-8, sh);
  ASSERT(0, ush); // 1 << 21 truncated to 16 bits
  _Bool flag = 0;
  for (int i = 0; i < 3; i++)
    flag = !flag;
  ASSERT(1, flag);
  long big = 0;
  for (int i = 0; i < 4; i++)
    big += 0x40000000L;
  ASSERT(0x100000000L, big);
  unsigned u = 3;
  for (int i = 0; i < 3; i++)
    u -= 2;
  ASSERT(4294967293u, u);
  int x = 5, y = 7, z = 9;
  for (int i = 0; i < 2; i++) {
    x = add3(x, y, z); // a call between uses: callee-saved registers survive
    y = add3(y, 1, 1);
  }
  ASSERT(39, x);
  ASSERT(11, y);
  struct node n3 = {3, 0, {0, 30, 0}};
  struct node n2 = {2, &n3, {0, 20, 0}};
  struct node n1 = {1, &n2, {0, 10, 0}};
  ASSERT(120, sum_list(&n1));
  int arr[6] = {1, 2, 3, 4, 5, 6};
  int *p = arr, total = 0;
  for (int i = 0; i < 3; i++, p += 2)
    total += p[0] * p[1];
  ASSERT(44, total);
  p = arr;
  for (int i = 0; i < 6; i++)
    *p++ *= 2;
  ASSERT(12, arr[5]);
  ASSERT(2, arr[0]);
  ASSERT(many_vars(0), 1 ^ 2 ^ 3 ^ 4 ^ 5 ^ 6 ^ 7 ^ 8);
  ASSERT(140, many_vars(5)); // computed by hand (a Python model) and by gcc
  ASSERT(165, rec_depth(10, 0));
  ASSERT(7, after_longjmp());
  int k = 3;
  switch (k + 1) {
  case 1: k = 10; break;
  case 2: k = 20; break;
  case 3: k = 30; break;
  case 4: k = 40; break;
  case 5: k = 50; break;
  }
  ASSERT(40, k);
}

// Float and double variables in xmm8-xmm15, registers that every call may
// change: kept across direct calls, calls through pointers, variadic calls
// and calls returning doubles in xmm0 and xmm1; parameters; more hot
// variables than registers; floats beside doubles; an assignment's value;
// and the functions that must keep them in memory.
void clobber_xmm(void) {
  __asm__("xorps %xmm8, %xmm8\n\txorps %xmm9, %xmm9\n\txorps %xmm10, %xmm10\n\t"
          "xorps %xmm11, %xmm11\n\txorps %xmm12, %xmm12\n\txorps %xmm13, %xmm13\n\t"
          "xorps %xmm14, %xmm14\n\txorps %xmm15, %xmm15");
}

struct two_doubles { double x, y; };
struct two_doubles halves(double v) {
  clobber_xmm();
  struct two_doubles r = {v / 2, v / 4};
  return r;
}

long many_longs(int n) {
  long a = 1, b = 2, c = 3, d = 4, e = 5, f = 6, g = 7, h = 8, p = 9, q = 10;
  for (int i = 0; i < n; i++) {
    a += b; b += c; c += d; d += e; e += f; f += g; g += h; h += p; p += q; q += a;
  }
  return a + b + c + d + e + f + g + h + p + q;
}

// The same sums in doubles: every value is an integer below 2^53, so
// exact, and ten variables compete for eight registers.
double many_doubles(int n) {
  double a = 1, b = 2, c = 3, d = 4, e = 5, f = 6, g = 7, h = 8, p = 9, q = 10;
  for (int i = 0; i < n; i++) {
    a += b; b += c; c += d; d += e; e += f; f += g; g += h; h += p; p += q; q += a;
  }
  return a + b + c + d + e + f + g + h + p + q;
}

double mix_params(double x, float y, int k, double z) {
  double s = 0;
  for (int i = 0; i < k; i++) {
    s += x * y - z;
    x += 1;
    y *= 2;
    clobber_xmm();
  }
  return s;
}

double after_longjmp_double(void) {
  double n = 0;
  for (int i = 0; i < 3; i++)
    n += 2;
  if (setjmp(jb)) // in memory here too: after longjmp it is 7, as gcc -O0 has it
    return n;
  n++;
  jump_back();
  return -1;
}

void test_xmm_registers(void) {
  double a = 1.5, b = 2.25, c = 0;
  float f = 0.5f;
  void (*clobber)(void) = clobber_xmm;
  for (int i = 0; i < 4; i++) {
    c += a * b;
    f += 0.25f;
    clobber_xmm();
    clobber();
    a += 1;
  }
  ASSERT(1, c == (1.5 + 2.5 + 3.5 + 4.5) * 2.25);
  ASSERT(1, f == 1.5f);
  ASSERT(1, a == 5.5);
  ASSERT(1, b == 2.25);
  ASSERT(many_longs(0), many_doubles(0));
  ASSERT(many_longs(7), many_doubles(7));
  // x*y - z over i = 0, 1, 2: 1.5*0.5 - 1, 2.5*1 - 1, 3.5*2 - 1
  ASSERT(1, mix_params(1.5, 0.5f, 3, 1.0) == -0.25 + 1.5 + 6.0);
  ASSERT(7, after_longjmp_double());

  double u, v, w = 0;
  for (int i = 0; i < 3; i++) {
    u = v = i + 0.5; // an assignment's value is the one stored
    w += u + v;
    struct two_doubles h = halves(w);
    w += h.x + h.y - 0.75 * w; // w is unchanged, h came back in xmm0, xmm1
  }
  ASSERT(1, w == 1 + 3 + 5);
  ASSERT(1, u == 2.5 && v == 2.5);

  char buf[64];
  double x = 0.125, y = -2;
  float z = 3;
  for (int i = 0; i < 3; i++) {
    snprintf(buf, sizeof(buf), "%g %g %g", x, y, z); // al counts three
    x *= 2;
    y -= x;
    z = z * z;
  }
  ASSERT(0, strcmp(buf, "0.5 -2.75 81"));
  ASSERT(1, x == 1 && y == -3.75 && z == 6561);
  int less = 0, conv = 0;
  for (double d = -2; d < 2; d += 0.5) {
    less += d < x;
    conv += (int)d;
    if (!d)
      conv += 100;
  }
  ASSERT(6, less);
  ASSERT(98, conv); // -2 -1 -1 0 0 0 1 1, and 100 for the zero
}

// A function that calls nothing keeps its two most used variables in r11
// and r10, which need no saving, unless it stores a bitfield or uses an
// overflow builtin: their code needs r10 itself.
struct leaf_bits { unsigned a : 5, b : 7; };
static int leaf_bitfields(struct leaf_bits *p, int n) {
  int s = 0, t = 1;
  for (int i = 0; i < n; i++) {
    p->a = i;
    p->b = s;
    s += i * t;
    t += 2;
  }
  return s + t;
}

static long leaf_overflow(long a, long b, int n) {
  unsigned long s = 0; // (the sums wrap: unsigned, so that C defines them)
  long k = 3;
  for (int i = 0; i < n; i++) {
    long r;
    if (__builtin_add_overflow(a, b * i, &r))
      s += 1000;
    s += (unsigned long)r + k;
    k *= 2;
  }
  return (long)s;
}

static unsigned leaf_hash(const char *p) {
  unsigned h = 7;
  for (; *p; p += 2)
    h = (h ^ (unsigned char)*p) * 31 + (p[1] ? 1 : 0);
  return h;
}

void test_leaf_registers(void) {
  struct leaf_bits b = {0, 0};
  ASSERT(636, leaf_bitfields(&b, 10));
  ASSERT(9, b.a);
  ASSERT(60, b.b);
  ASSERT(324, leaf_overflow(5, 7, 6));
  ASSERT(2168, leaf_overflow(0x7ffffffffffffff0L, 5, 6));
  ASSERT(875787110u, leaf_hash("leaf functions"));
}

// A right operand computed before a left one that is not simple waits in
// xmm2-xmm7 while the left one is computed (on the stack six levels down,
// or when the left one calls a function).
static double dsq(double *v, int i) { return v[i] * v[i]; }

void test_float_temporaries(void) {
  double v[4] = {1.5, 2, -0.5, 4};
  double *p = v;
  int k = 3;
  ASSERT(1, p[0] * p[1] - p[1] * p[2] == 4);
  ASSERT(1, (p[3] * p[3]) / (p[1] * p[1]) == 4);
  // ((((((((A - B) - C) - D) - E) - F) - G) - H) - I): eight right
  // operands wait at once.
  double t = p[0] * p[1] - p[1] * p[2] - p[2] * p[3] - p[3] * p[0] - p[0] * p[0] -
             p[1] * p[1] - p[2] * p[2] - p[3] * p[3] - (double)k * p[1];
  ASSERT(1, t == -28.5);
  ASSERT(1, dsq(p, 1) - p[0] * p[3] == -2);
  ASSERT(1, p[0] * p[3] - dsq(p, 3) * (p[k - 2] + p[k]) == -90);
  float f[3] = {0.5f, 3, -2};
  float *q = f;
  ASSERT(1, q[0] * q[1] - q[1] * q[2] == 7.5f);
  ASSERT(1, (q[1] - q[2]) * (q[0] + (float)(k * 2)) > q[1] * q[1] * q[1] + (q[0] - q[2]) * 2);
}

// Compound assignments and ++/-- through pointers and indexes without
// side effects (`p->n++`, `a[i] += x`) name their object twice instead of
// saving its address; ones with side effects (`a[i++] += 1`, `p->n += f()`)
// still evaluate the address once.
struct counter { long n; unsigned char small; int bits : 3; struct counter *next; };
struct counter *gcp;
int moves;
long move_gcp(void) { gcp = gcp->next; moves++; return 10; }

void test_pure_lvalues(void) {
  struct counter c2 = {20, 250, 3, 0}, c1 = {10, 5, -4, &c2};
  struct counter *p = &c1;
  for (int i = 0; i < 3; i++)
    p->n++;
  ASSERT(13, c1.n);
  ASSERT(13, p->n++);
  ASSERT(15, ++p->n);
  ASSERT(15, p->n--);
  ASSERT(13, --p->n);
  for (int i = 0; i < 10; i++)
    p->next->small += 1; // wraps at 256
  ASSERT(4, c2.small);
  ASSERT(-4, p->bits--); // a bitfield wraps from -4 to 3
  ASSERT(3, p->bits);
  p->bits += 2; // 5 wraps to -3
  ASSERT(-3, c1.bits);
  long a[4] = {1, 2, 3, 4};
  int i = 1;
  a[i]++;
  a[i + 1] += a[i];
  a[i * 2 + 1] *= 10;
  ASSERT(3, a[1]);
  ASSERT(6, a[2]);
  ASSERT(40, a[3]);
  ASSERT(6, a[i + 1]--);
  ASSERT(5, a[2]);
  a[i++] += 100; // once: the index has a side effect
  ASSERT(103, a[1]);
  ASSERT(2, i);
  long *q = a;
  *q++ += 7; // the increment happens once, on a[0]
  ASSERT(8, a[0]);
  ASSERT(1, q == a + 1);
  gcp = &c1;
  c1.n = 1;
  c2.n = 2;
  moves = 0;
  gcp->n += move_gcp(); // one object, whichever gcp the call leaves
  ASSERT(1, moves);
  ASSERT(1, (c1.n == 11 && c2.n == 2) || (c1.n == 1 && c2.n == 12));
  volatile long v[2] = {5, 6};
  v[1]++;
  ASSERT(7, v[1]);
  unsigned char bytes[3] = {255, 0, 7};
  unsigned char *bp = bytes;
  ASSERT(255, bp[0]++);
  ASSERT(0, bytes[0]);
  ASSERT(255, --bp[1]);
  long *ptrs[2] = {a, a};
  long **pp = ptrs;
  (*pp)++; // a pointer steps by its element's size
  pp[1] += 2;
  ASSERT(1, ptrs[0] == a + 1 && ptrs[1] == a + 2);
}

// Unsigned division and remainder by powers of two are shifts and masks;
// signed ones keep their rounding towards zero.
unsigned udiv4096(unsigned x) { return x / 4096; }
unsigned umod4096(unsigned x) { return x % 4096; }
unsigned long udiv_2_40(unsigned long x) { return x / (1UL << 40); }
unsigned long umod_2_31(unsigned long x) { return x % 0x80000000UL; }
unsigned long umod_2_32(unsigned long x) { return x % 0x100000000UL; }
int smod4(int x) { return x % 4; }
int sdiv4(int x) { return x / 4; }

void test_pow2_division(void) {
  ASSERT(1048575, udiv4096(0xffffffffu));
  ASSERT(4095, umod4096(0xffffffffu));
  ASSERT(0, umod4096(8192));
  ASSERT(16777215, udiv_2_40(0xffffffffffffffffUL));
  ASSERT(0x7fffffff, umod_2_31(0xffffffffffffffffUL));
  ASSERT(0xffffffffUL, umod_2_32(0xffffffffffffffffUL));
  ASSERT(-1, smod4(-5));
  ASSERT(-1, sdiv4(-5));
  unsigned u = 100;
  u %= 8;
  ASSERT(4, u);
  u = 100;
  u /= 8;
  ASSERT(12, u);
}

// An if whose statement only jumps (break, continue, goto, return with
// no value) is one conditional jump; an else still runs when it does not.
int jumps_seen;
void return_if_null(int *p) {
  if (!p)
    return;
  jumps_seen += *p;
}

int first_over(int *a, int n, int limit) {
  int i, skipped = 0;
  for (i = 0; i < n; i++) {
    if (a[i] < 0)
      continue;
    else
      skipped += 0;
    if (a[i] > limit)
      break;
    else
      skipped++;
  }
  if (i == n)
    goto none;
  return i * 100 + skipped;
none:
  return -1;
}

int leave_vla(int n) {
  int total = 0;
  for (int i = 0; i < 3; i++) {
    char buf[n + i]; // break and continue here must free it
    buf[0] = (char)i;
    total += buf[0];
    if (i == 1)
      continue;
    if (i == 2)
      break;
  }
  return total;
}

void test_jumps(void) {
  int v = 5;
  jumps_seen = 0;
  return_if_null(0);
  return_if_null(&v);
  ASSERT(5, jumps_seen);
  int a[6] = {1, -4, 3, 9, 20, -1};
  ASSERT(302, first_over(a, 6, 8)); // 9 at index 3; 1 and 3 counted
  ASSERT(-1, first_over(a, 6, 100));
  ASSERT(-1, first_over(a, 0, 0));
  ASSERT(3, leave_vla(4));
}

// Computed int indexes, signed and unsigned, extended to 64 bits on the
// way to the index register.
long at_sum(long *a, int i, int j) { return a[i + j]; }
long at_usum(long *base, unsigned i, unsigned j) { return base[i + j]; }

void test_computed_index(void) {
  long a[8] = {0, 10, 20, 30, 40, 50, 60, 70};
  ASSERT(50, at_sum(a, 2, 3));
  ASSERT(10, at_sum(a + 4, -5, 2)); // a negative int index stays negative
  ASSERT(30, at_usum(a, 1, 2));
  // 0xffffffff + 2 wraps to 1 in unsigned int arithmetic
  ASSERT(10, at_usum(a, 0xffffffffu, 2));
}

// Members of indexed elements, a[i].x and a[i].in.y, are read, written
// and compared at the element's indexed address plus their offset.
struct slot { long key; struct { short pad; int y; } in; unsigned used; };
struct slot slots[6];

int find_slot(long key) {
  int i = 0;
  while (slots[i].used) {
    if (slots[i].key == key)
      return i;
    i++;
  }
  return -1;
}

void test_indexed_members(void) {
  for (int i = 0; i < 5; i++) {
    slots[i].key = i * 10;
    slots[i].in.y = -i;
    slots[i].used = 1;
  }
  slots[5].used = 0;
  ASSERT(3, find_slot(30));
  ASSERT(-1, find_slot(31));
  long k = 0;
  int y = 0;
  for (int i = 0; i < 5; i++) {
    k += slots[i].key;
    y += slots[i].in.y;
  }
  ASSERT(100, k);
  ASSERT(-10, y);
  struct slot *p = slots + 3;
  int j = -2;
  ASSERT(10, p[j].key);
  ASSERT(-1, p[j].in.y);
  ASSERT(-4, p[1].in.y);
  p[j].in.y = 77;
  ASSERT(77, slots[1].in.y);
  int n = 0;
  for (int i = 0; i < 6; i++)
    if (slots[i].in.y != 0)
      n++;
  ASSERT(4, n);
  if (p[2].used == 0)
    n = 100;
  ASSERT(100, n);
}

// Shortcuts for conversions and constants: integer constants cast to
// pointers (NULL) as direct operands, explicit casts of constants folded,
// casts of casts merged into one load (movsx/movzx), and/or/xor results
// tested without a compare, pointers stepped in place, a variable times
// a constant in one imul.
struct cnode {
  struct cnode *next;
  long v;
};
static long count_nodes(struct cnode *p) {
  long n = 0;
  while (p != NULL) {
    n += p->v;
    p = p->next;
  }
  return n;
}
static int is_null3(void *a, void *b, void *c) { return !a + !b * 2 + !c * 4; }

void test_conversions(void) {
  struct cnode c = {NULL, 4}, b = {&c, 2}, a = {&b, 1};
  ASSERT(7, count_nodes(&a));
  ASSERT(0, count_nodes(NULL));
  ASSERT(5, is_null3(NULL, &a, (void *)0));
  ASSERT(1, (char *)-1 == (char *)~0UL);
  ASSERT(1, (unsigned long)(void *)-1 == 0xffffffffffffffffUL);
  ASSERT(1, (unsigned long)(char *)0xffffffffu == 0xffffffffUL);

  ASSERT(44, (unsigned char)300);
  ASSERT(-56, (signed char)200);
  ASSERT(65535, (unsigned short)-1);
  ASSERT(-1, (short)65535);
  ASSERT(1, (unsigned short)1024 == 1024);
  ASSERT(4, sizeof((short)1 + (short)2));
  ASSERT(1, (long)(unsigned)-1 == 4294967295L);

  signed char sc[3] = {-1, -128, 127};
  unsigned char uc[2] = {200, 0};
  short ss[2] = {-1, -32768};
  unsigned short us[2] = {65535, 1};
  signed char *p = sc;
  ASSERT(255, (unsigned char)*p);
  ASSERT(255L, (long)(unsigned char)*p);
  ASSERT(-1, (int)(signed char)*p);
  ASSERT(128, (unsigned char)p[1]);
  ASSERT(-56, (signed char)uc[0]);
  ASSERT(200, (int)(unsigned char)uc[0]);
  ASSERT(65535, (unsigned short)ss[0]);
  ASSERT(65535L, (long)(unsigned short)ss[0]);
  ASSERT(-1, (short)us[0]);
  ASSERT(-1L, (long)(short)us[0]);
  ASSERT(32768, (int)(unsigned short)ss[1]);
  long idx = (unsigned char)sc[0];
  ASSERT(255, idx);

  int x = 6, y = 0x90;
  int hits = 0;
  if (x & 4) hits++;
  if (x & 1) hits += 10;
  if ((x | y) == 0) hits += 100;
  if (x ^ 6) hits += 1000;
  if ((x & -1) < 0) hits += 10000;
  int neg = -8;
  if ((neg & -4) < 0) hits += 100000;
  ASSERT(100001, hits);

  char s[] = "abc";
  char *q = s;
  int n = 0;
  while (*q) {
    q++;
    n++;
  }
  ASSERT(3, n);
  ASSERT(0, *q);
  q -= 2;
  ASSERT('b', *q);
  char *r = q++;
  ASSERT('b', *r);
  ASSERT('c', *q);

  long lv = 7;
  unsigned uv = 0x80000001u;
  int iv = -3;
  ASSERT(56, lv * 8);
  ASSERT(70, 10 * lv);
  ASSERT(-21, iv * 7);
  ASSERT(0x80000003u, uv * 3);
  ASSERT(-3L * 1000000, iv * 1000000);
  long big = 0x100000000L;
  ASSERT(0x300000000L, big * 3);
  ASSERT(-6, -2 * (iv * -1));
}

// A return (or goto) from a statement expression leaves what the enclosing
// expression pushed on the stack: the epilogue must still pop the saved
// registers from where the prologue pushed them.
static long leave_early(long n) {
  long a = 0, b = 1;
  for (int i = 0; i < n; i++) {
    a += i;
    b ^= a;
  }
  return ({ if (n > 3) return b * 2; 5; }) + (a * 3 + b);
}

static long leave_by_goto(long n) {
  long a = 0, b = 1;
  for (int i = 0; i < n; i++) {
    a += i * 3;
    b += a;
  }
  long r = ({ if (n & 1) goto out; 7; }) - (a * 5 + b);
  return r;
out:
  return a - b;
}

void test_jump_out_of_expression(void) {
  long x = 7, y = 11, z = 13;
  for (int i = 0; i < 6; i++) {
    x += leave_early(i + 1);
    y += x ^ leave_by_goto(i);
    z -= y;
  }
  ASSERT(78, x);
  ASSERT(-243, y);
  ASSERT(540, z);
}

// What Lua's interpreter leaves to the optimiser (issue #21): masks
// written with ~ of constants, fields at bit 0 (a shift by 0), conditions
// wrapped in __builtin_expect and in casts, void casts, members of members
// through pointers, and loops whose locals all live in registers.
#define MASK1(n, p) ((~((~(unsigned)0) << (n))) << (p))
#define GETARG(i, pos, size) ((int)(((i) >> (pos)) & MASK1(size, 0)))
struct inner { long a, b; };
struct outer { int tag; struct inner in; struct outer *next; };
long member_of_member(struct outer **pp) { return (*pp)->in.b + (*pp)->next->in.a; }
int *addr_of_first(struct outer *p, int n) {
  int *q = 0;
  for (int i = 0; i < n; i++)
    q = &p->tag;
  return q;
}
int cond_cast(long x) {
  int n = 0;
  if (__builtin_expect(x != 0, 0)) n += 1;
  if ((int)x) n += 2;           // narrowing: only the low half counts
  if ((_Bool)x) n += 4;
  if ((long)(int)x) n += 8;
  if (((void)x, (unsigned char)x)) n += 16;
  return n;
}
int cond_ternary(struct outer *p, int k) {
  int n = 0;
  if (p ? p->in.a > k : 0) n += 1;
  if (!p ? 1 : p->in.b == k) n += 2;
  while (k ? (p ? p->tag : 1) : 0) { k--; n += 4; }
  if (0) n += 100;
  if (3) n += 8;
  if ((void *)0) n += 100;
  return n;
}
unsigned long widen_and(unsigned i) { unsigned long r = i & 0xf0u; return r; }
void test_lua_shapes(void) {
  unsigned i = 0x12345678u;
  ASSERT(0x78, GETARG(i, 0, 7) | 0x78);
  ASSERT(0x78 & 127, GETARG(i, 0, 7));
  ASSERT((0x12345678u >> 7) & 255, GETARG(i, 7, 8));
  ASSERT((0x12345678u >> 15) & 0x1ffff, GETARG(i, 15, 17));
  ASSERT(-1, ~0);
  ASSERT(0xffffffffu, ~0u);
  ASSERT(1, ~0ul == 0xffffffffffffffffu);
  ASSERT(1, ~(long)0 == -1L);
  ASSERT(0xff00, MASK1(8, 8));
  unsigned long wide = (unsigned long)(i >> 0);
  ASSERT(1, wide == 0x12345678u);
  struct outer o2 = {2, {30, 40}, 0}, o1 = {1, {10, 20}, &o2}, *p = &o1;
  ASSERT(50, member_of_member(&p));
  ASSERT(1, addr_of_first(&o1, 3) == &o1.tag);
  ASSERT(0, addr_of_first(&o1, 0) == &o1.tag);
  ASSERT(0, cond_cast(0));
  ASSERT(1 + 4, cond_cast(0x100000000L));
  ASSERT(1 + 2 + 4 + 8, cond_cast(0x100000100L));
  ASSERT(1 + 2 + 4 + 8 + 16, cond_cast(-1));
  ASSERT(2 + 8, cond_ternary(0, 0));
  ASSERT(2 + 4 + 4 + 8, cond_ternary(0, 2));
  ASSERT(1 + 4 + 8, cond_ternary(&o2, 1));
  ASSERT(0x70, widen_and(0xffffff70u));
  ASSERT(1, widen_and(0xffffffffu) == 0xf0);
}

// Issue #21, the second round: *&x read as x, x != 0 as a condition,
// masked indexes, stores through a pointer variable with the value first.
typedef union { long i; double n; void *p; } Value9;
typedef struct { Value9 value_; unsigned char tt_; } TValue9;
typedef union { TValue9 val; struct { Value9 v; unsigned char tt; short delta; } tbc; } Stack9;
int tag_of(Stack9 *ra, int n) { int s = 0; for (int i = 0; i < n; i++) s += (&(ra + i)->val)->tt_; return s; }
int count_ne0(int a, int b, long c) {
  int n = 0;
  if (__builtin_expect(((a < b) != 0), 0)) n += 1;
  if ((c > 1) == 0) n += 2;
  if ((long)(a == b) != 0) n += 4;
  if (((a & 4) != 0) == 0) n += 8;
  return n;
}
long pick_masked(long *b, unsigned i) { return *(b + (int)((i >> 7) & 255)) + *(b + (int)(i >> 29)); }
long bump9(long *x) { return ++*x; }
long setobj9(Stack9 *ra, TValue9 *rb, long *cnt, int n) {
  // Many pointer locals: some live in memory, where the stores go
  // through a register loaded after the value is computed.
  long s = 0;
  for (int i = 0; i < n; i++) {
    TValue9 *io1 = &ra[i].val, *io2 = rb + i, *io3 = &ra[n + i].val, *io4 = rb + n + i;
    Stack9 *sv = ra + 2 * n + i;
    io1->value_ = io2->value_;
    io1->tt_ = io2->tt_ + (unsigned char)bump9(cnt);
    io3->value_.i = bump9(cnt) * 10 + io4->value_.i;
    io3->tt_ = (unsigned char)(io4->tt_ | 0x80);
    io4->value_.n = (double)bump9(cnt) / 4;
    sv->tbc.delta = (short)(bump9(cnt) - 70000);
    sv->tbc.tt = 9;
    io2->value_ = *&io3->value_;
    s += io1->value_.i + io1->tt_ + io3->tt_ + sv->tbc.delta;
  }
  return s;
}
void test_lua_shapes2(void) {
  Stack9 st[9] = {0};
  for (int i = 0; i < 9; i++) st[i].val.tt_ = i + 1;
  ASSERT(1 + 2 + 3, tag_of(st, 3));
  ASSERT(1 + 8, count_ne0(1, 2, 5));
  ASSERT(2 + 8, count_ne0(2, 1, 1));
  ASSERT(2 + 4 + 8, count_ne0(3, 3, -1));
  ASSERT(2 + 4, count_ne0(4, 4, 0));
  long b[300];
  for (int i = 0; i < 300; i++) b[i] = i * 3;
  ASSERT(3 * 0x8f + 3 * 7, pick_masked(b, 0xe00047ffu));
  ASSERT(0, pick_masked(b, 0x7f));
  TValue9 rb[6] = {{{11}, 1}, {{22}, 2}, {{33}, 3}, {{44}, 4}, {{55}, 5}, {{66}, 6}};
  long cnt = 0;
  long s = setobj9(st, rb, &cnt, 3);
  ASSERT(12, cnt);
  ASSERT(11, st[0].val.value_.i);
  ASSERT(1 + 1, st[0].val.tt_);
  ASSERT(20 + 44, st[3].val.value_.i);
  ASSERT(4 | 0x80, st[3].val.tt_);
  ASSERT(1, rb[3].value_.n == 0.75);
  ASSERT(4 - 70000 + 65536, st[6].tbc.delta);
  ASSERT(9, st[6].tbc.tt);
  ASSERT(20 + 44, rb[0].value_.i);
  ASSERT(9, st[8].val.tt_);
  ASSERT((11 + 2 + 132 - 4460) + (22 + 7 + 133 - 4456) + (33 + 12 + 134 - 4452), s);
}

// x op= y whose value is used: updated in place and read back, at the
// variable's width (a long's upper half, an unsigned wrap), in a register
// or in memory, a global too.
int take9(int v) { return v; }
long gupd = 0xffffffffL;
int update_values(int x, int n, int *out) {
  int r = 0, m = 7;
  int *keep = &m; // m stays in memory
  for (int i = 0; i < n; i++)
    r += take9(x += 3) + take9(*keep = (m -= 2));
  *out = m;
  return r + x;
}
void test_update_value(void) {
  int m;
  ASSERT((13 + 16 + 19) + (5 + 3 + 1) + 19, update_values(10, 3, &m));
  ASSERT(1, m);
  unsigned u = 5;
  ASSERT(0xfffffffeu, (u -= 7));
  ASSERT(1, (u ^= 0xffffffffu));
  ASSERT(8, (u <<= 3));
  long l = 0xffffffffL;
  ASSERT(0x100000000L, (l += 1));
  ASSERT(0x100000000L, l);
  ASSERT(0x1ffffffffL, (gupd += 0x100000000L));
  ASSERT(0x1fffffff0L, (gupd &= ~15L));
  int x = -9;
  ASSERT(-3, (x >>= 1) + 2);
  int k = 6;
  ASSERT(42, (k *= 7));
  long a[3] = {1, 2, 3}, *p = a;
  ASSERT(3, *(p += 2));
  ASSERT(2, *(p -= 1));
}

// *p++, *p--, *++p, *--p with p in a register: p steps in place and the
// value is read at its new address, less the step for postfix.
long sum_post(int *p, int n) { long s = 0; while (n--) s += *p++; return s; }
long sum_pre(short *p, int n) { long s = 0; while (n--) s += *--p; return s; }
int sum_chars(signed char *p, int n) { int s = 0; for (int i = 0; i < n; i++) s += *p--; return s; }
long sum_longs(long *p, int n) { long s = 0; for (int i = 0; i < n; i++) s += *++p; return s; }
unsigned sum_uchars(unsigned char *p, unsigned char *end) { unsigned s = 0; while (p != end) s += *p++; return s; }
void test_stepped_pointer(void) {
  int a[4] = {1, -20, 300, -4000};
  ASSERT(1 - 20 + 300 - 4000, sum_post(a, 4));
  short b[3] = {-1, 2, -300};
  ASSERT(-300 + 2, sum_pre(b + 3, 2));
  signed char c[3] = {-128, 127, -1};
  ASSERT(-1 + 127 - 128, sum_chars(c + 2, 3));
  long d[4] = {0, 0x100000000L, -5, 7};
  ASSERT(0x100000000L + 2, sum_longs(d, 3));
  unsigned char e[3] = {255, 128, 1};
  ASSERT(384, sum_uchars(e, e + 3));
}

// An index into a char array is scaled by 1, a difference of char
// pointers divided by 1: neither needs the multiply or divide.
int char_at(char *a, long i, char *p, char *q) { return a[i] + (int)(q - p); }
long char_span(unsigned char *p, unsigned char *q) { return q - p; }
void test_times_one(void) {
  char s[] = "abc\x80";
  ASSERT('b' + 3, char_at(s, 1, s, s + 3));
  ASSERT(-128 - 3, char_at(s, 3, s + 3, s));
  ASSERT(-2, char_span((unsigned char *)s + 2, (unsigned char *)s));
}

// while (--n) and friends: the instruction that updates n in place sets
// the flags the jump tests, at n's width.
int pop_count(unsigned x) { int n = 0; while (x) { n++; if (!(x &= x - 1)) break; } return n; }
int count_down(int n) { int k = 0; while (--n) k++; return k; }
int count_long(long l) { int k = 0; do k++; while (l -= 0x80000000L); return k; }
int count_xor(int *a, int n, int key) {
  int k = 0;
  for (int i = 0; i < n; i++)
    if (a[i] ^= key)
      k++;
  return k;
}
int count_through(int *a, int n) { int k = 0; for (int i = 0; i < n; i++) if (a[i] -= 2) k++; return k; }
void test_update_jumps(void) {
  ASSERT(7, pop_count(0x80010f00u >> 4 | 1));
  ASSERT(9, count_down(10));
  ASSERT(4, count_long(0x200000000L));
  int a[4] = {5, 6, 5, 0};
  ASSERT(2, count_xor(a, 4, 5));
  ASSERT(3, a[1]);
  int b[4] = {2, 3, 2, -2};
  ASSERT(2, count_through(b, 4));
  ASSERT(-4, b[3]);
}

// !x, a && b and a || b as 0/1 values: made by the jumps of the
// condition, each operand tested at its own type (a long's upper half,
// NaN, a null pointer), the right one only if needed.
struct tv9 { long v; unsigned char tt; };
int truthy9(struct tv9 *o) { return !((o->tt == 1) || ((o->tt & 15) == 0)); }
int side9;
int touch9(int v) { side9++; return v; }
void test_logical_values(void) {
  struct tv9 a = {0, 1}, b = {0, 16}, c = {0, 3};
  ASSERT(0, truthy9(&a));
  ASSERT(0, truthy9(&b));
  ASSERT(1, truthy9(&c));
  long hi = 0x100000000L;
  ASSERT(0, !hi);
  ASSERT(1, hi && 1);
  double nan = __builtin_nan(""), zero = 0.0;
  ASSERT(0, !nan);
  ASSERT(1, !zero);
  ASSERT(1, nan || 0);
  ASSERT(0, zero || zero);
  char *np = 0;
  ASSERT(1, !np);
  ASSERT(0, np && *np);
  signed char sc = -128;
  ASSERT(0, !sc);
  int x = 3, y = 5;
  int r = x < y && !(y <= x);
  ASSERT(1, r);
  side9 = 0;
  r = (x > y) && touch9(1);
  ASSERT(0, r);
  ASSERT(0, side9);
  r = (x < y) || touch9(0);
  ASSERT(1, r);
  ASSERT(0, side9);
  r = !(x > y) + !!y + (x != 3 || touch9(2) == 2);
  ASSERT(3, r);
  ASSERT(1, side9);
}

// memcpy of a constant size up to 64 bytes is copied in place: every
// size from 0 to 65 (65 is a call again), the last chunk overlapping the
// one before; into and out of locals, globals and members at an offset;
// the value is the destination; arguments with side effects run once.
struct cp9 { char pad[3]; char buf[70]; } gcp9;
static int counted9;
static char *count9(char *p) { counted9++; return p; }

#define COPY9(n) do { \
    char dst[80], *got; \
    for (int i = 0; i < 80; i++) dst[i] = 0; \
    got = memcpy(dst + 1, src, n); \
    ASSERT(dst + 1, got); \
    ASSERT(0, dst[0]); \
    ASSERT(0, dst[n + 1]); \
    for (int i = 0; i < n; i++) \
      ASSERT(src[i], dst[i + 1]); \
  } while (0)

static void test_inline_memcpy(void) {
  char src[80];
  for (int i = 0; i < 80; i++)
    src[i] = i * 7 + 1;
  COPY9(0); COPY9(1); COPY9(2); COPY9(3); COPY9(4); COPY9(5); COPY9(6); COPY9(7);
  COPY9(8); COPY9(9); COPY9(12); COPY9(15); COPY9(16); COPY9(17); COPY9(23);
  COPY9(31); COPY9(32); COPY9(33); COPY9(63); COPY9(64); COPY9(65);

  unsigned char bytes[4] = {0x12, 0x34, 0x56, 0x78};
  unsigned x;
  memcpy(&x, bytes, 4);
  ASSERT(0x78563412, x);
  long l = 0x1122334455667788;
  memcpy(gcp9.buf + 1, &l, 8);
  ASSERT(0x44, (unsigned char)gcp9.buf[5]); // the fifth byte, little-endian
  ASSERT(0, gcp9.buf[9]);
  memcpy(&gcp9.buf[20], src, 7);
  ASSERT(src[6], gcp9.buf[26]);
  ASSERT(0, gcp9.buf[27]);
  struct { short s; char c[5]; } st;
  memcpy(&st.c, "abcd", 5);
  ASSERT(0, strcmp(st.c, "abcd"));
  counted9 = 0;
  char *p = src;
  memcpy(count9(gcp9.buf), count9(p + 10), 3);
  ASSERT(2, counted9);
  ASSERT(src[12], gcp9.buf[2]);
  ASSERT(gcp9.pad + 3, memcpy(gcp9.pad + 3, count9(src), 2));
  ASSERT(3, counted9);
}

// A right operand read through a pointer variable takes rdi alone: the
// left side first, no push.  Each width and signedness, widened or
// narrowed, as a source in place and through rdi; the left side a call
// that changes the pointer's target (C leaves that order open, so the
// call here changes another member only).
struct po9 { signed char c; unsigned char uc; short s; unsigned short us; int i; unsigned u; long l; _Bool b; };
static int set_b9(struct po9 *p) { p->b = 1; return 100; }

static void test_pointed_operands(void) {
  struct po9 v = {-5, 250, -300, 65000, -70000, 4000000000u, -5000000000L, 0}, *p = &v;
  int n = 7;
  long w = 7;
  ASSERT(2, n + p->c);
  ASSERT(257, n + p->uc);
  ASSERT(-293, n + p->s);
  ASSERT(65007, n + p->us);
  ASSERT(-69993, n + p->i);
  ASSERT(4000000007L, w + p->u);
  ASSERT(-4999999993L, w + p->l);
  ASSERT(-69993L, w + p->i);
  ASSERT((int)(-5000000000L) + 7, n + (int)p->l);
  ASSERT(1, (n * 3) > p->c);
  ASSERT(0, (n * 3) > p->uc);
  ASSERT(1, (unsigned)(n * 3) < p->u);
  ASSERT(0, (n * 3) < p->i);
  ASSERT(350, set_b9(p) + p->uc);
  ASSERT(1, v.b);
  // A constant on the left of == or != is the source of the compare.
  ASSERT(1, 0 != p->uc);
  ASSERT(0, 250 != p->uc);
  ASSERT(1, -5 == p->c);
  ASSERT(1, 4000000000u == p->u);
  ASSERT(0, -1 == p->u);
  ASSERT(1, -5000000000L == p->l);
  ASSERT(0, 7 != n);
  int arr[4] = {1, 2, 3, 4}, *a = arr;
  ASSERT(-1, (n - 8) * a[0]);
  ASSERT(4, (n - 3) & a[3]);
  ASSERT(10, (n + 3) | a[1]);
  ASSERT(1, (n - 7) != a[2]);
}

// A value computed in rax alone is stored through a computed address
// that waits in rdi: conversions and operations with a constant, at each
// width, narrowing and widening; x & 0xffffffff is x's low half; and a
// char a call returns, extended twice.
static unsigned char ret_char9(int x) { return x; }

static void test_rax_only_stores(void) {
  unsigned aoff[4] = {0};
  unsigned char z[8] = {0};
  short sh[4] = {0};
  long lg[4] = {0};
  unsigned long off64 = 0x123456789abcdef0UL, v = 0xfedcba9876543210UL;
  int i = 0, k = 1;
  aoff[++i] = (unsigned)(off64 & 0xffffffff);
  ASSERT(0x9abcdef0, aoff[1]);
  ASSERT(0, aoff[2]);
  z[--i + 3] = (unsigned char)(v & 0xFF);
  ASSERT(0x10, z[3]);
  z[k + 4] = v >> 8;
  ASSERT(0x32, z[5]);
  sh[k] = (short)((k + 40000) << 2);
  ASSERT((short)(40001 << 2), sh[1]);
  lg[k + 1] = (int)(off64 ^ 7);
  ASSERT((int)0x9abcdef7, lg[2]);
  lg[k + 2] = (unsigned)(off64 - 1) | 1;
  ASSERT(0x9abcdeefL, lg[3]);
  ASSERT(0x76543210L, v & 0xffffffff);
  long neg = -1;
  ASSERT(0xffffffffL, neg & 0xffffffff);
  unsigned long wide = ret_char9(0x1ff);
  ASSERT(0xff, wide);
  long sw = (signed char)ret_char9(0x80);
  ASSERT(-128, sw);
}

// Arguments read through a pointer variable go straight into their
// registers, the pointer first: each width, widened, narrowed, mixed with
// arguments that are computed and pushed, and a call among them.
static long args9(int a, long b, unsigned c, long d, int e, short f) {
  return a * 100000L + b * 1000 + c * 100 + d * 10 + e + f * 1000000L;
}
static int one9(void) { return 1; }

static void test_pointed_args(void) {
  struct po9 v = {-5, 250, -300, 65000, -70000, 4000000000u, -5000000000L, 1}, *p = &v;
  struct po9 *q = &v;
  ASSERT(-5 * 100000L + 250 * 1000 + 65000 * 100L + -5000000000L * 10 + -70000 + -300 * 1000000L,
         args9(p->c, p->uc, q->us, p->l, q->i, p->s));
  ASSERT(-70000 * 100000L + (long)4000000000u * 1000 + 2 * 100 + -300 * 10 + 1 + (short)65000 * 1000000L,
         args9(p->i, p->u, one9() + 1, q->s, p->b, p->us));
  ASSERT((int)-5000000000L * 100000L + 1 * 1000 + 0 * 100 + 250 * 10 + -5 + 0,
         args9(p->l, p->b, p->c + 5, p->uc, q->c, 0));
}

// A side computed in rax alone (a load, a conversion, an operation with a
// constant) lets the other side wait in rdi: the big-endian read SQLite
// does, a left side of a subtraction, a shift and a compare computed
// last, and a right side of one computed first by a call.
static unsigned get4be9(const unsigned char *p) {
  return ((unsigned)p[0] << 24) | (p[1] << 16) | (p[2] << 8) | p[3];
}
static int ten9(int x) { return 10 * x; }

static void test_rax_only_sides(void) {
  unsigned char b[4] = {0x12, 0x34, 0xfe, 0x80};
  ASSERT(0x1234fe80, get4be9(b));
  signed char sc = -3;
  int k = 2;
  ASSERT(((sc & 0x7f) << 4) - 20, ((sc & 0x7f) << 4) - ten9(k)); // (no shift of a negative value)
  ASSERT(1, (b[3] >> 7) < ten9(k));
  ASSERT(0, (unsigned char)(sc + 1) < ten9(k));
  ASSERT(-2L * 8 - 20, (long)(k - 4) * 8 - ten9(k));
  ASSERT(20 - ((b[0] & 15) << 1), ten9(k) - ((b[0] & 15) << 1));
  ASSERT(20 ^ (sc & 0x7f), ten9(k) ^ (sc & 0x7f));
  ASSERT(1, ten9(k) + 1 == (b[1] >> 1) - 5);
}

// A call through p->method or a function pointer variable loads the
// pointer straight into r11; 1 << i loads i straight into cl.
struct ops9 { long (*twice)(long); int pad; long (*neg)(long); };
static long twice9(long x) { return 2 * x; }
static long neg9(long x) { return -x; }

static void test_indirect_calls(void) {
  struct ops9 o = {twice9, 0, neg9}, *p = &o;
  long (*f)(long) = neg9;
  int i = 5;
  unsigned char u = 3;
  long big = 33;
  ASSERT(64, p->twice(1 << i));
  ASSERT(-8, p->neg(1 << u));
  ASSERT(-96, f(3 << i));
  ASSERT(1L << 33, 1L << big);
  ASSERT(-(1 << 5) * 2, p->twice(p->neg(1 << i)));
}

int main(void) {
  test_indirect_calls();
  test_rax_only_sides();
  test_pointed_args();
  test_rax_only_stores();
  test_pointed_operands();
  test_inline_memcpy();
  test_logical_values();
  test_update_jumps();
  test_times_one();
  test_stepped_pointer();
  test_update_value();
  test_lua_shapes2();
  test_lua_shapes();
  test_jump_out_of_expression();
  test_conversions();
  test_registers();
  test_xmm_registers();
  test_float_temporaries();
  test_leaf_registers();
  test_pure_lvalues();
  test_pow2_division();
  test_jumps();
  test_computed_index();
  test_indexed_members();
  test_incdec();
  test_compound();
  test_load_store();
  test_operands();
  test_compare();
  test_switch();
  test_indexing();
  test_constants();
  test_done(__FILE__);
  return 0;
}
