// gcc-libs: -latomic
#include "test.h"

// Atomics on objects no instruction covers (24, 40, 12, 3 bytes): gcc
// calls libatomic for them (hence -latomic for gcc's build); 9cc writes
// its own lock-based functions of the same interface into the assembly,
// so the book's build (`cc f.s`, no -latomic) links as well.  The threads
// below see torn values if the functions are not atomic, and lose
// updates if gcc's code (test/atomic_lock_gcc.c, calling __atomic_load and
// friends) and 9cc's did not take the same locks.

typedef unsigned long pthread_t;
int pthread_create(pthread_t *t, void *attr, void *(*fn)(void *), void *arg);
int pthread_join(pthread_t t, void **ret);

struct big { long a, b, c; };
struct huge { long v[5]; };
struct twelve { int a, b, c; };
struct three { char c[3]; };

_Atomic struct big g = {1, 2, 3};

static struct big id(struct big x) { return x; }
static long sum(struct big x) { return x.a + x.b + x.c; }
static struct big read_g(void) { return g; }

static void test_atomic_objects(void) {
  struct big x = g;
  ASSERT(1, x.a);
  ASSERT(3, x.c);
  struct big y = {4, 5, 6};
  g = y;
  x = g;
  ASSERT(4, x.a);
  ASSERT(6, x.c);
  ASSERT(15, sum(g));
  ASSERT(5, id(g).b);
  ASSERT(6, read_g().c);
  struct big z = (g = (struct big){7, 8, 9});
  ASSERT(9, z.c);
  ASSERT(24, sum(g));
  ASSERT(24, sizeof g);
  ASSERT(8, _Alignof(_Atomic struct big));

  _Atomic struct three t = {{'a', 'b', 'c'}};
  struct three u = t;
  ASSERT('c', u.c[2]);
  ASSERT(3, sizeof t);
  ASSERT(1, _Alignof(_Atomic struct three));
  // As gcc lays them out: atomic objects of 2, 4, 8 and 16 bytes are
  // aligned to their size.
  ASSERT(16, _Alignof(_Atomic struct { long a, b; }));
  ASSERT(8, _Alignof(_Atomic struct { int a, b; }));
  ASSERT(4, _Alignof(_Atomic struct { short a, b; }));
  ASSERT(2, _Alignof(_Atomic struct { char a, b; }));
  ASSERT(4, _Alignof(_Atomic struct twelve));
  ASSERT(16, _Alignof(_Atomic double _Complex));
  struct { char c; _Atomic struct { int a, b; } s; } lay;
  ASSERT(8, (char *)&lay.s - (char *)&lay);
}

static void test_builtins(void) {
  struct huge h = {{1, 2, 3, 4, 5}}, r, n = {{9, 9, 9, 9, 9}};
  __atomic_load(&h, &r, __ATOMIC_SEQ_CST);
  ASSERT(5, r.v[4]);
  __atomic_store(&h, &n, __ATOMIC_RELEASE);
  ASSERT(9, h.v[0]);
  struct huge e = {{6, 7, 8, 9, 10}};
  __atomic_exchange(&h, &e, &r, __ATOMIC_ACQ_REL);
  ASSERT(9, r.v[2]);
  ASSERT(10, h.v[4]);

  struct huge expected = {{0}};
  ASSERT(0, __atomic_compare_exchange(&h, &expected, &n, 0, __ATOMIC_SEQ_CST, __ATOMIC_RELAXED));
  ASSERT(6, expected.v[0]); // what h was
  ASSERT(10, expected.v[4]);
  ASSERT(1, __atomic_compare_exchange(&h, &expected, &n, 1, __ATOMIC_SEQ_CST, __ATOMIC_RELAXED));
  ASSERT(9, h.v[0]);

  struct twelve w = {1, 2, 3}, w2 = {4, 5, 6}, wr;
  __atomic_exchange(&w, &w2, &wr, __ATOMIC_SEQ_CST);
  ASSERT(3, wr.c);
  ASSERT(6, w.c);
  struct three t = {{1, 2, 3}}, t2 = {{4, 5, 6}}, te = {{1, 2, 3}};
  ASSERT(1, __atomic_compare_exchange(&t, &te, &t2, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST));
  ASSERT(6, t.c[2]);
  // A 16-byte object aligned to less than 16 takes the runtime, which
  // finds the address's alignment at run time.
  struct { long a, b; } s16[2] = {{1, 2}, {3, 4}}, s16r;
  __atomic_load(&s16[1], &s16r, __ATOMIC_SEQ_CST);
  ASSERT(4, s16r.b);

  ASSERT(0, __atomic_always_lock_free(sizeof(struct big), 0));
  ASSERT(0, __atomic_is_lock_free(sizeof(struct big), 0));
  ASSERT(0, __atomic_is_lock_free(40, 0));
}

// Writers store {k, k, ..., k} for growing k in an object of 256 bytes,
// readers check that the fields of what they load agree; adders add to
// each field with a compare-exchange loop.
enum { ROUNDS = 50000 };

struct wide { long v[32]; };
_Atomic struct wide shared;

static void *writer(void *arg) {
  (void)arg;
  for (long k = 0; k < ROUNDS; k++) {
    struct wide v;
    for (int i = 0; i < 32; i++)
      v.v[i] = k;
    if (k & 1)
      shared = v;
    else
      __atomic_store(&shared, &v, __ATOMIC_SEQ_CST);
  }
  return 0;
}

static long torn;

static void *reader(void *arg) {
  (void)arg;
  for (long k = 0; k < ROUNDS; k++) {
    struct wide v;
    if (k & 1)
      v = shared;
    else
      __atomic_load(&shared, &v, __ATOMIC_SEQ_CST);
    if (v.v[0] != v.v[31] || v.v[0] != v.v[16])
      __atomic_fetch_add(&torn, 1, __ATOMIC_RELAXED);
  }
  return 0;
}

// An _Atomic long double: 9cc reads and writes it with cmpxchg16b (gcc
// with libatomic's __atomic_load_16, which does the same), and updates it
// with a compare-exchange loop.
static _Atomic long double ald = 1.5L;

static void test_long_double(void) {
  ASSERT(3, (int)(ald * 2));
  ald = 2.5L;
  ald += 1;
  ald *= 2;
  ASSERT(7, (int)ald);
  ASSERT(7, (int)ald--);
  ASSERT(5, (int)--ald);
  long double x = ald / 2;
  ASSERT(1, x == 2.5L);
}

static struct huge counter;

static void *adder(void *arg) {
  struct huge *c = arg ? arg : &counter;
  for (int k = 0; k < ROUNDS; k++) {
    struct huge old, new;
    __atomic_load(c, &old, __ATOMIC_RELAXED);
    do {
      for (int i = 0; i < 5; i++)
        new.v[i] = old.v[i] + i + 1;
    } while (!__atomic_compare_exchange(c, &old, &new, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST));
  }
  return 0;
}

void *gcc_adder(void *arg); // in test/atomic_lock_gcc.c
struct huge *gcc_counter(void);
int gcc_generic_calls(void);

// Runs even(arg) and odd(arg) in n threads, alternating, at once: each
// waits for all to have started.
static int started;
static void *(*jobs[2])(void *);
static void *job_arg;

static void *start(void *i) {
  __atomic_fetch_sub(&started, 1, __ATOMIC_SEQ_CST);
  while (__atomic_load_n(&started, __ATOMIC_SEQ_CST))
    ;
  return jobs[(long)i % 2](job_arg);
}

static void run(int n, void *(*even)(void *), void *(*odd)(void *), void *arg) {
  pthread_t t[6];
  started = n;
  jobs[0] = even;
  jobs[1] = odd;
  job_arg = arg;
  for (long i = 0; i < n; i++)
    pthread_create(&t[i], 0, start, (void *)i);
  for (int i = 0; i < n; i++)
    pthread_join(t[i], 0);
}

static void test_threads(void) {
  run(6, writer, reader, 0);
  ASSERT(0, torn);

  run(4, adder, adder, 0);
  ASSERT(4 * ROUNDS, counter.v[0]);
  ASSERT(5 * 4 * ROUNDS, counter.v[4]);

  // gcc's code and 9cc's on one object at once.
  struct huge *c = gcc_counter();
  run(4, adder, gcc_adder, c);
  ASSERT(4 * ROUNDS, c->v[0]);
  ASSERT(3 * 4 * ROUNDS, c->v[2]);
}

int main(void) {
  test_atomic_objects();
  test_builtins();
  test_long_double();
  ASSERT(0, gcc_generic_calls());
  test_threads();
  test_done(__FILE__);
  return 0;
}
