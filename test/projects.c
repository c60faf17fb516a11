// Bugs that building real projects with 9cc found (Debian source
// packages: gzip, gawk, grep, expat, ...), each cut down to a few lines
// that fail without its fix.  Expected values are C's or gcc's.
#include "test.h"

// gzip: a prototype followed by an old-style definition.  Calls after the
// definition still follow the prototype: -1 becomes ULONG_MAX and 3 a
// double (9cc used to forget the prototype and pass an int).
unsigned long kr_ident(unsigned long n);
unsigned long kr_ident(n) unsigned long n; { return n; }
double kr_half(double d);
double kr_half(d) double d; { return d / 2; }

static void test_prototype_before_kr_definition(void) {
  ASSERT(1, kr_ident(-1) == 0xffffffffffffffffUL);
  ASSERT(1, kr_half(3) == 1.5);
  ASSERT(5, (int)kr_half(10));
}

// gawk, gnulib (glibc's socket functions with _GNU_SOURCE): a union
// parameter marked transparent_union takes an argument of any member's type.
typedef union {
  int *ip;
  long *lp;
} IntOrLong __attribute__((__transparent_union__));

static int first_int(IntOrLong u) { return *u.ip; }

union either {
  const char *s;
  char *t;
} __attribute__((transparent_union));

static char first_char(union either e) { return e.s[0]; }

// gawk: glibc's union of socket address pointers holds const pointers.
struct addr {
  int family;
};
typedef union {
  const struct addr *a;
  const int *i;
} ConstArg __attribute__((__transparent_union__));

static int family_of(ConstArg u) { return u.a->family; }

static void test_transparent_union(void) {
  struct addr ad = {7};
  struct addr *pad = &ad;
  ASSERT(7, family_of(pad));
  int x = 42;
  long y = 7;
  IntOrLong u = {&x};
  ASSERT(42, first_int(&x));
  ASSERT(7, first_int(&y));
  ASSERT(42, first_int(u));
  char buf[] = "hi";
  ASSERT('h', first_char(buf));
  ASSERT('o', first_char("ok"));
}

// grep (gnulib's FALLTHROUGH): an attribute statement after a case label.
static int fallthrough(int n) {
  int r = 0;
  switch (n) {
  case 0:
    r += 1;
    __attribute__((__fallthrough__));
  case 1:
    r += 10;
    break;
  default:
    break;
  }
  return r;
}

static void test_fallthrough_statement(void) {
  ASSERT(11, fallthrough(0));
  ASSERT(10, fallthrough(1));
  ASSERT(0, fallthrough(2));
}

// expat: a member of a struct pointing to the struct being defined, from
// inside a parameter list, is the same struct as the one completed after.
typedef struct handlers {
  int (*handler)(struct handlers *h);
  int value;
} Handlers;

static int handle(Handlers *h) { return h->value; }

static void test_self_referential_struct(void) {
  Handlers h;
  h.handler = handle;
  h.value = 9;
  ASSERT(9, h.handler(&h));
  ASSERT(1, __builtin_types_compatible_p(int (*)(Handlers *), __typeof__(h.handler)));
}

// pcre2: a const object declared while its struct was incomplete, then
// defined after the struct (9cc kept the incomplete size: "out of memory").
struct late;
extern const struct late late_obj;
struct late {
  int a;
  long b;
};
const struct late late_obj = {42, 7};

static void test_definition_completes_type(void) {
  ASSERT(42, late_obj.a);
  ASSERT(7, late_obj.b);
  ASSERT(16, sizeof(late_obj));
}

// tar's lib/system.h: a static inline function that nothing uses is not
// written, as gcc (at -O0 too) does not write it, so what it refers to
// need not exist: without that, this file does not link.
extern void (*never_defined_hook)(void);
extern int never_defined_function(int);
static inline void unused_inline(void) {
  if (never_defined_hook)
    never_defined_hook();
}
static inline int unused_caller(void) {
  unused_inline();
  return never_defined_function(1);
}
static inline int leaf_inline(int x) { return x * 3; }
static inline int mid_inline(int x) { return leaf_inline(x) + 1; }
static inline int by_pointer(int x) { return x - 1; }
static inline int by_local_pointer(int x) { return x + 100; }
static int (*const inline_table[])(int) = {by_pointer};
static inline int defined_later(int x);
static int uses_later(int x) { return defined_later(x); }
static inline int defined_later(int x) { return x * 10; }
static inline double with_constant(double x) { return x * 2.5; }
static double same_constant(double x) { return x + 2.5; }

static void test_unused_static_inline(void) {
  ASSERT(7, mid_inline(2));          // used through another inline one
  ASSERT(4, inline_table[0](5));     // its address in data
  int (*p)(int) = by_local_pointer;  // its address in code
  ASSERT(101, p(1));
  ASSERT(30, uses_later(3));         // called before its definition
  ASSERT(5, (int)with_constant(2.0)); // a float constant both use
  ASSERT(4, (int)same_constant(1.5));
}

// tar's src/tar.c, with glibc's argp.h: a pointer to a const struct
// declared before the struct is defined, indexed after the definition.
struct argp_like_child;
struct argp_like { const struct argp_like_child *children; int n; };
struct argp_like_child { const struct argp_like *argp; int v; };
static struct argp_like_child argp_kids[] = {{0, 1}, {0, 2}, {0, 4}, {0, 0}};

static void test_pointer_to_const_struct_completed_later(void) {
  struct argp_like a = {argp_kids, 3};
  struct argp_like *ap = &a;
  int sum = 0;
  for (int i = 0; ap->children[i].v; i++)
    sum += ap->children[i].v;
  ASSERT(7, sum);
  const struct argp_like_child *p = ap->children;
  ASSERT(2, (p + 1)->v);
  p++;
  p += 1;
  ASSERT(4, p->v);
  ASSERT(2, p - ap->children);
  ASSERT(16, sizeof(*ap->children));
}

int main(void) {
  test_pointer_to_const_struct_completed_later();
  test_unused_static_inline();
  test_definition_completes_type();
  test_prototype_before_kr_definition();
  test_transparent_union();
  test_fallthrough_statement();
  test_self_referential_struct();
  test_done(__FILE__);
  return 0;
}
