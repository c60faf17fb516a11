# test/zlib-src.sh: zlib's sources, from the copy Debian's gcc-12-source
# carries (/usr/src/gcc-12), for test/zlib.sh and bench/run.sh.  Sourced:
#   . test/zlib-src.sh; zlib_extract DIR || echo "no gcc-12-source"
# zlib_extract DIR: unpacks gcc's zlib/ as DIR unless DIR/zlib.h is there;
# returns 1 if the tarball is missing.
zlib_extract() {
  local dir=$1 tarball
  [ -f "$dir/zlib.h" ] && return 0
  tarball=$(ls /usr/src/gcc-12/gcc-12.2.0*.tar.xz 2>/dev/null | head -1)
  [ -n "$tarball" ] || return 1
  rm -rf "$dir" "$dir.unpack"
  mkdir -p "$dir.unpack"
  tar -xJf "$tarball" -C "$dir.unpack" --wildcards 'gcc-12.2.0/zlib/*' &&
    mv "$dir.unpack"/gcc-12.2.0/zlib "$dir"
  local status=$?
  rm -rf "$dir.unpack"
  return $status
}
