// util.c: the bottom layer every stage may use.
//
// Diagnostics (`file:line:col: error: message`, the source line, a caret),
// small string helpers and an open-addressing hash map keyed by strings.
// Memory is never freed during a compilation: the compiler is a short-lived
// process, so allocation is a bump of a pointer through large zeroed blocks
// (an arena), with no per-object header and no call into malloc.  The one
// exception is the syntax tree, whose nodes are given back function by
// function (Arena, below).

#include "9cc.h"
#include <sys/mman.h>
#include <unistd.h>

bool opt_werror;
bool opt_nowarn;
bool opt_wall;
bool opt_no_psabi;
int opt_std = 201710;
bool opt_strict_ansi;
bool opt_gnu89_inline;
bool opt_freestanding;
bool opt_short_enums;
bool opt_trigraphs;
bool opt_color;
int warning_count;

static void *calloc_or_die(size_t n, size_t size) {
  void *p = calloc(n ? n : 1, size ? size : 1);
  if (!p)
    error("out of memory");
  return p;
}

// Where memory checkers look (AddressSanitizer builds, or valgrind when
// CC9_NO_ARENA is set in the environment), every object gets its own
// calloc instead, so that a read past an object's end is caught rather
// than landing in its neighbour inside a block.
static bool arena_off(void) {
#ifdef __SANITIZE_ADDRESS__
  return true;
#else
  static int off = -1;
  if (off < 0)
    off = getenv("CC9_NO_ARENA") != NULL;
  return off;
#endif
}

enum { ARENA_BLOCK = 2 << 20, ARENA_ALIGN = 16 };

// A block for the arena of xcalloc(): 2 MiB, aligned to 2 MiB and marked
// for huge pages, so that the kernel maps it with one fault instead of 512
// (the faults of fresh pages were a third of the compiler's time).  Fresh
// pages from mmap are zeroed.  (The arenas released and refilled function
// by function, below, keep ordinary pages: a huge page is resident whole,
// and their last block is rarely full.)
static char *new_block(void) {
  char *p = mmap(NULL, 2 * ARENA_BLOCK, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
                 -1, 0);
  if (p == MAP_FAILED)
    error("out of memory");
  char *q = (char *)(((uintptr_t)p + ARENA_BLOCK - 1) & ~(uintptr_t)(ARENA_BLOCK - 1));
  if (q > p)
    munmap(p, q - p);
  munmap(q + ARENA_BLOCK, p + ARENA_BLOCK - q);
  madvise(q, ARENA_BLOCK, MADV_HUGEPAGE);
  return q;
}

// An object is aligned to the largest power of two (up to 16) that divides
// its size: a type's size is a multiple of its alignment, so that is enough,
// and a 72-byte token or a 5-byte string takes no more than its size.
void *xcalloc(size_t n, size_t size) {
  static char *cur, *end;
  if (size && n > SIZE_MAX / size)
    error("out of memory");
  size_t bytes = n * size;
  if (arena_off() || bytes > ARENA_BLOCK / 16)
    return calloc_or_die(n, size);
  if (bytes == 0)
    bytes = 1;
  size_t align = bytes & -bytes;
  if (align > ARENA_ALIGN)
    align = ARENA_ALIGN;
  char *p = (char *)(((uintptr_t)cur + align - 1) & ~(uintptr_t)(align - 1));
  if (!cur || end - p < (long)bytes) {
    // A fresh block from calloc is zeroed already (new pages from mmap).
    p = cur = new_block();
    end = cur + ARENA_BLOCK;
  }
  cur = p + bytes;
  return p;
}

// An arena whose memory is given back from a mark: the nodes of one
// function live in one, and are released as soon as its code has been
// generated, so that the next function reuses the same memory.  Objects
// too big for a block, and every object when arena_off(), get their own
// calloc and are freed on release (so that AddressSanitizer catches a
// node used after its function is done).
struct Arena {
  char **blocks; // blocks obtained so far, kept for reuse after a release
  int nblocks;
  int block;     // the block being filled, or -1
  size_t used;   // bytes used in it
  void **own;    // objects with a calloc of their own
  int nown, own_cap;
};

// An arena's block comes from mmap, and goes back to the system when the
// arena is freed: from malloc, a freed block would stay in the process
// (and malloc would clear each next one, touching all its pages).
static char *map_block(void) {
  char *p = mmap(NULL, ARENA_BLOCK, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED)
    error("out of memory");
  return p;
}

Arena *new_arena(void) {
  Arena *a = calloc_or_die(1, sizeof(Arena));
  a->block = -1;
  return a;
}

void *arena_alloc(Arena *a, size_t size) {
  size = (size + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
  if (arena_off() || size > ARENA_BLOCK / 16) {
    if (a->nown == a->own_cap) {
      a->own_cap = a->own_cap ? a->own_cap * 2 : 64;
      a->own = realloc(a->own, a->own_cap * sizeof(void *));
      if (!a->own)
        error("out of memory");
    }
    return a->own[a->nown++] = calloc_or_die(1, size);
  }
  if (a->block < 0 || a->used + size > ARENA_BLOCK) {
    if (++a->block == a->nblocks) {
      a->blocks = realloc(a->blocks, (a->nblocks + 1) * sizeof(char *));
      if (!a->blocks)
        error("out of memory");
      a->blocks[a->nblocks++] = map_block();
    }
    a->used = 0;
  }
  char *p = a->blocks[a->block] + a->used;
  a->used += size;
  memset(p, 0, size); // a reused block holds the last function's nodes
  return p;
}

ArenaMark arena_mark(Arena *a) {
  return (ArenaMark){a->block, a->used, a->nown};
}

void arena_release(Arena *a, ArenaMark m) {
  while (a->nown > m.nown)
    free(a->own[--a->nown]);
  a->block = m.block;
  a->used = m.used;
}

// A positive number set in the environment (a knob for the tests), or
// dflt.
int env_int(char *name, int dflt) {
  char *s = getenv(name);
  return s && atoi(s) > 0 ? atoi(s) : dflt;
}

// Empties an arena, for reuse.
void arena_clear(Arena *a) {
  arena_release(a, (ArenaMark){-1, 0, 0});
}

// Gives back all of an arena's memory, and the arena.
void arena_free(Arena *a) {
  arena_clear(a);
  for (int i = 0; i < a->nblocks; i++)
    munmap(a->blocks[i], ARENA_BLOCK);
  free(a->blocks);
  free(a->own);
  free(a);
}

// A growable output buffer for vformat().
typedef struct {
  char **buf;
  size_t *cap;
  size_t len;
} Out;

static void reserve(Out *out, size_t n) {
  if (n + 1 > *out->cap) {
    *out->cap = n + 1 > 2 * *out->cap ? n + 1 : 2 * *out->cap;
    *out->buf = realloc(*out->buf, *out->cap);
    if (!*out->buf)
      error("out of memory");
  }
}

static void put(Out *out, char *s, size_t n) {
  reserve(out, out->len + n);
  memcpy(*out->buf + out->len, s, n);
  out->len += n;
  (*out->buf)[out->len] = '\0';
}

// Appends a decimal number: its magnitude, a '-' if negative, and a '+'
// if not negative but asked for (printf's %+d).
static void put_num(Out *out, unsigned long mag, bool neg, bool plus) {
  char digits[24];
  int i = sizeof(digits);
  do {
    digits[--i] = '0' + mag % 10;
    mag /= 10;
  } while (mag);
  if (neg)
    digits[--i] = '-';
  else if (plus)
    digits[--i] = '+';
  put(out, digits + i, sizeof(digits) - i);
}

// vsnprintf into *buf, a malloc'd buffer of *cap bytes that grows as
// needed; returns the length.  The compiler formats every operand and
// every line of assembly, and vsnprintf's generality made that a fifth of
// its time, so the conversions the code generator uses are done here: %s,
// %d, %u, %ld, %lu (the signed ones with an optional +) and %%.  A format
// with any other conversion (%Lg, %05d) goes to vsnprintf whole.
size_t vformat(char **buf, size_t *cap, char *fmt, va_list ap) {
  Out out = {buf, cap, 0};
  va_list ap2;
  va_copy(ap2, ap);
  put(&out, "", 0);
  for (char *p = fmt; *p;) {
    if (*p != '%') {
      size_t n = strcspn(p, "%");
      put(&out, p, n);
      p += n;
      continue;
    }
    bool plus = p[1] == '+';
    char *c = p + 1 + plus;
    if (c[0] == '%' && !plus) {
      put(&out, "%", 1);
      p = c + 1;
    } else if (c[0] == 's' && !plus) {
      char *s = va_arg(ap, char *);
      if (!s)
        s = "(null)";
      put(&out, s, strlen(s));
      p = c + 1;
    } else if (c[0] == 'd') {
      int v = va_arg(ap, int);
      put_num(&out, v < 0 ? -(unsigned long)v : (unsigned long)v, v < 0, plus);
      p = c + 1;
    } else if (c[0] == 'u' && !plus) {
      put_num(&out, va_arg(ap, unsigned), false, false);
      p = c + 1;
    } else if (c[0] == 'l' && c[1] == 'd') {
      long v = va_arg(ap, long);
      put_num(&out, v < 0 ? -(unsigned long)v : (unsigned long)v, v < 0, plus);
      p = c + 2;
    } else if (c[0] == 'l' && c[1] == 'u' && !plus) {
      put_num(&out, va_arg(ap, unsigned long), false, false);
      p = c + 2;
    } else {
      va_list ap3;
      va_copy(ap3, ap2);
      out.len = vsnprintf(NULL, 0, fmt, ap3);
      va_end(ap3);
      reserve(&out, out.len);
      vsnprintf(*buf, *cap, fmt, ap2);
      break;
    }
  }
  va_end(ap2);
  return out.len;
}

// A string formatted like printf's, in memory of its own.
char *format(char *fmt, ...) {
  static char *buf;
  static size_t cap;
  va_list ap;
  va_start(ap, fmt);
  size_t len = vformat(&buf, &cap, fmt, ap);
  va_end(ap);
  return str_ndup(buf, len);
}

char *str_ndup(char *s, size_t n) {
  char *p = xcalloc(1, n + 1);
  memcpy(p, s, n);
  return p;
}

// The tokenizer asks this at every character, so it stops at the first
// difference instead of measuring the prefix first.
bool starts_with(char *s, char *prefix) {
  while (*prefix)
    if (*s++ != *prefix++)
      return false;
  return true;
}

bool ends_with(char *s, char *suffix) {
  size_t n1 = strlen(s);
  size_t n2 = strlen(suffix);
  return n1 >= n2 && strcmp(s + n1 - n2, suffix) == 0;
}

void strarray_push(StringArray *arr, char *s) {
  if (arr->len == arr->capacity) {
    arr->capacity = arr->capacity ? arr->capacity * 2 : 8;
    char **data = xcalloc(arr->capacity, sizeof(char *));
    if (arr->len)
      memcpy(data, arr->data, sizeof(char *) * arr->len);
    arr->data = data;
  }
  arr->data[arr->len++] = s;
}

// Forks, with standard output and error flushed first, so that the child
// never writes again what the parent had buffered.  Dies if it cannot.
pid_t fork_or_die(void) {
  fflush(stdout);
  fflush(stderr);
  pid_t pid = fork();
  if (pid == -1)
    error("fork failed: %s", strerror(errno));
  return pid;
}

//
// Diagnostics
//

void error(char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fprintf(stderr, "9cc: error: ");
  vfprintf(stderr, fmt, ap);
  fprintf(stderr, "\n");
  va_end(ap);
  exit(1);
}

// Prints `name:line:col: kind: message`, the source line and a caret.
// Columns count bytes from 1, as gcc's do for ASCII text.
static void report(char *name, char *contents, int line_no, char *loc,
                   char *kind, char *fmt, va_list ap) {
  char *line = loc;
  while (contents < line && line[-1] != '\n')
    line--;
  char *end = loc;
  while (*end && *end != '\n')
    end++;

  int col = loc - line + 1;
  // Colours as gcc's: bold location, red errors, magenta warnings, cyan
  // notes, green caret.
  char *bold = opt_color ? "\033[01m" : "";
  char *hue = !opt_color                 ? ""
              : !strcmp(kind, "error")   ? "\033[01;31m"
              : !strcmp(kind, "warning") ? "\033[01;35m"
                                         : "\033[01;36m";
  char *green = opt_color ? "\033[01;32m" : "";
  char *reset = opt_color ? "\033[m" : "";
  fprintf(stderr, "%s%s:%d:%d:%s %s%s:%s ", bold, name, line_no, col, reset, hue, kind, reset);
  vfprintf(stderr, fmt, ap);
  fprintf(stderr, "\n");
  fprintf(stderr, "%5d | %.*s\n", line_no, (int)(end - line), line);
  fprintf(stderr, "      | ");
  for (char *p = line; p < loc; p++)
    fputc(*p == '\t' ? '\t' : ' ', stderr);
  fprintf(stderr, "%s^%s\n", green, reset);
}

static int line_of(File *file, char *loc) {
  int n = 1;
  for (char *p = file->contents; p < loc; p++)
    if (*p == '\n')
      n++;
  return n;
}

void error_at(File *file, char *loc, char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  report(file->display_name, file->contents, line_of(file, loc) + file->line_delta,
         loc, "error", fmt, ap);
  va_end(ap);
  exit(1);
}

// A token made by macro expansion is reported where the macro was used.
static Token *source_token(Token *tok) {
  while (tok->origin)
    tok = tok->origin;
  return tok;
}

// A diagnostic at `tok` (or `past` bytes after its start).
static void report_tok(Token *tok, int past, char *kind, char *fmt, va_list ap) {
  tok = source_token(tok);
  report(token_file(tok)->display_name, token_file(tok)->contents, tok->line_no,
         tok->loc + past, kind, fmt, ap);
}

void error_tok(Token *tok, char *fmt, ...) {
  if (tok->kind == TK_EOF && tok->prev)
    tok = tok->prev;
  va_list ap;
  va_start(ap, fmt);
  report_tok(tok, 0, "error", fmt, ap);
  va_end(ap);
  exit(1);
}

// Reports an error just past the end of `tok`: where a missing ';' goes.
void error_after(Token *tok, char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  report_tok(tok, source_token(tok)->len, "error", fmt, ap);
  va_end(ap);
  exit(1);
}

// How diagnostics name a token, as gcc does: "';' token", "'return'",
// "numeric constant", "end of input".
char *tok_desc(Token *tok) {
  switch (tok->kind) {
  case TK_EOF:
    return "end of input";
  case TK_NUM:
  case TK_PP_NUM:
    return "numeric constant";
  case TK_STR:
    return "string constant";
  case TK_PUNCT:
    return format("'%.*s' token", tok->len, tok->loc);
  default:
    return format("'%.*s'", tok->len, tok->loc);
  }
}

void warn_tok(Token *tok, char *fmt, ...) {
  if (opt_nowarn && !opt_werror)
    return;
  va_list ap;
  va_start(ap, fmt);
  report_tok(tok, 0, opt_werror ? "error" : "warning", fmt, ap);
  va_end(ap);
  warning_count++;
}

// A note: something to know that is no fault of the program, which even
// -Werror leaves a note.
void note_tok(Token *tok, char *fmt, ...) {
  if (opt_nowarn)
    return;
  va_list ap;
  va_start(ap, fmt);
  report_tok(tok, 0, "note", fmt, ap);
  va_end(ap);
}

//
// Hash map: open addressing with linear probing.  Deleted slots keep a
// tombstone so that probes for other keys walk past them.
//

#define INIT_SIZE 16
#define HIGH_WATERMARK 70
#define LOW_WATERMARK 50
#define TOMBSTONE ((void *)-1)

// FNV-1a, then the high bits folded into the low ones: the map takes a
// bucket from the low bits, and in a product the low bits depend only on
// the low bits of the factors, so without the fold `x1` and `xA` would
// start their probes at the same bucket of a small map.  A caller that
// looks a key up in several maps (a name, scope by scope) hashes it once.
uint32_t hash_key(char *s, int len) {
  uint64_t hash = 0xcbf29ce484222325;
  for (int i = 0; i < len; i++) {
    hash ^= (unsigned char)s[i];
    hash *= 0x100000001b3;
  }
  return (uint32_t)(hash ^ (hash >> 32));
}

// The capacity is a power of two: a bucket is the hash's low bits.
static HashEntry *bucket(HashMap *map, uint32_t hash, int i) {
  return &map->buckets[(hash + i) & (map->capacity - 1)];
}

// A map of a block's names lives in the parser's arena for scopes, and
// goes when the scope does.
static HashEntry *new_buckets(HashMap *map, int n) {
  if (map->arena)
    return arena_alloc(map->arena, n * sizeof(HashEntry));
  return xcalloc(n, sizeof(HashEntry));
}

static void rehash(HashMap *map) {
  int nkeys = 0;
  for (int i = 0; i < map->capacity; i++)
    if (map->buckets[i].key && map->buckets[i].key != TOMBSTONE)
      nkeys++;

  int cap = map->capacity;
  while ((nkeys * 100) / cap >= LOW_WATERMARK)
    cap = cap * 2;

  HashMap map2 = {.arena = map->arena};
  map2.buckets = new_buckets(map, cap);
  map2.capacity = cap;

  for (int i = 0; i < map->capacity; i++) {
    HashEntry *ent = &map->buckets[i];
    if (!ent->key || ent->key == TOMBSTONE)
      continue;
    for (int j = 0;; j++) {
      HashEntry *e = bucket(&map2, ent->hash, j);
      if (!e->key) {
        *e = *ent;
        break;
      }
    }
    map2.used++;
  }
  *map = map2;
}

static bool match(HashEntry *ent, char *key, int keylen, uint32_t hash) {
  return ent->hash == hash && ent->keylen == keylen && ent->key != TOMBSTONE &&
         memcmp(ent->key, key, keylen) == 0;
}

static HashEntry *get_entry(HashMap *map, char *key, int keylen, uint32_t hash) {
  if (!map->buckets)
    return NULL;

  for (int i = 0; i < map->capacity; i++) {
    HashEntry *ent = bucket(map, hash, i);
    if (ent->key == NULL)
      return NULL;
    if (match(ent, key, keylen, hash))
      return ent;
  }
  return NULL;
}

static HashEntry *get_or_insert_entry(HashMap *map, char *key, int keylen) {
  if (!map->buckets) {
    map->buckets = new_buckets(map, INIT_SIZE);
    map->capacity = INIT_SIZE;
  } else if ((map->used * 100) / map->capacity >= HIGH_WATERMARK) {
    rehash(map);
  }

  uint32_t hash = hash_key(key, keylen);
  HashEntry *tomb = NULL;
  for (int i = 0; i < map->capacity; i++) {
    HashEntry *ent = bucket(map, hash, i);
    if (ent->key == NULL) {
      if (tomb)
        ent = tomb;
      else
        map->used++;
      ent->key = key;
      ent->keylen = keylen;
      ent->hash = hash;
      return ent;
    }
    if (match(ent, key, keylen, hash))
      return ent;
    if (ent->key == TOMBSTONE && !tomb)
      tomb = ent;
  }
  if (tomb) {
    tomb->key = key;
    tomb->keylen = keylen;
    tomb->hash = hash;
    return tomb;
  }
  error("internal error: hash map full");
}

void *hashmap_get(HashMap *map, char *key) {
  return hashmap_get_n(map, key, strlen(key));
}

void *hashmap_get_n(HashMap *map, char *key, int keylen) {
  if (!map->buckets)
    return NULL;
  return hashmap_get_hashed(map, key, keylen, hash_key(key, keylen));
}

// For a caller that has hashed the key with hash_key().
void *hashmap_get_hashed(HashMap *map, char *key, int keylen, uint32_t hash) {
  HashEntry *ent = get_entry(map, key, keylen, hash);
  return ent ? ent->val : NULL;
}

void hashmap_put(HashMap *map, char *key, void *val) {
  hashmap_put_n(map, key, strlen(key), val);
}

void hashmap_put_n(HashMap *map, char *key, int keylen, void *val) {
  HashEntry *ent = get_or_insert_entry(map, key, keylen);
  ent->val = val;
}

void hashmap_delete(HashMap *map, char *key) {
  hashmap_delete_n(map, key, strlen(key));
}

void hashmap_delete_n(HashMap *map, char *key, int keylen) {
  HashEntry *ent = get_entry(map, key, keylen, hash_key(key, keylen));
  if (ent)
    ent->key = TOMBSTONE;
}

// The values in the map, in no particular order (NULL-terminated).
void **hashmap_values(HashMap *map) {
  void **vals = xcalloc(map->used + 1, sizeof(void *));
  int n = 0;
  for (int i = 0; i < map->capacity; i++)
    if (map->buckets[i].key && map->buckets[i].key != TOMBSTONE)
      vals[n++] = map->buckets[i].val;
  return vals;
}

// Every File made, so that a token names its file by a 4-byte index
// (0: none) instead of an 8-byte pointer.
static File **files;
static int num_files, files_cap;

static File *add_file(File *file) {
  if (num_files == 0)
    num_files = 1; // index 0 is "no file"
  if (num_files >= files_cap) {
    files_cap = files_cap ? files_cap * 2 : 64;
    files = realloc(files, files_cap * sizeof(File *));
    if (!files)
      error("out of memory");
  }
  file->index = num_files;
  files[num_files++] = file;
  return file;
}

File *new_file(char *name, int file_no, char *contents) {
  File *file = xcalloc(1, sizeof(File));
  file->name = name;
  file->display_name = name;
  file->file_no = file_no;
  file->contents = contents;
  file->origin = file;
  return add_file(file);
}

// A file under another name or numbering (#line).
File *copy_file(File *file) {
  File *f = xcalloc(1, sizeof(File));
  *f = *file;
  f->renumbered = NULL;
  return add_file(f);
}

File *token_file(Token *tok) {
  return tok->file_index ? files[tok->file_index] : NULL;
}

int align_to(int n, int align) {
  return (n + align - 1) / align * align;
}

// PATH with the first OLD of the last "OLD=NEW" in MAPS that begins it
// replaced by NEW, as gcc's -ffile-prefix-map does; PATH itself if none does.
char *remap_prefix(char *path, StringArray *maps) {
  for (int i = maps->len - 1; i >= 0; i--) {
    char *map = maps->data[i];
    char *eq = strchr(map, '=');
    int len = eq - map;
    if (!strncmp(path, map, len))
      return format("%s%s", eq + 1, path + len);
  }
  return path;
}
