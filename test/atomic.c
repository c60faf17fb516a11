// Atomics: gcc's __atomic_* and __sync_* builtins.  Each operation is
// checked for its value and its effect, and threads hammer shared
// counters, a spin lock and compare-exchange loops, whose exact totals
// show that no update was lost.  Expected values follow gcc's manual.
#include "test.h"
#include <stdatomic.h>

typedef unsigned long pthread_t;
int pthread_create(pthread_t *t, void *attr, void *(*fn)(void *), void *arg);
int pthread_join(pthread_t t, void **ret);

static void test_load_store_exchange(void) {
  long x = 5;
  ASSERT(5, __atomic_load_n(&x, __ATOMIC_SEQ_CST));
  __atomic_store_n(&x, 7, __ATOMIC_RELEASE);
  ASSERT(7, x);
  __atomic_store_n(&x, 8, __ATOMIC_SEQ_CST);
  ASSERT(8, x);
  ASSERT(8, __atomic_exchange_n(&x, 9, __ATOMIC_ACQ_REL));
  ASSERT(9, x);

  short s = -3;
  ASSERT(-3, __atomic_exchange_n(&s, 8, __ATOMIC_SEQ_CST));
  ASSERT(8, s);
  unsigned char c = 200;
  ASSERT(200, __atomic_load_n(&c, __ATOMIC_RELAXED));
  ASSERT(200, __atomic_exchange_n(&c, 255, __ATOMIC_SEQ_CST));
  ASSERT(255, c);

  // The generic forms move whole objects through pointers.
  double d = 1.5, d2 = 2.5, d3 = 0;
  __atomic_exchange(&d, &d2, &d3, __ATOMIC_SEQ_CST);
  ASSERT(1, d == 2.5 && d3 == 1.5);
  __atomic_load(&d, &d3, __ATOMIC_SEQ_CST);
  ASSERT(1, d3 == 2.5);
  d2 = -4;
  __atomic_store(&d, &d2, __ATOMIC_SEQ_CST);
  ASSERT(1, d == -4);
  char *p = "abc", *q = 0;
  __atomic_load(&p, &q, __ATOMIC_ACQUIRE);
  ASSERT('b', q[1]);
}

static void test_compare_exchange(void) {
  long x = 5, e = 5;
  ASSERT(1, __atomic_compare_exchange_n(&x, &e, 9, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST));
  ASSERT(9, x);
  ASSERT(5, e);
  e = 1;
  ASSERT(0, __atomic_compare_exchange_n(&x, &e, 7, 1, __ATOMIC_SEQ_CST, __ATOMIC_RELAXED));
  ASSERT(9, x);
  ASSERT(9, e); // what x was

  int i = 3, want = 3, with = 4;
  ASSERT(1, __atomic_compare_exchange(&i, &want, &with, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST));
  ASSERT(4, i);

  int y = 10;
  ASSERT(1, __sync_bool_compare_and_swap(&y, 10, 11));
  ASSERT(0, __sync_bool_compare_and_swap(&y, 10, 12));
  ASSERT(11, y);
  ASSERT(11, __sync_val_compare_and_swap(&y, 11, 13));
  ASSERT(13, __sync_val_compare_and_swap(&y, 11, 14));
  ASSERT(13, y);
  signed char sc = -1;
  ASSERT(-1, __sync_val_compare_and_swap(&sc, -1, -2));
  ASSERT(-2, sc);
}

static void test_fetch_op(void) {
  int y = 0xf0;
  ASSERT(0xf0, __sync_fetch_and_or(&y, 0x0f));
  ASSERT(0xff, y);
  ASSERT(0x3c, __sync_and_and_fetch(&y, 0x3c));
  ASSERT(0x3c, __atomic_fetch_nand(&y, 0x0c, __ATOMIC_SEQ_CST));
  ASSERT(~0x0c, y);
  ASSERT(~0x0c ^ 0xff, __atomic_xor_fetch(&y, 0xff, __ATOMIC_SEQ_CST));
  ASSERT(~0x0c, __sync_nand_and_fetch(&y, 0x0f));

  long n = 10;
  ASSERT(10, __atomic_fetch_add(&n, 5, __ATOMIC_RELAXED));
  ASSERT(18, __atomic_add_fetch(&n, 3, __ATOMIC_RELAXED));
  ASSERT(18, __sync_fetch_and_sub(&n, 20));
  ASSERT(-2, n);
  ASSERT(-3, __atomic_sub_fetch(&n, 1, __ATOMIC_SEQ_CST));
  ASSERT(-3, __atomic_fetch_and(&n, 6, __ATOMIC_SEQ_CST));
  ASSERT(4, n);
  ASSERT(4, __sync_fetch_and_xor(&n, 1));
  ASSERT(7, __atomic_or_fetch(&n, 2, __ATOMIC_SEQ_CST));

  unsigned short us = 65535;
  ASSERT(0, __atomic_add_fetch(&us, 1, __ATOMIC_SEQ_CST));
  ASSERT(0, __sync_fetch_and_sub(&us, 1));
  ASSERT(65535, us);

  // Pointers step by bytes, as gcc's do.
  int arr[4];
  int *p = arr;
  __atomic_fetch_add(&p, sizeof(int), __ATOMIC_SEQ_CST);
  ASSERT(1, p == arr + 1);
}

static void test_flags_and_locks(void) {
  static unsigned char flag;
  ASSERT(0, __atomic_test_and_set(&flag, __ATOMIC_SEQ_CST));
  ASSERT(1, __atomic_test_and_set(&flag, __ATOMIC_SEQ_CST));
  ASSERT(1, flag);
  __atomic_clear(&flag, __ATOMIC_RELEASE);
  ASSERT(0, flag);

  int lock = 0;
  ASSERT(0, __sync_lock_test_and_set(&lock, 1));
  ASSERT(1, __sync_lock_test_and_set(&lock, 1));
  __sync_lock_release(&lock);
  ASSERT(0, lock);

  __sync_synchronize();
  __atomic_thread_fence(__ATOMIC_SEQ_CST);
  __atomic_signal_fence(__ATOMIC_SEQ_CST);
  ASSERT(1, __atomic_always_lock_free(8, 0));
  ASSERT(1, __atomic_always_lock_free(1, 0));
  ASSERT(0, __atomic_always_lock_free(16, 0));
  ASSERT(1, __atomic_is_lock_free(4, 0));
  ASSERT(5, __ATOMIC_SEQ_CST);
  ASSERT(2, __GCC_ATOMIC_INT_LOCK_FREE);
}

// Threads: four of them add to counters in every way at once.
enum { THREADS = 4, ROUNDS = 20000 };
static long counter;
static int cas_counter;
static short narrow;
static int spin;
static long guarded;

static void *hammer(void *arg) {
  (void)arg;
  for (int i = 0; i < ROUNDS; i++) {
    __sync_fetch_and_add(&counter, 1);
    __atomic_add_fetch(&counter, 2, __ATOMIC_RELAXED);
    __atomic_fetch_sub(&narrow, 1, __ATOMIC_SEQ_CST);
    int old = __atomic_load_n(&cas_counter, __ATOMIC_RELAXED);
    while (!__atomic_compare_exchange_n(&cas_counter, &old, old + 3, 1, __ATOMIC_SEQ_CST,
                                        __ATOMIC_RELAXED))
      ;
    while (__sync_lock_test_and_set(&spin, 1))
      ;
    guarded += 1; // only under the lock
    __sync_lock_release(&spin);
  }
  return 0;
}

static void test_threads(void) {
  pthread_t t[THREADS];
  for (int i = 0; i < THREADS; i++)
    pthread_create(&t[i], 0, hammer, 0);
  for (int i = 0; i < THREADS; i++)
    pthread_join(t[i], 0);
  ASSERT(3L * THREADS * ROUNDS, counter);
  ASSERT(3 * THREADS * ROUNDS, cas_counter);
  ASSERT((short)(-THREADS * ROUNDS), narrow);
  ASSERT(THREADS * ROUNDS, guarded);
}

// _Atomic objects: stores are seq_cst, and op=, ++ and -- one atomic step.
static _Atomic int shared_int;
static _Atomic(long *) shared_ptr;

static void test_atomic_qualifier(void) {
  _Atomic int a = 5;
  a = 7;
  ASSERT(7, a);
  ASSERT(8, ++a);
  ASSERT(8, a++);
  ASSERT(9, a);
  ASSERT(8, --a);
  ASSERT(8, a--);
  a += 10;
  a -= 3;
  a |= 0x100;
  a &= 0x10f;
  a ^= 1;
  ASSERT(0x10f, a);
  a *= 3; // no such instruction: a compare-exchange loop
  ASSERT(3 * 0x10f, a);
  a <<= 2;
  a /= 5;
  ASSERT(3 * 0x10f * 4 / 5, a);
  ASSERT(9, (a = 9));

  long arr[8];
  shared_ptr = arr;
  shared_ptr++;
  shared_ptr += 3;
  ASSERT(4, shared_ptr - arr);
  shared_ptr -= 2;
  ASSERT(2, shared_ptr-- - arr);

  _Atomic unsigned char c = 255;
  c++;
  ASSERT(0, c);
  _Atomic double d = 1.5;
  d = 2.5;
  ASSERT(1, d == 2.5);
  int * _Atomic p = 0;
  p = &shared_int;
  ASSERT(1, p == &shared_int);
  ASSERT(4, sizeof(_Atomic int));
}

// <stdatomic.h>: the generic functions on atomic objects of every kind.
static void test_stdatomic(void) {
  static atomic_int ai = ATOMIC_VAR_INIT(3);
  static _Atomic double ad;
  static atomic_flag f = ATOMIC_FLAG_INIT;
  atomic_store(&ai, 4);
  ASSERT(4, atomic_load(&ai));
  int e = 4;
  ASSERT(1, atomic_compare_exchange_strong(&ai, &e, 10));
  e = 4;
  ASSERT(0, atomic_compare_exchange_weak_explicit(&ai, &e, 11, memory_order_seq_cst,
                                                  memory_order_relaxed));
  ASSERT(10, e);
  ASSERT(10, atomic_fetch_add(&ai, 5));
  ASSERT(15, atomic_fetch_sub_explicit(&ai, 1, memory_order_relaxed));
  ASSERT(14, atomic_fetch_or(&ai, 1));
  ASSERT(15, atomic_fetch_and(&ai, 6));
  ASSERT(6, atomic_fetch_xor(&ai, 3));
  ASSERT(5, atomic_exchange(&ai, 1));
  atomic_init(&ai, 2);
  ASSERT(2, ai);
  atomic_store(&ad, 2.5);
  ASSERT(1, atomic_load(&ad) == 2.5);
  ASSERT(1, atomic_exchange(&ad, 4.0) == 2.5);
  ASSERT(0, atomic_flag_test_and_set(&f));
  ASSERT(1, atomic_flag_test_and_set_explicit(&f, memory_order_acquire));
  atomic_flag_clear(&f);
  ASSERT(0, atomic_flag_test_and_set(&f));
  ASSERT(1, atomic_is_lock_free(&ai));
  ASSERT(2, ATOMIC_INT_LOCK_FREE);
  ASSERT(5, kill_dependency(5));
  atomic_thread_fence(memory_order_seq_cst);
  atomic_signal_fence(memory_order_acquire);
  ASSERT(5, memory_order_seq_cst);
}

static void *increment_shared(void *arg) {
  (void)arg;
  for (int i = 0; i < ROUNDS; i++) {
    shared_int++;
    shared_int += 2;
  }
  return 0;
}

static void test_atomic_threads(void) {
  shared_int = 0;
  pthread_t t[THREADS];
  for (int i = 0; i < THREADS; i++)
    pthread_create(&t[i], 0, increment_shared, 0);
  for (int i = 0; i < THREADS; i++)
    pthread_join(t[i], 0);
  ASSERT(3 * THREADS * ROUNDS, shared_int);
}

int main(void) {
  test_atomic_qualifier();
  test_stdatomic();
  test_atomic_threads();
  test_load_store_exchange();
  test_compare_exchange();
  test_fetch_op();
  test_flags_and_locks();
  test_threads();
  test_done(__FILE__);
  return 0;
}
