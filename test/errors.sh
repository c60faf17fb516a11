#!/bin/sh
# Diagnostics tests: every test/errors/NAME.c is an invalid program that the
# compiler must reject cleanly.
#   test/errors.sh [compiler] [name...]   # default compiler: ./9cc
#
# The first line of each test file states the diagnostic expected:
#   // expect: LINE:COL: error: MESSAGE
# and a second line may give the options the test needs:
#   // flags: -std=c2x
# For each file the runner runs `COMPILER -S -o /dev/null test/errors/NAME.c`
# (10 s timeout, stdin from /dev/null) from the top of the source tree and
# checks that
#   (a) the exit status is exactly 1 (not 0, not a signal, not a timeout),
#   (b) the first line of stderr is `test/errors/NAME.c:` + the expectation,
#   (c) when the expectation has a LINE:COL, stderr has at least 3 lines:
#       the message, the source line and a line with a caret (^),
#   (d) the compiler did not crash: no signal, no timeout, no "internal
#       compiler error" from a crash handler.
# An input too big to keep (a limit's worth of nesting) is a generator
# instead, test/errors/NAME.gen: a shell script printing the program, its
# first line `# expect: LINE:COL: error: MESSAGE` (and a second `# flags:`);
# the program is written to a temporary NAME.c and checked as above.
# Prints PASS/FAIL per test and "N passed, N failed" last; exits 1 if any
# test failed.

. "$(dirname "$0")/lib.sh"
cd "$(dirname "$0")/.." || exit 1

cc=${1:-./9cc}
[ $# -gt 0 ] && shift
case $cc in
  /*) ;;
  */*) cc=$(pwd)/$cc ;;
esac

if [ $# -gt 0 ]; then
  files=
  for n in "$@"; do
    n=${n##*/}
    n=${n%.c}
    n=${n%.gen}
    if [ -f "test/errors/$n.gen" ]; then
      files="$files test/errors/$n.gen"
    else
      files="$files test/errors/$n.c"
    fi
  done
else
  files=$(ls test/errors/*.c test/errors/*.gen)
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/errors.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM HUP

crashed=

for f in $files; do
  name=${f##*/}
  name=${name%.c}
  name=${name%.gen}
  err=$tmp/stderr

  if [ ! -f "$f" ]; then
    fail "$name"
    echo "    no such file: $f"
    continue
  fi

  comment=//
  case $f in
    *.gen)
      comment='#'
      sh "$f" > "$tmp/$name.c" ;;
  esac
  expect=$(sed -n "1s|^$comment expect: ||p" "$f")
  if [ -z "$expect" ]; then
    fail "$name"
    echo "    $f: first line is not '// expect: LINE:COL: error: MESSAGE'"
    continue
  fi
  src=$f
  case $f in *.gen) src=$tmp/$name.c ;; esac
  want="$src:$expect"

  # The subshell's own stderr is discarded so that the shell's
  # "Segmentation fault" job message does not clutter the report.
  # A second line `// flags: ...` gives the test's options (-std=c2x).
  flags=$(sed -n "2s|^$comment flags: ||p" "$f")
  status=$( (timeout -k 2 10 "$cc" $flags -S -o /dev/null "$src" </dev/null >/dev/null 2>"$err"
             echo $?) 2>/dev/null)

  got=$(sed -n 1p "$err")
  nlines=$(wc -l <"$err" | tr -d ' ')
  problems=

  # (a) exit status
  if [ "$status" = 124 ]; then
    problems="timed out after 10 s"
    crashed="$crashed $name"
  elif [ "$status" -gt 128 ] 2>/dev/null; then
    sig=$(kill -l $((status - 128)) 2>/dev/null || echo $((status - 128)))
    problems="killed by signal SIG$sig (exit status $status)"
    crashed="$crashed $name"
  elif [ "$status" != 1 ]; then
    problems="exit status $status, expected 1"
    [ "$status" != 0 ] && crashed="$crashed $name"
  elif grep -qi 'internal compiler error' "$err"; then
    # A crash caught by a signal handler that then exits with status 1.
    problems="internal compiler error"
    crashed="$crashed $name"
  fi

  # (b) first line of stderr
  if [ "$got" != "$want" ]; then
    problems="${problems:+$problems; }wrong first line of stderr"
  fi

  # (c) source line and caret for located diagnostics
  case $expect in
    [0-9]*:[0-9]*:*)
      if [ "$nlines" -lt 3 ]; then
        problems="${problems:+$problems; }stderr has $nlines line(s); expected the message, the source line and a caret"
      elif ! sed -n '3p' "$err" | grep -q '\^'; then
        problems="${problems:+$problems; }third line of stderr has no caret (^)"
      fi
      ;;
  esac

  if [ -z "$problems" ]; then
    pass "$name"
  else
    fail "$name: $problems"
    printf '    expected: %s\n' "$want"
    # cat -v keeps stray bytes from the input off the terminal.
    printf '    got:      %s\n' "$got" | cat -v
  fi
done

[ -n "$crashed" ] && echo "crashed or hung:$crashed"
finish
