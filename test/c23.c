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

// __has_c_attribute: a standard attribute's date in C23's table, 1 for a
// GNU one, 0 for what the compiler does not know.  Checked by #error: the
// operator is for #if alone.
#if __has_c_attribute(deprecated) != 201904L || __has_c_attribute(fallthrough) != 201904L
#error "__has_c_attribute: deprecated, fallthrough"
#endif
#if __has_c_attribute(maybe_unused) != 201904L || __has_c_attribute(nodiscard) != 202003L
#error "__has_c_attribute: maybe_unused, nodiscard"
#endif
#if __has_c_attribute(__nodiscard__) != 202003L || __has_c_attribute(__deprecated__) != 201904L
#error "__has_c_attribute: __name__"
#endif
#if __has_c_attribute(gnu::packed) != 1 || __has_c_attribute(__gnu__::aligned) != 1
#error "__has_c_attribute: gnu::"
#endif
#if __has_c_attribute(gnu::cleanup) != 1 || __has_c_attribute(gnu::mode) != 1 || \
    __has_c_attribute(gnu::transparent_union) != 1 || !__has_attribute(cleanup)
#error "__has_c_attribute: gnu:: attributes that take effect"
#endif
#if __has_c_attribute(no_such_attribute) || __has_c_attribute(gnu::no_such_attribute) || \
    __has_c_attribute(other_vendor::packed) || !defined(__has_c_attribute)
#error "__has_c_attribute: unknown attributes"
#endif
#if defined(__9cc__) || __GNUC__ >= 13
#if __has_c_attribute(noreturn) != 202202L || __has_c_attribute(_Noreturn) != 202202L
#error "__has_c_attribute: noreturn"
#endif
#endif
#if defined(__9cc__) || __GNUC__ >= 15
#if __has_c_attribute(unsequenced) != 202207L || __has_c_attribute(reproducible) != 202207L
#error "__has_c_attribute: unsequenced, reproducible"
#endif
#endif

// The standard attributes where C23 lets them stand.
[[noreturn]] void exit_noreturn(int);
[[_Noreturn]] void exit_underscore(int);
int square_of(int) [[unsequenced]];
int square_of(int x) [[reproducible]] { return x * x; }
[[unsequenced]] static int cube_of(int x) { return x * x * x; }
struct [[nodiscard]] result { int value [[maybe_unused]]; };
enum [[deprecated("use other")]] old_enum { OLD0 [[deprecated]], OLD1 [[maybe_unused]] = 3 };
union [[maybe_unused]] either { int i; float f; };
typedef int old_int [[deprecated]];
[[nodiscard("check it")]] static int must_check(void) { return 7; }
static int table[3] [[maybe_unused]] = {1, 2, 3};
[[deprecated]] [[maybe_unused]] static void unused_old(void) {}

static int attributes_everywhere([[maybe_unused]] int p, int q [[maybe_unused]]) {
  [[maybe_unused]] int a = 1;
  int b [[maybe_unused]] = 2;
  int *[[gnu::unused]] ptr = &b;
  switch (p) {
  case 1:
    a += 10;
    [[fallthrough]];
  case 2:
    b += 100;
    [[__fallthrough__]];
  default:
    break;
  }
  [[maybe_unused]] done:
  [[]];
  [[maybe_unused]] for (int i = 0; i < 1; i++)
    a++;
  [[deprecated, maybe_unused]] int c = 0;
  return a + *ptr + c;
}

static void test_attribute_positions(void) {
  ASSERT(114, attributes_everywhere(1, 0));
  ASSERT(104, attributes_everywhere(2, 0));
  ASSERT(7, must_check());
  ASSERT(9, square_of(3));
  ASSERT(8, cube_of(2));
  ASSERT(3, OLD1);
  ASSERT(2, table[1]);
  ASSERT(4, sizeof(union either));
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
constexpr unsigned long UMAX = 18446744073709551615UL; // fits; -1 would not
static_assert(N == 4);
static_assert(UMAX + 1 == 0 && UMAX > BIG);
// [GNU] __int128 constants: their whole value, in constant expressions.
constexpr __int128 HUGE = (__int128)3 << 100;
constexpr unsigned __int128 TOP = (unsigned __int128)1 << 127;
constexpr unsigned __int128 ALL = -(unsigned __int128)1;
constexpr long LOW = (__int128)-5;
constexpr unsigned long ULOW = (unsigned __int128)0xffffffffffffffff;
static_assert(HUGE >> 100 == 3 && (HUGE & 0xffffffffffffffff) == 0);
static_assert(TOP >> 127 == 1 && ALL / TOP == 1 && ALL % TOP == TOP - 1);
static_assert(LOW == -5 && ULOW == 0xffffffffffffffff);
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
  constexpr __int128 K = -HUGE / 3;
  enum { TOP_BIT = (int)(TOP >> 120), HUGE_HI = (int)(HUGE >> 96) };
  ASSERT(128, TOP_BIT);
  ASSERT(48, HUGE_HI);
  ASSERT(-1, (long)(K >> 100));
  ASSERT(1, K == -((__int128)1 << 100));
  static int arr128[(int)(ALL >> 124)];
  ASSERT(60, sizeof(arr128));
  ASSERT(-5, LOW);
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

// nullptr has a type of its own, nullptr_t (<stddef.h>): it converts to
// every pointer type and to bool, is no void *, and compares equal to any
// null pointer.
#include <stddef.h>
static int is_null(int *p) { return p == nullptr; }
static int kind_of_nullptr(void) {
  return _Generic(nullptr, void *: 1, int: 2, nullptr_t: 3, default: 4);
}

static void test_nullptr_t(void) {
  ASSERT(3, kind_of_nullptr());
  ASSERT(1, _Generic((void *)0, nullptr_t: 0, void *: 1, default: 2));
  ASSERT(1, _Generic(0, nullptr_t: 0, int: 1, default: 2));
  ASSERT(1, _Generic((typeof(nullptr))0, nullptr_t: 1, default: 0));
  ASSERT(8, sizeof(nullptr_t));
  ASSERT(8, sizeof(nullptr));
  ASSERT(8, alignof(nullptr_t));
  nullptr_t n = nullptr;
  nullptr_t zero = 0; // a null pointer constant converts to nullptr_t
  void *v = nullptr;
  char *c = n;
  bool b = nullptr;
  int x = 5;
  int *p = &x;
  ASSERT(1, v == 0);
  ASSERT(1, c == 0);
  ASSERT(0, b);
  ASSERT(1, is_null(nullptr));
  ASSERT(0, is_null(p));
  ASSERT(1, p != nullptr);
  ASSERT(1, nullptr == n && zero == nullptr);
  ASSERT(1, !nullptr);
  ASSERT(2, n ? 1 : 2);
  ASSERT(0, (bool)n);
  ASSERT(1, (void *)nullptr == 0);
  // With a pointer, ?: has the pointer's type; with nullptr alone, nullptr_t.
  ASSERT(1, _Generic(x ? nullptr : p, int *: 1, default: 0));
  ASSERT(1, _Generic(x ? nullptr : nullptr, nullptr_t: 1, default: 0));
  p = nullptr;
  ASSERT(1, p == 0);
  if (x == 6)
    unreachable();
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
  test_attribute_positions();
  test_digit_separators();
  test_labels_and_literals();
#if defined(__9cc__) || __GNUC__ >= 13
  test_keywords();
  test_constexpr();
  test_fixed_enums();
  test_auto();
  test_nullptr_t();
#endif
  test_done(__FILE__);
  return 0;
}
