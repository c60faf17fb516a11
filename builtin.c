// builtin.c: __builtin_* functions, and what gcc knows of the library.
//
// gcc's builtins that real code and glibc's headers use: some are computed
// in line (__builtin_expect, __builtin_constant_p, overflow checks, bit
// counts), others are calls to the library function of the same name.
// The prototypes gcc knows for library functions give an undeclared call
// to, say, printf its proper type, with gcc's warning.

#include "parse.h"

// The prototypes gcc knows for library functions, used when one is called
// undeclared or as __builtin_NAME.  A signature is "R:PP...": v void, i int,
// l long, z size_t, p pointer, f float, d double, L long double, and a
// trailing "." for "...".
static Type *builtin_prototype(char *name) {
  static struct { char *name; char *sig; } fns[] = {
      {"memcpy", "p:ppz"},  {"memmove", "p:ppz"},  {"memset", "p:piz"},
      {"memcmp", "i:ppz"},  {"memchr", "p:piz"},   {"strlen", "z:p"},
      {"strcpy", "p:pp"},   {"strncpy", "p:ppz"},  {"strcat", "p:pp"},
      {"strncat", "p:ppz"}, {"strcmp", "i:pp"},    {"strncmp", "i:ppz"},
      {"strchr", "p:pi"},   {"strrchr", "p:pi"},   {"strstr", "p:pp"},
      {"strpbrk", "p:pp"},  {"strspn", "z:pp"},    {"strcspn", "z:pp"},
      {"strdup", "p:p"},    {"stpcpy", "p:pp"},    {"strnlen", "z:pz"},
      {"malloc", "p:z"},    {"calloc", "p:zz"},    {"realloc", "p:pz"},
      {"free", "v:p"},      {"abort", "v:"},       {"exit", "v:i"},
      {"_exit", "v:i"},     {"abs", "i:i"},        {"labs", "l:l"},
      {"llabs", "l:l"},     {"fabs", "d:d"},       {"fabsf", "f:f"},
      {"fabsl", "L:L"},     {"sqrt", "d:d"},       {"sqrtf", "f:f"},
      {"sqrtl", "L:L"},     {"copysign", "d:dd"},  {"copysignf", "f:ff"},
      {"copysignl", "L:LL"}, {"floor", "d:d"},     {"ceil", "d:d"},
      {"pow", "d:dd"},      {"exp", "d:d"},        {"log", "d:d"},
      {"sin", "d:d"},       {"cos", "d:d"},        {"fmod", "d:dd"},
      {"printf", "i:p."},   {"fprintf", "i:pp."},  {"sprintf", "i:pp."},
      {"snprintf", "i:pzp."}, {"puts", "i:p"},     {"putchar", "i:i"},
      {"ffs", "i:i"},       {"ffsl", "i:l"},       {"ffsll", "i:l"},
      {"isdigit", "i:i"},   {"isalpha", "i:i"},    {"isspace", "i:i"},
      {"toupper", "i:i"},   {"tolower", "i:i"},    {"atoi", "i:p"},
  };
  for (size_t i = 0; i < sizeof(fns) / sizeof(*fns); i++) {
    if (strcmp(name, fns[i].name))
      continue;
    char *sig = fns[i].sig;
    Type *ret = ty_int;
    Type head = {0};
    Type *cur = &head;
    Type *t;
    bool variadic = false;
    for (char *p = sig; *p; p++) {
      if (*p == ':')
        continue;
      switch (*p) {
      case 'v': t = ty_void; break;
      case 'i': t = ty_int; break;
      case 'l': t = ty_long; break;
      case 'z': t = ty_ulong; break;
      case 'p': t = pointer_to(ty_void); break;
      case 'f': t = ty_float; break;
      case 'd': t = ty_double; break;
      case 'L': t = ty_ldouble; break;
      default: variadic = true; continue;
      }
      if (p == sig)
        ret = t;
      else
        cur = cur->next = copy_type(t);
    }
    Type *ty = func_type(ret);
    ty->params = head.next;
    ty->is_variadic = variadic;
    return ty;
  }
  return NULL;
}

// Declares an undeclared function as `int name()`, as C89 did implicitly.
Obj *implicit_function(Token *tok) {
  char *name = get_ident(tok);
  warn_tok(tok, "implicit declaration of function '%s'", name);
  Type *ty = builtin_prototype(name);
  if (!ty) {
    ty = func_type(ty_int);
    ty->is_oldstyle = true;
    ty->is_variadic = true;
  }
  Obj *fn = xcalloc(1, sizeof(Obj));
  fn->name = name;
  fn->ty = ty;
  fn->tok = tok;
  fn->is_function = true;
  fn->next = globals;
  globals = fn;

  // Visible from here to the end of the file, like a file-scope declaration.
  Scope *sc = scope;
  while (sc->next)
    sc = sc->next;
  VarScope *vs = xcalloc(1, sizeof(VarScope));
  vs->var = fn;
  hashmap_put(&sc->vars, name, vs);
  return fn;
}

static Node *new_builtin(BuiltinKind kind, Node *arg, Type *ty, Token *tok) {
  Node *node = new_unary(ND_BUILTIN, arg, tok);
  node->val = kind;
  if (arg)
    add_type(arg);
  node->ty = ty;
  return node;
}

// Reads "(" assign ("," assign)* ")" into args; returns how many.
static int builtin_args(Token **rest, Token *tok, Node **args, int max) {
  tok = skip(tok, "(");
  int n = 0;
  while (!equal(tok, ")")) {
    if (n)
      tok = skip(tok, ",");
    Node *arg = assign(&tok, tok);
    add_type(arg);
    if (n < max)
      args[n] = arg;
    n++;
  }
  *rest = tok->next;
  return n;
}

// gcc's builtins that are computed in line, or are library functions under
// another name.
static Node *gnu_builtin(Token **rest, Token *tok) {
  static struct { char *name; BuiltinKind kind; Type **arg; Type **ret; } bits[] = {
      {"__builtin_clz", BI_CLZ, &ty_uint, &ty_int},
      {"__builtin_clzl", BI_CLZ, &ty_ulong, &ty_int},
      {"__builtin_clzll", BI_CLZ, &ty_ulong, &ty_int},
      {"__builtin_ctz", BI_CTZ, &ty_uint, &ty_int},
      {"__builtin_ctzl", BI_CTZ, &ty_ulong, &ty_int},
      {"__builtin_ctzll", BI_CTZ, &ty_ulong, &ty_int},
      {"__builtin_popcount", BI_POPCOUNT, &ty_uint, &ty_int},
      {"__builtin_popcountl", BI_POPCOUNT, &ty_ulong, &ty_int},
      {"__builtin_popcountll", BI_POPCOUNT, &ty_ulong, &ty_int},
      {"__builtin_parity", BI_PARITY, &ty_uint, &ty_int},
      {"__builtin_parityl", BI_PARITY, &ty_ulong, &ty_int},
      {"__builtin_parityll", BI_PARITY, &ty_ulong, &ty_int},
      {"__builtin_bswap16", BI_BSWAP, &ty_ushort, &ty_ushort},
      {"__builtin_bswap32", BI_BSWAP, &ty_uint, &ty_uint},
      {"__builtin_bswap64", BI_BSWAP, &ty_ulong, &ty_ulong},
  };
  Token *start = tok;
  Node *args[3];

  for (size_t i = 0; i < sizeof(bits) / sizeof(*bits); i++) {
    if (!equal(tok, bits[i].name))
      continue;
    if (builtin_args(rest, tok->next, args, 1) != 1)
      error_tok(start, "wrong number of arguments to '%s'", bits[i].name);
    if (!is_integer(args[0]->ty))
      error_tok(args[0]->tok, "'%s' takes an integer", bits[i].name);
    return new_builtin(bits[i].kind, new_cast(args[0], *bits[i].arg), *bits[i].ret, start);
  }

  if (equal(tok, "__builtin_signbit") || equal(tok, "__builtin_signbitf") ||
      equal(tok, "__builtin_signbitl")) {
    if (builtin_args(rest, tok->next, args, 1) != 1 || !is_flonum(args[0]->ty))
      error_tok(start, "'__builtin_signbit' takes one floating argument");
    return new_builtin(BI_SIGNBIT, args[0], ty_int, start);
  }

  if (equal(tok, "__builtin_return_address") || equal(tok, "__builtin_frame_address")) {
    if (builtin_args(rest, tok->next, args, 1) != 1 || !is_const_expr(args[0]) ||
        eval(args[0]) < 0)
      error_tok(start, "the argument must be a constant level");
    // Every 9cc frame keeps rbp, so level n is n steps up the rbp chain.
    Node *node = new_builtin(equal(start, "__builtin_return_address") ? BI_RETURN_ADDRESS
                                                                      : BI_FRAME_ADDRESS,
                             NULL, pointer_to(ty_void), start);
    node->begin = eval(args[0]);
    return node;
  }

  if (equal(tok, "__builtin_clrsb") || equal(tok, "__builtin_clrsbl") ||
      equal(tok, "__builtin_clrsbll")) {
    if (builtin_args(rest, tok->next, args, 1) != 1 || !is_integer(args[0]->ty))
      error_tok(start, "'%.*s' takes an integer", start->len, start->loc);
    return new_builtin(BI_CLRSB, new_cast(args[0], equal(start, "__builtin_clrsb") ? ty_int : ty_long),
                       ty_int, start);
  }

  static struct { char *name; BuiltinKind kind; } ovf[] = {
      {"__builtin_add_overflow", BI_ADD_OVERFLOW},
      {"__builtin_sub_overflow", BI_SUB_OVERFLOW},
      {"__builtin_mul_overflow", BI_MUL_OVERFLOW},
  };
  for (size_t i = 0; i < sizeof(ovf) / sizeof(*ovf); i++) {
    if (!equal(tok, ovf[i].name))
      continue;
    if (builtin_args(rest, tok->next, args, 3) != 3)
      error_tok(start, "'%s' takes three arguments", ovf[i].name);
    if (!is_integer(args[0]->ty) || !is_integer(args[1]->ty) ||
        args[2]->ty->kind != TY_PTR || !is_integer(args[2]->ty->base) ||
        args[2]->ty->base->kind == TY_BOOL || args[2]->ty->base->kind == TY_ENUM)
      error_tok(start, "'%s' takes two integers and a pointer to an integer", ovf[i].name);
    // Both operands travel as 64-bit values with their own signedness.
    Node *a = new_cast(args[0], args[0]->ty->is_unsigned && args[0]->ty->size >= 4 ? ty_ulong : ty_long);
    Node *b = new_cast(args[1], args[1]->ty->is_unsigned && args[1]->ty->size >= 4 ? ty_ulong : ty_long);
    Node *node = new_builtin(ovf[i].kind, a, ty_bool, start);
    node->rhs = b;
    node->cond = args[2];
    return node;
  }

  // Complex parts and the conjugate.
  if (equal(tok, "__builtin_conj") || equal(tok, "__builtin_conjf") ||
      equal(tok, "__builtin_conjl") || equal(tok, "__builtin_creal") ||
      equal(tok, "__builtin_crealf") || equal(tok, "__builtin_creall") ||
      equal(tok, "__builtin_cimag") || equal(tok, "__builtin_cimagf") ||
      equal(tok, "__builtin_cimagl")) {
    if (builtin_args(rest, tok->next, args, 1) != 1)
      error_tok(start, "wrong number of arguments to '%.*s'", start->len, start->loc);
    char last = start->loc[start->len - 1];
    Type *base = last == 'f' ? ty_float : last == 'l' ? ty_ldouble : ty_double;
    Node *z = to_complex(args[0], complex_type(base), start);
    if (starts_with(start->loc, "__builtin_conj"))
      return complex_unary(true, z, start);
    return complex_part(z, starts_with(start->loc, "__builtin_cimag"), start);
  }

  if (equal(tok, "__builtin_classify_type")) {
    builtin_args(rest, tok->next, args, 1);
    Type *t = args[0]->ty;
    int c = is_integer(t) ? (t->kind == TY_CHAR ? 2 : t->kind == TY_ENUM ? 3 : t->kind == TY_BOOL ? 4 : 1)
          : is_flonum(t) ? 8
          : t->kind == TY_STRUCT ? 12 : t->kind == TY_UNION ? 13
          : t->kind == TY_VOID ? 0 : 5;
    return new_num(c, start);
  }

  if (equal(tok, "__builtin_choose_expr")) {
    tok = skip(tok->next, "(");
    int64_t c = const_expr(&tok, tok);
    tok = skip(tok, ",");
    Node *a = assign(&tok, tok);
    tok = skip(tok, ",");
    Node *b = assign(&tok, tok);
    *rest = skip(tok, ")");
    return c ? a : b;
  }

  if (equal(tok, "__builtin_unreachable") || equal(tok, "__builtin_trap")) {
    tok = skip(tok->next, "(");
    *rest = skip(tok, ")");
    Token *name = copy_token(start);
    name->loc = "abort";
    name->len = 5;
    VarScope *sc = find_var(name);
    Obj *fn = sc && sc->var ? sc->var : NULL;
    if (!fn) {
      fn = xcalloc(1, sizeof(Obj));
      fn->name = "abort";
      fn->ty = func_type(ty_void);
      fn->is_function = true;
      fn->next = globals;
      globals = fn;
    }
    Node *call = new_unary(ND_FUNCALL, new_var_node(fn, start), start);
    call->func_ty = fn->ty;
    call->ty = ty_void;
    return call;
  }

  if (equal(tok, "__builtin_prefetch") || equal(tok, "__builtin_assume_aligned")) {
    int n = builtin_args(rest, tok->next, args, 3);
    if (equal(start, "__builtin_assume_aligned"))
      return args[0];
    Node *node = new_node(ND_NULL_EXPR, start);
    for (int i = 0; i < n && i < 3; i++)
      node = new_binary(ND_COMMA, node, new_cast(args[i], ty_void), start);
    add_type(node);
    return new_cast(node, ty_void);
  }

  return NULL;
}

Node *builtin_call(Token **rest, Token *tok) {
  if (tok->kind == TK_IDENT && starts_with(tok->loc, "__builtin_")) {
    Node *node = gnu_builtin(rest, tok);
    if (node)
      return node;
  }

  // alloca is gcc's builtin (glibc has no such function).
  if ((equal(tok, "alloca") || equal(tok, "__builtin_alloca")) && equal(tok->next, "(")) {
    tok = skip(tok->next, "(");
    Node *size = assign(&tok, tok);
    *rest = skip(tok, ")");
    add_type(size);
    if (!is_integer(size->ty))
      error_tok(size->tok, "alloca takes an integer size");
    return new_alloca(size);
  }

  // __builtin_va_start(ap, last)
  if (equal(tok, "__builtin_va_start")) {
    Node *node = new_node(ND_VA_START, tok);
    tok = skip(tok->next, "(");
    node->lhs = assign(&tok, tok);
    if (equal(tok, ","))
      assign(&tok, tok->next);
    *rest = skip(tok, ")");
    if (!current_fn || !current_fn->ty->is_variadic)
      error_tok(node->tok, "'va_start' used in function with fixed arguments");
    add_type(node->lhs);
    node->ty = ty_void;
    return node;
  }

  // __builtin_va_arg(ap, type)
  if (equal(tok, "__builtin_va_arg")) {
    Node *node = new_node(ND_VA_ARG, tok);
    tok = skip(tok->next, "(");
    node->lhs = assign(&tok, tok);
    tok = skip(tok, ",");
    Type *ty = typename(&tok, tok);
    *rest = skip(tok, ")");
    node->var = new_lvar("", ty); // va_arg's result lives here
    add_type(node->lhs);
    node->ty = pointer_to(ty);
    return new_unary(ND_DEREF, node, tok);
  }

  // __builtin_va_end(ap): nothing to do, but ap is evaluated.
  if (equal(tok, "__builtin_va_end")) {
    tok = skip(tok->next, "(");
    Node *node = assign(&tok, tok);
    *rest = skip(tok, ")");
    return new_cast(node, ty_void);
  }

  // __builtin_va_copy(dst, src): copy the 24-byte va_list struct.
  if (equal(tok, "__builtin_va_copy")) {
    Token *start = tok;
    tok = skip(tok->next, "(");
    Node *dst = assign(&tok, tok);
    tok = skip(tok, ",");
    Node *src = assign(&tok, tok);
    *rest = skip(tok, ")");
    add_type(dst);
    add_type(src);
    if (!dst->ty->base || !src->ty->base)
      error_tok(start, "va_copy needs two va_list arguments");
    Node *node = new_binary(ND_ASSIGN, new_unary(ND_DEREF, dst, start),
                            new_unary(ND_DEREF, src, start), start);
    return new_cast(node, ty_void);
  }

  return NULL;
}

void declare_builtins(void) {
  // __builtin_va_list is gcc's: an array of one 24-byte struct.
  Type *va = struct_type();
  va->size = 24;
  va->align = 8;
  Member *m = NULL;
  (void)m;
  push_scope("__builtin_va_list")->type_def = array_of(va, 1);
}
