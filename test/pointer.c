#include "test.h"

// Pointers, arrays, strings, function pointers, many-argument calls,
// static locals and globals.

int g_int;
long g_long;
char g_chars[5];
int g_arr[10];
int *g_ptr;
int g_init = 5;
int *g_pinit = &g_init;
char *g_str = "xyz";
int g_list[] = {1, 2, 3};
int g_mat[2][3] = {{1, 2, 3}, {4, 5, 6}};
char g_word[] = "hello";
int *g_elem = &g_list[2];

int inc(int x) { return x + 1; }
int dbl(int x) { return x * 2; }
int add(int a, int b) { return a + b; }
int sub(int a, int b) { return a - b; }
int mul(int a, int b) { return a * b; }

int *get_g(int i) { return &g_arr[i]; }
int *get_list(int i) { return &g_list[i]; }

int (*pick(int n))(int) {
  if (n == 0)
    return inc;
  return dbl;
}

int apply(int (*f)(int), int x) { return f(x); }
int apply2(int f(int), int x) { return f(f(x)); }

int param_size(int a[5]) { return sizeof(a); }
int param_size2(int a[]) { return sizeof(a); }
long param_2d(int a[][3]) { return sizeof(*a); }
int param_2d_get(int a[][3], int i, int j) { return a[i][j]; }
int param_p2a(int (*a)[3], int i, int j) { return a[i][j]; }

void swap(int *a, int *b) { int t = *a; *a = *b; *b = t; }
void set_ptr(int **pp, int *v) { *pp = v; }

int my_strlen(char *s) { int n = 0; while (*s++) n++; return n; }

int sum_array(int *a, int n) { int s = 0; for (int i = 0; i < n; i++) s += a[i]; return s; }

long args10(char a, short b, int c, long d, char e, short f, int g, long h, char i, long j) {
  return a * 1L + b * 10L + c * 100L + d * 1000L + e * 10000L + f * 100000L +
         g * 1000000L + h * 10000000L + i * 100000000L + j * 1000000000L;
}

int args8(int a, int b, int c, int d, int e, int f, int g, int h) {
  return a - b - c - d - e - f - g - h;
}

long args_neg(long a, long b, long c, long d, long e, long f, char g, short h, int i) {
  return g * 1000000L + h * 1000L + i + a + b + c + d + e + f;
}

int last_of_8(int a, int b, int c, int d, int e, int f, int g, int h) { return h; }
int seventh(int a, int b, int c, int d, int e, int f, int g, int h) { return g; }
char narrow7(long a, long b, long c, long d, long e, long f, char g) { return g; }
unsigned char unarrow7(long a, long b, long c, long d, long e, long f, unsigned char g) { return g; }
short snarrow7(long a, long b, long c, long d, long e, long f, short g) { return g; }
int ptr_args(int *a, int *b, int *c, int *d, int *e, int *f, int *g, int *h) { return *a + *b + *c + *d + *e + *f + *g + *h; }

char ret_char(int x) { return x; }
unsigned char ret_uchar(int x) { return x; }
short ret_short(int x) { return x; }
int take_char(char c) { return c; }
int take_uchar(unsigned char c) { return c; }

int counter(void) { static int n; return ++n; }
int counter2(void) { static int n = 10; n += 10; return n; }
int *static_addr(void) { static int v = 42; return &v; }
char *static_buf(void) { static char buf[4] = "ab"; return buf; }

int get_later(void) { extern int later_global; return later_global; }
int later_global = 77;

// address-of and dereference
static void test_address_of(void) {
  int x = 3; int *p = &x; ASSERT(3, *p);
  *p = 5; ASSERT(5, x);
  ASSERT(5, *&x);
  ASSERT(1, &*p == p);
  (*p)++; ASSERT(6, x);
  ++*p; ASSERT(7, x);
  *p += 3; ASSERT(10, x);
  int **pp = &p; ASSERT(10, **pp);
  **pp = 11; ASSERT(11, x);
  int ***ppp = &pp; ***ppp = 12; ASSERT(12, x);
  int y = 20; *pp = &y; ASSERT(20, *p);
  ASSERT(8, sizeof(p));
  ASSERT(4, sizeof(*p));
  ASSERT(8, sizeof(pp));
  ASSERT(8, sizeof(*pp));
  ASSERT(4, sizeof(**pp));
  x = 1; y = 2; swap(&x, &y); ASSERT(2, x);
  ASSERT(1, y);
  set_ptr(&p, &y); ASSERT(1, *p);
}

// pointer arithmetic
static void test_arithmetic(void) {
  int x;
  int a[5];
  long la[3];
  char ca[8];
  for (x = 0; x < 5; x++) a[x] = x * 10;
  int *p = a;
  ASSERT(0, *p);
  ASSERT(10, *(p + 1));
  ASSERT(20, p[2]);
  ASSERT(30, 3[p]);
  ASSERT(40, *(a + 4));
  ASSERT(20, 2[a]);
  ASSERT(10, *(1 + p));
  ASSERT(2, (p + 2) - p);
  ASSERT(-3, &a[0] - &a[3]);
  ASSERT(4, (char *)(p + 1) - (char *)p);
  ASSERT(8, sizeof(p - p));
  ASSERT(8, sizeof(&a[1] - &a[0]));
  p = &a[3]; ASSERT(20, p[-1]);
  ASSERT(10, *(p - 2));
  ASSERT(0, p[-3]);
  p = a; p++; ASSERT(10, *p);
  p += 2; ASSERT(30, *p);
  p--; ASSERT(20, *p);
  p -= 2; ASSERT(0, *p);
  p = a; ASSERT(0, *p++);
  ASSERT(10, *p);
  ASSERT(20, *++p);
  ASSERT(20, *p--);
  ASSERT(10, *p);
  p = a; (*p++) += 1; ASSERT(1, a[0]);
  ASSERT(10, *p);
  p = a; x = 2; ASSERT(20, *(p + x));
  ASSERT(40, *(p + 2L + 2));
  ASSERT(10, *(p + (char)1));
  ASSERT(30, p[(long)3]);
  ASSERT(40, p[x + x]);
  x = 4; ASSERT(40, *(a + x));
  ASSERT(1, (a + 4) - x == a);
  ASSERT(3, &a[4] - (a + 1));
  la[0] = 100; la[1] = 200; la[2] = 10000000000L;
  long *lp = la;
  ASSERT(16, (char *)&la[2] - (char *)la);
  ASSERT(2, &la[2] - la);
  ASSERT(10000000000L, *(lp + 2));
  lp++; ASSERT(200, *lp);
  ca[0] = 'a'; ca[1] = 'b'; ca[2] = -1;
  char *cp = ca;
  ASSERT(98, *(cp + 1));
  ASSERT(-1, cp[2]);
  ASSERT(1, (cp + 1) - cp);
  ASSERT(255, *(unsigned char *)(cp + 2));
  ASSERT(2, (char *)&a[1] - (char *)&a[0] - 2);
  ASSERT(-4, (char *)a - (char *)&a[1]);
}

// pointer comparison
static void test_comparison(void) {
  int a[5];
  int *p = &a[1]; int *q = &a[3];
  ASSERT(1, p < q);
  ASSERT(0, p > q);
  ASSERT(1, p <= q);
  ASSERT(0, p >= q);
  ASSERT(0, p == q);
  ASSERT(1, p != q);
  ASSERT(1, p + 2 == q);
  ASSERT(1, q - 2 == p);
  ASSERT(1, p <= p);
  ASSERT(1, &a[0] < &a[4]);
  ASSERT(1, a + 5 > a);
  int x = 0; for (p = a; p < a + 5; p++) x++; ASSERT(5, x);
  x = 0; for (p = a + 4; p >= a + 1; p--) x++; ASSERT(4, x);
}

// arrays of arrays, and pointers to arrays
static void test_arrays_of_arrays(void) {
  int x;
  int y;
  int a[5] = {0, 10, 20, 30, 40};
  int m[2][3];
  int (*pa)[3];
  int (*pm)[2][3];
  for (x = 0; x < 2; x++) for (y = 0; y < 3; y++) m[x][y] = x * 10 + y;
  ASSERT(24, sizeof(m));
  ASSERT(12, sizeof(m[0]));
  ASSERT(4, sizeof(m[0][0]));
  ASSERT(12, sizeof(*m));
  ASSERT(4, sizeof(**m));
  ASSERT(8, sizeof(m + 0));
  ASSERT(8, sizeof(&m));
  ASSERT(24, sizeof(*&m));
  ASSERT(8, sizeof(m[0] + 1));
  ASSERT(12, m[1][2]);
  ASSERT(12, *(*(m + 1) + 2));
  ASSERT(12, *(m[1] + 2));
  ASSERT(12, (*(m + 1))[2]);
  ASSERT(11, 1[m][1]);
  ASSERT(2, **m + 2);
  ASSERT(10, **(m + 1));
  ASSERT(10, *m[1]);
  ASSERT(3, &m[1][0] - &m[0][0]);
  ASSERT(12, (char *)m[1] - (char *)m[0]);
  ASSERT(12, (char *)(m + 1) - (char *)m);
  ASSERT(24, (char *)(&m + 1) - (char *)m);
  ASSERT(1, (m + 1) - m);
  ASSERT(12, ((int *)m)[5]);
  ASSERT(10, ((int *)m)[3]);
  ASSERT(1, (void *)m == (void *)m[0]);
  ASSERT(1, (void *)&m == (void *)m);
  ASSERT(12, param_2d(m));
  ASSERT(11, param_2d_get(m, 1, 1));
  ASSERT(2, param_p2a(m, 0, 2));

  // pointer to array
  pa = m;
  ASSERT(12, pa[1][2]);
  ASSERT(12, sizeof(*pa));
  ASSERT(8, sizeof(pa));
  ASSERT(1, (pa + 1) - pa);
  ASSERT(12, (char *)(pa + 1) - (char *)pa);
  ASSERT(10, **(pa + 1));
  ASSERT(1, (*pa)[1]);
  pa++; ASSERT(11, (*pa)[1]);
  pm = &m;
  ASSERT(11, (*pm)[1][1]);
  ASSERT(24, sizeof(*pm));
  ASSERT(2, pm[0][0][2]);
  pa = (int (*)[3])a;
  ASSERT(30, pa[1][0]);
}

// array decay and sizeof
static void test_array_decay(void) {
  int a[5];
  long la[3];
  char ca[8];
  int *ap[3];
  ASSERT(20, sizeof(a));
  ASSERT(8, sizeof(a + 0));
  ASSERT(8, sizeof(&a));
  ASSERT(8, sizeof(&a[0]));
  ASSERT(4, sizeof(*a));
  ASSERT(5, sizeof(a) / sizeof(a[0]));
  ASSERT(20, (char *)(&a + 1) - (char *)a);
  ASSERT(1, (void *)&a == (void *)a);
  ASSERT(8, param_size(a));
  ASSERT(8, param_size2(a));
  ASSERT(24, sizeof(la));
  ASSERT(8, sizeof(ca));
  ASSERT(24, sizeof(ap));
  ASSERT(8, sizeof(ap[0]));
  a[0] = 1; a[1] = 2; a[2] = 3; a[3] = 4; a[4] = 5;
  ASSERT(15, sum_array(a, 5));
  ASSERT(9, sum_array(a + 3, 2));
  ASSERT(5, sum_array(&a[1], 2));
  ap[0] = &a[0]; ap[1] = &a[2]; ap[2] = &a[4];
  ASSERT(3, *ap[1]);
  ASSERT(5, ap[2][0]);
  ASSERT(4, ap[1][1]);
  ASSERT(2, ap[2] - ap[1]);
  int **pp = ap; ASSERT(5, **(pp + 2));
}

// string literals
static void test_string_literals(void) {
  ASSERT(4, sizeof("abc"));
  ASSERT(1, sizeof(""));
  ASSERT(0, ""[0]);
  ASSERT(98, "abc"[1]);
  ASSERT(0, "abc"[3]);
  ASSERT(99, *("abc" + 2));
  ASSERT(5, sizeof("ab" "cd"));
  ASSERT(99, "ab" "cd"[2]);
  ASSERT(4, strlen("ab" "cd"));
  ASSERT(7, sizeof("ab" "" "cd" "ef"));
  ASSERT(0, strcmp("abcd", "ab" "cd"));
  ASSERT(3, my_strlen("xyz"));
  ASSERT(0, strlen("\0abc"));
  ASSERT(5, sizeof("\0abc"));
  ASSERT(4, sizeof("\x41\102\n"));
  ASSERT(65, "\x41\102\n"[0]);
  ASSERT(66, "\x41\102\n"[1]);
  ASSERT(10, "\x41\102\n"[2]);
  ASSERT(3, sizeof("\x41" "1"));
  ASSERT(49, ("\x41" "1")[1]);
  ASSERT(65, "\1010"[0]);
  ASSERT(48, "\1010"[1]);
  ASSERT(3, sizeof("\08"));
  ASSERT(0, "\08"[0]);
  ASSERT(56, "\08"[1]);
  ASSERT(2, sizeof("\""));
  ASSERT(34, "\""[0]);
  ASSERT(39, "'"[0]);
  ASSERT(39, "\'"[0]);
  ASSERT(92, "\\"[0]);
  ASSERT(2, sizeof("\\"));
  ASSERT(7, "\a\b\f\n\r\t\v\?"[0]);
  ASSERT(8, "\a\b\f\n\r\t\v\?"[1]);
  ASSERT(12, "\a\b\f\n\r\t\v\?"[2]);
  ASSERT(13, "\a\b\f\n\r\t\v\?"[4]);
  ASSERT(11, "\a\b\f\n\r\t\v\?"[6]);
  ASSERT(63, "\a\b\f\n\r\t\v\?"[7]);
  ASSERT(-1, "\xff"[0]);
  ASSERT(-128, "\200"[0]);
  ASSERT(1, sizeof("abc"[0]));
  ASSERT(8, sizeof(&"abc"[0]));
  char *cp = "hello"; ASSERT(108, cp[3]);
  ASSERT(8, sizeof(cp));
  ASSERT(0, strcmp(cp, "hello"));
  ASSERT(8, sizeof(&"abc"));
}

// char arrays initialised from strings
static void test_char_arrays(void) {
  char s1[] = "hello";
  char s2[10] = "hi";
  char s3[3] = "abc";
  char s4[2][4] = {"ab", "cde"};
  char s5[] = {"abc"};
  char s6[] = "a\0b";
  char s7[4] = "";
  ASSERT(6, sizeof(s1));
  ASSERT(104, s1[0]);
  ASSERT(0, s1[5]);
  ASSERT(10, sizeof(s2));
  ASSERT(105, s2[1]);
  ASSERT(0, s2[2]);
  ASSERT(0, s2[9]);
  ASSERT(3, sizeof(s3));
  ASSERT(99, s3[2]);
  ASSERT(8, sizeof(s4));
  ASSERT(101, s4[1][2]);
  ASSERT(0, s4[0][3]);
  ASSERT(0, s4[1][3]);
  ASSERT(4, sizeof(s5));
  ASSERT(4, sizeof(s6));
  ASSERT(98, s6[2]);
  ASSERT(1, strlen(s6));
  ASSERT(0, s7[3]);
  s1[0] = 'j'; ASSERT(0, strcmp(s1, "jello"));
  ASSERT(5, my_strlen(s1));
  ASSERT(3, my_strlen(s4[1]));
}

// void pointers and NULL
static void test_void_null(void) {
  int a[5] = {1, 2, 3, 4, 5};
  int x = 9;
  void *v = &x;
  ASSERT(9, *(int *)v);
  int *p = v; ASSERT(9, *p);
  char *cp = v; ASSERT(9, *cp);
  v = a; ASSERT(2, ((int *)v)[1]);
  ASSERT(8, sizeof(v));
  ASSERT(1, (char *)v + 4 == (char *)&a[1]);
  p = 0; ASSERT(1, p == 0);
  ASSERT(1, p == (void *)0);
  ASSERT(1, !p);
  ASSERT(0, p != 0);
  x = 5; if (p) x = 6; ASSERT(5, x);
  p = &x; ASSERT(0, !p);
  ASSERT(1, p != (void *)0);
  x = 5; if (p) x = 6; ASSERT(6, x);
  ASSERT(1, p && 1);
  ASSERT(1, (void *)0 == (int *)0);
  ASSERT(0, (long)(void *)0);
  ASSERT(1, g_ptr == 0);
  v = 0; ASSERT(1, v == 0);
}

// function pointers
static void test_function_pointers(void) {
  int y;
  int (*fp)(int);
  int (*ops[3])(int, int);
  int *(*fpa[2])(int);
  int (**fpp)(int);
  fp = inc;
  ASSERT(2, fp(1));
  ASSERT(2, (*fp)(1));
  ASSERT(2, (**fp)(1));
  ASSERT(2, (&inc)(1));
  ASSERT(2, (*inc)(1));
  ASSERT(2, (***inc)(1));
  ASSERT(1, fp == inc);
  ASSERT(1, fp == &inc);
  ASSERT(0, fp == dbl);
  fp = &dbl; ASSERT(10, fp(5));
  ASSERT(8, sizeof(fp));
  ASSERT(8, sizeof(&inc));
  fpp = &fp; ASSERT(14, (*fpp)(7));
  ASSERT(14, (**fpp)(7));
  ASSERT(11, apply(inc, 10));
  ASSERT(20, apply(dbl, 10));
  ASSERT(12, apply2(inc, 10));
  ASSERT(40, apply2(&dbl, 10));
  ASSERT(6, pick(0)(5));
  ASSERT(10, pick(1)(5));
  ASSERT(10, (*pick(1))(5));
  ASSERT(4, apply(pick(1), 2));
  ops[0] = add; ops[1] = sub; ops[2] = mul;
  ASSERT(8, ops[0](5, 3));
  ASSERT(2, ops[1](5, 3));
  ASSERT(15, (*ops[2])(5, 3));
  ASSERT(24, sizeof(ops));
  int x = 0; for (y = 0; y < 3; y++) x += ops[y](4, 2); ASSERT(16, x);
  g_arr[1] = 111; g_list[1] = 222;
  fpa[0] = get_g; fpa[1] = get_list;
  ASSERT(111, *fpa[0](1));
  ASSERT(222, *fpa[1](1));
  ASSERT(222, *(*fpa[1])(1));
  ASSERT(3, fpa[1](0)[2]);
  ASSERT(16, sizeof(fpa));
  *fpa[0](2) = 5; ASSERT(5, g_arr[2]);
  g_arr[1] = 0; g_arr[2] = 0; g_list[1] = 2;
}

// many arguments (some passed on the stack)
static void test_many_args(void) {
  int x = 3;
  int a[5] = {1, 2, 3, 4, 5};
  ASSERT(1098765432L, args10(2, 3, 4, 5, 6, 7, 8, 9, 0, 1));
  ASSERT(-1111111111L, args10(-1, -1, -1, -1, -1, -1, -1, -1, -1, -1));
  ASSERT(2000000000L, args10(0, 0, 0, 0, 0, 0, 0, 0, 0, 2));
  ASSERT(-100000000L, args10(0, 0, 0, 0, 0, 0, 0, 0, -1, 0));
  ASSERT(100000000L, args10(0, 0, 0, 0, 0, 0, 0, 0, 257, 0));
  ASSERT(-100000L, args10(0, 0, 0, 0, 0, 65535, 0, 0, 0, 0));
  ASSERT(-20, args8(8, 7, 6, 5, 4, 3, 2, 1));
  ASSERT(8, last_of_8(1, 2, 3, 4, 5, 6, 7, 8));
  ASSERT(7, seventh(1, 2, 3, 4, 5, 6, 7, 8));
  ASSERT(-1, narrow7(0, 0, 0, 0, 0, 0, 255));
  ASSERT(255, unarrow7(0, 0, 0, 0, 0, 0, -1));
  ASSERT(-2, snarrow7(0, 0, 0, 0, 0, 0, 65534));
  ASSERT(-3002001 + 21, args_neg(1, 2, 3, 4, 5, 6, -3, -2, -1));
  ASSERT(24, ptr_args(&a[0], &a[1], &a[2], &a[3], &a[4], &a[0], &a[1], &x) - x + 6);
  ASSERT(23, add(inc(1), args8(30, 1, 1, 1, 1, 1, 1, inc(2))) - 0);
  ASSERT(13, last_of_8(1, 2, 3, 4, 5, 6, 7, add(inc(4), args8(20, 1, 1, 1, 1, 1, 1, 6))));
  ASSERT(-1, ret_char(255));
  ASSERT(255, ret_uchar(-1));
  ASSERT(-1, ret_short(65535));
  ASSERT(44, take_char(300));
  ASSERT(44, take_uchar(300));
  ASSERT(-56, take_char(200));
  ASSERT(200, take_uchar(200));
}

// static locals
static void test_static_locals(void) {
  ASSERT(1, counter());
  ASSERT(2, counter());
  ASSERT(3, counter());
  ASSERT(20, counter2());
  ASSERT(30, counter2());
  ASSERT(42, *static_addr());
  *static_addr() = 43; ASSERT(43, *static_addr());
  ASSERT(1, static_addr() == static_addr());
  static_buf()[0] = 'z'; ASSERT(122, static_buf()[0]);
  ASSERT(98, static_buf()[1]);
  ASSERT(0, static_buf()[3]);
}

// globals
static void test_globals(void) {
  ASSERT(0, g_int);
  ASSERT(0, g_long);
  ASSERT(0, g_chars[4]);
  ASSERT(0, g_arr[9]);
  ASSERT(40, sizeof(g_arr));
  ASSERT(5, g_init);
  ASSERT(5, *g_pinit);
  ASSERT(1, g_pinit == &g_init);
  ASSERT(121, g_str[1]);
  ASSERT(12, sizeof(g_list));
  ASSERT(3, g_list[2]);
  ASSERT(3, *g_elem);
  ASSERT(6, g_mat[1][2]);
  ASSERT(4, *g_mat[1]);
  ASSERT(6, sizeof(g_word));
  ASSERT(108, g_word[2]);
  g_int = 7; ASSERT(7, g_int);
  g_arr[3] = 4; ASSERT(4, *(g_arr + 3));
  int *p = g_arr; p[5] = 6; ASSERT(6, g_arr[5]);
  g_long = 10000000000L; ASSERT(10000000000L, g_long);
  g_chars[0] = 200; ASSERT(-56, g_chars[0]);
}

// extern at block scope
static void test_block_extern(void) {
  {
    extern int g_init;
    ASSERT(5, g_init);
    g_init = 9;
  }
  ASSERT(9, g_init);
  {
    int g_init = 100;
    ASSERT(100, g_init);
    {
      extern int g_init;
      ASSERT(9, g_init);
    }
  }
  ASSERT(77, get_later());
  later_global = 78;
  ASSERT(78, get_later());
}

// *p with p a void * is a void expression: allowed where no value is used
// (9cc refused it), and nothing is read (p may point nowhere).
static void test_void_deref(void) {
  void *p = 0;
  (void)*p;
  *p;
  void *q = &*p;
  ASSERT(1, q == 0);
  ASSERT(1, sizeof(*p)); // GNU: void has size 1
}

int main() {
  test_void_deref();
  test_address_of();
  test_arithmetic();
  test_comparison();
  test_arrays_of_arrays();
  test_array_decay();
  test_string_literals();
  test_char_arrays();
  test_void_null();
  test_function_pointers();
  test_many_args();
  test_static_locals();
  test_globals();
  test_block_extern();
  test_done(__FILE__);
  return 0;
}
