#!/bin/bash
# Checks the page that `9cc --explain` writes.
#   test/explain.sh [COMPILER]      # default ./9cc
#
# 1. Its structure, for the small programs in test/explain/: which source
#    line each instruction is marked with, the stack depths, the functions'
#    lines, the tree's lines, where macro expansions came from, that text
#    from the program is escaped, that nothing is fetched from elsewhere,
#    and that a program with an error gives a page with the diagnostic.
#    Every expected value is worked out from the program (the comments say
#    how), never taken from 9cc's output; the lines that have code are
#    also checked against the .loc lines of `9cc -g -S`.
# 2. In a browser: headless Chromium opens a page with a URL fragment that
#    makes the page click (#test-..., see explain.c), and the DOM it dumps
#    must show the right things highlighted.  A screenshot goes to
#    build/explain-test.png, to look at.  Without chromium these checks are
#    skipped with a message, unless running as root (as CI does, which
#    installs it): then its absence is a failure.
# Prints PASS/FAIL per check and "N passed, N failed" last.

. "$(dirname "$0")/lib.sh"

root=$(cd "$(dirname "$0")/.." && pwd)
cc=${1:-./9cc}
case $cc in
  /*) ;;
  */*) cc=$(cd "$(dirname "$cc")" && pwd)/$(basename "$cc") ;;
  *) cc=$(command -v "$cc") ;;
esac

tmp=$(mktemp -d "${TMPDIR:-/tmp}/9cc-explain.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT

# The pages are made in test/explain/, so that they name the files as a
# reader types them ("arith.c").
page() { # NAME: writes $tmp/NAME.html, $tmp/NAME.err; its status is 9cc's
  (cd "$root/test/explain" && "$cc" --explain "$1.c" -o "$tmp/$1.html") 2> "$tmp/$1.err"
}

# fn_id PAGE NAME: the number the page gives function NAME.
fn_id() { sed -n "s/^<option value=\"\([0-9]*\)\".* data-name=\"$2\">.*/\1/p" "$1"; }

# listing PAGE NAME MODE (O0 or opt): "LINE DEPTH INSTRUCTION" per instruction.
listing() {
  local id
  id=$(fn_id "$1" "$2")
  sed -n "/^<script type=\"text\/html\" id=\"f$id-$3\">$/,/^<\/script>$/p" "$1" |
    sed -n 's/^<div class="i"\( data-line="\([0-9]*\)"\)\{0,1\} data-depth="\([0-9]*\)">\(.*\)<\/div>$/\2 \3 \4/p'
}

# lines_of PAGE NAME MODE REGEX: the lines of the instructions that match.
lines_of() { listing "$1" "$2" "$3" | awk -v re="$4" '{ l = $1; $1 = $2 = ""; sub(/^ +/, ""); if ($0 ~ re) print l }' | sort -nu | tr '\n' ' ' | sed 's/ $//'; }

# depth_of PAGE NAME MODE REGEX: the depths after the instructions that match.
depth_of() { listing "$1" "$2" "$3" | awk -v re="$4" '{ d = $2; $1 = $2 = ""; sub(/^ +/, ""); if ($0 ~ re) print d }' | tr '\n' ' ' | sed 's/ $//'; }

# code_of PAGE NAME MODE: the labels and instructions of a listing, in order.
code_of() {
  local id
  id=$(fn_id "$1" "$2")
  sed -n "/^<script type=\"text\/html\" id=\"f$id-$3\">$/,/^<\/script>$/p" "$1" |
    sed -n 's/^<div class="i"[^>]*>\(.*\)<\/div>$/  \1/p; s/^<div class="lab">\(.*\)<\/div>$/\1/p'
}

# s_code FLAGS FILE NAME: the same of function NAME in `9cc -S FLAGS FILE`.
s_code() {
  (cd "$root/test/explain" && "$cc" $1 -S -o - "$2") 2> /dev/null |
    awk -v f="$3:" '$0 == f { p = 1 } p && !/^  [.#]/ { print } p && /^  \.size / { exit }'
}

# loc_lines FLAGS FILE NAME: the lines that `9cc -g -S` gives code of function NAME.
loc_lines() {
  (cd "$root/test/explain" && "$cc" $1 -g -S -o - "$2") 2> /dev/null |
    awk -v f="$3:" '$0 == f { p = 1 } p && /^  \.loc / { print $3 } p && /^  \.size / { exit }' |
    sort -nu | tr '\n' ' ' | sed 's/ $//'
}

# ---------------------------------------------------------------------------
# 1. The page's structure
# ---------------------------------------------------------------------------

# arith.c:  2 int scale(int a, int b) {    3 int c = a * b;
#           4 return c + 1;     5 }         6 int main(void) { return scale(6, 7) - 1; }
if page arith; then
  pass "arith.c: a page, status 0"
else
  fail "arith.c: a page, status 0" "$(oneline "$(cat "$tmp/arith.err")")"
fi
p=$tmp/arith.html
check "one file, nothing fetched: no src=, href=, url( or @import" 0 \
  "$(grep -c 'src=\|href=\|url(\|@import' "$p")"
check "a source row per line, numbered from 1" "1 2 3 4 5 6" \
  "$(sed -n 's/^<div class="sl" data-line="\([0-9]*\)">.*/\1/p' "$p" | tr '\n' ' ' | sed 's/ $//')"
check "source line 3 is the program's line 3" "  int c = a * b;" \
  "$(sed -n 's/^<div class="sl" data-line="3">\(.*\)<\/div>$/\1/p' "$p")"
# scale is declared on line 2 and its } is on line 5; main is all on line 6.
check "the functions and their lines" "scale 2 5|main 6 6" \
  "$(sed -n 's/^<option value="[0-9]*" data-start="\([0-9]*\)" data-end="\([0-9]*\)" data-name="\([a-z]*\)">.*/\3 \1 \2/p' "$p" | tr '\n' '|' | sed 's/|$//')"
# a * b is the only multiplication, on line 3; c + 1 is line 4's addition:
# -O0 pushes the 1, loads c and pops the 1 into edi; the default code adds
# the constant itself.  scale(6, 7) - 1 subtracts on line 6.
check "-O0: the imul is line 3's" 3 "$(lines_of "$p" scale O0 '^imul ')"
check "default: the imul is line 3's" 3 "$(lines_of "$p" scale opt '^imul ')"
check "-O0: c + 1 is add eax, edi on line 4" 4 "$(lines_of "$p" scale O0 '^add eax, edi$')"
check "default: c + 1 is add eax, 1 on line 4" 4 "$(lines_of "$p" scale opt '^add eax, 1$')"
check "-O0: the call and the subtraction are line 6's" "6" "$(lines_of "$p" main O0 '^(call|sub eax)')"
check "default: sub eax, 1 is line 6's" 6 "$(lines_of "$p" main opt '^sub eax, 1$')"
# The prologue belongs to the function's first line.
check "push rbp is on the function's line" 2 "$(lines_of "$p" scale O0 '^push rbp$')"
# Depths: a * b pushes b (1 value on the stack) and pops it before the
# imul (0); c + 1 pushes the 1 the same way.  In main, -O0 pushes the right operand 1 first (depth 1); the
# call then needs 8 bytes of padding to keep rsp 16-byte aligned, which
# count as one more slot: depth 2 at the call, 1 after it, 0 after the pop.
check "-O0: each push rax in scale leaves 1 on the stack" "1 1" "$(depth_of "$p" scale O0 '^push rax$')"
check "-O0: the imul runs at depth 0" 0 "$(depth_of "$p" scale O0 '^imul ')"
check "-O0: the call to scale is at depth 2 (1 pushed, 8 bytes of padding)" 2 \
  "$(depth_of "$p" main O0 '^call scale')"
check "-O0: sub rsp, 8 before it is the padding (depth 2)" 2 "$(depth_of "$p" main O0 '^sub rsp, 8$')"
check "default: the call is at depth 0 (the 1 is an operand)" 0 "$(depth_of "$p" main opt '^call scale')"
# The lines with code are those the debug information (.loc) names.
for fn in scale main; do
  for mode in O0 opt; do
    flags=; [ $mode = O0 ] && flags=-O0
    check "$fn, $mode: the lines with instructions are -g's .loc lines" \
      "$(loc_lines "$flags" arith.c $fn)" "$(listing "$p" $fn $mode | awk '$1 != "" { print $1 }' | sort -nu | tr '\n' ' ' | sed 's/ $//')"
  done
done
# The listings are the code of -S and -O0 -S, labels and all.
for fn in scale main; do
  check_quoted=1
  check "$fn: the default listing is the code of -S" "$(s_code "" arith.c $fn)" "$(code_of "$p" $fn opt)"
  check "$fn: the -O0 listing is the code of -O0 -S" "$(s_code -O0 arith.c $fn)" "$(code_of "$p" $fn O0)"
  check_quoted=
done
# The tree: the MUL node of a * b is line 3's; --dump-ast's names.
check "the tree's MUL node is line 3's" 1 \
  "$(grep -c '^<div class="n" data-line="3"><span class="lb"><b class="tw"></b><i>rhs:</i> MUL : int <small>line 3</small>' "$p")"
check "the tree lists scale's locals as --dump-ast does" \
  "$(cd "$root/test/explain" && "$cc" --dump-ast arith.c | sed -n '/^function scale/,/^function/{s/^  local //p}' | tr '\n' '|')" \
  "$(sed -n '/^<script type="text\/html" id="f0-tree">$/,/^<\/script>$/{s/^<div class="fl">local \(.*\)<\/div>$/\1/p}' "$p" | tr '\n' '|')"
check "the tokens of line 4, in a row of their own" "return c + 1 ;" \
  "$(grep '^<div class="tl" data-line="4">' "$p" | sed 's/<span class="tn">4<\/span>//; s/<[^>]*>//g; s/^ *//')"
check "a token's kind is its class" 1 "$(grep -c '<span class="k-keyword">return</span> <span class="k-ident">c</span>' "$p")"
check "the page loads its function views from scripts of HTML, opened and closed alike" \
  "$(grep -c '<script' "$p")" "$(grep -c '</script>' "$p")"
check "without -o, the page goes to standard output" "<!DOCTYPE html>" \
  "$(cd "$root/test/explain" && "$cc" --explain arith.c > "$tmp/stdout.html" && head -1 "$tmp/stdout.html")"

# macro.c:  2 #define SQUARE(x) ((x) * (x))    3 #define TEN 10
#           4 int f(int n) {    5   return SQUARE(n) + TEN;    6 }
# On line 5, SQUARE starts in column 10 ("  return " is 9 characters) and
# TEN in column 22.
page macro
p=$tmp/macro.html
check "macro.c: line 5's tokens, macros expanded" "return SQUARE ( ( n ) * ( n ) ) + TEN 10 ;" \
  "$(grep '^<div class="tl" data-line="5">' "$p" | sed 's/<span class="tn">5<\/span>//; s/<[^>]*>/ /g; s/  */ /g; s/^ //; s/ $//')"
check "SQUARE's expansion says where it was used and written" 1 \
  "$(grep -c '<span class="x" title="expanded from the macro SQUARE used at line 5, column 10; this token written at macro.c:2"><span class="xm">SQUARE</span> <span class="k-punct">(</span>' "$p")"
check "so does TEN's" 1 \
  "$(grep -c '<span class="x" title="expanded from the macro TEN used at line 5, column 22; this token written at macro.c:3"><span class="xm">TEN</span> <span class="k-number">10</span></span>' "$p")"
check "the expansion's code is the use's line, not the #define's" "5" "$(lines_of "$p" f O0 '^imul ')"
check "no instruction is marked with a #define's line" "" \
  "$(listing "$p" f O0 | awk '$1 == 2 || $1 == 3')"

# escape.c: markup in a string and a comment stays text.
page escape
p=$tmp/escape.html
check "escape.c: the string shows as text" 1 \
  "$(grep -cxF '<div class="sl" data-line="2">char *s = &quot;&lt;/script&gt;&lt;b&gt;&amp;amp;\&quot;&#39;&quot;;</div>' "$p")"
check "so does the comment" 1 "$(grep -c '^<div class="sl" data-line="3">.*// &lt;!-- &amp; --&gt;</div>$' "$p")"
check "no markup from the program: no <b> and no <!--" 0 "$(grep -c '<b>\|<!--' "$p")"
check "every script opened is closed, none early" \
  "$(grep -c '<script' "$p")" "$(grep -c '</script>' "$p")"
check "a < b is line 3's cmp" 3 "$(lines_of "$p" lt O0 '^cmp eax, edi$')"

# line.c: #line 100 renumbers line 4 for diagnostics; the page keeps 4.
page line
p=$tmp/line.html
check "line.c: after #line, code keeps the file's own line" 4 "$(lines_of "$p" f O0 '^imul ')"
check "and so does the function's end" "2 5" \
  "$(sed -n 's/^<option value="0" data-start="\([0-9]*\)" data-end="\([0-9]*\)".*/\1 \2/p' "$p")"

# error.c: line 3 is "  return 1 +;", whose ';' is in column 13.
page error
status=$?
p=$tmp/error.html
check "error.c: status 1" 1 "$status"
check "the page shows the located diagnostic" 1 "$(grep -c '^<pre class="diag" id="diagnostics">error.c:3:13: error: ' "$p")"
check "with the line" 1 "$(grep -cx '    3 |   return 1 +;' "$p")"
check "and the caret under column 13" 1 "$(grep -cx '      |             ^' "$p")"
check "and nothing of a half page" 0 "$(grep -c '<main>\|id="source-body"' "$p")"
check "the diagnostic goes to standard error too" 1 "$(grep -c '^error.c:3:13: error: ' "$tmp/error.err")"
printf '#include "no-such-file.h"\nint x;\n' > "$tmp/noinc.c"
"$cc" --explain "$tmp/noinc.c" -o "$tmp/noinc.html" 2> /dev/null
check "a preprocessor error gives the page too" 1 "$(grep -c 'noinc.c:1:10: error: ' "$tmp/noinc.html")"
printf 'int main(void) {\n  int *p = 5;\n  return 0;\n}\n' > "$tmp/warn.c"
"$cc" --explain "$tmp/warn.c" -o "$tmp/warn.html" 2> /dev/null
check "a warning shows above the page, and the page is whole" "0 1 1" \
  "$? $(grep -c '^<pre class="diag">.*warn.c:2:12: warning: ' "$tmp/warn.html") $(grep -c '</html>' "$tmp/warn.html")"

# ---------------------------------------------------------------------------
# 2. In a browser
# ---------------------------------------------------------------------------

chromium=$(command -v chromium || command -v chromium-browser)
if [ -z "$chromium" ]; then
  if [ "$(id -u)" = 0 ]; then
    fail "chromium is installed (.ci/run installs it: apt-get install chromium)"
  else
    echo "SKIP the browser checks: no chromium (apt-get install chromium)"
  fi
  finish
  exit
fi
if ! command -v python3 > /dev/null; then
  fail "python3 is installed (the browser checks read the DOM with it)"
  finish
  exit
fi

# browse FRAGMENT [OPTIONS]: the DOM of arith.c's page after the steps of
# #test-FRAGMENT, in $tmp/dom.html.
browse() {
  local frag=$1
  shift
  rm -rf "$tmp/profile"
  timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --user-data-dir="$tmp/profile" \
    --window-size=1400,900 "$@" "file://$tmp/arith.html#test-$frag" > "$tmp/dom.html" 2> "$tmp/chromium.err"
}

# What is highlighted: for each pane, "pane: text|text|..." of the
# elements with class hl (source lines by number, instructions by text).
highlighted() {
  python3 - "$tmp/dom.html" <<'EOF'
import sys
from html.parser import HTMLParser

class Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.stack = []  # (tag, attrs, text parts, position in the document)
        self.count = 0
        self.found = {}
        self.pane = None
        self.result = ''
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get('id') in ('source-body', 'tokens-body', 'tree-view', 'asm-O0', 'asm-opt'):
            self.pane = a['id']
        self.count += 1
        self.stack.append((tag, a, [], self.count))
    def handle_endtag(self, tag):
        while self.stack:
            t, a, text, n = self.stack.pop()
            s = ''.join(text)
            if self.stack:
                self.stack[-1][2].append(s)
            classes = (a.get('class') or '').split()
            if a.get('id') == 'test-result':
                self.result = s
            if 'sl' in classes:
                s = 'line ' + a.get('data-line', '')
            elif 'n' in classes:
                s = s.split('\n')[0]  # the node's label, not its subtree's
            for kind in ('hl', 'focus'):
                if kind in classes:
                    self.found.setdefault((kind, self.pane), []).append((n, s.strip()))
            if t == tag:
                break
    def handle_data(self, data):
        if self.stack:
            self.stack[-1][2].append(data)

p = Page()
p.feed(open(sys.argv[1]).read())
for (kind, pane), items in sorted(p.found.items()):
    print('%s %s: %s' % (kind, pane, '|'.join(s for n, s in sorted(items))))
print('result: ' + p.result.replace('\n', '|'))
EOF
}

# The instructions the page marks with line 3, in each listing, are what a
# click on line 3 must highlight: the ones the page's text gives them.
want_O0=$(listing "$tmp/arith.html" scale O0 | awk '$1 == 3 { $1 = $2 = ""; sub(/^ +/, ""); print }' | tr '\n' '|' | sed 's/|$//')
want_opt=$(listing "$tmp/arith.html" scale opt | awk '$1 == 3 { $1 = $2 = ""; sub(/^ +/, ""); print }' | tr '\n' '|' | sed 's/|$//')

browse "mode=both&click=3" --dump-dom
highlighted > "$tmp/hl.txt"
if ! grep -q '^result: done mode=both|done click=3|selected 3' "$tmp/hl.txt"; then
  fail "chromium ran the page's test steps" "$(oneline "$(cat "$tmp/hl.txt" "$tmp/chromium.err")")"
fi
got() { sed -n "s/^$1: //p" "$tmp/hl.txt"; }
check_quoted=1
check "browser: clicking line 3 highlights line 3" "line 3" "$(got 'hl source-body')"
check "... its tokens" "3 int c = a * b ;" "$(got 'hl tokens-body' | sed 's/  */ /g')"
check "... the -O0 instructions marked with line 3, the imul among them" "$want_O0" \
  "$(got 'hl asm-O0' | sed 's/^3: [^|]*|//')"
check "... and the default ones" "$want_opt" "$(got 'hl asm-opt' | sed 's/^3: [^|]*|//')"
case "|$want_O0|" in
  *"|imul eax, edi|"*) pass "... (the imul is one of them)" ;;
  *) fail "... (the imul is one of them)" "$want_O0" ;;
esac
# The body's BLOCK takes the line of its first token, as does the BLOCK
# that the declaration becomes (see docs/ARCHITECTURE.md).
check "... and its nodes: the declaration's subtree" "BLOCK line 3|BLOCK line 3|EXPR_STMT line 3|ASSIGN : int line 3|lhs: VAR c : int line 3|rhs: MUL : int line 3|lhs: VAR a : int line 3|rhs: VAR b : int line 3" \
  "$(got 'hl tree-view' | sed 's/ (local, rbp-[0-9]*)//g')"

browse "click=4&insn-opt=imul" --dump-dom
highlighted > "$tmp/hl.txt"
check "browser: clicking the default code's imul selects line 3" "line 3" "$(got 'hl source-body')"
check "... and marks that instruction" "$(listing "$tmp/arith.html" scale opt | sed -n 's/^3 [0-9]* \(imul .*\)/\1/p')" \
  "$(got 'focus asm-opt')"

# The page opens on main; clicking line 2 shows scale.
browse "click=2&node=RETURN" --dump-dom
highlighted > "$tmp/hl.txt"
check "browser: clicking the RETURN node of scale selects line 4" "line 4" "$(got 'hl source-body')"
check "... and marks that node" "RETURN line 4" "$(got 'focus tree-view')"

mkdir -p "$root/build"
rm -f "$root/build/explain-test.png"
browse "mode=both&click=3" --screenshot="$root/build/explain-test.png"
if [ -s "$root/build/explain-test.png" ]; then
  pass "browser: a screenshot of line 3 selected, in build/explain-test.png"
else
  fail "browser: a screenshot of line 3 selected" "$(oneline "$(cat "$tmp/chromium.err")")"
fi
finish
