#include "test.h"

// Structs and unions: layouts and offsets as gcc makes them, member access,
// nesting, arrays of structs, assignment, passing and returning by value,
// tag scopes, incomplete and self-referential types, anonymous members,
// flexible array members, _Alignas; and enums and typedefs.

// ---- layouts used below ----
struct CI { char c; int i; };
struct CD { char c; double d; };
struct LC { long l; char c; };
struct IC { int i; char c; };
struct CCC { char a, b, c; };
struct CAC { char a; int arr[3]; char b; };
struct CSC { char a; short b; char c; };
struct SC5 { short a; char b[5]; };
struct Nest { char c; struct { char d; int e; } in; };
struct PtrC { char c; void *p; };
struct CF { char c; float f; char d; };
struct Empty1 { char c[0 + 1]; };
struct LI { long a; int b; };
struct IIL { int a; int b; long c; };
struct ILI { int a; long b; int c; };
struct Arr2 { char c; short s[3][2]; };

union U1 { char c[5]; int i; };
union U2 { char a; double d; };
union U3 { char c[9]; long l; };
union U4 { short s; char c; };
union Pun { int i; unsigned char b[4]; };
union FPun { float f; unsigned int i; };
union DPun { double d; unsigned long l; };

// ---- globals ----
struct Point { int x; int y; };
struct Point gp;
struct Point gpts[3];

// ---- self-referential list ----
struct Node { int val; struct Node *next; };

// ---- by-value passing and returning ----
struct S1 { char a; };
struct S2 { short a; char b; };
struct S3 { char a, b, c; };
struct S4 { int a; };
struct S8 { int a, b; };
struct S12 { int a, b, c; };
struct S16 { long a, b; };
struct SDD { double x, y; };
struct SID { int i; double d; };
struct SDI { double d; int i; };
struct SFFF { float a, b, c; };
struct SC16 { char c[16]; };
struct Big { long a, b, c; };
struct Huge { char c[100]; int n; };
struct SFI { float f; int i; };

int sum_s1(struct S1 s) { return s.a; }
int sum_s2(struct S2 s) { return s.a + s.b; }
int sum_s3(struct S3 s) { return s.a + s.b * 10 + s.c * 100; }
int sum_s4(struct S4 s) { return s.a; }
int sum_s8(struct S8 s) { return s.a - s.b; }
int sum_s12(struct S12 s) { return s.a * 100 + s.b * 10 + s.c; }
long sum_s16(struct S16 s) { return s.a * 1000 + s.b; }
double sum_sdd(struct SDD s) { return s.x - s.y; }
double sum_sid(struct SID s) { return s.i + s.d; }
double sum_sdi(struct SDI s) { return s.d * s.i; }
double sum_sfff(struct SFFF s) { return s.a + s.b * 10 + s.c * 100; }
int sum_sc16(struct SC16 s) { int t = 0; for (int i = 0; i < 16; i++) t += s.c[i]; return t; }
long sum_big(struct Big s) { return s.a * 100 + s.b * 10 + s.c; }
int sum_huge(struct Huge s) { return s.c[0] + s.c[99] + s.n; }
double sum_sfi(struct SFI s) { return s.f + s.i; }
int mod_big(struct Big s) { s.a = 99; return s.a; }
int mod_s8(struct S8 s) { s.a = 77; return s.a; }
// register exhaustion: only one GPR left, so the 16-byte struct goes on the stack
long regs_s16(long a, long b, long c, long d, long e, struct S16 s, long f) {
  return a + b + c + d + e + s.a * 100 + s.b * 10 + f;
}
long regs_s16b(long a, long b, long c, long d, struct S16 s, struct S16 t) {
  return a + b + c + d + s.a * 1000 + s.b * 100 + t.a * 10 + t.b;
}
double fregs_sdd(double a, double b, double c, double d, double e, double f, double g, struct SDD s) {
  return a + b + c + d + e + f + g + s.x * 100 + s.y * 1000;
}
long mixed_args(int a, struct Big b, int c, struct S8 d, struct SDD e) {
  return a + b.a + b.b + b.c + c + d.a + d.b + (long)e.x + (long)e.y;
}

struct S1 ret_s1(void) { struct S1 s = {7}; return s; }
struct S3 ret_s3(void) { struct S3 s = {1, 2, 3}; return s; }
struct S8 ret_s8(int a, int b) { struct S8 s; s.a = a; s.b = b; return s; }
struct S12 ret_s12(void) { struct S12 s = {4, 5, 6}; return s; }
struct S16 ret_s16(long a, long b) { struct S16 s = {a, b}; return s; }
struct SDD ret_sdd(void) { struct SDD s = {1.5, 2.5}; return s; }
struct SID ret_sid(void) { struct SID s = {3, 0.25}; return s; }
struct SDI ret_sdi(void) { struct SDI s = {0.5, 9}; return s; }
struct SFFF ret_sfff(void) { struct SFFF s = {1.0f, 2.0f, 3.0f}; return s; }
struct SFI ret_sfi(void) { struct SFI s = {2.5f, -4}; return s; }
struct SC16 ret_sc16(void) { struct SC16 s; for (int i = 0; i < 16; i++) s.c[i] = i; return s; }
struct Big ret_big(long a) { struct Big s = {a, a + 1, a + 2}; return s; }
struct Huge ret_huge(void) { struct Huge s; memset(&s, 0, sizeof s); s.c[0] = 1; s.c[99] = 2; s.n = 3; return s; }
struct Big pass_through(struct Big b) { b.b *= 2; return b; }
struct Point make_point(int x, int y) { struct Point p; p.x = x; p.y = y; return p; }
struct Point *point_ptr(void) { return &gp; }

// ---- anonymous members ----
struct Anon {
  int a;
  union { int b; float c; };
  struct { char d; char e; };
};
union AnonU { struct { short lo, hi; }; int whole; };

// ---- flexible array members ----
struct Flex { int n; int data[]; };
struct FlexC { char c; long d[]; };
struct FlexCh { int n; char s[]; };

// ---- alignment ----
struct Al16 { char a; _Alignas(16) int b; };
struct AlT { char a; _Alignas(double) char b; };
struct HasAl { char c; struct Al16 x; };
_Alignas(16) char galigned[3];
_Alignas(64) int galigned64;

// ---- enums ----
enum Color { RED, GREEN, BLUE = 10, CYAN, NEG = -3, NEG2, LAST = NEG2 * 2 };
enum { K1 = 5, K2 = K1 * 2, K3 };
int enum_arr[K2];

// Enumerators beyond int (gcc): the enum becomes unsigned int, long or
// unsigned long, and an enumerator whose value does not fit in an int
// has that type; the others stay ints.
#define ENUM_TYPE(x) _Generic((x), int: 1, unsigned: 2, long: 3, unsigned long: 4, default: 0)
enum WideU { WU_SMALL = 1, WU_BIG = 0x80000000 };
enum WideL { WL_NEG = -1, WL_BIG = 0x80000000 };
enum WideUL { WUL_SMALL = 2, WUL_BIG = 0x100000000, WUL_NEXT };
enum WideMax { WM_TOP = 0xffffffffffffffff };
enum WideMixed { WX_BIG = 0x100000000, WX_NEG = -1 };
enum WideCounted { WC_BASE = 0x7fffffffffffffffu, WC_NEXT };
struct WideInStruct { char c; enum WideUL e; };
// A packed enum narrower than int is promoted to int, even if unsigned.
enum __attribute__((packed)) PackedU { PU_ONE = 1, PU_BIG = 200 };

int enum_switch(enum Color c) {
  switch (c) {
  case RED: return 100;
  case BLUE: return 200;
  case NEG: return 300;
  default: return 400;
  }
}

// ---- typedefs ----
typedef struct { int a; char b; } TS;
typedef struct Point Point;
typedef struct Node *NodeP;
typedef union { int i; char c; } TU;

// ---- basic layouts ----
static void test_layouts(void) {
  ASSERT(8, sizeof(struct CI));
  ASSERT(16, sizeof(struct CD));
  ASSERT(16, sizeof(struct LC));
  ASSERT(8, sizeof(struct IC));
  ASSERT(3, sizeof(struct CCC));
  ASSERT(20, sizeof(struct CAC));
  ASSERT(6, sizeof(struct CSC));
  ASSERT(8, sizeof(struct SC5));
  ASSERT(12, sizeof(struct Nest));
  ASSERT(16, sizeof(struct PtrC));
  ASSERT(12, sizeof(struct CF));
  ASSERT(1, sizeof(struct Empty1));
  ASSERT(16, sizeof(struct LI));
  ASSERT(16, sizeof(struct IIL));
  ASSERT(24, sizeof(struct ILI));
  ASSERT(14, sizeof(struct Arr2));
  ASSERT(4, _Alignof(struct CI));
  ASSERT(8, _Alignof(struct CD));
  ASSERT(1, _Alignof(struct CCC));
  ASSERT(2, _Alignof(struct CSC));
  ASSERT(4, _Alignof(struct Nest));
  ASSERT(2, _Alignof(struct Arr2));
}

// ---- offsets ----
static void test_offsets(void) {
  struct CI ci; struct CD cd; struct CAC cac; struct CSC csc; struct Nest n; struct ILI ili; struct CF cf; struct Arr2 a2;
  ASSERT(0, (char *)&ci.c - (char *)&ci);
  ASSERT(4, (char *)&ci.i - (char *)&ci);
  ASSERT(8, (char *)&cd.d - (char *)&cd);
  ASSERT(4, (char *)&cac.arr - (char *)&cac);
  ASSERT(12, (char *)&cac.arr[2] - (char *)&cac);
  ASSERT(16, (char *)&cac.b - (char *)&cac);
  ASSERT(2, (char *)&csc.b - (char *)&csc);
  ASSERT(4, (char *)&csc.c - (char *)&csc);
  ASSERT(4, (char *)&n.in - (char *)&n);
  ASSERT(4, (char *)&n.in.d - (char *)&n);
  ASSERT(8, (char *)&n.in.e - (char *)&n);
  ASSERT(8, (char *)&ili.b - (char *)&ili);
  ASSERT(16, (char *)&ili.c - (char *)&ili);
  ASSERT(4, (char *)&cf.f - (char *)&cf);
  ASSERT(8, (char *)&cf.d - (char *)&cf);
  ASSERT(2, (char *)&a2.s - (char *)&a2);
  ASSERT(8, (char *)&a2.s[1][1] - (char *)&a2);
  ASSERT(12, sizeof(a2.s));
  ASSERT(4, sizeof(a2.s[0]));
  ASSERT(1, &ci.c == (char *)&ci);
  ASSERT(1, (void *)&ci == (void *)&ci.c);
}

// ---- unions ----
static void test_unions(void) {
  ASSERT(8, sizeof(union U1));
  ASSERT(8, sizeof(union U2));
  ASSERT(16, sizeof(union U3));
  ASSERT(2, sizeof(union U4));
  ASSERT(4, _Alignof(union U1));
  ASSERT(8, _Alignof(union U3));
  union Pun u; u.i = 0x12345678;
  ASSERT(0x78, u.b[0]);
  ASSERT(0x56, u.b[1]);
  ASSERT(0x34, u.b[2]);
  ASSERT(0x12, u.b[3]);
  u.b[0] = 0xff;
  ASSERT(0x123456ff, u.i);
  u.b[3] = 0x80;
  ASSERT(1, u.i < 0);
  ASSERT(0, (char *)&u.b - (char *)&u.i);
  union FPun f; f.f = 1.0f;
  ASSERT(0x3f800000, f.i);
  f.f = -2.0f;
  ASSERT(0xc0000000, f.i);
  union DPun d; d.d = 1.0;
  ASSERT(0x3ff0000000000000, d.l);
  union U3 u3; u3.l = 0x0807060504030201;
  ASSERT(1, u3.c[0]);
  ASSERT(8, u3.c[7]);
  union U4 u4; u4.s = 0x4142;
  ASSERT(0x42, u4.c);
}

// ---- member access ----
static void test_member_access(void) {
  struct Point p; p.x = 3; p.y = 4;
  ASSERT(3, p.x);
  ASSERT(4, p.y);
  struct Point *pp = &p;
  ASSERT(3, pp->x);
  pp->y = 10;
  ASSERT(10, p.y);
  ASSERT(10, (*pp).y);
  ASSERT(13, pp->x + (&p)->y);
  pp->x += 5;
  ASSERT(8, p.x);
  pp->x++;
  ASSERT(9, p.x);
  ++pp->y;
  ASSERT(11, p.y);
  pp->y *= 2;
  ASSERT(22, p.y);
  ASSERT(8, sizeof(p));
  ASSERT(4, sizeof(p.x));
  ASSERT(4, sizeof pp->y);
  ASSERT(8, sizeof(*pp));
  ASSERT(1, &p.y == &pp->y);
}

// ---- nested structs ----
static void test_nested(void) {
  struct Outer { int a; struct Inner { int b; int arr[3]; } in; int c; } o;
  o.a = 1; o.in.b = 2; o.in.arr[0] = 3; o.in.arr[2] = 5; o.c = 6;
  ASSERT(1, o.a);
  ASSERT(2, o.in.b);
  ASSERT(5, o.in.arr[2]);
  ASSERT(6, o.c);
  ASSERT(24, sizeof(o));
  ASSERT(16, sizeof(o.in));
  ASSERT(16, sizeof(struct Inner));
  struct Outer *po = &o;
  ASSERT(2, po->in.b);
  ASSERT(3, po->in.arr[0]);
  struct Inner *pi = &po->in;
  ASSERT(5, pi->arr[2]);
  pi->arr[1] = 9;
  ASSERT(9, o.in.arr[1]);
  ASSERT(20, (char *)&o.c - (char *)&o);
  ASSERT(8, (char *)&o.in.arr - (char *)&o);
}

// ---- arrays of structs ----
static void test_arrays_of_structs(void) {
  struct Point pts[4];
  for (int i = 0; i < 4; i++) { pts[i].x = i; pts[i].y = i * i; }
  ASSERT(32, sizeof(pts));
  ASSERT(4, sizeof(pts) / sizeof(pts[0]));
  ASSERT(9, pts[3].y);
  ASSERT(2, (pts + 2)->x);
  ASSERT(4, (*(pts + 2)).y);
  struct Point *p = pts;
  p++;
  ASSERT(1, p->x);
  ASSERT(8, (char *)p - (char *)pts);
  ASSERT(2, &pts[3] - p);
  ASSERT(4, p[1].y);
  ASSERT(1, &pts[1].y == &p->y);
  struct CD cds[3];
  ASSERT(48, sizeof(cds));
  ASSERT(32, (char *)&cds[2] - (char *)cds);
  ASSERT(40, (char *)&cds[2].d - (char *)cds);
}

// ---- globals ----
static void test_globals(void) {
  gp.x = 5; gp.y = 6;
  ASSERT(11, gp.x + gp.y);
  gpts[2].y = 42;
  ASSERT(42, gpts[2].y);
  ASSERT(0, gpts[1].x);
  ASSERT(6, point_ptr()->y);
  point_ptr()->x = 50;
  ASSERT(50, gp.x);
}

// ---- struct assignment / copy ----
static void test_assignment(void) {
  struct CAC a, b;
  a.a = 'x'; a.arr[0] = 1; a.arr[1] = 2; a.arr[2] = 3; a.b = 'y';
  b = a;
  ASSERT('x', b.a);
  ASSERT(3, b.arr[2]);
  ASSERT('y', b.b);
  a.arr[2] = 30;
  ASSERT(3, b.arr[2]);
  ASSERT(30, a.arr[2]);
  struct CAC c, d;
  d = c = b;
  ASSERT(2, c.arr[1]);
  ASSERT(2, d.arr[1]);
  ASSERT('y', (c = a).b);
  ASSERT(30, c.arr[2]);
  struct CAC *pa = &a;
  *pa = b;
  ASSERT(3, a.arr[2]);
  struct CAC arr[2];
  arr[1] = *pa;
  ASSERT('x', arr[1].a);
  int sel = 0;
  ASSERT(1, (sel ? a : arr[1]).arr[0]);
  struct Big b1 = {1, 2, 3}, b2;
  b2 = b1;
  b1.c = 4;
  ASSERT(3, b2.c);
  struct Huge h1, h2;
  memset(&h1, 0, sizeof h1);
  h1.c[50] = 7; h1.n = 8;
  h2 = h1;
  ASSERT(7, h2.c[50]);
  ASSERT(8, h2.n);
  ASSERT(0, memcmp(&h1, &h2, sizeof h1));
  struct S3 s3a = {1, 2, 3}, s3b;
  s3b = s3a;
  ASSERT(321, sum_s3(s3b));
}

// ---- struct passing by value ----
static void test_pass_by_value(void) {
  struct S1 s1 = {5};
  struct S2 s2 = {300, 4};
  struct S3 s3 = {1, 2, 3};
  struct S4 s4 = {-9};
  struct S8 s8 = {10, 3};
  struct S12 s12 = {1, 2, 3};
  struct S16 s16 = {4, 5};
  struct SDD sdd = {5.5, 0.25};
  struct SID sid = {2, 0.5};
  struct SDI sdi = {1.5, 4};
  struct SFFF sfff = {1.0f, 2.0f, 3.0f};
  struct SC16 sc16;
  for (int i = 0; i < 16; i++) sc16.c[i] = i;
  struct Big big = {1, 2, 3};
  struct Huge huge;
  huge.c[0] = 10; huge.c[99] = 20; huge.n = 30;
  struct SFI sfi = {0.5f, 3};
  ASSERT(5, sum_s1(s1));
  ASSERT(304, sum_s2(s2));
  ASSERT(321, sum_s3(s3));
  ASSERT(-9, sum_s4(s4));
  ASSERT(7, sum_s8(s8));
  ASSERT(123, sum_s12(s12));
  ASSERT(4005, sum_s16(s16));
  ASSERT(1, sum_sdd(sdd) == 5.25);
  ASSERT(1, sum_sid(sid) == 2.5);
  ASSERT(6, sum_sdi(sdi));
  ASSERT(321, sum_sfff(sfff));
  ASSERT(120, sum_sc16(sc16));
  ASSERT(123, sum_big(big));
  ASSERT(60, sum_huge(huge));
  ASSERT(1, sum_sfi(sfi) == 3.5);
  ASSERT(99, mod_big(big));
  ASSERT(1, big.a);
  ASSERT(77, mod_s8(s8));
  ASSERT(10, s8.a);
  ASSERT(1 + 2 + 3 + 4 + 5 + 600 + 70 + 8, regs_s16(1, 2, 3, 4, 5, ret_s16(6, 7), 8));
  ASSERT(1 + 2 + 3 + 4 + 5000 + 600 + 70 + 8, regs_s16b(1, 2, 3, 4, ret_s16(5, 6), ret_s16(7, 8)));
  ASSERT(1, fregs_sdd(1, 2, 3, 4, 5, 6, 7, sdd) == 28 + 550 + 250);
  ASSERT(1 + 1 + 2 + 3 + 4 + 10 + 3 + 5 + 0, mixed_args(1, big, 4, s8, sdd));
}

// ---- struct returning ----
static void test_return_by_value(void) {
  ASSERT(7, ret_s1().a);
  struct S3 s3 = ret_s3();
  ASSERT(1, s3.a);
  ASSERT(2, s3.b);
  ASSERT(3, s3.c);
  ASSERT(3, ret_s8(3, 4).a);
  ASSERT(4, ret_s8(3, 4).b);
  struct S12 s12 = ret_s12();
  ASSERT(456, s12.a * 100 + s12.b * 10 + s12.c);
  struct S16 s16 = ret_s16(-1, 0x100000000);
  ASSERT(-1, s16.a);
  ASSERT(0x100000000, s16.b);
  struct SDD sdd = ret_sdd();
  ASSERT(1, sdd.x == 1.5);
  ASSERT(1, sdd.y == 2.5);
  struct SID sid = ret_sid();
  ASSERT(3, sid.i);
  ASSERT(1, sid.d == 0.25);
  struct SDI sdi = ret_sdi();
  ASSERT(1, sdi.d == 0.5);
  ASSERT(9, sdi.i);
  struct SFFF sf = ret_sfff();
  ASSERT(1, sf.a == 1.0f);
  ASSERT(1, sf.b == 2.0f);
  ASSERT(1, sf.c == 3.0f);
  struct SFI sfi = ret_sfi();
  ASSERT(1, sfi.f == 2.5f);
  ASSERT(-4, sfi.i);
  ASSERT(15, ret_sc16().c[15]);
  ASSERT(120, sum_sc16(ret_sc16()));
  struct Big b = ret_big(10);
  ASSERT(10, b.a);
  ASSERT(12, b.c);
  ASSERT(11, ret_big(10).b);
  ASSERT(11112, sum_big(ret_big(100)));
  ASSERT(1, ret_big(5).c == ret_big(7).a);
  struct Huge h = ret_huge();
  ASSERT(1, h.c[0]);
  ASSERT(2, h.c[99]);
  ASSERT(3, h.n);
  ASSERT(3, ret_huge().n);
  struct Big pt = pass_through(ret_big(1));
  ASSERT(1, pt.a);
  ASSERT(4, pt.b);
  ASSERT(3, pt.c);
  struct Point p = make_point(7, 8);
  ASSERT(15, p.x + p.y);
  p = make_point(p.y, p.x);
  ASSERT(8, p.x);
  ASSERT(7, p.y);
  ASSERT(16, sizeof(ret_sdd()));
  ASSERT(24, sizeof(ret_big(0)));
}

// ---- tag scoping and shadowing ----
static void test_tag_scopes(void) {
  struct T { int x; };
  ASSERT(4, sizeof(struct T));
  {
    struct T { char a; char b; };
    ASSERT(2, sizeof(struct T));
    struct T t; t.a = 1; t.b = 2;
    ASSERT(3, t.a + t.b);
  }
  ASSERT(4, sizeof(struct T));
  struct T t; t.x = 5;
  ASSERT(5, t.x);
  struct V { int v; } V;   // tag and variable in different namespaces
  V.v = 3;
  ASSERT(3, V.v);
  struct W { int W; } w;   // member named like the tag
  w.W = 4;
  ASSERT(4, w.W);
  int Point = 9;           // ordinary identifier named like a tag
  struct Point pt; pt.x = Point;
  ASSERT(9, pt.x);
  for (int i = 0; i < 2; i++) {
    struct T { long a[3]; };
    ASSERT(24, sizeof(struct T));
  }
  ASSERT(4, sizeof(struct T));
  {
    struct T;                   // new incomplete type shadowing the outer one
    struct T *tp;
    struct T { char only; };
    ASSERT(1, sizeof(struct T));
    ASSERT(8, sizeof(tp));
  }
}

// ---- incomplete structs via pointers ----
static void test_incomplete(void) {
  struct Fwd *pf;
  ASSERT(8, sizeof(pf));
  struct Fwd { int a; int b; };
  struct Fwd f; f.a = 1; f.b = 2;
  pf = &f;
  ASSERT(2, pf->b);
  ASSERT(8, sizeof(*pf));
}

// ---- self-referential lists ----
static void test_lists(void) {
  struct Node n3 = {3, 0};
  struct Node n2 = {2, &n3};
  struct Node n1 = {1, &n2};
  ASSERT(1, n1.val);
  ASSERT(2, n1.next->val);
  ASSERT(3, n1.next->next->val);
  ASSERT(1, n1.next->next->next == 0);
  int sum = 0;
  for (struct Node *p = &n1; p; p = p->next) sum += p->val;
  ASSERT(6, sum);
  ASSERT(16, sizeof(struct Node));
  struct Node *head = 0;
  for (int i = 0; i < 5; i++) {
    struct Node *n = malloc(sizeof(struct Node));
    n->val = i;
    n->next = head;
    head = n;
  }
  ASSERT(4, head->val);
  ASSERT(0, head->next->next->next->next->val);
  int cnt = 0;
  while (head) { struct Node *nx = head->next; cnt += head->val; free(head); head = nx; cnt++; }
  ASSERT(15, cnt);
  NodeP np = &n2;
  ASSERT(3, np->next->val);
}

// ---- anonymous struct/union members ----
static void test_anonymous_members(void) {
  struct Anon a;
  a.a = 1; a.b = 2; a.d = 'd'; a.e = 'e';
  ASSERT(1, a.a);
  ASSERT(2, a.b);
  ASSERT('d', a.d);
  ASSERT('e', a.e);
  a.c = 1.0f;
  ASSERT(0x3f800000, a.b);
  ASSERT(12, sizeof(struct Anon));
  ASSERT(4, (char *)&a.b - (char *)&a);
  ASSERT(4, (char *)&a.c - (char *)&a);
  ASSERT(8, (char *)&a.d - (char *)&a);
  ASSERT(9, (char *)&a.e - (char *)&a);
  struct Anon *pa = &a;
  pa->e = 'z';
  ASSERT('z', a.e);
  union AnonU u;
  u.whole = 0x00050003;
  ASSERT(3, u.lo);
  ASSERT(5, u.hi);
  ASSERT(4, sizeof(u));
}

// ---- flexible array members ----
static void test_flexible_arrays(void) {
  ASSERT(4, sizeof(struct Flex));
  ASSERT(8, sizeof(struct FlexC));
  ASSERT(4, sizeof(struct FlexCh));
  struct FlexC fc;
  ASSERT(8, (char *)&fc.d - (char *)&fc);
  struct Flex *f = malloc(sizeof(struct Flex) + 5 * sizeof(int));
  f->n = 5;
  for (int i = 0; i < f->n; i++) f->data[i] = i * 10;
  ASSERT(40, f->data[4]);
  ASSERT(4, (char *)&f->data[0] - (char *)f);
  ASSERT(100, f->data[1] + f->data[2] + f->data[3] + f->data[4]);
  free(f);
  struct FlexCh *s = malloc(sizeof(struct FlexCh) + 6);
  s->n = 5;
  memcpy(s->s, "hello", 6);
  ASSERT(5, strlen(s->s));
  ASSERT(0, strcmp(s->s, "hello"));
  free(s);
}

// ---- _Alignas / _Alignof ----
static void test_alignment(void) {
  ASSERT(32, sizeof(struct Al16));
  ASSERT(16, _Alignof(struct Al16));
  struct Al16 al;
  ASSERT(16, (char *)&al.b - (char *)&al);
  ASSERT(16, sizeof(struct AlT));
  ASSERT(8, _Alignof(struct AlT));
  ASSERT(48, sizeof(struct HasAl));
  _Alignas(16) char buf[3];
  _Alignas(32) int x;
  _Alignas(long) char lc;
  char c1;
  _Alignas(16) char buf2[5];
  ASSERT(0, (long)buf % 16);
  ASSERT(0, (long)&x % 32);
  ASSERT(0, (long)&lc % 8);
  ASSERT(0, (long)buf2 % 16);
  ASSERT(0, (long)galigned % 16);
  ASSERT(0, (long)&galigned64 % 64);
  ASSERT(0, (long)&al % 16);
  c1 = 1; buf[0] = c1; x = 2; lc = 3; buf2[4] = 4;
  ASSERT(10, buf[0] + x + lc + buf2[4]);
  ASSERT(1, _Alignof(char));
  ASSERT(2, _Alignof(short));
  ASSERT(4, _Alignof(int));
  ASSERT(8, _Alignof(long));
  ASSERT(8, _Alignof(double));
  ASSERT(4, _Alignof(float));
  ASSERT(8, _Alignof(char *));
  ASSERT(4, _Alignof(int[10]));
  ASSERT(8, _Alignof(struct Point *));
  ASSERT(8, _Alignof(long long));
}

// ---- enums ----
static void test_enums(void) {
  ASSERT(0, RED);
  ASSERT(1, GREEN);
  ASSERT(10, BLUE);
  ASSERT(11, CYAN);
  ASSERT(-3, NEG);
  ASSERT(-2, NEG2);
  ASSERT(-4, LAST);
  ASSERT(5, K1);
  ASSERT(10, K2);
  ASSERT(11, K3);
  ASSERT(40, sizeof(enum_arr));
  ASSERT(4, sizeof(enum Color));
  enum Color c = BLUE;
  ASSERT(4, sizeof(c));
  ASSERT(11, c + 1);
  c = CYAN;
  ASSERT(11, c);
  ASSERT(100, enum_switch(RED));
  ASSERT(200, enum_switch(BLUE));
  ASSERT(300, enum_switch(NEG));
  ASSERT(400, enum_switch(GREEN));
  ASSERT(1, NEG < RED);
  ASSERT(1, BLUE * 2 == 20);
  enum Color arr[3] = {GREEN, BLUE, RED};
  ASSERT(12, sizeof(arr));
  ASSERT(10, arr[1]);
  {
    enum { RED = 42 };  // shadows the outer constant
    ASSERT(42, RED);
  }
  ASSERT(0, RED);
  enum Small { SA = 'a', SB };
  ASSERT(98, SB);
  int i = NEG2;
  ASSERT(-2, i);

  ASSERT(1, ENUM_TYPE(WU_SMALL));
  ASSERT(2, ENUM_TYPE(WU_BIG));
  ASSERT(4, sizeof(enum WideU));
  ASSERT(3, ENUM_TYPE(WL_BIG));
  ASSERT(1, ENUM_TYPE(WL_NEG));
  ASSERT(8, sizeof(enum WideL));
  ASSERT(1, WL_BIG > 0);
  ASSERT(1, ENUM_TYPE(WUL_SMALL));
  ASSERT(4, ENUM_TYPE(WUL_BIG));
  ASSERT(8, sizeof(enum WideUL));
  ASSERT(1, WUL_NEXT == 0x100000001);
  enum WideUL wul = WUL_NEXT;
  ASSERT(1, wul == 0x100000001); // not cut to 32 bits
  ASSERT(1, wul > WUL_SMALL);
  ASSERT(4, ENUM_TYPE(WM_TOP));
  ASSERT(1, WM_TOP > 0);
  ASSERT(1, WM_TOP == -1UL);
  ASSERT(3, ENUM_TYPE(WX_BIG));
  ASSERT(1, ENUM_TYPE(WX_NEG));
  ASSERT(1, WX_NEG < WX_BIG);
  ASSERT(4, ENUM_TYPE(WC_NEXT));
  ASSERT(1, WC_NEXT == 0x8000000000000000);
  ASSERT(16, sizeof(struct WideInStruct));
  struct WideInStruct ws = {1, WUL_BIG};
  ASSERT(1, ws.e == 0x100000000);
  enum PackedU pu = PU_ONE;
  ASSERT(1, sizeof(pu));
  ASSERT(0, pu - 2 > 0);
  ASSERT(1, ENUM_TYPE(pu + 0));
}

// ---- typedef'd structs ----
static void test_typedefs(void) {
  TS t; t.a = 1; t.b = 2;
  ASSERT(8, sizeof(TS));
  ASSERT(3, t.a + t.b);
  TS *tp = &t;
  ASSERT(2, tp->b);
  Point p; p.x = 4;
  struct Point *q = &p;
  ASSERT(4, q->x);
  TU u; u.i = 0x101;
  ASSERT(1, u.c);
  ASSERT(4, sizeof(TU));
}

// ---- const members ----
static void test_const_members(void) {
  struct CM { const int a; int b; } cm = {1, 2};
  cm.b = 5;
  ASSERT(1, cm.a);
  ASSERT(5, cm.b);
  struct CM cm2 = cm;
  ASSERT(1, cm2.a);
  const struct Point cp = {3, 4};
  ASSERT(7, cp.x + cp.y);
  const struct Point *pcp = &cp;
  ASSERT(4, pcp->y);
}

// ---- comparing member addresses ----
static void test_member_addresses(void) {
  struct ILI s;
  ASSERT(1, (void *)&s.a < (void *)&s.b);
  ASSERT(1, (void *)&s.b < (void *)&s.c);
  ASSERT(1, (char *)&s.c > (char *)&s.a);
  ASSERT(1, (void *)&s == (void *)&s.a);
  ASSERT(0, (void *)&s == (void *)&s.b);
  int *pa = &s.a, *pc = &s.c;
  ASSERT(4, pc - pa);
  struct Point pts[2];
  ASSERT(1, &pts[0].y < &pts[1].x);
  ASSERT(1, &pts[1].x - &pts[0].x == 2);
}

// A struct of 16 members or more finds them through a map: the first of
// a name wins, and a name inside an anonymous member is found through it.
struct many {
  int m0, m1, m2, m3, m4, m5, m6, m7;
  union { int u0; struct { char c0, c1; }; };
  int m8, m9, m10, m11, m12, m13, m14, m15;
  struct { int in0; int m16; };
};

static void test_many_members(void) {
  struct many s = { .m15 = 15, .c1 = 'b', .m16 = 16, .m0 = 1 };
  ASSERT(1, s.m0);
  ASSERT(15, s.m15);
  ASSERT('b', s.c1);
  ASSERT(16, s.m16);
  ASSERT(0, s.in0);
  s.u0 = 0x4142;
  ASSERT('B', s.c0);
  ASSERT(32 + 4 + 32 + 8, sizeof(struct many));
  ASSERT(32 + 4 + 32 + 4, __builtin_offsetof(struct many, m16));
  const struct many *p = &s;
  ASSERT(16, p->m16);
}

// Structs passed in registers straight from where they are (a local, a
// global, a member, what a pointer points to), of each mix of classes;
// struct assignments whose value is used.
struct f3 { float a, b, c; };      // SSE (8 bytes), SSE (4)
struct f1 { float a; };            // SSE (4)
struct dl { double d; long l; };   // SSE, INTEGER
struct il { int i; float f; long l; }; // INTEGER, INTEGER
union ud { double d; long l; };    // INTEGER
struct holder { char c; struct dl dl; struct f3 f3; };
static struct f3 g_f3 = {1.5f, 2.5f, 3.5f};
static double take_f3(struct f3 s, struct f1 t) { return s.a + s.b * 10 + s.c * 100 + t.a * 1000; }
static long take_dl(struct dl s, struct il t, union ud u) {
  return (long)s.d + s.l * 10 + t.i * 100 + (long)t.f * 1000 + t.l * 10000 + u.l * 100000;
}
static _Complex float take_cf(_Complex float z, _Complex double w) { return z * 2 + (float)__real__ w; }

static void test_direct_struct_args(void) {
  struct f3 a = {1, 2, 3};
  struct f1 b = {4};
  ASSERT(4321, take_f3(a, b));
  ASSERT(4376, take_f3(g_f3, b)); // 1.5 + 25 + 350 + 4000, truncated
  struct holder h = {1, {7, 8}, {1, 2, 3}};
  struct holder *p = &h;
  ASSERT(4321, take_f3(p->f3, b));
  struct il t = {1, 2.5f, 3};
  union ud u;
  u.l = 4;
  ASSERT(7 + 80 + 100 + 2000 + 30000 + 400000, take_dl(h.dl, t, u));
  ASSERT(7 + 80 + 100 + 2000 + 30000 + 400000, take_dl(p->dl, t, u));
  _Complex float z = 1 + 2.0fi;
  _Complex double w = 5;
  _Complex float r = take_cf(z, w);
  ASSERT(7, __real__ r);
  ASSERT(4, __imag__ r);

  struct dl x = {1, 2}, y = {3, 4}, z2;
  z2 = x = y;
  ASSERT(4, z2.l);
  ASSERT(3, x.d);
  x = (struct dl){5, 6};
  ASSERT(6, (y = x).l);
  ASSERT(6, y.l);
  p->dl = x;
  ASSERT(6, h.dl.l);
  ASSERT(5, (p->dl = y).d);
}

int main() {
  test_direct_struct_args();
  test_many_members();
  test_layouts();
  test_offsets();
  test_unions();
  test_member_access();
  test_nested();
  test_arrays_of_structs();
  test_globals();
  test_assignment();
  test_pass_by_value();
  test_return_by_value();
  test_tag_scopes();
  test_incomplete();
  test_lists();
  test_anonymous_members();
  test_flexible_arrays();
  test_alignment();
  test_enums();
  test_typedefs();
  test_const_members();
  test_member_addresses();
  test_done(__FILE__);
  return 0;
}
