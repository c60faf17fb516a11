// GNU attributes that change the generated code or the layout, and the other
// GNU extensions real code uses: __asm__ labels, __extension__, alternate
// keywords, statement expressions, case ranges, zero-length arrays, labels
// as values, and a few __builtin_*s.  Expected values follow the x86-64 SysV
// ABI and gcc's documented behaviour; the file must pass when compiled by
// gcc -std=gnu11 -w -Itest.
#include "test.h"
#include <stdarg.h>

int vsnprintf(char *buf, unsigned long n, const char *fmt, va_list ap);
int fflush(void *stream);
void _exit(int status);

#define OFFSETOF(T, m) ((long)&((T *)0)->m)

// ===========================================================================
// packed
// ===========================================================================
struct __attribute__((packed)) packed1 {
  char c;
  int i;
  short s;
};

struct packed2 {
  char c;
  int i;
  long l;
} __attribute__((packed));

typedef struct {
  char c;
  int i;
} __attribute__((packed)) packed_typedef;

// Only one member packed.
struct packed_member {
  char c;
  int i __attribute__((packed));
  short s;
};

struct packed_outer {
  char c;
  struct packed1 p;
  char d;
};

struct __attribute__((packed, aligned(4))) packed_aligned {
  char c;
  int i;
};

struct __attribute__((packed)) packed_nested_normal {
  char c;
  struct { int x; char y; } inner;  // inner keeps its own layout (size 8)
};

enum __attribute__((packed)) packed_enum { PE_A, PE_B = 200 };
enum __attribute__((packed)) packed_enum16 { PE16_A, PE16_B = 1000 };

static void test_packed(void) {
  ASSERT(7, sizeof(struct packed1));
  ASSERT(1, _Alignof(struct packed1));
  ASSERT(1, OFFSETOF(struct packed1, i));
  ASSERT(5, OFFSETOF(struct packed1, s));

  ASSERT(13, sizeof(struct packed2));
  ASSERT(5, OFFSETOF(struct packed2, l));

  ASSERT(5, sizeof(packed_typedef));

  ASSERT(1, OFFSETOF(struct packed_member, i));
  ASSERT(6, OFFSETOF(struct packed_member, s));
  ASSERT(8, sizeof(struct packed_member));
  ASSERT(2, _Alignof(struct packed_member));

  ASSERT(9, sizeof(struct packed_outer));
  ASSERT(1, OFFSETOF(struct packed_outer, p));
  ASSERT(8, OFFSETOF(struct packed_outer, d));

  ASSERT(8, sizeof(struct packed_aligned));
  ASSERT(4, _Alignof(struct packed_aligned));
  ASSERT(1, OFFSETOF(struct packed_aligned, i));

  ASSERT(9, sizeof(struct packed_nested_normal));
  ASSERT(1, OFFSETOF(struct packed_nested_normal, inner));

  ASSERT(1, sizeof(enum packed_enum));
  ASSERT(2, sizeof(enum packed_enum16));

  // Misaligned members are read and written correctly.
  struct packed1 arr[3];
  ASSERT(21, sizeof(arr));
  for (int k = 0; k < 3; k++) {
    arr[k].c = k;
    arr[k].i = 0x11223344 + k;
    arr[k].s = -k;
  }
  ASSERT(0x11223345, arr[1].i);
  ASSERT(-2, arr[2].s);
  ASSERT(8, (char *)&arr[1].i - (char *)arr);
  struct packed1 *p = &arr[2];
  p->i += 1;
  ASSERT(0x11223347, arr[2].i);
  struct packed2 p2 = {1, 2, 0x123456789aL};
  ASSERT(1, p2.l == 0x123456789aL);
  struct packed_outer po = {'a', {'b', 1000, 7}, 'c'};
  ASSERT(1000, po.p.i);
  ASSERT('c', po.d);
}

// ===========================================================================
// aligned
// ===========================================================================
typedef int aligned_int16 __attribute__((aligned(16)));
typedef char aligned_char8 __attribute__((__aligned__(8)));

struct __attribute__((aligned(32))) aligned_struct {
  char c;
};

struct aligned_member {
  char c;
  int i __attribute__((aligned(8)));
  char d;
};

struct aligned_default {
  char c;
} __attribute__((aligned));  // the largest useful alignment: 16 on x86-64

int aligned_global __attribute__((aligned(64))) = 1;
char aligned_global_char __attribute__((aligned(256)));
static char aligned_static[3] __attribute__((aligned(128)));
__attribute__((aligned(32))) int aligned_before = 2;
int __attribute__((aligned(32))) aligned_middle = 3;
int aligned_first __attribute__((aligned(32))), aligned_second;

static void test_aligned(void) {
  ASSERT(16, _Alignof(aligned_int16));
  ASSERT(4, sizeof(aligned_int16));
  ASSERT(8, _Alignof(aligned_char8));
  ASSERT(32, sizeof(struct aligned_struct));
  ASSERT(32, _Alignof(struct aligned_struct));
  ASSERT(8, OFFSETOF(struct aligned_member, i));
  ASSERT(12, OFFSETOF(struct aligned_member, d));
  ASSERT(16, sizeof(struct aligned_member));
  ASSERT(8, _Alignof(struct aligned_member));
  ASSERT(16, _Alignof(struct aligned_default));
  ASSERT(16, sizeof(struct aligned_default));

  ASSERT(0, (long)&aligned_global % 64);
  ASSERT(0, (long)&aligned_global_char % 256);
  ASSERT(0, (long)aligned_static % 128);
  ASSERT(0, (long)&aligned_before % 32);
  ASSERT(0, (long)&aligned_middle % 32);
  ASSERT(0, (long)&aligned_first % 32);
  ASSERT(2, aligned_before);
  ASSERT(3, aligned_middle);

  char pad1 = 1;
  int local64 __attribute__((aligned(64))) = 5;
  char pad2 = 2;
  struct aligned_struct ls[2];
  aligned_int16 li = 7;
  ASSERT(0, (long)&local64 % 64);
  ASSERT(0, (long)&ls[1] % 32);
  ASSERT(32, (char *)&ls[1] - (char *)&ls[0]);
  ASSERT(0, (long)&li % 16);
  ASSERT(5, local64);
  ASSERT(7, li);
  ASSERT(3, pad1 + pad2);
}

// ===========================================================================
// weak
// ===========================================================================
extern void weak_undefined_fn(void) __attribute__((weak));
extern int weak_undefined_var __attribute__((weak));
__attribute__((weak)) int weak_defined_fn(void) { return 11; }
int weak_defined_var __attribute__((weak)) = 12;

static void test_weak(void) {
  ASSERT(1, weak_undefined_fn == 0);  // an undefined weak symbol is at address 0
  ASSERT(1, !weak_undefined_fn);
  ASSERT(1, &weak_undefined_var == 0);
  ASSERT(11, weak_defined_fn());
  ASSERT(12, weak_defined_var);
  if (weak_undefined_fn)
    weak_undefined_fn();
}

// ===========================================================================
// section, used
// ===========================================================================
int in_mysec_a __attribute__((section("mysec"))) = 101;
int in_mysec_b __attribute__((section("mysec"))) = 102;
static int in_mysec_static __attribute__((section("mysec"), used)) = 103;
extern char __start_mysec[], __stop_mysec[];

__attribute__((section("mytext"))) int fn_in_mytext(int x) { return x * 3; }
extern char __start_mytext[], __stop_mytext[];

static void test_section(void) {
  char *a = (char *)&in_mysec_a, *b = (char *)&in_mysec_b;
  ASSERT(1, a >= __start_mysec && a + sizeof(int) <= __stop_mysec);
  ASSERT(1, b >= __start_mysec && b + sizeof(int) <= __stop_mysec);
  ASSERT(12, __stop_mysec - __start_mysec);
  // Every int in the section is one of ours.
  int sum = 0;
  for (int *p = (int *)__start_mysec; p < (int *)__stop_mysec; p++)
    sum += *p;
  ASSERT(306, sum);
  ASSERT(103, in_mysec_static);

  char *f = (char *)fn_in_mytext;
  ASSERT(1, f >= __start_mytext && f < __stop_mytext);
  ASSERT(21, fn_in_mytext(7));
}

// ===========================================================================
// constructor / destructor
// ===========================================================================
static int ctor_value;
static int ctor_order[3];
static int ctor_count;
static int main_finished;

__attribute__((constructor)) static void ctor_plain(void) {
  ctor_value = 42;
}
__attribute__((constructor(102))) static void ctor_102(void) {
  ctor_order[ctor_count++] = 102;
}
__attribute__((constructor(101))) static void ctor_101(void) {
  ctor_order[ctor_count++] = 101;
}

// main returns 3 on success; only this destructor turns that into exit
// status 0, so the test fails if destructors do not run.
__attribute__((destructor)) static void dtor(void) {
  if (main_finished && ctor_value == 42) {
    fflush(0);
    _exit(0);
  }
}

static void test_ctor(void) {
  ASSERT(42, ctor_value);
  ASSERT(1, ctor_count >= 2);
  ASSERT(101, ctor_order[0]);
  ASSERT(102, ctor_order[1]);
}

// ===========================================================================
// noreturn, unused, deprecated, format, const/pure, placement variants
// ===========================================================================
__attribute__((noreturn)) static void fatal(const char *msg) {
  printf("fatal: %s\n", msg);
  exit(1);
}

static int checked_div(int a, int b) {
  if (b != 0)
    return a / b;
  fatal("division by zero");  // no return needed after a noreturn call
}

_Noreturn static void fatal2(void) { exit(2); }
static void __attribute__((__noreturn__)) fatal3(void);
static void fatal3(void) { exit(3); }

static int unused_fn(void) __attribute__((unused));
static int unused_fn(void) { return 0; }

__attribute__((deprecated)) static int old_fn(void) { return 7; }
__attribute__((deprecated("use new_fn"))) static int old_fn2(void) { return 8; }

__attribute__((format(printf, 2, 3))) static int fmt(char *buf, const char *f, ...) {
  va_list ap;
  va_start(ap, f);
  int r = vsnprintf(buf, 64, f, ap);
  va_end(ap);
  return r;
}

static int square(int x) __attribute__((const));
static int square(int x) { return x * x; }
static int __attribute__((pure)) first_char(const char *s) { return s[0]; }
static __attribute__((noinline)) int not_inlined(int x) { return x + 1; }
static inline __attribute__((always_inline)) int always(int x) { return x + 2; }
static int hot_fn(int x) __attribute__((hot, warn_unused_result, nonnull));
static int hot_fn(int x) { return x; }
__attribute__((visibility("hidden"))) int hidden_fn(void) { return 9; }
__attribute__((cold, malloc)) static void *my_alloc(unsigned long n) { return malloc(n); }

static int param_attrs(int a __attribute__((unused)), int b __attribute__((__unused__))) {
  return b;
}

static int attr_after_params(int x) __attribute__((unused)) __attribute__((const));
static int attr_after_params(int x) { return -x; }

struct attr_positions {
  __attribute__((aligned(8))) char a;
  char __attribute__((aligned(8))) b;
  char c __attribute__((aligned(8)));
};

static void test_misc_attrs(void) {
  ASSERT(5, checked_div(10, 2));
  ASSERT(7, old_fn());
  ASSERT(8, old_fn2());
  char buf[64];
  ASSERT(6, fmt(buf, "%d-%s", 42, "abc"));
  ASSERT(0, strcmp(buf, "42-abc"));
  ASSERT(49, square(7));
  ASSERT('q', first_char("qrs"));
  ASSERT(2, not_inlined(1));
  ASSERT(3, always(1));
  ASSERT(4, hot_fn(4));
  ASSERT(9, hidden_fn());
  void *m = my_alloc(8);
  ASSERT(1, m != 0);
  free(m);
  ASSERT(6, param_attrs(5, 6));
  ASSERT(-3, attr_after_params(3));
  int unused_local __attribute__((unused)) = 1;
  __attribute__((unused)) int unused_local2;
  ASSERT(8, OFFSETOF(struct attr_positions, b));
  ASSERT(16, OFFSETOF(struct attr_positions, c));
  ASSERT(24, sizeof(struct attr_positions));
  if (buf[0] == 0) {
    fatal2();
    fatal3();
  }
}

// ===========================================================================
// cleanup, alias, mode
// ===========================================================================
static int cleanup_log[8];
static int cleanup_n;

static void note_cleanup(int *p) {
  cleanup_log[cleanup_n++] = *p;
}

static int cleanup_scope(void) {
  int a __attribute__((cleanup(note_cleanup))) = 1;
  {
    int b __attribute__((cleanup(note_cleanup))) = 2;
    int c __attribute__((cleanup(note_cleanup))) = 3;
  }
  for (int i = 0; i < 2; i++) {
    int d __attribute__((cleanup(note_cleanup))) = 10 + i;
  }
  return cleanup_n;  // evaluated before a's cleanup runs
}

int alias_target(int x) { return x + 100; }
int alias_of_target(int x) __attribute__((alias("alias_target")));
int alias_target_var = 55;
extern int alias_of_var __attribute__((alias("alias_target_var")));

typedef int int_qi __attribute__((mode(QI)));
typedef int int_hi __attribute__((mode(HI)));
typedef unsigned int uint_di __attribute__((mode(DI)));
typedef int int_word __attribute__((__mode__(__word__)));
typedef int __attribute__((mode(HI))) int_hi_spec; // among the specifiers

static void test_cleanup_alias_mode(void) {
  cleanup_n = 0;
  ASSERT(4, cleanup_scope());
  ASSERT(5, cleanup_n);
  // Innermost first, in reverse order of declaration.
  ASSERT(3, cleanup_log[0]);
  ASSERT(2, cleanup_log[1]);
  ASSERT(10, cleanup_log[2]);
  ASSERT(11, cleanup_log[3]);
  ASSERT(1, cleanup_log[4]);

  ASSERT(105, alias_of_target(5));
  ASSERT(1, alias_of_target == alias_target);
  ASSERT(55, alias_of_var);
  alias_target_var = 56;
  ASSERT(56, alias_of_var);

  ASSERT(1, sizeof(int_qi));
  ASSERT(2, sizeof(int_hi));
  ASSERT(8, sizeof(uint_di));
  ASSERT(8, sizeof(int_word));
  ASSERT(2, sizeof(int_hi_spec));
  ASSERT(2, sizeof(unsigned __attribute__((mode(HI)))));
  uint_di big = 1;
  big <<= 40;
  ASSERT(1, big == 1UL << 40);
  int_qi small = 127;
  small++;
  ASSERT(-128, small);
}

// ===========================================================================
// __asm__ labels
// ===========================================================================
unsigned long my_strlen(const char *s) __asm__("strlen");
int renamed_var __asm__("renamed_var_sym") = 5;
extern int renamed_view __asm__("renamed_var_sym");
static int renamed_static_fn(int x) __asm__("renamed_static_fn_sym");
static int renamed_static_fn(int x) { return x * 4; }

static void test_asm_labels(void) {
  ASSERT(5, my_strlen("hello"));
  ASSERT(5, renamed_view);
  renamed_var = 6;
  ASSERT(6, renamed_view);
  ASSERT(12, renamed_static_fn(3));
}

// ===========================================================================
// __extension__, alternate keywords, typeof
// ===========================================================================
__extension__ typedef long long ext_ll;
__extension__ static const int ext_int = 4;

static int restrict_sum(int *__restrict a, int *__restrict__ b) { return *a + *b; }
static __inline int inl1(int x) { return x + 1; }
static __inline__ int inl2(int x) { return x + 2; }

static void test_extension_keywords(void) {
  ASSERT(8, sizeof(ext_ll));
  ASSERT(4, ext_int);
  ext_ll e = __extension__ 1LL << 40;
  ASSERT(1, e == 1LL << 40);
  ASSERT(3, __extension__ ({ 1 + 2; }));
  ASSERT(4, (__extension__ ({ 4; })));
  ASSERT(5, (long)(__extension__ ({ 5; })));
  __extension__ int ext_local = 6;
  ASSERT(6, ext_local);

  int a = 2, b = 3;
  ASSERT(5, restrict_sum(&a, &b));
  ASSERT(2, inl1(1));
  ASSERT(3, inl2(1));

  __typeof__(a) t1 = 7;
  __typeof(b) t2 = 8;
  typeof(e) t3 = 9;
  __typeof__(int *) t4 = &a;
  __typeof__(b + 1.0) t5 = 1.5;
  ASSERT(4, sizeof(t1));
  ASSERT(4, sizeof(t2));
  ASSERT(8, sizeof(t3));
  ASSERT(2, *t4);
  ASSERT(8, sizeof(t5));
  ASSERT(15, t1 + t2);
  __const int c1 = 1;
  const __volatile__ int c2 = 2;
  __signed__ char sc = -1;
  __volatile int v1 = 3;
  ASSERT(3, c1 + c2);
  ASSERT(-1, sc);
  ASSERT(3, v1);
  ASSERT(8, __alignof__(double));
  ASSERT(4, __alignof(int));
  typeof(int[4]) arr4;
  ASSERT(16, sizeof(arr4));
  typeof(square) *fp = square;
  ASSERT(16, fp(4));
}

// ===========================================================================
// Statement expressions
// ===========================================================================
#define MAX(a, b) ({ __typeof__(a) _a = (a); __typeof__(b) _b = (b); _a > _b ? _a : _b; })

struct pair { int x, y; };

static void test_stmt_expr(void) {
  ASSERT(3, ({ 1; 2; 3; }));
  ASSERT(6, ({ int x = 1, y = 2; x + y + 3; }));
  ASSERT(10, ({ int s = 0; for (int i = 1; i <= 4; i++) s += i; s; }));
  int n = 0;
  ASSERT(7, MAX(n++, 7));
  ASSERT(1, n);  // evaluated once
  ASSERT(9, MAX(9, 2));
  ASSERT(3, ({ ({ 1; }) + ({ 2; }); }));
  ASSERT(4, ({ struct pair p = {3, 4}; p; }).y);
  int v = ({ int t = 5; if (t > 3) t = 6; t; });
  ASSERT(6, v);
  ASSERT(2, sizeof(({ (short)1; })));
  // A statement expression that jumps out of a loop.
  int found = -1;
  for (int i = 0; i < 10; i++)
    ({ if (i * i == 49) { found = i; break; } });
  ASSERT(7, found);
}

// ===========================================================================
// Case ranges
// ===========================================================================
static int classify(int c) {
  switch (c) {
  case '0' ... '9':
    return 1;
  case 'a' ... 'z':
  case 'A' ... 'Z':
    return 2;
  case 200 ... 200:
    return 3;
  case -5 ... -1:
    return 4;
  default:
    return 0;
  }
}

static void test_case_ranges(void) {
  ASSERT(1, classify('0'));
  ASSERT(1, classify('5'));
  ASSERT(1, classify('9'));
  ASSERT(2, classify('a'));
  ASSERT(2, classify('m'));
  ASSERT(2, classify('Z'));
  ASSERT(0, classify('['));
  ASSERT(3, classify(200));
  ASSERT(4, classify(-3));
  ASSERT(0, classify(0));
  ASSERT(0, classify(' '));
}

// ===========================================================================
// Zero-length arrays
// ===========================================================================
struct with_zla {
  int len;
  int data[0];
};

struct only_zla {
  char c[0];
};

static void test_zero_length(void) {
  int a[0];
  ASSERT(0, sizeof(a));
  ASSERT(4, sizeof(struct with_zla));
  ASSERT(4, OFFSETOF(struct with_zla, data));
  ASSERT(0, sizeof(struct only_zla));
  struct with_zla *p = malloc(sizeof(struct with_zla) + 3 * sizeof(int));
  p->len = 3;
  for (int i = 0; i < 3; i++)
    p->data[i] = i * 10;
  ASSERT(20, p->data[2]);
  ASSERT(1, (char *)&p->data[0] == (char *)p + 4);
  free(p);
}

// ===========================================================================
// Labels as values, computed goto
// ===========================================================================
static int run_program(const char *prog) {
  static void *dispatch[] = {&&op_inc, &&op_dec, &&op_dbl, &&op_end};
  int acc = 0;
  const char *pc = prog;
  goto *dispatch[*pc++ - '0'];
op_inc:
  acc++;
  goto *dispatch[*pc++ - '0'];
op_dec:
  acc--;
  goto *dispatch[*pc++ - '0'];
op_dbl:
  acc *= 2;
  goto *dispatch[*pc++ - '0'];
op_end:
  return acc;
}

static int label_local(int which) {
  void *target = which ? &&one : &&zero;
  goto *target;
zero:
  return 100;
one:
  return 200;
}

static void test_labels_as_values(void) {
  ASSERT(5, run_program("0221003"));   // 1, 2, 4, 3, 4, 5
  ASSERT(7, run_program("00020103"));  // 1, 2, 3, 6, 7, 6, 7
  ASSERT(100, label_local(0));
  ASSERT(200, label_local(1));
  void *p = &&here;
  ASSERT(1, p != 0);
  goto *p;
  ASSERT(0, 1);  // skipped
here:;
}

// ===========================================================================
// Builtins
// ===========================================================================
struct builtin_s {
  int a;
  struct { char c; long arr[4]; } in;
};

static void test_builtins(void) {
  int x = 5;
  ASSERT(5, __builtin_expect(x, 1));
  ASSERT(1, __builtin_expect(x == 5, 0));
  if (__builtin_expect(x > 3, 1))
    x = 6;
  ASSERT(6, x);

  ASSERT(1, __builtin_constant_p(3));
  ASSERT(1, __builtin_constant_p(3 + 4 * 2));
  ASSERT(1, __builtin_constant_p(sizeof(int)));
  enum { CP = __builtin_constant_p(1) };
  ASSERT(1, CP);

  ASSERT(0, __builtin_offsetof(struct builtin_s, a));
  ASSERT(8, __builtin_offsetof(struct builtin_s, in));
  ASSERT(16, __builtin_offsetof(struct builtin_s, in.arr));
  ASSERT(32, __builtin_offsetof(struct builtin_s, in.arr[2]));
  ASSERT(8, __builtin_offsetof(struct packed_member, s) + 2);
  static int offs[] = {__builtin_offsetof(struct packed1, i), __builtin_offsetof(struct packed1, s)};
  ASSERT(1, offs[0]);
  ASSERT(5, offs[1]);

  ASSERT(1, __builtin_types_compatible_p(int, int));
  ASSERT(0, __builtin_types_compatible_p(int, long));
  ASSERT(1, __builtin_types_compatible_p(int, const int));
  ASSERT(1, __builtin_types_compatible_p(int, volatile int));
  ASSERT(0, __builtin_types_compatible_p(int *, const int *));
  ASSERT(0, __builtin_types_compatible_p(char *, unsigned char *));
  ASSERT(0, __builtin_types_compatible_p(char, signed char));
  ASSERT(1, __builtin_types_compatible_p(int[], int[5]));
  ASSERT(1, __builtin_types_compatible_p(__typeof__(x), int));
  ASSERT(1, __builtin_types_compatible_p(long, long int));
  ASSERT(0, __builtin_types_compatible_p(long, long long));
  ASSERT(0, __builtin_types_compatible_p(struct pair, struct builtin_s));
  typedef int myint;
  ASSERT(1, __builtin_types_compatible_p(myint, int));
  enum { TC = __builtin_types_compatible_p(double, double) };
  ASSERT(1, TC);

  ASSERT(1, __builtin_choose_expr(1, 1, 2.0));
  ASSERT(4, sizeof(__builtin_choose_expr(1, 1, 2.0)));
  ASSERT(8, sizeof(__builtin_choose_expr(0, 1, 2.0)));
}

int main(void) {
  test_packed();
  test_aligned();
  test_weak();
  test_section();
  test_ctor();
  test_misc_attrs();
  test_cleanup_alias_mode();
  test_asm_labels();
  test_extension_keywords();
  test_stmt_expr();
  test_case_ranges();
  test_zero_length();
  test_labels_as_values();
  test_builtins();
  test_done("attribute.c");
  main_finished = 1;
  return 3;  // the destructor exits with 0
}
