// ops.c: the typed node each operator builds.
//
// The grammar in expr.c decides what is an operand; this file decides
// what an operator means for its operands' types: pointer arithmetic
// scaled by the pointee's size, comparisons and their checks, compound
// assignments rewritten as plain ones, ++ and --, member access, the
// conversions of arguments to their parameters' types, and the folding of
// operations on constants.  The warnings gcc gives for questionable
// conversions come from here.

#include "parse.h"

Node *new_sp_node(NodeKind kind, Obj *var, Token *tok) {
  Node *node = new_node(kind, tok);
  node->var = var;
  node->ty = ty_void;
  return node;
}

Node *new_binary(NodeKind kind, Node *lhs, Node *rhs, Token *tok) {
  Node *node = new_node(kind, tok);
  node->lhs = lhs;
  node->rhs = rhs;
  return node;
}

Node *new_unary(NodeKind kind, Node *expr, Token *tok) {
  Node *node = new_node(kind, tok);
  node->lhs = expr;
  return node;
}

static Node *new_long(int64_t val, Token *tok) {
  Node *node = new_num(val, tok);
  node->ty = ty_long;
  return node;
}

Node *new_ulong(long val, Token *tok) {
  Node *node = new_num(val, tok);
  node->ty = ty_ulong;
  return node;
}

Node *new_var_node(Obj *var, Token *tok) {
  Node *node = new_node(ND_VAR, tok);
  node->var = var;
  return node;
}

Node *new_vla_ptr(Obj *var, Token *tok) {
  Node *node = new_node(ND_VLA_PTR, tok);
  node->var = var;
  return node;
}

// Whether an lvalue is a variable or a member of one (`x`, `s.a.b`):
// evaluating it twice costs nothing and has no effect, so `A op= C` can
// read and write it without first saving its address.  Not a VLA, which
// is reached through a hidden pointer, nor anything volatile, which must
// be read once.
static bool is_named_lvalue(Node *node) {
  add_type(node);
  if (node->ty->is_volatile)
    return false;
  if (node->kind == ND_MEMBER)
    return is_named_lvalue(node->lhs);
  return node->kind == ND_VAR && node->var->ty->kind != TY_VLA;
}

// An expression without side effects that reads nothing volatile, such as
// `p->next->count` or `a[i + 1]`: evaluated twice with no store in
// between, it names the same object and has the same value.
//
// (Not every binary operator: division may trap, and the comparisons have
// not been needed.)
static bool is_pure(Node *node) {
  add_type(node);
  if (node->ty->is_volatile)
    return false;
  switch (node->kind) {
  case ND_NUM:
    return true;
  case ND_VAR:
    return node->var->ty->kind != TY_VLA;
  case ND_CAST:
  case ND_MEMBER:
  case ND_DEREF:
  case ND_NEG:
  case ND_BITNOT:
    return is_pure(node->lhs);
  case ND_ADD:
  case ND_SUB:
  case ND_MUL:
  case ND_BITAND:
  case ND_BITOR:
  case ND_BITXOR:
  case ND_SHL:
  case ND_SHR:
    return is_pure(node->lhs) && is_pure(node->rhs);
  default:
    return false;
  }
}

// A variable or constant, perhaps converted.
static bool is_leaf(Node *node) {
  while (node->kind == ND_CAST)
    node = node->lhs;
  return node->kind == ND_VAR || node->kind == ND_NUM;
}

// An lvalue whose address costs a load or two, so that naming it twice is
// cheaper than keeping its address: x, x.a, *p, p->x, a[i], a[i].x, for
// variables p, a and i (or a constant index).
static bool is_cheap_lvalue(Node *node) {
  while (node->kind == ND_MEMBER)
    node = node->lhs;
  if (node->kind != ND_DEREF)
    return node->kind == ND_VAR;
  Node *addr = node->lhs;
  if (addr->kind != ND_ADD)
    return is_leaf(addr);
  Node *idx = addr->rhs;
  while (idx->kind == ND_CAST)
    idx = idx->lhs;
  if (idx->kind == ND_MUL)
    return is_leaf(addr->lhs) && is_leaf(idx->lhs) && is_leaf(idx->rhs);
  return is_leaf(addr->lhs) && is_leaf(idx);
}

// Converts op= operators to expressions containing an assignment.
//
// In general, `A op= C` is converted to ``tmp = &A, *tmp = *tmp op B`.
// However, if a given expression is of form `A.x op= C`, the input is
// converted to `tmp = &A, (*tmp).x = (*tmp).x op C` to handle assignments
// to bitfields.
Node *to_assign(Node *binary) {
  add_type(binary->lhs);
  add_type(binary->rhs);
  Token *tok = binary->tok;

  // A variable or a member of one is named again at no cost: `A = A op C`.
  // So is `*p`, `p->x` or `a[i]` if C changes nothing that names it, and
  // any such lvalue when C is an integer constant: the code generator then
  // updates it in place.
  Node *lhs = binary->lhs;
  if (is_named_lvalue(lhs) ||
      (is_pure(lhs) && is_pure(binary->rhs) &&
       (is_cheap_lvalue(lhs) || (is_integer(lhs->ty) && binary->rhs->kind == ND_NUM))))
    return new_binary(ND_ASSIGN, binary->lhs, binary, tok);

  // Convert `A.x op= C` to `tmp = &A, (*tmp).x = (*tmp).x op C`.
  if (binary->lhs->kind == ND_MEMBER) {
    Obj *var = new_lvar("", pointer_to(binary->lhs->lhs->ty));

    Node *expr1 = new_binary(ND_ASSIGN, new_var_node(var, tok),
                             new_unary(ND_ADDR, binary->lhs->lhs, tok), tok);

    Node *expr2 = new_unary(ND_MEMBER,
                            new_unary(ND_DEREF, new_var_node(var, tok), tok),
                            tok);
    expr2->member = binary->lhs->member;

    Node *expr3 = new_unary(ND_MEMBER,
                            new_unary(ND_DEREF, new_var_node(var, tok), tok),
                            tok);
    expr3->member = binary->lhs->member;

    Node *expr4 = new_binary(ND_ASSIGN, expr2,
                             new_binary(binary->kind, expr3, binary->rhs, tok),
                             tok);

    return new_binary(ND_COMMA, expr1, expr4, tok);
  }

  // Convert `A op= C` to ``tmp = &A, *tmp = *tmp op B`.
  Obj *var = new_lvar("", pointer_to(binary->lhs->ty));

  Node *expr1 = new_binary(ND_ASSIGN, new_var_node(var, tok),
                           new_unary(ND_ADDR, binary->lhs, tok), tok);

  Node *expr2 =
      new_binary(ND_ASSIGN,
                 new_unary(ND_DEREF, new_var_node(var, tok), tok),
                 new_binary(binary->kind,
                            new_unary(ND_DEREF, new_var_node(var, tok), tok),
                            binary->rhs,
                            tok),
                 tok);

  return new_binary(ND_COMMA, expr1, expr2, tok);
}

// Checks that `node` may be assigned to.
void check_assignable(Node *node, Token *tok) {
  add_type(node);
  if (!is_lvalue(node)) {
    if (node->kind == ND_VAR && node->ty->kind == TY_FUNC)
      error_tok(tok, "lvalue required as left operand of assignment");
    error_tok(tok, "lvalue required as left operand of assignment");
  }
  if (node->ty->kind == TY_ARRAY)
    error_tok(tok, "assignment to expression with array type");
  if (node->ty->kind == TY_VOID) // *p with p a void *
    error_tok(tok, "invalid use of void expression");
  if (node->ty->is_const) {
    if (node->kind == ND_VAR)
      error_tok(tok, "assignment of read-only variable '%s'", node->var->name);
    if (node->kind == ND_DEREF && node->lhs->kind == ND_VAR)
      error_tok(tok, "assignment of read-only location '*%s'", node->lhs->var->name);
    if (node->kind == ND_MEMBER && node->member->name)
      error_tok(tok, "assignment of read-only member '%.*s'", node->member->name->len,
                node->member->name->loc);
    error_tok(tok, "assignment of read-only location");
  }
}

void check_incdec(Node *node, Token *tok, char *op) {
  add_type(node);
  if (!is_lvalue(node) || node->ty->kind == TY_ARRAY)
    error_tok(tok, "lvalue required as %s operand", op);
  if (node->ty->kind == TY_VOID)
    error_tok(tok, "invalid use of void expression");
  if (node->ty->is_const) {
    if (node->kind == ND_VAR)
      error_tok(tok, "%s of read-only variable '%s'",
                equal(tok, "++") ? "increment" : "decrement", node->var->name);
    error_tok(tok, "%s of read-only location", equal(tok, "++") ? "increment" : "decrement");
  }
}

// An integer constant 0, or (void *)0, or nullptr: a null pointer constant.
static bool is_null_constant(Node *node) {
  while (node->kind == ND_CAST && (is_integer(node->ty) || node->ty->kind == TY_PTR))
    node = node->lhs;
  return node->kind == ND_NUM && is_integer(node->ty) && node->val == 0;
}

// The error for a value of type `rt` where one of type `ty` is needed, in
// gcc's words for the context `what` (as warn_conversion()'s).
static _Noreturn void incompatible(Type *ty, Type *rt, Token *tok, char *what) {
  if (!strcmp(what, "initialization of"))
    error_tok(tok, "incompatible types when initializing type '%s' using type '%s'",
              type_name(ty), type_name(rt));
  if (!strcmp(what, "returning to"))
    error_tok(tok, "incompatible types when returning type '%s' but '%s' was expected",
              type_name(rt), type_name(ty));
  error_tok(tok, "incompatible types when assigning to type '%s' from type '%s'",
            type_name(ty), type_name(rt));
}

// Checks the value converted as if by assignment to an object of type `ty`:
// assigned, a scalar initialized or returned (`what` says which), or passed
// as an argument.  C makes every mix of a pointer with a non-integer a
// constraint violation; gcc lets an integer go with a warning, but not a
// _Bool or an enum for a pointer (nor a pointer for an enum), and so
// does 9cc.
void check_assign_types(Type *ty, Node *rhs, Token *tok, char *what) {
  add_type(rhs);
  Type *rt = rhs->ty;
  if (is_float128(ty) != is_float128(rt))
    error_float128(tok);
  if (is_aggregate(ty)) {
    if (!same_aggregate(ty, rt) && !vector_assignable(ty, rt))
      incompatible(ty, rt, tok, what);
    return;
  }
  if (is_aggregate(rt))
    incompatible(ty, rt, tok, what);
  if (rt->kind == TY_VOID)
    error_tok(tok, "void value not ignored as it ought to be");
  bool rp = rt->kind == TY_PTR || rt->kind == TY_ARRAY || rt->kind == TY_VLA || rt->kind == TY_FUNC;
  if (ty->kind == TY_PTR && !rp && !is_null_constant(rhs) &&
      (is_flonum(rt) || rt->kind == TY_BOOL || rt->kind == TY_ENUM))
    incompatible(ty, rt, tok, what);
  if ((is_flonum(ty) || ty->kind == TY_ENUM) && rp)
    incompatible(ty, rt, tok, what);
  warn_conversion(ty, rhs, tok, what);
}

// The warnings gcc gives by default for questionable conversions on
// assignment, initialization and argument passing.  `what` is "assignment
// to", "initialization of" or "passing argument of".
void warn_conversion(Type *ty, Node *rhs, Token *tok, char *what) {
  Type *rt = rhs->ty;
  // C23: nullptr_t converts to pointers and bool only, and only nullptr
  // and null pointer constants convert to it.
  if (is_nullptr_t(rt) && !is_nullptr_t(ty) && ty->kind != TY_PTR && ty->kind != TY_BOOL)
    error_tok(tok, "%s '%s' from 'nullptr_t', which converts only to a pointer or bool", what,
              type_name(ty));
  if (is_nullptr_t(ty) && !is_nullptr_t(rt) && !is_null_constant(rhs))
    error_tok(tok, "%s 'nullptr_t' from '%s', which is not a null pointer constant", what,
              type_name(rt));
  if (rt->kind == TY_ARRAY || rt->kind == TY_VLA)
    rt = pointer_to(rt->base);
  else if (rt->kind == TY_FUNC)
    rt = pointer_to(rt);

  if (ty->kind == TY_PTR && rt->kind == TY_PTR) {
    Type *a = ty->base, *b = rt->base;
    if (a->kind == TY_VOID || b->kind == TY_VOID)
      return;
    if (!is_compatible(unqual(a), unqual(b)) &&
        !(is_integer(a) && is_integer(b) && a->size == b->size))
      warn_tok(tok, "%s '%s' from incompatible pointer type '%s'", what, type_name(ty),
               type_name(rt));
    else if (!is_compatible(unqual(a), unqual(b)) && is_integer(a))
      warn_tok(tok, "pointer targets in %s '%s' from '%s' differ in signedness", what,
               type_name(ty), type_name(rt));
    return;
  }
  if (ty->kind == TY_PTR && is_integer(rt)) {
    if (is_null_constant(rhs))
      return;
    warn_tok(tok, "%s '%s' from '%s' makes pointer from integer without a cast", what,
             type_name(ty), type_name(rt));
    return;
  }
  if (is_integer(ty) && ty->kind != TY_BOOL && rt->kind == TY_PTR)
    warn_tok(tok, "%s '%s' from '%s' makes integer from pointer without a cast", what,
             type_name(ty), type_name(rt));
}

// 9cc has no binary128 arithmetic: a _Float128 value can be copied and
// its address taken, but it is never an operand nor converted.
_Noreturn void error_float128(Token *tok) {
  error_tok(tok, "a _Float128 value in arithmetic or a conversion: 9cc has no binary128 arithmetic");
}

void refuse_float128(Node *node, Token *tok) {
  add_type(node);
  if (is_float128(node->ty))
    error_float128(tok);
}

static void refuse_float128_operands(Node *lhs, Node *rhs, Token *tok) {
  refuse_float128(lhs, tok);
  refuse_float128(rhs, tok);
}

static void check_integer_operands(Node *node) {
  add_type(node->lhs);
  add_type(node->rhs);
  refuse_float128_operands(node->lhs, node->rhs, node->tok);
  if (!is_integer(node->lhs->ty) || !is_integer(node->rhs->ty))
    error_tok(node->tok, "invalid operands to binary %.*s (have '%s' and '%s')",
              node->tok->len, node->tok->loc, type_name(node->lhs->ty),
              type_name(node->rhs->ty));
}

void check_arith_operands(Node *node) {
  add_type(node->lhs);
  add_type(node->rhs);
  refuse_float128_operands(node->lhs, node->rhs, node->tok);
  if (!is_numeric(node->lhs->ty) || !is_numeric(node->rhs->ty))
    error_tok(node->tok, "invalid operands to binary %.*s (have '%s' and '%s')",
              node->tok->len, node->tok->loc, type_name(node->lhs->ty),
              type_name(node->rhs->ty));
}

// An operation on two integer constants is a constant: `(1 << 18) - 1`
// needs no code, as with gcc.  Division by zero and shifts by more than
// the width are left for run time, where C says they are undefined.
Node *fold_constants(Node *node) {
  // Typing the node converts its operands; to_assign() still needs the
  // unconverted left one of `x += 1`, so leave anything else untyped.
  if (node->lhs->kind != ND_NUM || node->rhs->kind != ND_NUM)
    return node;
  add_type(node);
  Node *l = node->lhs, *r = node->rhs;
  if (l->kind != ND_NUM || r->kind != ND_NUM || !is_integer(l->ty) || !is_integer(r->ty) ||
      !is_integer(node->ty) || is_int128(node->ty))
    return node;
  switch (node->kind) {
  case ND_DIV:
  case ND_MOD:
    if (r->val == 0)
      return node;
    break;
  case ND_SHL:
  case ND_SHR:
    if ((uint64_t)r->val >= (uint64_t)l->ty->size * 8)
      return node;
    break;
  default:
    if (!is_binary_op(node->kind))
      return node;
  }
  Node *num = new_num(truncate_int(eval(node), node->ty), node->tok);
  num->ty = node->ty;
  return num;
}

// A condition (of if, a loop, ?:, && or ||) must be a scalar; a complex
// number is one here, compared with zero.
Node *truth_value(Node *node) {
  refuse_float128(node, node->tok);
  Type *ty = node->ty;
  if (ty->kind == TY_VOID)
    error_tok(node->tok, "void value not ignored as it ought to be");
  if (is_vector(ty))
    error_tok(node->tok, "used vector type where scalar is required");
  if (ty->kind == TY_STRUCT && !is_complex(ty))
    error_tok(node->tok, "used struct type value where scalar is required");
  if (ty->kind == TY_UNION)
    error_tok(node->tok, "used union type value where scalar is required");
  return node;
}

static bool either_vector(Node *lhs, Node *rhs) {
  add_type(lhs);
  add_type(rhs);
  return is_vector(lhs->ty) || is_vector(rhs->ty);
}

Node *new_int_binary(NodeKind kind, Node *lhs, Node *rhs, Token *tok) {
  if (either_vector(lhs, rhs))
    return vector_binary(kind, lhs, rhs, tok);
  Node *node = new_binary(kind, lhs, rhs, tok);
  check_integer_operands(node);
  return fold_constants(node);
}

// Comparison operands must both be arithmetic, or both be pointers (or a
// pointer and an integer, which gcc accepts with a warning).
Node *new_compare(NodeKind kind, Node *lhs, Node *rhs, Token *tok) {
  add_type(lhs);
  add_type(rhs);
  if (either_vector(lhs, rhs))
    return vector_binary(kind, lhs, rhs, tok);
  refuse_float128_operands(lhs, rhs, tok);
  if ((kind == ND_EQ || kind == ND_NE) && (is_complex(lhs->ty) || is_complex(rhs->ty)))
    return complex_binary(kind, lhs, rhs, tok);
  Type *l = lhs->ty, *r = rhs->ty;
  bool lp = l->base || l->kind == TY_FUNC, rp = r->base || r->kind == TY_FUNC;
  if ((!is_numeric(l) && !lp) || (!is_numeric(r) && !rp) ||
      (lp && is_flonum(r)) || (rp && is_flonum(l)))
    error_tok(tok, "invalid operands to binary %.*s (have '%s' and '%s')", tok->len,
              tok->loc, type_name(l), type_name(r));
  return fold_constants(new_binary(kind, lhs, rhs, tok));
}

// The size of what a pointer points to, as a node (VLAs know it at run time).
static Node *pointee_size(Type *ptr, Token *tok) {
  // `const struct child *` written before struct child's definition
  // (glibc's argp.h): the qualified copy catches up.
  Type *base = complete_type(ptr->base);
  if (base->kind == TY_VLA)
    return new_var_node(base->vla_size, tok);
  if (base->kind == TY_VOID || base->kind == TY_FUNC)
    return new_long(1, tok); // GNU: arithmetic on void* and function pointers
  if (base->size < 0 || ((base->kind == TY_STRUCT || base->kind == TY_UNION) && base->size < 0))
    error_tok(tok, "arithmetic on pointer to an incomplete type");
  return new_long(base->size, tok);
}

// The offset in bytes of `n` elements of what `ptr` points to: a constant
// when `n` and the element size are (`p + 1` adds 8 to a long *).
static Node *scaled_index(Node *n, Type *ptr, Token *tok) {
  Node *size = pointee_size(ptr, tok);
  n = new_cast(n, ty_long);
  if (n->kind == ND_NUM && size->kind == ND_NUM)
    return new_long((int64_t)((uint64_t)n->val * (uint64_t)size->val), tok);
  return new_binary(ND_MUL, n, size, tok);
}

// In C, `+` operator is overloaded to perform the pointer arithmetic.
// If p is a pointer, p+n adds not n but sizeof(*p)*n to the value of p,
// so that p+n points to the location n elements (not bytes) ahead of p.
// In other words, we need to scale an integer value before adding to a
// pointer value. This function takes care of the scaling.
// C23: nullptr_t has no arithmetic (nor has _Float128 here).
static void check_not_nullptr(Node *lhs, Node *rhs, Token *tok) {
  refuse_float128_operands(lhs, rhs, tok);
  if (is_nullptr_t(lhs->ty) || is_nullptr_t(rhs->ty))
    error_tok(tok, "invalid operands to binary %.*s (have '%s' and '%s')", tok->len, tok->loc,
              type_name(lhs->ty), type_name(rhs->ty));
}

Node *new_add(Node *lhs, Node *rhs, Token *tok) {
  add_type(lhs);
  add_type(rhs);
  if (either_vector(lhs, rhs))
    return vector_binary(ND_ADD, lhs, rhs, tok);
  check_not_nullptr(lhs, rhs, tok);
  if (is_complex(lhs->ty) || is_complex(rhs->ty))
    return complex_binary(ND_ADD, lhs, rhs, tok);

  // num + num
  if (is_numeric(lhs->ty) && is_numeric(rhs->ty))
    return fold_constants(new_binary(ND_ADD, lhs, rhs, tok));

  if (lhs->ty->base && rhs->ty->base)
    error_tok(tok, "invalid operands to binary + (have '%s' and '%s')",
              type_name(lhs->ty), type_name(rhs->ty));

  // Canonicalize `num + ptr` to `ptr + num`.
  if (!lhs->ty->base && rhs->ty->base) {
    Node *tmp = lhs;
    lhs = rhs;
    rhs = tmp;
  }

  if (!lhs->ty->base || !is_integer(rhs->ty))
    error_tok(tok, "invalid operands to binary + (have '%s' and '%s')",
              type_name(lhs->ty), type_name(rhs->ty));

  // ptr + num
  rhs = scaled_index(rhs, lhs->ty, tok);
  return new_binary(ND_ADD, lhs, rhs, tok);
}

// Like `+`, `-` is overloaded for the pointer type.
Node *new_sub(Node *lhs, Node *rhs, Token *tok) {
  add_type(lhs);
  add_type(rhs);
  if (either_vector(lhs, rhs))
    return vector_binary(ND_SUB, lhs, rhs, tok);
  check_not_nullptr(lhs, rhs, tok);
  if (is_complex(lhs->ty) || is_complex(rhs->ty))
    return complex_binary(ND_SUB, lhs, rhs, tok);

  // num - num
  if (is_numeric(lhs->ty) && is_numeric(rhs->ty))
    return fold_constants(new_binary(ND_SUB, lhs, rhs, tok));

  // ptr - num
  if (lhs->ty->base && is_integer(rhs->ty)) {
    rhs = scaled_index(rhs, lhs->ty, tok);
    add_type(rhs);
    Node *node = new_binary(ND_SUB, lhs, rhs, tok);
    node->ty = lhs->ty->kind == TY_PTR ? lhs->ty : pointer_to(lhs->ty->base);
    return node;
  }

  // ptr - ptr, which returns how many elements are between the two, of one
  // type (C11 6.5.6p3).  (Integers of one size differing in sign pass, as
  // in pointer assignments: warn_conversion() warns of those.)
  if (lhs->ty->base && rhs->ty->base) {
    Type *a = unqual(lhs->ty->base), *b = unqual(rhs->ty->base);
    if (!is_compatible(a, b) && !(is_integer(a) && is_integer(b) && a->size == b->size))
      error_tok(tok, "invalid operands to binary - (have '%s' and '%s')", type_name(lhs->ty),
                type_name(rhs->ty));
    Node *node = new_binary(ND_SUB, new_cast(lhs, ty_long), new_cast(rhs, ty_long), tok);
    node->ty = ty_long;
    return new_binary(ND_DIV, node, pointee_size(lhs->ty, tok), tok);
  }

  error_tok(tok, "invalid operands to binary - (have '%s' and '%s')",
            type_name(lhs->ty), type_name(rhs->ty));
}

// -x, and for a constant x the constant -x: `-1.5` needs no negation at
// run time.
Node *new_neg(Node *operand, Token *tok) {
  Type *ty = operand->ty;
  if (operand->kind == ND_NUM && is_flonum(ty)) {
    Node *node = new_num(0, tok);
    node->ty = ty;
    node->fval = -operand->fval;
    return node;
  }
  if (operand->kind == ND_NUM && is_integer(ty) && ty->size >= 4 && ty->kind != TY_ENUM) {
    Node *node = new_num(0, tok);
    node->ty = ty;
    node->val = truncate_int((int64_t)(0 - (uint64_t)operand->val), ty);
    return node;
  }
  return new_unary(ND_NEG, operand, tok);
}

// ~x, and for a constant x the constant ~x: masks written as
// `~(~(unsigned)0 << n) << p`, as Lua's instruction decoding does, need
// no code, and the binary operators around them fold too.
Node *new_bitnot(Node *operand, Token *tok) {
  Type *ty = operand->ty;
  if (operand->kind == ND_NUM && is_integer(ty) && ty->size >= 4 && ty->kind != TY_ENUM) {
    Node *node = new_num(0, tok);
    node->ty = ty;
    node->val = truncate_int(~operand->val, ty);
    return node;
  }
  return new_unary(ND_BITNOT, operand, tok);
}

// Create a node representing a struct member access, such as foo.bar
// where foo is a struct and bar is a member name.
//
// C has a feature called "anonymous struct" which allows a struct to
// have another unnamed struct as a member like this:
//
//   struct { struct { int a; }; int b; } x;
//
// The members of an anonymous struct belong to the outer struct's
// member namespace. Therefore, in the above example, you can access
// member "a" of the anonymous struct as "x.a".
//
// This function takes care of anonymous structs.
Node *struct_ref(Node *node, Token *tok) {
  add_type(node);
  complete_type(node->ty);
  Token *op = tok->prev ? tok->prev : tok; // the "." or "->"
  if (tok->kind != TK_IDENT)
    error_tok(tok, "expected identifier before %s", tok_desc(tok));
  if (node->ty->kind != TY_STRUCT && node->ty->kind != TY_UNION)
    error_tok(op, "request for member '%.*s' in something not a structure or union",
              tok->len, tok->loc);
  if (node->ty->size < 0)
    error_tok(op, "invalid use of undefined type '%s'", type_name(node->ty));

  Type *ty = node->ty;
  bool is_const = ty->is_const;

  for (;;) {
    Member *mem = get_struct_member(ty, tok);
    if (!mem)
      error_tok(op, "'%s' has no member named '%.*s'", type_name(node->ty), tok->len,
                tok->loc);
    node = new_unary(ND_MEMBER, node, tok);
    node->member = mem;
    if (is_const && !mem->ty->is_const) {
      // A member of a const struct is const.
      Member *m2 = xcalloc(1, sizeof(Member));
      *m2 = *mem;
      m2->ty = qualified_type(mem->ty, true, false);
      node->member = m2;
    }
    if (mem->name)
      break;
    ty = mem->ty;
  }
  return node;
}

// A reference to the object a saved pointer points to: `*p`, or `p->m`
// when the operand was a struct member (which may be a bitfield).
static Node *saved_ref(Obj *p, Member *mem, Token *tok) {
  Node *node = new_unary(ND_DEREF, new_var_node(p, tok), tok);
  if (!mem)
    return node;
  node = new_unary(ND_MEMBER, node, tok);
  node->member = mem;
  return node;
}

// A++ is `p = &A, old = *p, *p = old + 1, old`: A is evaluated once, and
// the result is the old value even where the new one wraps (bitfields,
// _Bool).
Node *new_inc_dec(Node *node, Token *tok, int addend) {
  add_type(node);
  Member *mem = node->kind == ND_MEMBER ? node->member : NULL;

  // For a named integer or pointer (or one reached through pure pointer
  // arithmetic, such as p->n or a[i]), `(T)((A += 1) - 1)` gives the old value
  // too, without temporaries, and is just `A += 1` when the value is
  // unused.  Not for _Bool or bitfields, whose new value may wrap to
  // something that does not give the old one back, nor for floating point,
  // where x + 1 - 1 may not be x.
  if (is_pure(node) && (!mem || !mem->is_bitfield) && node->ty->kind != TY_BOOL &&
      (is_integer(node->ty) || node->ty->kind == TY_PTR)) {
    Node *set = to_assign(new_add(node, new_num(addend, tok), tok));
    return new_cast(new_sub(set, new_num(addend, tok), tok), unqual(node->ty));
  }
  Node *target = mem ? node->lhs : node;
  Obj *p = new_lvar("", pointer_to(target->ty));
  Obj *old = new_lvar("", unqual(node->ty));

  Node *expr = new_binary(ND_ASSIGN, new_var_node(p, tok),
                          new_unary(ND_ADDR, target, tok), tok);
  expr = new_binary(ND_COMMA, expr,
                    new_binary(ND_ASSIGN, new_var_node(old, tok), saved_ref(p, mem, tok), tok),
                    tok);
  Node *sum = new_add(new_var_node(old, tok), new_num(addend, tok), tok);
  expr = new_binary(ND_COMMA, expr,
                    new_binary(ND_ASSIGN, saved_ref(p, mem, tok), sum, tok), tok);
  return new_binary(ND_COMMA, expr, new_var_node(old, tok), tok);
}

// Checks a call's arguments against a prototype and converts each one.
// An argument for a transparent union parameter may have the type of any
// of its members (gcc's transparent_union): it is passed as that member,
// which the union's members all share the representation of.  NULL if
// no member fits.
static Node *transparent_union_arg(Node *arg, Type *param_ty) {
  if (!param_ty->is_transparent || is_compatible(unqual(param_ty), unqual(arg->ty)))
    return NULL;
  Type *aty = arg->ty->kind == TY_ARRAY ? pointer_to(arg->ty->base) : arg->ty;
  for (Member *mem = param_ty->members; mem; mem = mem->next) {
    if (is_compatible(unqual(mem->ty), unqual(aty)))
      return new_cast(arg, mem->ty);
    // A pointer converts to a pointer to the same type more qualified:
    // glibc's socket unions hold `const struct sockaddr *`.
    if (mem->ty->kind == TY_PTR && aty->kind == TY_PTR &&
        is_compatible(unqual(mem->ty->base), unqual(aty->base)))
      return new_cast(arg, mem->ty);
  }
  // A null pointer constant or a void pointer goes as the first member.
  bool is_null = arg->kind == ND_NUM || (arg->kind == ND_CAST && arg->lhs->kind == ND_NUM);
  if (param_ty->members && param_ty->members->ty->kind == TY_PTR &&
      ((aty->kind == TY_PTR && aty->base->kind == TY_VOID) || (is_null && is_integer(aty))))
    return new_cast(arg, param_ty->members->ty);
  return NULL;
}

Node *convert_arg(Node *arg, Type *param_ty, Token *tok) {
  arg = atomic_value(arg);
  if (param_ty)
    arg = complex_convert(arg, param_ty, tok);
  if (param_ty) {
    Node *member_arg = param_ty->kind == TY_UNION ? transparent_union_arg(arg, param_ty) : NULL;
    if (member_arg)
      return member_arg;
    if (param_ty->kind == TY_STRUCT || param_ty->kind == TY_UNION) {
      if (!is_compatible(unqual(param_ty), unqual(arg->ty)))
        error_tok(arg->tok, "incompatible type for argument: expected '%s' but got '%s'",
                  type_name(param_ty), type_name(arg->ty));
      return arg;
    }
    check_assign_types(param_ty, arg, arg->tok, "assignment to");
    return new_cast(arg, param_ty);
  }
  if (arg->ty->kind == TY_VOID)
    error_tok(arg->tok, "invalid use of void expression");
  // Default argument promotions (a bit-field's from the type gcc gives
  // it, as in arithmetic: an __int128 one narrower than 65 bits is
  // passed as an int or a long).
  if (arg->kind == ND_MEMBER && arg->member->is_bitfield && is_int128(arg->ty))
    return new_cast(arg, bitfield_operand_type(arg));
  if (arg->ty->kind == TY_FLOAT)
    return new_cast(arg, ty_double);
  if (is_integer(arg->ty) && arg->ty->size < 4)
    return new_cast(arg, ty_int);
  if (arg->ty->kind == TY_ARRAY)
    return new_cast(arg, pointer_to(arg->ty->base));
  if (arg->ty->kind == TY_FUNC)
    return new_cast(arg, pointer_to(arg->ty));
  (void)tok;
  return arg;
}

//
// _Atomic objects.  Reading one is a plain load (an acquire on x86-64);
// storing to one is a seq_cst store; `x op= v`, `++x` and `x++` are one
// atomic step: a fetch-and-op where x86-64 has one (+ - & | ^ on integers,
// + and - on pointers), elsewhere a compare-exchange loop.
//

// *obj = *buf (store) or *buf = *obj as one atomic step, for an object
// of any type: in line for 1, 2, 4, 8 and aligned 16 bytes, as integers of
// that size; through the atomic runtime's locks otherwise.
static Node *atomic_copy(bool store, Node *obj, Node *buf, Token *tok) {
  add_type(obj);
  if (needs_atomic_lock(obj->ty->base)) {
    Node *args[] = {buf, new_num(5, tok)};
    return atomic_runtime_call(store ? "__atomic_store" : "__atomic_load", obj, args, 2, tok);
  }
  Node *p = as_integer_object(obj);
  Node *val = new_unary(ND_DEREF, new_cast(buf, p->ty), tok);
  if (store)
    return new_atomic(BI_ATOMIC_STORE, p, val, ty_void, 5, tok);
  return new_binary(ND_ASSIGN, val, new_atomic(BI_ATOMIC_LOAD, p, NULL, NULL, 5, tok), tok);
}

// The value of an _Atomic struct or union (which code generation copies
// byte by byte): read into a temporary in one atomic step.
Node *atomic_value(Node *node) {
  add_type(node);
  Type *ty = node->ty;
  if (!ty->is_atomic || (ty->kind != TY_STRUCT && ty->kind != TY_UNION) || !current_fn)
    return node;
  Token *tok = node->tok;
  Obj *tmp = new_lvar("", unqual(ty));
  Node *load = atomic_copy(false, new_unary(ND_ADDR, node, tok),
                           new_unary(ND_ADDR, new_var_node(tmp, tok), tok), tok);
  Node *value = new_binary(ND_COMMA, load, new_var_node(tmp, tok), tok);
  add_type(value);
  return value;
}

// x = v on an _Atomic x: (tmp = v, store x tmp, tmp).
Node *atomic_assign(Node *lhs, Node *rhs, Token *tok) {
  Type *ty = unqual(lhs->ty);
  Obj *tmp = new_lvar("", ty);
  Node *set = new_binary(ND_ASSIGN, new_var_node(tmp, tok), new_cast(rhs, ty), tok);
  Node *store;
  if (is_lock_free_type(ty)) {
    store = new_atomic(BI_ATOMIC_STORE, new_unary(ND_ADDR, lhs, tok), new_var_node(tmp, tok),
                       ty_void, 5, tok);
  } else if (ty->kind != TY_FLOAT && ty->kind != TY_DOUBLE) {
    store = atomic_copy(true, new_unary(ND_ADDR, lhs, tok),
                        new_unary(ND_ADDR, new_var_node(tmp, tok), tok), tok);
  } else {
    // A floating object: a plain store, then a full fence.
    Node *fence = new_node(ND_BUILTIN, tok);
    fence->val = BI_FENCE;
    fence->begin = 5;
    fence->ty = ty_void;
    store = new_binary(ND_COMMA, new_binary(ND_ASSIGN, lhs, new_var_node(tmp, tok), tok), fence, tok);
  }
  return new_binary(ND_COMMA, new_binary(ND_COMMA, set, store, tok), new_var_node(tmp, tok), tok);
}

// The value of `old op v` in x's type, as the non-atomic operator has it.
static Node *updated_value(Node *old, NodeKind op, Node *v, Type *ty, Token *tok) {
  Node *val = op == ND_ADD ? new_add(old, v, tok)
            : op == ND_SUB ? new_sub(old, v, tok)
            : new_binary(op, old, v, tok);
  return new_cast(val, ty);
}

// do new = old op v; while (!compare_exchange(p, &old, new));  for an
// update no single instruction makes.  Its value is new (or old).
static Node *compare_exchange_loop(Obj *p, Node *rhs, NodeKind op, bool old_value, Token *tok) {
  Type *ty = unqual(p->ty->base);
  Obj *v = new_lvar("", rhs->ty);
  Obj *old = new_lvar("", ty);
  Obj *new = new_lvar("", ty);
  Node *set_v = new_binary(ND_ASSIGN, new_var_node(v, tok), rhs, tok);
  Node *set_old = new_binary(ND_ASSIGN, new_var_node(old, tok),
                             new_unary(ND_DEREF, new_var_node(p, tok), tok), tok);
  Node *compute = new_binary(ND_ASSIGN, new_var_node(new, tok),
                             updated_value(new_var_node(old, tok), op, new_var_node(v, tok), ty, tok), tok);

  // Floating values are compared and swapped as the integers of their bits.
  Node *ptr = as_integer_object(new_var_node(p, tok));
  add_type(ptr);
  Node *expected = new_cast(new_unary(ND_ADDR, new_var_node(old, tok), tok), ptr->ty);
  Node *desired = new_unary(ND_DEREF, new_cast(new_unary(ND_ADDR, new_var_node(new, tok), tok), ptr->ty), tok);
  Node *cas = new_atomic(BI_CAS, ptr, desired, ty_bool, 5, tok);
  cas->cond = expected;
  add_type(cas->cond);

  Node *loop = new_node(ND_DO, tok);
  loop->then = new_unary(ND_EXPR_STMT, compute, tok);
  loop->cond = new_unary(ND_NOT, cas, tok);
  loop->brk_label = new_unique_name();
  loop->cont_label = new_unique_name();

  Node *node = new_node(ND_STMT_EXPR, tok);
  Node head = {0}, *cur = &head;
  cur = cur->next = new_unary(ND_EXPR_STMT, set_v, tok);
  cur = cur->next = new_unary(ND_EXPR_STMT, set_old, tok);
  cur = cur->next = loop;
  cur = cur->next = new_unary(ND_EXPR_STMT, new_var_node(old_value ? old : new, tok), tok);
  node->body = head.next;
  return node;
}

// x op= v, ++x (op ND_ADD, v 1) and x++ (old_value) on an _Atomic x.
Node *atomic_update(Node *lhs, NodeKind op, Node *rhs, bool old_value, Token *tok) {
  add_type(lhs);
  add_type(rhs);
  Type *ty = unqual(lhs->ty);
  Obj *p = new_lvar("", pointer_to(lhs->ty));
  Node *set_p = new_binary(ND_ASSIGN, new_var_node(p, tok), new_unary(ND_ADDR, lhs, tok), tok);

  bool bitwise = op == ND_BITAND || op == ND_BITOR || op == ND_BITXOR;
  bool additive = op == ND_ADD || op == ND_SUB;
  if (is_lock_free_type(ty) && is_integer(rhs->ty) &&
      (additive || (bitwise && is_integer(ty)))) {
    Node *v = ty->kind == TY_PTR ? new_binary(ND_MUL, new_cast(rhs, ty_long),
                                             new_long(ty->base->size, tok), tok)
                                 : rhs;
    Node *node = new_atomic(BI_FETCH_OP, new_var_node(p, tok), v, NULL, 5, tok);
    node->begin = op;
    node->end = !old_value;
    return new_binary(ND_COMMA, set_p, node, tok);
  }
  if (!is_lock_free_type(ty) && ty->kind != TY_FLOAT && ty->kind != TY_DOUBLE &&
      (ty->kind != TY_LDOUBLE || needs_atomic_lock(ty)))
    error_tok(tok, "atomic update of '%s': 9cc's atomics take integers, pointers, float, double and long double",
              type_name(ty));
  return new_binary(ND_COMMA, set_p, compare_exchange_loop(p, rhs, op, old_value, tok), tok);
}
