# What the test runners share: the pass/fail counts and the closing line.
# A runner sources it first thing, before it changes directory:
#   . "$(dirname "$0")/lib.sh"
# and ends with `finish`, whose line "N passed, N failed" must come last,
# alone on its line: CI reads it.  Plain sh, for the runners that are.

passed=0
failed=0

# pass DESC
pass() { passed=$((passed + 1)); echo "PASS $1"; }

# fail DESC [DETAIL] prints "FAIL DESC (DETAIL)";
# fail DESC EXPECTED ACTUAL prints "FAIL DESC (expected EXPECTED, got ACTUAL)".
fail() {
  failed=$((failed + 1))
  if [ $# -ge 3 ]; then
    echo "FAIL $1 (expected $2, got $3)"
  else
    echo "FAIL $1${2:+ ($2)}"
  fi
}

# oneline TEXT: TEXT on one line (newlines as |), cut at oneline_max bytes
# (300 unless the runner sets it), for a PASS or FAIL line.
oneline() { printf '%s' "$1" | head -c "${oneline_max:-300}" | tr '\n' '|'; }

# check DESC EXPECTED ACTUAL: passes if ACTUAL is EXPECTED.  A runner whose
# values may span lines sets check_quoted=1: its FAIL lines then show them
# quoted and on one line.
check() {
  if [ "$2" = "$3" ]; then
    pass "$1"
  elif [ -n "${check_quoted:-}" ]; then
    fail "$1" "expected '$(oneline "$2")', got '$(oneline "$3")'"
  else
    fail "$1" "$2" "$3"
  fi
}

# bail_out [MESSAGE]: the run cannot even start.  Prints MESSAGE and
# "0 passed, 1 failed", and exits with status 1.
bail_out() {
  [ $# -gt 0 ] && echo "$1"
  echo "0 passed, 1 failed"
  exit 1
}

# finish: prints the closing line; its status is 1 if anything failed, so
# that as a runner's last command it is the runner's exit status.
finish() {
  echo "$passed passed, $failed failed"
  [ "$failed" -eq 0 ]
}
