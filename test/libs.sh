#!/bin/bash
# test/libs.sh [COMPILER]: static archives and shared objects made by 9cc,
# used by gcc-built programs, and the reverse.
set -u
. "$(dirname "$0")/lib.sh"
check_quoted=1
cc9=$(realpath ${1:-./9cc})
tmp=$(mktemp -d)
trap 'rm -rf $tmp' EXIT
cd $tmp

cat > lib.c <<'SRC'
int counter = 5;
static int hidden = 7;
int get(void) { return counter + hidden; }
int (*fp)(void) = get;
const char *msg = "hello";
int call_fp(void) { return fp(); }
double scale(double x, int n) { return x * n + hidden; }
SRC
cat > main.c <<'SRC'
#include <stdio.h>
extern int counter;
int get(void);
int call_fp(void);
extern const char *msg;
double scale(double x, int n);
int main(void) {
  counter = 10;
  printf("%d %d %s %.1f\n", get(), call_fp(), msg, scale(1.5, 2));
  return 0;
}
SRC
expected="17 17 hello 10.0"

# Static archive made by 9cc, used by 9cc and by gcc.
$cc9 -c -o lib.o lib.c && ar rcs libx.a lib.o
$cc9 -o p1 main.c -L. -lx && check "9cc program + 9cc static library" "$expected" "$(./p1)"
gcc -o p2 main.c -L. -lx && check "gcc program + 9cc static library" "$expected" "$(./p2)"

# Shared object made by 9cc with -fPIC -shared, used by gcc and by 9cc.
$cc9 -fPIC -shared -o libs9.so lib.c
gcc -o p3 main.c ./libs9.so && check "gcc program + 9cc shared object" "$expected" "$(./p3)"
$cc9 -o p4 main.c ./libs9.so && check "9cc program + 9cc shared object" "$expected" "$(./p4)"

# The reverse: a gcc-built shared object and archive used by 9cc.
gcc -fPIC -shared -o libsg.so lib.c
$cc9 -o p5 main.c ./libsg.so && check "9cc program + gcc shared object" "$expected" "$(./p5)"
gcc -c -o libg.o lib.c && ar rcs libg.a libg.o
$cc9 -o p6 main.c libg.a && check "9cc program + gcc static library" "$expected" "$(./p6)"

# A 9cc shared object loaded at run time through dlopen.
cat > dl.c <<'SRC'
#include <dlfcn.h>
#include <stdio.h>
int main(void) {
  void *h = dlopen("./libs9.so", RTLD_NOW);
  if (!h) { printf("dlopen: %s\n", dlerror()); return 1; }
  int (*get)(void) = (int (*)(void))dlsym(h, "get");
  printf("%d\n", get());
  return 0;
}
SRC
$cc9 -o p7 dl.c && check "dlopen of a 9cc shared object" "12" "$(./p7)"

# Atomics on an object of 512 bytes (9cc's lock-based functions) from
# the program and from two shared objects loaded with RTLD_LOCAL, each with
# its own copy of the functions: all must take the same locks (the table
# is one gnu_unique_object for the process), or updates are lost.
cat > adder.c <<'SRC'
struct wide { long v[64]; };
void *adder(void *arg) {
  struct wide *c = arg;
  for (int k = 0; k < 50000; k++) {
    struct wide old, new;
    __atomic_load(c, &old, __ATOMIC_RELAXED);
    do {
      for (int i = 0; i < 64; i++)
        new.v[i] = old.v[i] + i + 1;
    } while (!__atomic_compare_exchange(c, &old, &new, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST));
  }
  return 0;
}
SRC
cat > atomics.c <<'SRC'
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
struct wide { long v[64]; };
void *adder(void *arg);
static _Atomic struct wide counter;
int main(void) {
  void *h1 = dlopen("./libat1.so", RTLD_NOW | RTLD_LOCAL);
  void *h2 = dlopen("./libat2.so", RTLD_NOW | RTLD_LOCAL);
  if (!h1 || !h2) { printf("dlopen: %s\n", dlerror()); return 1; }
  void *(*fn[3])(void *) = {adder, (void *(*)(void *))dlsym(h1, "adder"),
                            (void *(*)(void *))dlsym(h2, "adder")};
  pthread_t t[6];
  for (int i = 0; i < 6; i++)
    pthread_create(&t[i], 0, fn[i % 3], (void *)&counter);
  for (int i = 0; i < 6; i++)
    pthread_join(t[i], 0);
  struct wide w = counter;
  printf("%ld %ld\n", w.v[0], w.v[63]);
  return 0;
}
SRC
$cc9 -fPIC -shared -o libat1.so adder.c && cp libat1.so libat2.so
$cc9 -o p9 atomics.c adder.c &&
  check "atomics of 512 bytes from a program and two RTLD_LOCAL libraries" "300000 19200000" "$(./p9)"

# -static: glibc's libc.a, with 9cc's own stand-ins for the libgcc
# functions it needs.  binary128 comparisons compiled by gcc check them.
cat > f128.c <<'SRC'
int cmp128(void) {
  volatile _Float128 a = 1.5, b = 2.5, n = -3.0, z = 0.0, nz = -0.0;
  volatile _Float128 nan = __builtin_nanf128("");
  int r = 0;
  r |= (a <= b) << 0;
  r |= !(b <= a) << 1;
  r |= (n <= a) << 2;
  r |= (z <= nz && nz <= z) << 3;
  r |= !(nan <= a) << 4;
  r |= __builtin_isnan(nan) << 5;
  r |= (n <= n) << 6;
  return r;
}
SRC
cat > static.c <<'SRC'
#include <stdio.h>
int cmp128(void);
int main(void) {
  long double x = 2.75L;
  printf("%Lg %d\n", x, cmp128());
  return 0;
}
SRC
gcc -O0 -c -o f128.o f128.c
$cc9 -static -o p8 static.c f128.o && check "-static program with binary128 compares" "2.75 127" "$(./p8)"
check "-static output is statically linked" yes "$(file p8 | grep -q 'statically linked' && echo yes || echo no)"

finish
