# bench/real.sh: the real programs bench/run.sh measures besides bench/*.c,
# sourced by it.  Their sources are fetched when the bench runs, never
# committed: Debian source packages through test/debsrc.sh (apt-get source
# with a private apt configuration; the scratch folder is shared with
# test/real.sh), zlib from Debian's gcc-12-source (test/zlib-src.sh).
#
#   lua     Lua 5.4's interpreter (lua5.4) running bench/lua/*.lua: recursion,
#           table.sort, string building, closures and method calls
#   sqlite  SQLite's test/speedtest1.c with the amalgamation (sqlite3), made
#           once by the package's own `make sqlite3.c`, on an in-memory
#           database at --size 8 (timings taken out of its output)
#   zlib    zlib's minigzip compressing a generated text file and
#           decompressing the result
#   bzip2   bzip2 (bzip2) doing the same with the same file
#
# Each program is three functions:
#   real_prepare_P: its sources in $src/P (once a run); 1 if they can't be had
#   real_build_P CC BIN: builds the program with the compiler command CC as
#       BIN, in the current directory (a scratch folder of its own)
#   real_run_P BIN SCALE: runs it at SCALE percent, each process under
#       "${wrap[@]}" (a counter, or nothing), in the current directory;
#       prints what must equal gcc -O0's build's.
# A build by a compiler other than 9cc is kept while the sources, the
# build function and the compiler stay the same (bench/run.sh's stamps).

real_progs="lua sqlite zlib bzip2"
src=$out/src

# real_sources: fetches with apt-get source the first time (sets debsrc).
real_sources_ready=
real_sources() {
  [ -n "$real_sources_ready" ] && return 0
  debsrc=${BENCH_DEBSRC:-$root/build/real}
  . "$root/test/debsrc.sh"
  need_tools dpkg-dev || return 1
  apt_setup
  mkdir -p "$src"
  real_sources_ready=1
}

# real_copy PKG DIR: the unpacked package PKG (apt-get source) as DIR.
real_copy() {
  real_sources || return 1
  fetch "$1" || { echo "apt-get source $1 failed: see $debsrc/logs/$1.fetch.log"; return 1; }
  if [ ! -f "$2/.version" ] || [ "$(cat "$2/.version")" != "$version" ]; then
    rm -rf "$2"
    cp -a "$debsrc/src/$1" "$2" && echo "$version" > "$2/.version"
  fi
}

# real_text SCALE: the input of the compressors, SCALE percent of 3 MB of
# text with repetition (as test/zlib.sh's), made once per scale.
real_text() {
  local f=$src/text.$1
  [ -s "$f" ] || awk -v n=$((3 * 1048576 * $1 / 100)) 'BEGIN {
      srand(1)
      for (i = 0; len < n; i++) {
        s = sprintf("line %d %d compress test %x %s\n", i, int(rand() * 1000), i * 7919,
                    substr("the quick brown fox jumps over the lazy dog", 1 + int(rand() * 20)))
        len += length(s); printf "%s", s
      }
    }' | head -c $((3 * 1048576 * $1 / 100)) > "$f"
  echo "$f"
}

# roundtrip BIN SCALE COMPRESS DECOMPRESS: compresses the text with
# BIN COMPRESS, decompresses with BIN DECOMPRESS; prints the compressed
# file's checksum and whether the round trip gave the text back.
roundtrip() {
  local in
  in=$(real_text "$2")
  "${wrap[@]}" "$1" $3 < "$in" > packed || echo "compress: exit status $?"
  "${wrap[@]}" "$1" $4 < packed > unpacked || echo "decompress: exit status $?"
  echo "compressed: $(wc -c < packed) bytes, $(cksum < packed)"
  cmp -s "$in" unpacked && echo "round trip: same" || echo "round trip: DIFFERENT"
  rm -f packed unpacked
}

# --- Lua ---------------------------------------------------------------------

real_prepare_lua() { real_copy lua5.4 "$src/lua"; }

# Debian's luaconf.h includes a header its build writes: the multiarch name.
real_build_lua() {
  echo "#define DEB_HOST_MULTIARCH \"$(gcc -print-multiarch)\"" > lua5.4-deb-multiarch.h
  $1 -w -I. -DLUA_USE_POSIX -o "$2" $(ls "$src"/lua/src/*.c | grep -v '/luac\.c$') -lm
}

real_run_lua() {
  local s
  for s in "$bench"/lua/*.lua; do
    echo "$(basename "$s"): $("${wrap[@]}" "$1" "$s" "$2" 2>&1 || echo "exit status $?")"
  done
}

# --- SQLite ------------------------------------------------------------------

# The amalgamation sqlite3.c, made by the package's configure and make
# (which need tclsh) with gcc, once per version.
real_prepare_sqlite() {
  real_copy sqlite3 "$src/sqlite" || return 1
  [ -s "$src/sqlite/bld/sqlite3.c" ] && return 0
  need_tools tcl || return 1
  echo "bench: making SQLite's amalgamation (once)"
  mkdir -p "$src/sqlite/bld"
  (cd "$src/sqlite/bld" && ../configure --disable-tcl && make sqlite3.c) \
    > "$src/sqlite/bld.log" 2>&1 || { echo "see $src/sqlite/bld.log"; return 1; }
}

real_build_sqlite() {
  $1 -w -DSQLITE_THREADSAFE=0 -DSQLITE_OMIT_LOAD_EXTENSION -I"$src/sqlite/bld" -o "$2" \
    "$src/sqlite/test/speedtest1.c" "$src/sqlite/bld/sqlite3.c" -lm
}

real_run_sqlite() {
  local size=$((8 * $2 / 100))
  [ $size -ge 1 ] || size=1
  "${wrap[@]}" "$1" --memdb --verify --size $size 2>&1 | sed 's/  *[0-9.]*s$//'
  [ "${PIPESTATUS[0]}" = 0 ] || echo "exit status ${PIPESTATUS[0]}"
}

# --- zlib --------------------------------------------------------------------

real_prepare_zlib() {
  . "$root/test/zlib-src.sh"
  zlib_extract "$src/zlib" || { echo "zlib: install Debian's gcc-12-source"; return 1; }
  real_prepare_zlib_text
}

real_build_zlib() {
  local z=$src/zlib
  $1 -w -I"$z" -DHAVE_UNISTD_H -o "$2" "$z"/test/minigzip.c "$z"/{adler32,compress,crc32,deflate,gzclose,gzlib,gzread,gzwrite,infback,inffast,inflate,inftrees,trees,uncompr,zutil}.c
}

real_prepare_zlib_text() { real_text "$cg_scale" > /dev/null && real_text 100 > /dev/null; }

real_run_zlib() { roundtrip "$1" "$2" -9 -d; }

# --- bzip2 -------------------------------------------------------------------

real_prepare_bzip2() { real_copy bzip2 "$src/bzip2" && real_prepare_zlib_text; }

real_build_bzip2() {
  local b=$src/bzip2
  $1 -w -D_FILE_OFFSET_BITS=64 -I"$b" -o "$2" "$b"/{blocksort,huffman,crctable,randtable,compress,decompress,bzlib,bzip2}.c
}

real_run_bzip2() { roundtrip "$1" "$2" -c -dc; }
