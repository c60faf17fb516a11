#include "test.h"

// Declarations: typedefs, declarators, abstract declarators, tentative
// definitions, old-style and K&R functions, implicit int, qualifiers,
// storage classes, scopes.

typedef int myint;
typedef int myint;
typedef int arr3[3];
typedef int (*fn_ptr)(int);
typedef char *string;
typedef arr3 *parr3;
typedef int fn_t(int);
typedef const int cint;
typedef long pair_t[2], *lptr_t;
typedef unsigned char byte;
typedef char T;
typedef fn_ptr fn_table[4];

_Static_assert(1, "msg");
_Static_assert(sizeof(int) == 4, "int is 4 bytes");
_Static_assert(sizeof(arr3) == 12, "arr3");

// tentative definitions
int tx;
int tx;
int tx = 3;
int ty;
int ty;
long tz;
extern int tz2;
int tz2 = 8;
extern int earr[];
int earr[4] = {1, 2, 3, 4};

// implicit int
static sx = 3;
const cx = 5;
f_implicit() { return 3; }
implicit_param(x) { return x * 2; }
static implicit_static(a, b) { return a - b; }

int gv = 1;
int gv2 = 7;
int g_mat[2][3] = {{1, 2, 3}, {4, 5, 6}};

int inc(int x) { return x + 1; }
int dbl(int x) { return x * 2; }
fn_t neg;
int neg(int x) { return -x; }
int (paren_fn)(int x) { return x + 1000; }

// prototypes, then definitions
int proto(int, int);
int proto(int a, int b);
extern int proto(int x, int y);
int proto(int a, int b) { return a * 10 + b; }
int noargs(void) { return 9; }
static int sfwd(int);
static int sfwd(int x) { return -x * 2; }
int takes_fn(int (int), int);
int takes_fn(int f(int), int x) { return f(x); }
int takes_arr(int [], int);
int takes_arr(int a[], int i) { return a[i]; }

// old-style () declarations called with arguments
int oldf();
long oldl();

// K&R-style definitions
int kr_add(a, b) int a; int b; { return a + b; }
int kr_order(a, b) int b; int a; { return a - b; }
int kr_implicit(a, b) int a; { return a * b; }
double kr_mix(c, s, d) char c; short s; double d; { return c + s + d; }
double kr_float(f) float f; { return f * 2; }
int kr_char(c) char c; { return c; }
int kr_uchar(c) unsigned char c; { return c; }
long kr_shared(a, b, c) int a, b; long c; { return a + b + c; }
long kr_ptr(p, n) long *p; int n; { return p[n]; }
long kr_many(a, b, c, d, e, f, g, h)
  char a; short b; int c; long d; char e; short f; int g; long h;
{
  return a + b * 10 + c * 100 + d * 1000 + e * 10000 + f * 100000 + g * 1000000 + h * 10000000;
}
int kr_noargs() { return 11; }

// functions returning pointers to functions and arrays
fn_ptr choose(int n) { return n ? dbl : inc; }
int (*choose2(int n))(int) { return n ? inc : dbl; }
int (*get_row(int i))[3] { return &g_mat[i]; }

// qualifiers in every position
const int cret(void) { return 4; }
int qual_params(const int x, int *restrict p, const char *const s, volatile int v) { *p = x + v; return s[0]; }
int arr_const(int a[const 3]) { a[0] = 1; return sizeof(a); }
int arr_static(int a[static 2]) { return a[0] + a[1]; }
int arr_restrict(int a[restrict]) { return a[1]; }

// inline and _Noreturn
static inline int sq(int x) { return x * x; }
inline static int cube(int x) { return x * x * x; }
int inl2(int x);
inline int inl2(int x) { return x + 1; }
_Noreturn void die(int c);
_Noreturn void die(int c) { exit(c); }

int read_gv(void) { return gv; }
int tparam(int T) { return T + 1; }
int tparam2(T c) { return sizeof(c); }

int block_static(void) {
  static int cnt;
  static int init = 100;
  _Static_assert(sizeof(cnt) == 4, "cnt");
  cnt++;
  init--;
  return cnt * 1000 + init;
}

// typedefs
static void test_typedefs(void) {
  myint mi = 5;
  ASSERT(5, mi);
  ASSERT(4, sizeof(myint));
  arr3 a3 = {1, 2, 3};
  ASSERT(12, sizeof(a3));
  ASSERT(3, a3[2]);
  fn_ptr fp = inc;
  ASSERT(6, fp(5));
  string s = "abc";
  ASSERT(98, s[1]);
  ASSERT(8, sizeof(string));
  parr3 pa3 = &a3;
  ASSERT(2, (*pa3)[1]);
  ASSERT(12, sizeof(*pa3));
  fn_t *fp2 = neg;
  ASSERT(-3, fp2(3));
  ASSERT(-4, neg(4));
  cint ci = 4;
  ASSERT(4, ci);
  pair_t pr = {10, 20};
  ASSERT(16, sizeof(pr));
  ASSERT(20, pr[1]);
  lptr_t lp = &pr[0];
  ASSERT(20, lp[1]);
  ASSERT(8, sizeof(lptr_t));
  byte b = 255;
  ASSERT(255, b);
  b++;
  ASSERT(0, b);
  fn_table tbl = {inc, dbl, neg, paren_fn};
  ASSERT(32, sizeof(tbl));
  ASSERT(8, tbl[1](4));
  ASSERT(1007, tbl[3](7));
  ASSERT(1, sizeof(T));
  {
    typedef long T;
    ASSERT(8, sizeof(T));
    T t = 10000000000L;
    ASSERT(10000000000L, t);
  }
  ASSERT(1, sizeof(T));
  typedef int local_t;
  local_t lt = 7;
  ASSERT(7, lt);
  typedef local_t *local_p;
  local_p lpp = &lt;
  ASSERT(7, *lpp);
}

// nested declarators
static void test_nested_declarators(void) {
  int x = 0;
  int *ptrs[3];
  int *(*pptrs)[3] = &ptrs;
  ptrs[1] = &x;
  x = 42;
  ASSERT(42, *(*pptrs)[1]);
  ASSERT(8, sizeof(pptrs));
  ASSERT(24, sizeof(*pptrs));
  int (*(*pf)(int))(int) = choose;
  ASSERT(6, pf(0)(5));
  ASSERT(10, pf(1)(5));
  ASSERT(10, (*pf)(1)(5));
  pf = choose2;
  ASSERT(10, pf(0)(5));
  ASSERT(6, (*pf(1))(5));
  int (*fparr[2])(int) = {inc, dbl};
  int (*(*pfa)[2])(int) = &fparr;
  ASSERT(6, (*pfa)[1](3));
  ASSERT(4, (*(*pfa)[0])(3));
  ASSERT(16, sizeof(*pfa));
  ASSERT(6, get_row(1)[0][2]);
  ASSERT(5, (*get_row(1))[1]);
  ASSERT(12, sizeof(*get_row(0)));
  int (x1) = 5;
  int ((x2)) = 6;
  int *(p1) = &x1;
  int (*(p2)) = &x2;
  ASSERT(5, x1);
  ASSERT(6, x2);
  ASSERT(5, *p1);
  ASSERT(6, *p2);
  ASSERT(1010, paren_fn(10));
  char (*pca)[4];
  char ca4[2][4] = {"abc", "def"};
  pca = ca4;
  ASSERT(101, pca[1][1]);
  ASSERT(4, sizeof(*pca));
  int **ppi, *pi, i0, ia[4], (*fpi)(int);
  pi = &i0; ppi = &pi; i0 = 3; fpi = dbl;
  ASSERT(3, **ppi);
  ASSERT(4, sizeof(i0));
  ASSERT(16, sizeof(ia));
  ASSERT(6, fpi(**ppi));
}

// abstract declarators in sizeof and casts
static void test_abstract_declarators(void) {
  ASSERT(24, sizeof(int *[3]));
  ASSERT(8, sizeof(int (*)[3]));
  ASSERT(8, sizeof(char (*)(int)));
  ASSERT(24, sizeof(int[2][3]));
  ASSERT(48, sizeof(int[3][4]));
  ASSERT(32, sizeof(int (*[4])(int)));
  ASSERT(8, sizeof(char *(*)[5]));
  ASSERT(40, sizeof(char *[5]));
  ASSERT(8, sizeof(int **));
  ASSERT(8, sizeof(int (*)(int, char *)));
  ASSERT(8, sizeof(int (*)(void)));
  ASSERT(192, sizeof(long[2][3][4]));
  ASSERT(8, sizeof(int (*)[2][3]));
  ASSERT(8, sizeof(int *(*)[3]));
  ASSERT(24, sizeof(char (*[3])[4]));
  ASSERT(8, sizeof(int (*(*)(int))(int)));
  ASSERT(8, sizeof(int *(*)(int)));
  ASSERT(16, sizeof(int *(*[2])(int)));
  ASSERT(24, sizeof(fn_ptr[3]));
  ASSERT(12, sizeof(arr3));
  ASSERT(24, sizeof(arr3[2]));
  ASSERT(8, sizeof(arr3 *));
  ASSERT(8, sizeof(parr3));
  ASSERT(16, sizeof(pair_t));
  ASSERT(8, sizeof(fn_t *));
  ASSERT(1, sizeof(*(string)0));
  ASSERT(48, sizeof(*(int (*)[3][4])0));
  ASSERT(16, sizeof(**(int (*)[3][4])0));
  ASSERT(4, sizeof(const int));
  ASSERT(8, sizeof(int *const));
  ASSERT(8, sizeof(const char *volatile));
  ASSERT(4, ((int (*)[3])g_mat)[1][0]);
  ASSERT(5, ((int *)g_mat)[4]);
  ASSERT(6, (*(int (*)[2][3])g_mat)[1][2]);
  ASSERT(8, ((int (*)(int))dbl)(4));
  ASSERT(8, ((fn_ptr)dbl)(4));
  int x = 0x01020304;
  ASSERT(4, ((char *)&x)[0]);
  ASSERT(1, ((char *)&x)[3]);
  ASSERT(255, (unsigned char)(signed char)-1);
  ASSERT(98, ((const char *)"abc")[1]);
  ASSERT(3, (const int)3);
  ASSERT(5, (const volatile long)5);
  ASSERT(-1, (myint)(T)255);
  ASSERT(255, (byte)-1);
  (void)0;
  (void)x;
}

// tentative definitions and file-scope objects
static void test_tentative_definitions(void) {
  ASSERT(3, tx);
  ASSERT(0, ty);
  ASSERT(0, tz);
  ASSERT(8, tz2);
  ASSERT(16, sizeof(earr));
  ASSERT(4, earr[3]);
  tx = 4;
  ASSERT(4, tx);
}

// implicit int
static void test_implicit_int(void) {
  ASSERT(3, sx);
  ASSERT(4, sizeof(sx));
  ASSERT(5, cx);
  ASSERT(4, sizeof(cx));
  ASSERT(3, f_implicit());
  ASSERT(4, sizeof(f_implicit()));
  ASSERT(14, implicit_param(7));
  ASSERT(-3, implicit_static(2, 5));
  static si = 4;
  auto ai = 5;
  register ri = 6;
  const ki = 7;
  ASSERT(4, si);
  ASSERT(5, ai);
  ASSERT(6, ri);
  ASSERT(7, ki);
  ASSERT(4, sizeof(ki));
}

// prototypes and old-style declarations
static void test_prototypes(void) {
  arr3 a3 = {1, 2, 3};
  ASSERT(12, proto(1, 2));
  ASSERT(9, noargs());
  ASSERT(-6, sfwd(3));
  ASSERT(11, takes_fn(paren_fn, -989));
  ASSERT(-5, takes_fn(neg, 5));
  ASSERT(3, takes_arr(a3, 2));
  ASSERT(7, oldf(10, 3));
  ASSERT(10000000000L, oldl(5000000000L));
  ASSERT(12, later_defined(4));
  ASSERT(-1, later_defined2(2, 3));
  int blockproto(int, int);
  ASSERT(23, blockproto(2, 3));
}

// K&R definitions (arguments undergo default promotions)
static void test_kr_definitions(void) {
  ASSERT(7, kr_add(3, 4));
  ASSERT(-1, kr_order(3, 4));
  ASSERT(12, kr_implicit(3, 4));
  ASSERT(13, kr_mix(1, 2, 3.5) * 2);
  ASSERT(-13, kr_mix(-1, -2, -3.5) * 2);
  ASSERT(9, kr_float(2.25) * 2);
  ASSERT(-5, kr_char(-5));
  ASSERT(44, kr_char(300));
  ASSERT(-1, kr_char(255));
  ASSERT(255, kr_uchar(-1));
  ASSERT(10000000003L, kr_shared(1, 2, 10000000000L));
  long larr[3] = {5, 6, 10000000000L};
  ASSERT(10000000000L, kr_ptr(larr, 2));
  ASSERT(87654321, kr_many(1, 2, 3, 4L, 5, 6, 7, 8L));
  ASSERT(-11111111, kr_many(-1, -1, -1, -1L, -1, -1, -1, -1L));
  ASSERT(11, kr_noargs());
}

// qualifiers
static void test_qualifiers(void) {
  const int c1 = 1;
  int const c2 = 2;
  const const int c3 = 3;
  const volatile int cv = 4;
  volatile const int vc = 5;
  ASSERT(15, c1 + c2 + c3 + cv + vc);
  int x = 10, y = 20;
  const int *pc = &x;
  ASSERT(10, *pc);
  pc = &y;
  ASSERT(20, *pc);
  int *const cp = &x;
  *cp = 11;
  ASSERT(11, x);
  const int *const cpc = &y;
  ASSERT(20, *cpc);
  int const *const *cpp = &cpc;
  ASSERT(20, **cpp);
  volatile int vv = 3;
  vv++;
  ASSERT(4, vv);
  int volatile *vp = &x;
  *vp = 12;
  ASSERT(12, x);
  int *volatile pv = &y;
  ASSERT(20, *pv);
  int *restrict rp = &x;
  *rp = 13;
  ASSERT(13, x);
  int *plain = &y;
  int **restrict rpp = &plain;
  ASSERT(20, **rpp);
  long const long lcl = 3;
  ASSERT(8, sizeof(lcl));
  unsigned const char ucc = 255;
  ASSERT(255, ucc);
  int long unsigned long ilul = -1;
  ASSERT(8, sizeof(ilul));
  ASSERT(1, ilul > 0);
  signed long long int slli = -1;
  ASSERT(-1, slli);
  short unsigned su = 65535;
  ASSERT(65535, su);
  char signed cs = -1;
  ASSERT(-1, cs);
  unsigned u0 = -1;
  ASSERT(1, u0 > 0);
  signed sg = -1;
  ASSERT(-1, sg);
  ASSERT(4, cret());
  ASSERT(98, qual_params(3, &x, "bcd", 4));
  ASSERT(7, x);
  int qa[3] = {5, 6, 7};
  ASSERT(8, arr_const(qa));
  ASSERT(1, qa[0]);
  ASSERT(7, arr_static(qa));
  ASSERT(6, arr_restrict(qa));
  static const int scv = 9;
  ASSERT(9, scv);
}

// inline and _Noreturn
static void test_inline_noreturn(void) {
  ASSERT(49, sq(7));
  ASSERT(27, cube(3));
  ASSERT(6, inl2(5));
  int (*sqp)(int) = sq;
  ASSERT(16, sqp(4));
  void (*diep)(int) = die;
  if (tx == 12345)
    diep(1);
  if (tx == 12346)
    die(1);
}

// _Static_assert at block scope
static void test_block_static_assert(void) {
  _Static_assert(1, "block");
  _Static_assert(sizeof(long) == 8, "long is 8 bytes");
  {
    _Static_assert(sizeof(myint[2]) == 8, "myint[2]");
  }
}

// mixed declarations and code, comma declarations
static void test_mixed_declarations(void) {
  int x = 1;
  int m1 = x + 1;
  x = m1 * 10;
  int m2 = x + 1;
  ASSERT(2, m1);
  ASSERT(21, m2);
  int ca = 1, *cb = &ca, cc[2];
  ASSERT(1, *cb);
  ASSERT(8, sizeof(cc));
  ASSERT(4, sizeof(ca));
  ASSERT(8, sizeof(cb));
  int d1 = 5, d2 = d1 + 1, d3 = d2 * d1;
  ASSERT(30, d3);
  int dv = 3, df(int);
  ASSERT(103, df(dv));
  char c0 = 'a', *cptr = &c0, carr[] = "xy";
  ASSERT(97, *cptr);
  ASSERT(3, sizeof(carr));
  int self = sizeof(self);
  ASSERT(4, self);
  long lself = sizeof lself;
  ASSERT(8, lself);
  int sz5[2 + 3];
  ASSERT(20, sizeof(sz5));
  int sz8[sizeof(long)];
  ASSERT(32, sizeof(sz8));
  char sz3[] = {1, 2, 3};
  ASSERT(3, sizeof(sz3));
  int sz2[3 ? 2 : 5];
  ASSERT(8, sizeof(sz2));
  int szc[(char)258];
  ASSERT(8, sizeof(szc));
  for (int k = 0, *kp = &k; k < 1; k++)
    ASSERT(0, *kp);
}

// block-scope static
static void test_block_static(void) {
  ASSERT(1099, block_static());
  ASSERT(2098, block_static());
  ASSERT(3097, block_static());
  int y = 0;
  for (int k = 0; k < 3; k++) {
    static int st = 10;
    st++;
    y = st;
  }
  ASSERT(13, y);
}

// shadowing
static void test_shadowing(void) {
  ASSERT(1, gv);
  {
    int gv = 2;
    ASSERT(2, gv);
    ASSERT(1, read_gv());
    {
      long gv = 3;
      ASSERT(3, gv);
      ASSERT(8, sizeof(gv));
    }
    ASSERT(2, gv);
  }
  ASSERT(1, gv);
  {
    int sc1 = 1;
    {
      int sc2 = sc1 + 1;
      int sc1 = sc2 * 10;
      ASSERT(20, sc1);
    }
    ASSERT(1, sc1);
  }
  {
    long T = 5;
    ASSERT(5, T);
    ASSERT(8, sizeof(T));
    ASSERT(10, T * 2);
    ASSERT(6, (T) + 1);
  }
  ASSERT(1, sizeof(T));
  ASSERT(1, (T) + 1);
  T t2 = -1;
  ASSERT(-1, t2);
  ASSERT(6, tparam(5));
  ASSERT(1, tparam2(5));
  {
    typedef char gv2;
    ASSERT(1, sizeof(gv2));
  }
  ASSERT(7, gv2);
  {
    int myint = 3;
    ASSERT(3, myint);
    {
      typedef long myint;
      myint z = 4;
      ASSERT(8, sizeof(z));
    }
  }
  ASSERT(4, sizeof(myint));
  {
    int inc = 50;
    ASSERT(50, inc);
  }
  ASSERT(2, inc(1));
}

// [GNU] __auto_type takes the initializer's type, unqualified, with arrays
// and functions decayed to pointers.
static void test_auto_type(void) {
  const int c = 3;
  __auto_type x = c;
  x++;
  ASSERT(4, x);
  __auto_type d = 1.5;
  ASSERT(8, sizeof(d));
  ASSERT(1, d == 1.5);
  int a[3] = {1, 2, 3};
  __auto_type p = a;
  ASSERT(8, sizeof(p));
  ASSERT(3, p[2]);
  __auto_type q = &a;
  ASSERT(12, sizeof(*q));
  __auto_type f = test_typedefs;
  ASSERT(8, sizeof(f));
  __auto_type u = 1u << 31;
  __auto_type n = -1L;
  ASSERT(1, u > 0 && sizeof(u) == 4 && sizeof(n) == 8);
}

// C23's new keywords are ordinary identifiers before C23 (gnu17, the
// default): old code named its own bool and true.
static void test_c23_words_before_c23(void) {
  typedef int bool;
  bool true = 1, false = 0;
  int nullptr = 7, constexpr = 2, alignas = 3, thread_local = 4, typeof_unqual = 5;
  ASSERT(4, sizeof(bool));
  ASSERT(1, true && !false);
  ASSERT(21, nullptr + constexpr + alignas + thread_local + typeof_unqual);
}

// Declarator corners: [*] and qualifiers in a prototype's array, an
// attribute inside an abstract declarator's parentheses, and the types of
// ISO/IEC TS 18661-3 as glibc's headers (preprocessed by gcc) use them.
void vla_proto(int n, int x[const *]);
void vla_proto(int n, int x[const n]) { x[n - 1] = n; }
static int forty_two(void) { return 42; }

static void test_declarator_corners(void) {
  int arr[3] = {0};
  vla_proto(3, arr);
  ASSERT(3, arr[2]);
  void *fp = (void *)forty_two;
  ASSERT(42, ((int (__attribute__((unused)) *)(void))fp)());
  _Float32 a = 1.5f;
  _Float64 d = 2.5;
  _Float32x e = 3.5;
  _Float64x l = 4.5L;
  ASSERT(4, sizeof(a));
  ASSERT(8, sizeof(d));
  ASSERT(8, sizeof(e));
  ASSERT(16, sizeof(l));
  ASSERT(12, (int)(a + d + e + l));
  ASSERT(16, sizeof(_Float128));
}

// A library function gcc knows, called before it is declared (C89's
// implicit declaration), then declared: the declaration 9cc made as gcc
// knows it (pointers to void) gives way to the program's.
static void copy_before_declaring(char *d) { strcpy(d, "ab"); }
char *strcpy(char *d, const char *s);

static void test_implicit_library_function(void) {
  char buf[4];
  copy_before_declaring(buf);
  ASSERT('a', buf[0]);
  ASSERT('b', buf[1]);
  ASSERT(0, buf[2]);
}

int main() {
  test_declarator_corners();
  test_implicit_library_function();
  test_c23_words_before_c23();
  test_auto_type();
  test_typedefs();
  test_nested_declarators();
  test_abstract_declarators();
  test_tentative_definitions();
  test_implicit_int();
  test_prototypes();
  test_kr_definitions();
  test_qualifiers();
  test_inline_noreturn();
  test_block_static_assert();
  test_mixed_declarations();
  test_block_static();
  test_shadowing();
  test_done(__FILE__);
  return 0;
}

int oldf(int a, int b) { return a - b; }
long oldl(long x) { return x * 2; }
int later_defined(int x) { return x * 3; }
int later_defined2(int a, int b) { return a - b; }
int blockproto(int a, int b) { return a * 10 + b; }
int df(int x) { return x + 100; }
