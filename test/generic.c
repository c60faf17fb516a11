#include "test.h"

// _Generic, _Static_assert, compound assignment through pointers to
// members, const objects, variable-length arrays, sizeof's operand (not
// evaluated, but for a VLA), and alloca.

void *alloca(unsigned long n);

_Static_assert(sizeof(int) == 4, "int is 4 bytes");
_Static_assert(sizeof(long) == 8 && sizeof(void *) == 8, "LP64");
_Static_assert(1, "");

struct P { int x, y; };
struct SA {
  int a;
  _Static_assert(sizeof(int) * 2 == 8, "inside a struct");
  int b;
};
struct Node { int val; struct Node *next; };
struct Arr { int n; int arr[4]; struct P p; };

enum { RED, GREEN };

const int gconst = 42;
const char gmsg[] = "const";
static const int gtab[] = {1, 1, 2, 3, 5, 8};
const double gpi = 3.5;
int gcalls;

int twice(int x) { return x * 2; }
int gen_i(int x) { return x + 1; }
int gen_d(double x) { return (int)(x * 10); }
int counted(void) { gcalls++; return 3; }
struct Arr *get_arr(struct Arr *a) { gcalls++; return a; }

int vla_sum(int n, int a[n]) {
  int s = 0;
  for (int i = 0; i < n; i++) s += a[i];
  return s;
}

int vla_sum2(int r, int c, int m[r][c]) {
  int s = 0;
  for (int i = 0; i < r; i++)
    for (int j = 0; j < c; j++)
      s += m[i][j];
  return s;
}

long vla_rowsize(int r, int c, int m[r][c]) { return sizeof(m[0]); }
long vla_param_ptr(int n, int a[n]) { return sizeof(a); }
int getn(void) { return 7; }

long many_args(long a, long b, long c, long d, long e, long f, long g, long h) {
  return a + b + c + d + e + f + g + h;
}

char *alloca_fill(int n, char c) {
  char *p = alloca(n);
  memset(p, c, n);
  int s = 0;
  for (int i = 0; i < n; i++) s += p[i];
  gcalls = s;
  return 0;
}

int alloca_loop(void) {
  char *ps[4];
  for (int i = 0; i < 4; i++) {
    ps[i] = alloca(32);
    memset(ps[i], i + 1, 32);
  }
  int s = 0;
  for (int i = 0; i < 4; i++) s += ps[i][0] + ps[i][31];
  return s;
}

// ---- _Generic on basic types ----
static void test_generic_basic(void) {
  ASSERT(1, _Generic(1, int: 1, long: 2, default: 0));
  ASSERT(2, _Generic(1L, int: 1, long: 2, default: 0));
  ASSERT(3, _Generic(1LL, long: 2, long long: 3, default: 0));
  ASSERT(4, _Generic(1.0, float: 5, double: 4, default: 0));
  ASSERT(5, _Generic(1.0f, float: 5, double: 4, default: 0));
  ASSERT(6, _Generic("abc", char *: 6, const char *: 7, default: 0));
  const char *cp = "x";
  ASSERT(7, _Generic(cp, char *: 6, const char *: 7, default: 0));
  char *mp = 0;
  ASSERT(6, _Generic(mp, char *: 6, const char *: 7, default: 0));
  ASSERT(9, _Generic(1.0, int: 1, default: 9));
  ASSERT(9, _Generic(mp, int *: 1, default: 9));
  ASSERT(11, _Generic(1, int: 10, long: 20) + 1);
  ASSERT(0, strcmp(_Generic(1L, int: "int", long: "long"), "long"));
  ASSERT(1, _Generic(1u, unsigned: 1, int: 2, default: 0));
  ASSERT(1, _Generic(1ul, unsigned long: 1, long: 2, default: 0));
  ASSERT(1, _Generic((short)1, short: 1, int: 2, default: 0));
  ASSERT(1, _Generic((unsigned char)1, unsigned char: 1, int: 2, default: 0));
  ASSERT(1, _Generic((_Bool)1, _Bool: 1, int: 2, default: 0));
}

// ---- _Generic: char kinds, constants and promotions ----
static void test_generic_promotions(void) {
  char c = 'a';
  short s = 1;
  unsigned u = 1;
  _Bool b = 1;
  ASSERT(1, _Generic(c, char: 1, signed char: 2, unsigned char: 3, int: 4, default: 0));
  ASSERT(1, _Generic((char)1, char: 1, signed char: 2, unsigned char: 3, default: 0));
  ASSERT(2, _Generic((signed char)1, char: 1, signed char: 2, unsigned char: 3, default: 0));
  ASSERT(4, _Generic('a', char: 1, int: 4, default: 0));
  ASSERT(4, _Generic(c + 0, char: 1, int: 4, default: 0));
  ASSERT(4, _Generic(-c, char: 1, int: 4, default: 0));
  ASSERT(4, _Generic(+c, char: 1, int: 4, default: 0));
  ASSERT(4, _Generic(~c, char: 1, int: 4, default: 0));
  ASSERT(4, _Generic(s + s, short: 1, int: 4, default: 0));
  ASSERT(4, _Generic(b + b, _Bool: 1, int: 4, default: 0));
  ASSERT(1, _Generic(c = 5, char: 1, int: 4, default: 0));
  ASSERT(1, _Generic(c++, char: 1, int: 4, default: 0));
  ASSERT(1, _Generic(c += 1, char: 1, int: 4, default: 0));
  ASSERT(2, _Generic(u + 1L, unsigned long: 1, long: 2, default: 0));
  ASSERT(3, _Generic(u + 1, unsigned long: 1, long: 2, unsigned: 3, default: 0));
  ASSERT(1, _Generic(1ul + 1L, unsigned long: 1, long: 2, default: 0));
  ASSERT(1, _Generic(1 << 2L, int: 1, long: 2, default: 0));
  ASSERT(2, _Generic(1L << 2, int: 1, long: 2, default: 0));
  ASSERT(1, _Generic(0x80000000, unsigned: 1, long: 2, default: 0));
  ASSERT(2, _Generic(2147483648, unsigned: 1, long: 2, default: 0));
  ASSERT(1, _Generic(0xffffffffffffffff, unsigned long: 1, long: 2, default: 0));
  ASSERT(1, _Generic(2147483647, int: 1, long: 2, default: 0));
  ASSERT(1, _Generic(1 ? 1 : 1.0, double: 1, int: 2, default: 0));
  ASSERT(1, _Generic(1 ? c : s, int: 1, default: 0));
  ASSERT(1, _Generic(1 == 1, int: 1, _Bool: 2, default: 0));
  ASSERT(1, _Generic(!1.0, int: 1, default: 0));
  ASSERT(1, _Generic(1.0 && 2.0, int: 1, default: 0));
  ASSERT(1, _Generic((float)1 + 1, float: 1, double: 2, default: 0));
  ASSERT(2, _Generic(1.0f * 2.0, float: 1, double: 2, default: 0));
  ASSERT(1, _Generic(sizeof(int), unsigned long: 1, default: 0));
  int x = 1;
  ASSERT(1, _Generic(&x - &x, long: 1, default: 0));
  ASSERT(1, _Generic(RED, int: 1, default: 0));
  ASSERT(1, _Generic((1, 2L), long: 1, default: 0));
}

// ---- _Generic: lvalue conversion, pointers, structs ----
static void test_generic_lvalues(void) {
  const int ci = 1;
  ASSERT(1, _Generic(ci, int: 1, default: 0));
  volatile int vi = 1;
  ASSERT(1, _Generic(vi, int: 1, default: 0));
  int arr[3];
  ASSERT(1, _Generic(arr, int *: 1, default: 0));
  ASSERT(1, _Generic(&arr, int (*)[3]: 1, int *: 2, default: 0));
  ASSERT(1, _Generic(twice, int (*)(int): 1, default: 0));
  ASSERT(1, _Generic(&twice, int (*)(int): 1, default: 0));
  const int *pci = &ci;
  ASSERT(2, _Generic(pci, int *: 1, const int *: 2, default: 0));
  int *const cpi = arr;
  ASSERT(1, _Generic(cpi, int *: 1, const int *: 2, default: 0));
  struct P p = {1, 2};
  ASSERT(1, _Generic(p, struct P: 1, default: 0));
  ASSERT(2, _Generic(&p, struct P: 1, struct P *: 2, default: 0));
  ASSERT(1, _Generic(p.x, int: 1, default: 0));
  void *vp = 0;
  ASSERT(1, _Generic(vp, void *: 1, char *: 2, default: 0));
  ASSERT(1, _Generic(gmsg, const char *: 1, char *: 2, default: 0));
  int x = 1;
  ASSERT(1, _Generic(x = 5, int: 1));
  ASSERT(1, x);
  ASSERT(1, _Generic(x++, int: 1));
  ASSERT(1, x);
  ASSERT(8, _Generic(x, int: twice, double: gen_d)(4));
  ASSERT(25, _Generic(2.5, int: gen_i, double: gen_d)(2.5));
  ASSERT(5, _Generic(4, int: gen_i, double: gen_d)(4));
  ASSERT(4, sizeof(_Generic(1.0, double: 1, default: 2.0)));
}

// ---- _Static_assert in blocks and structs ----
static void test_static_assert(void) {
  _Static_assert(sizeof(struct P) == 8, "P");
  _Static_assert(_Alignof(double) == 8, "align");
  ASSERT(8, sizeof(struct SA));
  struct SA sa = {1, 2};
  ASSERT(3, sa.a + sa.b);
  int y = 3;
  _Static_assert(sizeof(y) == 4, "y");
  ASSERT(3, y);
  for (int i = 0; i < 1; i++) {
    _Static_assert(GREEN == 1, "enum");
  }
}

// ---- compound assignment to struct members via pointers ----
static void test_member_compound_assignment(void) {
  struct Arr a = {1, {1, 2, 3, 4}, {5, 6}};
  struct Arr *p = &a;
  p->n += 3;
  ASSERT(4, a.n);
  p->arr[2] *= 5;
  ASSERT(15, a.arr[2]);
  (*p).p.y -= 10;
  ASSERT(-4, a.p.y);
  p->p.x <<= 3;
  ASSERT(40, a.p.x);
  p->p.x >>= 1;
  ASSERT(20, a.p.x);
  p->arr[0] |= 6;
  ASSERT(7, a.arr[0]);
  p->arr[0] &= 3;
  ASSERT(3, a.arr[0]);
  p->arr[1] ^= 7;
  ASSERT(5, a.arr[1]);
  p->arr[3] %= 3;
  ASSERT(1, a.arr[3]);
  p->n /= 2;
  ASSERT(2, a.n);
  ASSERT(12, p->n += 10);
  ASSERT(12, a.n);
  struct P ps[3] = {{1, 2}, {3, 4}, {5, 6}};
  struct P *q = ps;
  int i = 0;
  q[i++].x += 10;
  ASSERT(1, i);
  ASSERT(11, ps[0].x);
  ASSERT(3, ps[1].x);
  (q + 2)->y *= 3;
  ASSERT(18, ps[2].y);
  q++;
  q->x -= 1;
  ASSERT(2, ps[1].x);
  gcalls = 0;
  get_arr(&a)->n += 5;
  ASSERT(1, gcalls);
  ASSERT(17, a.n);
  get_arr(&a)->arr[counted()] += 100;
  ASSERT(3, gcalls);
  ASSERT(101, a.arr[3]);
  struct Node n2 = {2, 0}, n1 = {1, &n2};
  struct Node *np = &n1;
  np->next->val <<= 2;
  ASSERT(8, n2.val);
  np->next->val += np->val;
  ASSERT(9, n2.val);
  double d = 1.5;
  struct { double v; char c; } dv = {2.0, 'a'}, *dp = &dv;
  dp->v += d;
  ASSERT(1, dv.v == 3.5);
  dp->c += 1;
  ASSERT('b', dv.c);
  dp->v *= 2;
  ASSERT(7, (int)dv.v);
}

// ---- const variables ----
static void test_const(void) {
  const int c = 5;
  ASSERT(5, c);
  ASSERT(10, c * 2);
  const double cd = 2.5;
  ASSERT(5, (int)(cd * 2));
  ASSERT(42, gconst);
  ASSERT(0, strcmp(gmsg, "const"));
  ASSERT(6, sizeof(gmsg));
  ASSERT(8, gtab[5]);
  ASSERT(24, sizeof(gtab));
  ASSERT(1, gpi == 3.5);
  int x = 1;
  int *const cp = &x;
  *cp = 3;
  ASSERT(3, x);
  const int *pc = &x;
  x = 4;
  ASSERT(4, *pc);
  pc = &c;
  ASSERT(5, *pc);
  const int carr[] = {3, 4, 5};
  ASSERT(12, sizeof(carr));
  ASSERT(4, carr[1]);
  const struct P cs = {7, 8};
  ASSERT(15, cs.x + cs.y);
  const char *const str = "abc";
  ASSERT('c', str[2]);
  static const int sc = 9;
  ASSERT(9, sc);
}

// ---- variable-length arrays ----
static void test_vla(void) {
  int n = 5;
  int a[n];
  ASSERT(20, sizeof(a));
  ASSERT(20, sizeof a);
  ASSERT(5, sizeof(a) / sizeof(a[0]));
  ASSERT(20, sizeof(int[n]));
  for (int i = 0; i < n; i++) a[i] = i * i;
  ASSERT(16, a[4]);
  ASSERT(30, vla_sum(n, a));
  ASSERT(8, vla_param_ptr(n, a));
  n = 10;
  ASSERT(20, sizeof(a));
  ASSERT(40, sizeof(int[n]));
  int m = 4;
  int mat[m][m + 1];
  ASSERT(80, sizeof(mat));
  ASSERT(20, sizeof(mat[0]));
  ASSERT(4, sizeof(mat[0][0]));
  for (int i = 0; i < m; i++)
    for (int j = 0; j < m + 1; j++)
      mat[i][j] = i * 10 + j;
  ASSERT(23, mat[2][3]);
  ASSERT(34, mat[3][4]);
  ASSERT(5, &mat[1][0] - &mat[0][0]);
  ASSERT(20, (char *)mat[1] - (char *)mat[0]);
  ASSERT(14, *(*(mat + 1) + 4));
  ASSERT(340, vla_sum2(m, m + 1, mat));
  ASSERT(20, vla_rowsize(m, m + 1, mat));
  int (*p)[m + 1] = mat;
  ASSERT(20, sizeof(*p));
  ASSERT(8, sizeof(p));
  ASSERT(31, p[3][1]);
  p++;
  ASSERT(10, p[0][0]);
  ASSERT(20, (char *)p - (char *)mat);
  ASSERT(2, (p + 1) - (p - 1));
  int total = 0;
  for (int i = 1; i <= 4; i++) {
    int v[i];
    ASSERT(i * 4, sizeof(v));
    for (int j = 0; j < i; j++) v[j] = j + 1;
    for (int j = 0; j < i; j++) total += v[j];
  }
  ASSERT(1 + 3 + 6 + 10, total);
  int k = getn();
  double dv[k];
  ASSERT(56, sizeof(dv));
  struct P pv[k - 2];
  ASSERT(40, sizeof(pv));
  pv[4].y = 9;
  ASSERT(9, pv[4].y);
  char cv[k * 3];
  ASSERT(21, sizeof(cv));
  int sz = 3;
  typedef int T[sz];
  sz = 100;
  ASSERT(12, sizeof(T));
  T tv;
  ASSERT(12, sizeof(tv));
  int r = 2, c = 3;
  int grid[r][c][2];
  ASSERT(48, sizeof(grid));
  ASSERT(24, sizeof(grid[1]));
  ASSERT(8, sizeof(grid[1][2]));
  grid[1][2][1] = 77;
  ASSERT(77, ((int *)grid)[11]);
  int fixed_inner[n][3];
  ASSERT(120, sizeof(fixed_inner));
  ASSERT(12, sizeof(fixed_inner[0]));
}

// ---- sizeof does not evaluate its operand (except VLAs) ----
static void test_sizeof_unevaluated(void) {
  int i = 0;
  ASSERT(4, sizeof(i++));
  ASSERT(0, i);
  ASSERT(4, sizeof i++);
  ASSERT(0, i);
  ASSERT(4, sizeof(i = 5));
  ASSERT(0, i);
  gcalls = 0;
  ASSERT(4, sizeof(counted()));
  ASSERT(0, gcalls);
  ASSERT(8, sizeof(counted() + 1L));
  ASSERT(0, gcalls);
  int arr[4] = {0};
  ASSERT(4, sizeof(arr[i++]));
  ASSERT(0, i);
  ASSERT(8, sizeof(&arr[i++]));
  ASSERT(0, i);
  ASSERT(1, sizeof((char)i++));
  ASSERT(0, i);
  ASSERT(4, _Alignof(int));
  int n = 3;
  int va[n];
  ASSERT(4, sizeof(va[i++]));
  ASSERT(0, i);
  ASSERT(12, sizeof(va));
  ASSERT(8, sizeof(int[i++ + 2]));
  ASSERT(1, i);
  int vm[n][n];
  ASSERT(12, sizeof(vm[i++]));
  ASSERT(2, i);
  ASSERT(4, sizeof(vm[i++][0]));
  ASSERT(2, i);
  char *s = 0;
  ASSERT(1, sizeof(*s));
  ASSERT(4, sizeof(((struct P *)0)->y));
}

// ---- alloca ----
static void test_alloca(void) {
  int before = 12345;
  char *p = alloca(16);
  ASSERT(0, (long)p % 16);
  memset(p, 'x', 16);
  ASSERT('x', p[15]);
  ASSERT(12345, before);
  char *q = alloca(100);
  ASSERT(0, (long)q % 16);
  ASSERT(1, q + 100 <= p || p + 16 <= q);
  memset(q, 0, 100);
  ASSERT('x', p[0]);
  ASSERT(0, q[99]);
  int *ip = alloca(10 * sizeof(int));
  for (int i = 0; i < 10; i++) ip[i] = i * 3;
  ASSERT(27, ip[9]);
  ASSERT(12345, before);
  ASSERT(36, many_args(1, 2, 3, 4, 5, 6, 7, 8));
  ASSERT(27, ip[9]);
  ASSERT('x', p[7]);
  char *odd = alloca(3);
  ASSERT(0, (long)odd % 16);
  odd[0] = 1; odd[2] = 3;
  ASSERT(4, odd[0] + odd[2]);
  ASSERT(20, alloca_loop());
  alloca_fill(50, 2);
  ASSERT(100, gcalls);
  int n = 6;
  int vla[n];
  char *r = alloca(8);
  vla[5] = 66;
  memset(r, 1, 8);
  ASSERT(66, vla[5]);
  ASSERT(24, sizeof(vla));
  ASSERT(12345, before);
}

// An enum is compatible with its underlying type, unsigned int here (no
// negative enumerator) or int: redeclarations may mix them, and _Generic
// takes the enum for that type.
enum gen_u { GEN_U };
enum gen_s { GEN_S = -1 };
extern enum gen_u gen_uvar;
extern unsigned gen_uvar;
unsigned gen_uvar = 7;
int gen_sfn(enum gen_s);
int gen_sfn(int x) { return x + 1; }
static void test_enum_compatible(void) {
  ASSERT(7, gen_uvar);
  ASSERT(0, gen_sfn(GEN_S));
  ASSERT(1, _Generic((enum gen_u)0, unsigned: 1, default: 2));
  ASSERT(2, _Generic((enum gen_u)0, int: 1, default: 2));
  ASSERT(1, _Generic((enum gen_s)0, int: 1, default: 2));
}

int main() {
  test_enum_compatible();
  test_generic_basic();
  test_generic_promotions();
  test_generic_lvalues();
  test_static_assert();
  test_member_compound_assignment();
  test_const();
  test_vla();
  test_sizeof_unevaluated();
  test_alloca();
  test_done(__FILE__);
  return 0;
}
