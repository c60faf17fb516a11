#!/bin/bash
# Checks `make install` and `make uninstall`.
#   test/install.sh
# Installs 9cc with PREFIX=/usr/local into a temporary DESTDIR, then, from
# another directory, compiles and runs programs with the installed binary:
# it must find its own headers (stdarg.h, stdbool.h, ...) in
# PREFIX/lib/9cc/include, whether it is run by its path, through $PATH or
# through a symlink.  Then it uninstalls and checks that every file is gone;
# and does the same once more with a PREFIX and no DESTDIR.
# Prints PASS/FAIL per check and "N passed, N failed" last; exits 1 if any
# check failed.

. "$(dirname "$0")/lib.sh"
check_quoted=1

root=$(cd "$(dirname "$0")/.." && pwd)
# The makes run here are independent of any make that runs this script
# (`make -s check` must not silence them, nor pass its variables on).
unset MAKEFLAGS MFLAGS MAKELEVEL MAKEOVERRIDES

tmp=$(mktemp -d "${TMPDIR:-/tmp}/9cc-install.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT

headers=$(cd "$root/include" && ls *.h)

# A program that needs 9cc's own headers: stdarg.h and stdbool.h come only
# from 9cc (glibc has neither), and so do stddef.h, limits.h and float.h.
mkdir -p $tmp/work
cat > $tmp/work/prog.c <<'EOF'
#include <float.h>
#include <limits.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

static int sum(int n, ...) {
  va_list ap;
  va_start(ap, n);
  int s = 0;
  for (int i = 0; i < n; i++)
    s += va_arg(ap, int);
  va_end(ap);
  return s;
}

struct s { char c; long l; };

int main(int argc, char **argv) {
  bool ok = sum(4, 1, 2, 3, 4) == 10 && offsetof(struct s, l) == 8 &&
            INT_MAX == 2147483647 && DBL_MANT_DIG == 53 && sizeof(size_t) == 8;
  printf("%s %d %s\n", ok ? "ok" : "wrong", argc, argc > 1 ? argv[1] : "-");
  return ok ? 0 : 1;
}
EOF

# installed PREFIX DESTDIR: checks an installation
installed() {
  local prefix=$1 dest=$2 where="$2$1"
  local cc9=$where/bin/9cc
  local label="PREFIX=$prefix${dest:+ DESTDIR}"

  if (cd "$root" && make -s install PREFIX="$prefix" DESTDIR="$dest") > $tmp/make.log 2>&1; then
    pass "$label: make install"
  else
    fail "$label: make install" "$(oneline "$(tail -5 $tmp/make.log)")"
    return
  fi

  if [ -x "$cc9" ]; then pass "$label: bin/9cc is installed and executable"
  else fail "$label: bin/9cc is installed and executable"; fi
  local missing=
  for h in $headers; do
    [ -f "$where/lib/9cc/include/$h" ] || missing="$missing $h"
  done
  if [ -z "$missing" ]; then pass "$label: lib/9cc/include/ has every bundled header"
  else fail "$label: lib/9cc/include/ has every bundled header" "missing:$missing"; fi
  if [ -f "$where/share/man/man1/9cc.1" ]; then pass "$label: share/man/man1/9cc.1 is installed"
  else fail "$label: share/man/man1/9cc.1 is installed"; fi
  if [ -e "$where/bin/include" ]; then fail "$label: nothing but 9cc in bin/" "bin/include exists"
  else pass "$label: nothing but 9cc in bin/"; fi

  # Build and run from a directory that is neither the source tree nor the
  # installation.
  cd $tmp/work || return
  rm -f prog prog.o prog.d
  if "$cc9" -o prog prog.c 2> err; then
    check "$label: installed 9cc builds a program using stdarg.h and stdbool.h" "ok 2 x" "$(./prog x 2>&1)"
  else
    fail "$label: installed 9cc builds a program using stdarg.h and stdbool.h" "$(oneline "$(head -3 err)")"
  fi
  # The headers it used are the installed ones, not the source tree's.
  local deps
  deps=$("$cc9" -M prog.c 2>&1)
  local stdarg
  stdarg=$(printf '%s\n' "$deps" | grep -o '[^ ]*/stdarg\.h' | head -1)
  if [ -n "$stdarg" ] && [ "$(realpath "$stdarg")" = "$(realpath "$where/lib/9cc/include/stdarg.h")" ]; then
    pass "$label: it includes PREFIX/lib/9cc/include/stdarg.h"
  else
    fail "$label: it includes PREFIX/lib/9cc/include/stdarg.h" "$(oneline "$deps")"
  fi
  case $deps in
    *"$root/include/"*) fail "$label: it uses no header of the source tree" "$(oneline "$deps")" ;;
    *) pass "$label: it uses no header of the source tree" ;;
  esac
  # -MMD leaves out system headers, and 9cc's own are system headers.
  "$cc9" -c -MMD -o prog.o prog.c 2> err
  if [ -f prog.d ]; then
    if grep -q 'stdarg\.h\|stdbool\.h\|stdio\.h' prog.d; then
      fail "$label: -MMD leaves out the installed headers" "prog.d: $(oneline "$(cat prog.d)")"
    else
      pass "$label: -MMD leaves out the installed headers"
    fi
  else
    fail "$label: -MMD leaves out the installed headers" "no prog.d: $(oneline "$(head -3 err)")"
  fi
  check "$label: -run with the installed 9cc" "ok 3 a" "$("$cc9" -run prog.c a b 2>&1)"
  check "$label: 9cc found through \$PATH" "ok 1 -" \
    "$(PATH="$where/bin:$PATH" 9cc -o prog2 prog.c 2>&1 && ./prog2)"
  ln -sf "$cc9" $tmp/work/cc-link
  check "$label: 9cc run through a symlink elsewhere" "ok 1 -" \
    "$(./cc-link -o prog3 prog.c 2>&1 && ./prog3)"
  if command -v man > /dev/null 2>&1; then
    if man -l "$where/share/man/man1/9cc.1" 2>&1 | grep -q 'a small C11 compiler'; then
      pass "$label: man -l shows the installed page"
    else
      fail "$label: man -l shows the installed page"
    fi
  fi
  cd "$root" || return

  if (cd "$root" && make -s uninstall PREFIX="$prefix" DESTDIR="$dest") > $tmp/make.log 2>&1; then
    pass "$label: make uninstall"
  else
    fail "$label: make uninstall" "$(oneline "$(tail -5 $tmp/make.log)")"
  fi
  local left
  left=$(cd "$dest/" && find ".$prefix" -type f -o -type l 2>/dev/null)
  check "$label: no installed file is left" "" "$left"
  if [ -e "$where/lib/9cc" ]; then fail "$label: lib/9cc/ is removed"
  else pass "$label: lib/9cc/ is removed"; fi
}

installed /usr/local "$tmp/dest"
installed "$tmp/prefix" ""

finish
