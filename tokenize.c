// tokenize.c: source text to a linked list of tokens.
//
// The tokenizer works in one pass over a file's text, after two clean-ups
// the C standard asks for first (CRLF to LF, and joining lines that end in
// a backslash).  Numbers come out as "preprocessing numbers" (TK_PP_NUM)
// and keywords as identifiers, because the preprocessor works on those; once
// macros are expanded, convert_pp_tokens() turns them into TK_NUM and
// TK_KEYWORD for the parser and joins adjacent string literals.

#include "9cc.h"

// Every file read so far, for .file directives in debug output.
static int num_input_files;

static File *current_file;
static bool at_bol;
static bool has_space;
static int line_no;

// The rest of equal() (in 9cc.h), once the first characters match.
bool equal_tail(Token *tok, char *op) {
  if (tok->len == 0)
    return false;
  // strncmp stops at the end of op, so a longer token never reads past it.
  return strncmp(tok->loc, op, tok->len) == 0 && op[tok->len] == '\0';
}

// Ensures the current token is `op` and returns the next.
Token *skip(Token *tok, char *op) {
  if (!equal(tok, op)) {
    if (tok->kind == TK_EOF && tok->prev)
      error_after(tok->prev, "expected '%s' at end of input", op);
    error_tok(tok, "expected '%s' before %s", op, tok_desc(tok));
  }
  return tok->next;
}

bool consume(Token **rest, Token *tok, char *str) {
  if (equal(tok, str)) {
    *rest = tok->next;
    return true;
  }
  *rest = tok;
  return false;
}

// Where a new token's memory comes from (see TokenLife in 9cc.h): the
// chunk being read of a file read lazily, else temp_tokens while the
// preprocessor makes a chunk of its output, else memory that is kept.
static Arena *chunk_arena;
Arena *temp_tokens;

static Token *alloc_token(void) {
  if (chunk_arena) {
    Token *t = arena_alloc(chunk_arena, sizeof(Token));
    t->life = TOKEN_READ;
    return t;
  }
  if (temp_tokens) {
    Token *t = arena_alloc(temp_tokens, sizeof(Token));
    t->life = TOKEN_TEMP;
    return t;
  }
  return xcalloc(1, sizeof(Token));
}

Token *copy_token(Token *tok) {
  Token *t = alloc_token();
  TokenLife life = t->life;
  *t = *tok;
  t->life = life;
  t->more = false;
  t->next = NULL;
  return t;
}

// What follows a kept token: it is no longer in a list.
static Token kept_end = {.kind = TK_EOF, .loc = ""};

static Token *kept_copy(Token *tok, Token *origin) {
  Token *t = xcalloc(1, sizeof(Token));
  *t = *tok;
  t->life = TOKEN_KEPT;
  t->more = false;
  t->origin = origin;
  t->prev = NULL;
  t->next = &kept_end;
  if (t->kind == TK_PUNCT && equal(t, "("))
    t->closer = NULL; // the parser's note of its ")" in the chunk
  return t;
}

// A copy of tok that outlives the chunk it came from (the macro uses it
// was expanded from, too), or tok itself if it already does.
Token *keep_token(Token *tok) {
  if (!tok)
    return NULL;
  Token *origin = keep_token(tok->origin);
  if (tok->life == TOKEN_KEPT && origin == tok->origin)
    return tok;
  return kept_copy(tok, origin);
}

// Copies of the tokens from tok up to end, kept, in a list that ends in
// a TK_EOF.
Token *keep_tokens(Token *tok, Token *end) {
  Token head = {0};
  Token *cur = &head;
  for (; tok != end && tok->kind != TK_EOF; tok = tok->next) {
    Token *t = kept_copy(tok, keep_token(tok->origin));
    t->prev = cur == &head ? NULL : cur;
    cur = cur->next = t;
  }
  cur->next = &kept_end;
  return head.next;
}

static Token *new_token(TokenKind kind, char *start, char *end) {
  Token *tok = alloc_token();
  tok->kind = kind;
  tok->loc = start;
  tok->len = end - start;
  tok->file_index = current_file->index;
  tok->line_no = line_no;
  tok->at_bol = at_bol;
  tok->has_space = has_space;
  at_bol = has_space = false;
  return tok;
}

static uint32_t decode_utf8(char **new_pos, char *p);

// Letters, '_', '$', and (as in gcc) any character beyond ASCII written
// as valid UTF-8.  Returns the identifier character's length, or 0.
static int ident_char_len(char *p, bool first) {
  unsigned char c = *p;
  if ((unsigned)((c | 0x20) - 'a') < 26 || c == '_' || c == '$')
    return 1;
  if ((unsigned)(c - '0') < 10)
    return !first;
  if (c < 0xc2)
    return 0;
  char *q;
  decode_utf8(&q, p);
  return q - p > 1 ? q - p : 0;
}

static int from_hex(char c) {
  if ('0' <= c && c <= '9')
    return c - '0';
  if ('a' <= c && c <= 'f')
    return c - 'a' + 10;
  return c - 'A' + 10;
}

static char *keywords[] = {
    "return", "if", "else", "for", "while", "int", "sizeof", "char",
    "struct", "union", "short", "long", "void", "typedef", "_Bool",
    "enum", "static", "goto", "break", "continue", "switch", "case",
    "default", "extern", "_Alignof", "_Alignas", "do", "signed",
    "unsigned", "const", "volatile", "auto", "register", "restrict",
    "__restrict", "__restrict__", "_Noreturn", "float", "double",
    "typeof", "__typeof", "__typeof__", "asm", "__asm", "__asm__",
    "_Thread_local", "__thread", "_Atomic", "__attribute__", "__attribute",
    "inline", "__inline", "__inline__", "_Static_assert", "_Generic",
    "__extension__", "__const", "__const__", "__volatile", "__volatile__",
    "__signed", "__signed__", "_Complex", "__complex__", "__complex", "__label__",
    "__real__", "__imag__", "__real", "__imag", "_BitInt", "__int128", "__int128__",
};

// C23's keywords, which earlier standards leave to programs (`bool` was
// often a typedef): keywords only with -std=c23.  The parser takes each as
// the older spelling it replaces (bool as _Bool, alignas as _Alignas...).
static char *c23_keywords[] = {
    "bool", "true", "false", "nullptr", "alignas", "alignof", "static_assert",
    "thread_local", "constexpr", "typeof_unqual",
};

bool is_keyword(Token *tok) {
  static HashMap map;
  if (map.capacity == 0) {
    for (size_t i = 0; i < sizeof(keywords) / sizeof(*keywords); i++)
      hashmap_put(&map, keywords[i], (void *)1);
    for (size_t i = 0; i < sizeof(c23_keywords) / sizeof(*c23_keywords); i++)
      hashmap_put(&map, c23_keywords[i], (void *)2);
  }
  void *kind = hashmap_get_n(&map, tok->loc, tok->len);
  return kind == (void *)1 || (kind == (void *)2 && opt_std >= 202311);
}

// Longest punctuators first, so that ">>=" wins over ">>" and ">".
static int read_punct(char *p) {
  static char *kw[] = {
      "<<=", ">>=", "...", "==", "!=", "<=", ">=", "->", "+=", "-=", "*=",
      "/=",  "++",  "--",  "%=", "&=", "|=", "^=", "&&", "||", "<<", ">>",
      "##",
  };
  // Most punctuators are one character: none of the longer ones has
  // another second character.
  switch (p[1]) {
  case '<': case '>': case '.': case '=': case '+': case '-': case '&': case '|': case '#':
    break;
  default:
    return ispunct(*p) && *p != '$' ? 1 : 0;
  }
  for (size_t i = 0; i < sizeof(kw) / sizeof(*kw); i++)
    if (p[0] == kw[i][0] && p[1] == kw[i][1] && (!kw[i][2] || p[2] == kw[i][2]))
      return kw[i][2] ? 3 : 2;
  return ispunct(*p) && *p != '$' ? 1 : 0;
}

// Reads one escape sequence after a backslash; *new_pos is set past it.
static int read_escaped_char(char **new_pos, char *p) {
  if ('0' <= *p && *p <= '7') {
    int c = *p++ - '0';
    if ('0' <= *p && *p <= '7') {
      c = (c << 3) + (*p++ - '0');
      if ('0' <= *p && *p <= '7')
        c = (c << 3) + (*p++ - '0');
    }
    *new_pos = p;
    return c;
  }

  if (*p == 'x') {
    p++;
    if (!isxdigit(*p))
      error_at(current_file, p, "\\x used with no following hex digits");
    unsigned c = 0;
    for (; isxdigit(*p); p++)
      c = (c << 4) + from_hex(*p);
    *new_pos = p;
    return c;
  }

  *new_pos = p + 1;
  switch (*p) {
  case 'a': return '\a';
  case 'b': return '\b';
  case 't': return '\t';
  case 'n': return '\n';
  case 'v': return '\v';
  case 'f': return '\f';
  case 'r': return '\r';
  case 'e': return 27; // GNU extension
  default: return *p;
  }
}

// Finds the closing double quote of a string literal, or NULL.
static char *string_literal_end(char *p) {
  for (; *p != '"'; p++) {
    if (*p == '\n' || *p == '\0')
      return NULL;
    if (*p == '\\')
      p++;
  }
  return p;
}

// An unterminated literal is, like in gcc's preprocessor, a lone quote
// token: harmless in a skipped #if group, an error if the parser sees it.
static bool is_unterminated(char *quote) {
  char q = *quote;
  for (char *p = quote + 1; *p != q; p++) {
    if (*p == '\n' || *p == '\0')
      return true;
    if (*p == '\\' && p[1] != '\n' && p[1] != '\0')
      p++;
  }
  return false;
}

// Decodes one UTF-8 sequence at p into a code point.
static uint32_t decode_utf8(char **new_pos, char *p) {
  unsigned char c = *p;
  if (c < 0x80) {
    *new_pos = p + 1;
    return c;
  }
  int len;
  uint32_t cp;
  if (c >= 0xf0) {
    len = 4;
    cp = c & 0x7;
  } else if (c >= 0xe0) {
    len = 3;
    cp = c & 0xf;
  } else if (c >= 0xc0) {
    len = 2;
    cp = c & 0x1f;
  } else {
    *new_pos = p + 1; // stray continuation byte: take it as it is
    return c;
  }
  for (int i = 1; i < len; i++) {
    if ((p[i] & 0xc0) != 0x80) {
      *new_pos = p + 1;
      return c;
    }
    cp = (cp << 6) | (p[i] & 0x3f);
  }
  *new_pos = p + len;
  return cp;
}

static int encode_utf8(char *buf, uint32_t c) {
  if (c <= 0x7f) {
    buf[0] = c;
    return 1;
  }
  if (c <= 0x7ff) {
    buf[0] = 0xc0 | (c >> 6);
    buf[1] = 0x80 | (c & 0x3f);
    return 2;
  }
  if (c <= 0xffff) {
    buf[0] = 0xe0 | (c >> 12);
    buf[1] = 0x80 | ((c >> 6) & 0x3f);
    buf[2] = 0x80 | (c & 0x3f);
    return 3;
  }
  buf[0] = 0xf0 | (c >> 18);
  buf[1] = 0x80 | ((c >> 12) & 0x3f);
  buf[2] = 0x80 | ((c >> 6) & 0x3f);
  buf[3] = 0x80 | (c & 0x3f);
  return 4;
}

// Reads \u and \U escapes; returns false if p is not one.
static bool read_ucn(char **new_pos, char *p, uint32_t *c) {
  if (p[0] != '\\' || (p[1] != 'u' && p[1] != 'U'))
    return false;
  int n = p[1] == 'u' ? 4 : 8;
  uint32_t v = 0;
  for (int i = 0; i < n; i++) {
    if (!isxdigit(p[2 + i]))
      return false;
    v = (v << 4) | from_hex(p[2 + i]);
  }
  *c = v;
  *new_pos = p + 2 + n;
  return true;
}

static Token *read_string_literal(char *start, char *quote) {
  char *end = string_literal_end(quote + 1);
  if (!end)
    return new_token(TK_PUNCT, start, quote + 1);
  char *buf = xcalloc(1, end - quote);
  int len = 0;

  for (char *p = quote + 1; p < end;) {
    uint32_t c;
    if (read_ucn(&p, p, &c))
      len += encode_utf8(buf + len, c);
    else if (*p == '\\')
      buf[len++] = read_escaped_char(&p, p + 1);
    else
      buf[len++] = *p++;
  }

  Token *tok = new_token(TK_STR, start, end + 1);
  tok->ty = array_of(ty_char, len + 1);
  tok->str = buf;
  return tok;
}

// Wide and UTF-16/32 strings: code points of `ty`'s size each.
static Token *read_wide_string_literal(char *start, char *quote, Type *ty) {
  char *end = string_literal_end(quote + 1);
  if (!end)
    return new_token(TK_PUNCT, start, quote + 1);
  uint32_t *buf = xcalloc(end - quote + 1, sizeof(uint32_t));
  int len = 0;

  for (char *p = quote + 1; p < end;) {
    uint32_t c;
    if (read_ucn(&p, p, &c))
      buf[len++] = c;
    else if (*p == '\\')
      buf[len++] = read_escaped_char(&p, p + 1);
    else
      buf[len++] = decode_utf8(&p, p);
  }

  // A character outside the BMP takes two UTF-16 units.
  char *bytes = xcalloc(ty->size == 2 ? 2 * len + 1 : len + 1, ty->size);
  int n = 0;
  for (int i = 0; i < len; i++) {
    uint32_t c = buf[i];
    if (ty->size == 2 && c > 0xffff) {
      // Surrogate pair
      c -= 0x10000;
      uint16_t hi = 0xd800 + ((c >> 10) & 0x3ff), lo = 0xdc00 + (c & 0x3ff);
      memcpy(bytes + n * 2, &hi, 2);
      n++;
      memcpy(bytes + n * 2, &lo, 2);
      n++;
    } else {
      memcpy(bytes + n * ty->size, &c, ty->size);
      n++;
    }
  }
  memset(bytes + n * ty->size, 0, ty->size);

  Token *tok = new_token(TK_STR, start, end + 1);
  tok->ty = array_of(ty, n + 1);
  tok->str = bytes;
  return tok;
}

// ty is int for both 'c' and L'c'; a plain constant holds bytes, the
// others code points.
static Token *read_char_literal(char *start, char *quote, Type *ty) {
  bool plain = quote == start;
  char *p = quote + 1;
  if (is_unterminated(quote))
    return new_token(TK_PUNCT, start, quote + 1);
  if (*p == '\'')
    error_at(current_file, start, "empty character constant");

  // gcc's multi-character constants: each char shifts the value left a
  // byte, keeping the last four, in unsigned arithmetic.
  uint32_t multi = 0;
  int64_t val = 0;
  int count = 0;
  while (*p != '\'') {
    if (*p == '\n' || *p == '\0')
      error_at(current_file, start, "missing terminating ' character");
    uint32_t c;
    if (read_ucn(&p, p, &c))
      ;
    else if (*p == '\\')
      c = read_escaped_char(&p, p + 1);
    else if (plain)
      c = (unsigned char)*p++;
    else
      c = decode_utf8(&p, p);
    if (plain) {
      multi = (multi << 8) | (c & 0xff);
      val = count                 ? (int64_t)(int32_t)multi
            : ty_char->is_unsigned ? (int64_t)(unsigned char)c
                                   : (int64_t)(signed char)c;
    } else {
      val = c;
    }
    count++;
  }

  Token *tok = new_token(TK_NUM, start, p + 1);
  if (plain && count > 1)
    val = (int32_t)val;
  tok->val = val;
  tok->ty = ty;
  return tok;
}

static void convert_number(Token *tok, char *text, int len);

// Integer literal: the value and the first type from C11 6.4.4.1's list
// that can hold it.  The number's text is text (len bytes); tok is where
// diagnostics point.
// Reads a wb or uwb suffix (C23, in either order and case: WB, Uwb, wbU
// ...): 0 if none, 1 for wb, 2 for uwb.
static int bitint_suffix(char **p) {
  char *q = *p;
  bool u = *q == 'u' || *q == 'U';
  if (u)
    q++;
  if (!((q[0] == 'w' && q[1] == 'b') || (q[0] == 'W' && q[1] == 'B')))
    return 0;
  q += 2;
  if (!u && (*q == 'u' || *q == 'U')) {
    u = true;
    q++;
  }
  *p = q;
  return u ? 2 : 1;
}

// The digits of an integer constant in base (2, 8, 10 or 16) as a
// 128-bit value; *overflow if it does not fit.  (Only wb constants may
// need more than 64 bits.)
static unsigned __int128 read_wide_digits(char **p, int base, bool *overflow) {
  unsigned __int128 val = 0, max = ~(unsigned __int128)0;
  *overflow = false;
  for (char *q = *p;; q++) {
    int d = isdigit(*q) ? *q - '0' : isxdigit(*q) ? (*q | 0x20) - 'a' + 10 : base;
    if (d >= base) {
      *p = q;
      return val;
    }
    if (val > (max - d) / base)
      *overflow = true;
    val = val * base + d;
  }
}

// An integer constant with a wb or uwb suffix: a _BitInt(N) of the
// fewest bits that hold its value (and a sign bit, if signed).  A value
// wider than 64 bits keeps its two words in tok->words.
static bool bitint_constant(Token *tok, char *digits, int base, bool is_unsigned, char *p,
                            char *end) {
  if (p != end)
    error_tok(tok, "invalid suffix \"%.*s\" on integer constant", (int)(end - p), p);
  bool overflow;
  unsigned __int128 val = read_wide_digits(&digits, base, &overflow);
  int bits = 0;
  while (bits < 128 && (val >> bits))
    bits++;
  int width = is_unsigned ? (bits ? bits : 1) : (bits + 1 < 2 ? 2 : bits + 1);
  if (overflow || width > 128)
    error_tok(tok, "integer constant is too large for _BitInt(128), the widest 9cc has");
  tok->kind = TK_NUM;
  tok->ty = bitint_type(width, is_unsigned);
  if (width <= 64) {
    tok->val = (uint64_t)val;
    return true;
  }
  tok->words = xcalloc(2, sizeof(uint64_t));
  tok->words[0] = (uint64_t)val;
  tok->words[1] = (uint64_t)(val >> 64);
  return true;
}

static bool convert_pp_int(Token *tok, char *text, int len) {
  char *p = text;
  int base = 10;
  if (!strncasecmp(p, "0x", 2) && isxdigit(p[2])) {
    p += 2;
    base = 16;
  } else if (!strncasecmp(p, "0b", 2) && (p[2] == '0' || p[2] == '1')) {
    p += 2;
    base = 2;
  } else if (*p == '0') {
    base = 8;
  }

  errno = 0;
  char *digits = p;
  uint64_t val = strtoull(p, &p, base);
  bool overflow = errno == ERANGE;

  // C23: wb and uwb give the narrowest _BitInt that holds the value.
  int wb = bitint_suffix(&p);
  if (wb)
    return bitint_constant(tok, digits, base, wb == 2, p, text + len);

  bool l = false, u = false, ll = false;
  if (starts_with(p, "LLU") || starts_with(p, "LLu") || starts_with(p, "llU") ||
      starts_with(p, "llu") || starts_with(p, "ULL") || starts_with(p, "Ull") ||
      starts_with(p, "uLL") || starts_with(p, "ull")) {
    p += 3;
    l = u = ll = true;
  } else if (!strncasecmp(p, "lu", 2) || !strncasecmp(p, "ul", 2)) {
    p += 2;
    l = u = true;
  } else if (starts_with(p, "LL") || starts_with(p, "ll")) {
    p += 2;
    l = ll = true;
  } else if (*p == 'L' || *p == 'l') {
    p++;
    l = true;
  } else if (*p == 'U' || *p == 'u') {
    p++;
    u = true;
  }

  if (p != text + len) {
    // Not an integer; if it cannot be a floating constant either, the
    // suffix is what is wrong.
    char *s = text;
    bool fp = false;
    for (int i = 0; i < len; i++)
      if (s[i] == '.' || ((s[i] == 'e' || s[i] == 'E') && base != 16) ||
          ((s[i] == 'p' || s[i] == 'P') && base == 16))
        fp = true;
    if (!fp)
      error_tok(tok, "invalid suffix \"%.*s\" on integer constant", (int)(text + len - p), p);
    return false;
  }
  if (overflow)
    error_tok(tok, "integer constant is too large for its type");

  Type *ty;
  if (base == 10) {
    if (l && u)
      ty = ty_ulong;
    else if (l)
      ty = (val >> 63) ? ty_ulong : ty_long;
    else if (u)
      ty = (val >> 32) ? ty_ulong : ty_uint;
    else if (val >> 63)
      ty = ty_ulong; // gcc warns, then uses unsigned
    else if (val >> 31)
      ty = ty_long;
    else
      ty = ty_int;
  } else {
    if (l && u)
      ty = ty_ulong;
    else if (l)
      ty = (val >> 63) ? ty_ulong : ty_long;
    else if (u)
      ty = (val >> 32) ? ty_ulong : ty_uint;
    else if (val >> 63)
      ty = ty_ulong;
    else if (val >> 32)
      ty = ty_long;
    else if (val >> 31)
      ty = ty_uint;
    else
      ty = ty_int;
  }

  if (ll)
    ty = ty->is_unsigned ? ty_ullong : ty_llong;

  tok->kind = TK_NUM;
  tok->val = val;
  tok->ty = ty;
  return true;
}

// [GNU] An imaginary constant: a number with an `i` or `j` among its
// suffixes (2i, 1.5fi, 3.0iL) has a complex type with a real part of 0.
static bool convert_imaginary(Token *tok, char *text, int n) {
  int pos = -1;
  for (int i = n - 1; i >= 0 && strchr("iIjJfFlLuU", text[i]); i--)
    if (strchr("iIjJ", text[i]))
      pos = i;
  if (pos < 0 || (n > 1 && !strncasecmp(text, "0x", 2) && pos < n - 1 &&
                  !strchr("iIjJ", text[n - 1])))
    return false;

  // Parse the number without its i.
  char *real = format("%.*s%.*s", pos, text, n - pos - 1, text + pos + 1);
  Token tmp = *tok;
  tmp.kind = TK_PP_NUM;
  convert_number(&tmp, real, strlen(real));
  if (is_int128(tmp.ty))
    error_tok(tok, "imaginary constants wider than 64 bits are not supported");
  tok->kind = TK_NUM;
  tok->ty = complex_type(tmp.ty);
  if (is_flonum(tmp.ty))
    tok->fval = tmp.fval;
  else
    tok->val = tmp.val;
  return true;
}

// A pp-number is either an integer or a floating constant, its text
// text (len bytes).
static void convert_number(Token *tok, char *text, int len) {
  if (convert_imaginary(tok, text, len))
    return;
  if (convert_pp_int(tok, text, len))
    return;

  char *end;
  long double val = strtold(text, &end);

  Type *ty;
  if (*end == 'f' || *end == 'F') {
    ty = ty_float;
    end++;
  } else if (*end == 'l' || *end == 'L') {
    ty = ty_ldouble;
    end++;
  } else {
    ty = ty_double;
  }

  if (text + len != end)
    error_tok(tok, "invalid suffix \"%.*s\" on floating constant", (int)(text + len - end), end);

  // Round through the literal's own type, as the literal denotes that value.
  if (ty == ty_float)
    val = (float)strtof(text, NULL);
  else if (ty == ty_double)
    val = strtod(text, NULL);

  tok->kind = TK_NUM;
  tok->fval = xcalloc(1, sizeof(long double));
  *tok->fval = val;
  tok->ty = ty;
}

// C23's digit separators (1'000'000) are not part of the number.
static void convert_pp_number(Token *tok) {
  if (!memchr(tok->loc, '\'', tok->len)) {
    convert_number(tok, tok->loc, tok->len);
    return;
  }
  char *text = xcalloc(1, tok->len + 1);
  int n = 0;
  for (int i = 0; i < tok->len; i++)
    if (tok->loc[i] != '\'')
      text[n++] = tok->loc[i];
  convert_number(tok, text, n);
}

// A punctuator the parser knows, as opposed to a stray character.
static bool is_c_punct(Token *tok) {
  if (tok->len > 1)
    return !equal(tok, "##");
  return strchr("[](){}.&*+-~!/%<>^|?:;=,", *tok->loc) != NULL;
}

static void check_stray_token(Token *t) {
  if (t->kind != TK_PUNCT || is_c_punct(t))
    return;
  {
    unsigned char c = t->loc[t->len - 1];
    if (c == '"' || c == '\'')
      error_tok(t, "missing terminating %c character", c);
    if (c < 0x20 || c >= 0x7f)
      error_tok(t, "stray '\\%o' in program", c);
    error_tok(t, "stray '%c' in program", c);
  }
}

// Joins adjacent string literals into one (translation phase 6), after
// preprocessing: -E prints them apart, as written.
static void join_adjacent_string_literals(Token *tok) {
  // A wide literal next to a narrow one makes the whole run wide.
  for (Token *tok1 = tok; tok1->kind != TK_EOF;) {
    if (tok1->kind != TK_STR || tok1->next->kind != TK_STR) {
      tok1 = tok1->next;
      continue;
    }

    Type *basety = tok1->ty->base;
    for (Token *t = tok1->next; t->kind == TK_STR; t = t->next)
      if (t->ty->base->size > basety->size)
        basety = t->ty->base;

    for (Token *t = tok1; t->kind == TK_STR; t = t->next) {
      if (t->ty->base->size != basety->size) {
        // Re-encode a narrow literal with wider elements.
        int n = t->ty->array_len;
        char *buf = xcalloc(n, basety->size);
        for (int i = 0; i < n; i++) {
          uint32_t c = (unsigned char)t->str[i];
          memcpy(buf + i * basety->size, &c, basety->size);
        }
        t->str = buf;
        t->ty = array_of(basety, n);
      }
    }

    while (tok1->kind == TK_STR)
      tok1 = tok1->next;
  }

  // Concatenate adjacent string literals.
  for (Token *tok1 = tok; tok1->kind != TK_EOF;) {
    if (tok1->kind != TK_STR || tok1->next->kind != TK_STR) {
      tok1 = tok1->next;
      continue;
    }

    Token *tok2 = tok1->next;
    while (tok2->kind == TK_STR)
      tok2 = tok2->next;

    int sz = tok1->ty->base->size;
    int len = tok1->ty->array_len;
    for (Token *t = tok1->next; t != tok2; t = t->next)
      len = len + t->ty->array_len - 1;

    char *buf = xcalloc(sz, len);

    int i = 0;
    for (Token *t = tok1; t != tok2; t = t->next) {
      memcpy(buf + i, t->str, t->ty->size);
      i = i + t->ty->size - t->ty->base->size;
    }

    *tok1 = *copy_token(tok1);
    tok1->ty = array_of(tok1->ty->base, len);
    tok1->str = buf;
    tok1->next = tok2;
    tok1 = tok2;
  }
}

// Turns preprocessing tokens into C tokens for the parser, in source
// order: keywords, numbers, and stray characters reported.  Also links
// each token to the one before, for diagnostics about what precedes.
// #embed's bytes as the tokens they stand for: tok becomes the first
// constant, followed by ", b1, ..., bn-1"; returns the last.  The new
// tokens are reported where the #embed is, and spell their values from
// one table.
Token *spread_embed(Token *tok) {
  static char spelling[256][4];
  static Token comma = {.kind = TK_PUNCT, .loc = ",", .len = 1};
  if (!spelling[1][0])
    for (int i = 0; i < 256; i++)
      snprintf(spelling[i], 4, "%d", i);

  unsigned char *b = (unsigned char *)tok->str;
  int n = tok->ty->array_len;
  Token *origin = tok->origin ? tok->origin : copy_token(tok);
  Token *rest = tok->next;
  Token *t = n > 1 ? xcalloc(2 * n - 2, sizeof(Token)) : NULL;
  Token *cur = tok->prev;
  for (int i = 0; i < n; i++) {
    if (i) {
      Token *c = &t[2 * i - 2];
      *c = comma;
      c->origin = origin;
      c->file_index = tok->file_index;
      c->line_no = tok->line_no;
      c->prev = cur;
      cur = cur->next = c;
    }
    Token *num = i ? &t[2 * i - 1] : tok;
    TokenLife life = i ? TOKEN_KEPT : tok->life; // (tok's memory stays where it is)
    *num = (Token){.kind = TK_NUM, .loc = spelling[b[i]], .len = strlen(spelling[b[i]]),
                   .origin = origin, .file_index = origin->file_index,
                   .line_no = origin->line_no, .has_space = !i && origin->has_space,
                   .ty = ty_int, .val = b[i], .prev = cur};
    num->life = life;
    if (i)
      cur->next = num;
    cur = num;
  }
  cur->next = rest;
  if (rest)
    rest->prev = cur;
  return cur;
}

// Whether #embed's bytes are all there is between braces ("{ #embed
// "f" }"): an initializer may then take them as they are.
static bool embed_alone(Token *tok) {
  return tok->prev && equal(tok->prev, "{") &&
         (equal(tok->next, "}") || (equal(tok->next, ",") && equal(tok->next->next, "}")));
}

void convert_pp_tokens(Token *tok) {
  join_adjacent_string_literals(tok);
  Token *prev = NULL;
  for (Token *t = tok; t; t = t->next) {
    t->prev = prev;
    if (t->kind == TK_EMBED && !embed_alone(t))
      t = spread_embed(t);
    prev = t;
    if (t->kind == TK_EOF)
      break;
    if (t->kind == TK_NUM || t->kind == TK_EMBED)
      continue;
    if (t->kind == TK_IDENT && is_keyword(t))
      t->kind = TK_KEYWORD;
    else if (t->kind == TK_PP_NUM)
      convert_pp_number(t);
    else
      check_stray_token(t);
  }
}

static bool is_prefixed_literal(char *p, char *prefix, char quote) {
  if (*p != *prefix)
    return false;
  int n = strlen(prefix);
  return starts_with(p, prefix) && p[n] == quote;
}

// A string or character literal at p, with its encoding prefix, or NULL.
static Token *read_literal(char *p) {
  static struct { char *prefix; char quote; Type **ty; } forms[] = {
      {"", '"', NULL},        {"u8", '"', NULL},       {"u", '"', &ty_ushort},
      {"L", '"', &ty_int},    {"U", '"', &ty_uint},    {"", '\'', &ty_int},
      {"u8", '\'', &ty_uchar}, {"u", '\'', &ty_ushort}, {"L", '\'', &ty_int},
      {"U", '\'', &ty_uint},
  };
  if (*p != '"' && *p != '\'' && *p != 'u' && *p != 'L' && *p != 'U')
    return NULL;
  for (size_t i = 0; i < sizeof(forms) / sizeof(*forms); i++) {
    char *prefix = forms[i].prefix, quote = forms[i].quote;
    if (*prefix ? !is_prefixed_literal(p, prefix, quote) : *p != quote)
      continue;
    char *start = p + strlen(prefix);
    if (quote == '\'')
      return read_char_literal(p, start, *forms[i].ty);
    if (forms[i].ty)
      return read_wide_string_literal(p, start, *forms[i].ty);
    return read_string_literal(p, start);
  }
  return NULL;
}

// Digraphs are rewritten in place as the punctuators they stand for,
// so that the rest of the compiler sees only one spelling; the token
// keeps the digraph's (for #).  NULL if p starts no digraph.
static Token *read_digraph(char *p) {
  static char *digraphs[][2] = {
      {"%:%:", "##"}, {"<:", "["}, {":>", "]"}, {"<%", "{"}, {"%>", "}"}, {"%:", "#"},
  };
  if (*p != '<' && *p != ':' && *p != '%')
    return NULL;
  for (size_t i = 0; i < sizeof(digraphs) / sizeof(*digraphs); i++) {
    char *d = digraphs[i][0], *r = digraphs[i][1];
    if (starts_with(p, d)) {
      memcpy(p, r, strlen(r));
      Token *tok = new_token(TK_PUNCT, p, p + strlen(r));
      tok->spelling = d;
      return tok;
    }
  }
  return NULL;
}

// The end of a comment at p, or NULL if p starts none.
static char *skip_comment(char *p) {
  if (p[0] != '/')
    return NULL;
  if (p[1] == '/')
    return strchrnul(p + 2, '\n');
  if (p[1] == '*') {
    char *q = strstr(p + 2, "*/");
    if (!q)
      error_at(current_file, p, "unterminated comment");
    for (char *r = p; (r = memchr(r, '\n', q - r)); r++)
      line_no++;
    return q + 2;
  }
  return NULL;
}

// Where the tokenizer is in a file: tokenize() reads a whole file at
// once, tokenize_lazily() a chunk of lines at a time.
typedef struct Lexer {
  File *file;
  char *p;
  int line_no;
  bool at_bol, has_space;
  // The chunks read so far, each in an arena of its own; those before
  // `done` have been read past and are freed by release_read_tokens().
  Arena **chunks;
  int nchunks, capacity, done, freed;
} Lexer;

// Reads tokens from lx->p to the end of the file, or (with a limit) to
// the end of the limit-th line, and returns them, ending in a TK_EOF: at
// the end of the file a real one, else one with `more` set.
static Token *lex(Lexer *lx, int limit) {
  current_file = lx->file;
  char *p = lx->p;
  at_bol = lx->at_bol;
  has_space = lx->has_space;
  line_no = lx->line_no;
  Token head = {0};
  Token *cur = &head;
  int lines = 0;

  while (*p) {
    if (*p == '\n') {
      p++;
      line_no++;
      at_bol = true;
      has_space = false;
      if (limit && ++lines == limit)
        break;
      continue;
    }

    if (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\v' || *p == '\f') {
      p++;
      has_space = true;
      continue;
    }

    char *after_comment = skip_comment(p);
    if (after_comment) {
      p = after_comment;
      has_space = true;
      continue;
    }

    // Numeric literal: digits, letters, dots and signed exponents.
    if (isdigit(*p) || (*p == '.' && isdigit(p[1]))) {
      char *q = p++;
      for (;;) {
        if (p[0] && p[1] && strchr("eEpP", p[0]) && strchr("+-", p[1]))
          p += 2;
        else if (isalnum(*p) || *p == '.' || *p == '_')
          p++;
        else if (*p == '\'' && isalnum(p[-1]) && isalnum(p[1]))
          p++; // a digit separator (C23)
        else
          break;
      }
      cur = cur->next = new_token(TK_PP_NUM, q, p);
      continue;
    }

    // String and character literals, with their encoding prefixes.
    Token *lit = read_literal(p);
    if (lit) {
      cur = cur->next = lit;
      p += lit->len;
      continue;
    }

    // Identifier or keyword.  (ASCII letters and digits are most of the
    // text: they are tested here before ident_char_len()'s general case.)
    if (ident_char_len(p, true)) {
      char *q = p;
      for (int n;; p += n) {
        unsigned char c = *p;
        if ((unsigned)((c | 0x20) - 'a') < 26 || (unsigned)(c - '0') < 10 || c == '_')
          n = 1;
        else if (!(n = ident_char_len(p, false)))
          break;
      }
      cur = cur->next = new_token(TK_IDENT, q, p);
      continue;
    }

    Token *digraph = read_digraph(p);
    if (digraph) {
      cur = cur->next = digraph;
      p += strlen(digraph->spelling);
      continue;
    }

    int punct_len = read_punct(p);
    if (punct_len) {
      cur = cur->next = new_token(TK_PUNCT, p, p + punct_len);
      p += punct_len;
      continue;
    }

    // Other characters are tokens too: the preprocessor may skip or
    // stringize them.  The parser rejects those that reach it.
    cur = cur->next = new_token(TK_PUNCT, p, p + 1);
    p++;
  }

  lx->p = p;
  lx->line_no = line_no;
  lx->at_bol = at_bol;
  lx->has_space = has_space;
  at_bol = true;
  cur = cur->next = new_token(TK_EOF, p, p);
  if (*p) {
    cur->more = true;
    cur->lexer = lx;
  }
  return head.next;
}

Token *tokenize(File *file) {
  Lexer lx = {.file = file, .p = file->contents, .line_no = 1, .at_bol = true};
  return lex(&lx, 0);
}

// How many lines a chunk of a file read lazily has (CC9_CHUNK_LINES, for
// the tests, can make it as small as one).
static int chunk_lines(void) {
  static int n;
  if (!n)
    n = env_int("CC9_CHUNK_LINES", 2000);
  return n;
}

// Arenas of chunks given back, for the next chunks: a chunk of a line or
// two would otherwise cost a system call to map memory and one to unmap it.
static Arena *spare_arenas[4];
static int nspare_arenas;

static Arena *take_arena(void) {
  return nspare_arenas ? spare_arenas[--nspare_arenas] : new_arena();
}

static void give_back_arena(Arena *a) {
  if (nspare_arenas == sizeof(spare_arenas) / sizeof(*spare_arenas)) {
    arena_free(a);
  } else {
    arena_clear(a);
    spare_arenas[nspare_arenas++] = a;
  }
}

static Token *lex_chunk(Lexer *lx) {
  Arena *a = take_arena();
  if (lx->nchunks == lx->capacity) {
    lx->capacity = lx->capacity ? 2 * lx->capacity : 16;
    lx->chunks = realloc(lx->chunks, lx->capacity * sizeof(Arena *));
    if (!lx->chunks)
      error("out of memory");
  }
  lx->chunks[lx->nchunks++] = a;
  chunk_arena = a;
  Token *tok = lex(lx, chunk_lines());
  chunk_arena = NULL;
  return tok;
}

// The file read lazily, whose chunks release_read_tokens() frees.
static Lexer *lazy;

// Tokenizes the first chunk of a file; the TK_EOF that ends it has `more`
// set, and whoever meets it calls refill_tokens() to read on.  The main
// input is read so, and its chunks can be freed once read past.
Token *tokenize_lazily(File *file) {
  Lexer *lx = calloc(1, sizeof(Lexer));
  if (!lx)
    error("out of memory");
  *lx = (Lexer){.file = file, .p = file->contents, .line_no = 1, .at_bol = true};
  lazy = lx;
  return lex_chunk(lx);
}

// Reads the next chunk after `sentinel`, which becomes its first token in
// place, so that the tokens already linked to it stay linked.  The chunk
// before the sentinel's is then read past.
void refill_tokens(Token *sentinel) {
  Lexer *lx = sentinel->lexer;
  lx->done = lx->nchunks - 1; // the sentinel is in the last chunk
  Token *first;
  do
    first = lex_chunk(lx);
  while (first->more); // a chunk of blank lines has no token
  *sentinel = *first;
  sentinel->life = TOKEN_READ;
}

// Frees the chunks that have been read past.  The preprocessor calls it
// where nothing refers to their tokens any more: its chunks of output
// are made of copies (see preprocess_stream()).
void release_read_tokens(void) {
  if (!lazy)
    return;
  for (; lazy->freed < lazy->done; lazy->freed++) {
    give_back_arena(lazy->chunks[lazy->freed]);
    lazy->chunks[lazy->freed] = NULL;
  }
}

// Tokenizes a whole file (a header) into an arena of its own, which
// free_tokens() gives back once the file has been read past.
Token *tokenize_freeable(File *file, Arena **arena) {
  *arena = chunk_arena = take_arena();
  Token *tok = tokenize(file);
  chunk_arena = NULL;
  return tok;
}

void free_tokens(Arena *arena) {
  give_back_arena(arena);
}

// Returns the whole contents of a file ("-" is standard input), ending in
// "\n\0", or NULL if it cannot be read.
static char *read_file(char *path) {
  FILE *fp;
  if (strcmp(path, "-") == 0) {
    fp = stdin;
  } else {
    fp = fopen(path, "r");
    if (!fp)
      return NULL;
  }

  size_t cap = 4096, len = 0;
  char *buf = malloc(cap);
  for (;;) {
    if (cap - len < 4096) {
      cap *= 2;
      buf = realloc(buf, cap);
      if (!buf)
        error("out of memory");
    }
    size_t n = fread(buf + len, 1, cap - len - 2, fp);
    if (n == 0)
      break;
    len += n;
  }
  if (fp != stdin)
    fclose(fp);

  if (len == 0 || buf[len - 1] != '\n')
    buf[len++] = '\n';
  buf[len] = '\0';

  // NUL bytes would end the text early; they become stray characters.
  for (char *q = buf; (q = memchr(q, '\0', buf + len - q)); q++)
    *q = 1;
  // The text stays for the whole compilation: not the room it grew in.
  char *fit = realloc(buf, len + 1);
  return fit ? fit : buf;
}

// "\r\n" and lone "\r" become "\n".
static void canonicalize_newlines(char *p) {
  p = strchr(p, '\r'); // the text before the first is left as it is
  if (!p)
    return;
  int i = 0, j = 0;
  while (p[i]) {
    if (p[i] == '\r' && p[i + 1] == '\n') {
      i += 2;
      p[j++] = '\n';
    } else if (p[i] == '\r') {
      i++;
      p[j++] = '\n';
    } else {
      p[j++] = p[i++];
    }
  }
  p[j] = '\0';
}

// Joins lines ending in a backslash.  The newlines removed are put back after
// the logical line, so that every token keeps its physical line number.
static void remove_backslash_newline(char *p) {
  // The text up to the first line joined is left as it is.
  for (p = strchr(p, '\\'); p && p[1] != '\n'; p = strchr(p + 1, '\\'))
    ;
  if (!p)
    return;
  int i = 0, j = 0;
  int n = 0;
  while (p[i]) {
    if (p[i] == '\\' && p[i + 1] == '\n') {
      i += 2;
      n++;
    } else if (p[i] == '\n' && n) {
      p[j++] = p[i++];
      for (; n > 0; n--)
        p[j++] = '\n';
    } else {
      // A run of other characters moves at once: up to the next
      // backslash, or the next newline while lines are owed.
      int k = n ? (int)strcspn(p + i + 1, "\\\n") + 1 : (int)(strchrnul(p + i + 1, '\\') - (p + i));
      memmove(p + j, p + i, k);
      i += k;
      j += k;
    }
  }
  for (; n > 0; n--)
    p[j++] = '\n';
  p[j] = '\0';
}

// Trigraphs (??= for #, ??/ for a backslash, ...), which ISO C before C23
// replaces before anything else: gcc does in its strict modes (-std=c99)
// and with -trigraphs.
static void replace_trigraphs(char *p) {
  static char from[] = "=/'()!<>-", to[] = "#\\^[]|{}~";
  int i = 0, j = 0;
  while (p[i]) {
    char *k = p[i] == '?' && p[i + 1] == '?' && p[i + 2] ? strchr(from, p[i + 2]) : NULL;
    if (k) {
      p[j++] = to[k - from];
      i += 3;
    } else {
      p[j++] = p[i++];
    }
  }
  p[j] = '\0';
}

File *read_source_file(char *path) {
  char *p = read_file(path);
  if (!p)
    return NULL;
  canonicalize_newlines(p);
  if (opt_trigraphs)
    replace_trigraphs(p);
  remove_backslash_newline(p);

  File *file = new_file(path, num_input_files + 1, p);
  if (!strcmp(path, "-"))
    file->display_name = "<stdin>"; // as gcc names it in messages and __FILE__
  num_input_files++;
  return file;
}
