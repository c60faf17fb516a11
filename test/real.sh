#!/bin/bash
# test/real.sh: real-world C projects built with 9cc.  Fetches Debian's
# source packages at run time (apt-get source, through a private apt
# configuration in the scratch folder), builds each one through its own
# build system with 9cc and again with gcc, runs its own test suite both
# ways, and writes the table in docs/REAL-WORLD.md.  A project passes when
# it builds with 9cc and every test that passes with gcc passes with 9cc
# too: a failure that gcc shares is the project's or the machine's.
#
#   test/real.sh [--ci] [--no-doc] [--doc-only] [--only 9cc|gcc] [PROJECT...]
#
# With no PROJECT, all of them (the list in `projects` below), smallest
# first.  --ci: the quick ones CI runs (`make real-ci`), without writing the
# table.  --no-doc: don't write the table.  --doc-only: only write it, from
# the results earlier runs left in the scratch folder.  --only 9cc (or
# gcc): build and test with that compiler only, and compare with the other
# one's results from an earlier run (after a fix in 9cc, gcc's side need
# not run again).
#
# Environment:
#   REAL_CC    the compiler under test, a command with cc's behaviour
#              (`CC x.c` makes a.out; default: the 9cc-cc link, 9cc's
#              cc personality)
#   REAL_GCC   the reference compiler (default: gcc)
#   REAL_JOBS  make -jN (default: 2; the machine is shared)
#   REAL_DIR   the scratch folder (default: build/real, ignored by git)
#
# Scratch folder layout: apt/ (private apt sources, lists and cache),
# dl/ (the downloaded .dsc and tarballs), src/NAME (the unpacked source,
# never modified), work/NAME.CC (the copy built by CC), logs/NAME.CC.*.log,
# results/NAME.* (what the table is made from).  Nothing of a package's
# code is ever committed: build/ is in .gitignore.
#
# Run as root it installs what a build needs (dpkg-dev, cmake, ...) with
# apt-get, and the locales the test suites use (localedef); otherwise it
# names what is missing.  SQLite's suite refuses to run as root: then it
# runs as an unprivileged user the script creates (real9cc).  Ends with
# "N passed, N failed": per project, one check that it builds with 9cc and
# one that its tests pass as they do with gcc.
set -u
. "$(dirname "$0")/lib.sh"

# Started in the background (`&` in a script, nohup), the script and all
# it runs ignore SIGINT, and the tests that send it to a child (make's
# functions/shell, gnulib's test-execute) find the child alive: then the
# script starts again with SIGINT's default action, as from a terminal.
if [ "$(trap -p INT)" = "trap -- '' SIGINT" ] && [ -z "${REAL_SIGINT:-}" ]; then
  REAL_SIGINT=default exec env --default-signal=INT "$0" "$@"
fi

top=$(cd "$(dirname "$0")/.." && pwd)
real=${REAL_DIR:-$top/build/real}
case $real in /*) ;; *) real=$PWD/$real ;; esac
jobs=${REAL_JOBS:-2}
gcc_cmd=${REAL_GCC:-gcc}
cc_cmd=${REAL_CC:-$top/9cc-cc}
doc=$top/docs/REAL-WORLD.md
write_doc=1
unpriv_user=real9cc

# The projects, in the order they run and stand in the table.
projects="cjson libyaml expat bzip2 jq gzip sed m4 diffutils grep make-dfsg
  pcre2 libpng1.6 gawk sqlite3 tar bash coreutils python3.11 git xxhash"
# CI's: the quick ones that pass.
ci_projects="cjson libyaml"

# The makes run here are independent of any make that runs this script.
unset MAKEFLAGS MFLAGS MAKELEVEL MAKEOVERRIDES

selected= doc_only= only=
while [ $# -gt 0 ]; do
  case $1 in
    --ci) selected=$ci_projects; write_doc=0 ;;
    --no-doc) write_doc=0 ;;
    --doc-only) doc_only=1 ;;
    --only) only=${2:-}; shift
      case $only in 9cc|gcc) ;; *) bail_out "real.sh: --only 9cc or --only gcc" ;; esac ;;
    -*) bail_out "real.sh: unknown option $1" ;;
    *) selected="$selected $1" ;;
  esac
  shift
done
[ -n "$selected" ] || selected=$projects

mkdir -p "$real"/{work,logs,results,bin}

# ---------------------------------------------------------------------------
# What each project is: its source package, the Debian packages its build
# or tests need, how it is built and tested, how its test log is read.
# build_P DIR CC, test_P DIR CC and parse_P LOG may be defined per project;
# the defaults are autotools (./configure CC=...; make; make check) and
# automake's test-suite lines (PASS: name, FAIL: name, ...).
# ---------------------------------------------------------------------------

# project_info NAME: sets srcpkg, deps (Debian packages needed), note
# (what the table says was needed, besides a working C compiler), known
# (the 9cc gap or bug behind a failure, as last found: the table shows it
# while the project fails with 9cc; each bug fixed has its test under test/),
# shared (why the tests that fail with gcc too fail, where known).
project_info() {
  srcpkg=$1 deps= note= known= shared=
  case $1 in
    cjson) deps=cmake note="CMake; ctest" ;;
    libyaml) note="autoreconf" deps="autoconf automake libtool" ;;
    expat) note="configure --without-docbook" ;;
    bzip2) note="its Makefile; make test" ;;
    jq) deps="libonig-dev" note="configure --disable-valgrind" ;;
    sqlite3) deps="tcl-dev" note="testfixture test/veryquick.test, as an unprivileged user"
      shared="io-5.5 fails with gcc too: it expects upstream's SQLITE_MAX_DEFAULT_PAGE_SIZE, 8192; Debian's patch 31 makes it 32768" ;;
    make-dfsg) deps="autopoint" note="autoreconf" ;;
    grep) deps="autopoint" note="autoreconf (Debian's patches touch configure.ac)" ;;
    sed) shared="panic-tests.sh expects that sed cannot write in a read-only directory, which root can" ;;
    m4) note="a 9cc fix: 9cc crashed on src/builtin.c, where glibc's inline memcpy's parameters outlived its expansion (test/fortify.c)"
      shared="test-execute.sh's case 5 expects a child killed by SIGINT, which a run in the background ignored" ;;
    gawk) note="make check: one test a name, failures leave test/_NAME" ;;
    tar) note="a 9cc fix: 9cc crashed on src/incremen.c, a folded fprintf's arguments in a cycle (test/fortify.c); and static inline functions written only if used" ;;
    bash) note="a 9cc fix: const objects in .rodata as gcc places them; bash's malloc reads binsizes[-1] (test/driver.sh)" ;;
    coreutils) note="a 9cc fix: gcc's --std= spelling, which its tests' helper libraries use (test/options.sh)"
      shared="chroot-credentials.sh expects chroot --userspec=:GROUP to keep the supplementary groups; here Debian's own chroot drops them too" ;;
    python3.11) deps="libffi-dev zlib1g-dev libbz2-dev liblzma-dev libsqlite3-dev libssl-dev"
      note="configure; make; 89 modules of its regression suite (python -m test), a check each test case; pyexpat builds with neither compiler (it includes the interpreter's internal headers)" ;;
    xxhash) note="its Makefile; its CLI checks, each make target a check; XXH3 through SSE2 intrinsics (<emmintrin.h>), which with 9cc are calls (gcc inlines them even at -O0): XXH3 runs at a tenth of gcc -O0's speed, hence the time" ;;
    git) deps="zlib1g-dev" note="its Makefile (NO_CURL, NO_EXPAT, NO_GETTEXT, NO_TCLTK, NO_PYTHON); t/t0*.sh and t/t1*.sh, a check each" ;;
  esac
}

# apt-get source through a private apt configuration in the scratch folder:
# apt_setup, need_tools, fetch (test/debsrc.sh, shared with bench/run.sh).
debsrc=$real
. "$top/test/debsrc.sh"

# The locales the test suites use (gawk, grep, sed, diffutils, coreutils,
# tar, bash: en_US.UTF-8 most, then the others for multibyte and
# single-byte cases).  A test whose locale is missing is skipped or, in
# gawk's suite, fails; so that both builds run them, they are made with
# localedef (a minute, once) when the script runs as root.
locales="en_US.UTF-8 fr_FR.UTF-8 de_DE.UTF-8 ja_JP.UTF-8 ru_RU.UTF-8
  tr_TR.UTF-8 el_GR.ISO-8859-7 en_US.ISO-8859-1 ru_RU.KOI8-R ja_JP.EUC-JP
  zh_CN.GB18030"

# has_locale NAME: `locale -a` lists NAME (it spells en_US.UTF-8 en_US.utf8).
has_locale() {
  locale -a 2>/dev/null | grep -qx "${1%%.*}.$(echo "${1#*.}" | tr -d - | tr A-Z a-z)"
}

# need_locales: makes the missing ones (as root), or names them.
need_locales() {
  local l missing=
  for l in $locales; do
    has_locale "$l" && continue
    if [ "$(id -u)" = 0 ] && localedef -i "${l%%.*}" -f "${l#*.}" "$l" 2>/dev/null; then
      echo "made locale $l"
    else
      missing="$missing $l"
    fi
  done
  [ -z "$missing" ] ||
    echo "warning: locales missing (tests that need them skip or fail both ways):$missing"
}

# ---------------------------------------------------------------------------
# The compiler under test.
# ---------------------------------------------------------------------------

# has_cc_mode CMD: CMD behaves as cc does (`CMD t.c` writes a.out).
has_cc_mode() {
  local t
  t=$(mktemp -d "$real/ccmode.XXXXXX")
  echo 'int main(void) { return 0; }' > "$t/t.c"
  (cd "$t" && $1 t.c && ./a.out) > /dev/null 2>&1
  local status=$?
  rm -rf "$t"
  return $status
}

# ---------------------------------------------------------------------------
# Default build, test and parse: autotools and automake's test harness.
# ---------------------------------------------------------------------------

# MAKEINFO=true: Debian's patches may leave a manual to remake, and the
# manuals are no part of the test.
build_default() {
  if [ ! -x configure ]; then
    autoreconf -fi || return
  fi
  ./configure CC="$2" && make -j"$jobs" MAKEINFO=true
}

test_default() {
  make -k -j"$jobs" MAKEINFO=true check
}

# parse_default LOG: automake's lines (PASS: name) as "PASS name".
parse_default() {
  sed -n 's/^\(PASS\|FAIL\|XFAIL\|XPASS\|SKIP\|ERROR\): \([^ ]*\).*/\1 \2/p' "$1" |
    sed 's/^XFAIL /PASS /; s/^XPASS /FAIL /; s/^ERROR /FAIL /'
}

# parse_ctest LOG: ctest's "1/19 Test  #1: name ....   Passed".
parse_ctest() {
  sed -n 's/^.*Test  *#[0-9]*: \([^ ]*\) .*\(Passed\|Failed\|Not Run\|Exception\|Timeout\).*/\2 \1/p' "$1" |
    sed 's/^Passed /PASS /; s/^[A-Z][a-z ]* /FAIL /'
}

# ---------------------------------------------------------------------------
# Per-project build, test and parse functions.
# ---------------------------------------------------------------------------

build_cjson() {
  mkdir -p b && cd b && cmake -DCMAKE_C_COMPILER="$2" -DENABLE_CJSON_TEST=On \
    -DENABLE_CJSON_UTILS=On .. && make -j"$jobs"
}
test_cjson() { cd b && ctest --output-on-failure; }
parse_cjson() { parse_ctest "$1"; }

# expat's tree is in expat/; configure needs docbook2man unless told not to.
build_expat() {
  cd expat && autoreconf -fi && ./configure CC="$2" --without-docbook && make -j"$jobs"
}
test_expat() { cd expat && test_default; }

# bzip2: its own Makefile; `make test` compresses and decompresses three
# samples and stops at the first cmp that fails, so the cmps run again here,
# each its own test.
build_bzip2() { make CC="$2" -j"$jobs" libbz2.a bzip2 bzip2recover; }
test_bzip2() {
  make CC="$2" test
  local i
  for i in 1 2 3; do
    cmp sample$i.bz2 sample$i.rb2 && echo "PASS: compress-$i" || echo "FAIL: compress-$i"
    cmp sample$i.tst sample$i.ref && echo "PASS: decompress-$i" || echo "FAIL: decompress-$i"
  done
}

# jq: its tests run under valgrind when configure finds it, which takes
# tens of minutes; without it, a few seconds.
build_jq() {
  [ -x configure ] || autoreconf -fi || return
  ./configure CC="$2" --disable-valgrind --disable-docs && make -j"$jobs"
}

# grep: Debian's patches leave configure.ac newer than configure, and make
# would rerun an automake whose version differs; as debian/rules does
# (dh_autoreconf), autoreconf first.
build_grep() {
  autoreconf -fi && ./configure CC="$2" && make -j"$jobs" MAKEINFO=true
}

# make: no configure in the tarball (Debian runs autoreconf); its suite is
# tests/run_make_tests.pl: "category/name ..... ok" or "... FAILED".
build_make_dfsg() {
  autoreconf -fi && ./configure CC="$2" --with-guile=no && make -j"$jobs" MAKEINFO=true
}
parse_make_dfsg() {
  sed -n 's/^\([a-z_-]*\/[^ ]*\) \.*[ ]*ok.*/PASS \1/p; s/^\([a-z_-]*\/[^ ]*\) \.*[ ]*FAILED.*/FAIL \1/p' "$1"
}

# gawk: Debian strips the manual's sources (doc/gawktexi.in), which doc/
# and awklib/ would remake; as debian/rules does, the files are touched
# with an old date so that make takes them as up to date.
build_gawk() {
  ./configure CC="$2" || return
  touch --date="Jan 01 2000" doc/gawktexi.in doc/sidebar.awk doc/gawk.texi \
    doc/gawk.info doc/gawkinet.texi doc/gawkinet.info doc/gawkworkflow.texi \
    doc/gawkworkflow.info doc/pm-gawk.texi doc/pm-gawk.info
  make -j"$jobs" MAKEINFO=true
}

# gawk: each test echoes its name; a failed one leaves test/_NAME behind.
test_gawk() {
  make -k check 2>&1 | tee check.out
  local n
  for n in $(grep -xE '[A-Za-z0-9_+-]+' check.out | sort -u); do
    [ -f "test/$n.ok" ] || [ -f "test/$n.awk" ] || continue
    if [ -e "test/_$n" ]; then echo "FAIL: $n"; else echo "PASS: $n"; fi
  done
}

# tar and coreutils: configure refuses to run as root unless told it may
# (their tests then run as root too, with gcc as with 9cc).
build_tar() { FORCE_UNSAFE_CONFIGURE=1 build_default "$@"; }
build_coreutils() { FORCE_UNSAFE_CONFIGURE=1 build_default "$@"; }

# parse_autotest LOG: autotest's "  12: what it tests     ok" (or FAILED,
# skipped, expected failure) as "PASS 12-what_it_tests".
parse_autotest() {
  sed -n 's/^ *\([0-9][0-9]*\): \(.*[^ ]\)  *\(ok\|skipped\|FAILED\|expected failure\|UNEXPECTED PASS\)\( (.*)\)\{0,1\}$/\3 \1-\2/p' "$1" |
    sed 's/^ok /PASS /; s/^skipped /SKIP /; s/^expected failure /PASS /;
         s/^FAILED /FAIL /; s/^UNEXPECTED PASS /FAIL /; s/ /_/2g'
}
parse_tar() { parse_autotest "$1"; }

# bash: tests/run-all runs each tests/run-NAME, which diffs the output of
# a script with the expected one and prints the differences.  Run here one
# by one, as run-all does: a test fails when it exits non-zero or prints a
# diff hunk ("12c12"); other lines it prints are its warnings.
test_bash() {
  make recho zecho printenv xcase && cp recho zecho printenv xcase tests/ || return
  cd tests || return
  local x out status
  export BUILD_DIR=$1 THIS_SH=$1/bash PATH=$1/tests:$PATH TMPDIR=$1/tests
  for x in run-*; do
    case $x in run-all|run-minimal|run-gprof|*.orig|*~) continue ;; esac
    export BASH_TSTOUT=$TMPDIR/bashtst-$x
    out=$(sh "$x" 2>&1 < /dev/null)
    status=$?
    rm -f "$BASH_TSTOUT"
    printf '%s\n' "$out" | sed "s/^/$x: /"
    if [ $status = 0 ] && ! printf '%s\n' "$out" | grep -qE '^[0-9]+(,[0-9]+)?[acd][0-9]+(,[0-9]+)?$'; then
      echo "PASS: $x"
    else
      echo "FAIL: $x"
    fi
  done
}

# python3.11: configure and make build the interpreter and, through
# setup.py, its extension modules with the same compiler.  The tests: a
# subset of the regression suite, the modules that exercise the C code most
# (numbers, strings, containers, the compiler, ctypes through libffi, the C
# API, the compression and database bindings, os and processes; not
# test_socket, whose VSOCK test waits forever in a virtual machine that
# has the device but no peer).  Each test case is a check; a module still
# running after 15 minutes is stopped and fails.  python -m test -v prints
# "name (module.Class.name) ... ok", or the name on one line and its
# docstring, then the result, on the next; a doctest file, "Doctest: name
# ... ok".
python_tests="test_grammar test_long test_float test_int test_math test_cmath
  test_complex test_string test_unicode test_bytes test_struct test_array
  test_list test_dict test_set test_tuple test_re test_json test_decimal
  test_fractions test_statistics test_hashlib test_zlib test_bz2 test_lzma
  test_datetime test_itertools test_functools test_collections test_sort
  test_pickle test_marshal test_binascii test_ctypes test_capi test_sqlite3
  test_csv test_enum test_exceptions test_generators test_compile test_ast
  test_format test_time test_random test_heapq test_bisect test_codecs
  test_io test_os test_subprocess test_builtin test_types test_class
  test_descr test_dataclasses test_typing test_traceback test_sys test_gc
  test_weakref test_threading test_select test_signal test_mmap
  test_memoryview test_buffer test_operator test_opcodes test_dis
  test_contextlib test_coroutines test_asyncgen test_sys_settrace
  test_unicodedata test_multibytecodec test_zipfile test_tarfile test_gzip
  test_shutil test_tempfile test_pathlib test_base64 test_hmac test_uuid
  test_posix test_faulthandler test_fcntl test_peepholer"
build_python3_11() { ./configure CC="$2" && make -j"$jobs"; }
test_python3_11() { ./python -m test -j"$jobs" --timeout=900 -v $python_tests; }
parse_python3_11() {
  awk '
    # result R: prints the pending case'"'"'s line if R is a result word.
    function result(r) {
      if (r ~ /^(ok|expected failure)$/) print "PASS " name
      else if (r ~ /^skipped/) print "SKIP " name
      else if (r ~ /^(FAIL|ERROR|unexpected success)$/) print "FAIL " name
      else return
      name = ""
    }
    /^test[^ ]* \([^ ]*\)/ {
      name = $2; gsub(/[()]/, "", name)
      rest = $0; sub(/^test[^ ]* \([^ ]*\)/, "", rest)
      if (rest ~ /^ \.\.\. /) { sub(/^ \.\.\. /, "", rest); result(rest) }
      next
    }
    /^Doctest: [^ ]* \.\.\. / { name = "Doctest:" $2; result($4); next }
    name != "" { r = $0; sub(/.* \.\.\. /, "", r); result(r) }' "$1"
}

# git: its Makefile, without the optional libraries; the test scripts
# t0* (basics) and t1* (plumbing), each a check: it passes when its tests
# pass (or are skipped for a missing prerequisite).
git_flags() { echo NO_CURL=1 NO_EXPAT=1 NO_GETTEXT=1 NO_TCLTK=1 NO_PYTHON=1; }
build_git() { make -j"$jobs" CC="$2" $(git_flags) all; }
test_git() {
  cd t || return
  ls t0*.sh t1*.sh | xargs -P "$jobs" -I{} sh -c \
    'if sh {} > /dev/null 2>&1; then echo "PASS: {}"; else echo "FAIL: {}"; fi'
}

# xxhash: its Makefile; the test targets that need no other compiler,
# each a check, and one that xxhsum was built for SSE2 (its version line
# says so): code that sees __SSE2__ takes the <emmintrin.h> path.
build_xxhash() { make -j"$jobs" CC="$2" xxhsum; }
test_xxhash() {
  local t
  for t in check test-xxhsum-c c90test noxxh3test; do
    if make CC="$2" "$t" > "$t.log" 2>&1; then echo "PASS: $t"; else echo "FAIL: $t"; fi
  done
  if ./xxhsum -V 2>&1 | grep -q 'SSE2'; then echo "PASS: sse2"; else echo "FAIL: sse2"; fi
}

# SQLite: testfixture runs test/veryquick.test, which will not run as
# root: then as $unpriv_user, who owns the copy.  With --verbose=1 (the
# default) each test prints "name... Ok"; a failure, "! name expected: ...".
build_sqlite3() {
  ./configure CC="$2" --with-tcl=/usr/lib/tcl8.6 && make -j"$jobs" testfixture
}
test_sqlite3() {
  if [ "$(id -u)" = 0 ]; then
    id "$unpriv_user" > /dev/null 2>&1 ||
      useradd --system --no-create-home --shell /usr/sbin/nologin "$unpriv_user" || return
    chown -R "$unpriv_user" .
    runuser -u "$unpriv_user" -- ./testfixture test/veryquick.test
  else
    ./testfixture test/veryquick.test
  fi
}
parse_sqlite3() {
  sed -n 's/^\([^ ]*\)\.\.\. *Ok$/PASS \1/p; s/^! \([^ ]*\) expected: .*/FAIL \1/p' "$1"
  sed -n 's/^!Failures on these tests: //p' "$1" | tr ' ' '\n' | sed -n 's/^./FAIL &/p'
}

# ---------------------------------------------------------------------------
# Running one project with one compiler.
# ---------------------------------------------------------------------------

# fn KIND NAME: the function KIND_NAME if defined, else KIND_default.
fn() {
  local f=${1}_${2//[.-]/_}
  declare -F "$f" > /dev/null && echo "$f" || echo "${1}_default"
}

# run_one NAME LABEL CC: builds and tests NAME with CC in work/NAME.LABEL;
# writes results/NAME.LABEL (key=value lines) and results/NAME.LABEL.tests
# (a "PASS name" / "FAIL name" / "SKIP name" line per test).
run_one() {
  local name=$1 label=$2 cc=$3 w=$real/work/$1.$2 start end status
  local res=$real/results/$name.$label log=$real/logs/$name.$label
  rm -rf "$w" "$res" "$res.tests"
  cp -a "$real/src/$name" "$w"
  start=$(date +%s)
  (cd "$w" && $(fn build "$name") "$w" "$cc") > "$log.build.log" 2>&1
  status=$?
  end=$(date +%s)
  {
    echo "version=$version"
    echo "build=$([ $status = 0 ] && echo ok || echo failed)"
    echo "build_seconds=$((end - start))"
  } > "$res"
  if [ $status = 0 ]; then
    start=$(date +%s)
    (cd "$w" && $(fn test "$name") "$w" "$cc") > "$log.test.log" 2>&1
    echo "test_status=$?" >> "$res"
    echo "test_seconds=$(($(date +%s) - start))" >> "$res"
    $(fn parse "$name") "$log.test.log" | sort -u > "$res.tests"
  else
    : > "$res.tests"
    # The first error, for the table.
    echo "error=$(first_error "$name")" >> "$res"
  fi
  echo "passed=$(grep -c '^PASS ' "$res.tests")" >> "$res"
  echo "total=$(grep -vc '^SKIP ' "$res.tests")" >> "$res"
}

# first_error NAME: the first compiler error or undefined reference in
# NAME's build log with 9cc, else the first failed make step.
first_error() {
  local log=$real/logs/$1.9cc.build.log error
  error=$(grep -m1 -E '(^|: )(fatal )?error:|undefined reference' "$log" ||
          grep -m1 -E 'Error [0-9]' "$log")
  echo "$error" | sed "s|$real/work/$1.9cc/||g" | cut -c1-160 | tr '|`' '/'"'"
}

# value FILE KEY
value() { sed -n "s/^$2=//p" "$1" 2>/dev/null | tail -1; }

# seconds FILE: build and test time.
seconds() {
  local b t
  b=$(value "$1" build_seconds) t=$(value "$1" test_seconds)
  echo $((${b:-0} + ${t:-0}))
}

# run_project NAME: fetch, both compilers (9cc first: its failures are the
# news), compare; PASS/FAIL lines.
run_project() {
  local name=$1 r=$real/results/$1 regress
  project_info "$name"
  if ! need_tools $deps; then
    fail "$name: tools missing to build it"
    return
  fi
  if ! fetch "$srcpkg"; then
    fail "$name: apt-get source $srcpkg" "see $real/logs/$srcpkg.fetch.log"
    return
  fi
  echo "== $name $version"
  [ "$only" = gcc ] || run_one "$name" 9cc "$cc9"
  [ "$only" = 9cc ] || run_one "$name" gcc "$gcc_cmd"
  local label
  for label in 9cc gcc; do
    echo "   $label: build $(value "$r.$label" build) in $(value "$r.$label" build_seconds)s," \
      "tests $(value "$r.$label" passed)/$(value "$r.$label" total) in $(value "$r.$label" test_seconds)s"
  done
  rm -f "$r.info"
  if [ -n "$only" ] && ! { complete "$r.9cc" && complete "$r.gcc"; }; then
    fail "$name: no earlier results of the other compiler to compare with"
    return
  fi
  : > "$r.info"
  if [ "$(value "$r.9cc" build)" = ok ]; then
    pass "$name: builds with 9cc"
  else
    fail "$name: builds with 9cc" "$(value "$r.9cc" error)"
  fi
  # The tests that pass with gcc and not with 9cc.
  regress=$(comm -23 <(sed -n 's/^PASS //p' "$r.gcc.tests") <(sed -n 's/^PASS //p' "$r.9cc.tests"))
  echo "regressions=$(echo $regress)" >> "$r.info"
  if [ "$(value "$r.gcc" build)" != ok ]; then
    fail "$name: builds with gcc" "see $real/logs/$name.gcc.build.log"
  elif [ "$(value "$r.gcc" total)" = 0 ]; then
    fail "$name: its test suite ran no test with gcc" "see $real/logs/$name.gcc.test.log"
  elif [ -z "$regress" ]; then
    pass "$name: every test that passes with gcc passes with 9cc ($(value "$r.9cc" passed)/$(value "$r.9cc" total))"
  else
    fail "$name: tests that pass with gcc fail with 9cc" "$(echo $regress | cut -c1-200)"
  fi
}

# ---------------------------------------------------------------------------
# docs/REAL-WORLD.md: a row per project, from results/ where this run (or
# an earlier one) made them, else the row the document already had.
# ---------------------------------------------------------------------------

# complete FILE: a run_one result that got as far as counting tests.
complete() { [ -n "$(value "$1" total)" ]; }

row() {
  local name=$1 r=$real/results/$1 b9 bg t9 tg needed time shared_fails
  if ! complete "$r.9cc"; then
    grep "^| $name |" "$doc" 2>/dev/null || echo "| $name | | not run | | | | |"
    return
  fi
  b9=$(value "$r.9cc" build) bg=$(value "$r.gcc" build)
  t9="$(value "$r.9cc" passed)/$(value "$r.9cc" total)"
  tg="$(value "$r.gcc" passed)/$(value "$r.gcc" total)"
  [ "$b9" = ok ] || t9=—
  [ "$bg" = ok ] || tg=—
  project_info "$name"
  needed=$note
  if ! complete "$r.gcc" || [ ! -f "$r.info" ]; then
    # Stopped (a deadline, a crash of the run) before gcc's side was done.
    tg="not run"
    needed="${needed:+$needed; }gcc's run did not finish, so not compared"
    [ -z "$(sed -n 's/^FAIL //p' "$r.9cc.tests")" ] ||
      needed="$needed; fail with 9cc: $(sed -n 's/^FAIL //p' "$r.9cc.tests" | head -5 | tr '\n' ' ' | sed 's/ $//')${shared:+ ($shared)}"
  fi
  if [ "$b9" != ok ] || [ -n "$(value "$r.info" regressions)" ] ||
     { [ ! -f "$r.info" ] && grep -q '^FAIL ' "$r.9cc.tests"; }; then
    needed="${needed:+$needed; }${known}"
  fi
  if [ "$b9" != ok ]; then
    needed="${needed:+$needed; }9cc's build stops: \`$(first_error "$name")\`"
  elif [ -f "$r.info" ] && [ -n "$(value "$r.info" regressions)" ]; then
    needed="${needed:+$needed; }fail with 9cc only: $(value "$r.info" regressions | cut -c1-200)"
  fi
  # The tests that fail with both: the project's or the machine's.
  shared_fails=$(comm -12 <(sed -n 's/^FAIL //p' "$r.9cc.tests" 2>/dev/null) \
                          <(sed -n 's/^FAIL //p' "$r.gcc.tests" 2>/dev/null) | head -5)
  if [ -n "$shared_fails" ]; then
    needed="${needed:+$needed; }fail with gcc too: $(echo $shared_fails)${shared:+ ($shared)}"
  fi
  time="$(seconds "$r.9cc")s / —"
  complete "$r.gcc" && time="$(seconds "$r.9cc")s / $(seconds "$r.gcc")s"
  echo "| $name | $(value "$r.9cc" version) | $b9 | $t9 | $tg | $time | $needed |"
}

write_table() {
  local p rows
  rows=$(for p in $projects; do row "$p"; done)
  {
    cat <<'EOF'
# Real-world projects built with 9cc

Written by `make real` (test/real.sh): each project is a Debian source
package, fetched when the script runs (`apt-get source`, from deb-src lines
made from the machine's own apt sources), built through its own build system
with 9cc and with gcc on the same machine, and tested with its own test
suite both ways.  A test that fails with gcc too says nothing about 9cc.
No project's code is kept in this repository.

Columns: the Debian version; whether the build with 9cc succeeded; the
tests passed out of those run, with 9cc and with gcc; the time (build and
tests, 9cc / gcc, on 2 shared cores with make -j2); what was needed.  A
project whose tests pass with gcc but not with 9cc lists those tests.

| project | version | builds with 9cc | tests with 9cc | tests with gcc | time 9cc / gcc | needed |
| --- | --- | --- | --- | --- | --- | --- |
EOF
    echo "$rows"
    cat <<'EOF'

`make real` runs them all (hours); `test/real.sh NAME...` runs some;
`test/real.sh --only 9cc NAME` rebuilds with 9cc only (after a fix) and
compares with gcc's results of an earlier run; `make real-ci` (part of
`make check`) runs cjson and libyaml (a few minutes).  Logs are in
build/real/logs/, the build trees in build/real/work/NAME.{9cc,gcc}; each
9cc bug a build found has its test under test/.
EOF
  } > "$doc.new" && mv "$doc.new" "$doc"
}

# ---------------------------------------------------------------------------

if [ -n "$doc_only" ]; then
  write_table
  exit
fi
need_tools dpkg-dev || bail_out "real.sh: dpkg-source (dpkg-dev) is needed"
apt_setup
need_locales
has_cc_mode "$cc_cmd" ||
  bail_out "real.sh: $cc_cmd does not behave as cc (\`CC t.c\` making a.out)"
cc9=$cc_cmd
echo "9cc: $cc9; gcc: $gcc_cmd; scratch: $real"

for p in $selected; do
  run_project "$p"
done
[ $write_doc = 1 ] && write_table
finish
