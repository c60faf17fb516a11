#!/bin/bash
# test/debug.sh: what a debugger shows of a program 9cc built with -g.
#
# test/debug/vars.c is built by gcc -g -O0 (the reference) and by 9cc -g,
# with and without -O0.  gdb runs test/debug/debug.gdb on each: it stops
# in functions, walks the stack, and prints parameters, locals, globals
# and types.  Each command's output must be what it is for gcc's build,
# once addresses (which depend on code layout) are masked.  So the
# expected values are gcc's, and the commands cover what dwarf.c
# describes: functions and their extent, parameters and locals in stack
# slots and in registers, global, static and thread-local variables, and
# base, pointer, array, struct, union, enum, bit-field and function types,
# and block scopes.  Last, -g must not change the code.
#
#   test/debug.sh [COMPILER]      (default ./9cc)
. "$(dirname "$0")/lib.sh"
check_quoted=1

root=$(cd "$(dirname "$0")/.." && pwd)
cc9=${1:-./9cc}
case $cc9 in /*) ;; */*) cc9=$(cd "$(dirname "$cc9")" && pwd)/$(basename "$cc9") ;; esac
if ! command -v gdb > /dev/null; then
  fail "gdb is installed (the README's test packages include it)"
  finish
fi

tmp=$(mktemp -d /tmp/9cc-debug.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
cp "$root/test/debug/vars.c" "$tmp/"
cd "$tmp" || exit 1

# Each command is preceded by a marker line, so that the outputs can be
# cut into one piece per command.
while IFS= read -r cmd; do
  printf 'echo @@ %s\\n\n%s\n' "$cmd" "$cmd"
done < "$root/test/debug/debug.gdb" > marked.gdb

# gdb's output on BINARY: one "@@ command" line, then that command's
# output, addresses masked; gdb's own chatter left out.
session() {
  timeout 60 gdb -batch -nx -x marked.gdb "./$1" 2>&1 |
    grep -v -e '^\[Inferior' -e '^Using host libthread_db' -e '^\[Thread debugging' \
      -e 'Error disabling address space randomization' |
    sed -E 's/0x[0-9a-f]+/ADDR/g'
}

# The output of the command on line N of the session in file F.
piece() {
  awk -v n="$2" '/^@@ / { i++ } i == n && !/^@@ / { print }' "$1"
}

gcc -g -O0 -o gcc.out vars.c || { fail "gcc builds test/debug/vars.c"; finish; }
session gcc.out > gcc.log
ncmd=$(grep -c . "$root/test/debug/debug.gdb")
check "gcc's build: gdb ran every command" "$ncmd" "$(grep -c '^@@ ' gcc.log)"

for opts in "" -O0; do
  name="9cc -g${opts:+ $opts}"
  if ! "$cc9" -g $opts -o 9cc.out vars.c 2> err; then
    fail "$name builds test/debug/vars.c" "$(oneline "$(cat err)")"
    continue
  fi
  check "$name: the program's output is gcc's build's" "$(./gcc.out)" "$(./9cc.out)"
  session 9cc.out > 9cc.log
  check "$name: gdb ran every command" "$ncmd" "$(grep -c '^@@ ' 9cc.log)"
  i=0
  while IFS= read -r cmd; do
    i=$((i + 1))
    check "$name: gdb '$cmd'" "$(piece gcc.log $i)" "$(piece 9cc.log $i)"
  done < "$root/test/debug/debug.gdb"
done

# A _BitInt, which gcc 12 lacks: gdb names it as C does (not as the
# __int128 or long that holds it) and shows its value.
cat > bitint.c <<'EOF2'
_BitInt(100) v = -5;
unsigned _BitInt(33) w = 3;
int main(void) { return 0; }
EOF2
if "$cc9" -std=c2x -g -o bitint.out bitint.c 2> err; then
  check "9cc -g: gdb on _BitInt" "$(printf 'type = _BitInt(100)\n$1 = -5\ntype = unsigned _BitInt(33)\n$2 = 3')" \
    "$(gdb -batch -nx -ex 'ptype v' -ex 'print v' -ex 'ptype w' -ex 'print w' ./bitint.out 2>&1)"
else
  fail "9cc -g builds a _BitInt program" "$(oneline "$(cat err)")"
fi

# -g adds to the object, never changes its code (as with gcc): the same
# instructions with and without it, optimised and with -O0.
for opts in "" -O0; do
  same=yes
  for f in test/opt.c test/control.c test/struct.c test/float.c test/init.c codegen.c; do
    fl=$(sed -n '1s|^// flags: ||p' "$root/$f")
    "$cc9" $fl $opts -I"$root/test" -c -o a.o "$root/$f" &&
      "$cc9" $fl $opts -I"$root/test" -g -c -o b.o "$root/$f" || { same="no ($f does not compile)"; break; }
    cmp -s <(objdump -d a.o | tail -n +3) <(objdump -d b.o | tail -n +3) || { same="no ($f)"; break; }
  done
  check "-g ${opts:-(optimised)}: the same code as without it" yes "$same"
done

finish
