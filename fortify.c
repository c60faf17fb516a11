// fortify.c: what glibc's _FORTIFY_SOURCE asks of the compiler.
//
// With -O1 and up and -D_FORTIFY_SOURCE, glibc's headers wrap memcpy,
// strcpy, sprintf, read, fgets... in `extern inline` functions with
// gcc's always_inline and gnu_inline attributes: bodies that exist only
// to be inlined, which ask __builtin_object_size how large the caller's
// buffer is and call __memcpy_chk and friends, which check the size at
// run time.  The size must be computed at the call, so such a function
// has to be inlined for it to mean anything.  9cc does that here, by
// parsing the wrapper's body again at each call, with its parameters
// bound to the arguments: an argument that is an integer constant binds
// its parameter as a constant (so __builtin_constant_p sees it, as gcc
// does once it has inlined), any other one a temporary that remembers
// the argument for __builtin_object_size.  Only the shape glibc's
// wrappers have is expanded: declarations and expression statements,
// then `if (c) return e;` and a final `return e;`.  Conditions that
// fold are decided here, so calls on dead paths are never referenced.
//
// __builtin_object_size computes what gcc computes at -O2 for the
// addresses of declared objects, their members and elements; anything
// else is unknown.  The __builtin___*_chk builtins become the plain
// function where gcc's folding makes them so (size unknown, or a
// constant length that fits) and the glibc __*_chk function otherwise;
// and as gcc does, a fortified printf whose value is unused becomes puts
// and the like where its format allows.  So a fortified program calls the
// same checking functions as gcc's build of it (test/harden.sh).

#include "parse.h"

// Folds an integer expression, as gcc would once inlined: `0 && x`,
// `1 || x` and `c ? a : b` with a constant c are constant whatever x is.
static bool fold_int(Node *node, int64_t *val) {
  add_type(node);
  int64_t a, b;
  switch (node->kind) {
  case ND_LOGAND:
  case ND_LOGOR:
    if (!fold_int(node->lhs, &a))
      return false;
    if ((node->kind == ND_LOGAND) != (a != 0)) {
      *val = a != 0;
      return true;
    }
    if (!fold_int(node->rhs, &b))
      return false;
    *val = b != 0;
    return true;
  case ND_NOT:
    if (!fold_int(node->lhs, &a))
      return false;
    *val = !a;
    return true;
  case ND_COND:
    if (!fold_int(node->cond, &a))
      return false;
    return fold_int(a ? node->then : node->els, val);
  default:
    if (!is_integer(node->ty) || !is_const_expr(node))
      return false;
    *val = eval(node);
    return true;
  }
}

//
// __builtin_object_size
//

// Where a pointer points: into an object of `size` bytes at `offset`, and
// into its closest enclosing subobject (a member, an array's row) of
// `subsize` bytes at `suboffset`.  `plus` says a constant was added to a
// pointer, which loses the subobject for type 3, as it does in gcc.
typedef struct {
  int64_t size, offset;
  int64_t subsize, suboffset;
  bool plus;
} ObjRef;

static bool pointee(Node *node, ObjRef *r);

// The object an lvalue designates.
static bool designated(Node *node, ObjRef *r) {
  switch (node->kind) {
  case ND_VAR: {
    Obj *var = node->var;
    if (var->is_function || var->ty->size <= 0 || var->ty->kind == TY_VLA ||
        (var->ty->kind == TY_ARRAY && var->ty->array_len < 0))
      return false;
    *r = (ObjRef){var->ty->size, 0, var->ty->size, 0, false};
    return true;
  }
  case ND_MEMBER: {
    Member *mem = node->member;
    if (!designated(node->lhs, r) || mem->is_bitfield || mem->ty->size <= 0)
      return false;
    r->offset += mem->offset;
    r->subsize = mem->ty->size;
    r->suboffset = 0;
    return true;
  }
  case ND_DEREF:
    if (!pointee(node->lhs, r))
      return false;
    r->plus = false; // &a[i] is an element, not an address plus i

    // a[i] of a two-dimensional a: the row a[i] is the subobject.
    if (node->ty->kind == TY_ARRAY && node->ty->size > 0) {
      r->subsize = node->ty->size;
      r->suboffset = 0;
    }
    return true;
  case ND_COMMA:
    return designated(node->rhs, r);
  default:
    return false;
  }
}

// What a pointer expression points into.
static bool pointee(Node *node, ObjRef *r) {
  add_type(node);
  if (node->ty->kind == TY_ARRAY)
    return designated(node, r); // an array decays to its first element
  int64_t val;
  Node *idx;
  switch (node->kind) {
  case ND_CAST:
    return (node->lhs->ty->kind == TY_PTR || node->lhs->ty->kind == TY_ARRAY) &&
           pointee(node->lhs, r);
  case ND_ADDR:
    return designated(node->lhs, r);
  case ND_VAR:
    return node->var->inline_arg && pointee(node->var->inline_arg, r);
  case ND_ADD:
  case ND_SUB:
    if (node->lhs->ty->kind != TY_PTR && node->lhs->ty->kind != TY_ARRAY)
      return false;
    // type.c has cast the (scaled) index to the pointer's type.
    idx = node->rhs->kind == ND_CAST ? node->rhs->lhs : node->rhs;
    if (!fold_int(idx, &val) || !pointee(node->lhs, r))
      return false;
    if (node->kind == ND_SUB)
      val = -val;
    r->offset += val;
    r->suboffset += val;
    r->plus = true;
    return true;
  case ND_COMMA:
    return pointee(node->rhs, r);
  default:
    return false;
  }
}

static int64_t remaining(int64_t size, int64_t offset) {
  return offset < 0 || offset > size ? 0 : size - offset;
}

// __builtin_object_size(ptr, type): the bytes from ptr to the end of the
// object (types 0 and 2) or of the subobject (1 and 3); of a choice
// between pointers, the most (0, 1) or the least (2, 3).  Unknown: -1 for
// types 0 and 1, 0 for 2 and 3.
uint64_t object_size(Node *ptr, int type) {
  add_type(ptr);
  if (ptr->kind == ND_COND) {
    uint64_t a = object_size(ptr->then, type), b = object_size(ptr->els, type);
    if (type & 2)
      return a < b ? a : b;
    if (a == (uint64_t)-1 || b == (uint64_t)-1)
      return -1;
    return a > b ? a : b;
  }
  ObjRef r;
  if (!pointee(ptr, &r))
    return (type & 2) ? 0 : (uint64_t)-1;
  if (type == 1 || (type == 3 && !r.plus))
    return remaining(r.subsize, r.suboffset);
  return remaining(r.size, r.offset);
}

//
// The __builtin___*_chk calls
//

// The length of a string literal argument, or -1.
static int64_t literal_length(Node *node) {
  while (node->kind == ND_CAST)
    node = node->lhs;
  if (node->kind == ND_VAR && node->var->is_literal && node->ty->kind == TY_ARRAY &&
      node->ty->base->size == 1)
    return strnlen(node->var->init_data, node->ty->size);
  return -1;
}

static char *literal_text(Node *node) {
  while (node->kind == ND_CAST)
    node = node->lhs;
  if (node->kind == ND_VAR && node->var->is_literal && node->ty->kind == TY_ARRAY &&
      node->ty->base->size == 1)
    return node->var->init_data;
  return NULL;
}

static bool fits(Node *len, uint64_t size) {
  int64_t n;
  return fold_int(len, &n) && (uint64_t)n <= size;
}

// Whether gcc keeps a __{,v}{,s,n}printf_chk of format fmt checked: the
// output's length is only known for a format without %, or for "%s" of a
// literal; and with a flag (level 2) a % format keeps the check.
static bool sprintf_checked(Node **args, int nargs, int fmt, bool counted, bool va, uint64_t os) {
  int64_t flag;
  bool flagged = !fold_int(args[fmt - 2], &flag) || flag;
  char *f = literal_text(args[fmt]);
  if (os != (uint64_t)-1) {
    int64_t len = -1;
    if (counted) {
      if (!fold_int(args[1], &len) || (uint64_t)len > os)
        return true;
    } else {
      if (f && !strchr(f, '%') && (va || nargs == fmt + 1))
        len = strlen(f);
      else if (f && !va && !strcmp(f, "%s") && nargs == fmt + 2)
        len = literal_length(args[fmt + 1]);
      if (len < 0 || (uint64_t)len >= os)
        return true;
    }
  }
  return flagged && (!f || (strchr(f, '%') && strcmp(f, "%s")));
}

// Which call a __builtin___NAME_chk becomes: true for __NAME_chk (with
// the object size), false for NAME.  How gcc folds each of them.
static bool stays_checked(char *name, Node **args, int nargs, uint64_t os) {
  if (!strcmp(name, "sprintf") || !strcmp(name, "vsprintf"))
    return sprintf_checked(args, nargs, 3, false, name[0] == 'v', os);
  if (!strcmp(name, "snprintf") || !strcmp(name, "vsnprintf"))
    return sprintf_checked(args, nargs, 4, true, name[0] == 'v', os);
  if (os == (uint64_t)-1)
    return false;
  if (!strcmp(name, "strcpy") || !strcmp(name, "stpcpy")) {
    int64_t len = literal_length(args[1]);
    return len < 0 || (uint64_t)len >= os;
  }
  if (!strcmp(name, "strcat") || !strcmp(name, "strncat"))
    return true;
  return !fits(args[2], os); // memcpy, mempcpy, memmove, memset, str(n)cpy, stpncpy
}

// The library function `name`, declared or not.
static Obj *library_function(char *name, Token *tok) {
  Token *t = copy_token(tok);
  t->loc = name;
  t->len = strlen(name);
  VarScope *sc = find_var(t);
  if (sc && sc->var && sc->var->is_function)
    return sc->var;
  return library_declaration(t);
}

static Node *library_call(char *name, Node **args, int nargs, Token *tok) {
  Obj *fn = library_function(name, tok);
  Type *ty = fn->ty;
  Node head = {0};
  Node *cur = &head;
  Type *param = ty->params;
  // The arguments may come from another call's list, in another order:
  // their old links go first, or the new list could run into a cycle.
  for (int i = 0; i < nargs; i++)
    args[i]->next = NULL;
  for (int i = 0; i < nargs; i++) {
    if (!param && !ty->is_variadic && !ty->is_oldstyle)
      error_tok(tok, "too many arguments to function '%s'", name);
    cur = cur->next = convert_arg(args[i], ty->is_oldstyle ? NULL : param, tok);
    if (param)
      param = param->next;
  }
  if (param && !ty->is_oldstyle)
    error_tok(tok, "too few arguments to function '%s'", name);
  Node *node = new_unary(ND_FUNCALL, new_var_node(fn, tok), tok);
  node->func_ty = ty;
  node->ty = ty->return_ty;
  node->args = head.next;
  return node;
}

// __builtin___NAME_chk(args..., [flag,] objsize, ...): the position of
// the object size among the arguments, and the arguments the plain
// function takes without it (and the flag).
Node *checked_call(Node **args, int nargs, char *name, Token *tok) {
  bool printf_like = strstr(name, "printf");
  int size_at = !printf_like ? nargs - 1 : strstr(name, "snprintf") ? 3 : 2;
  // (The format follows the size, the length or the flag and size.)
  if (nargs <= size_at + printf_like || (!printf_like && nargs < 3))
    error_tok(tok, "too few arguments to function '__builtin___%s_chk'", name);
  int64_t os;
  if (!fold_int(args[size_at], &os))
    return library_call(format("__%s_chk", name), args, nargs, tok);
  // strncat(d, "abc", n) with n >= 3 is strcat(d, "abc").
  int64_t n, len = literal_length(args[1]);
  if (!strcmp(name, "strncat") && os != -1 && len >= 0 && fold_int(args[2], &n) && n >= len)
    return library_call("__strcat_chk", (Node *[]){args[0], args[1], args[3]}, 3, tok);
  if (stays_checked(name, args, nargs, os))
    return library_call(format("__%s_chk", name), args, nargs, tok);
  // The plain call: without the object size (and the flag before it).
  Node *plain[nargs];
  int nplain = 0;
  for (int i = 0; i < nargs; i++)
    if (i != size_at && !(printf_like && i == size_at - 1))
      plain[nplain++] = args[i];
  return library_call(name, plain, nplain, tok);
}

//
// Expanding glibc's wrappers
//

// The token after the `;` ending the statement at tok, or NULL if a
// `{` or `}` comes first outside parentheses.
static Token *statement_end(Token *tok) {
  int depth = 0;
  for (; tok->kind != TK_EOF; tok = tok->next) {
    if (equal(tok, "(") || equal(tok, "["))
      depth++;
    else if (equal(tok, ")") || equal(tok, "]"))
      depth--;
    else if (depth == 0 && (equal(tok, "{") || equal(tok, "}")))
      return NULL;
    else if (depth == 0 && equal(tok, ";"))
      return tok->next;
  }
  return NULL;
}

// `if (cond) return e;` or with braces: the token after it, or NULL.
static Token *if_return_end(Token *tok) {
  tok = tok->next;
  if (!equal(tok, "("))
    return NULL;
  int depth = 0;
  do {
    if (tok->kind == TK_EOF)
      return NULL;
    depth += equal(tok, "(") - equal(tok, ")");
    tok = tok->next;
  } while (depth > 0);
  bool braced = equal(tok, "{");
  if (braced)
    tok = tok->next;
  if (!equal(tok, "return") || !(tok = statement_end(tok)))
    return NULL;
  if (braced && !equal(tok, "}"))
    return NULL;
  return braced ? tok->next : tok;
}

// Whether a body (its tokens after "{") has the shape expand_inline()
// expands: declarations with initializers and expression statements,
// then `if (c) return e;`s, then `return e;` or the closing brace.
bool is_expandable_body(Token *tok) {
  bool seen_if = false;
  for (;;) {
    if (equal(tok, "}"))
      return true;
    if (equal(tok, "return"))
      return (tok = statement_end(tok)) && equal(tok, "}");
    if (equal(tok, "if")) {
      seen_if = true;
      if (!(tok = if_return_end(tok)))
        return false;
      continue;
    }
    if (seen_if || tok->kind == TK_KEYWORD || equal(tok, "{") || equal(tok, ";") ||
        equal(tok->next, ":"))
      if (!is_typename(tok))
        return false;
    if (!(tok = statement_end(tok)))
      return false;
  }
}

static Node *then_do(Node *first, Node *next, Token *tok) {
  return first ? new_binary(ND_COMMA, first, next, tok) : next;
}

// A parameter or local of the wrapper, bound to its value: a constant if
// the value is an integer constant, else a temporary set first (*pre).
static void bind(Token *name, Type *ty, Node *val, Node **pre, Token *tok) {
  int64_t v;
  val = new_cast(val, ty);
  if (is_integer(ty) && ty->kind != TY_BOOL && fold_int(val, &v)) {
    VarScope *sc = push_scope(get_ident(name));
    sc->enum_ty = ty;
    sc->enum_val = v;
    return;
  }
  Obj *var = new_lvar(get_ident(name), ty);
  var->inline_arg = val;
  *pre = then_do(*pre, new_binary(ND_ASSIGN, new_var_node(var, tok), val, tok), tok);
}

// Leaves out the arms of ?: that a folded condition never takes.
static Node *prune(Node *node) {
  int64_t v;
  switch (node->kind) {
  case ND_CAST:
    node->lhs = prune(node->lhs);
    return node;
  case ND_COMMA:
    node->rhs = prune(node->rhs);
    return node;
  case ND_COND:
    if (fold_int(node->cond, &v))
      return new_cast(prune(v ? node->then : node->els), node->ty);
    node->then = prune(node->then);
    node->els = prune(node->els);
    return node;
  default:
    return node;
  }
}

static Node *returned(Token **rest, Token *tok, Type *rty) {
  Node *node = expr(&tok, tok);
  *rest = skip(tok, ";");
  return prune(new_cast(node, rty));
}

// The body's statements from tok on, as one expression of type rty.
static Node *expand_items(Token *tok, Type *rty, Node **pre, Token *call) {
  if (equal(tok, "}"))
    return new_cast(new_num(0, call), ty_void);
  if (equal(tok, "return"))
    return returned(&tok, tok->next, rty);
  if (equal(tok, "if")) {
    tok = skip(tok->next, "(");
    Node *cond = expr(&tok, tok);
    tok = skip(tok, ")");
    bool braced = consume(&tok, tok, "{");
    Node *then = returned(&tok, skip(tok, "return"), rty);
    if (braced)
      tok = skip(tok, "}");
    int64_t v;
    if (fold_int(cond, &v))
      return v ? then : expand_items(tok, rty, pre, call);
    Node *node = new_node(ND_COND, call);
    node->cond = cond;
    node->then = then;
    node->els = expand_items(tok, rty, pre, call);
    add_type(node);
    return node;
  }
  if (is_typename(tok)) {
    VarAttr attr = {0};
    Type *basety = declspec(&tok, tok, &attr);
    Type *ty = declarator(&tok, tok, basety);
    Node *init = assign(&tok, skip(tok, "="));
    bind(ty->name, ty, init, pre, call);
  } else {
    *pre = then_do(*pre, new_cast(expr(&tok, tok), ty_void), call);
  }
  return expand_items(skip(tok, ";"), rty, pre, call);
}

// A call of an always_inline gnu_inline function, its body put in place
// of the call; NULL where 9cc calls the function instead.
Node *expand_inline(Obj *fn, Node *args, Token *tok) {
  static int depth;
  Type *rty = fn->ty->return_ty;
  if (!fn->inline_body || !current_fn || depth > 8 || rty->kind == TY_STRUCT ||
      rty->kind == TY_UNION)
    return NULL;

  // The body's names are those of file scope and its parameters, not the
  // caller's locals.
  InlineScope saved = enter_inline_scope();
  depth++;
  Node *pre = NULL;
  Node *arg = args;
  for (Type *p = fn->ty->params; p; p = p->next, arg = arg->next) {
    if (p->name)
      bind(p->name, p, arg, &pre, tok);
    else
      pre = then_do(pre, new_cast(arg, ty_void), tok);
  }
  Node *node = expand_items(fn->inline_body, rty, &pre, tok);
  depth--;
  leave_inline_scope(saved);
  node = then_do(pre, node, tok);
  add_type(node);
  return node;
}

//
// printf's checked forms, whose value is unused
//

// gcc turns __printf_chk(flag, "text\n") into puts("text"), "x" into
// putchar('x'), "%s\n" into puts(s), "%c" into putchar(c); and
// __fprintf_chk(fp, flag, "text") into fputs, "%s" into fputs(s, fp), "%c"
// into fputc: when the call's value is not used, and as such calls then
// no longer need checking, they leave the set of __*_chk functions a
// program calls.  NULL where the call stays.
static Node *fold_printf(Node *call) {
  char *name = call->lhs->var->name;
  bool file = !strcmp(name, "__fprintf_chk");
  if (!file && strcmp(name, "__printf_chk"))
    return NULL;
  Node *a[4];
  int n = 0;
  for (Node *arg = call->args; arg; arg = arg->next) {
    if (n == 4)
      return NULL;
    a[n++] = arg;
  }
  int f = file; // the flag's position
  int64_t flag;
  if (n < f + 2 || n > f + 3 || !fold_int(a[f], &flag))
    return NULL;
  char *fmt = literal_text(a[f + 1]);
  Node *arg = n == f + 3 ? a[f + 2] : NULL;
  Token *tok = call->tok;
  if (!fmt)
    return NULL;
  bool text = !strchr(fmt, '%');
  if (text && arg)
    return NULL;
  if (file) {
    if (text && !fmt[0])
      return new_cast(a[0], ty_void);
    if (text || (!strcmp(fmt, "%s") && arg->ty->kind == TY_PTR))
      return library_call("fputs", (Node *[]){text ? a[2] : arg, a[0]}, 2, tok);
    if (!strcmp(fmt, "%c") && arg->ty->kind == TY_INT)
      return library_call("fputc", (Node *[]){arg, a[0]}, 2, tok);
    return NULL;
  }
  if (!strcmp(fmt, "%s") && arg && arg->ty->kind == TY_PTR) {
    fmt = literal_text(arg); // printf("%s", "text") is printf("text")
    if (!fmt)
      return NULL;
    text = true;
  }
  if (text) {
    size_t len = strlen(fmt);
    if (len == 0)
      return new_num(0, tok);
    if (len == 1)
      return library_call("putchar", (Node *[]){new_num((unsigned char)fmt[0], tok)}, 1, tok);
    if (fmt[len - 1] != '\n')
      return NULL;
    Node *s = new_var_node(new_string_literal(str_ndup(fmt, len - 1), array_of(ty_char, len)), tok);
    return library_call("puts", &s, 1, tok);
  }
  if (!strcmp(fmt, "%s\n") && arg->ty->kind == TY_PTR)
    return library_call("puts", &arg, 1, tok);
  if (!strcmp(fmt, "%c") && arg->ty->kind == TY_INT)
    return library_call("putchar", &arg, 1, tok);
  return NULL;
}

static void fold_unused(Node **slot) {
  Node *node = *slot;
  Node **call = node->kind == ND_CAST && node->ty->kind == TY_VOID ? &node->lhs : slot;
  if ((*call)->kind != ND_FUNCALL || (*call)->lhs->kind != ND_VAR)
    return;
  Node *folded = fold_printf(*call);
  if (folded) {
    add_type(folded);
    *call = folded;
  }
}

static void fold_in_node(Node *node);

// Walks a function's body (or any list of nodes) for calls whose value an
// expression statement drops, except the last statement of a statement
// expression: that one is the expression's value.
void fold_unused_calls(Node *list) {
  for (; list; list = list->next)
    fold_in_node(list);
}

static void fold_in_node(Node *node) {
  if (node->kind == ND_STMT_EXPR) {
    for (Node *n = node->body; n; n = n->next)
      if (!n->next && n->kind == ND_EXPR_STMT)
        fold_unused_calls(n->lhs);
      else
        fold_in_node(n);
    return;
  }
  if (node->kind == ND_EXPR_STMT)
    fold_unused(&node->lhs);
  Node *kids[] = {node->lhs, node->rhs, node->cond, node->then, node->els,
                  node->init, node->inc, node->body, node->args};
  for (size_t i = 0; i < sizeof(kids) / sizeof(*kids); i++)
    fold_unused_calls(kids[i]);
}
