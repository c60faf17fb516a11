// vector.c: GNU vector types, __attribute__((vector_size(N))).
//
// A vector is laid out as a struct of its elements (type.c's
// vector_type()), so that it is assigned, passed, returned and
// initialized as a struct already is; codegen.c only passes the 8- and
// 16-byte ones in SSE registers, as the ABI says.  Each operator on
// vectors is written out here element by element, on temporaries, the way
// complex.c writes out complex arithmetic: `a + b` becomes
// `(x = a, y = b, r.0 = x.0 + y.0, ..., r.N-1 = x.N-1 + y.N-1, r)`.
// A scalar operand is converted once and used for every element, where
// gcc allows it (not where the conversion would lose its value).

#include "parse.h"

static bool is_vector_element(Type *ty) {
  return (is_integer(ty) && ty->kind != TY_BOOL && ty->kind != TY_ENUM && !ty->bit_width) ||
         ty->kind == TY_FLOAT || ty->kind == TY_DOUBLE;
}

// The vector of `size` bytes of `ty`'s elements, checked as gcc checks it.
Type *vector_of(Type *ty, int size, Token *tok) {
  if (!is_vector_element(ty))
    error_tok(tok, "invalid vector type for attribute 'vector_size'");
  if (size <= 0 || size % ty->size)
    error_tok(tok, "vector size not an integral multiple of component size");
  int n = size / ty->size;
  if (n & (n - 1))
    error_tok(tok, "number of vector components %d not a power of two", n);
  // Each operator is written out element by element: keep that bounded.
  if (size > 1024)
    error_tok(tok, "vectors of more than 1024 bytes are not supported");
  Type *vty = vector_type(unqual(ty), size);
  return qualified_type(vty, ty->is_const, ty->is_volatile);
}

// vector_size applies to the innermost element or pointed-to type:
// `int *p __attribute__((vector_size(16)))` is a pointer to a vector.
static Type *vector_inside(Type *ty, int size, Token *tok) {
  Type *t;
  if (ty->kind == TY_PTR)
    t = pointer_to(vector_inside(ty->base, size, tok));
  else if (ty->kind == TY_ARRAY)
    t = array_of(vector_inside(ty->base, size, tok), ty->array_len);
  else
    return vector_of(ty, size, tok);
  return qualified_type(t, ty->is_const, ty->is_volatile);
}

// vector_size written after a declarator: `int v __attribute__((vector_size(16)));`.
Type *declared_vector(Type *ty, Attr *attr) {
  if (!attr->vector_size)
    return ty;
  Token *name = ty->name, *pos = ty->name_pos;
  ty = copy_type(vector_inside(ty, attr->vector_size, attr->vector_tok));
  ty->name = name;
  ty->name_pos = pos;
  attr->vector_size = 0;
  return ty;
}

// The i-th element of the vector variable `var`.
static Node *elem(Obj *var, int i, Token *tok) {
  Member *mem = unqual(var->ty)->members;
  for (int j = 0; j < i; j++)
    mem = mem->next;
  Node *node = new_unary(ND_MEMBER, new_var_node(var, tok), tok);
  node->member = mem;
  add_type(node);
  return node;
}

// `var = n` for a new temporary var of n's type (without qualifiers).
static Node *to_temp(Node *n, Obj **var, Token *tok) {
  add_type(n);
  Type *ty = n->ty;
  if (ty->is_const || ty->is_volatile)
    ty = unqual(ty);
  *var = new_lvar("", ty);
  return new_binary(ND_ASSIGN, new_var_node(*var, tok), n, tok);
}

// A variable holding the vector `n`: n itself if it is one, else a
// temporary; *setup gets the code that fills it (or stays as it was).
static Obj *as_var(Node *n, Node **setup, Token *tok) {
  add_type(n);
  if (n->kind == ND_VAR && !n->ty->is_volatile)
    return n->var;
  Obj *var;
  Node *set = to_temp(n, &var, tok);
  *setup = *setup ? new_binary(ND_COMMA, *setup, set, tok) : set;
  return var;
}

static Node *then(Node *a, Node *b, Token *tok) {
  return a ? new_binary(ND_COMMA, a, b, tok) : b;
}

// The address of the first element of a vector lvalue, as an element pointer.
static Node *first_elem_addr(Node *v, Type *elem_ty, Token *tok) {
  return new_cast(new_unary(ND_ADDR, v, tok), pointer_to(elem_ty));
}

static char *op_name(NodeKind kind) {
  switch (kind) {
  case ND_ADD: return "+";
  case ND_SUB: return "-";
  case ND_MUL: return "*";
  case ND_DIV: return "/";
  case ND_MOD: return "%";
  case ND_BITAND: return "&";
  case ND_BITOR: return "|";
  case ND_BITXOR: return "^";
  case ND_SHL: return "<<";
  case ND_SHR: return ">>";
  case ND_EQ: return "==";
  case ND_NE: return "!=";
  case ND_LT: return "<";
  case ND_LE: return "<=";
  default: return "?";
  }
}

static bool is_compare(NodeKind kind) {
  return kind == ND_EQ || kind == ND_NE || kind == ND_LT || kind == ND_LE;
}

static bool needs_integers(NodeKind kind) {
  return kind == ND_MOD || kind == ND_BITAND || kind == ND_BITOR || kind == ND_BITXOR ||
         kind == ND_SHL || kind == ND_SHR;
}

// Can the scalar s become an element of type `el` without losing its value?
// gcc's rule: a constant must fit, another value's type must be no wider.
static bool converts_safely(Node *s, Type *el) {
  Type *ty = s->ty;
  if (s->kind == ND_NUM) {
    if (is_integer(ty) && is_integer(el))
      return ty->size <= el->size || truncate_int(s->val, el) == s->val;
    long double v = is_flonum(ty) ? s->fval
                    : ty->is_unsigned ? (long double)(uint64_t)s->val : (long double)s->val;
    if (el->kind == TY_FLOAT)
      return (float)v == v;
    if (el->kind == TY_DOUBLE)
      return (double)v == v;
    return false;
  }
  if (is_integer(ty) && is_integer(el))
    return ty->size <= el->size;
  if (is_integer(ty))
    return is_flonum(el) && ty->size * 8 <= (el->kind == TY_FLOAT ? 24 : 53);
  return is_flonum(el) && ty->size <= el->size;
}

// The signed integer vector a comparison of vectors of type vt gives.  As
// gcc's, it is "opaque": a copy of that type that may be assigned to and
// from any vector of its size (see vector_assignable()), one per element
// size and vector size.
static Type *opaque_types[9][11];

static int log2_of(int n) {
  int i = 0;
  while ((1 << i) < n)
    i++;
  return i;
}

static Type *compare_type(Type *vt) {
  Type *el = vt->vector_base;
  Type *ints[] = {NULL, ty_schar, ty_short, NULL, ty_int, NULL, NULL, NULL, ty_long};
  Type **slot = &opaque_types[el->size][log2_of(vt->size)];
  if (!*slot)
    *slot = copy_type(vector_type(ints[el->size], vt->size));
  return *slot;
}

// The opaque type ty is or was made from (by typedef or typeof), or NULL.
static Type *opaque_of(Type *ty) {
  for (; ty; ty = ty->origin)
    if (is_vector(ty) && opaque_types[ty->vector_base->size][log2_of(ty->size)] == ty)
      return ty;
  return NULL;
}

// The type of a vector value: without qualifiers or typedef names, but
// still opaque if it was.
static Type *value_type(Type *ty) {
  Type *opaque = opaque_of(ty);
  return opaque ? opaque : unqual(ty);
}

// May a vector of type `from` be assigned to one of type `to` although
// their types differ?  Yes if either is a comparison's result, of the
// same size.
bool vector_assignable(Type *to, Type *from) {
  return is_vector(to) && is_vector(from) && to->size == from->size &&
         (opaque_of(to) || opaque_of(from));
}

static _Noreturn void invalid_operands(NodeKind kind, Type *a, Type *b, Token *tok) {
  error_tok(tok, "invalid operands to binary %s (have '%s' and '%s')", op_name(kind),
            type_name(a), type_name(b));
}

// The vector type of an operation's result and the element type its
// operands are converted to: the left vector operand's, or the only one's.
static Type *operation_type(NodeKind kind, Node *a, Node *b, Token *tok) {
  Type *at = value_type(a->ty), *bt = value_type(b->ty);
  Type *vt = is_vector(at) ? at : bt;
  Type *el = vt->vector_base;
  if (is_vector(at) && is_vector(bt)) {
    Type *ea = at->vector_base, *eb = bt->vector_base;
    bool same = at == bt || (is_integer(ea) && is_integer(eb) && ea->size == eb->size) ||
                vector_assignable(at, bt);
    if (!same || at->size != bt->size)
      invalid_operands(kind, a->ty, b->ty, tok);
  } else {
    // gcc takes integer and floating scalars, but not a _Bool or an enum.
    Node *s = is_vector(at) ? b : a;
    if (!is_numeric(s->ty) || s->ty->kind == TY_BOOL || s->ty->kind == TY_ENUM)
      invalid_operands(kind, a->ty, b->ty, tok);
    // A shift count needs only to be an integer.
    bool count = (kind == ND_SHL || kind == ND_SHR) && s == b && is_integer(s->ty);
    if (!count && !converts_safely(s, el))
      error_tok(tok, "conversion of scalar '%s' to vector '%s' involves truncation",
                type_name(s->ty), type_name(vt));
  }
  if (needs_integers(kind) && !is_integer(el))
    invalid_operands(kind, a->ty, b->ty, tok);
  return vt;
}

// One operand of an element-wise operation: a vector variable's element,
// or the scalar variable used for every element.
static Node *operand(Obj *var, int i, Token *tok) {
  if (is_vector(var->ty))
    return elem(var, i, tok);
  return new_var_node(var, tok);
}

static Node *scalar_operation(NodeKind kind, Node *x, Node *y, Token *tok) {
  switch (kind) {
  case ND_ADD: return new_add(x, y, tok);
  case ND_SUB: return new_sub(x, y, tok);
  case ND_EQ: case ND_NE: case ND_LT: case ND_LE:
    return new_compare(kind, x, y, tok);
  default: return new_binary(kind, x, y, tok);
  }
}

// a op b where a or b is a vector.
Node *vector_binary(NodeKind kind, Node *a, Node *b, Token *tok) {
  add_type(a);
  add_type(b);
  Type *vt = operation_type(kind, a, b, tok);
  Type *el = vt->vector_base;
  Node *setup = NULL;
  // A scalar operand is converted to the element type once (but not a
  // shift count, which keeps its own type).
  if (!is_vector(a->ty))
    a = new_cast(a, el);
  if (!is_vector(b->ty) && kind != ND_SHL && kind != ND_SHR)
    b = new_cast(b, el);
  Obj *x = as_var(a, &setup, tok);
  Obj *y = as_var(b, &setup, tok);

  Type *rt = is_compare(kind) ? compare_type(vt) : vt;
  Obj *r = new_lvar("", rt);
  for (int i = 0; i < vector_len(vt); i++) {
    Node *l = operand(x, i, tok), *rr = operand(y, i, tok);
    // Both elements as the left operand's type, as gcc does.
    if (is_vector(y->ty) && kind != ND_SHL && kind != ND_SHR)
      rr = new_cast(rr, el);
    Node *v = scalar_operation(kind, l, rr, tok);
    if (is_compare(kind))
      v = new_unary(ND_NEG, v, tok); // true is all ones
    Node *set = new_binary(ND_ASSIGN, elem(r, i, tok), new_cast(v, rt->vector_base), tok);
    setup = then(setup, set, tok);
  }
  Node *node = new_binary(ND_COMMA, setup, new_var_node(r, tok), tok);
  add_type(node);
  return node;
}

// -v, ~v or +v.
Node *vector_unary(NodeKind kind, Node *v, Token *tok) {
  add_type(v);
  Type *vt = unqual(v->ty);
  if (kind == ND_BITNOT && !is_integer(vt->vector_base))
    error_tok(tok, "wrong type argument to bit-complement");
  Node *setup = NULL;
  Obj *x = as_var(v, &setup, tok);
  Obj *r = new_lvar("", vt);
  for (int i = 0; i < vector_len(vt); i++) {
    Node *e = elem(x, i, tok);
    if (kind != ND_NULL_EXPR)
      e = new_unary(kind, e, tok);
    Node *set = new_binary(ND_ASSIGN, elem(r, i, tok), new_cast(e, vt->vector_base), tok);
    setup = then(setup, set, tok);
  }
  Node *node = new_binary(ND_COMMA, setup, new_var_node(r, tok), tok);
  add_type(node);
  return node;
}

// `v`'s bytes read as a value of type ty (of the same size).
static Node *reinterpret(Node *v, Type *ty, Token *tok) {
  Obj *t;
  Node *set = to_temp(v, &t, tok);
  Node *val = new_unary(ND_DEREF, new_cast(new_unary(ND_ADDR, new_var_node(t, tok), tok),
                                           pointer_to(ty)), tok);
  Node *node = new_binary(ND_COMMA, set, val, tok);
  add_type(node);
  return node;
}

// (ty)v where ty or v is a vector: the bits of a value of the same size.
Node *vector_cast(Node *v, Type *ty, Token *tok) {
  add_type(v);
  ty = unqual(ty);
  if (is_vector(ty) && is_vector(v->ty)) {
    if (ty->size != v->ty->size)
      error_tok(tok, "cannot convert a value of type '%s' to vector type '%s' which has "
                     "different size", type_name(v->ty), type_name(ty));
  } else if (is_vector(ty)) {
    if (!is_integer(v->ty) && v->ty->kind != TY_PTR)
      error_tok(tok, "cannot convert value to a vector");
    if (v->ty->size != ty->size)
      error_tok(tok, "cannot convert a value of type '%s' to vector type '%s' which has "
                     "different size", type_name(v->ty), type_name(ty));
  } else {
    if (is_flonum(ty))
      error_tok(tok, "aggregate value used where a floating-point was expected");
    if (!is_integer(ty) && ty->kind != TY_PTR)
      error_tok(tok, "conversion to non-scalar type requested");
    if (ty->size != v->ty->size)
      error_tok(tok, "cannot convert a vector of type '%s' to type '%s' which has "
                     "different size", type_name(v->ty), type_name(ty));
  }
  return reinterpret(v, ty, tok);
}

// v[idx]: an element, an lvalue when v is one.
Node *vector_subscript(Node *v, Node *idx, Token *tok) {
  add_type(v);
  add_type(idx);
  if (!is_integer(idx->ty))
    error_tok(tok, "array subscript is not an integer");
  Type *el = v->ty->vector_base;
  if (v->ty->is_const || v->ty->is_volatile)
    el = qualified_type(el, v->ty->is_const, v->ty->is_volatile);
  if (is_lvalue(v))
    return new_unary(ND_DEREF, new_add(first_elem_addr(v, el, tok), idx, tok), tok);
  Obj *t;
  Node *set = to_temp(v, &t, tok);
  Node *e = new_unary(ND_DEREF, new_add(first_elem_addr(new_var_node(t, tok), el, tok), idx, tok),
                      tok);
  return new_binary(ND_COMMA, set, e, tok);
}

// lhs op= rhs, ++lhs and --lhs (rhs 1), and lhs++, lhs-- (old_value):
// p = &lhs, then *p = *p op rhs, giving the new value or the old one.
Node *vector_update(Node *lhs, NodeKind kind, Node *rhs, bool old_value, Token *tok) {
  add_type(lhs);
  Obj *p = new_lvar("", pointer_to(lhs->ty));
  Node *set_p = new_binary(ND_ASSIGN, new_var_node(p, tok), new_unary(ND_ADDR, lhs, tok), tok);
  Node *target = new_unary(ND_DEREF, new_var_node(p, tok), tok);
  Node *old = new_unary(ND_DEREF, new_var_node(p, tok), tok);
  Node *value = vector_binary(kind, old, rhs, tok);
  check_assign_types(lhs->ty, value, tok, "assignment to");
  Node *node;
  if (old_value) {
    Obj *o;
    Node *keep = to_temp(new_unary(ND_DEREF, new_var_node(p, tok), tok), &o, tok);
    value = vector_binary(kind, new_var_node(o, tok), rhs, tok);
    Node *store = new_binary(ND_ASSIGN, target, value, tok);
    node = new_binary(ND_COMMA, new_binary(ND_COMMA, set_p, keep, tok),
                      new_binary(ND_COMMA, store, new_var_node(o, tok), tok), tok);
  } else {
    node = new_binary(ND_COMMA, set_p, new_binary(ND_ASSIGN, target, value, tok), tok);
  }
  add_type(node);
  return node;
}

static void check_int_mask(Node *mask, int len, Type *el, Token *tok) {
  Type *mt = mask->ty;
  if (!is_vector(mt) || !is_integer(mt->vector_base))
    error_tok(tok, "'__builtin_shuffle' last argument must be an integer vector");
  if (vector_len(mt) != len)
    error_tok(tok, "'__builtin_shuffle' number of elements of the argument vector(s) and the "
                   "mask vector should be the same");
  if (mt->vector_base->size != el->size)
    error_tok(tok, "'__builtin_shuffle' argument vector(s) inner type must have the same size "
                   "as inner type of the mask");
}

// __builtin_shuffle(a, mask) and __builtin_shuffle(a, b, mask): element i
// of the result is element mask[i] of a (of a then b), the index taken
// modulo the number of elements there are to choose from.
Node *vector_shuffle(Node *a, Node *b, Node *mask, Token *tok) {
  add_type(a);
  add_type(mask);
  if (!is_vector(a->ty))
    error_tok(tok, "'__builtin_shuffle' arguments must be vectors");
  Type *vt = unqual(a->ty);
  Type *el = vt->vector_base;
  int n = vector_len(vt);
  if (b) {
    add_type(b);
    if (unqual(b->ty) != vt)
      error_tok(tok, "'__builtin_shuffle' argument vectors must be of the same type");
  }
  check_int_mask(mask, n, el, tok);

  // Both sources side by side in one vector of twice the size.
  int from = b ? 2 * n : n;
  Obj *src = new_lvar("", vector_type(el, el->size * from));
  Node *first = new_unary(ND_DEREF, new_cast(new_unary(ND_ADDR, new_var_node(src, tok), tok),
                                             pointer_to(vt)), tok);
  Node *setup = new_binary(ND_ASSIGN, first, a, tok);
  if (b) {
    Node *second = new_unary(ND_DEREF, new_add(new_cast(new_unary(ND_ADDR, new_var_node(src, tok), tok),
                                                        pointer_to(vt)), new_num(1, tok), tok), tok);
    setup = new_binary(ND_COMMA, setup, new_binary(ND_ASSIGN, second, b, tok), tok);
  }
  Obj *m = as_var(mask, &setup, tok);
  Obj *r = new_lvar("", vt);
  for (int i = 0; i < n; i++) {
    Node *idx = new_binary(ND_BITAND, new_cast(elem(m, i, tok), ty_ulong),
                           new_cast(new_num(from - 1, tok), ty_ulong), tok);
    Node *pick = new_unary(ND_DEREF, new_add(first_elem_addr(new_var_node(src, tok), el, tok),
                                             idx, tok), tok);
    setup = new_binary(ND_COMMA, setup, new_binary(ND_ASSIGN, elem(r, i, tok), pick, tok), tok);
  }
  Node *node = new_binary(ND_COMMA, setup, new_var_node(r, tok), tok);
  add_type(node);
  return node;
}

// __builtin_convertvector(v, ty): each element converted as by a cast.
Node *vector_convert(Node *v, Type *ty, Token *tok) {
  add_type(v);
  ty = unqual(ty);
  if (!is_vector(v->ty) || !is_vector(ty))
    error_tok(tok, "'__builtin_convertvector' first argument must be an integer or floating "
                   "vector");
  if (vector_len(v->ty) != vector_len(ty))
    error_tok(tok, "'__builtin_convertvector' number of elements of the first argument vector "
                   "and the second argument vector type should be the same");
  Node *setup = NULL;
  Obj *x = as_var(v, &setup, tok);
  Obj *r = new_lvar("", ty);
  for (int i = 0; i < vector_len(ty); i++) {
    Node *set = new_binary(ND_ASSIGN, elem(r, i, tok), new_cast(elem(x, i, tok), ty->vector_base),
                           tok);
    setup = then(setup, set, tok);
  }
  Node *node = new_binary(ND_COMMA, setup, new_var_node(r, tok), tok);
  add_type(node);
  return node;
}

// -Wpsabi.  9cc passes and returns vectors of 32 and 64 bytes in memory,
// as gcc does without -mavx and -mavx512f; code built with those options
// passes them in ymm and zmm registers, and calls between the two go
// wrong.  As gcc, 9cc warns once in a translation unit of each kind (a
// return or an argument; AVX or AVX512F), and notes once that the passing
// of parameters aligned to 32 bytes or more changed in GCC 4.6.
static void warn_vector_abi(Token *tok, Type *ty, bool is_return) {
  static bool warned[2][2];
  if (!is_vector(ty) || (ty->size != 32 && ty->size != 64))
    return;
  bool avx512 = ty->size == 64;
  if (warned[is_return][avx512])
    return;
  warned[is_return][avx512] = true;
  char *isa = avx512 ? "AVX512F" : "AVX";
  warn_tok(tok, "%s vector %s without %s enabled changes the ABI [-Wpsabi]", isa,
           is_return ? "return" : "argument", isa);
}

static void note_alignment(Token *tok, Type *ty) {
  static bool noted;
  if (noted || ty->align < 32)
    return;
  noted = true;
  note_tok(tok, "the ABI for passing parameters with %d-byte alignment has changed in GCC 4.6",
           ty->align);
}

// A function definition (its parameters' types, args NULL) or a call (its
// arguments, variadic ones too), at tok; gcc's order: a definition's
// note before its argument warning, a call's after.
void check_vector_abi(Token *tok, Type *return_ty, Type *param_tys, Node *args) {
  if (opt_no_psabi)
    return;
  warn_vector_abi(tok, return_ty, true);
  for (Type *t = param_tys; t; t = t->next) {
    note_alignment(tok, t);
    warn_vector_abi(tok, t, false);
  }
  for (Node *arg = args; arg; arg = arg->next) {
    warn_vector_abi(tok, arg->ty, false);
    note_alignment(tok, arg->ty);
  }
}
