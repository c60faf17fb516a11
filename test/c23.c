// flags: -std=c2x
// C23, compiled with -std=c2x (run.sh reads the line above).  gcc 12
// knows the parts outside the `#if` below (attributes, digit separators,
// labels before declarations, u8 character constants); the rest gcc
// learned in version 13, and their expected values are the standard's.
#include "test.h"

[[nodiscard]] static int twice(int x) { return 2 * x; }
[[gnu::noinline, maybe_unused]] static int unused_helper(void) { return 0; }
struct [[gnu::packed]] packed { char c; int i; };
[[deprecated("use twice")]] static int old_twice(int x) { return x + x; }

static void test_attributes(void) {
  [[maybe_unused]] int unused = 1;
  ASSERT(6, twice(3));
  ASSERT(5, sizeof(struct packed));
  int r = 0;
  switch (r) {
  case 0:
    r = 1;
    [[fallthrough]];
  case 1:
    r += 10;
  }
  ASSERT(11, r);
  [[gnu::aligned(16)]] char buf[3];
  ASSERT(0, (long)buf % 16);
  ASSERT(4, old_twice(2));
}

static void test_digit_separators(void) {
  ASSERT(1000000, 1'000'000);
  ASSERT(0xFFFFFFFFL, 0xFFFF'FFFFL);
  ASSERT(170, 0b1010'1010);
  ASSERT(1, 1'0.5e1 == 105.0);
  ASSERT(0777, 0'777);
}

static int label_before_declaration(int n) {
  if (n)
    goto skip;
  n = 5;
skip:
  int m = n * 2; // a label before a declaration
  return m;
}

// #elifdef and #elifndef (gcc 12 knows them with -std=c2x).
#define C23_DEFINED
#if 0
#define ELIF_RESULT 1
#elifdef C23_NOT_DEFINED
#define ELIF_RESULT 2
#elifndef C23_DEFINED
#define ELIF_RESULT 3
#elifdef C23_DEFINED
#define ELIF_RESULT 4
#else
#define ELIF_RESULT 5
#endif
#ifdef C23_NOT_DEFINED
#elifndef C23_NOT_DEFINED_EITHER
#define ELIFNDEF_RESULT 6
#endif

static void test_labels_and_literals(void) {
  ASSERT(4, ELIF_RESULT);
  ASSERT(6, ELIFNDEF_RESULT);
  ASSERT(10, label_before_declaration(0));
  ASSERT(6, label_before_declaration(3));
  ASSERT('a', u8'a');
  ASSERT(1, sizeof(u8'a'));
  _Static_assert(1); // one argument
}

#if defined(__9cc__) || __GNUC__ >= 13
constexpr int N = 4;
constexpr unsigned long BIG = 1ul << 40;
static_assert(N == 4);
alignas(16) static int aligned_global;
thread_local static int per_thread = 3;

enum small : unsigned char { S0, S1 = 200 };
enum wide : long long { W = 1LL << 40 };
enum : short { NEG = -3 };

static void test_keywords(void) {
  bool b = true, c = false;
  ASSERT(1, sizeof(bool));
  ASSERT(1, b && !c);
  ASSERT(1, sizeof(true) == sizeof(bool));
  int *p = nullptr;
  ASSERT(1, p == 0);
  ASSERT(8, alignof(long));
  ASSERT(16, _Alignof(aligned_global));
  ASSERT(3, per_thread);
  typeof_unqual(const int) u = 5;
  u++;
  ASSERT(6, u);
  static_assert(sizeof(u) == 4, "int");
}

static void test_constexpr(void) {
  constexpr int M = N * 2;
  int arr[M];
  ASSERT(32, sizeof(arr));
  enum { E = M + 1 };
  ASSERT(9, E);
  ASSERT(1, BIG >> 40);
  switch (8) {
  case M:
    break;
  default:
    ASSERT(1, 0);
  }
}

static void test_fixed_enums(void) {
  ASSERT(1, sizeof(enum small));
  ASSERT(200, S1);
  enum small s = S1;
  s++;
  ASSERT(201, s);
  ASSERT(8, sizeof(enum wide));
  ASSERT(1L << 40, W);
  ASSERT(-3, NEG);
}

#include <stdarg.h>
static int sum(int n, ...) {
  va_list ap;
  va_start(ap); // C23: no second argument
  int total = 0;
  for (int i = 0; i < n; i++)
    total += va_arg(ap, int);
  va_end(ap);
  return total;
}

static void test_auto(void) {
  ASSERT(6, sum(3, 1, 2, 3));
  auto x = 2.5;
  auto y = 3;
  auto p = &y;
  ASSERT(8, sizeof(x));
  ASSERT(4, sizeof(y));
  ASSERT(3, *p);
}
#endif

int main(void) {
  test_attributes();
  test_digit_separators();
  test_labels_and_literals();
#if defined(__9cc__) || __GNUC__ >= 13
  test_keywords();
  test_constexpr();
  test_fixed_enums();
  test_auto();
#endif
  test_done(__FILE__);
  return 0;
}
