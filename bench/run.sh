#!/bin/bash
# Benchmarks the code a compiler generates, and the compiler itself, side by
# side with gcc -O0, gcc -O1 and tcc (Debian's package; its columns are left
# out if it is not installed).
#
#   bench/run.sh ./9cc              # every bench/*.c and real program
#   bench/run.sh ./9cc sort vm lua  # only these programs
#   bench/run.sh ./9cc compile      # only the compilation
#
# Generated code: every bench/*.c, and the real programs of bench/real.sh
# (Lua, SQLite's speedtest1, zlib's minigzip, bzip2: their sources fetched
# when the bench runs), is built by each compiler; each build's
# output must equal gcc -O0's, at full scale and at the reduced scale used
# for counting instructions (a mismatch, a crash or a failed build is an
# error: the script says so loudly and exits 1).  Each program is measured
# by
#   - instructions executed (perf stat if the machine counts them, else
#     callgrind's Ir, which is exact and repeatable) at scale
#     $BENCH_CG_SCALE percent (default 25), and
#   - median wall time of $BENCH_RUNS runs (default 3) at full scale, the
#     compilers taking turns in each round,
# and the table gives each as a ratio to gcc -O0, with a geometric mean.
#
# Compilation: bench/gen.awk writes a C file of $BENCH_LINES lines (default
# 100000) of small functions; it and SQLite's amalgamation (243,646 lines,
# the sqlite program's sqlite3.c; BENCH_NO_SQLITE=1 leaves it out) are
# compiled by each compiler: wall time (median of $BENCH_RUNS), user time
# and peak memory, for 9cc -c, 9cc -S alone (no assembler) and `as` alone
# on the text 9cc -c feeds it, as ratios to tcc -c and gcc -O0 -c, with the lines of
# assembly against gcc -O0 -S's and the compile targets of issue 21.
#
# BENCH_TCC names the tcc to use (empty: none); BENCH_TIMEOUT (default 300)
# is the seconds one run may take before it counts as a failure.
#
# A program bench/P.c is one self-contained file of standard C that reads no
# input, takes an optional scale in percent (default 100: about 0.2-0.5 s
# built by gcc -O0) and prints a line `checksum: ...`.
#
# Only ratios measured in the same run mean anything; nothing here fails on
# a timing.

set -u

cc9=${1:-./9cc}
[ $# -gt 0 ] && shift
case $cc9 in
  /*) ;;
  */*) cc9=$(cd "$(dirname "$cc9")" && pwd)/$(basename "$cc9") ;;
  *) cc9=$(command -v "$cc9") ;;
esac

bench=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$bench")
out=$root/build/bench
mkdir -p "$out"
cd "$root" || exit 1
. "$bench/real.sh"

cg_scale=${BENCH_CG_SCALE:-25}
runs=${BENCH_RUNS:-3}
gen_lines=${BENCH_LINES:-100000}
run_timeout=${BENCH_TIMEOUT:-300}
jobs=$(nproc 2>/dev/null || echo 1)

if [ "$*" = compile ]; then
  progs= # only the compilation
elif [ $# -gt 0 ]; then
  progs="$*"
else
  progs="$(cd "$bench" && ls *.c | sed 's/\.c$//') $real_progs"
fi

# is_real P: P is one of bench/real.sh's programs.
is_real() { case " $real_progs " in *" $1 "*) return 0 ;; esac; return 1; }

errors=0
error_list=()
error() {
  errors=$((errors + 1))
  error_list+=("$*")
  echo "*** ERROR: $*"
}

# The compilers: an id (used in file names) and the command that builds
# a program.  gcc -O0 comes first: it is the reference.
ids=(gcc-O0 9cc gcc-O1)
declare -A cmd name
name[gcc-O0]="gcc -O0"
name[9cc]=9cc
name[gcc-O1]="gcc -O1"
name[tcc]=tcc
cmd[gcc-O0]="gcc -O0"
cmd[9cc]="$cc9"
cmd[gcc-O1]="gcc -O1"
tcc=${BENCH_TCC-tcc}
if [ -n "$tcc" ] && command -v "$tcc" >/dev/null 2>&1; then
  ids+=(tcc)
  cmd[tcc]=$tcc
  have_tcc=1
else
  have_tcc=
  echo "note: no tcc (apt-get install tcc); its columns are left out"
fi

now() {
  if [ -n "${EPOCHREALTIME:-}" ]; then
    echo "${EPOCHREALTIME/,/.}"
  else
    date +%s.%N
  fi
}

# phase: the seconds since the bench started, for its progress lines.
start_time=$(now)
phase() { awk -v a="$start_time" -v b="$(now)" 'BEGIN { printf "%.0f s so far", b - a }'; }

# --- how instructions are counted -----------------------------------------

counter=
if command -v perf >/dev/null 2>&1 &&
   perf stat -x, -e instructions:u -o "$out/perf.check" true >/dev/null 2>&1 &&
   grep -Eq '^[0-9]+,' "$out/perf.check"; then
  counter=perf
elif command -v valgrind >/dev/null 2>&1; then
  counter=callgrind
else
  echo "note: neither perf (with an instructions counter) nor valgrind is here; no instruction counts"
fi

# run_prog P ID SCALE: runs P's build by ID at SCALE percent, each process
# under "${wrap[@]}"; its output on stdout.  A real program runs in a
# scratch folder of its own.
run_prog() {
  local bin=$out/$1.$2
  if is_real "$1"; then
    local d
    d=$(mktemp -d "$out/run.XXXXXX")
    (cd "$d" && real_run_$1 "$bin" "$3")
    rm -rf "$d"
  else
    "${wrap[@]}" "$bin" "$3"
  fi
}

# count P ID OUTFILE: runs P's build by ID at the reduced scale, its output
# in OUTFILE, and writes the instruction count (the sum over the processes
# it ran) to OUTFILE.ir (empty if it failed).
count() {
  local o=$3 wrap
  : > "$o.ir"
  rm -f "$o.perf" "$o".vg.*
  case $counter in
    perf) wrap=(timeout "$run_timeout" perf stat -x, -e instructions:u --append -o "$o.perf") ;;
    callgrind) wrap=(timeout $((run_timeout * 100)) valgrind --tool=callgrind
                     --callgrind-out-file=/dev/null --log-file="$o.vg.%p") ;;
    *) wrap=(timeout "$run_timeout") ;;
  esac
  run_prog "$1" "$2" "$cg_scale" > "$o" 2>/dev/null
  local st=$?
  if [ $st -ne 0 ]; then
    echo "exit status $st" >> "$o"
    return
  fi
  case $counter in
    perf) sed -n 's/^\([0-9][0-9]*\),.*/\1/p' "$o.perf" ;;
    callgrind) cat "$o".vg.* | sed -n 's/.*Collected : *\([0-9][0-9]*\).*/\1/p' ;;
  esac | awk '{ s += $1; n++ } END { if (n) printf "%.0f\n", s }' > "$o.ir"
  rm -f "$o".vg.*
}

# --- build -----------------------------------------------------------------

echo "bench: compilers: ${ids[*]} (9cc = $cc9)"
echo "bench: programs: $(echo $progs)"
# stamp P ID: what a kept build of real program P by ID must match: the
# compiler command and executable, the build function, the sources' version.
stamp() {
  local exe
  exe=$(command -v "${cmd[$2]%% *}")
  echo "${cmd[$2]} $(md5sum < "$exe")"
  declare -f "real_build_$1"
  cat "$src/$1/.version" 2>/dev/null
}

# build_one P ID: builds P with ID as $out/P.ID (its messages in
# $out/P.ID.build) and touches $out/P.ID.ok if that worked.
build_one() {
  local p=$1 id=$2 bin=$out/$1.$2
  rm -f "$bin.ok"
  if ! is_real "$p"; then
    rm -f "$bin"
    ${cmd[$id]} -w -o "$bin" "$bench/$p.c" -lm > "$bin.build" 2>&1 && touch "$bin.ok"
    return
  fi
  if [ "$id" != 9cc ] && [ -x "$bin" ] && cmp -s <(stamp "$p" "$id") "$bin.stamp"; then
    touch "$bin.ok"
    return
  fi
  rm -rf "$bin" "$bin.d" "$bin.stamp"
  mkdir -p "$bin.d"
  if (cd "$bin.d" && real_build_$p "${cmd[$id]}" "$bin") > "$bin.build" 2>&1; then
    stamp "$p" "$id" > "$bin.stamp"
    touch "$bin.ok"
  fi
  rm -rf "$bin.d"
}

declare -A built tried
echo "bench: building..."
n=0
for p in $progs; do
  if is_real "$p"; then
    if ! real_prepare_$p > "$out/$p.prepare" 2>&1; then
      error "$p: its sources could not be had:"
      sed "s/^/    /" "$out/$p.prepare" | tail -5
      continue
    fi
  elif [ ! -f "$bench/$p.c" ]; then
    error "no program bench/$p.c or bench/real.sh program $p"
    continue
  fi
  tried[$p]=1
  for id in "${ids[@]}"; do
    build_one "$p" "$id" &
    n=$((n + 1))
    if [ $n -ge "$jobs" ]; then
      wait -n 2>/dev/null || wait
      n=$((n - 1))
    fi
  done
done
wait
for p in $progs; do
  [ -n "${tried[$p]:-}" ] || continue
  for id in "${ids[@]}"; do
    if [ -f "$out/$p.$id.ok" ]; then
      built[$p.$id]=1
    else
      error "$p: build with $id (${cmd[$id]}) failed:"
      grep -v '^ *$' "$out/$p.$id.build" | head -20 | sed "s/^/    /"
    fi
  done
done

# mismatch P ID WHAT FILE REF: compares a run's output with gcc -O0's.
mismatch() {
  local p=$1 id=$2 what=$3 f=$4 ref=$5
  if ! cmp -s "$f" "$ref"; then
    error "$p built by $id: output differs from gcc -O0's ($what):"
    { echo "    gcc -O0: $(head -c 300 "$ref" | head -3)"
      echo "    $id: $(head -c 300 "$f" | head -3)"; }
    return 0
  fi
  return 1
}

# --- instructions, at the reduced scale (deterministic, so in parallel) ----

declare -A ir cgbad
if [ -n "$counter" ]; then
  echo "bench: counting instructions with $counter at scale $cg_scale... ($(phase))"
  n=0
  for p in $progs; do
    for id in "${ids[@]}"; do
      [ -n "${built[$p.$id]:-}" ] || continue
      count "$p" "$id" "$out/$p.$id.cg" &
      n=$((n + 1))
      # perf counts are disturbed by company; callgrind's are not
      if [ "$counter" = perf ] || [ $n -ge "$jobs" ]; then
        wait -n 2>/dev/null || wait
        n=$((n - 1))
      fi
    done
  done
  wait
else
  for p in $progs; do
    for id in "${ids[@]}"; do
      [ -n "${built[$p.$id]:-}" ] && count "$p" "$id" "$out/$p.$id.cg"
    done
  done
fi
for p in $progs; do
  [ -n "${built[$p.gcc-O0]:-}" ] || continue
  ref=$out/$p.gcc-O0.cg
  if grep -q '^exit status' "$ref"; then
    error "$p built by gcc-O0 failed at scale $cg_scale: $(tail -1 "$ref")"
    continue
  fi
  for id in "${ids[@]}"; do
    [ -n "${built[$p.$id]:-}" ] || continue
    if mismatch "$p" "$id" "scale $cg_scale" "$out/$p.$id.cg" "$ref"; then
      cgbad[$p.$id]=1
    else
      ir[$p.$id]=$(cat "$out/$p.$id.cg.ir")
    fi
  done
done

# --- wall time at full scale ------------------------------------------------

echo "bench: timing at full scale, median of $runs runs... ($(phase))"
wrap=(timeout "$run_timeout")
declare -A times bad
for ((r = 1; r <= runs; r++)); do
  for p in $progs; do
    for id in "${ids[@]}"; do
      [ -n "${built[$p.$id]:-}" ] && [ -z "${bad[$p.$id]:-}" ] || continue
      o=$out/$p.$id.out
      t0=$(now)
      run_prog "$p" "$id" 100 > "$o.$r" 2>/dev/null
      st=$?
      t1=$(now)
      if [ $st -ne 0 ]; then
        echo "exit status $st$([ $st -gt 128 ] && [ $st -ne 124 ] && echo " (signal $((st - 128)))")$([ $st -eq 124 ] && echo " (timed out)")" >> "$o.$r"
      fi
      times[$p.$id]="${times[$p.$id]:-} $(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.4f", b - a }')"
      if [ "$id" = gcc-O0 ]; then
        if [ $st -ne 0 ]; then
          error "$p built by gcc-O0 failed: exit status $st"
          bad[$p.$id]=1
        elif [ $r -gt 1 ] && ! cmp -s "$o.$r" "$o.1"; then
          error "$p built by gcc-O0 prints something else each run"
          bad[$p.$id]=1
        fi
      elif [ -z "${bad[$p.gcc-O0]:-}" ] &&
           mismatch "$p" "$id" "full scale, run $r" "$o.$r" "$out/$p.gcc-O0.out.$r"; then
        bad[$p.$id]=1
      fi
    done
  done
done

median() {
  echo "$@" | tr ' ' '\n' | grep . | sort -g |
    awk '{ v[NR] = $1 } END { if (NR) print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}

# --- the table -------------------------------------------------------------

if [ -n "$progs" ]; then
  others=("${ids[@]:1}")
  echo
  echo "Generated code: ratio to gcc -O0 (lower is better)."
  echo "  instr: instructions executed at scale $cg_scale% (${counter:-not counted})"
  echo "  time:  median wall time of $runs runs at full scale"
  printf '%-10s %18s' "" "gcc -O0"
  for id in "${others[@]}"; do printf ' %15s' "${name[$id]}"; done
  echo
  printf '%-10s %9s %8s' program "Minstr" "time s"
  for id in "${others[@]}"; do printf ' %7s %7s' instr time; done
  echo
  declare -A logsum lognum
  for p in $progs; do
    [ -n "${built[$p.gcc-O0]:-}" ] || continue
    base_ir=${ir[$p.gcc-O0]:-}
    base_t=
    [ -z "${bad[$p.gcc-O0]:-}" ] &&
      base_t=$(awk -v t="$(median ${times[$p.gcc-O0]:-})" 'BEGIN { if (t != "") printf "%.3f", t }')
    printf '%-10s %9s %8s' "$p" \
      "$([ -n "$base_ir" ] && awk -v a="$base_ir" 'BEGIN { printf "%.0f", a / 1e6 }' || echo -)" \
      "${base_t:--}"
    for id in "${others[@]}"; do
      ri=- rt=-
      if [ -n "$base_ir" ] && [ -n "${ir[$p.$id]:-}" ]; then
        ri=$(awk -v a="${ir[$p.$id]}" -v b="$base_ir" 'BEGIN { printf "%.2f", a / b }')
        logsum[$id.i]=$(awk -v s="${logsum[$id.i]:-0}" -v r="$ri" 'BEGIN { print s + log(r) }')
        lognum[$id.i]=$((${lognum[$id.i]:-0} + 1))
      fi
      if [ -n "$base_t" ] && [ -n "${built[$p.$id]:-}" ] && [ -z "${bad[$p.$id]:-}" ]; then
        rt=$(awk -v a="$(median ${times[$p.$id]})" -v b="$base_t" 'BEGIN { printf "%.2f", a / b }')
        logsum[$id.t]=$(awk -v s="${logsum[$id.t]:-0}" -v r="$rt" 'BEGIN { print s + log(r) }')
        lognum[$id.t]=$((${lognum[$id.t]:-0} + 1))
      fi
      [ "${cgbad[$p.$id]:-}" ] && ri=WRONG
      [ "${bad[$p.$id]:-}" ] && rt=WRONG
      [ -n "${built[$p.$id]:-}" ] || { ri=FAIL; rt=FAIL; }
      printf ' %7s %7s' "$ri" "$rt"
    done
    echo
  done
  printf '%-10s %9s %8s' geomean "" ""
  for id in "${others[@]}"; do
    for k in i t; do
      if [ "${lognum[$id.$k]:-0}" -gt 0 ]; then
        printf ' %7s' "$(awk -v s="${logsum[$id.$k]}" -v n="${lognum[$id.$k]}" 'BEGIN { printf "%.2f", exp(s / n) }')"
      else
        printf ' %7s' -
      fi
    done
  done
  echo
fi

# --- compilation -----------------------------------------------------------

# Two files are compiled: bench/gen.awk's generated program, and SQLite's
# amalgamation (bench/real.sh's sqlite3.c, 243,646 lines, fetched as for
# the sqlite program; left out, with a note, if it cannot be had).  Each
# compiler runs $runs times; the table gives the median wall and user time
# and the largest peak memory (of the compiler or any process it ran, by
# /usr/bin/time).  Besides tcc -c, gcc -O0 -c, 9cc -c and 9cc -S, `as`
# alone is timed on the text 9cc -c feeds it, and gcc -O0 -S's text is
# kept for counting lines.  Then the targets of issue 21, as ratios of this
# run's figures: 9cc -S peak memory <= 64 MiB; 9cc -S user time <= 3x
# tcc -c's; 9cc -c wall time <= 1.15x as alone's (the compiler hidden
# behind the assembler); fewer lines of assembly than gcc -O0.  Nothing
# fails on a timing or a target: they are reported.

have_time=
[ -x /usr/bin/time ] && have_time=1
[ -n "$have_time" ] || echo "note: no /usr/bin/time (apt-get install time): peak memory not measured"

ratio() { # RATIO A B: A / B, or - if either is missing
  if [ -n "$1" ] && [ -n "$2" ]; then
    awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'
  else
    echo -
  fi
}

# verdict VALUE LIMIT: "met" if VALUE <= LIMIT, "SHORT" if not, "" if unknown
verdict() {
  case $1 in ''|-) return ;; esac
  awk -v v="$1" -v l="$2" 'BEGIN { print (v <= l) ? "met" : "SHORT" }'
}

target_lines=()

# compile_bench TAG FILE LABEL FLAGS...: measures the compilers on FILE
# (its objects and texts in $out/TAG.*) and prints its table and targets.
compile_bench() {
  local tag=$1 file=$2 label=$3
  shift 3
  local flags="$*"
  local lines c r st m u t
  lines=$(wc -l < "$file")
  echo
  echo "Compilation of $label ($lines lines), median of $runs runs:"

  local cids=()
  declare -A ccmd ctimes cuser cmem cbad
  if [ -n "$have_tcc" ]; then cids+=(tcc-c); ccmd[tcc-c]="$tcc${flags:+ $flags} -c -o $out/$tag.tcc.o"; fi
  cids+=(gcc-O0-c); ccmd[gcc-O0-c]="gcc -O0${flags:+ $flags} -c -o $out/$tag.gcc.o"
  cids+=(9cc-c); ccmd[9cc-c]="$cc9${flags:+ $flags} -c -o $out/$tag.9cc.o"
  cids+=(9cc-S); ccmd[9cc-S]="$cc9${flags:+ $flags} -S -o $out/$tag.9cc.s"
  # as alone, on the text 9cc -c feeds it (which is terser than -S's),
  # caught by an `as` first on the PATH that keeps a copy
  cids+=(as); ccmd[as]="as --64 -o $out/$tag.as.o"
  local fed=$out/$tag.fed.s real_as
  real_as=$(command -v as)
  mkdir -p "$out/astee"
  printf '#!/bin/sh\ncat > "%s" && exec "%s" "$@" < "%s"\n' "$fed" "$real_as" "$fed" > "$out/astee/as"
  chmod +x "$out/astee/as"
  rm -f "$fed"
  PATH=$out/astee:$PATH $cc9 $flags -c -o "$out/$tag.fed.o" "$file" > /dev/null 2>&1

  for ((r = 1; r <= runs; r++)); do
    for c in "${cids[@]}"; do
      [ -z "${cbad[$c]:-}" ] || continue
      local in=$file
      [ "$c" = as ] && in=$fed
      [ "$c" = as ] && [ ! -s "$in" ] && { cbad[$c]=1; continue; }
      # the wall time is taken here, the user time by the shell's `times`
      # (in ms: /usr/bin/time's are in steps of 10 ms, too coarse for
      # tcc), the peak memory by /usr/bin/time
      m=
      local t0
      t0=$(now)
      (
        if [ -n "$have_time" ]; then
          /usr/bin/time -f '%M' -o "$out/$tag.$c.time" ${ccmd[$c]} "$in"
        else
          ${ccmd[$c]} "$in"
        fi > "$out/$tag.$c.log" 2>&1
        st=$?
        times > "$out/$tag.$c.times"
        exit $st
      )
      st=$?
      t=$(awk -v a="$t0" -v b="$(now)" 'BEGIN { printf "%.3f", b - a }')
      if [ $st -ne 0 ]; then
        error "compiling $file with '${ccmd[$c]}' failed (exit status $st):"
        head -20 "$out/$tag.$c.log" | sed "s/^/    /"
        cbad[$c]=1
        continue
      fi
      # the children's user time: the first figure of times's second line
      u=$(sed -n '2s/^\([0-9]*\)m\([0-9.]*\)s.*/\1 \2/p' "$out/$tag.$c.times" |
          awk '{ printf "%.3f", $1 * 60 + $2 }')
      [ -n "$u" ] && cuser[$c]="${cuser[$c]:-} $u"
      if [ -n "$have_time" ]; then
        m=$(tail -1 "$out/$tag.$c.time")
        { [ -z "${cmem[$c]:-}" ] || [ "$m" -gt "${cmem[$c]}" ]; } && cmem[$c]=$m
      fi
      ctimes[$c]="${ctimes[$c]:-} $t"
    done
  done

  declare -A cmed umed
  for c in "${cids[@]}"; do
    [ -z "${cbad[$c]:-}" ] || continue
    cmed[$c]=$(median ${ctimes[$c]})
    [ -n "${cuser[$c]:-}" ] && umed[$c]=$(median ${cuser[$c]})
  done
  printf '%-14s %7s %7s %8s %9s %9s %11s %11s\n' "" "wall s" "user s" "peak MiB" "user/tcc" "mem/tcc" "wall/gcc0" "mem/gcc0"
  local label2 mb tt tm
  for c in "${cids[@]}"; do
    label2=${ccmd[$c]%% -o *}
    label2=${label2/$cc9/9cc}
    [ -n "$flags" ] && label2=${label2/ $flags/}
    [ "$c" = as ] && label2="as alone"
    if [ -n "${cbad[$c]:-}" ]; then
      printf '%-14s %7s\n' "$label2" FAILED
      continue
    fi
    mb=-
    [ -n "${cmem[$c]:-}" ] && mb=$(awk -v k="${cmem[$c]}" 'BEGIN { printf "%.1f", k / 1024 }')
    tt=- tm=-
    if [ -n "$have_tcc" ]; then
      tt=$(ratio "${umed[$c]:-}" "${umed[tcc-c]:-}")
      tm=$(ratio "${cmem[$c]:-}" "${cmem[tcc-c]:-}")
    fi
    printf '%-14s %7s %7s %8s %9s %9s %11s %11s\n' "$label2" \
      "$(awk -v t="${cmed[$c]}" 'BEGIN { printf "%.3f", t }')" "${umed[$c]:--}" "$mb" "$tt" "$tm" \
      "$(ratio "${cmed[$c]}" "${cmed[gcc-O0-c]:-}")" "$(ratio "${cmem[$c]:-}" "${cmem[gcc-O0-c]:-}")"
  done
  for c in 9cc-c 9cc-S; do
    [ -n "${cmed[$c]:-}" ] &&
      awk -v n="$lines" -v t="${cmed[$c]}" -v c="9cc ${c#9cc}" \
        'BEGIN { if (t > 0) printf "%s: %.0f lines/s\n", c, n / t; else print c ": too fast to measure" }'
  done

  # lines of assembly: 9cc -S against gcc -O0 -S, of the same file
  local l9= lg=
  [ -s "$out/$tag.9cc.s" ] && l9=$(wc -l < "$out/$tag.9cc.s")
  if gcc -O0 $flags -S -o "$out/$tag.gcc.s" "$file" > /dev/null 2>&1; then
    lg=$(wc -l < "$out/$tag.gcc.s")
  fi
  echo "lines of assembly: 9cc -S ${l9:--}, gcc -O0 -S ${lg:--}"

  # the targets
  local mem=
  [ -n "${cmem[9cc-S]:-}" ] && mem=$(awk -v k="${cmem[9cc-S]}" 'BEGIN { printf "%.1f", k / 1024 }')
  local us wa li
  us=$(ratio "${umed[9cc-S]:-}" "${umed[tcc-c]:-}")
  wa=$(ratio "${cmed[9cc-c]:-}" "${cmed[as]:-}")
  li=$(ratio "$l9" "$lg")
  target_lines+=("$(printf '%-10s 9cc -S peak %s MiB (<= 64: %s); 9cc -S user / tcc -c user %s (<= 3: %s);' \
    "$tag:" "${mem:--}" "$(verdict "$mem" 64)" "$us" "$(verdict "$us" 3)")")
  target_lines+=("$(printf '%-10s 9cc -c wall / as alone wall %s (<= 1.15: %s); asm lines / gcc -O0 %s (< 1: %s)' \
    "" "$wa" "$(verdict "$wa" 1.15)" "$li" "$(verdict "$li" 0.9999)")")
}

gen=$out/gen.c
awk -v lines="$gen_lines" -f "$bench/gen.awk" > "$gen"
echo
echo "bench: generated code measured ($(phase))"
compile_bench gen "$gen" "bench/gen.awk's generated program"

# SQLite's amalgamation, with the flags the sqlite program is built with
if [ -n "${BENCH_NO_SQLITE:-}" ]; then
  echo "note: BENCH_NO_SQLITE is set: SQLite's amalgamation not compiled"
elif real_prepare_sqlite > "$out/sqlite.prepare" 2>&1; then
  compile_bench sqlite3 "$src/sqlite/bld/sqlite3.c" "SQLite's amalgamation sqlite3.c" \
    -w -DSQLITE_THREADSAFE=0 -DSQLITE_OMIT_LOAD_EXTENSION
else
  echo "note: SQLite's amalgamation could not be had (see $out/sqlite.prepare): not compiled"
fi

echo
echo "Compile targets (issue 21), ratios of this run's figures:"
for l in "${target_lines[@]}"; do echo "  $l"; done

# --- verdict ---------------------------------------------------------------

echo
if [ $errors -gt 0 ]; then
  echo "**************************************************************"
  echo "bench: $errors ERROR(S): wrong output, crash or failed build:"
  for e in "${error_list[@]}"; do echo "  - $e"; done
  echo "**************************************************************"
  exit 1
fi
echo "bench: all builds agree with gcc -O0"
