#!/bin/bash
# Checks that what the documentation shows is what 9cc does.
#   test/docs.sh [COMPILER]                  # check (default ./9cc)
#   test/docs.sh --update-docs [COMPILER]    # rewrite the dumps in docs/ARCHITECTURE.md
#   test/docs.sh --update-golden [COMPILER]  # rewrite test/golden/input.*; then READ them
#
# 1. examples/: every program runs with `COMPILER -run`, fed the input in
#    test/golden/examples/ where it reads one, and prints exactly the
#    expected output there.  The expected outputs come from the programs
#    built by gcc and were checked by reasoning (see test/golden/README.md);
#    when gcc is installed it is asked again, so that an edited example
#    cannot drift from its expectation unnoticed.
# 2. The golden dumps: --dump-tokens, --dump-ast and -fverbose-asm of
#    test/golden/input.c against test/golden/input.{tokens,ast,s}, which
#    were generated once and then checked by eye.
# 3. docs/ARCHITECTURE.md: every block between `<!-- dump: NAME -->` and
#    `<!-- end -->` is regenerated from docs/walkthrough.c and must be what
#    the document shows (a diff is printed if it is stale).
# 4. 9cc.1: renders without a groff warning, and names every option that
#    `COMPILER --help` lists.
# 5. README.md: its two set-up commands install exactly the packages
#    .ci/run installs, so that what CI proves is what a reader's machine
#    gets; each works as root without sudo and as a user with it.
# Prints PASS/FAIL per check and "N passed, N failed" last; exits 1 if any
# check failed.

. "$(dirname "$0")/lib.sh"

mode=check
case $1 in
  --update-docs) mode=update-docs; shift ;;
  --update-golden) mode=update-golden; shift ;;
esac

root=$(cd "$(dirname "$0")/.." && pwd)
cc=${1:-./9cc}
case $cc in
  /*) ;;
  */*) cc=$(cd "$(dirname "$cc")" && pwd)/$(basename "$cc") ;;
  *) cc=$(command -v "$cc") ;;
esac
cd "$root" || exit 2

tmp=$(mktemp -d "${TMPDIR:-/tmp}/9cc-docs.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT

# same DESC EXPECTED_FILE ACTUAL_FILE: passes if the files are identical,
# else fails and prints the start of a unified diff.
same() {
  if cmp -s "$2" "$3"; then
    pass "$1"
  else
    fail "$1" "differs from $2"
    diff -u --label "expected: $2" --label "actual" "$2" "$3" | head -40 | sed 's/^/    /'
  fi
}

golden=test/golden

# ---------------------------------------------------------------------------
# The dumps of the golden input and of the walkthrough program
# ---------------------------------------------------------------------------

# The golden dumps are made in test/golden/ so that they name "input.c".
golden_dump() { # KIND OUTFILE
  case $1 in
    tokens) (cd $golden && timeout 20 "$cc" --dump-tokens input.c) ;;
    ast) (cd $golden && timeout 20 "$cc" --dump-ast input.c) ;;
    s) (cd $golden && timeout 20 "$cc" -S -fverbose-asm -o - input.c) ;;
  esac > "$2" 2> "$2.err"
}

if [ $mode = update-golden ]; then
  for kind in tokens ast s; do
    golden_dump $kind $golden/input.$kind || { echo "9cc failed: $(cat $golden/input.$kind.err)"; exit 1; }
    rm -f $golden/input.$kind.err
  done
  echo "Rewrote $golden/input.tokens, input.ast and input.s."
  echo "Now read them by eye (types, offsets, stack depths) before committing."
  exit 0
fi

# The walkthrough's commands run in a directory of their own, holding a
# copy of docs/walkthrough.c, so that what they print (file names, -o) is
# what a reader sees running them from the top of the source tree.
wdir=$tmp/walk
mkdir -p $wdir/docs
cp docs/walkthrough.c $wdir/docs/

# Each dump block shows the command the reader types and what it prints.
walk() { # NAME: writes $tmp/dump.NAME
  local cmd out=$tmp/dump.$1
  case $1 in
    source) cmd="cat docs/walkthrough.c" ;;
    preprocessed) cmd="./9cc -E docs/walkthrough.c" ;;
    tokens) cmd="./9cc --dump-tokens docs/walkthrough.c" ;;
    ast) cmd="./9cc --dump-ast docs/walkthrough.c" ;;
    asm) cmd="./9cc -O0 -S -fverbose-asm -o - docs/walkthrough.c" ;;
    asmopt) cmd="./9cc -S -fverbose-asm -o - docs/walkthrough.c" ;;
    link) cmd="./9cc -v -o walkthrough docs/walkthrough.c" ;;
    run)
      cmd="./walkthrough; echo \$?"
      [ -x $wdir/walkthrough ] || (cd $wdir && "$cc" -o walkthrough docs/walkthrough.c) ;;
    *) echo "unknown dump '$1'" > "$out"; return 1 ;;
  esac
  {
    echo '```'
    echo "\$ $cmd"
    # ./9cc in the command is the compiler under test; the temporary files
    # of -v get stable names (/tmp/9cc-1, /tmp/9cc-2, ...).
    (cd $wdir && eval "${cmd//.\/9cc/\"\$cc\"}" 2>&1) |
      awk '{
        out = ""
        while (match($0, /\/tmp\/9cc-[A-Za-z0-9]+/)) {
          name = substr($0, RSTART, RLENGTH)
          if (!(name in seen)) seen[name] = "/tmp/9cc-" (++n)
          out = out substr($0, 1, RSTART - 1) seen[name]
          $0 = substr($0, RSTART + RLENGTH)
        }
        print out $0
      }'
    echo '```'
  } > "$out"
}

# Regenerates docs/ARCHITECTURE.md into $1: each dump block's contents
# replaced by a fresh dump.
regenerate_doc() {
  local names
  names=$(sed -n 's/^<!-- dump: \([a-z]*\) -->$/\1/p' docs/ARCHITECTURE.md)
  for n in $names; do
    walk "$n" || return 1
  done
  awk -v dir="$tmp" '
    /^<!-- dump: [a-z]+ -->$/ {
      print
      name = $3
      file = dir "/dump." name
      while ((getline line < file) > 0) print line
      close(file)
      skipping = 1
      next
    }
    /^<!-- end -->$/ { skipping = 0 }
    !skipping { print }
    END { if (skipping) exit 1 }
  ' docs/ARCHITECTURE.md > "$1"
}

if [ $mode = update-docs ]; then
  if regenerate_doc $tmp/ARCHITECTURE.md; then
    if cmp -s docs/ARCHITECTURE.md $tmp/ARCHITECTURE.md; then
      echo "docs/ARCHITECTURE.md is up to date."
    else
      diff -u docs/ARCHITECTURE.md $tmp/ARCHITECTURE.md | head -60
      cp $tmp/ARCHITECTURE.md docs/ARCHITECTURE.md
      echo "Rewrote the dumps in docs/ARCHITECTURE.md; check that its prose still matches them."
    fi
    exit 0
  fi
  echo "docs/ARCHITECTURE.md: a <!-- dump: NAME --> block has no <!-- end -->, or a NAME is unknown"
  exit 1
fi

# ---------------------------------------------------------------------------
# 1. The example programs
# ---------------------------------------------------------------------------

have_gcc=
command -v gcc > /dev/null 2>&1 && have_gcc=yes

# example NAME EXPECTED [ARGS...]: runs examples/NAME.c with ARGS, its
# standard input test/golden/examples/NAME.in if there is one, and compares
# the output with test/golden/examples/EXPECTED.out.
example() {
  local name=$1 out=$2.out expected=$golden/examples/$2.out input=/dev/null st
  shift 2
  [ -f $golden/examples/$name.in ] && input=$golden/examples/$name.in
  local desc="examples/$name.c${*:+ $*}"
  [ $input = /dev/null ] || desc="$desc < $name.in"
  timeout 30 "$cc" -run examples/$name.c "$@" < $input > $tmp/out 2> $tmp/err
  st=$?
  if [ $st -ne 0 ]; then
    fail "$desc runs" "exit status $st: $(oneline "$(head -3 $tmp/err)")"
  else
    same "$desc prints $out" $expected $tmp/out
  fi
  if [ -n "$have_gcc" ]; then
    if [ ! -x $tmp/$name.gcc ]; then
      gcc -std=c11 -w -o $tmp/$name.gcc examples/$name.c 2> $tmp/err
    fi
    if [ -x $tmp/$name.gcc ]; then
      $tmp/$name.gcc "$@" < $input > $tmp/out.gcc 2>&1
      same "gcc agrees: $desc prints $out" $expected $tmp/out.gcc
    else
      fail "gcc builds examples/$name.c" "$(oneline "$(head -3 $tmp/err)")"
    fi
  fi
}

if [ -z "$have_gcc" ]; then
  echo "SKIP gcc is not installed: the expectations are not cross-checked against gcc"
fi

example hello hello
example calc calc
example wc wc
example wc wc-t -t
example wc wc-lw -l -w
# -run hands everything after the file to the program, even an option
# that 9cc itself would want an argument for.
example wc wc-l -l
example mandelbrot mandelbrot
example mandelbrot mandelbrot-40x12 40 12
example vm vm
example vm vm-l-fib -l fib

# Every example starts with a comment naming its file, then explains itself.
for f in examples/*.c; do
  first=$(head -1 "$f")
  case $first in
    "// $(basename "$f"):"*|"// $(basename "$f") "*) pass "$f starts with its comment header" ;;
    *) fail "$f starts with its comment header" "first line: $first" ;;
  esac
done

# ---------------------------------------------------------------------------
# 2. The golden dumps
# ---------------------------------------------------------------------------

for kind in tokens ast s; do
  case $kind in
    tokens) what="--dump-tokens" ;;
    ast) what="--dump-ast" ;;
    s) what="-S -fverbose-asm" ;;
  esac
  if golden_dump $kind $tmp/golden.$kind; then
    same "$what of test/golden/input.c" $golden/input.$kind $tmp/golden.$kind
  else
    fail "$what of test/golden/input.c" "9cc failed: $(oneline "$(head -3 $tmp/golden.$kind.err)")"
  fi
done

# The golden input is a real program: 3*4 + 5*6 = 42.
(cd $tmp && timeout 20 "$cc" -o golden-prog "$root/$golden/input.c" && timeout 5 ./golden-prog)
st=$?
if [ $st -eq 42 ]; then pass "test/golden/input.c exits with 42"; else fail "test/golden/input.c exits with 42" "got $st"; fi

# ---------------------------------------------------------------------------
# 3. docs/ARCHITECTURE.md
# ---------------------------------------------------------------------------

if [ ! -f docs/ARCHITECTURE.md ]; then
  fail "docs/ARCHITECTURE.md exists"
else
  for n in source preprocessed tokens ast asm link run; do
    if grep -qx "<!-- dump: $n -->" docs/ARCHITECTURE.md; then
      pass "docs/ARCHITECTURE.md shows the $n dump"
    else
      fail "docs/ARCHITECTURE.md shows the $n dump"
    fi
  done
  if regenerate_doc $tmp/ARCHITECTURE.md; then
    if cmp -s docs/ARCHITECTURE.md $tmp/ARCHITECTURE.md; then
      pass "docs/ARCHITECTURE.md's dumps are what 9cc prints"
    else
      fail "docs/ARCHITECTURE.md's dumps are what 9cc prints" "stale: run 'make docs-update' and check the prose"
      diff -u --label docs/ARCHITECTURE.md --label regenerated docs/ARCHITECTURE.md $tmp/ARCHITECTURE.md |
        head -60 | sed 's/^/    /'
    fi
  else
    fail "docs/ARCHITECTURE.md's dump markers are well formed" "a <!-- dump: NAME --> without <!-- end -->, or an unknown NAME"
  fi
  # What the prose quotes from the dumps (`lea rax, [rbp-12]`, `.L..5`,
  # `local sum : int at rbp-24`, ...) must still be in them, so that a
  # `make docs-update` cannot leave the explanations behind.
  awk '/^<!-- dump: /{d=1} /^<!-- end -->/{d=0} d' docs/ARCHITECTURE.md | tr -s ' ' > $tmp/dumps
  missing=
  while IFS= read -r q; do
    grep -qF -- "$q" $tmp/dumps || missing="$missing '$q'"
  done < <(awk '/^<!-- dump: /{d=1} /^<!-- end -->/{d=0; next} !d' docs/ARCHITECTURE.md |
    grep -o '`[^`]*`' | tr -d '`' | tr -s ' ' |
    grep -E 'rbp|rsp|PTR|\.L\.|eax|rax|edi|rdi| : |^number |\.byte|@PLT|setle|imul' |
    grep -v '\.N$' | sort -u)
  if [ -z "$missing" ]; then pass "what docs/ARCHITECTURE.md quotes from the dumps is in them"
  else fail "what docs/ARCHITECTURE.md quotes from the dumps is in them" "not found:$missing"; fi
  # The source files and functions the document names must exist.
  missing=
  for f in $(grep -o '`[a-z0-9_]*\.[ch]`' docs/ARCHITECTURE.md | tr -d '`' | sort -u); do
    [ -f "$f" ] || [ -f "test/$f" ] || [ -f "docs/$f" ] || [ -f "examples/$f" ] || missing="$missing $f"
  done
  if [ -z "$missing" ]; then pass "docs/ARCHITECTURE.md names only files that exist"
  else fail "docs/ARCHITECTURE.md names only files that exist" "missing:$missing"; fi
  missing=
  for fn in $(grep -o '`[a-z_0-9]*()`' docs/ARCHITECTURE.md | tr -d '`()' | sort -u); do
    grep -qE "^[a-zA-Z].*[ *]$fn\(" *.c || missing="$missing $fn"
  done
  if [ -z "$missing" ]; then pass "docs/ARCHITECTURE.md names only functions that exist"
  else fail "docs/ARCHITECTURE.md names only functions that exist" "missing:$missing"; fi
fi

# ---------------------------------------------------------------------------
# 4. The manual page
# ---------------------------------------------------------------------------

if ! command -v groff > /dev/null 2>&1; then
  echo "SKIP groff is not installed: 9cc.1 is not rendered"
else
  groff -man -Tutf8 -ww -z 9cc.1 > $tmp/groff.err 2>&1
  st=$?
  if [ $st -eq 0 ] && [ ! -s $tmp/groff.err ]; then
    pass "9cc.1 renders without warnings"
  else
    fail "9cc.1 renders without warnings" "$(oneline "$(head -5 $tmp/groff.err)")"
  fi
fi
# Every option --help lists is in the manual (\- is how roff writes '-').
"$cc" --help > $tmp/help 2>&1
missing=
for opt in $(grep -oE '(^|[ ,])-{1,2}[a-zA-Z][a-zA-Z0-9=*-]*' $tmp/help | tr -d ' ,' | sort -u); do
  opt=${opt%%=*}
  roff=$(printf '%s' "${opt%\*}" | sed 's/-/\\-/g')
  grep -qF -- "$roff" 9cc.1 || missing="$missing $opt"
done
if [ -z "$missing" ]; then pass "9cc.1 documents every option in --help"
else fail "9cc.1 documents every option in --help" "missing:$missing"; fi

# ---------------------------------------------------------------------------
# 5. README.md's set-up commands
# ---------------------------------------------------------------------------

# The package names after `apt-get install -y` in each indented command line.
packages() {
  grep -E "$2" "$1" | sed -E 's/.*apt-get install -y (-qq )?//; s/(\x27|&&| >).*//' |
    tr ' ' '\n' | grep -E '^[a-z0-9][a-z0-9.+-]*$' | sort -u
}
packages README.md '^    .*apt-get install -y' > $tmp/readme.pkgs
packages .ci/run 'apt-get install -y' > $tmp/ci.pkgs
if [ -s $tmp/ci.pkgs ] && cmp -s $tmp/readme.pkgs $tmp/ci.pkgs; then
  pass "README.md installs the packages .ci/run installs"
else
  fail "README.md installs the packages .ci/run installs" \
    "$(oneline "$(diff $tmp/readme.pkgs $tmp/ci.pkgs)")"
fi
# Root in a fresh container has no sudo and no package lists yet.
n=$(grep -cE "^    \\$\(command -v sudo\) sh -c 'apt-get update && apt-get install -y" README.md)
if [ "$n" = 2 ]; then pass "README.md's set-up commands work with and without sudo"
else fail "README.md's set-up commands work with and without sudo" "$n of 2 lines use \$(command -v sudo) sh -c 'apt-get update && ...'"; fi

finish
