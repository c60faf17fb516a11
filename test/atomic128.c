// flags: -mcx16
#include "test.h"

// 16-byte atomics on __int128, in line with lock cmpxchg16b.  gcc does the
// __sync_* builtins so with -mcx16 (which 9cc accepts and ignores); for
// the __atomic_* builtins and _Atomic objects it calls libatomic, which
// the test programs do not link, so those checks are 9cc's only, with
// expected values from C's rules.

typedef __int128 i128;
typedef unsigned __int128 u128;

#define MAKE(h, l) (((u128)(unsigned long)(h) << 64) | (unsigned long)(l))
#define ASSERT128(h, l, x)                                                     \
  do {                                                                         \
    u128 v_ = (x);                                                             \
    ASSERT((long)(h), (long)(v_ >> 64));                                       \
    ASSERT((long)(l), (long)v_);                                               \
  } while (0)

static i128 g;

static void test_sync(void) {
  i128 x = MAKE(1, -1);
  ASSERT128(1, -1, __sync_val_compare_and_swap(&x, MAKE(1, -1), MAKE(2, 0)));
  ASSERT128(2, 0, x);
  ASSERT128(2, 0, __sync_val_compare_and_swap(&x, MAKE(1, -1), 7));
  ASSERT128(2, 0, x);
  ASSERT(0, __sync_bool_compare_and_swap(&x, MAKE(0, 0), 7));
  ASSERT(1, __sync_bool_compare_and_swap(&x, MAKE(2, 0), MAKE(0, -1)));
  ASSERT128(0, -1, __sync_fetch_and_add(&x, 1));
  ASSERT128(1, 0, x);
  ASSERT128(0, -1, __sync_sub_and_fetch(&x, 1));
  ASSERT128(0, -1, __sync_fetch_and_or(&x, MAKE(5, 0)));
  ASSERT128(5, 0xff, __sync_and_and_fetch(&x, MAKE(7, 0xff)));
  ASSERT128(5, 0xf0, __sync_xor_and_fetch(&x, 0x0f));
  ASSERT128(-6, ~0xf0L, __sync_nand_and_fetch(&x, MAKE(-1, -1)));
  ASSERT128(-6, ~0xf0L, __sync_lock_test_and_set(&x, 3));
  ASSERT128(0, 3, x);
  g = 0;
  for (int i = 0; i < 100; i++)
    __sync_fetch_and_add(&g, MAKE(1, 0x8000000000000000));
  ASSERT128(150, 0, g);
}

#ifdef __9cc__
static void test_atomic(void) {
  i128 x = 0, e = 0;
  ASSERT(1, __atomic_compare_exchange_n(&x, &e, MAKE(1, -1), 0, 5, 5));
  ASSERT128(1, -1, __atomic_load_n(&x, 5));
  e = 5;
  ASSERT(0, __atomic_compare_exchange_n(&x, &e, 7, 0, 5, 5));
  ASSERT128(1, -1, e); // what x was
  ASSERT128(1, -1, __atomic_fetch_add(&x, 1, 5));
  ASSERT128(2, 0, __atomic_exchange_n(&x, -1, 5));
  __atomic_store_n(&x, 3, 5);
  ASSERT128(-2, -1, __atomic_sub_fetch(&x, MAKE(1, 4), 5));
  ASSERT128(-2, -1, __atomic_fetch_nand(&x, 12, 5));
  ASSERT128(-1, ~12L, x);
  // The generic forms on any 16-byte object.
  struct { long a, b; } s = {1, 2}, t = {3, 4}, r;
  __atomic_exchange(&s, &t, &r, 5);
  ASSERT(1, r.a);
  ASSERT(2, r.b);
  ASSERT(3, s.a);
  __atomic_load(&s, &r, 5);
  ASSERT(4, r.b);
  ASSERT(0, __atomic_always_lock_free(16, 0));
}

static _Atomic i128 ag = 5;

static void test_atomic_objects(void) {
  ag += MAKE(1, 0);
  ASSERT128(1, 5, ag);
  ag *= 2;
  ASSERT128(2, 10, ag);
  ag--;
  ASSERT128(2, 9, ag);
  ASSERT128(2, 9, ag++);
  ag <<= 64;
  ASSERT128(10, 0, ag);
  _Atomic u128 local = MAKE(-1, -1);
  local++;
  ASSERT128(0, 0, local);
}
#endif

int main(void) {
  test_sync();
#ifdef __9cc__
  test_atomic();
  test_atomic_objects();
#endif
  test_done(__FILE__);
  return 0;
}
