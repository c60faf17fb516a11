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
// l long, z size_t, p pointer, b _Bool, f float, d double, L long double, and a
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
      {"mempcpy", "p:ppz"}, {"stpncpy", "p:ppz"},  {"vsprintf", "i:ppp"},
      {"vsnprintf", "i:pzpp"}, {"fputs", "i:pp"},  {"fputc", "i:ip"},
      // The checking functions of glibc that __builtin___NAME_chk calls.
      {"__memcpy_chk", "p:ppzz"},   {"__mempcpy_chk", "p:ppzz"}, {"__memmove_chk", "p:ppzz"},
      {"__memset_chk", "p:pizz"},   {"__strcpy_chk", "p:ppz"},   {"__stpcpy_chk", "p:ppz"},
      {"__strncpy_chk", "p:ppzz"},  {"__stpncpy_chk", "p:ppzz"}, {"__strcat_chk", "p:ppz"},
      {"__strncat_chk", "p:ppzz"},  {"__sprintf_chk", "i:pizp."}, {"__snprintf_chk", "i:pzizp."},
      {"__vsprintf_chk", "i:pizpp"}, {"__vsnprintf_chk", "i:pzizpp"},
      // 9cc's atomic runtime, with libatomic's interface (see atomic_lock.c).
      {"__atomic_load", "v:zppi"},  {"__atomic_store", "v:zppi"},
      {"__atomic_exchange", "v:zpppi"}, {"__atomic_compare_exchange", "b:zpppii"},
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
      case 'b': t = ty_bool; break;
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
  Obj *fn = xcalloc(1, sizeof(Obj));
  // A library function gcc knows is declared as it knows it, and the
  // program's own declaration, later, replaces that one (as gcc).
  fn->is_builtin_decl = ty != NULL;
  if (!ty) {
    ty = func_type(ty_int);
    ty->is_oldstyle = true;
    ty->is_variadic = true;
  }
  fn->name = name;
  fn->ty = ty;
  fn->tok = keep_token(tok);
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

// One builtin: its name, the function that reads its arguments (from the
// "(" on) and builds its node, and what that function needs to tell the
// names it serves apart.  The table is at the end of the file.
typedef struct Builtin Builtin;
struct Builtin {
  char *name;
  Node *(*parse)(Token **rest, Token *tok, Token *name, Builtin *b);
  int kind;   // a BuiltinKind, a NodeKind, or one of the parser's own
  Type **arg; // the argument's type, where it is fixed
  Type **ret; // the result's type, where it is fixed
};

// __builtin_clz(x) and the other bit counts: one integer argument.
static Node *bit_count(Token **rest, Token *tok, Token *name, Builtin *b) {
  Node *args[1];
  if (builtin_args(rest, tok, args, 1) != 1)
    error_tok(name, "wrong number of arguments to '%s'", b->name);
  if (!is_integer(args[0]->ty))
    error_tok(args[0]->tok, "'%s' takes an integer", b->name);
  return new_builtin(b->kind, new_cast(args[0], *b->arg), *b->ret, name);
}

static Node *signbit(Token **rest, Token *tok, Token *name, Builtin *b) {
  (void)b;
  Node *args[1];
  if (builtin_args(rest, tok, args, 1) != 1 || !is_flonum(args[0]->ty))
    error_tok(name, "'__builtin_signbit' takes one floating argument");
  return new_builtin(BI_SIGNBIT, args[0], ty_int, name);
}

// __builtin_return_address(n), __builtin_frame_address(n).
static Node *frame_walk(Token **rest, Token *tok, Token *name, Builtin *b) {
  Node *args[1];
  if (builtin_args(rest, tok, args, 1) != 1 || !is_const_expr(args[0]) || eval(args[0]) < 0)
    error_tok(name, "the argument must be a constant level");
  // Every 9cc frame keeps rbp, so level n is n steps up the rbp chain.
  Node *node = new_builtin(b->kind, NULL, pointer_to(ty_void), name);
  node->begin = eval(args[0]);
  return node;
}

static Node *clrsb(Token **rest, Token *tok, Token *name, Builtin *b) {
  Node *args[1];
  if (builtin_args(rest, tok, args, 1) != 1 || !is_integer(args[0]->ty))
    error_tok(name, "'%.*s' takes an integer", name->len, name->loc);
  return new_builtin(BI_CLRSB, new_cast(args[0], *b->arg), ty_int, name);
}

// __builtin_add_overflow(a, b, &r) and its sub and mul siblings.
static Node *overflow(Token **rest, Token *tok, Token *name, Builtin *b) {
  Node *args[3];
  if (builtin_args(rest, tok, args, 3) != 3)
    error_tok(name, "'%s' takes three arguments", b->name);
  if (!is_integer(args[0]->ty) || !is_integer(args[1]->ty) ||
      args[2]->ty->kind != TY_PTR || !is_integer(args[2]->ty->base) ||
      args[2]->ty->base->kind == TY_BOOL || args[2]->ty->base->kind == TY_ENUM)
    error_tok(name, "'%s' takes two integers and a pointer to an integer", b->name);
  // Both operands travel as 64-bit values with their own signedness, or
  // as 128-bit ones if __int128 is involved.
  bool wide = is_int128(args[0]->ty) || is_int128(args[1]->ty) || is_int128(args[2]->ty->base);
  Type *s = wide ? ty_int128 : ty_long, *u = wide ? ty_uint128 : ty_ulong;
  Node *x = new_cast(args[0], args[0]->ty->is_unsigned && args[0]->ty->size >= 4 ? u : s);
  Node *y = new_cast(args[1], args[1]->ty->is_unsigned && args[1]->ty->size >= 4 ? u : s);
  Node *node = new_builtin(b->kind, x, ty_bool, name);
  node->rhs = y;
  node->cond = args[2];
  return node;
}

// Complex parts and the conjugate; kind 0 is conj, 1 creal, 2 cimag.
static Node *complex_builtin(Token **rest, Token *tok, Token *name, Builtin *b) {
  Node *args[1];
  if (builtin_args(rest, tok, args, 1) != 1)
    error_tok(name, "wrong number of arguments to '%.*s'", name->len, name->loc);
  Node *z = to_complex(args[0], complex_type(*b->arg), name);
  if (b->kind == 0)
    return complex_unary(true, z, name);
  return complex_part(z, b->kind == 2, name);
}

// __builtin_shuffle(a, mask), __builtin_shuffle(a, b, mask) (vector.c).
static Node *shuffle(Token **rest, Token *tok, Token *name, Builtin *b) {
  (void)b;
  Node *args[3];
  int n = builtin_args(rest, tok, args, 3);
  if (n == 2)
    return vector_shuffle(args[0], NULL, args[1], name);
  if (n == 3)
    return vector_shuffle(args[0], args[1], args[2], name);
  error_tok(name, "wrong number of arguments to '__builtin_shuffle'");
}

// Reads "(" assign "," type-name ")": va_arg's and convertvector's.
static Node *arg_and_type(Token **rest, Token *tok, Type **ty) {
  tok = skip(tok, "(");
  Node *arg = assign(&tok, tok);
  tok = skip(tok, ",");
  *ty = typename(&tok, tok);
  *rest = skip(tok, ")");
  return arg;
}

// __builtin_convertvector(v, type-name).
static Node *convertvector(Token **rest, Token *tok, Token *name, Builtin *b) {
  (void)b;
  Type *ty;
  Node *v = arg_and_type(rest, tok, &ty);
  return vector_convert(v, ty, name);
}

// gcc's type classes (its typeclass.h).
static Node *classify_type(Token **rest, Token *tok, Token *name, Builtin *b) {
  (void)b;
  Node *args[1];
  builtin_args(rest, tok, args, 1);
  Type *t = args[0]->ty;
  int c = is_integer(t) ? (t->kind == TY_CHAR ? 2 : t->kind == TY_ENUM ? 3 : t->kind == TY_BOOL ? 4 : 1)
        : is_flonum(t) ? 8
        : is_vector(t) ? -1 // gcc has no class for vectors
        : t->kind == TY_STRUCT ? 12 : t->kind == TY_UNION ? 13
        : t->kind == TY_VOID ? 0 : 5;
  return new_num(c, name);
}

static Node *choose_expr(Token **rest, Token *tok, Token *name, Builtin *b) {
  (void)name, (void)b;
  tok = skip(tok, "(");
  bool c = const_truth(&tok, tok);
  tok = skip(tok, ",");
  Node *x = assign(&tok, tok);
  tok = skip(tok, ",");
  Node *y = assign(&tok, tok);
  *rest = skip(tok, ")");
  return c ? x : y;
}

// __builtin_unreachable() and __builtin_trap() call abort().
static Node *trap(Token **rest, Token *tok, Token *name, Builtin *b) {
  (void)b;
  tok = skip(tok, "(");
  *rest = skip(tok, ")");
  Token *abort_name = copy_token(name);
  abort_name->loc = "abort";
  abort_name->len = 5;
  VarScope *sc = find_var(abort_name);
  Obj *fn = sc && sc->var ? sc->var : NULL;
  if (!fn) {
    fn = xcalloc(1, sizeof(Obj));
    fn->name = "abort";
    fn->ty = func_type(ty_void);
    fn->is_function = true;
    fn->next = globals;
    globals = fn;
  }
  Node *call = new_unary(ND_FUNCALL, new_var_node(fn, name), name);
  call->func_ty = fn->ty;
  call->ty = ty_void;
  return call;
}

// __builtin_prefetch(p, ...) evaluates its arguments and does nothing.
static Node *prefetch(Token **rest, Token *tok, Token *name, Builtin *b) {
  (void)b;
  Node *args[3];
  int n = builtin_args(rest, tok, args, 3);
  Node *node = new_node(ND_NULL_EXPR, name);
  for (int i = 0; i < n && i < 3; i++)
    node = new_binary(ND_COMMA, node, new_cast(args[i], ty_void), name);
  add_type(node);
  return new_cast(node, ty_void);
}

// __builtin_assume_aligned(p, align, ...) is p.
static Node *assume_aligned(Token **rest, Token *tok, Token *name, Builtin *b) {
  (void)name, (void)b;
  Node *args[3];
  builtin_args(rest, tok, args, 3);
  return args[0];
}

// alloca is gcc's builtin (glibc has no such function).
static Node *alloca_builtin(Token **rest, Token *tok, Token *name, Builtin *b) {
  (void)name, (void)b;
  tok = skip(tok, "(");
  Node *size = assign(&tok, tok);
  *rest = skip(tok, ")");
  add_type(size);
  if (!is_integer(size->ty))
    error_tok(size->tok, "alloca takes an integer size");
  return new_alloca(size);
}

// __builtin_va_start(ap, last)
static Node *va_start_builtin(Token **rest, Token *tok, Token *name, Builtin *b) {
  (void)b;
  Node *node = new_node(ND_VA_START, name);
  tok = skip(tok, "(");
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
static Node *va_arg_builtin(Token **rest, Token *tok, Token *name, Builtin *b) {
  (void)b;
  Node *node = new_node(ND_VA_ARG, name);
  Type *ty;
  node->lhs = arg_and_type(rest, tok, &ty);
  node->var = new_lvar("", ty); // va_arg's result lives here
  add_type(node->lhs);
  node->ty = pointer_to(ty);
  return new_unary(ND_DEREF, node, name);
}

// __builtin_va_end(ap): nothing to do, but ap is evaluated.
static Node *va_end_builtin(Token **rest, Token *tok, Token *name, Builtin *b) {
  (void)name, (void)b;
  tok = skip(tok, "(");
  Node *node = assign(&tok, tok);
  *rest = skip(tok, ")");
  return new_cast(node, ty_void);
}

// __builtin_va_copy(dst, src): copy the 24-byte va_list struct.
static Node *va_copy_builtin(Token **rest, Token *tok, Token *name, Builtin *b) {
  (void)b;
  tok = skip(tok, "(");
  Node *dst = assign(&tok, tok);
  tok = skip(tok, ",");
  Node *src = assign(&tok, tok);
  *rest = skip(tok, ")");
  add_type(dst);
  add_type(src);
  if (!dst->ty->base || !src->ty->base)
    error_tok(name, "va_copy needs two va_list arguments");
  Node *node = new_binary(ND_ASSIGN, new_unary(ND_DEREF, dst, name),
                          new_unary(ND_DEREF, src, name), name);
  return new_cast(node, ty_void);
}

// __builtin_types_compatible_p(type-name, type-name)
static Node *types_compatible(Token **rest, Token *tok, Token *name, Builtin *b) {
  (void)b;
  tok = skip(tok, "(");
  Type *t1 = typename(&tok, tok);
  tok = skip(tok, ",");
  Type *t2 = typename(&tok, tok);
  *rest = skip(tok, ")");
  return new_num(is_compatible(unqual(t1), unqual(t2)), name);
}

// __builtin_offsetof(type-name, member ("." member | "[" expr "]")*)
static Node *offsetof_builtin(Token **rest, Token *tok, Token *name, Builtin *b) {
  (void)b;
  tok = skip(tok, "(");
  Type *ty = typename(&tok, tok);
  tok = skip(tok, ",");
  // Build `&((T *)0)->member...` and fold it.
  Node *node = new_unary(ND_DEREF, new_cast(new_num(0, name), pointer_to(ty)), name);
  node = struct_ref(node, tok);
  tok = tok->next;
  for (;;) {
    if (equal(tok, ".")) {
      node = struct_ref(node, tok->next);
      tok = tok->next->next;
    } else if (equal(tok, "[")) {
      Node *idx = expr(&tok, tok->next);
      tok = skip(tok, "]");
      node = new_unary(ND_DEREF, new_add(node, idx, name), name);
    } else {
      break;
    }
  }
  *rest = skip(tok, ")");
  Node *addr = new_cast(new_unary(ND_ADDR, node, name), ty_ulong);
  if (is_const_offset(addr))
    return new_ulong(eval(addr), name);
  return addr; // a run-time index: computed like any address
}

// __builtin_object_size(ptr, type) and __builtin_dynamic_object_size,
// which 9cc computes alike, at compile time (fortify.c).  ptr is not
// evaluated.
static Node *object_size_builtin(Token **rest, Token *tok, Token *name, Builtin *b) {
  Node *args[2];
  if (builtin_args(rest, tok, args, 2) != 2)
    error_tok(name, "wrong number of arguments to '%s'", b->name);
  if (args[0]->ty->kind != TY_PTR && args[0]->ty->kind != TY_ARRAY)
    error_tok(args[0]->tok, "'%s' takes a pointer", b->name);
  if (!is_integer(args[1]->ty) || !is_const_expr(args[1]) || eval(args[1]) < 0 ||
      eval(args[1]) > 3)
    error_tok(name, "last argument of '%s' is not integer constant between 0 and 3",
              b->name);
  return new_ulong(object_size(args[0], eval(args[1])), name);
}

// __builtin___memcpy_chk(d, s, n, size) and the rest of glibc's checked
// calls: the checking function, or the plain one where the check cannot
// fail (fortify.c).
static Node *chk_builtin(Token **rest, Token *tok, Token *name, Builtin *b) {
  Node *args[16];
  int n = builtin_args(rest, tok, args, 16);
  if (n > 16)
    error_tok(name, "too many arguments to '%s'", b->name);
  char *plain = str_ndup(b->name + 12, strlen(b->name) - 16); // __builtin___NAME_chk
  return checked_call(args, n, plain, name);
}

// __builtin_expect(x, expected) is x, as a long.
static Node *expect(Token **rest, Token *tok, Token *name, Builtin *b) {
  (void)b;
  tok = skip(tok, "(");
  Node *node = assign(&tok, tok);
  tok = skip(tok, ",");
  Node *expected = assign(&tok, tok);
  *rest = skip(tok, ")");
  add_type(node);
  add_type(expected);
  Node *val = new_cast(node, ty_long);
  return new_binary(ND_COMMA, new_cast(expected, ty_void), val, name);
}

// __builtin_constant_p(x): whether x folds to a constant (or is a string
// literal, as gcc says).
static Node *constant_p(Token **rest, Token *tok, Token *name, Builtin *b) {
  (void)b;
  tok = skip(tok, "(");
  Node *node = assign(&tok, tok);
  *rest = skip(tok, ")");
  add_type(node);
  bool is_string = node->kind == ND_VAR && node->var->init_data && !node->var->is_local &&
                   node->ty->kind == TY_ARRAY && node->var->name[0] == '.';
  return new_num(is_string || is_const_expr(node), name);
}

// The quiet comparisons of <math.h>.  9cc's ordered comparisons raise
// no exceptions, so they serve; unordered means a NaN on either side.
// kind is the comparison; isgreater(a, b) and isgreaterequal(a, b) are
// b < a and b <= a (swapped).
static Node *compare(Token **rest, Token *tok, Token *name, Builtin *b, bool swapped) {
  Token *start = name;
  tok = skip(tok, "(");
  Node *x = assign(&tok, tok);
  tok = skip(tok, ",");
  Node *y = assign(&tok, tok);
  *rest = skip(tok, ")");
  add_type(x);
  add_type(y);
  if (!is_numeric(x->ty) || !is_numeric(y->ty))
    error_tok(name, "non-floating-point arguments in call to function '%.*s'", name->len,
              name->loc);
  // These two use each operand twice, so both go to temporaries first.
  if (equal(name, "__builtin_isunordered") || equal(name, "__builtin_islessgreater")) {
    Obj *u = new_lvar("", x->ty), *v = new_lvar("", y->ty);
    Node *set = new_binary(ND_COMMA, new_binary(ND_ASSIGN, new_var_node(u, start), x, start),
                           new_binary(ND_ASSIGN, new_var_node(v, start), y, start), start);
    bool unordered = equal(name, "__builtin_isunordered");
    // unordered: u != u || v != v (a NaN);  lessgreater: u < v || v < u.
    NodeKind kind = unordered ? ND_NE : ND_LT;
    Node *first = new_binary(kind, new_var_node(u, start),
                             new_var_node(unordered ? u : v, start), start);
    Node *second = new_binary(kind, new_var_node(v, start),
                              new_var_node(unordered ? v : u, start), start);
    return new_binary(ND_COMMA, set, new_binary(ND_LOGOR, first, second, start), start);
  }
  if (swapped)
    return new_binary(b->kind, y, x, start);
  return new_binary(b->kind, x, y, start);
}

static Node *quiet_compare(Token **rest, Token *tok, Token *name, Builtin *b) {
  return compare(rest, tok, name, b, false);
}

static Node *quiet_compare_swapped(Token **rest, Token *tok, Token *name, Builtin *b) {
  return compare(rest, tok, name, b, true);
}

//
// Atomics: gcc's __atomic_* and __sync_* builtins, on integers and
// pointers of 1, 2, 4 or 8 bytes and on __int128 (the generic
// __atomic_load and friends also on other objects of those sizes).  The memory order, where it is
// not a constant, is taken as seq_cst, as gcc does.
//

enum { SEQ_CST = 5 };

static int memory_order(Node *order) {
  add_type(order);
  return is_const_expr(order) ? eval(order) : SEQ_CST;
}

// Objects 9cc's atomics handle in one instruction: 1, 2, 4 or 8 bytes.
static bool is_lock_free_size(int64_t sz) {
  return sz == 1 || sz == 2 || sz == 4 || sz == 8;
}

// An integer or pointer of such a size, or an __int128, which lock
// cmpxchg16b handles.  (gcc calls libatomic for those, and
// __atomic_always_lock_free(16, 0) is false there as here: cmpxchg16b is
// not in the first x86-64 processors.)
bool is_lock_free_type(Type *ty) {
  return (is_integer(ty) || ty->kind == TY_PTR) && (is_lock_free_size(ty->size) || is_int128(ty));
}

// The type of the object a pointer argument points to, which must be an
// integer or a pointer of 1, 2, 4 or 8 bytes.
static Type *atomic_object(Node *ptr, Token *name) {
  if (ptr->ty->kind != TY_PTR)
    error_tok(ptr->tok, "argument 1 of '%.*s' must be a pointer type", name->len, name->loc);
  Type *ty = ptr->ty->base;
  // As clang does: the instructions would not wrap a _BitInt at N bits.
  if (ty->bit_width)
    error_tok(ptr->tok, "'%.*s' on a _BitInt is not supported", name->len, name->loc);
  if (!is_lock_free_type(ty))
    error_tok(ptr->tok, "'%.*s' on '%s': 9cc's atomics take integers and pointers of 1, 2, 4, 8 or 16 bytes",
              name->len, name->loc, type_name(ty));
  return ty;
}

// A pointer to an object of 1, 2, 4 or 8 bytes that is no integer (a
// double, a small struct), as a pointer to the unsigned integer of its
// size, for the generic builtins that copy such objects whole.
Node *as_integer_object(Node *ptr) {
  add_type(ptr);
  if (ptr->ty->kind != TY_PTR || is_integer(ptr->ty->base) || ptr->ty->base->kind == TY_PTR)
    return ptr;
  Type *uint_of_size[9] = {NULL, ty_uchar, ty_ushort, NULL, ty_uint, NULL, NULL, NULL, ty_ulong};
  int sz = ptr->ty->base->size;
  if (sz == 16)
    return new_cast(ptr, pointer_to(ty_uint128));
  if (sz < 1 || sz > 8 || !uint_of_size[sz])
    return ptr;
  return new_cast(ptr, pointer_to(uint_of_size[sz]));
}

// Whether an object of type ty is beyond the lock-free instructions: its
// size is not 1, 2, 4, 8 or 16, or it has 16 bytes not known to be aligned
// to 16 (cmpxchg16b faults on less).  Such objects go to 9cc's atomic
// runtime, which protects them with a table of locks (atomic_lock.c).
bool needs_atomic_lock(Type *ty) {
  return !is_lock_free_size(ty->size) && !(ty->size == 16 && ty->align >= 16);
}

// The runtime's function `name`, declared once per file.
static Obj *runtime_function(char *name) {
  for (Obj *fn = globals; fn; fn = fn->next)
    if (fn->is_function && !fn->is_static && !strcmp(fn->name, name))
      return fn;
  Obj *fn = xcalloc(1, sizeof(Obj));
  fn->name = name;
  fn->ty = builtin_prototype(name);
  fn->is_function = true;
  fn->next = globals;
  globals = fn;
  return fn;
}

// A call of the atomic runtime on the object *ptr: libatomic's interface,
// __atomic_load(size, object, ret, order) and the like, whose arguments
// after the object are args.
Node *atomic_runtime_call(char *name, Node *ptr, Node **args, int nargs, Token *tok) {
  add_type(ptr);
  Type *ty = ptr->ty->base;
  if (ty->size <= 0 || ty->kind == TY_VOID || ty->kind == TY_FUNC)
    error_tok(ptr->tok, "'%s' on '%s': an object of unknown size", name, type_name(ty));
  Obj *fn = runtime_function(name);
  Type *param = fn->ty->params;
  Node head = {0}, *cur = &head;
  cur = cur->next = new_cast(new_ulong(ty->size, tok), param);
  cur = cur->next = new_cast(ptr, param->next);
  param = param->next->next;
  for (int i = 0; i < nargs; i++, param = param->next)
    cur = cur->next = new_cast(args[i], param);
  Node *node = new_unary(ND_FUNCALL, new_var_node(fn, tok), tok);
  node->func_ty = fn->ty;
  node->ty = fn->ty->return_ty;
  node->args = head.next;
  return node;
}

// The generic builtin's pointer argument, if it points to an object the
// runtime handles.
static bool runtime_object(Node *ptr) {
  add_type(ptr);
  return ptr->ty->kind == TY_PTR && !is_lock_free_type(ptr->ty->base) &&
         needs_atomic_lock(ptr->ty->base);
}

Node *new_atomic(BuiltinKind kind, Node *ptr, Node *val, Type *ret, int order, Token *name) {
  add_type(ptr);
  Type *ty = atomic_object(ptr, name);
  Node *node = new_builtin(kind, ptr, ret ? ret : ty, name);
  if (val)
    node->rhs = new_cast(val, ty);
  node->begin = order;
  return node;
}

static Node *deref(Node *ptr, Token *tok) {
  return new_unary(ND_DEREF, ptr, tok);
}

// Reads n arguments, each typed.
static void atomic_args(Token **rest, Token *tok, Token *name, Node **args, int n) {
  if (builtin_args(rest, tok, args, n) != n)
    error_tok(name, "wrong number of arguments to '%.*s'", name->len, name->loc);
}

// __atomic_load_n(p, order), __atomic_store_n(p, v, order),
// __atomic_exchange_n(p, v, order)
static Node *atomic_load_n(Token **rest, Token *tok, Token *name, Builtin *b) {
  (void)b;
  Node *args[2];
  atomic_args(rest, tok, name, args, 2);
  return new_atomic(BI_ATOMIC_LOAD, args[0], NULL, NULL, memory_order(args[1]), name);
}

static Node *atomic_store_n(Token **rest, Token *tok, Token *name, Builtin *b) {
  Node *args[3];
  atomic_args(rest, tok, name, args, 3);
  return new_atomic(b->kind, args[0], args[1], b->kind == BI_ATOMIC_STORE ? ty_void : NULL,
                    memory_order(args[2]), name);
}

// The generic forms pass values through pointers: __atomic_load(p, ret,
// order) is *ret = __atomic_load_n(p, order), and so on.
static Node *atomic_load(Token **rest, Token *tok, Token *name, Builtin *b) {
  (void)b;
  Node *args[3];
  atomic_args(rest, tok, name, args, 3);
  if (runtime_object(args[0]))
    return atomic_runtime_call("__atomic_load", args[0], args + 1, 2, name);
  Node *ptr = as_integer_object(args[0]);
  Node *load = new_atomic(BI_ATOMIC_LOAD, ptr, NULL, NULL, memory_order(args[2]), name);
  Node *ret = deref(new_cast(args[1], ptr->ty), name);
  return new_cast(new_binary(ND_ASSIGN, ret, load, name), ty_void);
}

static Node *atomic_store(Token **rest, Token *tok, Token *name, Builtin *b) {
  (void)b;
  Node *args[3];
  atomic_args(rest, tok, name, args, 3);
  if (runtime_object(args[0]))
    return atomic_runtime_call("__atomic_store", args[0], args + 1, 2, name);
  Node *ptr = as_integer_object(args[0]);
  Node *val = deref(new_cast(args[1], ptr->ty), name);
  return new_atomic(BI_ATOMIC_STORE, ptr, val, ty_void, memory_order(args[2]), name);
}

static Node *atomic_exchange(Token **rest, Token *tok, Token *name, Builtin *b) {
  (void)b;
  Node *args[4];
  atomic_args(rest, tok, name, args, 4);
  if (runtime_object(args[0]))
    return atomic_runtime_call("__atomic_exchange", args[0], args + 1, 3, name);
  Node *ptr = as_integer_object(args[0]);
  Node *val = deref(new_cast(args[1], ptr->ty), name);
  Node *xchg = new_atomic(BI_ATOMIC_XCHG, ptr, val, NULL, memory_order(args[3]), name);
  Node *ret = deref(new_cast(args[2], ptr->ty), name);
  return new_cast(new_binary(ND_ASSIGN, ret, xchg, name), ty_void);
}

// __atomic_compare_exchange_n(p, expected, desired, weak, success, failure)
// and __atomic_compare_exchange(p, expected, &desired, ...): whether *p
// was *expected and is now desired; if not, *expected is what *p was.
static Node *atomic_compare_exchange(Token **rest, Token *tok, Token *name, Builtin *b) {
  Node *args[6];
  atomic_args(rest, tok, name, args, 6);
  if (b->kind && runtime_object(args[0])) {
    Node *rest_args[] = {args[1], args[2], args[4], args[5]}; // (`weak` does not matter)
    return atomic_runtime_call("__atomic_compare_exchange", args[0], rest_args, 4, name);
  }
  Node *ptr = b->kind ? as_integer_object(args[0]) : args[0];
  Node *desired = b->kind ? deref(new_cast(args[2], ptr->ty), name) : args[2];
  Node *node = new_atomic(BI_CAS, ptr, desired, ty_bool, memory_order(args[4]), name);
  node->cond = new_cast(args[1], ptr->ty);
  add_type(node->cond);
  return node;
}

// __sync_bool_compare_and_swap(p, old, new), __sync_val_compare_and_swap
static Node *sync_compare_and_swap(Token **rest, Token *tok, Token *name, Builtin *b) {
  Node *args[3];
  atomic_args(rest, tok, name, args, 3);
  Node *node = new_atomic(b->kind, args[0], args[2], b->kind == BI_CAS_BOOL ? ty_bool : NULL,
                          SEQ_CST, name);
  node->cond = new_cast(args[1], args[0]->ty->base);
  add_type(node->cond);
  return node;
}

// __atomic_fetch_add(p, v, order) and the others: the old value;
// __atomic_add_fetch(p, v, order) and the others: the new one.  kind is
// the operator (ND_BITNOT for nand: ~(*p & v)).
static Node *fetch_op(Token **rest, Token *tok, Token *name, Builtin *b, bool sync, bool new_value) {
  Node *args[3];
  int n = builtin_args(rest, tok, args, 3);
  // (__sync_* take and ignore a list of variables after the operand.)
  if (sync ? n < 2 : n != 3)
    error_tok(name, "wrong number of arguments to '%.*s'", name->len, name->loc);
  Node *node = new_atomic(BI_FETCH_OP, args[0], args[1], NULL, 0, name);
  node->begin = b->kind;
  node->end = new_value;
  if (!sync)
    memory_order(args[2]);
  return node;
}

static Node *atomic_fetch_op(Token **rest, Token *tok, Token *name, Builtin *b) {
  return fetch_op(rest, tok, name, b, false, false);
}

static Node *atomic_op_fetch(Token **rest, Token *tok, Token *name, Builtin *b) {
  return fetch_op(rest, tok, name, b, false, true);
}

static Node *sync_fetch_op(Token **rest, Token *tok, Token *name, Builtin *b) {
  return fetch_op(rest, tok, name, b, true, false);
}

static Node *sync_op_fetch(Token **rest, Token *tok, Token *name, Builtin *b) {
  return fetch_op(rest, tok, name, b, true, true);
}

// __sync_lock_test_and_set(p, v) swaps in v (an acquire barrier);
// __sync_lock_release(p) stores 0 (a release barrier).
static Node *sync_lock(Token **rest, Token *tok, Token *name, Builtin *b) {
  Node *args[2];
  int n = builtin_args(rest, tok, args, 2);
  if (b->kind == BI_ATOMIC_XCHG ? n < 2 : n < 1)
    error_tok(name, "wrong number of arguments to '%.*s'", name->len, name->loc);
  if (b->kind == BI_ATOMIC_XCHG)
    return new_atomic(BI_ATOMIC_XCHG, args[0], args[1], NULL, SEQ_CST, name);
  return new_atomic(BI_ATOMIC_STORE, args[0], new_num(0, name), ty_void, 3, name);
}

// __atomic_test_and_set(p, order): whether the byte *p was set; it is now.
// __atomic_clear(p, order): the byte *p = 0.
static Node *atomic_flag(Token **rest, Token *tok, Token *name, Builtin *b) {
  Node *args[2];
  atomic_args(rest, tok, name, args, 2);
  Node *ptr = new_cast(args[0], pointer_to(ty_bool));
  add_type(ptr);
  int order = memory_order(args[1]);
  if (b->kind == BI_TEST_AND_SET)
    return new_atomic(BI_TEST_AND_SET, ptr, NULL, ty_bool, order, name);
  return new_atomic(BI_ATOMIC_STORE, ptr, new_num(0, name), ty_void, order, name);
}

// __atomic_thread_fence(order), __atomic_signal_fence(order) (which
// orders only against this thread's signal handlers: no instruction),
// __sync_synchronize() (a full barrier).
enum { SIGNAL_FENCE, THREAD_FENCE, FULL_BARRIER };

static Node *fence(Token **rest, Token *tok, Token *name, Builtin *b) {
  Node *args[1];
  int n = builtin_args(rest, tok, args, 1);
  Node *node = new_builtin(BI_FENCE, NULL, ty_void, name);
  if (b->kind == THREAD_FENCE && n)
    node->begin = memory_order(args[0]);
  else
    node->begin = b->kind == FULL_BARRIER ? SEQ_CST : 0;
  return node;
}

// __atomic_always_lock_free(size, p), __atomic_is_lock_free(size, p):
// objects of 1, 2, 4 and 8 bytes are.
static Node *lock_free(Token **rest, Token *tok, Token *name, Builtin *b) {
  (void)b;
  Node *args[2];
  atomic_args(rest, tok, name, args, 2);
  if (!is_const_expr(args[0]))
    error_tok(args[0]->tok, "non-constant argument 1 to '%.*s'", name->len, name->loc);
  int64_t sz = eval(args[0]);
  return new_num(is_lock_free_size(sz), name);
}

enum { FP_ISNAN, FP_ISINF, FP_ISINF_SIGN, FP_FINITE };

static Node *floating_constant(double val, Type *ty, Token *tok) {
  Node *node = new_node(ND_NUM, tok);
  node->ty = ty;
  node->fval = val;
  return node;
}

// __builtin_isnan(x) and friends, on a temporary so x is evaluated once.
static Node *classify_float(Token **rest, Token *tok, Token *name, Builtin *b) {
  Token *start = name;
  tok = skip(tok, "(");
  Node *arg = assign(&tok, tok);
  *rest = skip(tok, ")");
  add_type(arg);
  if (!is_numeric(arg->ty))
    error_tok(arg->tok, "non-floating-point argument in call to function '%.*s'",
              name->len, name->loc);
  Type *fty = is_flonum(arg->ty) ? arg->ty : ty_double;
  Obj *t = new_lvar("", fty);
  Node *set = new_binary(ND_ASSIGN, new_var_node(t, start), new_cast(arg, fty), start);
  Node *inf = floating_constant(__builtin_inf(), fty, start);
  Node *ninf = floating_constant(-__builtin_inf(), fty, start);
  Node *res;
  if (b->kind == FP_ISNAN)
    res = new_binary(ND_NE, new_var_node(t, start), new_var_node(t, start), start);
  else if (b->kind == FP_ISINF_SIGN)
    res = new_binary(ND_SUB,
                     new_binary(ND_EQ, new_var_node(t, start), inf, start),
                     new_binary(ND_EQ, new_var_node(t, start), ninf, start), start);
  else if (b->kind == FP_ISINF)
    res = new_binary(ND_LOGOR, new_binary(ND_EQ, new_var_node(t, start), inf, start),
                     new_binary(ND_EQ, new_var_node(t, start), ninf, start), start);
  else // finite: x - x is 0 only for finite x
    res = new_binary(ND_EQ, new_binary(ND_SUB, new_var_node(t, start), new_var_node(t, start), start),
                     new_cast(new_num(0, start), fty), start);
  return new_binary(ND_COMMA, set, res, start);
}

// Floating constants glibc's <math.h> asks for: __builtin_inf() and
// __builtin_huge_val() (kind 0), __builtin_nan("") (kind 1; the string is
// read and ignored: every NaN is the quiet one).
static Node *infinity_or_nan(Token **rest, Token *tok, Token *name, Builtin *b) {
  tok = skip(tok, "(");
  if (b->kind)
    assign(&tok, tok);
  *rest = skip(tok, ")");
  return floating_constant(b->kind ? __builtin_nan("") : __builtin_inf(), *b->ret, name);
}

static Builtin builtins[] = {
    {"__atomic_load_n", atomic_load_n, 0, NULL, NULL},
    {"__atomic_store_n", atomic_store_n, BI_ATOMIC_STORE, NULL, NULL},
    {"__atomic_exchange_n", atomic_store_n, BI_ATOMIC_XCHG, NULL, NULL},
    {"__atomic_compare_exchange_n", atomic_compare_exchange, 0, NULL, NULL},
    {"__atomic_load", atomic_load, 0, NULL, NULL},
    {"__atomic_store", atomic_store, 0, NULL, NULL},
    {"__atomic_exchange", atomic_exchange, 0, NULL, NULL},
    {"__atomic_compare_exchange", atomic_compare_exchange, 1, NULL, NULL},
    {"__atomic_fetch_add", atomic_fetch_op, ND_ADD, NULL, NULL},
    {"__atomic_fetch_sub", atomic_fetch_op, ND_SUB, NULL, NULL},
    {"__atomic_fetch_and", atomic_fetch_op, ND_BITAND, NULL, NULL},
    {"__atomic_fetch_or", atomic_fetch_op, ND_BITOR, NULL, NULL},
    {"__atomic_fetch_xor", atomic_fetch_op, ND_BITXOR, NULL, NULL},
    {"__atomic_fetch_nand", atomic_fetch_op, ND_BITNOT, NULL, NULL},
    {"__atomic_add_fetch", atomic_op_fetch, ND_ADD, NULL, NULL},
    {"__atomic_sub_fetch", atomic_op_fetch, ND_SUB, NULL, NULL},
    {"__atomic_and_fetch", atomic_op_fetch, ND_BITAND, NULL, NULL},
    {"__atomic_or_fetch", atomic_op_fetch, ND_BITOR, NULL, NULL},
    {"__atomic_xor_fetch", atomic_op_fetch, ND_BITXOR, NULL, NULL},
    {"__atomic_nand_fetch", atomic_op_fetch, ND_BITNOT, NULL, NULL},
    {"__atomic_test_and_set", atomic_flag, BI_TEST_AND_SET, NULL, NULL},
    {"__atomic_clear", atomic_flag, BI_ATOMIC_STORE, NULL, NULL},
    {"__atomic_thread_fence", fence, THREAD_FENCE, NULL, NULL},
    {"__atomic_signal_fence", fence, SIGNAL_FENCE, NULL, NULL},
    {"__atomic_always_lock_free", lock_free, 0, NULL, NULL},
    {"__atomic_is_lock_free", lock_free, 0, NULL, NULL},
    {"__sync_synchronize", fence, FULL_BARRIER, NULL, NULL},
    {"__sync_fetch_and_add", sync_fetch_op, ND_ADD, NULL, NULL},
    {"__sync_fetch_and_sub", sync_fetch_op, ND_SUB, NULL, NULL},
    {"__sync_fetch_and_and", sync_fetch_op, ND_BITAND, NULL, NULL},
    {"__sync_fetch_and_or", sync_fetch_op, ND_BITOR, NULL, NULL},
    {"__sync_fetch_and_xor", sync_fetch_op, ND_BITXOR, NULL, NULL},
    {"__sync_fetch_and_nand", sync_fetch_op, ND_BITNOT, NULL, NULL},
    {"__sync_add_and_fetch", sync_op_fetch, ND_ADD, NULL, NULL},
    {"__sync_sub_and_fetch", sync_op_fetch, ND_SUB, NULL, NULL},
    {"__sync_and_and_fetch", sync_op_fetch, ND_BITAND, NULL, NULL},
    {"__sync_or_and_fetch", sync_op_fetch, ND_BITOR, NULL, NULL},
    {"__sync_xor_and_fetch", sync_op_fetch, ND_BITXOR, NULL, NULL},
    {"__sync_nand_and_fetch", sync_op_fetch, ND_BITNOT, NULL, NULL},
    {"__sync_bool_compare_and_swap", sync_compare_and_swap, BI_CAS_BOOL, NULL, NULL},
    {"__sync_val_compare_and_swap", sync_compare_and_swap, BI_CAS_VAL, NULL, NULL},
    {"__sync_lock_test_and_set", sync_lock, BI_ATOMIC_XCHG, NULL, NULL},
    {"__sync_lock_release", sync_lock, BI_ATOMIC_STORE, NULL, NULL},
    {"__builtin_clz", bit_count, BI_CLZ, &ty_uint, &ty_int},
    {"__builtin_clzl", bit_count, BI_CLZ, &ty_ulong, &ty_int},
    {"__builtin_clzll", bit_count, BI_CLZ, &ty_ulong, &ty_int},
    {"__builtin_ctz", bit_count, BI_CTZ, &ty_uint, &ty_int},
    {"__builtin_ctzl", bit_count, BI_CTZ, &ty_ulong, &ty_int},
    {"__builtin_ctzll", bit_count, BI_CTZ, &ty_ulong, &ty_int},
    {"__builtin_popcount", bit_count, BI_POPCOUNT, &ty_uint, &ty_int},
    {"__builtin_popcountl", bit_count, BI_POPCOUNT, &ty_ulong, &ty_int},
    {"__builtin_popcountll", bit_count, BI_POPCOUNT, &ty_ulong, &ty_int},
    {"__builtin_parity", bit_count, BI_PARITY, &ty_uint, &ty_int},
    {"__builtin_parityl", bit_count, BI_PARITY, &ty_ulong, &ty_int},
    {"__builtin_parityll", bit_count, BI_PARITY, &ty_ulong, &ty_int},
    {"__builtin_bswap16", bit_count, BI_BSWAP, &ty_ushort, &ty_ushort},
    {"__builtin_bswap32", bit_count, BI_BSWAP, &ty_uint, &ty_uint},
    {"__builtin_bswap64", bit_count, BI_BSWAP, &ty_ulong, &ty_ulong},
    {"__builtin_clrsb", clrsb, 0, &ty_int, &ty_int},
    {"__builtin_clrsbl", clrsb, 0, &ty_long, &ty_int},
    {"__builtin_clrsbll", clrsb, 0, &ty_long, &ty_int},
    {"__builtin_signbit", signbit, 0, NULL, NULL},
    {"__builtin_signbitf", signbit, 0, NULL, NULL},
    {"__builtin_signbitl", signbit, 0, NULL, NULL},
    {"__builtin_return_address", frame_walk, BI_RETURN_ADDRESS, NULL, NULL},
    {"__builtin_frame_address", frame_walk, BI_FRAME_ADDRESS, NULL, NULL},
    {"__builtin_add_overflow", overflow, BI_ADD_OVERFLOW, NULL, NULL},
    {"__builtin_sub_overflow", overflow, BI_SUB_OVERFLOW, NULL, NULL},
    {"__builtin_mul_overflow", overflow, BI_MUL_OVERFLOW, NULL, NULL},
    {"__builtin_conj", complex_builtin, 0, &ty_double, NULL},
    {"__builtin_conjf", complex_builtin, 0, &ty_float, NULL},
    {"__builtin_conjl", complex_builtin, 0, &ty_ldouble, NULL},
    {"__builtin_creal", complex_builtin, 1, &ty_double, NULL},
    {"__builtin_crealf", complex_builtin, 1, &ty_float, NULL},
    {"__builtin_creall", complex_builtin, 1, &ty_ldouble, NULL},
    {"__builtin_cimag", complex_builtin, 2, &ty_double, NULL},
    {"__builtin_cimagf", complex_builtin, 2, &ty_float, NULL},
    {"__builtin_cimagl", complex_builtin, 2, &ty_ldouble, NULL},
    {"__builtin_classify_type", classify_type, 0, NULL, NULL},
    {"__builtin_choose_expr", choose_expr, 0, NULL, NULL},
    {"__builtin_unreachable", trap, 0, NULL, NULL},
    {"__builtin_trap", trap, 0, NULL, NULL},
    {"__builtin_prefetch", prefetch, 0, NULL, NULL},
    {"__builtin_assume_aligned", assume_aligned, 0, NULL, NULL},
    {"__builtin_alloca", alloca_builtin, 0, NULL, NULL},
    {"alloca", alloca_builtin, 0, NULL, NULL},
    {"__builtin_va_start", va_start_builtin, 0, NULL, NULL},
    {"__builtin_va_arg", va_arg_builtin, 0, NULL, NULL},
    {"__builtin_va_end", va_end_builtin, 0, NULL, NULL},
    {"__builtin_va_copy", va_copy_builtin, 0, NULL, NULL},
    {"__builtin_types_compatible_p", types_compatible, 0, NULL, NULL},
    {"__builtin_shuffle", shuffle, 0, NULL, NULL},
    {"__builtin_convertvector", convertvector, 0, NULL, NULL},
    {"__builtin_offsetof", offsetof_builtin, 0, NULL, NULL},
    {"__builtin_expect", expect, 0, NULL, NULL},
    {"__builtin_constant_p", constant_p, 0, NULL, NULL},
    {"__builtin_object_size", object_size_builtin, 0, NULL, NULL},
    {"__builtin_dynamic_object_size", object_size_builtin, 0, NULL, NULL},
    {"__builtin___memcpy_chk", chk_builtin, 0, NULL, NULL},
    {"__builtin___mempcpy_chk", chk_builtin, 0, NULL, NULL},
    {"__builtin___memmove_chk", chk_builtin, 0, NULL, NULL},
    {"__builtin___memset_chk", chk_builtin, 0, NULL, NULL},
    {"__builtin___strcpy_chk", chk_builtin, 0, NULL, NULL},
    {"__builtin___stpcpy_chk", chk_builtin, 0, NULL, NULL},
    {"__builtin___strncpy_chk", chk_builtin, 0, NULL, NULL},
    {"__builtin___stpncpy_chk", chk_builtin, 0, NULL, NULL},
    {"__builtin___strcat_chk", chk_builtin, 0, NULL, NULL},
    {"__builtin___strncat_chk", chk_builtin, 0, NULL, NULL},
    {"__builtin___sprintf_chk", chk_builtin, 0, NULL, NULL},
    {"__builtin___snprintf_chk", chk_builtin, 0, NULL, NULL},
    {"__builtin___vsprintf_chk", chk_builtin, 0, NULL, NULL},
    {"__builtin___vsnprintf_chk", chk_builtin, 0, NULL, NULL},
    {"__builtin_isgreater", quiet_compare_swapped, ND_LT, NULL, NULL},
    {"__builtin_isgreaterequal", quiet_compare_swapped, ND_LE, NULL, NULL},
    {"__builtin_isless", quiet_compare, ND_LT, NULL, NULL},
    {"__builtin_islessequal", quiet_compare, ND_LE, NULL, NULL},
    {"__builtin_islessgreater", quiet_compare, ND_NE, NULL, NULL},
    {"__builtin_isunordered", quiet_compare, ND_EQ, NULL, NULL},
    {"__builtin_isnan", classify_float, FP_ISNAN, NULL, NULL},
    {"__builtin_isnanf", classify_float, FP_ISNAN, NULL, NULL},
    {"__builtin_isnanl", classify_float, FP_ISNAN, NULL, NULL},
    {"__builtin_isinf", classify_float, FP_ISINF, NULL, NULL},
    {"__builtin_isinff", classify_float, FP_ISINF, NULL, NULL},
    {"__builtin_isinfl", classify_float, FP_ISINF, NULL, NULL},
    {"__builtin_isinf_sign", classify_float, FP_ISINF_SIGN, NULL, NULL},
    {"__builtin_isfinite", classify_float, FP_FINITE, NULL, NULL},
    {"__builtin_finite", classify_float, FP_FINITE, NULL, NULL},
    {"__builtin_finitef", classify_float, FP_FINITE, NULL, NULL},
    {"__builtin_inf", infinity_or_nan, 0, NULL, &ty_double},
    {"__builtin_inff", infinity_or_nan, 0, NULL, &ty_float},
    {"__builtin_infl", infinity_or_nan, 0, NULL, &ty_ldouble},
    {"__builtin_huge_val", infinity_or_nan, 0, NULL, &ty_double},
    {"__builtin_huge_valf", infinity_or_nan, 0, NULL, &ty_float},
    {"__builtin_huge_vall", infinity_or_nan, 0, NULL, &ty_ldouble},
    {"__builtin_nan", infinity_or_nan, 1, NULL, &ty_double},
    {"__builtin_nanf", infinity_or_nan, 1, NULL, &ty_float},
    {"__builtin_nanl", infinity_or_nan, 1, NULL, &ty_ldouble},
    {"__builtin_nans", infinity_or_nan, 1, NULL, &ty_double},
    {"__builtin_nansf", infinity_or_nan, 1, NULL, &ty_float},
    {"__builtin_nansl", infinity_or_nan, 1, NULL, &ty_ldouble},
};

static HashMap builtin_map;

static void fill_builtin_map(void) {
  if (!builtin_map.capacity)
    for (size_t i = 0; i < sizeof(builtins) / sizeof(*builtins); i++)
      hashmap_put(&builtin_map, builtins[i].name, &builtins[i]);
}

// The builtin a call `name(` names, or NULL.  Only names of builtins are
// looked up: a plain identifier costs a comparison of its first bytes.
static Builtin *find_builtin(Token *tok) {
  if (tok->kind != TK_IDENT || !equal(tok->next, "("))
    return NULL;
  if (!starts_with(tok->loc, "__builtin_") && !starts_with(tok->loc, "__atomic_") &&
      !starts_with(tok->loc, "__sync_") && !equal(tok, "alloca"))
    return NULL;
  fill_builtin_map();
  return hashmap_get_n(&builtin_map, tok->loc, tok->len);
}

// Whether __has_builtin(name) is true: a builtin of the table, the type
// __builtin_va_list, or __builtin_NAME for a library function gcc knows.
bool is_builtin_name(char *name, int len) {
  fill_builtin_map();
  if (hashmap_get_n(&builtin_map, name, len))
    return true;
  char *s = str_ndup(name, len);
  return !strcmp(s, "__builtin_va_list") ||
         (starts_with(s, "__builtin_") && builtin_prototype(s + 10));
}

// A call of a builtin: its node, or NULL if tok names no builtin.
Node *builtin_call(Token **rest, Token *tok) {
  Builtin *b = find_builtin(tok);
  return b ? b->parse(rest, tok->next, tok, b) : NULL;
}

// `__builtin_memcpy(` and the like, which no builtin computes: the library
// function of the name without the prefix.
Node *builtin_library_function(Token *tok) {
  Token *name = copy_token(tok);
  name->loc += 10;
  name->len -= 10;
  VarScope *sc = find_var(name);
  if (sc && sc->var && sc->var->is_function)
    return new_var_node(sc->var, tok);
  return new_var_node(library_declaration(name), tok);
}

// The declaration a builtin's library function gets if the program has
// none: implicit, without the warning, and replaced by the program's.
Obj *library_declaration(Token *name) {
  bool nowarn = opt_nowarn;
  opt_nowarn = true;
  Obj *fn = implicit_function(name);
  opt_nowarn = nowarn;
  fn->is_builtin_decl = true;
  return fn;
}

void declare_builtins(void) {
  // ISO/IEC TS 18661-3's _FloatN and _FloatNx, as glibc's headers mean
  // them; glibc, taking 9cc for an old gcc, typedefs the same ones again.
  push_scope("_Float32")->type_def = ty_float;
  push_scope("_Float64")->type_def = ty_double;
  push_scope("_Float32x")->type_def = ty_double;
  push_scope("_Float64x")->type_def = ty_ldouble;
  push_scope("_Float128")->type_def = ty_float128;
  // gcc's names for the 128-bit integer types, typedefs rather than keywords.
  push_scope("__int128_t")->type_def = ty_int128;
  push_scope("__uint128_t")->type_def = ty_uint128;

  // __builtin_va_list is gcc's: an array of one 24-byte struct.
  Type *va = struct_type();
  va->size = 24;
  va->align = 8;
  push_scope("__builtin_va_list")->type_def = array_of(va, 1);
}
