// gcc's side of test/atomic_lock.c: a compare-exchange loop on an object
// of 40 bytes, which gcc compiles to calls of __atomic_load and
// __atomic_compare_exchange (libatomic's interface, or 9cc's functions of
// that interface).
struct huge { long v[5]; };

static struct huge counter;

struct huge *gcc_counter(void) {
  return &counter;
}

void *gcc_adder(void *arg) {
  struct huge *c = arg;
  for (int k = 0; k < 50000; k++) {
    struct huge old, new;
    __atomic_load(c, &old, __ATOMIC_RELAXED);
    do {
      for (int i = 0; i < 5; i++)
        new.v[i] = old.v[i] + i + 1;
    } while (!__atomic_compare_exchange(c, &old, &new, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST));
  }
  return 0;
}

// The generic functions called by name, on objects of 1 to 17 bytes at
// every offset in a 16-byte-aligned buffer (the aligned 1, 2, 4, 8 and 16
// bytes take instructions, the rest locks): how many checks failed.
extern void lib_load(unsigned long n, void *obj, void *ret, int order) __asm__("__atomic_load");
extern void lib_store(unsigned long n, void *obj, void *val, int order) __asm__("__atomic_store");
extern void lib_exchange(unsigned long n, void *obj, void *val, void *ret, int order)
    __asm__("__atomic_exchange");
extern _Bool lib_cas(unsigned long n, void *obj, void *expected, void *desired, int success,
                     int failure) __asm__("__atomic_compare_exchange");

static int differ(unsigned char *a, unsigned char *b, int n) {
  for (int i = 0; i < n; i++)
    if (a[i] != b[i])
      return 1;
  return 0;
}

int gcc_generic_calls(void) {
  static _Alignas(16) unsigned char buf[48];
  int bad = 0;
  for (int n = 1; n <= 17; n++) {
    for (int off = 0; off < 16; off++) {
      unsigned char v[17], w[17], r[17];
      for (int i = 0; i < 48; i++)
        buf[i] = 0xee;
      for (int i = 0; i < n; i++)
        v[i] = n * 16 + i, w[i] = 3 + 7 * i; // (never equal)
      lib_store(n, buf + off, v, 5);
      bad += differ(buf + off, v, n) + (off && buf[off - 1] != 0xee) + (buf[off + n] != 0xee);
      lib_load(n, buf + off, r, 5);
      bad += differ(r, v, n);
      lib_exchange(n, buf + off, w, r, 5);
      bad += differ(r, v, n) + differ(buf + off, w, n);
      bad += lib_cas(n, buf + off, v, r, 5, 5); // v is not what the object holds
      bad += differ(v, w, n);                   // so now it is
      for (int i = 0; i < n; i++)
        r[i] = i;
      bad += !lib_cas(n, buf + off, v, r, 5, 5);
      bad += differ(buf + off, r, n) + (buf[off + n] != 0xee);
    }
  }
  return bad;
}
