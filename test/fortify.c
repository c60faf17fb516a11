#include "test.h"

// What glibc's _FORTIFY_SOURCE asks of the compiler: __builtin_object_size,
// the __builtin___*_chk calls, and gnu_inline functions.  The sizes here
// are those gcc computes at -O0 and -O2 alike (test-gcc builds this at
// -O0); test/harden.sh compares whole programs with gcc at -O2.

struct S { char a[4]; char b[8]; int n; struct { char x[3]; int y; } in; };
struct T { int n; char d[4]; };
char g[16];

#define OS(e, t) __builtin_object_size(e, t)

__attribute__((noinline, noipa)) static int unknown(char *p, int i) {
  char buf[16];
  ASSERT(-1, OS(p, 0));
  ASSERT(-1, OS(p, 1));
  ASSERT(0, OS(p, 2));
  ASSERT(0, OS(p, 3));
  ASSERT(-1, OS(buf + i, 0)); // an offset unknown at compile time
  ASSERT(0, OS(&buf[i], 2));
  ASSERT(-1, OS((void *)0, 0));
  return 0;
}

// gnu_inline `extern inline`: the body is for inlining only (always_inline
// has it inlined even without optimization); the function itself is the
// library's, which a call through a pointer reaches.
extern inline __attribute__((gnu_inline, always_inline)) long atol(const char *s) {
  return 1000 + (s[0] - '0');
}

// An expanded body sees file scope and its own parameters, never the
// caller's locals; and once expanded, its parameters are gone: a later
// function's `digits` is the global one (m4's builtin.c crashed 9cc so,
// a stale parameter of glibc's inline memcpy met in a later function).
int base = 2000;
extern inline __attribute__((gnu_inline, always_inline)) int atoi(const char *digits) {
  return base + (digits[0] - '0');
}
static int call_with_local_base(void) {
  int base = 5;
  return atoi("3") + base;
}
char digits[] = "7";
static int global_digits(void) { return digits[0]; }

static int counter;
static char *next(char *p) { counter++; return p; }

// An unused __fprintf_chk(fp, flag, "%c", c) is fputc(c, fp), and one with
// text alone is fputs.  tar's incremen.c crashed 9cc so: the new call's
// arguments kept the old call's links, and the list became a cycle.
typedef struct _IO_FILE FILE;
FILE *fmemopen(void *buf, unsigned long size, const char *mode);
int fclose(FILE *fp);
int __fprintf_chk(FILE *fp, int flag, const char *fmt, ...);

static int unused_fprintf(void) {
  char out[8] = {0};
  FILE *fp = fmemopen(out, sizeof out, "w");
  char c = 'x';
  __fprintf_chk(fp, 1, "%c", c);
  __fprintf_chk(fp, 1, "yz");
  fclose(fp);
  return strcmp(out, "xyz");
}

int main(void) {
  char buf[16];
  struct S s;
  struct T t;
  int arr[10];
  char two[2][8];

  ASSERT(16, OS(buf, 0));
  ASSERT(16, OS(buf, 3));
  ASSERT(13, OS(buf + 3, 0));
  ASSERT(13, OS(buf + 3, 2));
  ASSERT(11, OS(&buf[5], 1));
  ASSERT(0, OS(&buf[20], 0));
  ASSERT(0, OS(&buf[-1], 0));
  ASSERT(1, OS(g + 15, 0));
  ASSERT(sizeof(struct S), OS(&s, 0));
  ASSERT(sizeof(struct S), OS(&s.a, 0)); // the whole object
  ASSERT(4, OS(&s.a, 1));                // the member
  ASSERT(4, OS(s.a, 3));
  ASSERT(sizeof(struct S) - 4, OS(s.b, 0));
  ASSERT(8, OS(s.b, 1));
  ASSERT(sizeof(struct S) - 5, OS(&s.b[1], 0));
  ASSERT(7, OS(&s.b[1], 1));
  ASSERT(7, OS(&s.b[1], 3));
  ASSERT(4, OS(&s.n, 1));
  ASSERT(3, OS(&s.in.x, 1));
  ASSERT(sizeof(struct S) - 2, OS((char *)&s + 2, 0));
  ASSERT(4, OS(t.d, 1));
  ASSERT(40, OS(arr, 0));
  ASSERT(28, OS(&arr[3], 1));
  ASSERT(32, OS(arr + 2, 0));
  ASSERT(8, OS(two[1], 0));
  ASSERT(6, OS(&two[1][2], 1));
  ASSERT(14, OS(&two[0][2], 0)); // the rest of two
  ASSERT(6, OS(&two[0][2], 1));  // the rest of the row
  ASSERT(6, OS("hello", 0));
  ASSERT(16, __builtin_dynamic_object_size(buf, 0));
  ASSERT(0, unknown(buf, 2));

  // The pointer is not evaluated; what a call returns is unknown.
  ASSERT(-1, OS(next(buf), 0));
  ASSERT(0, counter);

  // The checked calls do what the plain ones do when the size allows.
  char *src = "fortified";
  ASSERT(buf, __builtin___memcpy_chk(buf, src, 10, OS(buf, 0)));
  ASSERT(0, strcmp(buf, "fortified"));
  ASSERT(buf + 2, __builtin___mempcpy_chk(buf, "ab", 2, OS(buf, 0)));
  ASSERT(buf, __builtin___memset_chk(buf, 'x', 3, OS(buf, 0)));
  ASSERT(0, strcmp(buf, "xxxtified"));
  ASSERT(buf + 1, __builtin___memmove_chk(buf + 1, buf, 4, OS(buf + 1, 0)));
  ASSERT(0, strcmp(buf, "xxxxtfied"));
  ASSERT(buf, __builtin___strcpy_chk(buf, src, OS(buf, 1)));
  ASSERT(buf + 9, __builtin___stpcpy_chk(buf, src, OS(buf, 1)));
  ASSERT(s.b, __builtin___strncpy_chk(s.b, "abc", 4, OS(s.b, 1)));
  ASSERT(s.b + 3, __builtin___stpncpy_chk(s.b, "xyz", 3, OS(s.b, 1)));
  ASSERT(buf, __builtin___strcat_chk(buf, "!", OS(buf, 1)));
  ASSERT(buf, __builtin___strncat_chk(buf, "??", 1, OS(buf, 1)));
  ASSERT(0, strcmp(buf, "fortified!?"));
  ASSERT(2, __builtin___sprintf_chk(buf, 1, OS(buf, 1), "%d", 42));
  ASSERT(0, strcmp(buf, "42"));
  ASSERT(5, __builtin___snprintf_chk(buf, 3, 1, OS(buf, 1), "%s", "hello"));
  ASSERT(0, strcmp(buf, "he"));
  ASSERT(3, __builtin___sprintf_chk(s.a, 0, OS(s.a, 1), "abc"));
  ASSERT(0, strcmp(s.a, "abc"));

  ASSERT(0, unused_fprintf());
  ASSERT(1005, atol("5"));
  long (*volatile to_long)(const char *) = atol;
  ASSERT(57, to_long("57"));
  ASSERT(2008, call_with_local_base());
  ASSERT('7', global_digits());
  test_done(__FILE__);
  return 0;
}
