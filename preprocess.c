// preprocess.c: the C preprocessor, between the tokenizer and the parser.
//
// It takes the tokens of the main file and returns one list of tokens with
// every directive carried out: files included (and tokenized on the way),
// conditional groups kept or dropped, and macros expanded.  Expansion
// follows the standard's "hide set" algorithm (Dave Prosser's): every token
// carries the set of macro names that produced it, and a macro is never
// expanded again inside its own expansion.  #if expressions are evaluated
// here with the preprocessor's own integer arithmetic (intmax_t and
// uintmax_t), so this file needs nothing from the parser.

#include "9cc.h"

typedef struct MacroParam MacroParam;
struct MacroParam {
  MacroParam *next;
  char *name;
  int uses; // how many times the body names it
};

typedef struct MacroArg MacroArg;
struct MacroArg {
  MacroArg *next;
  char *name;
  bool is_va_args;
  bool omitted; // the variable arguments were left out, not just empty
  // The body names the parameter once: its expansion may take the
  // argument's own tokens, which nothing else reads.
  bool used_once;
  Token *tok;
  Token *expanded; // the argument macro-expanded, once it has been
  // A call's first argument holds a map of them all by name when there
  // are many: a macro of n parameters would look each use up in n.
  HashMap *by_name;
};

typedef Token *macro_handler_fn(Token *);

typedef struct Macro Macro;
struct Macro {
  char *name;
  bool is_objlike; // Object-like or function-like
  MacroParam *params;
  char *va_args_name;
  int va_args_uses; // as MacroParam's uses
  Token *body;
  macro_handler_fn *handler;
};

// `#if` can be nested, so we use a stack to manage nested `#if`s.
typedef struct CondIncl CondIncl;
struct CondIncl {
  CondIncl *next;
  enum { IN_THEN, IN_ELIF, IN_ELSE } ctx;
  Token *tok;
  bool included;
};

// A hide set is a list of macro names by falling id (name_id()), and
// there is one node for each pair (id, next): equal sets are the same
// pointer, and sets share their tails.  Each token points to its set
// instead of holding a copy, and a name added to a set is one node.
struct Hideset {
  Hideset *next; // the names of lower ids
  int id;
};

// Nested includes deeper than this are an error, as in gcc.
#define MAX_INCLUDE_DEPTH 200
// Macro calls nested in each other's arguments deeper than this are an
// error: each level rescans what the levels inside it produce, so the time
// grows with the square of the depth (as in gcc), and each level is a few
// frames of recursion.
#define MAX_EXPANSION_DEPTH 1000

StringArray pp_included_files;
StringArray pp_macro_prefix_maps; // -fmacro-prefix-map's and -ffile-prefix-map's

// The file given to the compiler, for __BASE_FILE__.
static File *base_file;

static StringArray include_paths;
int pp_quote_dirs;
static HashMap macros;
static CondIncl *cond_incl;
static HashMap pragma_once;
static HashMap include_guards;
static int include_depth;
static int expansion_depth;

static Token *preprocess2(Token *tok);

// Set while the output is made a chunk at a time for the parser (see
// preprocess_stream()).
static bool streaming;
static Macro *find_macro(Token *tok);

static bool is_hash(Token *tok) {
  return tok->at_bol && equal(tok, "#");
}

// Some preprocessor directives such as #include allow extraneous
// tokens before newline. This function skips such tokens.
static Token *skip_line(Token *tok) {
  if (tok->at_bol)
    return tok;
  warn_tok(tok, "extra tokens at end of directive");
  while (!tok->at_bol && tok->kind != TK_EOF)
    tok = tok->next;
  return tok;
}

// Whether tok ends the input.  A TK_EOF that only ends the chunk of the
// main file read so far is turned into the next token first: every loop
// that reads across lines asks this, not tok->kind.
static bool at_end(Token *tok) {
  if (tok->more)
    refill_tokens(tok);
  return tok->kind == TK_EOF;
}

// The token after tok, read in if need be.
static Token *next_token(Token *tok) {
  at_end(tok->next);
  return tok->next;
}

static Token *new_eof(Token *tok) {
  Token *t = copy_token(tok);
  t->kind = TK_EOF;
  t->len = 0;
  return t;
}

// The bytes of a node that identify it in the table of nodes.
#define HIDESET_KEY (sizeof(Hideset *) + sizeof(int))

// Names get ids when they first enter a hide set, so that a macro
// expanded inside another has the higher id, and adding it to the outer
// set is one node on the front.
static int name_id(char *name, int len, bool assign) {
  static HashMap ids;
  static int last;
  int id = (intptr_t)hashmap_get_n(&ids, name, len);
  if (!id && assign) {
    id = ++last;
    hashmap_put_n(&ids, name, len, (void *)(intptr_t)id);
  }
  return id;
}

// The one node for (id, next).
static Hideset *hideset_cons(int id, Hideset *next) {
  static HashMap nodes;
  Hideset key = {next, id};
  Hideset *hs = hashmap_get_n(&nodes, (char *)&key, HIDESET_KEY);
  if (hs)
    return hs;
  hs = xcalloc(1, sizeof(Hideset));
  *hs = key;
  hashmap_put_n(&nodes, (char *)hs, HIDESET_KEY, hs);
  return hs;
}

static Hideset *new_hideset(char *name) {
  return hideset_cons(name_id(name, strlen(name), true), NULL);
}

// The ids a union or an intersection keeps before the tail its operands
// share, which it then puts back on that tail in reverse.
static int *kept_ids;
static int kept_cap;

static void keep_id(int n, int id) {
  if (n == kept_cap) {
    kept_cap = kept_cap ? kept_cap * 2 : 64;
    kept_ids = realloc(kept_ids, kept_cap * sizeof(int));
    if (!kept_ids)
      error("out of memory");
  }
  kept_ids[n] = id;
}

static Hideset *put_back(int n, Hideset *tail) {
  while (n > 0)
    tail = hideset_cons(kept_ids[--n], tail);
  return tail;
}

// A merge of the two lists that stops where they meet: a set and the
// same set with a name added cost one step, however long they are.
static Hideset *merge_union(Hideset *hs1, Hideset *hs2) {
  int n = 0;
  while (hs1 && hs2 && hs1 != hs2) {
    int id = hs1->id > hs2->id ? hs1->id : hs2->id;
    keep_id(n++, id);
    if (hs1->id == id)
      hs1 = hs1->next;
    if (hs2->id == id)
      hs2 = hs2->next;
  }
  return put_back(n, hs1 ? hs1 : hs2);
}

// An expansion asks for the same union for each token of an argument:
// the latest answer for each of a few thousand pairs is kept.
static Hideset *hideset_union(Hideset *hs1, Hideset *hs2) {
  static struct { Hideset *hs1, *hs2, *result; } memo[4096];
  if (!hs1 || hs1 == hs2)
    return hs2;
  if (!hs2)
    return hs1;
  unsigned slot = ((uintptr_t)hs1 * 31 + (uintptr_t)hs2) / 16 % 4096;
  if (memo[slot].hs1 != hs1 || memo[slot].hs2 != hs2)
    memo[slot].hs1 = hs1, memo[slot].hs2 = hs2, memo[slot].result = merge_union(hs1, hs2);
  return memo[slot].result;
}

// A name that has no id yet is in no set.
static bool hideset_contains(Hideset *hs, char *s, int len) {
  int id = hs ? name_id(s, len, false) : 0;
  if (!id)
    return false;
  while (hs && hs->id > id)
    hs = hs->next;
  return hs && hs->id == id;
}

static Hideset *hideset_intersection(Hideset *hs1, Hideset *hs2) {
  int n = 0;
  while (hs1 && hs2 && hs1 != hs2) {
    if (hs1->id == hs2->id)
      keep_id(n++, hs1->id);
    int id = hs1->id > hs2->id ? hs1->id : hs2->id;
    if (hs1->id == id)
      hs1 = hs1->next;
    if (hs2->id == id)
      hs2 = hs2->next;
  }
  return put_back(n, hs1 == hs2 ? hs1 : NULL);
}

// The two below work on lists of the preprocessor's own making (what
// subst() returns, a file just tokenized), which nothing else points
// into, so they change them where they are instead of copying: a large
// program has millions of tokens.  The EOF that ends such a list may be
// shared (subst() ends with the macro body's own), and is left alone.

// Adds hs to the hideset of every token of a fresh list.
static void add_hideset(Token *tok, Hideset *hs) {
  for (; tok->kind != TK_EOF; tok = tok->next)
    tok->hideset = hideset_union(tok->hideset, hs);
}

// Links tok2 after the last token of a fresh list tok1, in place of its EOF.
static Token *append(Token *tok1, Token *tok2) {
  if (tok1->kind == TK_EOF)
    return tok2;
  Token *last = tok1;
  while (last->next->kind != TK_EOF)
    last = last->next;
  last->next = tok2;
  return tok1;
}

static Token *skip_nested_cond(Token *tok) {
  while (!at_end(tok)) {
    if (is_hash(tok) &&
        (equal(tok->next, "if") || equal(tok->next, "ifdef") ||
         equal(tok->next, "ifndef"))) {
      tok = skip_nested_cond(tok->next->next);
      continue;
    }
    if (is_hash(tok) && equal(tok->next, "endif"))
      return tok->next->next;
    tok = tok->next;
  }
  return tok;
}

// Skip until next `#else`, `#elif` or `#endif`.
// Nested `#if` and `#endif` are skipped.
static Token *skip_cond_incl(Token *tok) {
  while (!at_end(tok)) {
    if (is_hash(tok) &&
        (equal(tok->next, "if") || equal(tok->next, "ifdef") ||
         equal(tok->next, "ifndef"))) {
      tok = skip_nested_cond(tok->next->next);
      continue;
    }

    if (is_hash(tok) &&
        (equal(tok->next, "elif") || equal(tok->next, "elifdef") ||
         equal(tok->next, "elifndef") || equal(tok->next, "else") ||
         equal(tok->next, "endif")))
      break;
    tok = tok->next;
  }
  return tok;
}

// Double-quote a given string and returns it.
static char *quote_string(char *str) {
  int bufsize = 3;
  for (int i = 0; str[i]; i++) {
    if (str[i] == '\\' || str[i] == '"')
      bufsize++;
    bufsize++;
  }

  char *buf = xcalloc(1, bufsize);

  int pos = 0;
  buf[pos++] = '"';
  for (int i = 0; str[i]; i++) {
    if (str[i] == '\\' || str[i] == '"')
      buf[pos++] = '\\';
    buf[pos++] = str[i];
  }
  buf[pos++] = '"';
  buf[pos++] = '\0';
  return buf;
}

// Tokenizes a string made at run time (stringizing, ##, predefined macros).
static Token *tokenize_buffer(char *buf, Token *tmpl) {
  File *from = token_file(tmpl);
  File *file = new_file(from ? from->name : "<built-in>", from ? from->file_no : 0, buf);
  if (from)
    file->display_name = from->display_name;
  return tokenize(file);
}

static Token *new_str_token(char *str, Token *tmpl) {
  char *buf = quote_string(str);
  Token *t = tokenize_buffer(buf, tmpl);
  t->line_no = tmpl->line_no;
  return t;
}

// Copy all tokens until the next newline, terminate them with
// an EOF token and then returns them. This function is used to
// create a new list of tokens for `#if` arguments.
static Token *copy_line(Token **rest, Token *tok) {
  Token head = {0};
  Token *cur = &head;

  for (; !tok->at_bol && tok->kind != TK_EOF; tok = tok->next)
    cur = cur->next = copy_token(tok);

  cur->next = new_eof(tok);
  *rest = tok;
  return head.next;
}

// copy_line() for what outlives the chunk of output being made: a macro's
// body.
static Token *copy_line_kept(Token **rest, Token *tok) {
  Arena *temp = temp_tokens;
  temp_tokens = NULL;
  Token *line = copy_line(rest, tok);
  temp_tokens = temp;
  return line;
}

static Token *new_num_token(int64_t val, Token *tmpl) {
  char *buf = format("%ld", (long)val);
  Token *t = tokenize_buffer(buf, tmpl);
  t->line_no = tmpl->line_no;
  return t;
}

static char *search_include_paths(char *filename, int start, int *found_at);
static char *read_include_filename(Token **rest, Token *tok, bool *is_dquote);
static char *find_file(Token *start, char *filename, bool dquote);

static bool is_has_operator(Token *tok) {
  return equal(tok, "__has_include") || equal(tok, "__has_include_next") ||
         equal(tok, "__has_attribute") || equal(tok, "__has_builtin") ||
         equal(tok, "__has_embed") || equal(tok, "__has_c_attribute");
}

// Strips gcc's optional underscores: __packed__ is packed.
static bool name_is(Token *tok, char *name) {
  int n = strlen(name);
  if (tok->len == n && !strncmp(tok->loc, name, n))
    return true;
  return tok->len == n + 4 && !strncmp(tok->loc, "__", 2) && !strncmp(tok->loc + 2, name, n) &&
         !strncmp(tok->loc + 2 + n, "__", 2);
}

static bool has_attribute(Token *tok) {
  static char *attrs[] = {
      "packed", "aligned", "weak", "section", "constructor", "destructor",
      "noreturn", "unused", "used", "deprecated", "format", "nonnull",
      "pure", "const", "malloc", "warn_unused_result", "noinline", "cold",
      "hot", "nothrow", "leaf", "always_inline", "gnu_inline", "may_alias",
      "returns_nonnull", "sentinel", "visibility", "alias", "artificial",
      "fallthrough", "unavailable", "cleanup", "mode", "transparent_union",
  };
  for (size_t i = 0; i < sizeof(attrs) / sizeof(*attrs); i++)
    if (name_is(tok, attrs[i]))
      return true;
  return false;
}

// __has_c_attribute(name): for a standard attribute, the date of its
// latest change in C23 (6.7.13.1's table, as gcc 13 says); 1 for the
// gnu:: attributes __has_attribute knows; 0 for any other.  name may be
// spelled __name__.  tok is the first token of the operand.
static int64_t has_c_attribute(Token *tok) {
  static struct { char *name; int64_t date; } standard[] = {
      {"deprecated", 201904}, {"fallthrough", 201904}, {"maybe_unused", 201904},
      {"nodiscard", 202003},  {"noreturn", 202202},    {"_Noreturn", 202202},
      {"unsequenced", 202207}, {"reproducible", 202207},
  };
  Token *name = tok->next;
  if (equal(name, "::"))
    name = name->next;
  else if (equal(name, ":") && equal(name->next, ":"))
    name = name->next->next;
  else
    name = tok;
  if (name->kind != TK_IDENT || !equal(name->next, ")"))
    return 0;
  if (name != tok)
    return (name_is(tok, "gnu") && has_attribute(name)) ? 1 : 0;
  for (size_t i = 0; i < sizeof(standard) / sizeof(*standard); i++)
    if (name_is(tok, standard[i].name))
      return standard[i].date;
  return 0;
}

// Which names __has_builtin() knows: builtin.c's, which the driver hands
// over (the parser comes after the preprocessor, which may not call it).
bool (*pp_is_builtin)(char *name, int len);

static bool has_builtin(Token *tok) {
  return pp_is_builtin && pp_is_builtin(tok->loc, tok->len);
}

// Replaces __has_attribute(name) and __has_builtin(name) with 0 or 1:
// 1 for what 9cc carries out (or may ignore without changing the
// program's meaning), and __has_c_attribute(name) with its value.  They
// may also come out of a macro expansion.
static Token *replace_has_operators(Token *tok) {
  Token head = {0};
  Token *cur = &head;

  while (tok->kind != TK_EOF) {
    if (equal(tok, "__has_attribute") || equal(tok, "__has_builtin") ||
        equal(tok, "__has_feature") || equal(tok, "__has_extension") ||
        equal(tok, "__has_c_attribute") || equal(tok, "__has_cpp_attribute")) {
      Token *start = tok;
      tok = skip(tok->next, "(");
      Token *name = tok;
      int depth = 1;
      while (depth > 0 && tok->kind != TK_EOF) {
        tok = tok->next;
        if (equal(tok, "("))
          depth++;
        else if (equal(tok, ")"))
          depth--;
      }
      tok = skip(tok, ")");
      int64_t val = 0;
      if (equal(start, "__has_attribute"))
        val = has_attribute(name);
      else if (equal(start, "__has_builtin"))
        val = has_builtin(name);
      else if (equal(start, "__has_c_attribute"))
        val = has_c_attribute(name);
      cur = cur->next = new_num_token(val, start);
      continue;
    }

    cur = cur->next = tok;
    tok = tok->next;
  }
  cur->next = tok;
  return head.next;
}

static int has_embed(Token **rest, Token *tok);

static Token *read_const_expr(Token **rest, Token *tok) {
  tok = copy_line(rest, tok);

  Token head = {0};
  Token *cur = &head;

  while (tok->kind != TK_EOF) {
    // "defined(foo)" or "defined foo" becomes "1" if macro "foo"
    // is defined. Otherwise "0".
    if (equal(tok, "defined")) {
      Token *start = tok;
      bool has_paren = consume(&tok, tok->next, "(");

      if (tok->kind != TK_IDENT)
        error_tok(start, "operator \"defined\" requires an identifier");
      // The __has_* operators count as defined, as in gcc.
      bool is_defined = find_macro(tok) || is_has_operator(tok);
      tok = tok->next;

      if (has_paren)
        tok = skip(tok, ")");

      cur = cur->next = new_num_token(is_defined, start);
      continue;
    }

    if (equal(tok, "__has_embed")) {
      Token *start = tok;
      cur = cur->next = new_num_token(has_embed(&tok, tok), start);
      continue;
    }

    // __has_include("file") and __has_include(<file>)
    if (equal(tok, "__has_include") || equal(tok, "__has_include_next")) {
      Token *start = tok;
      tok = skip(tok->next, "(");
      bool dquote;
      char *filename;
      if (tok->kind == TK_IDENT) {
        // A macro naming the header: expand the tokens up to ")".
        Token head = {0};
        Token *cur = &head;
        for (; !equal(tok, ")") && !tok->at_bol && tok->kind != TK_EOF; tok = tok->next)
          cur = cur->next = copy_token(tok);
        cur->next = new_eof(tok);
        Token *ignore;
        filename = read_include_filename(&ignore, preprocess2(head.next), &dquote);
      } else {
        filename = read_include_filename(&tok, tok, &dquote);
      }
      tok = skip(tok, ")");
      cur = cur->next = new_num_token(find_file(start, filename, dquote) != NULL, start);
      continue;
    }

    cur = cur->next = tok;
    tok = tok->next;
  }

  cur->next = tok;
  return replace_has_operators(head.next);
}

//
// The #if expression evaluator: intmax_t or uintmax_t, as C11 6.10.1p4 says.
//

typedef struct {
  int64_t v;
  bool u;
} PPVal;

// Each function takes `live`: false inside an operand that is not
// evaluated (the right of `0 &&`, the other arm of `?:`), where division
// by zero is no error.
static PPVal pp_cond(Token **rest, Token *tok, bool live);

typedef PPVal PPParser(Token **rest, Token *tok, bool live);

// Parses a nested operand (in parentheses, of a unary operator, of ?:).
// Each level is a few frames of recursion: past the parser's limit for C
// expressions it is an error, not a stack overflow (5,000,000 parentheses
// crashed).
static PPVal pp_nested(PPParser *parse, Token **rest, Token *tok, bool live) {
  static int depth;
  if (++depth > 200000)
    error_tok(tok, "#if expression nested too deeply");
  PPVal v = parse(rest, tok, live);
  depth--;
  return v;
}

static PPVal pp_primary(Token **rest, Token *tok, bool live) {
  if (equal(tok, "(")) {
    PPVal v = pp_nested(pp_cond, &tok, tok->next, live);
    *rest = skip(tok, ")");
    return v;
  }
  if (tok->kind == TK_NUM) {
    Type *ty = is_complex(tok->ty) ? tok->ty->complex_base : tok->ty;
    if (is_flonum(ty))
      error_tok(tok, "floating constant in preprocessor expression");
    if (is_complex(tok->ty))
      error_tok(tok, "imaginary number in preprocessor expression");
    if (is_int128(ty))
      error_tok(tok, "integer constant in #if is wider than intmax_t");
    *rest = tok->next;
    // In #if every integer is intmax_t or uintmax_t (C11 6.10.1p4).
    return (PPVal){tok->val, tok->ty->is_unsigned && tok->ty->kind != TY_CHAR};
  }
  if (tok->kind == TK_EOF)
    error_tok(tok, "#if with no expression");
  error_tok(tok, "token \"%.*s\" is not valid in preprocessor expressions", tok->len,
            tok->loc);
}

static PPVal pp_unary(Token **rest, Token *tok, bool live) {
  if (equal(tok, "+"))
    return pp_nested(pp_unary, rest, tok->next, live);
  if (equal(tok, "-")) {
    PPVal v = pp_nested(pp_unary, rest, tok->next, live);
    v.v = -(uint64_t)v.v;
    return v;
  }
  if (equal(tok, "~")) {
    PPVal v = pp_nested(pp_unary, rest, tok->next, live);
    v.v = ~v.v;
    return v;
  }
  if (equal(tok, "!")) {
    PPVal v = pp_nested(pp_unary, rest, tok->next, live);
    return (PPVal){!v.v, false};
  }
  return pp_primary(rest, tok, live);
}

static int pp_prec(Token *tok) {
  static struct { char *op; int prec; } ops[] = {
      {"*", 10}, {"/", 10}, {"%", 10}, {"+", 9},  {"-", 9},  {"<<", 8},
      {">>", 8}, {"<", 7},  {"<=", 7}, {">", 7},  {">=", 7}, {"==", 6},
      {"!=", 6}, {"&", 5},  {"^", 4},  {"|", 3},  {"&&", 2}, {"||", 1},
  };
  if (tok->kind != TK_PUNCT)
    return 0;
  for (size_t i = 0; i < sizeof(ops) / sizeof(*ops); i++)
    if (equal(tok, ops[i].op))
      return ops[i].prec;
  return 0;
}

// Binary operators by precedence climbing.
static PPVal pp_binary(Token **rest, Token *tok, int min_prec, bool live) {
  PPVal lhs = pp_unary(&tok, tok, live);
  for (;;) {
    int prec = pp_prec(tok);
    if (!prec || prec < min_prec)
      break;
    Token *op = tok;
    bool rhs_live = live;
    if (equal(op, "&&") && !lhs.v)
      rhs_live = false;
    if (equal(op, "||") && lhs.v)
      rhs_live = false;
    PPVal rhs = pp_binary(&tok, tok->next, prec + 1, rhs_live);
    bool u = lhs.u || rhs.u;
    uint64_t a = lhs.v, b = rhs.v;
    int64_t r;
    if (equal(op, "*"))
      r = a * b;
    else if (equal(op, "/") || equal(op, "%")) {
      if (b == 0) {
        if (live)
          error_tok(op, "division by zero in #if");
        r = 0;
      } else if (u)
        r = equal(op, "/") ? a / b : a % b;
      else if (rhs.v == -1)
        r = equal(op, "/") ? -(uint64_t)lhs.v : 0;
      else
        r = equal(op, "/") ? lhs.v / rhs.v : lhs.v % rhs.v;
    } else if (equal(op, "+"))
      r = a + b;
    else if (equal(op, "-"))
      r = a - b;
    else if (equal(op, "<<"))
      r = b >= 64 ? 0 : a << b, u = lhs.u;
    else if (equal(op, ">>")) {
      u = lhs.u;
      r = lhs.u ? (int64_t)(b >= 64 ? 0 : a >> b) : (b >= 64 ? (lhs.v < 0 ? -1 : 0) : lhs.v >> b);
    } else if (equal(op, "<"))
      r = u ? a < b : lhs.v < rhs.v, u = false;
    else if (equal(op, "<="))
      r = u ? a <= b : lhs.v <= rhs.v, u = false;
    else if (equal(op, ">"))
      r = u ? a > b : lhs.v > rhs.v, u = false;
    else if (equal(op, ">="))
      r = u ? a >= b : lhs.v >= rhs.v, u = false;
    else if (equal(op, "=="))
      r = a == b, u = false;
    else if (equal(op, "!="))
      r = a != b, u = false;
    else if (equal(op, "&"))
      r = a & b;
    else if (equal(op, "^"))
      r = a ^ b;
    else if (equal(op, "|"))
      r = a | b;
    else if (equal(op, "&&"))
      r = a && b, u = false;
    else
      r = a || b, u = false;
    lhs = (PPVal){r, u};
  }
  *rest = tok;
  return lhs;
}

static PPVal pp_cond(Token **rest, Token *tok, bool live) {
  PPVal c = pp_binary(&tok, tok, 1, live);
  if (!equal(tok, "?")) {
    *rest = tok;
    return c;
  }
  PPVal a = pp_nested(pp_cond, &tok, tok->next, live && c.v);
  tok = skip(tok, ":");
  PPVal b = pp_nested(pp_cond, rest, tok, live && !c.v);
  PPVal r = c.v ? a : b;
  r.u = a.u || b.u;
  return r;
}

// Evaluates expr, a line of tokens read by read_const_expr(); start is
// the directive (or #embed parameter) it belongs to.
static int64_t eval_expr_tokens(Token *start, Token *expr) {
  expr = replace_has_operators(preprocess2(expr));

  if (expr->kind == TK_EOF) {
    start->next = expr;
    expr->prev = start;
    error_after(start, "#%.*s with no expression", start->len, start->loc);
  }

  // [https://www.sigbus.info/n1570#6.10.1p4] The standard requires
  // we replace remaining non-macro identifiers with "0" before
  // evaluating a constant expression. For example, `#if foo` is
  // equivalent to `#if 0` if foo is not defined.
  for (Token *t = expr; t->kind != TK_EOF; t = t->next) {
    if (t->kind == TK_IDENT) {
      Token *next = t->next;
      *t = *new_num_token(0, t);
      t->next = next;
    }
  }

  // Convert pp-numbers to regular numbers
  convert_pp_tokens(expr);

  Token *rest2;
  PPVal val = pp_cond(&rest2, expr, true);
  if (rest2->kind != TK_EOF)
    error_tok(rest2, "missing binary operator before token \"%.*s\"", rest2->len, rest2->loc);
  return val.v;
}

// Reads and evaluates the expression of #if or #elif (tok).
static int64_t eval_const_expr(Token **rest, Token *tok) {
  return eval_expr_tokens(tok, read_const_expr(rest, tok->next));
}

static CondIncl *push_cond_incl(Token *tok, bool included) {
  CondIncl *ci = xcalloc(1, sizeof(CondIncl));
  ci->next = cond_incl;
  ci->ctx = IN_THEN;
  ci->tok = keep_token(tok);
  ci->included = included;
  cond_incl = ci;
  return ci;
}

static Macro *find_macro(Token *tok) {
  if (tok->kind != TK_IDENT)
    return NULL;
  return hashmap_get_n(&macros, tok->loc, tok->len);
}

static Macro *add_macro(char *name, bool is_objlike, Token *body) {
  Macro *m = xcalloc(1, sizeof(Macro));
  m->name = name;
  m->is_objlike = is_objlike;
  m->body = body;
  hashmap_put(&macros, name, m);
  return m;
}

static MacroParam *read_macro_params(Token **rest, Token *tok, char **va_args_name) {
  MacroParam head = {0};
  MacroParam *cur = &head;

  while (!equal(tok, ")")) {
    if (cur != &head)
      tok = skip(tok, ",");

    if (equal(tok, "...")) {
      *va_args_name = "__VA_ARGS__";
      *rest = skip(tok->next, ")");
      return head.next;
    }

    if (tok->kind != TK_IDENT)
      error_tok(tok, "expected parameter name");

    if (equal(tok->next, "...")) {
      *va_args_name = str_ndup(tok->loc, tok->len);
      *rest = skip(tok->next->next, ")");
      return head.next;
    }

    MacroParam *m = xcalloc(1, sizeof(MacroParam));
    m->name = str_ndup(tok->loc, tok->len);
    cur = cur->next = m;
    tok = tok->next;
  }

  *rest = tok->next;
  return head.next;
}

static void check_paste_ends(Token *body) {
  if (equal(body, "##"))
    error_tok(body, "'##' cannot appear at either end of macro expansion");
  for (Token *t = body; t->kind != TK_EOF; t = t->next)
    if (t->next->kind == TK_EOF && equal(t, "##"))
      error_tok(t, "'##' cannot appear at either end of macro expansion");
}

// How many times the body names each parameter (__VA_OPT__ only looks at
// the expansion, expanded_arg()'s, and does not count).  One walk of the
// body, the parameters found through a map (emptied again after).
static void count_uses(Macro *m) {
  static HashMap params;
  for (MacroParam *pp = m->params; pp; pp = pp->next)
    hashmap_put(&params, pp->name, pp);
  for (Token *t = m->body; t->kind != TK_EOF; t = t->next) {
    if (t->kind != TK_IDENT)
      continue;
    MacroParam *pp = hashmap_get_n(&params, t->loc, t->len);
    if (pp)
      pp->uses++;
    else if (m->va_args_name && equal(t, m->va_args_name))
      m->va_args_uses++;
  }
  for (MacroParam *pp = m->params; pp; pp = pp->next)
    hashmap_delete(&params, pp->name);
}

static void read_macro_definition(Token **rest, Token *tok) {
  if (tok->at_bol || tok->kind == TK_EOF)
    error_after(tok->prev, "no macro name given in #define directive");
  if (tok->kind != TK_IDENT)
    error_tok(tok, "macro name must be an identifier");
  char *name = str_ndup(tok->loc, tok->len);
  if (!strcmp(name, "defined"))
    error_tok(tok, "\"defined\" cannot be used as a macro name");
  tok = tok->next;

  if (!tok->has_space && equal(tok, "(")) {
    // Function-like macro
    char *va_args_name = NULL;
    MacroParam *params = read_macro_params(&tok, tok->next, &va_args_name);

    Macro *m = add_macro(name, false, copy_line_kept(rest, tok));
    m->params = params;
    m->va_args_name = va_args_name;
    check_paste_ends(m->body);
    count_uses(m);
  } else {
    // Object-like macro
    Macro *m = add_macro(name, true, copy_line_kept(rest, tok));
    check_paste_ends(m->body);
  }
}

// A macro call's arguments go with the chunk of output being made, if any.
static MacroArg *new_macro_arg(void) {
  if (temp_tokens)
    return arena_alloc(temp_tokens, sizeof(MacroArg));
  return xcalloc(1, sizeof(MacroArg));
}

// The macro being invoked, for diagnostics about its arguments.
static Token *macro_name;

// An argument is the call's own tokens, cut off from what follows by an
// EOF: the call is replaced by its expansion, so nothing else reads them,
// and copying them copied, in F(F(...)), all the levels inside each one.
static MacroArg *read_macro_arg_one(Token **rest, Token *tok, bool read_rest) {
  Token head = {0};
  Token *cur = &head;
  int level = 0;
  Token *last = macro_name->next;

  for (;;) {
    at_end(tok);
    if (level == 0 && equal(tok, ")"))
      break;
    if (level == 0 && !read_rest && equal(tok, ","))
      break;

    if (tok->kind == TK_EOF)
      error_after(last, "unterminated argument list invoking macro \"%.*s\"",
                  macro_name->len, macro_name->loc);
    last = tok;

    if (equal(tok, "("))
      level++;
    else if (equal(tok, ")"))
      level--;

    // When streaming, an expansion is made of temp_tokens only, so that
    // no chunk of output ends inside one (see pp_run()): the tokens of
    // the file read are copied.
    cur = cur->next = streaming && tok->life != TOKEN_TEMP ? copy_token(tok) : tok;
    tok = tok->next;
  }

  cur->next = new_eof(tok);

  MacroArg *arg = new_macro_arg();
  arg->tok = head.next;
  *rest = tok;
  return arg;
}

static MacroArg *read_macro_args(Token **rest, Token *tok, MacroParam *params,
                                 char *va_args_name, Macro *m) {
  Token *start = tok;
  macro_name = tok;
  tok = tok->next->next;

  MacroArg head = {0};
  MacroArg *cur = &head;

  int nparams = 0, nargs = 0;
  for (MacroParam *pp = params; pp; pp = pp->next)
    nparams++;

  MacroParam *pp = params;
  for (; pp; pp = pp->next) {
    if (cur != &head) {
      if (!equal(tok, ","))
        error_tok(tok, "macro \"%s\" requires %d arguments, but only %d given", m->name,
                  nparams, nargs);
      tok = tok->next;
    }
    cur = cur->next = read_macro_arg_one(&tok, tok, false);
    cur->name = pp->name;
    cur->used_once = pp->uses == 1;
    nargs++;
  }

  if (va_args_name) {
    MacroArg *arg;
    if (equal(tok, ")")) {
      arg = new_macro_arg();
      arg->tok = new_eof(tok);
      arg->omitted = true;
    } else {
      if (pp != params)
        tok = skip(tok, ",");
      arg = read_macro_arg_one(&tok, tok, true);
    }
    arg->name = va_args_name;
    arg->is_va_args = true;
    arg->used_once = m->va_args_uses == 1;
    cur = cur->next = arg;
  } else if (pp) {
    error_tok(tok, "macro \"%s\" requires %d arguments, but only %d given", m->name,
              nparams, nargs);
  }

  if (!equal(tok, ")")) {
    // Count the extra arguments for the message.
    int extra = nargs;
    for (Token *t = tok; t->kind != TK_EOF && !equal(t, ")"); t = t->next)
      if (equal(t, ","))
        extra++;
    Token *t = tok;
    int depth = 0;
    while (t->kind != TK_EOF && !(depth == 0 && equal(t, ")"))) {
      if (equal(t, "("))
        depth++;
      else if (equal(t, ")"))
        depth--;
      t = t->next;
    }
    error_tok(t->kind == TK_EOF ? tok : t, "macro \"%s\" passed %d arguments, but takes just %d",
              m->name, extra + (nparams == 0 ? 1 : 0), nparams);
  }
  (void)start;
  *rest = tok;
  if (nargs > 8) {
    head.next->by_name = xcalloc(1, sizeof(HashMap));
    for (MacroArg *ap = head.next; ap; ap = ap->next)
      hashmap_put(head.next->by_name, ap->name, ap);
  }
  return head.next;
}

static MacroArg *find_arg(MacroArg *args, Token *tok) {
  if (args && args->by_name)
    return tok->kind == TK_IDENT ? hashmap_get_n(args->by_name, tok->loc, tok->len) : NULL;
  for (MacroArg *ap = args; ap; ap = ap->next)
    if (tok->len == (int)strlen(ap->name) && !strncmp(tok->loc, ap->name, tok->len))
      return ap;
  return NULL;
}

// Concatenates all tokens in `tok` and returns a new string.
static char *join_tokens(Token *tok, Token *end) {
  // Compute the length of the resulting token.
  int len = 1;
  for (Token *t = tok; t != end && t->kind != TK_EOF; t = t->next) {
    if (t != tok && t->has_space)
      len++;
    len += t->len;
  }

  char *buf = xcalloc(1, len);

  // Copy token texts.
  int pos = 0;
  for (Token *t = tok; t != end && t->kind != TK_EOF; t = t->next) {
    if (t != tok && t->has_space)
      buf[pos++] = ' ';
    strncpy(buf + pos, t->loc, t->len);
    pos += t->len;
  }
  buf[pos] = '\0';
  return buf;
}

// Concatenates all tokens in `arg` and returns a new string token.
// This function is used for the stringizing operator (#).
static Token *stringize(Token *hash, Token *arg) {
  // Spelling of the argument, one space between tokens that had white
  // space between them; backslashes and quotes are escaped only inside
  // string and character literals (C11 6.10.3.2p2).
  int cap = 3;
  for (Token *t = arg; t->kind != TK_EOF; t = t->next)
    cap += t->len * 2 + 1;
  char *buf = xcalloc(1, cap);
  int pos = 0;
  buf[pos++] = '"';
  for (Token *t = arg; t->kind != TK_EOF; t = t->next) {
    if (t != arg && t->has_space)
      buf[pos++] = ' ';
    bool literal = t->kind == TK_STR || (t->len && (t->loc[t->len - 1] == '\'' ||
                                                    t->loc[t->len - 1] == '"'));
    if (t->kind == TK_PUNCT && t->spelling) {
      pos += sprintf(buf + pos, "%s", t->spelling);
      continue;
    }
    for (int i = 0; i < t->len; i++) {
      if (literal && (t->loc[i] == '\\' || t->loc[i] == '"'))
        buf[pos++] = '\\';
      buf[pos++] = t->loc[i];
    }
  }
  buf[pos++] = '"';
  Token *tok = tokenize_buffer(buf, hash);
  tok->line_no = hash->line_no;
  tok->has_space = hash->has_space;
  return tok;
}

static Token *copy_list(Token *tok) {
  Token head = {0};
  Token *cur = &head;
  for (; tok->kind != TK_EOF; tok = tok->next)
    cur = cur->next = copy_token(tok);
  cur->next = copy_token(tok);
  return head.next;
}

// The argument macro-expanded.  It is expanded once, as in gcc: a body
// naming it twice, or asking with __VA_OPT__ whether it is empty, gets
// copies of the one expansion (expanding it each time made O(O(O(...)))
// cost 2^depth).  The caller copies it unless the body names it once.
static Token *expanded_arg(MacroArg *arg) {
  if (!arg->expanded) {
    // At the argument, in the use: the body's parameter says nothing
    // of which call nests too deeply.
    if (++expansion_depth > MAX_EXPANSION_DEPTH)
      error_tok(arg->tok, "macro expansion nested too deeply");
    arg->expanded = preprocess2(arg->used_once ? arg->tok : copy_list(arg->tok));
    expansion_depth--;
  }
  return arg->expanded;
}

// Whether the variable arguments have any tokens once expanded (for
// __VA_OPT__).
static bool has_varargs(MacroArg *args) {
  for (MacroArg *ap = args; ap; ap = ap->next)
    if (ap->is_va_args)
      return expanded_arg(ap)->kind != TK_EOF;
  return false;
}

// Concatenate two tokens to create a new token.
static Token *paste(Token *lhs, Token *rhs) {
  // Paste the two tokens.
  char *buf = format("%.*s%.*s", lhs->len, lhs->loc, rhs->len, rhs->loc);

  // Tokenize the resulting string.
  // "/" ## "/" would start a comment: no token at all.
  Token *tok = tokenize_buffer(buf, lhs);
  if (tok->kind == TK_EOF || tok->next->kind != TK_EOF)
    error_tok(lhs, "pasting \"%.*s\" and \"%.*s\" does not give a valid preprocessing token",
              lhs->len, lhs->loc, rhs->len, rhs->loc);
  tok->line_no = lhs->line_no;
  return tok;
}

// The operand of `## ...` at tok, if it is one token of letters, digits
// and underscores and lhs an identifier or a number: the paste is then
// one token of lhs's kind, whatever the text.
static Token *simple_operand(Token *lhs, Token *tok, MacroArg *args) {
  if (!equal(tok, "##") || (lhs->kind != TK_IDENT && lhs->kind != TK_PP_NUM))
    return NULL;
  MacroArg *arg = find_arg(args, tok->next);
  Token *t = arg ? arg->tok : tok->next;
  if (t->kind == TK_EOF || (arg && t->next->kind != TK_EOF))
    return NULL;
  for (int i = 0; i < t->len; i++)
    if (!isalnum((unsigned char)t->loc[i]) && t->loc[i] != '_')
      return NULL;
  return t;
}

// lhs ## a ## b ...: the run of simple operands from tok is pasted at
// once, as each step is sure to give one token.  One paste at a time made
// a copy of the text so far at each step, in x ## 1 ## 2 ## ... a text as
// long as the run each time.
static Token *paste_run(Token **rest, Token *lhs, Token *tok, MacroArg *args) {
  int len = lhs->len;
  Token *t;
  for (Token *p = tok; (t = simple_operand(lhs, p, args)); p = p->next->next)
    len += t->len;
  char *buf = xcalloc(1, len + 1);
  memcpy(buf, lhs->loc, lhs->len);
  len = lhs->len;
  for (; (t = simple_operand(lhs, tok, args)); tok = tok->next->next) {
    memcpy(buf + len, t->loc, t->len);
    len += t->len;
  }
  *rest = tok;
  Token *result = tokenize_buffer(buf, lhs);
  result->line_no = lhs->line_no;
  return result;
}

static Token *subst(Token *tok, MacroArg *args, bool funclike);

// Whether the last subst() ended in a placemarker (an empty ## operand).
static bool subst_placemarker;

// __VA_OPT__ "(" tokens ")": the tokens, with parameters replaced, if the
// variable arguments are not empty; nothing otherwise.  *rest is set past
// the closing parenthesis.
static Token *va_opt(Token **rest, Token *tok, MacroArg *args) {
  Token head = {0};
  Token *cur = &head;
  int depth = 0;
  Token *start = tok;
  for (tok = tok->next->next; depth > 0 || !equal(tok, ")"); tok = tok->next) {
    if (tok->kind == TK_EOF)
      error_tok(start, "unterminated __VA_OPT__");
    if (equal(tok, "("))
      depth++;
    else if (equal(tok, ")"))
      depth--;
    cur = cur->next = copy_token(tok);
  }
  cur->next = new_eof(tok);
  *rest = tok->next;
  if (!has_varargs(args)) {
    subst_placemarker = true;
    return cur->next;
  }
  return subst(head.next, args, true);
}

// Replaces a macro's parameters with its arguments and carries out # and
// ## (only ## for object-like macros).
static Token *subst(Token *tok, MacroArg *args, bool funclike) {
  Token head = {0};
  Token *cur = &head;
  bool placemarker = false; // the last operand of ## was empty

  while (tok->kind != TK_EOF) {
    // # __VA_OPT__(...) stringizes what __VA_OPT__ gives.
    if (funclike && equal(tok, "#") && equal(tok->next, "__VA_OPT__")) {
      Token *hash = tok;
      Token *body = va_opt(&tok, tok->next, args);
      cur = cur->next = stringize(hash, body);
      placemarker = false;
      continue;
    }

    // "#" followed by a parameter is replaced with stringized actuals.
    if (funclike && equal(tok, "#")) {
      MacroArg *arg = find_arg(args, tok->next);
      if (!arg)
        error_tok(tok->next, "'#' is not followed by a macro parameter");
      cur = cur->next = stringize(tok, arg->tok);
      placemarker = false;
      tok = tok->next->next;
      continue;
    }

    // [GNU] `, ## __VA_ARGS__` drops the comma when the variable arguments
    // are left out, and is `, __VA_ARGS__` otherwise.
    if (equal(tok, ",") && equal(tok->next, "##")) {
      MacroArg *arg = find_arg(args, tok->next->next);
      if (arg && arg->is_va_args) {
        if (!arg->omitted) {
          // Not a real paste: the arguments follow the comma, expanded,
          // with their own spacing.
          cur = cur->next = copy_token(tok);
          bool space = arg->tok->has_space;
          Token *t = preprocess2(copy_list(arg->tok));
          t->has_space = space;
          for (; t->kind != TK_EOF; t = t->next)
            cur = cur->next = copy_token(t);
        }
        placemarker = false;
        tok = tok->next->next->next;
        continue;
      }
    }

    // a ## b.  An empty argument is a "placemarker" (C11 6.10.3.3): pasting
    // with one gives the other operand unchanged.
    if (equal(tok, "##")) {
      if (tok->next->kind == TK_EOF)
        error_tok(tok, "'##' cannot appear at either end of macro expansion");

      MacroArg *arg = find_arg(args, tok->next);
      Token *rhs = arg ? arg->tok : tok->next;
      bool rhs_empty = rhs->kind == TK_EOF;
      if (placemarker || cur == &head) {
        for (Token *t = rhs; t->kind != TK_EOF && (arg || t == rhs); t = t->next)
          cur = cur->next = copy_token(t);
        placemarker = rhs_empty;
      } else if (!rhs_empty) {
        bool space = cur->has_space;
        if (simple_operand(cur, tok, args)) {
          *cur = *paste_run(&tok, cur, tok, args);
          cur->has_space = space;
          continue;
        }
        *cur = *paste(cur, rhs);
        cur->has_space = space;
        if (arg)
          for (Token *t = rhs->next; t->kind != TK_EOF; t = t->next)
            cur = cur->next = copy_token(t);
      }
      tok = tok->next->next;
      continue;
    }

    MacroArg *arg = find_arg(args, tok);

    // An argument before ## is not macro-expanded.
    if (arg && equal(tok->next, "##")) {
      for (Token *t = arg->tok; t->kind != TK_EOF; t = t->next)
        cur = cur->next = copy_token(t);
      placemarker = arg->tok->kind == TK_EOF;
      tok = tok->next;
      continue;
    }

    if (funclike && equal(tok, "__VA_OPT__") && equal(tok->next, "(")) {
      bool space = tok->has_space;
      Token *t = va_opt(&tok, tok, args);
      t->has_space = space;
      bool empty = t->kind == TK_EOF;
      for (; t->kind != TK_EOF; t = t->next)
        cur = cur->next = t;
      placemarker = empty || subst_placemarker;
      continue;
    }

    // Handle a macro token. Macro arguments are completely macro-expanded
    // before they are substituted into a macro body.
    if (arg) {
      // The expansion becomes the body's: a copy if the body names the
      // parameter again (to stringize it, say).
      Token *t = arg->used_once ? expanded_arg(arg) : copy_list(expanded_arg(arg));
      t->at_bol = tok->at_bol;
      t->has_space = tok->has_space;
      for (; t->kind != TK_EOF; t = t->next)
        cur = cur->next = t;
      placemarker = false;
      tok = tok->next;
      continue;
    }

    // Handle a non-macro token.
    cur = cur->next = copy_token(tok);
    placemarker = false;
    tok = tok->next;
    continue;
  }

  cur->next = tok;
  subst_placemarker = placemarker;
  return head.next;
}

// Marks each token of an expansion as coming from the macro use `origin`,
// so that diagnostics point at the use.
static void set_origin(Token *tok, Token *origin) {
  // A use in the file read is copied: the chunk it was read in may be
  // given back before the chunk of output made of the expansion.
  if (streaming && origin->life != TOKEN_TEMP)
    origin = copy_token(origin);
  for (Token *t = tok; t && t->kind != TK_EOF; t = t->next) {
    t->origin = origin;
    t->line_no = origin->line_no;
  }
}

// If tok is a macro, expand it and return true.
// Otherwise, do nothing and return false.
static bool expand_macro(Token **rest, Token *tok) {
  Macro *m = find_macro(tok);
  if (!m || hideset_contains(tok->hideset, tok->loc, tok->len))
    return false;

  // Built-in dynamic macro application such as __LINE__
  if (m->handler) {
    *rest = m->handler(tok);
    (*rest)->next = tok->next;
    (*rest)->has_space = tok->has_space; // for -E's spacing
    (*rest)->at_bol = tok->at_bol;
    return true;
  }

  // Object-like macro application
  if (m->is_objlike) {
    Hideset *hs = hideset_union(tok->hideset, new_hideset(m->name));
    Token *body = subst(m->body, NULL, false);
    add_hideset(body, hs);
    set_origin(body, tok->origin ? tok->origin : tok);
    *rest = append(body, tok->next);
    // An empty expansion leaves what follows where it was: `EMPTY # x`
    // is no directive (C11 6.10p2).
    if (body->kind != TK_EOF) {
      (*rest)->at_bol = tok->at_bol;
      (*rest)->has_space = tok->has_space;
    } else if ((tok->has_space || tok->at_bol) && (*rest)->kind != TK_EOF) {
      Token *t = copy_token(*rest);
      t->next = (*rest)->next;
      t->has_space = true;
      *rest = t;
    }
    return true;
  }

  // If a funclike macro token is not followed by an argument list,
  // treat it as a normal identifier.
  if (!equal(next_token(tok), "("))
    return false;

  // Function-like macro application
  Token *macro_token = tok;
  MacroArg *args = read_macro_args(&tok, tok, m->params, m->va_args_name, m);
  Token *rparen = tok;

  // Tokens that consist a func-like macro invocation may have different
  // hidesets, and if that's the case, it's not clear what the hideset
  // for the new tokens should be. We take the interesection of the
  // macro token and the closing parenthesis and use it as a new hideset
  // as explained in the Dave Prossor's algorithm.
  Hideset *hs = hideset_intersection(macro_token->hideset, rparen->hideset);
  hs = hideset_union(hs, new_hideset(m->name));

  Token *body = subst(m->body, args, true);
  add_hideset(body, hs);
  set_origin(body, macro_token->origin ? macro_token->origin : macro_token);
  *rest = append(body, tok->next);
  (*rest)->at_bol = macro_token->at_bol;
  (*rest)->has_space = macro_token->has_space;
  return true;
}

static char *search_include_paths(char *filename, int start, int *found_at) {
  if (filename[0] == '/')
    return filename;

  static HashMap cache;
  if (start == 0) {
    char *cached = hashmap_get(&cache, filename);
    if (cached) {
      *found_at = (int)(intptr_t)hashmap_get(&cache, format("#%s", filename));
      return cached;
    }
  }

  // Search a file from the include paths.
  for (int i = start; i < include_paths.len; i++) {
    char *path = format("%s/%s", include_paths.data[i], filename);
    FILE *fp = fopen(path, "r");
    if (!fp)
      continue;
    fclose(fp);
    if (start == 0) {
      hashmap_put(&cache, filename, path);
      hashmap_put(&cache, format("#%s", filename), (void *)(intptr_t)i);
    }
    *found_at = i;
    return path;
  }
  return NULL;
}

// Read an #include argument.
static char *read_include_filename(Token **rest, Token *tok, bool *is_dquote) {
  // Pattern 1: #include "foo.h"
  if (tok->kind == TK_STR) {
    // A double-quoted filename for #include is a special kind of
    // token, and we don't want to interpret any escape sequences in it.
    // For example, "\f" in "C:\foo" is not a formfeed character but
    // just two non-control characters, backslash and f.
    // So we don't want to use token->str.
    *is_dquote = true;
    *rest = tok->next;
    return str_ndup(tok->loc + 1, tok->len - 2);
  }

  // Pattern 2: #include <foo.h>
  if (equal(tok, "<")) {
    // Reconstruct a filename from a sequence of tokens between
    // "<" and ">".
    Token *start = tok;

    // Find closing ">".
    for (; !equal(tok, ">"); tok = tok->next)
      if (tok->at_bol || tok->kind == TK_EOF)
        error_tok(tok, "missing terminating > character");

    *is_dquote = false;
    *rest = tok->next;
    return join_tokens(start->next, tok);
  }

  // Pattern 3: #include FOO
  // In this case FOO must be macro-expanded to either
  // a single string token or a sequence of "<" ... ">".
  if (tok->kind == TK_IDENT) {
    Token *start = tok;
    Token *tok2 = preprocess2(copy_line(rest, tok));
    if (tok2->kind == TK_STR || equal(tok2, "<")) {
      Token *ignore;
      return read_include_filename(&ignore, tok2, is_dquote);
    }
    error_tok(start, "#include expects \"FILENAME\" or <FILENAME>");
  }

  error_tok(tok, "#include expects \"FILENAME\" or <FILENAME>");
}

// Detect the following "include guard" pattern.
//
//   #ifndef FOO_H
//   #define FOO_H
//   ...
//   #endif
static char *detect_include_guard(Token *tok) {
  // Detect the first two lines.
  if (!is_hash(tok) || !equal(tok->next, "ifndef"))
    return NULL;
  tok = tok->next->next;

  if (tok->kind != TK_IDENT)
    return NULL;

  char *macro = str_ndup(tok->loc, tok->len);
  tok = tok->next;

  if (!is_hash(tok) || !equal(tok->next, "define") || !equal(tok->next->next, macro))
    return NULL;

  // The #ifndef must close at the very end, with no #else or #elif.
  int depth = 1;
  for (; tok->kind != TK_EOF; tok = tok->next) {
    if (!is_hash(tok))
      continue;
    Token *d = tok->next;
    if (equal(d, "if") || equal(d, "ifdef") || equal(d, "ifndef")) {
      depth++;
    } else if (depth == 1 && (equal(d, "else") || equal(d, "elif"))) {
      return NULL;
    } else if (equal(d, "endif") && --depth == 0) {
      Token *t = d->next;
      while (t->kind != TK_EOF && !t->at_bol)
        t = t->next;
      return t->kind == TK_EOF ? macro : NULL;
    }
  }
  return NULL;
}

// Where each included file was found in the search path, for #include_next.
static HashMap include_index;

// #pragma once identifies a file by its real path, not by how it was named.
static char *file_identity(char *path) {
  char *real = realpath(path, NULL);
  return real ? real : path;
}

// The arenas of the tokens of the headers being read, by depth.
static Arena *header_tokens[MAX_INCLUDE_DEPTH + 1];

static Token *include_file(Token *tok, char *path, Token *filename_tok, int index) {
  // Check for "#pragma once"
  if (hashmap_get(&pragma_once, file_identity(path)))
    return tok;

  // If we read the same file before, and if the file was guarded
  // by the usual #ifndef ... #endif pattern, we may be able to
  // skip the file without opening it.
  char *guard_name = hashmap_get(&include_guards, path);
  if (guard_name && hashmap_get(&macros, guard_name))
    return tok;

  if (include_depth >= MAX_INCLUDE_DEPTH)
    error_tok(filename_tok, "#include nested depth %d exceeds maximum of %d", include_depth,
              MAX_INCLUDE_DEPTH);

  // When streaming, a header's tokens go once it has been read past (see
  // pp_run()).
  Token *tok2 = tokenize_file(path, false, streaming ? &header_tokens[include_depth] : NULL);
  if (!tok2)
    error_tok(filename_tok, "%s: cannot open file: %s", path, strerror(errno));
  hashmap_put(&include_index, path, (void *)(intptr_t)(index + 1));

  guard_name = detect_include_guard(tok2);
  if (guard_name)
    hashmap_put(&include_guards, path, guard_name);

  // Mark where the included file ends, so the depth can be tracked.  The
  // mark is kept: a chunk of output may end inside the file.
  Token *end = xcalloc(1, sizeof(Token));
  *end = *tok;
  end->life = TOKEN_KEPT;
  end->more = false;
  end->kind = TK_PUNCT;
  end->loc = "#include-end";
  end->len = 0;
  end->at_bol = true;
  end->next = tok;
  include_depth++;
  return append(tok2, end);
}

// Read #line arguments
static void read_line_marker(Token **rest, Token *tok) {
  Token *start = tok;
  tok = preprocess2(copy_line(rest, tok));

  if (tok->kind != TK_PP_NUM)
    error_tok(tok, "invalid line marker");
  convert_pp_tokens(tok);
  if (tok->kind != TK_NUM || !is_integer(tok->ty) || is_int128(tok->ty))
    error_tok(tok, "invalid line marker");

  // The next line is number `tok->val`, whatever numbering this line had.
  File *g = token_file(start);
  File *f = copy_file(g);
  f->line_delta = tok->val - (start->line_no - g->line_delta) - 1;

  tok = tok->next;
  if (tok->kind == TK_STR)
    f->display_name = tok->str;
  else if (tok->kind != TK_EOF)
    error_tok(tok, "filename expected");

  // Later tokens of this file take the new numbering as preprocess2()
  // reaches them (renumber_lines()).
  g->origin->renumbered = f;
}

// Whether `tok` starts a line that may be a line marker (#line 5, # 5).
static bool is_line_marker(Token *tok) {
  return is_hash(tok) && !tok->next->at_bol &&
         (equal(tok->next, "line") || tok->next->kind == TK_PP_NUM);
}

// Gives the tokens of f's file from `tok` on the numbering of f, up to and
// including the next line that may be a line marker.  Whether that one
// takes effect is known only when the preprocessor gets there (not in a
// skipped #if block), and the tokens after it wait until then, so that
// each token is renumbered once: renumbering every later token at each
// marker took time in the square of the markers of a file.
static void renumber_lines(Token *tok, File *f) {
  bool after_marker = false;
  for (Token *t = tok; t->kind != TK_EOF && t->file_index == f->origin->index; t = t->next) {
    if (t->at_bol) {
      if (after_marker)
        return;
      after_marker = is_line_marker(t);
    }
    t->line_no += f->line_delta;
    t->file_index = f->index;
  }
}

// `#pragma pack` changes struct layout, which is the parser's business: it
// becomes a token `__9cc_pragma_pack` followed by a number, which the
// parser reads between declarations: n sets the packing to n bytes, 0
// resets it, 100 pushes the current value and 200 pops it.
static Token *pack_token(Token *tmpl, int code, Token *next) {
  Token *t = copy_token(tmpl);
  t->kind = TK_IDENT;
  t->loc = "__9cc_pragma_pack";
  t->len = strlen(t->loc);
  t->at_bol = true;
  t->has_space = false;
  t->hideset = NULL;
  Token *num = new_num_token(code, tmpl);
  num->at_bol = false;
  t->next = num;
  num->next = next;
  return t;
}

static int pack_value(Token *tok) {
  if (tok->kind != TK_PP_NUM)
    error_tok(tok, "expected a number in '#pragma pack'");
  int n = atoi(str_ndup(tok->loc, tok->len));
  if (n != 1 && n != 2 && n != 4 && n != 8 && n != 16)
    error_tok(tok, "alignment must be a small power of two, not %d", n);
  return n;
}

// pack-args = "(" ("push" ("," num)? | "pop" | num)? ")"
static Token *pragma_pack(Token *tmpl, Token *line) {
  Token *t = line->next;
  if (!equal(t, "("))
    return NULL;
  t = t->next;

  Token *out = NULL;
  if (equal(t, "push")) {
    t = t->next;
    if (equal(t, ",")) {
      out = pack_token(tmpl, pack_value(t->next), NULL);
      t = t->next->next;
    }
    out = pack_token(tmpl, 100, out);
  } else if (equal(t, "pop")) {
    out = pack_token(tmpl, 200, NULL);
    t = t->next;
  } else if (equal(t, ")")) {
    out = pack_token(tmpl, 0, NULL);
  } else {
    out = pack_token(tmpl, pack_value(t), NULL);
    t = t->next;
  }
  if (!equal(t, ")"))
    error_tok(t, "expected ')' in '#pragma pack'");
  return out;
}

// #pragma push_macro("NAME") saves NAME's definition (or its absence);
// #pragma pop_macro("NAME") brings it back.
static void pragma_push_pop_macro(Token *line) {
  static HashMap saved; // name -> stack of Macro* (NULL: undefined)
  Token *t = line->next;
  if (!equal(t, "(") || t->next->kind != TK_STR || !equal(t->next->next, ")"))
    error_tok(line, "expected '(\"NAME\")' after '#pragma %.*s'", line->len, line->loc);
  Token *str = t->next;
  char *name = str_ndup(str->loc + 1, str->len - 2);
  StringArray *stack = hashmap_get(&saved, name);
  if (!stack) {
    stack = xcalloc(1, sizeof(StringArray));
    hashmap_put(&saved, name, stack);
  }
  if (equal(line, "push_macro")) {
    strarray_push(stack, (char *)hashmap_get(&macros, name));
    return;
  }
  if (stack->len == 0)
    return;
  Macro *m = (Macro *)stack->data[--stack->len];
  if (m)
    hashmap_put(&macros, name, m);
  else
    hashmap_delete(&macros, name);
}

// "file" names a file beside the file that names it (start is there)
// first: its path, or NULL.
static char *find_beside(Token *start, char *filename) {
  if (filename[0] == '/')
    return NULL;
  char *name = token_file(start)->name;
  char *slash = strrchr(name, '/');
  char *path = slash ? format("%.*s/%s", (int)(slash - name), name, filename) : filename;
  FILE *fp = fopen(path, "r");
  if (!fp)
    return NULL;
  fclose(fp);
  return path;
}

// Where #include, __has_include and #embed find a file: "file" beside
// the current file, then (as <file>) along the include paths.  NULL if
// nowhere.
static char *find_file(Token *start, char *filename, bool dquote) {
  if (filename[0] == '/') {
    FILE *fp = fopen(filename, "r");
    if (!fp)
      return NULL;
    fclose(fp);
    return filename;
  }
  char *path = dquote ? find_beside(start, filename) : NULL;
  int at;
  return path ? path : search_include_paths(filename, dquote ? 0 : pp_quote_dirs, &at);
}

// #include "file", #include <file>, #include_next: the file's tokens
// spliced in front of the rest.  start is the '#', tok the directive.
static Token *include_directive(Token *start, Token *tok) {
  bool is_next = equal(tok, "include_next");
  bool is_dquote;
  char *filename = read_include_filename(&tok, tok->next, &is_dquote);

  if (is_dquote && !is_next) {
    char *path = find_beside(start, filename);
    if (path)
      return include_file(tok, path, start->next->next, -1);
  }

  int from = is_dquote ? 0 : pp_quote_dirs;
  if (is_next)
    from = (int)(intptr_t)hashmap_get(&include_index, token_file(start)->name);
  int at = 0;
  char *path = search_include_paths(filename, from, &at);
  if (!path)
    error_tok(start->next->next, "%s: No such file or directory", filename);
  return include_file(tok, path, start->next->next, at);
}

//
// #embed (C23 6.10.3): a file's bytes as a list of integer constants.
//

// The parameters of #embed or __has_embed: limit(N), prefix(...),
// suffix(...), if_empty(...), and the vendors' ones whose meaning gcc
// and clang document alike: gnu::offset(N) or clang::offset(N), the bytes
// to skip first (applied before limit), and gcc's gnu::base64("..."),
// the bytes themselves, for the resource ".", as gcc's -E output writes
// them.  Each at most once.
typedef struct {
  int64_t limit;  // -1: none
  int64_t offset; // -1: none
  Token *prefix, *suffix, *if_empty;
  Token *base64;  // the string literals of gnu::base64(...), EOF-terminated
  Token *base64_param;
  Token *unknown; // a parameter 9cc does not know, spelled in unknown_len bytes
  int unknown_len;
} EmbedParams;

// Copies the balanced tokens of a parameter's "( ... )", up to the ")"
// (returned in *rest), EOF-terminated.
static Token *embed_clause(Token **rest, Token *tok, Token *param) {
  if (!equal(tok, "("))
    error_tok(param, "#embed parameter '%.*s' requires an argument in parentheses", param->len,
              param->loc);
  Token head = {0};
  Token *cur = &head;
  int depth = 0;
  for (tok = tok->next; depth > 0 || !equal(tok, ")"); tok = tok->next) {
    if (tok->kind == TK_EOF)
      error_tok(param, "missing ')' after #embed parameter '%.*s'", param->len, param->loc);
    if (equal(tok, "(") || equal(tok, "[") || equal(tok, "{"))
      depth++;
    else if (equal(tok, ")") || equal(tok, "]") || equal(tok, "}"))
      depth--;
    cur = cur->next = copy_token(tok);
  }
  cur->next = new_eof(tok);
  *rest = tok->next;
  return head.next;
}

// limit(N) or offset(N): a constant expression, not negative.
static int64_t embed_count(Token *param, Token *arg, char *what) {
  if (arg->kind == TK_EOF)
    error_tok(param, "#embed parameter '%s' requires a constant expression", what);
  Token *ignore;
  int64_t n = eval_expr_tokens(param, read_const_expr(&ignore, arg));
  if (n < 0)
    error_tok(arg, "#embed %s is negative", what);
  return n;
}

// A vendor's `pp::name` (either part may be spelled __x__, as gcc
// allows): the one of gcc's and clang's that 9cc knows, or NULL.
static char *vendor_param(Token *prefix, Token *name) {
  if ((name_is(prefix, "gnu") || name_is(prefix, "clang")) && name_is(name, "offset"))
    return "offset";
  if (name_is(prefix, "gnu") && name_is(name, "base64"))
    return "base64";
  return NULL;
}

// Reads the parameters, tok up to an EOF.  Any other name, a vendor's
// included, is unknown: __has_embed says 0 for it, #embed is an error.
static void read_embed_params(Token *tok, EmbedParams *p) {
  *p = (EmbedParams){.limit = -1, .offset = -1};
  while (tok->kind != TK_EOF) {
    Token *param = tok;
    if (tok->kind != TK_IDENT)
      error_tok(tok, "expected an #embed parameter before '%.*s'", tok->len, tok->loc);
    tok = tok->next;
    char *vendor = NULL;
    Token *last = param; // the name's last token
    bool scoped = equal(tok, "::") || (equal(tok, ":") && equal(tok->next, ":"));
    if (scoped) {
      tok = equal(tok, "::") ? tok->next : tok->next->next;
      if (tok->kind != TK_IDENT)
        error_tok(tok, "expected a parameter name after '::'");
      vendor = vendor_param(param, tok);
      last = tok;
      tok = tok->next;
    }
    int spelling = last->loc + last->len - param->loc;

    Token **clause = scoped                       ? NULL
                     : name_is(param, "prefix")   ? &p->prefix
                     : name_is(param, "suffix")   ? &p->suffix
                     : name_is(param, "if_empty") ? &p->if_empty
                                                  : NULL;
    bool is_limit = !scoped && name_is(param, "limit");
    if (!clause && !is_limit && !vendor) {
      if (!p->unknown)
        p->unknown = param, p->unknown_len = spelling;
      if (equal(tok, "("))
        embed_clause(&tok, tok, param);
      continue;
    }
    bool is_offset = vendor && !strcmp(vendor, "offset");
    if ((clause && *clause) || (is_limit && p->limit >= 0) || (is_offset && p->offset >= 0) ||
        (vendor && !is_offset && p->base64))
      error_tok(param, "duplicate #embed parameter '%.*s'", spelling, param->loc);
    Token *arg = embed_clause(&tok, tok, param);
    if (clause)
      *clause = arg;
    else if (is_limit)
      p->limit = embed_count(param, arg, "limit");
    else if (is_offset)
      p->offset = embed_count(param, arg, "offset");
    else
      p->base64 = arg, p->base64_param = param;
  }
}

// The value of a base64 digit, or -1.
static int base64_digit(char c) {
  if ('A' <= c && c <= 'Z')
    return c - 'A';
  if ('a' <= c && c <= 'z')
    return c - 'a' + 26;
  if ('0' <= c && c <= '9')
    return c - '0' + 52;
  return c == '+' ? 62 : c == '/' ? 63 : -1;
}

// gnu::base64("..." "..."): the bytes the string literals' base64 text
// stands for (groups of four digits, '=' padding the last).
static unsigned char *decode_base64(EmbedParams *p, int *len) {
  Token *param = p->base64_param;
  if (p->base64->kind == TK_EOF)
    error_tok(param, "expected character string literal in 'gnu::base64'");
  char *text = "";
  for (Token *t = p->base64; t->kind != TK_EOF; t = t->next) {
    if (t->kind != TK_STR || t->loc[0] != '"')
      error_tok(t, "expected character string literal in 'gnu::base64'");
    text = format("%s%s", text, t->str);
  }
  int n = strlen(text);
  if (n % 4)
    error_tok(param, "'gnu::base64' argument is not valid base64: its length is not a multiple of 4");
  unsigned char *buf = malloc(n / 4 * 3 + 1);
  *len = 0;
  for (int i = 0; i < n; i += 4) {
    int pad = (text[i + 3] == '=') + (text[i + 2] == '=' && text[i + 3] == '=');
    uint32_t bits = 0;
    for (int j = 0; j < 4; j++) {
      int d = j >= 4 - pad ? 0 : base64_digit(text[i + j]);
      if (d < 0 || (pad && i + 4 < n))
        error_tok(param, "'gnu::base64' argument is not valid base64");
      bits = bits << 6 | d;
    }
    for (int j = 0; j < 3 - pad; j++)
      buf[(*len)++] = bits >> (16 - 8 * j);
  }
  return buf;
}

// Reads what names the resource and the parameters after it: tok starts
// an EOF-terminated line.  A line that starts with neither "file" nor
// <file> is macro-expanded first, as for #include.
static char *read_embed_line(Token *tok, bool *dquote, EmbedParams *p) {
  if (tok->kind != TK_STR && !equal(tok, "<"))
    tok = preprocess2(tok);
  if (tok->kind != TK_STR && !equal(tok, "<"))
    error_tok(tok, "#embed expects \"FILENAME\" or <FILENAME>");
  char *filename = read_include_filename(&tok, tok, dquote);
  read_embed_params(tok, p);
  return filename;
}

// Reads up to limit bytes (all if limit is -1) of the file at path,
// after the first `offset` ones (read and dropped, so that a file that
// cannot seek works too); NULL if it cannot be read.
static unsigned char *read_resource(char *path, int64_t offset, int64_t limit, int *len) {
  FILE *fp = fopen(path, "rb");
  if (!fp)
    return NULL;
  int cap = 4096, n = 0;
  unsigned char *buf = malloc(cap);
  for (int64_t skip = offset; skip > 0;) {
    size_t got = fread(buf, 1, skip < cap ? skip : cap, fp);
    if (got == 0)
      break;
    skip -= got;
  }
  for (;;) {
    if (limit >= 0 && n >= limit)
      break;
    if (n == cap) {
      if (cap >= 1 << 30)
        error("%s: file too large for #embed", path);
      cap *= 2;
      buf = realloc(buf, cap);
    }
    int want = cap - n;
    if (limit >= 0 && want > limit - n)
      want = limit - n;
    size_t got = fread(buf + n, 1, want, fp);
    n += got;
    if (got == 0)
      break;
  }
  bool failed = ferror(fp);
  fclose(fp);
  if (failed) {
    free(buf);
    return NULL;
  }
  *len = n;
  return buf;
}

// __has_embed( resource parameters ): __STDC_EMBED_NOT_FOUND__ (0),
// __STDC_EMBED_FOUND__ (1) or __STDC_EMBED_EMPTY__ (2).  tok is
// __has_embed.
static int has_embed(Token **rest, Token *tok) {
  Token *start = tok;
  if (!equal(tok->next, "("))
    error_tok(tok, "missing '(' after __has_embed");
  Token *line = embed_clause(rest, tok->next, start);
  bool dquote;
  EmbedParams p;
  char *filename = read_embed_line(line, &dquote, &p);
  if (p.unknown)
    return 0;
  int len;
  unsigned char *buf;
  if (p.base64) {
    if (!dquote || strcmp(filename, ".") || p.limit >= 0 || p.offset >= 0)
      return 0;
    buf = decode_base64(&p, &len);
  } else {
    char *path = find_file(start, filename, dquote);
    buf = path ? read_resource(path, p.offset, p.limit < 0 ? 1 : p.limit, &len) : NULL;
  }
  if (!buf)
    return 0;
  free(buf);
  return len ? 1 : 2;
}

// The bytes #embed stands for: the file's, or gnu::base64's.
static unsigned char *embed_bytes(Token *name, Token *line, char *filename, bool dquote,
                                  EmbedParams *p, int *len) {
  if (p->base64) {
    if (!dquote || strcmp(filename, "."))
      error_tok(p->base64_param, "'gnu::base64' parameter can be only used with \".\"");
    if (p->limit >= 0 || p->offset >= 0)
      error_tok(p->base64_param, "'gnu::base64' parameter conflicts with 'limit' or 'gnu::offset' parameters");
    return decode_base64(p, len);
  }
  char *path = find_file(name, filename, dquote);
  if (!path)
    error_tok(line, "%s: No such file or directory", filename);
  unsigned char *bytes = read_resource(path, p->offset, p->limit, len);
  if (!bytes)
    error_tok(line, "%s: cannot read file: %s", filename, strerror(errno));
  strarray_push(&pp_included_files, path);
  return bytes;
}

// Appends a copy of list (EOF-terminated) to cur; returns the new end.
static Token *append_copy(Token *cur, Token *list) {
  for (; list && list->kind != TK_EOF; list = list->next)
    cur = cur->next = copy_token(list);
  return cur;
}

// #embed "file" parameters: prefix, the bytes, suffix -- or if_empty
// when there are no bytes -- spliced in front of the rest, so that
// macros in them expand.  The bytes are one TK_EMBED token, which
// convert_pp_tokens() or the parser spreads out into "b0, b1, ...",
// unless an initializer takes the bytes as they are.
static Token *embed_directive(Token *tok) {
  Token *name = tok;
  Token *line = copy_line(&tok, tok->next);
  if (line->kind == TK_EOF)
    error_tok(name, "#embed expects \"FILENAME\" or <FILENAME>");
  bool dquote;
  EmbedParams p;
  char *filename = read_embed_line(line, &dquote, &p);
  if (p.unknown)
    error_tok(p.unknown, "unknown #embed parameter '%.*s'", p.unknown_len, p.unknown->loc);
  int len;
  unsigned char *bytes = embed_bytes(name, line, filename, dquote, &p, &len);

  Token head = {0};
  Token *cur = &head;
  if (len == 0) {
    cur = append_copy(cur, p.if_empty);
  } else {
    cur = append_copy(cur, p.prefix);
    Token *t = cur = cur->next = copy_token(name);
    t->kind = TK_EMBED;
    t->len = 0;
    t->str = (char *)bytes;
    t->ty = array_of(ty_uchar, len);
    t->at_bol = false;
    t->has_space = true;
    cur = append_copy(cur, p.suffix);
  }
  cur->next = tok;
  return head.next;
}

// #if, #ifdef, #ifndef, #elif, #elifdef, #elifndef, #else, #endif: the
// tokens after the directive (past a group skipped), or NULL if tok is
// no such directive.
static Token *conditional_directive(Token *start, Token *tok) {
  if (equal(tok, "if")) {
    int64_t val = eval_const_expr(&tok, tok);
    push_cond_incl(start->next, val);
    if (!val)
      tok = skip_cond_incl(tok);
    return tok;
  }

  if (equal(tok, "ifdef") || equal(tok, "ifndef")) {
    bool want_defined = equal(tok, "ifdef");
    bool defined = find_macro(tok->next) || is_has_operator(tok->next);
    if (tok->next->kind != TK_IDENT)
      error_tok(tok, "no macro name given in #%.*s directive", tok->len, tok->loc);
    push_cond_incl(tok, defined == want_defined);
    tok = skip_line(tok->next->next);
    if (defined != want_defined)
      tok = skip_cond_incl(tok);
    return tok;
  }

  if (equal(tok, "elif")) {
    if (!cond_incl || cond_incl->ctx == IN_ELSE)
      error_tok(tok, "#elif without #if");
    cond_incl->ctx = IN_ELIF;

    if (!cond_incl->included && eval_const_expr(&tok, tok))
      cond_incl->included = true;
    else
      tok = skip_cond_incl(tok);
    return tok;
  }

  // C23: #elifdef NAME and #elifndef NAME, as #elif defined NAME and
  // #elif !defined NAME.
  if (equal(tok, "elifdef") || equal(tok, "elifndef")) {
    if (!cond_incl || cond_incl->ctx == IN_ELSE)
      error_tok(tok, "#%.*s without #if", tok->len, tok->loc);
    if (tok->next->kind != TK_IDENT)
      error_tok(tok, "no macro name given in #%.*s directive", tok->len, tok->loc);
    cond_incl->ctx = IN_ELIF;
    bool defined = find_macro(tok->next) || is_has_operator(tok->next);
    bool want = equal(tok, "elifdef") ? defined : !defined;
    tok = skip_line(tok->next->next);
    if (!cond_incl->included && want)
      cond_incl->included = true;
    else
      tok = skip_cond_incl(tok);
    return tok;
  }

  if (equal(tok, "else")) {
    if (!cond_incl || cond_incl->ctx == IN_ELSE)
      error_tok(tok, "#else without #if");
    cond_incl->ctx = IN_ELSE;
    tok = skip_line(tok->next);

    if (cond_incl->included)
      tok = skip_cond_incl(tok);
    return tok;
  }

  if (equal(tok, "endif")) {
    if (!cond_incl)
      error_tok(tok, "#endif without #if");
    cond_incl = cond_incl->next;
    tok = skip_line(tok->next);
    return tok;
  }

  return NULL;
}

// -dD: each #define and #undef stays in -E's output, as gcc writes them
// (a definition as -dM writes it).  It travels as an identifier token
// whose text is the directive, which no real identifier can start with:
// only pp_print() sees it.
bool pp_keep_defines;
static char *builtin_defines; // the macros defined before the input's first line
static void print_macro(Macro *m, FILE *out);

static char *macro_text(Macro *m) {
  char *buf;
  size_t len;
  FILE *out = open_memstream(&buf, &len);
  print_macro(m, out);
  fclose(out);
  buf[len - 1] = '\0'; // print_macro's newline
  return buf;
}

static Token *directive_token(Token *tmpl, char *text) {
  Token *t = copy_token(tmpl);
  t->kind = TK_IDENT;
  t->loc = text;
  t->len = strlen(text);
  t->at_bol = true;
  t->has_space = false;
  t->hideset = NULL;
  t->next = NULL;
  return t;
}

static bool is_directive_token(Token *tok) {
  return pp_keep_defines && tok->kind == TK_IDENT && tok->len && tok->loc[0] == '#';
}

// Where the output may be cut into chunks for the parser: after a
// top-level declaration, which ends in a `;` or in the `}` of a function
// body at the outer level.  A `{` there begins a function body unless an
// `=` (an initializer) or a struct, union or enum head (whose body it is)
// comes before it; it follows the `)` of the declarator, or the `;` of a
// K&R parameter declaration (whose `;` ends no declaration).  A wrong cut
// would end the parser's input inside a declaration: when in doubt, no
// cut.
typedef struct {
  int depth;        // of (), [] and {}
  bool initializer; // an `=` at the outer level
  bool aggregate;   // after `struct`, `union` or `enum`, before its body
  bool knr;         // after `f(a, b)` a type: K&R parameter declarations
  bool in_body;     // the `{` at the outer level began a function body
  bool attr_parens; // the parentheses at the outer level are an attribute's
  Token *last;      // the last token at the outer level (a `)` closing an
                    // attribute's parentheses counts as the attribute)
  int count;        // tokens since the last cut
  Token *rest;      // where the input goes on after a cut
} Cut;

static bool is_attribute_keyword(Token *tok) {
  return equal(tok, "__attribute__") || equal(tok, "__attribute") || equal(tok, "asm") ||
         equal(tok, "__asm__") || equal(tok, "__asm") || equal(tok, "__declspec") ||
         equal(tok, "_Alignas") || equal(tok, "alignas");
}

static bool is_type_operator(Token *tok) {
  return equal(tok, "typeof") || equal(tok, "__typeof__") || equal(tok, "__typeof") ||
         equal(tok, "typeof_unqual") || equal(tok, "__typeof_unqual__") ||
         equal(tok, "_Atomic") || equal(tok, "_BitInt");
}

// Follows one token of output; true if it ends a top-level declaration.
static bool ends_declaration(Cut *c, Token *tok) {
  c->count++;
  if (tok->kind == TK_PUNCT && tok->len == 1) {
    switch (tok->loc[0]) {
    case '{':
      if (c->depth++ == 0) {
        c->in_body = !c->initializer && !c->aggregate && c->last &&
                     (equal(c->last, ")") || (c->knr && equal(c->last, ";")));
        c->aggregate = false;
      }
      return false;
    case '(':
      if (c->depth++ == 0) {
        c->attr_parens = c->last && is_attribute_keyword(c->last);
        // `struct S f(void)`: a declarator, and no struct's body follows,
        // unlike `enum E : typeof(x) {`
        if (!c->attr_parens && !(c->last && is_type_operator(c->last)))
          c->aggregate = false;
      }
      return false;
    case '[':
      c->depth++;
      return false;
    case ')':
    case ']':
    case '}':
      if (c->depth > 0 && --c->depth == 0) {
        if (!c->attr_parens)
          c->last = tok;
        if (tok->loc[0] == '}' && c->in_body)
          goto end;
      }
      return false;
    }
  }
  if (c->depth > 0)
    return false;
  if (equal(tok, ";")) {
    if (!c->knr)
      goto end;
    c->aggregate = false; // `struct S s;`, a K&R parameter's declaration
  }
  if (equal(tok, "="))
    c->initializer = true;
  if (equal(tok, "struct") || equal(tok, "union") || equal(tok, "enum"))
    c->aggregate = true;
  if (tok->kind == TK_IDENT && c->last && equal(c->last, ")") && !c->initializer &&
      !is_attribute_keyword(tok))
    c->knr = true;
  c->last = tok;
  return false;

end:
  *c = (Cut){.count = c->count};
  return true;
}

// How many tokens a chunk of output has at least (CC9_CHUNK_TOKENS, for
// the tests, can make it one declaration).
static int chunk_tokens(void) {
  static int n;
  if (!n)
    n = env_int("CC9_CHUNK_TOKENS", 5000);
  return n;
}

// Whether to cut the output after `out`, the input going on with `rest`:
// after a declaration, once the chunk is long enough, and not inside a
// macro's expansion, whose tokens are temp_tokens.
static bool cut_after(Cut *cut, Token *out, Token *rest) {
  if (!ends_declaration(cut, out) || cut->count < chunk_tokens() || rest->life == TOKEN_TEMP)
    return false;
  cut->rest = rest;
  cut->count = 0;
  return true;
}

// The end of a chunk of output after `last`: a TK_EOF with `more` set.
static Token *more_to_come(Token *last) {
  Token *more = copy_token(last);
  more->kind = TK_EOF;
  more->len = 0;
  more->more = true;
  more->lexer = NULL;
  return more;
}

// The end of an included file.  When streaming (CUT), nothing refers to
// its tokens any more, as to the chunks read past (not in a nested run,
// whose caller may).
static void end_of_header(Cut *cut) {
  include_depth--;
  if (cut && header_tokens[include_depth]) {
    free_tokens(header_tokens[include_depth]);
    header_tokens[include_depth] = NULL;
  }
}

// Visits all tokens in `tok` while evaluating preprocessing macros and
// directives.  With CUT (preprocess_stream()), stops after a top-level
// declaration once the chunk is long enough (cut_after()).
static Token *pp_run(Token *tok, Cut *cut) {
  Token head = {0};
  Token *cur = &head;

  while (!at_end(tok)) {
    if (cut) // the chunks read past: nothing refers to their tokens now
      release_read_tokens();

    // A token of a file that a #line renumbered, not yet renumbered.
    File *file = token_file(tok);
    if (file && file->renumbered)
      renumber_lines(tok, file->renumbered);

    // The end of an included file.
    if (tok->len == 0 && tok->kind == TK_PUNCT && !strcmp(tok->loc, "#include-end")) {
      end_of_header(cut);
      tok = tok->next;
      continue;
    }

    // If it is a macro, expand it.
    if (expand_macro(&tok, tok))
      continue;

    // _Pragma("...") is the #pragma its string spells.
    if (equal(tok, "_Pragma") && equal(next_token(tok), "(")) {
      Token *t = tok->next->next;
      if (t->kind != TK_STR)
        error_tok(t, "_Pragma takes a parenthesized string literal");
      Token *line = tokenize_buffer(format("%s\n", t->str), tok);
      line->line_no = tok->line_no;
      Token *start = tok;
      tok = skip(t->next, ")");
      if (equal(line, "pack")) {
        for (Token *p = pragma_pack(start, line); p; p = p->next)
          cur = cur->next = p;
      } else if (equal(line, "push_macro") || equal(line, "pop_macro")) {
        pragma_push_pop_macro(line);
      }
      continue;
    }

    // Pass through if it is not a "#" (a copy, into a chunk of output).
    if (!is_hash(tok)) {
      cur = cur->next = cut && tok->life != TOKEN_TEMP ? copy_token(tok) : tok;
      tok = tok->next;
      if (cut && cut_after(cut, cur, tok))
        break;
      continue;
    }

    Token *start = tok;
    tok = tok->next;

    if (equal(tok, "include") || equal(tok, "include_next")) {
      tok = include_directive(start, tok);
      continue;
    }

    if (equal(tok, "embed")) {
      tok = embed_directive(tok);
      continue;
    }

    if (equal(tok, "define")) {
      tok->next->prev = tok;
      Token *name = tok->next;
      read_macro_definition(&tok, tok->next);
      Macro *m = pp_keep_defines ? hashmap_get_n(&macros, name->loc, name->len) : NULL;
      if (m)
        cur = cur->next = directive_token(start, macro_text(m));
      continue;
    }

    if (equal(tok, "undef")) {
      tok = tok->next;
      if (tok->kind != TK_IDENT)
        error_tok(tok, "macro name must be an identifier");
      hashmap_delete_n(&macros, tok->loc, tok->len);
      if (pp_keep_defines)
        cur = cur->next = directive_token(start, format("#undef %.*s", tok->len, tok->loc));
      tok = skip_line(tok->next);
      continue;
    }

    Token *after = conditional_directive(start, tok);
    if (after) {
      tok = after;
      continue;
    }

    if (equal(tok, "line")) {
      read_line_marker(&tok, tok->next);
      continue;
    }

    if (tok->kind == TK_PP_NUM) {
      read_line_marker(&tok, tok);
      continue;
    }

    if (equal(tok, "pragma") && equal(tok->next, "once")) {
      hashmap_put(&pragma_once, file_identity(token_file(tok)->name), (void *)1);
      tok = skip_line(tok->next->next);
      continue;
    }

    if (equal(tok, "pragma") && (equal(tok->next, "push_macro") || equal(tok->next, "pop_macro"))) {
      Token *line = copy_line(&tok, tok->next);
      pragma_push_pop_macro(line);
      continue;
    }

    if (equal(tok, "pragma")) {
      Token *line = copy_line(&tok, tok->next);
      if (equal(line, "pack")) {
        for (Token *p = pragma_pack(start, line); p; p = p->next)
          cur = cur->next = p;
      }
      continue;
    }

    if (equal(tok, "error")) {
      Token *line = copy_line(&tok, tok->next);
      error_tok(start->next, "#error %s", join_tokens(line, NULL));
    }

    if (equal(tok, "warning")) {
      Token *line = copy_line(&tok, tok->next);
      warn_tok(start, "#warning %s", join_tokens(line, NULL));
      continue;
    }

    if (equal(tok, "ident") || equal(tok, "sccs") || equal(tok, "assert") ||
        equal(tok, "unassert")) {
      copy_line(&tok, tok->next);
      continue;
    }

    // `#`-only line is legal. It's called a null directive.
    if (tok->at_bol)
      continue;

    error_tok(tok, "invalid preprocessing directive #%.*s", tok->len, tok->loc);
  }

  cur->next = cut && cut->rest ? more_to_come(cur) : tok;
  return head.next;
}

static Token *preprocess2(Token *tok) {
  return pp_run(tok, NULL);
}

// Defines a macro as `#define NAME BODY` would; NAME may have a parameter
// list, as in `-D'MAX(a,b)=...'`.
void pp_define(char *name, char *body) {
  char *buf = format("#define %s %s\n", name, body);
  Token *tok = tokenize(new_file("<command-line>", 0, buf));
  preprocess2(tok);
}

void pp_undef(char *name) {
  hashmap_delete(&macros, name);
}

static Macro *add_builtin(char *name, macro_handler_fn *fn) {
  Macro *m = add_macro(name, true, NULL);
  m->handler = fn;
  return m;
}

static Token *file_macro(Token *tmpl) {
  while (tmpl->origin)
    tmpl = tmpl->origin;
  return new_str_token(remap_prefix(token_file(tmpl)->display_name, &pp_macro_prefix_maps), tmpl);
}

// __BASE_FILE__ names the file given to the compiler, even in a header.
static Token *base_file_macro(Token *tmpl) {
  return new_str_token(remap_prefix(base_file->display_name, &pp_macro_prefix_maps), tmpl);
}

static Token *line_macro(Token *tmpl) {
  while (tmpl->origin)
    tmpl = tmpl->origin;
  return new_num_token(tmpl->line_no, tmpl);
}

static Token *include_level_macro(Token *tmpl) {
  return new_num_token(include_depth, tmpl);
}

// __COUNTER__ is expanded to serial values starting from 0.
static Token *counter_macro(Token *tmpl) {
  static int i = 0;
  return new_num_token(i++, tmpl);
}

// __DATE__ is expanded to the current date, e.g. "May 17 2020".
static char *format_date(struct tm *tm) {
  static char mon[][4] = {
      "Jan", "Feb", "Mar", "Apr", "May", "Jun",
      "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  };

  return format("\"%s %2d %d\"", mon[tm->tm_mon], tm->tm_mday, tm->tm_year + 1900);
}

// __TIME__ is expanded to the current time, e.g. "13:34:03".
static char *format_time(struct tm *tm) {
  return format("\"%02d:%02d:%02d\"", tm->tm_hour, tm->tm_min, tm->tm_sec);
}

// The macros every compilation starts with: name, then value (NULL: not
// defined, a reminder of what 9cc leaves out).
static char *predefined[] = {
    "__STDC__", "1",
    "__STDC_HOSTED__", "1",
    "__STDC_UTF_16__", "1",
    "__STDC_UTF_32__", "1",
    "__STDC_NO_COMPLEX__", "1",
    "__STDC_NO_THREADS__", "1",
    "__STDC_NO_VLA__", NULL,
    "__9cc__", "1",
    "__STDC_EMBED_NOT_FOUND__", "0",
    "__STDC_EMBED_FOUND__", "1",
    "__STDC_EMBED_EMPTY__", "2",
    // glibc's headers honour __attribute__, __asm__ names and other GNU
    // syntax only for GNU compilers, and user code after them would
    // silently lose its __attribute__((packed)).  9cc claims gcc 4.2: old
    // enough that glibc takes its plain C paths instead of newer builtins
    // (_Float128, __builtin_isnan, ...), new enough for the GNU syntax.
    "__GNUC__", "4",
    "__GNUC_MINOR__", "2",
    "__GNUC_PATCHLEVEL__", "1",
    "__GNUC_STDC_INLINE__", "1",
    "__VERSION__", "\"9cc\"",
    "__x86_64", "1",
    "__x86_64__", "1",
    "__amd64", "1",
    "__amd64__", "1",
    "__linux", "1",
    "__linux__", "1",
    "__gnu_linux__", "1",
    "linux", "1",
    "__unix", "1",
    "__unix__", "1",
    "unix", "1",
    "__ELF__", "1",
    "_LP64", "1",
    "__LP64__", "1",
    "__CHAR_BIT__", "8",
    "__SIZEOF_SHORT__", "2",
    "__SIZEOF_INT__", "4",
    "__SIZEOF_LONG__", "8",
    "__SIZEOF_LONG_LONG__", "8",
    "__SIZEOF_INT128__", "16",
    "__SIZEOF_POINTER__", "8",
    // Memory orders of the __atomic builtins, and what is lock-free.
    "__ATOMIC_RELAXED", "0",
    "__ATOMIC_CONSUME", "1",
    "__ATOMIC_ACQUIRE", "2",
    "__ATOMIC_RELEASE", "3",
    "__ATOMIC_ACQ_REL", "4",
    "__ATOMIC_SEQ_CST", "5",
    "__GCC_ATOMIC_BOOL_LOCK_FREE", "2",
    "__GCC_ATOMIC_CHAR_LOCK_FREE", "2",
    "__GCC_ATOMIC_CHAR16_T_LOCK_FREE", "2",
    "__GCC_ATOMIC_CHAR32_T_LOCK_FREE", "2",
    "__GCC_ATOMIC_WCHAR_T_LOCK_FREE", "2",
    "__GCC_ATOMIC_SHORT_LOCK_FREE", "2",
    "__GCC_ATOMIC_INT_LOCK_FREE", "2",
    "__GCC_ATOMIC_LONG_LOCK_FREE", "2",
    "__GCC_ATOMIC_LLONG_LOCK_FREE", "2",
    "__GCC_ATOMIC_POINTER_LOCK_FREE", "2",
    "__GCC_ATOMIC_TEST_AND_SET_TRUEVAL", "1",
    "__GCC_HAVE_SYNC_COMPARE_AND_SWAP_1", "1",
    "__GCC_HAVE_SYNC_COMPARE_AND_SWAP_2", "1",
    "__GCC_HAVE_SYNC_COMPARE_AND_SWAP_4", "1",
    "__GCC_HAVE_SYNC_COMPARE_AND_SWAP_8", "1",
    "__SIZEOF_FLOAT__", "4",
    "__SIZEOF_DOUBLE__", "8",
    "__SIZEOF_LONG_DOUBLE__", "16",
    "__SIZEOF_SIZE_T__", "8",
    "__SIZEOF_WCHAR_T__", "4",
    "__SIZEOF_WINT_T__", "4",
    "__SIZEOF_PTRDIFF_T__", "8",
    "__SIZE_TYPE__", "unsigned long",
    "__PTRDIFF_TYPE__", "long",
    "__WCHAR_TYPE__", "int",
    "__WINT_TYPE__", "unsigned int",
    "__INTMAX_TYPE__", "long",
    "__UINTMAX_TYPE__", "unsigned long",
    "__INTPTR_TYPE__", "long",
    "__UINTPTR_TYPE__", "unsigned long",
    "__CHAR16_TYPE__", "unsigned short",
    "__CHAR32_TYPE__", "unsigned int",
    "__INT_LEAST8_TYPE__", "signed char",
    "__INT_LEAST16_TYPE__", "short",
    "__INT_LEAST32_TYPE__", "int",
    "__INT_LEAST64_TYPE__", "long",
    "__UINT_LEAST8_TYPE__", "unsigned char",
    "__UINT_LEAST16_TYPE__", "unsigned short",
    "__UINT_LEAST32_TYPE__", "unsigned int",
    "__UINT_LEAST64_TYPE__", "unsigned long",
    "__INT_FAST8_TYPE__", "signed char",
    "__INT_FAST16_TYPE__", "long",
    "__INT_FAST32_TYPE__", "long",
    "__INT_FAST64_TYPE__", "long",
    "__UINT_FAST8_TYPE__", "unsigned char",
    "__UINT_FAST16_TYPE__", "unsigned long",
    "__UINT_FAST32_TYPE__", "unsigned long",
    "__UINT_FAST64_TYPE__", "unsigned long",
    "__INT8_MAX__", "0x7f",
    "__INT16_MAX__", "0x7fff",
    "__INT32_MAX__", "0x7fffffff",
    "__INT64_MAX__", "0x7fffffffffffffffL",
    "__UINT8_MAX__", "0xff",
    "__UINT16_MAX__", "0xffff",
    "__UINT32_MAX__", "0xffffffffU",
    "__UINT64_MAX__", "0xffffffffffffffffUL",
    "__INT8_C(c)", "c",
    "__INT16_C(c)", "c",
    "__INT32_C(c)", "c",
    "__INT64_C(c)", "c ## L",
    "__UINT8_C(c)", "c",
    "__UINT16_C(c)", "c",
    "__UINT32_C(c)", "c ## U",
    "__UINT64_C(c)", "c ## UL",
    "__INTMAX_C(c)", "c ## L",
    "__UINTMAX_C(c)", "c ## UL",
    "__LDBL_MAX__", "1.18973149535723176502126385303097021e+4932L",
    "__LDBL_MIN__", "3.36210314311209350626267781732175260e-4932L",
    "__LDBL_EPSILON__", "1.08420217248550443400745280086994171e-19L",
    "__FLT_MAX_EXP__", "128",
    "__FLT_MIN_EXP__", "(-125)",
    "__DBL_MAX_EXP__", "1024",
    "__DBL_MIN_EXP__", "(-1021)",
    "__LDBL_MAX_EXP__", "16384",
    "__LDBL_MIN_EXP__", "(-16381)",
    "__FLT_RADIX__", "2",
    "__FLT_EVAL_METHOD__", "0",
    "__DECIMAL_DIG__", "21",
    "__INT8_TYPE__", "signed char",
    "__INT16_TYPE__", "short",
    "__INT32_TYPE__", "int",
    "__INT64_TYPE__", "long",
    "__UINT8_TYPE__", "unsigned char",
    "__UINT16_TYPE__", "unsigned short",
    "__UINT32_TYPE__", "unsigned int",
    "__UINT64_TYPE__", "unsigned long",
    "__SCHAR_MAX__", "0x7f",
    "__SHRT_MAX__", "0x7fff",
    "__INT_MAX__", "0x7fffffff",
    "__LONG_MAX__", "0x7fffffffffffffffL",
    "__LONG_LONG_MAX__", "0x7fffffffffffffffLL",
    "__WCHAR_MAX__", "0x7fffffff",
    "__WCHAR_MIN__", "(-__WCHAR_MAX__ - 1)",
    "__INTMAX_MAX__", "0x7fffffffffffffffL",
    "__UINTMAX_MAX__", "0xffffffffffffffffUL",
    "__SIZE_MAX__", "0xffffffffffffffffUL",
    "__PTRDIFF_MAX__", "0x7fffffffffffffffL",
    "__INTPTR_MAX__", "0x7fffffffffffffffL",
    "__UINTPTR_MAX__", "0xffffffffffffffffUL",
    "__ORDER_LITTLE_ENDIAN__", "1234",
    "__ORDER_BIG_ENDIAN__", "4321",
    "__ORDER_PDP_ENDIAN__", "3412",
    "__BYTE_ORDER__", "__ORDER_LITTLE_ENDIAN__",
    "__FLOAT_WORD_ORDER__", "__ORDER_LITTLE_ENDIAN__",
    "__BIGGEST_ALIGNMENT__", "16",
    "__USER_LABEL_PREFIX__", "",
    "__REGISTER_PREFIX__", "",
    "__OPTIMIZE__", NULL,
    "__NO_INLINE__", "1",
    "__FLT_MIN__", "1.17549435082228750796873653722224568e-38F",
    "__FLT_MAX__", "3.40282346638528859811704183484516925e+38F",
    "__FLT_EPSILON__", "1.19209289550781250000000000000000000e-7F",
    "__DBL_MIN__", "((double)2.22507385850720138309023271733240406e-308L)",
    "__DBL_MAX__", "((double)1.79769313486231570814527423731704357e+308L)",
    "__DBL_EPSILON__", "((double)2.22044604925031308084726333618164062e-16L)",
    "__FLT_MANT_DIG__", "24",
    "__DBL_MANT_DIG__", "53",
    "__LDBL_MANT_DIG__", "64",
    "__FLT_DIG__", "6",
    "__DBL_DIG__", "15",
    "__LDBL_DIG__", "18",
    "__SSE__", "1",
    "__SSE2__", "1",
    "__SSE_MATH__", "1",
    "__SSE2_MATH__", "1",
};

void pp_define_builtins(void) {
  for (size_t i = 0; i < sizeof(predefined) / sizeof(*predefined); i += 2)
    if (predefined[i + 1])
      pp_define(predefined[i], predefined[i + 1]);
  if (opt_std > 198900) // C89 has no __STDC_VERSION__
    pp_define("__STDC_VERSION__", format("%dL", opt_std));
  if (opt_strict_ansi)
    pp_define("__STRICT_ANSI__", "1");
  if (opt_gnu89_inline) {
    pp_undef("__GNUC_STDC_INLINE__");
    pp_define("__GNUC_GNU_INLINE__", "1");
  }
  if (opt_freestanding)
    pp_define("__STDC_HOSTED__", "0");
  if (ty_char->is_unsigned)
    pp_define("__CHAR_UNSIGNED__", "1");

  add_builtin("__FILE__", file_macro);
  add_builtin("__LINE__", line_macro);
  add_builtin("__COUNTER__", counter_macro);
  add_builtin("__INCLUDE_LEVEL__", include_level_macro);
  add_builtin("__BASE_FILE__", base_file_macro);

  time_t now = time(NULL);
  struct tm *tm = localtime(&now);
  pp_define("__DATE__", format_date(tm));
  pp_define("__TIME__", format_time(tm));
}

void pp_init(StringArray *paths) {
  include_paths = *paths;
}

// Reads a file and tokenizes it, all at once or (LAZILY, the main input)
// a chunk at a time; NULL if it cannot be read.  With FREEABLE, the
// tokens go into an arena of their own, stored there; else they are
// kept.
Token *tokenize_file(char *path, bool lazily, Arena **freeable) {
  File *file = read_source_file(path);
  if (!file)
    return NULL;
  strarray_push(&pp_included_files, path);
  if (lazily)
    return tokenize_lazily(file);
  if (freeable)
    return tokenize_freeable(file, freeable);
  Arena *temp = temp_tokens;
  temp_tokens = NULL;
  Token *tok = tokenize(file);
  temp_tokens = temp;
  return tok;
}

static void check_cond_incl_closed(void) {
  if (cond_incl)
    error_tok(cond_incl->tok, "unterminated #%.*s", cond_incl->tok->len, cond_incl->tok->loc);
}

// Entry point function of the preprocessor.
Token *preprocess(Token *tok) {
  base_file = token_file(tok);
  if (pp_keep_defines && !builtin_defines) {
    char *buf;
    size_t len;
    FILE *out = open_memstream(&buf, &len);
    pp_print_macros(out);
    fclose(out);
    builtin_defines = buf;
  }
  tok = preprocess2(tok);
  check_cond_incl_closed();
  return tok;
}

// The output as a stream, for the parser: preprocess_stream() makes the
// first chunk of it, stream_more() each next one.  A chunk holds whole
// top-level declarations (see Cut), and ends in a TK_EOF with `more` set,
// unless it is the last.  The tokens made for a chunk come from
// temp_tokens, and the parser asks for the next chunk when it is done
// with the last, so that they, and the chunks of the input file read
// past, can then be given back: the memory a compilation takes follows
// its largest declaration, not the length of its file.
static Cut stream_cut;
static Token *stream_rest; // the input not yet read
static Arena *stream_arena;

static Token *stream_chunk(void) {
  stream_cut.rest = NULL;
  temp_tokens = stream_arena;
  Token *tok = pp_run(stream_rest, &stream_cut);
  temp_tokens = NULL;
  stream_rest = stream_cut.rest;
  if (!stream_rest)
    check_cond_incl_closed();
  return tok;
}

Token *preprocess_stream(Token *tok) {
  base_file = token_file(tok);
  streaming = true;
  stream_arena = new_arena();
  stream_rest = tok;
  return stream_chunk();
}

Token *stream_more(void) {
  arena_clear(stream_arena);
  release_read_tokens();
  return stream_chunk();
}

// Whether printing b right after a would make them one token.
static bool would_merge(Token *a, Token *b) {
  if (!a)
    return false;
  char x = a->loc[a->len - 1], y = b->loc[0];
  bool an = isalnum((unsigned char)x) || x == '_' || x == '.' || (unsigned char)x >= 0x80;
  bool bn = isalnum((unsigned char)y) || y == '_' || (unsigned char)y >= 0x80;
  if (an && (bn || y == '.' || y == '\'' || y == '"'))
    return true;
  if (a->kind == TK_PP_NUM && (y == '+' || y == '-'))
    return true;
  if (a->kind == TK_PUNCT && b->kind == TK_PUNCT) {
    char buf[8];
    snprintf(buf, sizeof(buf), "%.*s%.*s", a->len < 4 ? a->len : 3, a->loc,
             b->len < 4 ? b->len : 3, b->loc);
    if (strstr(buf, "//") || strstr(buf, "/*"))
      return true;
    static char *two[] = {"<<=", ">>=", "...", "==", "!=", "<=", ">=", "->", "+=", "-=",
                          "*=", "/=", "++", "--", "%=", "&=", "|=", "^=", "&&", "||",
                          "<<", ">>", "##", "%:", "<:", ":>", "<%", "%>", ".."};
    for (size_t i = 0; i < sizeof(two) / sizeof(*two); i++) {
      int n = strlen(two[i]);
      if (n > a->len && !strncmp(buf, two[i], n))
        return true;
    }
  }
  return false;
}

// Whether a token from file B continues the source of file A: the tokens
// the preprocessor makes (__FILE__, stringizing, ##) get a File of their
// own that shares the number of the file they were made in.
static bool same_source(File *a, File *b) {
  return a == b || (a && b && a->file_no && a->file_no == b->file_no);
}

// Prints preprocessed tokens as text with line markers, for -E: tokens
// keep their lines (up to a few blank lines; beyond that a marker), and a
// space goes wherever the source had one or the tokens would merge.
bool pp_line_markers = true;

void pp_print(Token *tok, FILE *out, char *input) {
  File *file = base_file; // after the line marker below
  int line = 1;
  Token *prev = NULL;
  if (pp_line_markers && builtin_defines)
    fprintf(out, "# 1 \"<built-in>\"\n");
  if (builtin_defines)
    fprintf(out, "%s", builtin_defines);
  if (pp_line_markers)
    fprintf(out, "# 1 \"%s\"\n", input);
  bool at_start = true;

  for (; tok->kind != TK_EOF; tok = tok->next) {
    Token *src = tok;
    while (src->origin)
      src = src->origin;

    // #pragma pack, which the preprocessor turned into a marker.
    if (equal(tok, "__9cc_pragma_pack") && tok->next->kind == TK_PP_NUM) {
      int code = atoi(str_ndup(tok->next->loc, tok->next->len));
      if (!at_start)
        fprintf(out, "\n");
      if (code == 100)
        fprintf(out, "#pragma pack(push)\n");
      else if (code == 200)
        fprintf(out, "#pragma pack(pop)\n");
      else if (code == 0)
        fprintf(out, "#pragma pack()\n");
      else
        fprintf(out, "#pragma pack(%d)\n", code);
      tok = tok->next;
      prev = NULL;
      at_start = true;
      line++;
      continue;
    }

    if (!same_source(file, token_file(src)) || src->line_no < line || src->line_no > line + 8) {
      if (!at_start)
        fprintf(out, "\n");
      file = token_file(src);
      line = src->line_no;
      if (pp_line_markers)
        fprintf(out, "# %d \"%s\"\n", line, file->display_name);
      at_start = true;
      prev = NULL;
    } else if (src->line_no > line) {
      // Without line markers (-P), no blank lines keep the lines in step.
      while (line < src->line_no) {
        if (pp_line_markers || !at_start)
          fprintf(out, "\n");
        at_start = true;
        line++;
      }
      at_start = true;
      prev = NULL;
    }

    // -dD's #define or #undef, on a line of its own, its source line's.
    if (is_directive_token(tok)) {
      if (!at_start)
        fprintf(out, "\n");
      fprintf(out, "%.*s\n", tok->len, tok->loc);
      line++;
      at_start = true;
      prev = NULL;
      continue;
    }

    if (tok->kind == TK_EMBED) {
      // #embed's bytes, as the integer constants they stand for.
      static Token last_digit = {.kind = TK_PP_NUM, .loc = "0", .len = 1};
      unsigned char *b = (unsigned char *)tok->str;
      fprintf(out, " %d", b[0]);
      for (int i = 1; i < tok->ty->array_len; i++)
        fprintf(out, ",%d", b[i]);
      at_start = false;
      prev = &last_digit;
      continue;
    }

    if ((!at_start && tok->has_space) || (at_start && tok->has_space) || would_merge(prev, tok))
      fprintf(out, " ");
    fprintf(out, "%.*s", tok->len, tok->loc);
    at_start = false;
    prev = tok;
  }
  fprintf(out, "\n");
}

// A macro's definition as gcc's -dM writes it: the parameters without
// spaces, one space where the body had any, none after a stringizing #.
static void print_macro(Macro *m, FILE *out) {
  fprintf(out, "#define %s", m->name);
  if (!m->is_objlike) {
    fprintf(out, "(");
    for (MacroParam *p = m->params; p; p = p->next)
      fprintf(out, "%s%s", p->name, p->next || m->va_args_name ? "," : "");
    if (m->va_args_name)
      fprintf(out, "%s...", strcmp(m->va_args_name, "__VA_ARGS__") ? m->va_args_name : "");
    fprintf(out, ")");
  }
  bool stringize = false;
  for (Token *t = m->body; t && t->kind != TK_EOF; t = t->next) {
    if (t == m->body || (t->has_space && !stringize))
      fprintf(out, " ");
    fprintf(out, "%.*s", t->len, t->loc);
    stringize = !m->is_objlike && t->len == 1 && *t->loc == '#';
  }
  fprintf(out, "%s\n", m->body && m->body->kind != TK_EOF ? "" : " ");
}

// -dM: every macro defined at the end of the input, as #define lines.
// Those computed where they are used (__LINE__, __FILE__, __COUNTER__...)
// are not listed, as gcc does not list them.
void pp_print_macros(FILE *out) {
  void **vals = hashmap_values(&macros);
  for (int i = 0; vals[i]; i++) {
    Macro *m = vals[i];
    if (!m->handler)
      print_macro(m, out);
  }
}
