#!/bin/bash
# test/buildsys.sh [COMPILER]: 9cc as the C compiler of build systems,
# through its cc personality (the 9cc-cc link; see README.md).
# - autoconf, automake and libtool: ./configure CC=9cc-cc (the compiler
#   probes, a.out), a libtool shared library and a program linked with it
#   (-rpath, -Wl, options, .lo objects), `make check`;
# - CMake's compiler detection, a static library and a program;
# - meson's compiler and linker detection, a shared library, a program
#   linked with it and `meson test`;
# - pkg-config's flags for zlib, if its .pc file is there.
# Each result is compared with what it must be.  Needs autoconf, automake,
# libtool, cmake, meson, ninja and pkg-config (CI installs them).  Ends with
# "N passed, N failed".
set -u
. "$(dirname "$0")/lib.sh"
cc9=$(realpath "${1:-./9cc}")
cc=$(dirname "$cc9")/9cc-cc
[ -x "$cc" ] || bail_out "no 9cc-cc beside $cc9 (make builds it)"
for tool in autoreconf automake libtoolize cmake meson ninja make; do
  command -v $tool > /dev/null || bail_out "buildsys: $tool is not installed"
done
tmp=$(mktemp -d "${TMPDIR:-/tmp}/buildsys.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT

# -- autoconf, automake, libtool ------------------------------------------
mkdir -p "$tmp/at" && cd "$tmp/at"
cat > configure.ac <<'EOF2'
AC_INIT([greet], [1.0])
AM_INIT_AUTOMAKE([foreign])
AC_PROG_CC
LT_INIT
AC_CHECK_HEADERS([stdint.h unistd.h])
AC_CHECK_FUNCS([strdup getpid])
AC_CHECK_SIZEOF([long])
AC_C_BIGENDIAN
AC_CONFIG_FILES([Makefile])
AC_CONFIG_HEADERS([config.h])
AC_OUTPUT
EOF2
cat > Makefile.am <<'EOF2'
lib_LTLIBRARIES = libgreet.la
libgreet_la_SOURCES = greet.c
bin_PROGRAMS = hello
hello_SOURCES = hello.c
hello_LDADD = libgreet.la
check_PROGRAMS = hello
TESTS = hello
EOF2
cat > greet.c <<'EOF2'
#include "config.h"
#include <string.h>
int greet_len(const char *s) { return (int)strlen(s) + SIZEOF_LONG; }
EOF2
cat > hello.c <<'EOF2'
#include "config.h"
#include <stdio.h>
int greet_len(const char *s);
int main(void) {
#if !defined HAVE_STRDUP || !defined HAVE_STDINT_H || WORDS_BIGENDIAN
  return 1;
#endif
  printf("%d\n", greet_len("hello"));
  return greet_len("hello") == 13 ? 0 : 1;
}
EOF2
autoreconf -fi > "$tmp/at.log" 2>&1
./configure CC="$cc" >> "$tmp/at.log" 2>&1
check "autoconf: ./configure CC=9cc-cc finds a working compiler" 0 $?
check "autoconf: the compiler probes answer as for gcc" "yes yes 8" \
  "$(grep -q 'define HAVE_STRDUP 1' config.h && echo yes) $(grep -q 'define HAVE_STDINT_H 1' config.h && echo yes) $(sed -n 's/#define SIZEOF_LONG //p' config.h)"
check "autoconf: configure says the compiler is GNU C compatible" yes \
  "$(grep -q '^ac_cv_c_compiler_gnu=yes' config.log && echo yes)"
make > "$tmp/make.log" 2>&1
check "libtool: a shared library and a program linked with it build" 0 $?
check "libtool: the shared library is a shared object" yes \
  "$(file -L .libs/libgreet.so 2>/dev/null | grep -q 'shared object' && echo yes)"
make check > "$tmp/check.log" 2>&1
check "automake: make check passes" 0 $?

# -- CMake ---------------------------------------------------------------
mkdir -p "$tmp/cm/build" && cd "$tmp/cm"
cat > CMakeLists.txt <<'EOF2'
cmake_minimum_required(VERSION 3.13)
project(sq C)
add_library(sq STATIC sq.c)
add_executable(main main.c)
target_link_libraries(main sq m)
EOF2
printf 'int sq(int x) { return x * x; }\n' > sq.c
printf '#include <math.h>\nint sq(int x);\nint main(void) { return sq(7) == 49 && sqrt(16.0) == 4.0 ? 0 : 1; }\n' > main.c
cd build
cmake -DCMAKE_C_COMPILER="$cc" .. > "$tmp/cmake.log" 2>&1
check "cmake: -DCMAKE_C_COMPILER=9cc-cc is detected as a working C compiler" 0 $?
make > "$tmp/cmake-make.log" 2>&1 && ./main
check "cmake: the project builds and its program runs" 0 $?

# -- meson ------------------------------------------------------------------
mkdir -p "$tmp/ms" && cd "$tmp/ms"
cat > meson.build <<'EOF2'
project('greet', 'c')
lib = shared_library('greet', 'greet.c')
e = executable('hello', 'hello.c', link_with: lib)
test('greets', e)
EOF2
printf 'int greet(void) { return 42; }\n' > greet.c
printf 'int greet(void);\nint main(void) { return greet() == 42 ? 0 : 1; }\n' > hello.c
CC="$cc" meson setup build > "$tmp/meson.log" 2>&1
check "meson: 9cc-cc is detected as a gcc-compatible C compiler" 0 $?
check "meson: ... driving GNU ld" yes "$(grep -q '^C linker for the host machine: .* ld.bfd' "$tmp/meson.log" && echo yes)"
ninja -C build > "$tmp/ninja.log" 2>&1 && meson test -C build > "$tmp/meson-test.log" 2>&1
check "meson: the shared library and program build and meson test passes" 0 $?

# -- pkg-config -------------------------------------------------------------
if command -v pkg-config > /dev/null && pkg-config --exists zlib 2>/dev/null; then
  printf '#include <zlib.h>\nint main(void) { return zlibVersion()[0] ? 0 : 1; }\n' > "$tmp/z.c"
  (cd "$tmp" && "$cc" $(pkg-config --cflags zlib) z.c $(pkg-config --libs zlib) && ./a.out)
  check "pkg-config's flags for zlib build and link a program" 0 $?
fi
finish
