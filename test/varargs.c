#include "test.h"

// Variadic functions: va_arg of every kind of argument (integers, doubles,
// long doubles, pointers, structs by value) in registers and past them,
// va_copy, a va_list handed on, the v*printf family, libc's variadic
// functions, calls through function pointers.

int vsprintf(char *buf, const char *fmt, __builtin_va_list ap);
int vsnprintf(char *buf, unsigned long n, const char *fmt, __builtin_va_list ap);

typedef __builtin_va_list my_va_list;

typedef struct { int a, b; } S8;
typedef struct { long a, b; } S16;
typedef struct { double x, y; } SDD;
typedef struct { int a; double d; } SID;
typedef struct { double d; int a; } SDI;
typedef struct { long a, b, c; } S24;
typedef struct { char s[20]; } SC20;
typedef struct { float x, y; } SFF;
typedef struct { float x, y, z; } SFFF;
typedef struct { char c; } S1;
typedef struct { long double x; } SLD;

long gl[40];
double gd[40];
long double gld[8];
char *gs[8];
void *gp[8];
SC20 gsc;
int nl, nd, nld, ns, np;

// Reads arguments as described by fmt and records them, in order, per kind.
void collect(const char *fmt, ...) {
  __builtin_va_list ap;
  __builtin_va_start(ap, fmt);
  nl = nd = nld = ns = np = 0;
  for (const char *p = fmt; *p; p++) {
    switch (*p) {
    case 'i': gl[nl++] = __builtin_va_arg(ap, int); break;
    case 'u': gl[nl++] = __builtin_va_arg(ap, unsigned); break;
    case 'l': gl[nl++] = __builtin_va_arg(ap, long); break;
    case 'd': gd[nd++] = __builtin_va_arg(ap, double); break;
    case 'L': gld[nld++] = __builtin_va_arg(ap, long double); break;
    case 's': gs[ns++] = __builtin_va_arg(ap, char *); break;
    case 'p': gp[np++] = __builtin_va_arg(ap, void *); break;
    case 'a': { S8 s = __builtin_va_arg(ap, S8); gl[nl++] = s.a; gl[nl++] = s.b; break; }
    case 'b': { S16 s = __builtin_va_arg(ap, S16); gl[nl++] = s.a; gl[nl++] = s.b; break; }
    case 'c': { SDD s = __builtin_va_arg(ap, SDD); gd[nd++] = s.x; gd[nd++] = s.y; break; }
    case 'e': { SID s = __builtin_va_arg(ap, SID); gl[nl++] = s.a; gd[nd++] = s.d; break; }
    case 'f': { S24 s = __builtin_va_arg(ap, S24); gl[nl++] = s.a; gl[nl++] = s.b; gl[nl++] = s.c; break; }
    case 'g': gsc = __builtin_va_arg(ap, SC20); break;
    case 'h': { SFF s = __builtin_va_arg(ap, SFF); gd[nd++] = s.x; gd[nd++] = s.y; break; }
    case 'j': { SFFF s = __builtin_va_arg(ap, SFFF); gd[nd++] = s.x; gd[nd++] = s.y; gd[nd++] = s.z; break; }
    case 'k': { SDI s = __builtin_va_arg(ap, SDI); gd[nd++] = s.d; gl[nl++] = s.a; break; }
    case 'm': { S1 s = __builtin_va_arg(ap, S1); gl[nl++] = s.c; break; }
    case 'n': { SLD s = __builtin_va_arg(ap, SLD); gld[nld++] = s.x; break; }
    }
  }
  __builtin_va_end(ap);
}

long sum_ints(int n, ...) {
  __builtin_va_list ap;
  __builtin_va_start(ap, n);
  long s = 0;
  for (int i = 0; i < n; i++)
    s = s * 10 + __builtin_va_arg(ap, int);
  __builtin_va_end(ap);
  return s;
}

long add_ints(int n, ...) {
  __builtin_va_list ap;
  __builtin_va_start(ap, n);
  long s = 0;
  while (n--)
    s += __builtin_va_arg(ap, int);
  __builtin_va_end(ap);
  return s;
}

double sum_doubles(int n, ...) {
  __builtin_va_list ap;
  __builtin_va_start(ap, n);
  double s = 0;
  for (int i = 0; i < n; i++)
    s = s * 10 + __builtin_va_arg(ap, double);
  __builtin_va_end(ap);
  return s;
}

// Two named doubles: the first variadic double is in xmm2.
double named_d(double a, double b, int n, ...) {
  __builtin_va_list ap;
  __builtin_va_start(ap, n);
  double s = a * 10 + b;
  for (int i = 0; i < n; i++)
    s = s * 10 + __builtin_va_arg(ap, double);
  __builtin_va_end(ap);
  return s;
}

// Eight named doubles: every variadic double is on the stack.
double eight_named(double a, double b, double c, double d, double e, double f, double g, double h, int n, ...) {
  __builtin_va_list ap;
  __builtin_va_start(ap, n);
  double s = ((((((a * 10 + b) * 10 + c) * 10 + d) * 10 + e) * 10 + f) * 10 + g) * 10 + h;
  for (int i = 0; i < n; i++)
    s = s * 10 + __builtin_va_arg(ap, double);
  __builtin_va_end(ap);
  return s;
}

// Six named ints: every variadic int is on the stack.
long six_named(int a, int b, int c, int d, int e, int n, ...) {
  __builtin_va_list ap;
  __builtin_va_start(ap, n);
  long s = ((((a * 10L + b) * 10 + c) * 10 + d) * 10 + e);
  for (int i = 0; i < n; i++)
    s = s * 10 + __builtin_va_arg(ap, int);
  __builtin_va_end(ap);
  return s;
}

// Eight named ints: the last two named are on the stack, variadic ones follow.
long eight_named_i(int a, int b, int c, int d, int e, int f, int g, int n, ...) {
  __builtin_va_list ap;
  __builtin_va_start(ap, n);
  long s = (((((a * 10L + b) * 10 + c) * 10 + d) * 10 + e) * 10 + f) * 10 + g;
  for (int i = 0; i < n; i++)
    s = s * 10 + __builtin_va_arg(ap, int);
  __builtin_va_end(ap);
  return s;
}

// A named struct in two registers shifts where the variadic ints start.
long named_struct(S16 s, int n, ...) {
  __builtin_va_list ap;
  __builtin_va_start(ap, n);
  long r = s.a * 10 + s.b;
  for (int i = 0; i < n; i++)
    r = r * 10 + __builtin_va_arg(ap, int);
  __builtin_va_end(ap);
  return r;
}

// Returned through a hidden pointer in rdi: variadic ints start after n in rsi.
S24 make_s24(int n, ...) {
  __builtin_va_list ap;
  __builtin_va_start(ap, n);
  S24 s = {0, 0, 0};
  s.a = __builtin_va_arg(ap, long);
  s.b = __builtin_va_arg(ap, long);
  s.c = n > 2 ? __builtin_va_arg(ap, long) : -1;
  __builtin_va_end(ap);
  return s;
}

float avg_f(int n, ...) {
  __builtin_va_list ap;
  __builtin_va_start(ap, n);
  double s = 0;
  for (int i = 0; i < n; i++)
    s += __builtin_va_arg(ap, double);
  __builtin_va_end(ap);
  return s / n;
}

long double sum_ld(int n, ...) {
  __builtin_va_list ap;
  __builtin_va_start(ap, n);
  long double s = 0;
  for (int i = 0; i < n; i++)
    s += __builtin_va_arg(ap, long double);
  __builtin_va_end(ap);
  return s;
}

// Walks the same arguments twice through va_copy.
long walk_twice(int n, ...) {
  __builtin_va_list ap, cp;
  __builtin_va_start(ap, n);
  __builtin_va_copy(cp, ap);
  long s1 = 0, s2 = 0;
  for (int i = 0; i < n; i++)
    s1 = s1 * 10 + __builtin_va_arg(ap, int);
  for (int i = 0; i < n; i++)
    s2 = s2 * 10 + __builtin_va_arg(cp, int);
  __builtin_va_end(cp);
  __builtin_va_end(ap);
  return s1 * 1000000000 + s2;
}

// Copies after consuming k arguments; the copy resumes at the same place.
long copy_midway(int n, int k, ...) {
  __builtin_va_list ap, cp;
  __builtin_va_start(ap, k);
  long s = 0;
  for (int i = 0; i < k; i++)
    s = s * 10 + __builtin_va_arg(ap, int);
  __builtin_va_copy(cp, ap);
  long rest1 = 0, rest2 = 0;
  for (int i = k; i < n; i++)
    rest1 = rest1 * 10 + __builtin_va_arg(ap, int);
  for (int i = k; i < n; i++)
    rest2 = rest2 * 10 + __builtin_va_arg(cp, int);
  __builtin_va_end(cp);
  __builtin_va_end(ap);
  return rest1 == rest2 ? s * 100000 + rest1 : -1;
}

double copy_doubles(int n, ...) {
  __builtin_va_list ap, cp;
  __builtin_va_start(ap, n);
  __builtin_va_copy(cp, ap);
  double s1 = 0, s2 = 0;
  for (int i = 0; i < n; i++)
    s1 = s1 * 10 + __builtin_va_arg(ap, double);
  for (int i = 0; i < n; i++)
    s2 = s2 * 10 + __builtin_va_arg(cp, double);
  __builtin_va_end(cp);
  __builtin_va_end(ap);
  return s1 - s2;
}

// Helpers that take a va_list from their caller.
long helper_sum(int n, __builtin_va_list ap) {
  long s = 0;
  for (int i = 0; i < n; i++)
    s = s * 10 + __builtin_va_arg(ap, int);
  return s;
}

double helper_mixed(const char *fmt, my_va_list ap) {
  double s = 0;
  for (const char *p = fmt; *p; p++) {
    if (*p == 'i')
      s = s * 10 + __builtin_va_arg(ap, int);
    else
      s = s * 10 + __builtin_va_arg(ap, double);
  }
  return s;
}

long helper_copy(int n, __builtin_va_list ap) {
  __builtin_va_list cp;
  __builtin_va_copy(cp, ap);
  long s = 0;
  for (int i = 0; i < n; i++)
    s = s * 10 + __builtin_va_arg(cp, int);
  __builtin_va_end(cp);
  return s;
}

long fwd_sum(int n, ...) {
  __builtin_va_list ap;
  __builtin_va_start(ap, n);
  long r = helper_sum(n, ap);
  __builtin_va_end(ap);
  return r;
}

double fwd_mixed(const char *fmt, ...) {
  __builtin_va_list ap;
  __builtin_va_start(ap, fmt);
  double r = helper_mixed(fmt, ap);
  __builtin_va_end(ap);
  return r;
}

long fwd_copy(int n, ...) {
  __builtin_va_list ap;
  __builtin_va_start(ap, n);
  long r1 = helper_copy(n, ap);
  long r2 = helper_copy(n, ap);
  __builtin_va_end(ap);
  return r1 == r2 ? r1 : -1;
}

int my_sprintf(char *buf, const char *fmt, ...) {
  __builtin_va_list ap;
  __builtin_va_start(ap, fmt);
  int r = vsprintf(buf, fmt, ap);
  __builtin_va_end(ap);
  return r;
}

int my_snprintf(char *buf, unsigned long n, const char *fmt, ...) {
  __builtin_va_list ap;
  __builtin_va_start(ap, fmt);
  int r = vsnprintf(buf, n, fmt, ap);
  __builtin_va_end(ap);
  return r;
}

// Prints twice from one set of arguments, using a copy for the second pass.
int twice_sprintf(char *buf, const char *fmt, ...) {
  __builtin_va_list ap, cp;
  __builtin_va_start(ap, fmt);
  __builtin_va_copy(cp, ap);
  int r = vsprintf(buf, fmt, ap);
  r += vsprintf(buf + r, fmt, cp);
  __builtin_va_end(cp);
  __builtin_va_end(ap);
  return r;
}

// Skips n leading ints and then prints the rest with vsprintf.
int skip_sprintf(char *buf, int n, const char *fmt, ...) {
  __builtin_va_list ap;
  __builtin_va_start(ap, fmt);
  for (int i = 0; i < n; i++)
    __builtin_va_arg(ap, int);
  int r = vsprintf(buf, fmt, ap);
  __builtin_va_end(ap);
  return r;
}

int count_args(int n, ...) {
  __builtin_va_list ap;
  __builtin_va_start(ap, n);
  __builtin_va_end(ap);
  return n;
}

char *nth_str(int n, ...) {
  __builtin_va_list ap;
  __builtin_va_start(ap, n);
  char *s = 0;
  for (int i = 0; i <= n; i++)
    s = __builtin_va_arg(ap, char *);
  __builtin_va_end(ap);
  return s;
}

// va_list is an array of one 24-byte struct
static void test_va_list_size(void) {
  ASSERT(24, sizeof(__builtin_va_list));
  ASSERT(24, sizeof(my_va_list));
}

// ints, with count first
static void test_ints(void) {
  ASSERT(0, sum_ints(0));
  ASSERT(7, sum_ints(1, 7));
  ASSERT(12345, sum_ints(5, 1, 2, 3, 4, 5));
  ASSERT(123456, sum_ints(6, 1, 2, 3, 4, 5, 6));
  ASSERT(1234567890, sum_ints(10, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0));
  ASSERT(987654321123456789, sum_ints(18, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1, 2, 3, 4, 5, 6, 7, 8, 9));
  ASSERT(-36, add_ints(8, -1, -2, -3, -4, -5, -6, -7, -8));
  ASSERT(-1, add_ints(9, 1, -2, 3, -4, 5, -6, 7, -8, 3));
  ASSERT(3, count_args(3, 1.5, "x", 2));
}

// doubles, more than 8
static void test_doubles(void) {
  ASSERT(1, sum_doubles(0) == 0);
  ASSERT(1, sum_doubles(1, 2.5) == 2.5);
  ASSERT(1, sum_doubles(8, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0) == 12345678);
  ASSERT(1, sum_doubles(9, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0) == 123456789);
  ASSERT(1, sum_doubles(10, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 0.5) == 1234567890.5);
  ASSERT(1, sum_doubles(12, 9.0, 8.0, 7.0, 6.0, 5.0, 4.0, 3.0, 2.0, 1.0, 2.0, 3.0, 0.25) == 987654321230.25);
  ASSERT(1, sum_doubles(3, 1.5f, 2.5f, 0.25f) == 175.25);
  ASSERT(1, named_d(1, 2, 8, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 0.5) == 1234567890.5);
  ASSERT(1, named_d(0.5, 0.25, 0) == 5.25);
  ASSERT(1, eight_named(1, 2, 3, 4, 5, 6, 7, 8, 2, 9.0, 0.5) == 1234567890.5);
  ASSERT(1, avg_f(4, 1.0, 2.0, 3.0, 4.0) == 2.5f);
  ASSERT(1, avg_f(3, 1.0, 1.0, 2.0) == 4.0f / 3);
}

// named ints exhausting the registers
static void test_named_ints(void) {
  ASSERT(123456789, six_named(1, 2, 3, 4, 5, 4, 6, 7, 8, 9));
  ASSERT(12345, six_named(1, 2, 3, 4, 5, 0));
  ASSERT(1234567890, eight_named_i(1, 2, 3, 4, 5, 6, 7, 3, 8, 9, 0));
  { S16 s = {1, 2}; ASSERT(123456789, named_struct(s, 7, 3, 4, 5, 6, 7, 8, 9)); }
}

// variadic function returning a struct in memory
static void test_struct_return(void) {
  { S24 s = make_s24(3, 10L, 20L, 30L); ASSERT(10, s.a); ASSERT(20, s.b); ASSERT(30, s.c); }
  { S24 s = make_s24(2, -5L, 0x123456789L); ASSERT(-5, s.a); ASSERT(0x123456789L, s.b); ASSERT(-1, s.c); }
}

// long doubles
static void test_long_doubles(void) {
  ASSERT(1, sum_ld(3, 1.0L, 2.0L, 0.5L) == 3.5L);
  ASSERT(1, sum_ld(2, 1.0L, 0x1p-60L) != 1.0L);
  ASSERT(1, sum_ld(0) == 0);
}

// interleaved ints and doubles beyond both register sets
static void test_interleaved(void) {
  collect("ididididididididididid", 11, 1.5, 12, 2.5, 13, 3.5, 14, 4.5, 15, 5.5, 16, 6.5, 17, 7.5, 18, 8.5, 19, 9.5, 20, 10.5, 21, 11.5);
  ASSERT(11, nl);
  ASSERT(11, nd);
  ASSERT(11, gl[0]);
  ASSERT(14, gl[3]);
  ASSERT(15, gl[4]);
  ASSERT(16, gl[5]);
  ASSERT(17, gl[6]);
  ASSERT(19, gl[8]);
  ASSERT(20, gl[9]);
  ASSERT(21, gl[10]);
  ASSERT(1, gd[0] == 1.5);
  ASSERT(1, gd[6] == 7.5);
  ASSERT(1, gd[7] == 8.5);
  ASSERT(1, gd[8] == 9.5);
  ASSERT(1, gd[9] == 10.5);
  ASSERT(1, gd[10] == 11.5);

  collect("ddddddddddiiiiiii", 0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5, 9.5, 1, 2, 3, 4, 5, 6, 7);
  ASSERT(10, nd);
  ASSERT(7, nl);
  ASSERT(1, gd[7] == 7.5);
  ASSERT(1, gd[8] == 8.5);
  ASSERT(1, gd[9] == 9.5);
  ASSERT(5, gl[4]);
  ASSERT(6, gl[5]);
  ASSERT(7, gl[6]);
}

// integer kinds, promotions and pointers
static void test_integer_kinds(void) {
  char buf[200];
  int x = 42;
  long y = 7;
  collect("lliiiiuul", 0x123456789abcdef0L, -1L, (char)-5, (short)-300, (unsigned char)200, (_Bool)7, 0xffffffffU, 3000000000U, -9223372036854775807L - 1);
  ASSERT(0x123456789abcdef0L, gl[0]);
  ASSERT(-1, gl[1]);
  ASSERT(-5, gl[2]);
  ASSERT(-300, gl[3]);
  ASSERT(200, gl[4]);
  ASSERT(1, gl[5]);
  ASSERT(4294967295L, gl[6]);
  ASSERT(3000000000L, gl[7]);
  ASSERT(1, gl[8] == -9223372036854775807L - 1);
  collect("ilidid", 'a', (long)-2147483648L * 2, (unsigned short)65535, 1.0f / 4, -7, (float)0.1);
  ASSERT(97, gl[0]);
  ASSERT(-4294967296L, gl[1]);
  ASSERT(65535, gl[2]);
  ASSERT(1, gd[0] == 0.25);
  ASSERT(-7, gl[3]);
  ASSERT(1, gd[1] == (double)0.1f);
  ASSERT(1, gd[1] != 0.1);
  collect("spsplpsps", "hello", &x, "world", &y, 5L, buf, "", (void *)0, "last");
  ASSERT(0, strcmp(gs[0], "hello"));
  ASSERT(0, strcmp(gs[1], "world"));
  ASSERT(0, strcmp(gs[2], ""));
  ASSERT(0, strcmp(gs[3], "last"));
  ASSERT(42, *(int *)gp[0]);
  ASSERT(7, *(long *)gp[1]);
  ASSERT(1, gp[2] == buf);
  ASSERT(1, gp[3] == 0);
  ASSERT(5, gl[0]);
  ASSERT(0, strcmp(nth_str(0, "a", "b", "c"), "a"));
  ASSERT(0, strcmp(nth_str(6, "a", "b", "c", "d", "e", "f", "g", "h"), "g"));
  ASSERT(0, strcmp(nth_str(7, "a", "b", "c", "d", "e", "f", "g", "h"), "h"));
}

// long doubles through va_arg, stack alignment of the overflow area
static void test_long_double_alignment(void) {
  collect("iiiiiLiLdL", 1, 2, 3, 4, 5, 1.25L, 6, 2.5L + 0x1p-60L, 0.75, -3.0L);
  ASSERT(3, nld);
  ASSERT(6, nl);
  ASSERT(1, gld[0] == 1.25L);
  ASSERT(1, gld[1] - 2.5L == 0x1p-60L);
  ASSERT(1, gld[2] == -3.0L);
  ASSERT(6, gl[5]);
  ASSERT(1, gd[0] == 0.75);
  collect("Ldid", 0.5L, 1.5, 2, 2.5);
  ASSERT(1, gld[0] == 0.5L);
  ASSERT(1, gd[0] == 1.5);
  ASSERT(2, gl[0]);
  ASSERT(1, gd[1] == 2.5);
}

// structs by value through va_arg
static void test_structs(void) {
  S8 s8 = {-1, 2};
  S16 s16 = {0x1111111111L, -0x2222222222L};
  SDD sdd = {1.25, -2.75};
  SID sid = {-9, 0.125};
  SDI sdi = {6.5, 77};
  S24 s24 = {100, 200, 300};
  SC20 sc20;
  SFF sff = {1.5f, -0.25f};
  SFFF sfff = {3.5f, 4.5f, 5.5f};
  S1 s1 = {'q'};
  SLD sld = {1 + 0x1p-62L};
  for (int i = 0; i < 20; i++)
    sc20.s[i] = 'A' + i;

  collect("abcefg", s8, s16, sdd, sid, s24, sc20);
  ASSERT(8, nl);
  ASSERT(3, nd);
  ASSERT(-1, gl[0]);
  ASSERT(2, gl[1]);
  ASSERT(0x1111111111L, gl[2]);
  ASSERT(-0x2222222222L, gl[3]);
  ASSERT(1, gd[0] == 1.25);
  ASSERT(1, gd[1] == -2.75);
  ASSERT(-9, gl[4]);
  ASSERT(1, gd[2] == 0.125);
  ASSERT(100, gl[5]);
  ASSERT(200, gl[6]);
  ASSERT(300, gl[7]);
  ASSERT(0, memcmp(gsc.s, sc20.s, 20));

  collect("hjkmn", sff, sfff, sdi, s1, sld);
  ASSERT(6, nd);
  ASSERT(1, gd[0] == 1.5);
  ASSERT(1, gd[1] == -0.25);
  ASSERT(1, gd[2] == 3.5);
  ASSERT(1, gd[3] == 4.5);
  ASSERT(1, gd[4] == 5.5);
  ASSERT(1, gd[5] == 6.5);
  ASSERT(77, gl[0]);
  ASSERT('q', gl[1]);
  ASSERT(1, gld[0] - 1 == 0x1p-62L);

  // only one integer register left: the struct goes on the stack, the next int takes r9
  collect("iiiibi", 1, 2, 3, 4, s16, 5);
  ASSERT(7, nl);
  ASSERT(4, gl[3]);
  ASSERT(0x1111111111L, gl[4]);
  ASSERT(-0x2222222222L, gl[5]);
  ASSERT(5, gl[6]);

  // only one SSE register left: the struct goes on the stack, the next double takes xmm7
  collect("dddddddcd", 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, sdd, 8.0);
  ASSERT(10, nd);
  ASSERT(1, gd[6] == 7.0);
  ASSERT(1, gd[7] == 1.25);
  ASSERT(1, gd[8] == -2.75);
  ASSERT(1, gd[9] == 8.0);

  // no integer register left: a mixed struct goes on the stack whole
  collect("iiiiieid", 1, 2, 3, 4, 5, sid, 6, 9.5);
  ASSERT(7, nl);
  ASSERT(-9, gl[5]);
  ASSERT(6, gl[6]);
  ASSERT(1, gd[0] == 0.125);
  ASSERT(1, gd[1] == 9.5);

  // no SSE register left: the same for a struct of two doubles
  collect("ddddddddcdi", 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, sdd, 9.0, 10);
  ASSERT(11, nd);
  ASSERT(1, gd[8] == 1.25);
  ASSERT(1, gd[9] == -2.75);
  ASSERT(1, gd[10] == 9.0);
  ASSERT(10, gl[0]);

  // memory-class structs interleaved with register arguments
  collect("fifgi", s24, 1, s24, sc20, 2);
  ASSERT(8, nl);
  ASSERT(100, gl[0]);
  ASSERT(300, gl[2]);
  ASSERT(1, gl[3]);
  ASSERT(100, gl[4]);
  ASSERT(300, gl[6]);
  ASSERT(2, gl[7]);
  ASSERT('T', gsc.s[19]);
}

// va_copy
static void test_va_copy(void) {
  ASSERT(12345000012345, walk_twice(5, 1, 2, 3, 4, 5));
  ASSERT(1, walk_twice(8, 1, 2, 3, 4, 5, 6, 7, 8) == 12345678L * 1000000000 + 12345678);
  ASSERT(1, walk_twice(9, 9, 8, 7, 6, 5, 4, 3, 2, 1) == 987654321L * 1000000000 + 987654321);
  ASSERT(1234567, copy_midway(7, 2, 1, 2, 3, 4, 5, 6, 7));
  ASSERT(1234500678, copy_midway(8, 5, 1, 2, 3, 4, 5, 6, 7, 8));
  ASSERT(1, copy_doubles(10, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 0.5) == 0);
  ASSERT(1, copy_doubles(2, 1.0, 2.0) == 0);
}

// va_list handed to a helper
static void test_va_list_helper(void) {
  ASSERT(1234567, fwd_sum(7, 1, 2, 3, 4, 5, 6, 7));
  ASSERT(0, fwd_sum(0));
  ASSERT(1, fwd_mixed("ddiddiddiddiddid", 1.0, 2.0, 3, 4.0, 5.0, 6, 7.0, 8.0, 9, 1.0, 2.0, 3, 4.0, 5.0, 6, 7.0) == 1234567891234567.0);
  ASSERT(1, fwd_mixed("iiiiiiiid", 1, 2, 3, 4, 5, 6, 7, 8, 9.0) == 123456789);
  ASSERT(1, fwd_mixed("dddddddddi", 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 0) == 1234567890);
  ASSERT(987654321, fwd_copy(9, 9, 8, 7, 6, 5, 4, 3, 2, 1));
}

// vsprintf / vsnprintf
static void test_vsprintf(void) {
  char buf[200];
  ASSERT(10, my_sprintf(buf, "%d-%s-%ld", 12, "abc", -34L));
  ASSERT(0, strcmp(buf, "12-abc--34"));
  my_sprintf(buf, "%.2f %d %.3f %c %g", 1.5, 7, -0.125, 'z', 1e100);
  ASSERT(0, strcmp(buf, "1.50 7 -0.125 z 1e+100"));
  my_sprintf(buf, "%d %d %d %d %d %d %d %d", 1, 2, 3, 4, 5, 6, 7, 8);
  ASSERT(0, strcmp(buf, "1 2 3 4 5 6 7 8"));
  my_sprintf(buf, "%g %g %g %g %g %g %g %g %g %g", 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0);
  ASSERT(0, strcmp(buf, "1 2 3 4 5 6 7 8 9 10"));
  my_sprintf(buf, "%d %g %d %g %d %g %d %g %d %g %d %g %d %g %d %g %d %g", 1, 0.5, 2, 1.5, 3, 2.5, 4, 3.5, 5, 4.5, 6, 5.5, 7, 6.5, 8, 7.5, 9, 8.5);
  ASSERT(0, strcmp(buf, "1 0.5 2 1.5 3 2.5 4 3.5 5 4.5 6 5.5 7 6.5 8 7.5 9 8.5"));
  my_sprintf(buf, "%Lg|%s|%lu|%x", 0.5L, "s", 18446744073709551615UL, 255);
  ASSERT(0, strcmp(buf, "0.5|s|18446744073709551615|ff"));
  ASSERT(10, my_snprintf(buf, 5, "%d", 1234567890));
  ASSERT(0, strcmp(buf, "1234"));
  ASSERT(6, my_snprintf(buf, sizeof(buf), "%d%c%.1f", 12, ':', 0.375));
  ASSERT(0, strcmp(buf, "12:0.4"));
  ASSERT(8, twice_sprintf(buf, "%d%.1f", 7, 2.5));
  ASSERT(0, strcmp(buf, "72.572.5"));
  ASSERT(0, twice_sprintf(buf, ""));
  skip_sprintf(buf, 6, "%d %d", 1, 2, 3, 4, 5, 6, 7, 8);
  ASSERT(0, strcmp(buf, "7 8"));
}

// libc variadic functions called directly with many mixed arguments
static void test_libc(void) {
  char buf[200];
  ASSERT(23, sprintf(buf, "%d %.1f %d %.1f %d %.1f %d %.1f", 1, 0.5, 2, 1.5, 3, 2.5, 4, 3.5));
  ASSERT(0, strcmp(buf, "1 0.5 2 1.5 3 2.5 4 3.5"));
  sprintf(buf, "%g %g %g %g %g %g %g %g %g %g %d %d %d %d %d %d %d", 0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5, 9.5, 1, 2, 3, 4, 5, 6, 7);
  ASSERT(0, strcmp(buf, "0.5 1.5 2.5 3.5 4.5 5.5 6.5 7.5 8.5 9.5 1 2 3 4 5 6 7"));
  sprintf(buf, "%s%d%g%c%ld%g%u%g%g", "a", -1, 0.25, 'b', 1L << 40, -2.5, 4000000000U, 1e-3, 1e21);
  ASSERT(0, strcmp(buf, "a-10.25b1099511627776-2.540000000000.0011e+21"));
  sprintf(buf, "%.0f%.0f%.0f%.0f%.0f%.0f%.0f%.0f%.0f", 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0);
  ASSERT(0, strcmp(buf, "123456789"));
  ASSERT(10, snprintf(buf, 4, "%g%g%g", 1.5, 2.5, 3.25));
  ASSERT(0, strcmp(buf, "1.5"));
  { float f = 0.5f; sprintf(buf, "%g %g", f, f * 3); ASSERT(0, strcmp(buf, "0.5 1.5")); }
  sprintf(buf, "%Lg %g %Lg", 1.5L, 2.5, 3.5L);
  ASSERT(0, strcmp(buf, "1.5 2.5 3.5"));
  ASSERT(0, printf("%.0s%.0s", "hidden", "text"));
}

// through a function pointer
static void test_function_pointer(void) {
  long (*fp)(int, ...) = sum_ints;
  double (*fd)(int, ...) = sum_doubles;
  ASSERT(12345678, fp(8, 1, 2, 3, 4, 5, 6, 7, 8));
  ASSERT(1, fd(9, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0) == 123456789);
}

int main() {
  test_va_list_size();
  test_ints();
  test_doubles();
  test_named_ints();
  test_struct_return();
  test_long_doubles();
  test_interleaved();
  test_integer_kinds();
  test_long_double_alignment();
  test_structs();
  test_va_copy();
  test_va_list_helper();
  test_vsprintf();
  test_libc();
  test_function_pointer();
  test_done(__FILE__);
  return 0;
}
