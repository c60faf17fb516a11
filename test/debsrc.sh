# test/debsrc.sh: Debian source packages fetched at run time, for the
# scripts that build third-party code (test/real.sh, bench/run.sh).  Sourced
# after the caller sets $debsrc, its scratch folder (never committed):
#   debsrc=$top/build/real; . "$top/test/debsrc.sh"
# Layout under $debsrc: apt/ (a private apt configuration whose only sources
# are deb-src lines made from the machine's own deb lines, with its lists
# and cache), dl/ (the downloaded .dsc and tarballs), src/NAME (a package
# unpacked, never modified), logs/.  No mirror is named here: the machine's
# apt sources say where packages come from.  Plain bash; uses nothing of the
# caller's but $debsrc and a function bail_out MESSAGE.

mkdir -p "$debsrc"/{apt,dl,src,logs}
apt_dir=$debsrc/apt
apt_opts=(-o "Dir::State=$apt_dir/state" -o "Dir::State::Lists=$apt_dir/state/lists"
  -o "Dir::State::extended_states=$apt_dir/state/extended_states"
  -o "Dir::Cache=$apt_dir/cache" -o "Dir::Cache::archives=$apt_dir/cache/archives"
  -o "Dir::Etc::SourceList=$apt_dir/sources.list"
  -o "Dir::Etc::SourceParts=$apt_dir/sources.list.d")

# deb_src_lines: the machine's apt sources, each deb entry turned into
# deb-src, one-line entries first, deb822 stanzas after a "---" line.
deb_src_lines() {
  local f
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [ -f "$f" ] && sed -n 's/^[[:space:]]*deb\([[:space:]]\)/deb-src\1/p' "$f"
  done
  echo ---
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] || continue
    awk '
      function flush() {
        if (types ~ /(^|[ \t])deb([ \t]|$)/ && tolower(enabled) != "no")
          printf "Types: deb-src\n%s\n", rest
        types = ""; enabled = ""; rest = ""
      }
      /^[ \t]*#/ { next }
      /^[ \t]*$/ { flush(); next }
      /^Types:/ { types = $0; sub(/^Types:[ \t]*/, "", types); next }
      /^Enabled:/ { enabled = $2; next }
      { rest = rest $0 "\n" }
      END { flush() }' "$f"
  done
}

# apt_setup: writes the private sources and runs apt-get update (once a
# day at most: the lists are kept).
apt_setup() {
  mkdir -p "$apt_dir"/state/lists/partial "$apt_dir"/cache/archives/partial "$apt_dir"/sources.list.d
  local lines
  lines=$(deb_src_lines)
  printf '%s\n' "$lines" | sed '/^---$/,$d' > "$apt_dir/sources.list"
  printf '%s\n' "$lines" | sed '0,/^---$/d' > "$apt_dir/sources.list.d/machine.sources"
  if ! grep -q . "$apt_dir/sources.list" "$apt_dir/sources.list.d/machine.sources"; then
    bail_out "no deb entries in /etc/apt/sources.list{,.d} to make deb-src lines from"
  fi
  # apt drops root to _apt to download: let it write there.
  if [ "$(id -u)" = 0 ] && id _apt >/dev/null 2>&1; then
    chown -R _apt "$apt_dir/state/lists/partial" "$apt_dir/cache/archives/partial" "$debsrc/dl"
  fi
  if [ -n "$(find "$apt_dir/state/lists" -maxdepth 1 -name '*Sources*' -mmin -1440 2>/dev/null)" ]; then
    return
  fi
  echo "apt-get update (private sources in $apt_dir)"
  apt-get "${apt_opts[@]}" update > "$debsrc/logs/apt-update.log" 2>&1 ||
    echo "warning: apt-get update failed in part, see $debsrc/logs/apt-update.log"
}

# need_tools PKG...: installs the Debian packages that are missing (as
# root), or says which are.  Returns 1 if any is still missing.
need_tools() {
  local p missing=
  for p; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing="$missing $p"
  done
  [ -z "$missing" ] && return 0
  if [ "$(id -u)" = 0 ]; then
    echo "apt-get install$missing"
    if apt-get install -y -qq $missing > "$debsrc/logs/apt-install.log" 2>&1 ||
       { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq $missing >> "$debsrc/logs/apt-install.log" 2>&1; }; then
      return 0
    fi
  fi
  echo "missing Debian packages:$missing (install them as root)"
  return 1
}

# fetch NAME: the unpacked source of source package NAME in src/NAME
# (kept between runs); sets version.
fetch() {
  local name=$1 dsc
  dsc=$(ls "$debsrc"/dl/"${name}"_*.dsc 2>/dev/null | head -1)
  if [ -z "$dsc" ]; then
    # The newest version first; a mirror may lack some of a version's
    # files for a while, then the others in turn.
    local v
    for v in "" $(apt-cache "${apt_opts[@]}" showsrc "$name" 2>/dev/null |
                  sed -n 's/^Version: //p' | sort -urV); do
      (cd "$debsrc/dl" && apt-get "${apt_opts[@]}" source --download-only "$name${v:+=$v}") \
        >> "$debsrc/logs/$name.fetch.log" 2>&1
      dsc=$(ls "$debsrc"/dl/"${name}"_*.dsc 2>/dev/null | head -1)
      [ -n "$dsc" ] && break
    done
    [ -n "$dsc" ] || return 1
  fi
  version=$(sed -n 's/^Version: //p' "$dsc" | head -1)
  if [ ! -f "$debsrc/src/$name/.unpacked" ]; then
    rm -rf "$debsrc/src/$name"
    dpkg-source --no-check -x "$dsc" "$debsrc/src/$name" > "$debsrc/logs/$name.unpack.log" 2>&1 || return 1
    touch "$debsrc/src/$name/.unpacked"
  fi
}
