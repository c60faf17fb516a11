#!/bin/bash
# test/harden.sh [COMPILER]: Debian's hardening flags through 9cc as a cc.
#
# Builds test/harden/prog.c with the CFLAGS, CPPFLAGS and LDFLAGS that
# dpkg-buildflags gives (as a Debian package build does), once through 9cc
# (--driver-mode=cc) and once through gcc, and compares what a security
# scanner looks at: a PIE, RELRO (and BIND_NOW where gcc's has it), a
# stack that is not executable, the stack protector's __stack_chk_fail,
# the same set of _FORTIFY_SOURCE __*_chk functions, and that a stack
# buffer overflow and a fortified strcpy overflow abort with glibc's
# messages.  Then the same with every hardening feature on
# (DEB_BUILD_MAINT_OPTIONS=hardening=+all), the -fcf-protection note, and
# -O0, where glibc fortifies nothing; the macros of -fstack-protector; and
# -fstack-clash-protection's probes, run against a guard page.
# gcc is the reference throughout.
# Needs dpkg-dev (dpkg-buildflags), readelf, nm and file.
set -u
. "$(dirname "$0")/lib.sh"
check_quoted=1
cc9=$(realpath "${1:-./9cc}")
src=$(realpath "$(dirname "$0")/harden/prog.c")
for tool in dpkg-buildflags readelf nm file; do
  command -v $tool >/dev/null || bail_out "test/harden.sh needs $tool"
done
tmp=$(mktemp -d)
trap 'rm -rf $tmp' EXIT
cd $tmp

# The scanner's view of a program, one property a line.
type_of() { readelf -h "$1" | sed -n 's/^ *Type: *\([A-Z]*\).*/\1/p'; }
is_pie() { file -b "$1" | grep -q 'pie executable' && echo pie || echo no-pie; }
has_relro() { readelf -lW "$1" | grep -q GNU_RELRO && echo relro || echo no-relro; }
bind_now() { readelf -dW "$1" | grep -Eq 'BIND_NOW|FLAGS_1.*NOW' && echo now || echo lazy; }
stack_flags() { readelf -lW "$1" | awk '$1 == "GNU_STACK" { print $(NF - 1) }'; }
canary() { nm -u "$1" | grep -q '__stack_chk_fail' && echo canary || echo none; }
checked() { nm -u "$1" | grep -o '__[a-z_]*_chk' | grep -v __stack_chk | sort -u | tr '\n' ' '; }
# What running with ARGS prints (stdout and stderr, "Aborted" when it is).
run() {
  local p=$1
  shift
  (echo input | timeout 5 ./$p "$@" 2>&1; [ $? -eq 134 ] && echo Aborted) 2>/dev/null
}

# compare WHAT: builds prog.c with the flags in $cflags and $ldflags both
# ways and compares.
compare() {
  local what=$1
  if ! gcc $cflags $ldflags -o gcc.out "$src" 2>gcc.err; then
    fail "$what: gcc builds the program" "$(oneline "$(cat gcc.err)")"
    return
  fi
  if ! "$cc9" --driver-mode=cc $cflags $ldflags -o 9cc.out "$src" 2>9cc.err; then
    fail "$what: 9cc builds the program" "$(oneline "$(cat 9cc.err)")"
    return
  fi
  for prop in type_of is_pie has_relro bind_now stack_flags canary checked; do
    check "$what: $prop" "$($prop gcc.out)" "$($prop 9cc.out)"
  done
  check "$what: output" "$(run gcc.out)" "$(run 9cc.out)"
  check "$what: output with an argument" "$(run gcc.out fortify)" "$(run 9cc.out fortify)"
  check "$what: a stack buffer overflow" "$(run gcc.out smash 0123456789abcdefghij)" \
    "$(run 9cc.out smash 0123456789abcdefghij)"
  check "$what: a fortified strcpy overflow" "$(run gcc.out overflow 0123456789abcdef)" \
    "$(run 9cc.out overflow 0123456789abcdef)"
}

buildflags() {
  cflags="$(dpkg-buildflags --get CFLAGS) $(dpkg-buildflags --get CPPFLAGS)"
  ldflags=$(dpkg-buildflags --get LDFLAGS)
}

buildflags
compare "dpkg-buildflags"
# What the comparisons above rest on, from gcc's side.
case $(run gcc.out smash 0123456789abcdefghij) in
  *"stack smashing detected"*) pass "gcc's program: stack smashing detected" ;;
  *) fail "gcc's program: stack smashing detected" ;;
esac
case $(run gcc.out overflow 0123456789abcdef) in
  *"buffer overflow detected"*) pass "gcc's program: buffer overflow detected" ;;
  *) fail "gcc's program: buffer overflow detected" ;;
esac
check "gcc's program: fortified calls" \
  "__fprintf_chk __memcpy_chk __memset_chk __printf_chk __snprintf_chk __sprintf_chk __strcat_chk __strcpy_chk __vsnprintf_chk " \
  "$(checked gcc.out)"

DEB_BUILD_MAINT_OPTIONS=hardening=+all buildflags
compare "hardening=+all"

# -O0: no __OPTIMIZE__, so glibc's headers fortify nothing.
cflags="$cflags -O0"
compare "hardening=+all -O0"
check "-O0: no fortified calls" "" "$(checked 9cc.out)"

# -fcf-protection: endbr64 landing pads and the x86 feature note, in the
# object as in gcc's.
for cf in full branch return none; do
  gcc -O2 -fcf-protection=$cf -c -o gcc.o "$src"
  "$cc9" -O2 -fcf-protection=$cf -c -o 9cc.o "$src"
  check "-fcf-protection=$cf: the x86 feature note" \
    "$(readelf -n gcc.o | grep 'x86 feature')" "$(readelf -n 9cc.o | grep 'x86 feature')"
  check "-fcf-protection=$cf: __CET__" \
    "$(echo 'CET=__CET__' | gcc -fcf-protection=$cf -E - | grep CET=)" \
    "$(echo 'CET=__CET__' | "$cc9" -fcf-protection=$cf -E - | grep CET=)"
  endbr=$(objdump -d --no-show-raw-insn 9cc.o | grep -A1 '>:$' | grep -c endbr64)
  funcs=$(objdump -d 9cc.o | grep -c '>:$')
  case $cf in
    full|branch) check "-fcf-protection=$cf: every function starts with endbr64" "$funcs" "$endbr" ;;
    *) check "-fcf-protection=$cf: no endbr64" 0 "$endbr" ;;
  esac
done
# The stack protector's macros.
for ssp in -fstack-protector -fstack-protector-strong -fstack-protector-all -fno-stack-protector; do
  probe='SSP=__SSP__ __SSP_STRONG__ __SSP_ALL__'
  check "$ssp: __SSP__ and the like" "$(echo "$probe" | gcc $ssp -E - | grep SSP=)" \
    "$(echo "$probe" | "$cc9" $ssp -E - | grep SSP=)"
done

"$cc9" --driver-mode=cc -fcf-protection -O2 -o 9cc.out "$src"
check "-fcf-protection: the program runs" "$(run gcc.out fortify)" "$(run 9cc.out fortify)"

# -fstack-clash-protection (in dpkg-buildflags' CFLAGS on amd64): a frame
# or alloca bigger than the stack left must die on the guard page, not
# write past it (test/harden/clash.c prints 1 for each that dies).
clash=$(realpath "$(dirname "$src")/clash.c")
buildflags
for flags in "" -fstack-clash-protection "$cflags"; do
  gcc -pthread $flags -o gcc.out "$clash" 2>/dev/null
  "$cc9" --driver-mode=cc -pthread $flags -o 9cc.out "$clash"
  check "stack clash (${flags:-no option}): a big frame, a big alloca" "$(./gcc.out)" "$(./9cc.out)"
done
check "gcc's program with -fstack-clash-protection dies on the guard page" "1 1
1 1" "$(gcc -pthread -fstack-clash-protection -o gcc.out "$clash" && ./gcc.out)"

finish
