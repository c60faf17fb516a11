#include "test.h"

// Initializers: of globals (constant expressions, arrays, structs, unions,
// addresses), of static and automatic locals, designated initializers,
// aggregates with and without inner braces, strings, compound literals.

int func(int x) { return x * 2; }
int inc(int x) { return x + 1; }

struct P { int x, y; };
struct S { int a; int arr[5]; };
struct Nested { struct P p; int q[2]; };
struct WithStr { char name[8]; int v; };
struct WithPtr { char *name; int v; };
struct Entry { char *name; int (*fn)(int); };
union U { int i; char c[4]; };
union U2 { char c; int i; };

// ---- scalar globals and constant expressions ----
int g = 5;
int gbrace = {7};
long gl = (long)sizeof(int) * 3;
char gc = 'a' + 1;
int gx = 1 << 4 | 2;
char gcast = (char)300;
unsigned char guc = -1;
short gsh = (short)65535;
double gd = 1.5 * 2;
int gdi = 3.9;
float gf = 1 / 2;
int gtern = sizeof(int) == 4 ? 10 : 20;
_Bool gbool = 256;
_Bool gbool2 = 0.5;
unsigned long gcount = sizeof(long[10]) / sizeof(long);
long gneg = -5;
unsigned gbig = 4000000000u;
int gsz[3 * 4];
char gcharsz['a' - 'a' + 3];
int gfloatsz[(int)2.5];
int gnot = !0 + ~0 + -(-3);
long gshift = 1L << 40;

// ---- global arrays ----
int g_arr[10] = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
int g_part[5] = {1, 2};
int g_unsized[] = {1, 2, 3};
int g_des[] = {[5] = 1};
int g_des2[] = {1, [10] = 2, 3};
int g_mix[6] = {[1] = 1, 2, [4] = 4, 5};
int g2d[2][3] = {1, 2, 3, 4};
int g2d_b[2][3] = {{1}, {4, 5}};
int table[3][4] = {{0, 1, 2, 3}, {10, 11, 12, 13}, {20, 21, 22, 23}};
int g_zero[100];
char gbuf[] = "abc";
char gbuf3[3] = "abc";
char gbuf10[10] = "ab";
char gbrstr[] = {"xyz"};
char gstr_arr[][4] = {"a", "bc", "def"};
char gchars[] = {'a', 98, 'c' + 0};

// ---- global structs and unions ----
struct S gstruct = {1, {10, 11, 12, 13, 14}};
struct S gstruct_flat = {1, 10, 11, 12};
struct P gpt = {.y = 2};
struct P gpts[] = {1, 2, 3, 4, 5};
struct P gpt_des[] = {[2].y = 5, [0] = {1, 2}};
struct Nested gnest = {{1, 2}, {3, 4}};
struct Nested gnest2 = {1, 2, 3, 4};
struct Nested gnest3 = {.q[1] = 9, .p.x = 8};
struct WithStr gws[] = {{"ab", 1}, {"cdefg", 2}};
struct WithPtr gwp[] = {{"x", 1}, {"yz", 2}};
union U gu = {0x01020304};
union U gu2 = {.c = {1, 2}};
union U2 gu3 = {.i = 0x1234};

// ---- global initializers holding addresses ----
int *gp = &g;
int *gq = g_arr + 3;
int *gq2 = &g_arr[7] - 2;
int *gpe = &g_arr[10];
int *gr = &table[2][1];
int *gr2 = table[1] + 3;
int (*grow)[4] = table + 1;
int *gm = &gstruct.arr[3];
int *gm2 = gstruct.arr + 1;
int *gm3 = &gstruct.a;
char *gs = "hello";
char *gt = "hello" + 2;
char *gt2 = &"world"[3];
char *gpb = gbuf + 1;
char **gpps = &gs;
int (*gfp)(int) = func;
int (*gfp2)(int) = &inc;
struct S *gps = &gstruct;
struct P *gpp1 = &gpts[1];
int *gpm = &gws[1].v;
char *gsp = gws[1].name;
char *gsp2 = &gws[1].name[2];
char *gstrs[] = {"ab", "cde", 0};
char *gstrs2[] = {gbuf, gbuf + 2};
int *gptrs[] = {&g, g_arr + 1, &table[1][2]};
int *gnull = 0;
void *gvp = &g_arr;
int (*gparr)[10] = &g_arr;
struct P *gcl = &(struct P){3, 4};
int *gcl_arr = (int[]){4, 5, 6};
struct Entry gtable[] = {{"dbl", func}, {"inc", inc}};
struct { int *p; char *s; } gps2 = {&g_arr[2], "str" + 1};
long gl_addr = 0;

// ---- static locals ----
int counter(void) {
  static int c = 10;
  return c++;
}

int *static_addr(void) {
  static int x = 5;
  return &x;
}

int static_arr(int i) {
  static int a[3] = {1, 2};
  a[i]++;
  return a[0] * 100 + a[1] * 10 + a[2];
}

int *static_ptr(void) {
  static int *p = &g;
  return p;
}

char *static_str(void) {
  static char s[] = "stat";
  s[0]++;
  return s;
}

int static_struct(void) {
  static struct P p = {.y = 1};
  p.x += p.y;
  p.y *= 2;
  return p.x;
}

// ---- global scalars ----
static void test_global_scalars(void) {
  ASSERT(5, g);
  ASSERT(7, gbrace);
  ASSERT(12, gl);
  ASSERT('b', gc);
  ASSERT(18, gx);
  ASSERT(44, gcast);
  ASSERT(255, guc);
  ASSERT(-1, gsh);
  ASSERT(3, gd);
  ASSERT(1, gd == 3.0);
  ASSERT(3, gdi);
  ASSERT(1, gf == 0.0f);
  ASSERT(10, gtern);
  ASSERT(1, gbool);
  ASSERT(1, gbool2);
  ASSERT(10, gcount);
  ASSERT(-5, gneg);
  ASSERT(4000000000, gbig);
  ASSERT(48, sizeof(gsz));
  ASSERT(3, sizeof(gcharsz));
  ASSERT(8, sizeof(gfloatsz));
  ASSERT(3, gnot);
  ASSERT(1099511627776, gshift);
}

// ---- global arrays ----
static void test_global_arrays(void) {
  ASSERT(40, sizeof(g_arr));
  ASSERT(9, g_arr[9]);
  ASSERT(2, g_part[1]);
  ASSERT(0, g_part[2]);
  ASSERT(0, g_part[4]);
  ASSERT(12, sizeof(g_unsized));
  ASSERT(3, g_unsized[2]);
  ASSERT(24, sizeof(g_des));
  ASSERT(1, g_des[5]);
  ASSERT(0, g_des[0]);
  ASSERT(48, sizeof(g_des2));
  ASSERT(2, g_des2[10]);
  ASSERT(3, g_des2[11]);
  ASSERT(0, g_des2[1]);
  ASSERT(0, g_mix[0]);
  ASSERT(1, g_mix[1]);
  ASSERT(2, g_mix[2]);
  ASSERT(0, g_mix[3]);
  ASSERT(4, g_mix[4]);
  ASSERT(5, g_mix[5]);
  ASSERT(3, g2d[0][2]);
  ASSERT(4, g2d[1][0]);
  ASSERT(0, g2d[1][1]);
  ASSERT(1, g2d_b[0][0]);
  ASSERT(0, g2d_b[0][1]);
  ASSERT(4, g2d_b[1][0]);
  ASSERT(5, g2d_b[1][1]);
  ASSERT(0, g2d_b[1][2]);
  ASSERT(22, table[2][2]);
  ASSERT(0, g_zero[99]);
  ASSERT(4, sizeof(gbuf));
  ASSERT(0, strcmp(gbuf, "abc"));
  ASSERT(3, sizeof(gbuf3));
  ASSERT('c', gbuf3[2]);
  ASSERT(10, sizeof(gbuf10));
  ASSERT('b', gbuf10[1]);
  ASSERT(0, gbuf10[2]);
  ASSERT(0, gbuf10[9]);
  ASSERT(4, sizeof(gbrstr));
  ASSERT('z', gbrstr[2]);
  ASSERT(12, sizeof(gstr_arr));
  ASSERT(0, strcmp(gstr_arr[1], "bc"));
  ASSERT('f', gstr_arr[2][2]);
  ASSERT(0, gstr_arr[0][1]);
  ASSERT(3, sizeof(gchars));
  ASSERT('b', gchars[1]);
  ASSERT('c', gchars[2]);
}

// ---- global structs and unions ----
static void test_global_structs(void) {
  ASSERT(1, gstruct.a);
  ASSERT(14, gstruct.arr[4]);
  ASSERT(12, gstruct_flat.arr[2]);
  ASSERT(0, gstruct_flat.arr[3]);
  ASSERT(0, gpt.x);
  ASSERT(2, gpt.y);
  ASSERT(24, sizeof(gpts));
  ASSERT(5, gpts[2].x);
  ASSERT(0, gpts[2].y);
  ASSERT(24, sizeof(gpt_des));
  ASSERT(1, gpt_des[0].x);
  ASSERT(2, gpt_des[0].y);
  ASSERT(0, gpt_des[1].y);
  ASSERT(5, gpt_des[2].y);
  ASSERT(2, gnest.p.y);
  ASSERT(4, gnest.q[1]);
  ASSERT(3, gnest2.q[0]);
  ASSERT(8, gnest3.p.x);
  ASSERT(0, gnest3.p.y);
  ASSERT(0, gnest3.q[0]);
  ASSERT(9, gnest3.q[1]);
  ASSERT(0, strcmp(gws[1].name, "cdefg"));
  ASSERT(0, gws[0].name[7]);
  ASSERT(2, gws[1].v);
  ASSERT(0, strcmp(gwp[1].name, "yz"));
  ASSERT(1, gwp[0].v);
  ASSERT(4, gu.c[0]);
  ASSERT(1, gu.c[3]);
  ASSERT(0x0201, gu2.i);
  ASSERT(0x34, gu3.c);
}

// ---- global address initializers ----
static void test_global_addresses(void) {
  ASSERT(5, *gp);
  ASSERT(1, gp == &g);
  ASSERT(3, *gq);
  ASSERT(5, *gq2);
  ASSERT(10, gpe - g_arr);
  ASSERT(21, *gr);
  ASSERT(13, *gr2);
  ASSERT(12, (*grow)[2]);
  ASSERT(13, *gm);
  ASSERT(11, *gm2);
  ASSERT(1, *gm3);
  ASSERT(0, strcmp(gs, "hello"));
  ASSERT(0, strcmp(gt, "llo"));
  ASSERT('l', *gt2);
  ASSERT('b', *gpb);
  ASSERT('h', **gpps);
  ASSERT(10, gfp(5));
  ASSERT(6, gfp2(5));
  ASSERT(12, gps->arr[2]);
  ASSERT(3, gpp1->x);
  ASSERT(2, *gpm);
  ASSERT('c', *gsp);
  ASSERT('e', *gsp2);
  ASSERT(0, strcmp(gstrs[1], "cde"));
  ASSERT(1, gstrs[2] == 0);
  ASSERT(24, sizeof(gstrs));
  ASSERT('a', gstrs2[0][0]);
  ASSERT('c', gstrs2[1][0]);
  ASSERT(5, *gptrs[0]);
  ASSERT(1, *gptrs[1]);
  ASSERT(12, *gptrs[2]);
  ASSERT(1, gnull == 0);
  ASSERT(1, gvp == (void *)g_arr);
  ASSERT(7, (*gparr)[7]);
  ASSERT(4, gcl->y);
  ASSERT(5, gcl_arr[1]);
  ASSERT(8, gtable[0].fn(4));
  ASSERT(5, gtable[1].fn(4));
  ASSERT(0, strcmp(gtable[1].name, "inc"));
  ASSERT(2, *gps2.p);
  ASSERT('t', *gps2.s);
  gstruct.arr[3] = 99;
  ASSERT(99, *gm);
  g = 8;
  ASSERT(8, *gp);
  ASSERT(8, *gptrs[0]);
  g = 5;
}

// ---- static locals ----
static void test_static_locals(void) {
  ASSERT(10, counter());
  ASSERT(11, counter());
  ASSERT(12, counter());
  ASSERT(5, *static_addr());
  *static_addr() = 42;
  ASSERT(42, *static_addr());
  ASSERT(1, static_addr() == static_addr());
  ASSERT(130, static_arr(1));
  ASSERT(131, static_arr(2));
  ASSERT(231, static_arr(0));
  ASSERT(1, static_ptr() == &g);
  ASSERT(0, strcmp(static_str(), "ttat"));
  ASSERT(0, strcmp(static_str(), "utat"));
  ASSERT(1, static_struct());
  ASSERT(3, static_struct());
  ASSERT(7, static_struct());
}

// ---- local scalars ----
static void test_local_scalars(void) {
  int x = {3};
  ASSERT(3, x);
  double d = {1.5};
  ASSERT(1, d == 1.5);
  char *p = {"abc"};
  ASSERT('b', p[1]);
  char c = 300;
  ASSERT(44, c);
  unsigned char uc = -1;
  ASSERT(255, uc);
  short s = 70000;
  ASSERT(4464, s);
  _Bool b = 5;
  ASSERT(1, b);
  _Bool b0 = 0.0;
  ASSERT(0, b0);
  int y = x * 2 + 1;
  ASSERT(7, y);
  int fromfn = func(y);
  ASSERT(14, fromfn);
  int (*fp)(int) = func;
  ASSERT(6, fp(3));
  int a = 1, bb = a + 1, cc = bb * 3;
  ASSERT(6, cc);
  long l = -1;
  unsigned long ul = -1;
  ASSERT(-1, l);
  ASSERT(1, ul == 0xffffffffffffffff);
  int xi = 1 << 4 | 2;
  ASSERT(18, xi);
  char ci = 'a' + 1;
  ASSERT('b', ci);
  int sz = sizeof(long) * 2;
  ASSERT(16, sz);
  char cc2 = (char)300;
  ASSERT(44, cc2);
  int ci2 = (unsigned char)-1;
  ASSERT(255, ci2);
}

// ---- local arrays ----
static void test_local_arrays(void) {
  int a[] = {1, 2, 3};
  ASSERT(12, sizeof(a));
  ASSERT(3, a[2]);
  int b[5] = {1, 2};
  ASSERT(2, b[1]);
  ASSERT(0, b[2]);
  ASSERT(0, b[4]);
  int t[4] = {1, 2, 3, 4,};
  ASSERT(16, sizeof(t));
  int z[100] = {0};
  ASSERT(0, z[0]);
  ASSERT(0, z[50]);
  ASSERT(0, z[99]);
  int m[2][3] = {1, 2, 3, 4};
  ASSERT(3, m[0][2]);
  ASSERT(4, m[1][0]);
  ASSERT(0, m[1][1]);
  ASSERT(0, m[1][2]);
  int m2[2][3] = {{1}, {4, 5}};
  ASSERT(1, m2[0][0]);
  ASSERT(0, m2[0][2]);
  ASSERT(5, m2[1][1]);
  ASSERT(0, m2[1][2]);
  int m3[][2] = {1, 2, 3};
  ASSERT(16, sizeof(m3));
  ASSERT(3, m3[1][0]);
  ASSERT(0, m3[1][1]);
  int m4[][2] = {{1}, {2}, {3}};
  ASSERT(24, sizeof(m4));
  ASSERT(3, m4[2][0]);
  ASSERT(0, m4[2][1]);
  int m5[2][2][2] = {1, 2, {3}, 5};
  ASSERT(3, m5[0][1][0]);
  ASSERT(0, m5[0][1][1]);
  ASSERT(5, m5[1][0][0]);
  int f[3] = {func(1), func(2), func(3)};
  ASSERT(6, f[2]);
  int sz12[3 * 4];
  ASSERT(48, sizeof(sz12));
  char bsz[sizeof(int) * 2];
  ASSERT(8, sizeof(bsz));
  int e['c' - 'a'];
  ASSERT(8, sizeof(e));
  int szp[sizeof(struct P) / 2];
  ASSERT(16, sizeof(szp));
  for (int i = 0; i < 3; i++) {
    int r[3] = {0};
    r[i] += 5;
    ASSERT(5, r[0] + r[1] + r[2]);
    int k = i;
    ASSERT(i, k);
  }
}

// ---- designated initializers ----
static void test_designated(void) {
  int a[5] = {[3] = 3, [1] = 1};
  ASSERT(0, a[0]);
  ASSERT(1, a[1]);
  ASSERT(0, a[2]);
  ASSERT(3, a[3]);
  ASSERT(0, a[4]);
  int b[5] = {[1] = 1, 2, 3};
  ASSERT(0, b[0]);
  ASSERT(2, b[2]);
  ASSERT(3, b[3]);
  ASSERT(0, b[4]);
  int c[3] = {[0] = 1, [0] = 2};
  ASSERT(2, c[0]);
  int c2[4] = {1, 2, 3, 4, [1] = 9};
  ASSERT(1, c2[0]);
  ASSERT(9, c2[1]);
  ASSERT(3, c2[2]);
  int c3[4] = {1, 2, [0] = 7, 8};
  ASSERT(7, c3[0]);
  ASSERT(8, c3[1]);
  ASSERT(0, c3[2]);
  int d[] = {[5] = 1};
  ASSERT(24, sizeof(d));
  ASSERT(1, d[5]);
  ASSERT(0, d[4]);
  int d2[] = {[2] = 2, [0] = 0, 1, 2, 3};
  ASSERT(16, sizeof(d2));
  ASSERT(3, d2[3]);
  int d3[] = {[1] = 1, [7] = 7, [3] = 3};
  ASSERT(32, sizeof(d3));
  ASSERT(0, d3[6]);
  ASSERT(7, d3[7]);
  struct P p = {.y = 5, .x = 6};
  ASSERT(6, p.x);
  ASSERT(5, p.y);
  struct P p2 = {.y = 3};
  ASSERT(0, p2.x);
  struct { int a; int b; int c; } s = {.b = 1, 2};
  ASSERT(0, s.a);
  ASSERT(1, s.b);
  ASSERT(2, s.c);
  struct { int a; int b; int c; } s2 = {.c = 3, .a = 1, 2};
  ASSERT(1, s2.a);
  ASSERT(2, s2.b);
  ASSERT(3, s2.c);
  struct { struct { int b[3]; } a; int z; } n = {.a.b[2] = 5, 7};
  ASSERT(0, n.a.b[0]);
  ASSERT(5, n.a.b[2]);
  ASSERT(7, n.z);
  struct { int x[3]; int y; } o = {.x = {1, 2, 3}, .x[1] = 9};
  ASSERT(1, o.x[0]);
  ASSERT(9, o.x[1]);
  ASSERT(3, o.x[2]);
  ASSERT(0, o.y);
  struct P ps[3] = {[1].y = 4, [2] = {7, 8}, [0].x = 1};
  ASSERT(1, ps[0].x);
  ASSERT(0, ps[0].y);
  ASSERT(0, ps[1].x);
  ASSERT(4, ps[1].y);
  ASSERT(8, ps[2].y);
  struct Nested nn = {.q = {5, 6}, .p = {.y = 2}};
  ASSERT(0, nn.p.x);
  ASSERT(2, nn.p.y);
  ASSERT(6, nn.q[1]);
  struct Nested nn2 = {.p.y = 3, 4, 5};
  ASSERT(3, nn2.p.y);
  ASSERT(4, nn2.q[0]);
  ASSERT(5, nn2.q[1]);
  int mat[3][3] = {[1][1] = 5, [2] = {7, 8}, [0][2] = 3};
  ASSERT(3, mat[0][2]);
  ASSERT(5, mat[1][1]);
  ASSERT(0, mat[1][2]);
  ASSERT(8, mat[2][1]);
  ASSERT(0, mat[2][2]);
  int mat2[2][3] = {[1] = 1, 2, 3};
  ASSERT(1, mat2[1][0]);
  ASSERT(3, mat2[1][2]);
  ASSERT(0, mat2[0][0]);
}

// ---- nested aggregates with and without braces ----
static void test_nested_aggregates(void) {
  struct S s = {1, 2, 3, 4};
  ASSERT(1, s.a);
  ASSERT(2, s.arr[0]);
  ASSERT(4, s.arr[2]);
  ASSERT(0, s.arr[3]);
  struct S s2 = {1, {2}, };
  ASSERT(2, s2.arr[0]);
  ASSERT(0, s2.arr[1]);
  struct Nested n = {1, 2, 3};
  ASSERT(1, n.p.x);
  ASSERT(2, n.p.y);
  ASSERT(3, n.q[0]);
  ASSERT(0, n.q[1]);
  struct Nested n2 = {{1}, 5};
  ASSERT(0, n2.p.y);
  ASSERT(5, n2.q[0]);
  struct P ps[] = {1, 2, 3, 4, 5};
  ASSERT(24, sizeof(ps));
  ASSERT(0, ps[2].y);
  struct P ps2[3] = {{1, 2}, {3}};
  ASSERT(3, ps2[1].x);
  ASSERT(0, ps2[1].y);
  ASSERT(0, ps2[2].x);
  struct P pa = {3, 4};
  struct P pb = pa;
  ASSERT(4, pb.y);
  struct P parr[2] = {pa, {5, 6}};
  ASSERT(3, parr[0].x);
  ASSERT(6, parr[1].y);
  struct Nested nx = {pa, {7, 8}};
  ASSERT(4, nx.p.y);
  ASSERT(8, nx.q[1]);
  struct Nested ny = {pa, 9};
  ASSERT(9, ny.q[0]);
  struct Nested big[2] = {1, 2, 3, 4, 5};
  ASSERT(4, big[0].q[1]);
  ASSERT(5, big[1].p.x);
  ASSERT(0, big[1].q[1]);
}

// ---- strings initialising char arrays ----
static void test_strings(void) {
  char s[] = "abc";
  ASSERT(4, sizeof(s));
  ASSERT(0, s[3]);
  s[0] = 'x';
  ASSERT(0, strcmp(s, "xbc"));
  char s3[3] = "abc";
  ASSERT(3, sizeof(s3));
  ASSERT('c', s3[2]);
  char s10[10] = "ab";
  ASSERT(10, sizeof(s10));
  ASSERT('b', s10[1]);
  ASSERT(0, s10[2]);
  ASSERT(0, s10[9]);
  char sb[] = {"hi"};
  ASSERT(3, sizeof(sb));
  char se[] = "";
  ASSERT(1, sizeof(se));
  ASSERT(0, se[0]);
  char sesc[] = "a\0b";
  ASSERT(4, sizeof(sesc));
  ASSERT('b', sesc[2]);
  char s2d[2][4] = {"ab", "cde"};
  ASSERT(8, sizeof(s2d));
  ASSERT(0, s2d[0][2]);
  ASSERT(0, s2d[0][3]);
  ASSERT('e', s2d[1][2]);
  char sx[][3] = {"a", "bc", "d"};
  ASSERT(9, sizeof(sx));
  ASSERT('d', sx[2][0]);
  char *strs[] = {"one", "two", "three"};
  ASSERT(24, sizeof(strs));
  ASSERT('h', strs[2][1]);
  char concat[] = "ab" "cd";
  ASSERT(5, sizeof(concat));
  struct WithStr w = {"hi", 3};
  ASSERT(0, strcmp(w.name, "hi"));
  ASSERT(0, w.name[5]);
  ASSERT(3, w.v);
  struct WithStr wa[] = {"ab", 1, "cd", 2};
  ASSERT(2, sizeof(wa) / sizeof(wa[0]));
  ASSERT('d', wa[1].name[1]);
  ASSERT(2, wa[1].v);
  struct WithStr wd = {.v = 4, .name = "xyz"};
  ASSERT('z', wd.name[2]);
  ASSERT(0, wd.name[3]);
  struct { char c[3]; int i; } full = {"abc", 5};
  ASSERT('c', full.c[2]);
  ASSERT(5, full.i);
}

// ---- compound literals ----
static void test_compound_literals(void) {
  ASSERT(2, ((int[]){1, 2, 3})[1]);
  ASSERT(16, sizeof((int[]){1, 2, 3, 4}));
  ASSERT(12, sizeof((int[]){[2] = 0}));
  ASSERT(5, (int){5});
  ASSERT(2, ((struct P){1, 2}).y);
  ASSERT(4, (&(struct P){3, 4})->y);
  struct P *pp = &(struct P){3, 4};
  ASSERT(3, pp->x);
  pp->x = 10;
  ASSERT(10, pp->x);
  int *ip = (int[]){1, 2, 3};
  ip[0] = 9;
  ASSERT(9, ip[0]);
  ASSERT(3, ip[2]);
  (struct P){1, 2}.x = 5;
  int *sp = &(int){7};
  *sp += 1;
  ASSERT(8, *sp);
  ((int[]){1, 2})[0] = 3;
  struct P q = (struct P){.y = 9};
  ASSERT(0, q.x);
  ASSERT(9, q.y);
  q = (struct P){q.y, q.x};
  ASSERT(9, q.x);
  ASSERT(0, q.y);
  char *cs = (char[]){"lit"};
  ASSERT('t', cs[2]);
  int total = 0;
  for (int i = 0; i < 3; i++) {
    int *arr = (int[]){i, i * 2, 0};
    arr[2] = arr[0] + arr[1];
    total += arr[2];
  }
  ASSERT(9, total);
  ASSERT(1, ((struct Nested){{1, 2}, {3}}).p.x);
  ASSERT(0, ((struct Nested){{1, 2}, {3}}).q[1]);
  ASSERT(3, ((int[][2]){1, 2, 3})[1][0]);
  ASSERT(7, func(((struct P){3, 4}).y) - 1);
  union U cu = (union U){.c = {1, 1}};
  ASSERT(0x0101, cu.i);
}

// ---- unions ----
static void test_unions(void) {
  union U u = {0x01020304};
  ASSERT(4, u.c[0]);
  ASSERT(1, u.c[3]);
  union U u2 = {.c = {1, 2, 3, 4}};
  ASSERT(0x04030201, u2.i);
  union U2 u3 = {.i = 0x1234};
  ASSERT(0x34, u3.c);
  ASSERT(0x1234, u3.i);
  union U2 u4 = {'a'};
  ASSERT('a', u4.c);
  struct { int tag; union { int i; double d; } v; } tv = {1, {.d = 2.5}};
  ASSERT(1, tv.tag);
  ASSERT(1, tv.v.d == 2.5);
  struct { int tag; union { int i; double d; } v; } tv2 = {2, 7};
  ASSERT(7, tv2.v.i);
}

// ---- static locals with aggregates ----
static void test_static_aggregates(void) {
  static int sa[] = {1, 2, 3};
  static char *ss = "static";
  static struct P sp = {.y = 3};
  static int *sptr = &g_arr[4];
  static int sz[10];
  static struct Nested sn = {.q[1] = 2};
  ASSERT(12, sizeof(sa));
  ASSERT(3, sa[2]);
  ASSERT('t', ss[1]);
  ASSERT(3, sp.y);
  ASSERT(4, *sptr);
  ASSERT(0, sz[9]);
  ASSERT(2, sn.q[1]);
  ASSERT(0, sn.p.x);
}

// Designators into a member's members, one after the other; a braced
// initializer replaces what designators gave the same element before; a
// file-scope compound literal (even of an empty struct) as a member's
// initializer.
struct dpoint { int x, y; };
struct dnest { struct dpoint a; int z; };
struct dempty {};
struct dwith { struct dempty e; struct dpoint p; int v; };
static struct dwith dw = { (struct dempty){}, (struct dpoint){1, 2}, 3 };

static void test_designator_corners(void) {
  struct dnest t = { .a.x = 7, .a.y = 8 };
  ASSERT(7, t.a.x);
  ASSERT(8, t.a.y);
  ASSERT(0, t.z);
  struct dnest u = { .a.x = 1, 2, 3 };
  ASSERT(2, u.a.y);
  ASSERT(3, u.z);
  struct dpoint p[] = { [1].y = 2, [0] = { 3 }, { .x = 5 } };
  ASSERT(2, sizeof(p) / sizeof(*p));
  ASSERT(3, p[0].x);
  ASSERT(0, p[0].y);
  ASSERT(5, p[1].x);
  ASSERT(0, p[1].y);
  ASSERT(1, dw.p.x);
  ASSERT(2, dw.p.y);
  ASSERT(3, dw.v);
}

// A string initializes an array as its characters, and a designator may
// still reach into the array afterwards; a long string in a local array
// is copied at once (more than 256 bytes), a short one stored per char.
struct sname { char s[6]; int n; };
struct sflex { int n; char s[]; };
#define S300 "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
static struct sname gsn = { "abc", .s[1] = 'X', .n = 4 };
static struct sname gsn2 = { .s[4] = 'Y', .s = "ab" };
static struct sflex gsf = { 2, "hi" };
// The elements of a flexible array member follow the struct in the object
// but do not count in sizeof, braced or by brace elision (as in gcc).
static struct sflex gsf2 = { 3, 'a', 'b', 'c' };
static struct sflex gsf3 = { 4, { 'w', 'x', 'y', 'z' } };
static char gs300[] = S300;
static char gs4[4] = "abcdef";
static int gwide[] = L"wide";

static void test_string_arrays(void) {
  ASSERT('a', gsn.s[0]);
  ASSERT('X', gsn.s[1]);
  ASSERT('c', gsn.s[2]);
  ASSERT(0, gsn.s[3]);
  ASSERT(4, gsn.n);
  ASSERT('b', gsn2.s[1]);
  ASSERT(0, gsn2.s[4]);
  ASSERT('i', gsf.s[1]);
  ASSERT(4, sizeof(gsf));
  ASSERT(4, sizeof(gsf2));
  ASSERT(4, sizeof(gsf3));
  ASSERT('c', gsf2.s[2]);
  ASSERT('z', gsf3.s[3]);
  ASSERT(3, gsf2.n + gsf.n - 2);
  ASSERT(311, sizeof(gs300));
  ASSERT('Z', gs300[309]);
  ASSERT(0, gs300[310]);
  ASSERT('d', gs4[3]);
  ASSERT(5, sizeof(gwide) / sizeof(*gwide));
  ASSERT('e', gwide[3]);

  struct sname sn = { "abc", .s[1] = 'X', .n = 4 };
  ASSERT('a', sn.s[0]);
  ASSERT('X', sn.s[1]);
  ASSERT('c', sn.s[2]);
  ASSERT(0, sn.s[5]);
  struct sname sn2 = { .s[4] = 'Y', .s = "ab" };
  ASSERT('b', sn2.s[1]);
  ASSERT(0, sn2.s[4]);
  char s300[] = S300;
  ASSERT(311, sizeof(s300));
  ASSERT('0', s300[0]);
  ASSERT('Z', s300[309]);
  ASSERT(0, s300[310]);
  char s400[400] = S300;
  ASSERT('Y', s400[308]);
  ASSERT(0, s400[399]);
  struct { char s[320]; int n; } big = { S300, .s[2] = '!', .n = 9 };
  ASSERT('1', big.s[1]);
  ASSERT('!', big.s[2]);
  ASSERT('3', big.s[3]);
  ASSERT(0, big.s[319]);
  ASSERT(9, big.n);
  int ws[] = L"wide";
  ASSERT('w', ws[0]);
  ASSERT(0, ws[4]);
  char s2[3] = "abc";
  ASSERT('c', s2[2]);
}

// Braces elided around a struct member initialized by a struct value: the
// value is the member's, not the whole element's (9cc took it for the
// element, reading past the smaller struct).
struct el_in { int a, b; };
struct el_out { struct el_in i; int c; };
union el_u { struct el_in i; long l; };
static void test_elided_struct_values(void) {
  struct el_in x = {1, 2}, y = {3, 4};
  struct el_out arr[2] = { x, 5, y, 6 };
  ASSERT(1, arr[0].i.a);
  ASSERT(2, arr[0].i.b);
  ASSERT(5, arr[0].c);
  ASSERT(3, arr[1].i.a);
  ASSERT(4, arr[1].i.b);
  ASSERT(6, arr[1].c);
  union el_u us[2] = { y, x };
  ASSERT(3, us[0].i.a);
  ASSERT(2, us[1].i.b);
}

int main() {
  test_elided_struct_values();
  test_string_arrays();
  test_designator_corners();
  test_global_scalars();
  test_global_arrays();
  test_global_structs();
  test_global_addresses();
  test_static_locals();
  test_local_scalars();
  test_local_arrays();
  test_designated();
  test_nested_aggregates();
  test_strings();
  test_compound_literals();
  test_unions();
  test_static_aggregates();
  test_done(__FILE__);
  return 0;
}
