// expr.c: the expression grammar (C11 6.5).
//
// One function per precedence level, from the comma operator down to
// primary expressions; each reads its operands and asks ops.c for the
// typed node of its operator.  Function calls, _Generic, compound literals
// and statement expressions are read here too; builtin calls go to
// builtin.c.

#include "parse.h"

static Node *assign_unguarded(Token **rest, Token *tok);
static Node *logor(Token **rest, Token *tok);
static Node *logand(Token **rest, Token *tok);
static Node *bitor(Token **rest, Token *tok);
static Node *bitxor(Token **rest, Token *tok);
static Node *bitand(Token **rest, Token *tok);
static Node *equality(Token **rest, Token *tok);
static Node *relational(Token **rest, Token *tok);
static Node *shift(Token **rest, Token *tok);
static Node *add(Token **rest, Token *tok);
static Node *mul(Token **rest, Token *tok);
static Node *unary(Token **rest, Token *tok);
static Node *postfix(Token **rest, Token *tok);
static Node *funcall(Token **rest, Token *tok, Node *fn);
static Node *compound_literal(Token **rest, Token *tok, Type *ty, Token *start);
static Node *primary(Token **rest, Token *tok);

// expr = assign ("," expr)?
Node *expr(Token **rest, Token *tok) {
  Node *node = assign(&tok, tok);

  if (equal(tok, ","))
    return new_binary(ND_COMMA, node, expr(rest, tok->next), tok);

  *rest = tok;
  return node;
}

// assign    = conditional (assign-op assign)?
// assign-op = "=" | "+=" | "-=" | "*=" | "/=" | "%=" | "&=" | "|=" | "^="
//           | "<<=" | ">>="
Node *assign(Token **rest, Token *tok) {
  // Bounded recursion: deeper nesting than this is an error, not a crash.
  static int depth;
  if (++depth > 200000)
    error_tok(tok, "expression nested too deeply");
  Node *node = assign_unguarded(&tok, tok);
  depth--;
  *rest = tok;
  return node;
}

static Node *assign_unguarded(Token **rest, Token *tok) {
  Node *node = conditional(&tok, tok);

  if (equal(tok, "=")) {
    check_assignable(node, tok);
    Token *op = tok;
    Node *rhs = atomic_value(complex_convert(assign(rest, tok->next), node->ty, op));
    check_assign_types(node->ty, rhs, op, "assignment to");
    if (node->ty->is_atomic)
      return atomic_assign(node, rhs, op);
    return new_binary(ND_ASSIGN, node, rhs, op);
  }

  static struct { char *op; NodeKind kind; } ops[] = {
      {"+=", ND_ADD},    {"-=", ND_SUB},    {"*=", ND_MUL},   {"/=", ND_DIV},
      {"%=", ND_MOD},    {"&=", ND_BITAND}, {"|=", ND_BITOR}, {"^=", ND_BITXOR},
      {"<<=", ND_SHL},   {">>=", ND_SHR},
  };
  for (size_t i = 0; i < sizeof(ops) / sizeof(*ops); i++) {
    if (!equal(tok, ops[i].op))
      continue;
    check_assignable(node, tok);
    Node *rhs = assign(rest, tok->next);
    add_type(node);
    add_type(rhs);
    if (node->ty->is_atomic)
      return atomic_update(node, ops[i].kind, rhs, false, tok);
    if (is_vector(node->ty) || is_vector(rhs->ty))
      return vector_update(node, ops[i].kind, rhs, false, tok);
    if (is_complex(node->ty) || is_complex(rhs->ty)) {
      // A op= B with a complex side: p = &A, *p = (type of A)(*p op B).
      Obj *p = new_lvar("", pointer_to(node->ty));
      Node *set_p = new_binary(ND_ASSIGN, new_var_node(p, tok), new_unary(ND_ADDR, node, tok), tok);
      Node *target = new_unary(ND_DEREF, new_var_node(p, tok), tok);
      Node *value = complex_binary(ops[i].kind, new_unary(ND_DEREF, new_var_node(p, tok), tok),
                                   rhs, tok);
      value = complex_convert(value, node->ty, tok);
      check_assign_types(node->ty, value, tok, "assignment to");
      Node *store = new_binary(ND_ASSIGN, target, value, tok);
      return new_binary(ND_COMMA, set_p, store, tok);
    }
    // The result is assigned as by `=`: `e += p` with e an enum is refused.
    Node *value = ops[i].kind == ND_ADD   ? new_add(node, rhs, tok)
                  : ops[i].kind == ND_SUB ? new_sub(node, rhs, tok)
                                          : new_binary(ops[i].kind, node, rhs, tok);
    // (On a copy: typing the operation converts its operands in place, and
    // to_assign() needs the left one as it is, an lvalue.)
    Node copy = *value;
    check_assign_types(node->ty, &copy, tok, "assignment to");
    return to_assign(value);
  }

  *rest = tok;
  return node;
}

// conditional = logor ("?" expr? ":" conditional)?
Node *conditional(Token **rest, Token *tok) {
  Node *cond = logor(&tok, tok);

  if (!equal(tok, "?")) {
    *rest = tok;
    return cond;
  }
  truth_value(cond);

  if (equal(tok->next, ":")) {
    // [GNU] Compile `a ?: b` as `tmp = a, tmp ? tmp : b`.
    add_type(cond);
    Obj *var = new_lvar("", cond->ty);
    Node *lhs = new_binary(ND_ASSIGN, new_var_node(var, tok), cond, tok);
    Node *rhs = new_node(ND_COND, tok);
    rhs->cond = new_var_node(var, tok);
    rhs->then = new_var_node(var, tok);
    rhs->els = conditional(rest, tok->next->next);
    complex_branches(rhs);
    return new_binary(ND_COMMA, lhs, rhs, tok);
  }

  Node *node = new_node(ND_COND, tok);
  node->cond = cond;
  node->then = expr(&tok, tok->next);
  tok = skip(tok, ":");
  node->els = conditional(rest, tok);
  complex_branches(node);
  return node;
}

// logor = logand ("||" logand)*
static Node *logor(Token **rest, Token *tok) {
  Node *node = logand(&tok, tok);
  while (equal(tok, "||")) {
    Token *start = tok;
    truth_value(node);
    Node *rhs = truth_value(logand(&tok, tok->next));
    node = new_binary(ND_LOGOR, node, rhs, start);
  }
  *rest = tok;
  return node;
}

// logand = bitor ("&&" bitor)*
static Node *logand(Token **rest, Token *tok) {
  Node *node = bitor(&tok, tok);
  while (equal(tok, "&&")) {
    Token *start = tok;
    truth_value(node);
    Node *rhs = truth_value(bitor(&tok, tok->next));
    node = new_binary(ND_LOGAND, node, rhs, start);
  }
  *rest = tok;
  return node;
}

// bitor = bitxor ("|" bitxor)*
static Node *bitor(Token **rest, Token *tok) {
  Node *node = bitxor(&tok, tok);
  while (equal(tok, "|")) {
    Token *start = tok;
    node = new_int_binary(ND_BITOR, node, bitxor(&tok, tok->next), start);
  }
  *rest = tok;
  return node;
}

// bitxor = bitand ("^" bitand)*
static Node *bitxor(Token **rest, Token *tok) {
  Node *node = bitand(&tok, tok);
  while (equal(tok, "^")) {
    Token *start = tok;
    node = new_int_binary(ND_BITXOR, node, bitand(&tok, tok->next), start);
  }
  *rest = tok;
  return node;
}

// bitand = equality ("&" equality)*
static Node *bitand(Token **rest, Token *tok) {
  Node *node = equality(&tok, tok);
  while (equal(tok, "&")) {
    Token *start = tok;
    node = new_int_binary(ND_BITAND, node, equality(&tok, tok->next), start);
  }
  *rest = tok;
  return node;
}

// equality = relational ("==" relational | "!=" relational)*
static Node *equality(Token **rest, Token *tok) {
  Node *node = relational(&tok, tok);

  for (;;) {
    Token *start = tok;

    if (equal(tok, "==")) {
      node = new_compare(ND_EQ, node, relational(&tok, tok->next), start);
      continue;
    }

    if (equal(tok, "!=")) {
      node = new_compare(ND_NE, node, relational(&tok, tok->next), start);
      continue;
    }

    *rest = tok;
    return node;
  }
}

// relational = shift ("<" shift | "<=" shift | ">" shift | ">=" shift)*
static Node *relational(Token **rest, Token *tok) {
  Node *node = shift(&tok, tok);

  for (;;) {
    Token *start = tok;

    if (equal(tok, "<")) {
      node = new_compare(ND_LT, node, shift(&tok, tok->next), start);
      continue;
    }

    if (equal(tok, "<=")) {
      node = new_compare(ND_LE, node, shift(&tok, tok->next), start);
      continue;
    }

    if (equal(tok, ">")) {
      node = new_compare(ND_LT, shift(&tok, tok->next), node, start);
      continue;
    }

    if (equal(tok, ">=")) {
      node = new_compare(ND_LE, shift(&tok, tok->next), node, start);
      continue;
    }

    *rest = tok;
    return node;
  }
}

// shift = add ("<<" add | ">>" add)*
static Node *shift(Token **rest, Token *tok) {
  Node *node = add(&tok, tok);

  for (;;) {
    Token *start = tok;

    if (equal(tok, "<<")) {
      node = new_int_binary(ND_SHL, node, add(&tok, tok->next), start);
      continue;
    }

    if (equal(tok, ">>")) {
      node = new_int_binary(ND_SHR, node, add(&tok, tok->next), start);
      continue;
    }

    *rest = tok;
    return node;
  }
}

// add = mul ("+" mul | "-" mul)*
static Node *add(Token **rest, Token *tok) {
  Node *node = mul(&tok, tok);

  for (;;) {
    Token *start = tok;

    if (equal(tok, "+")) {
      node = new_add(node, mul(&tok, tok->next), start);
      continue;
    }

    if (equal(tok, "-")) {
      node = new_sub(node, mul(&tok, tok->next), start);
      continue;
    }

    *rest = tok;
    return node;
  }
}

// mul = cast ("*" cast | "/" cast | "%" cast)*
static Node *mul(Token **rest, Token *tok) {
  Node *node = cast(&tok, tok);

  for (;;) {
    Token *start = tok;

    if (equal(tok, "*") || equal(tok, "/")) {
      NodeKind kind = equal(tok, "*") ? ND_MUL : ND_DIV;
      Node *rhs = cast(&tok, tok->next);
      add_type(node);
      add_type(rhs);
      if (is_complex(node->ty) || is_complex(rhs->ty)) {
        node = complex_binary(kind, node, rhs, start);
        continue;
      }
      if (is_vector(node->ty) || is_vector(rhs->ty)) {
        node = vector_binary(kind, node, rhs, start);
        continue;
      }
      node = new_binary(kind, node, rhs, start);
      check_arith_operands(node);
      node = fold_constants(node);
      continue;
    }

    if (equal(tok, "%")) {
      node = new_int_binary(ND_MOD, node, cast(&tok, tok->next), start);
      continue;
    }

    *rest = tok;
    return node;
  }
}

// cast = "(" type-name ")" cast | unary
Node *cast(Token **rest, Token *tok) {
  if (equal(tok, "(") && is_typename(tok->next)) {
    Token *start = tok;
    Type *ty = typename(&tok, tok->next);
    tok = skip(tok, ")");

    // A compound literal, which may be followed by a postfix operator.
    if (equal(tok, "{"))
      return postfix(rest, start);

    // type cast
    Node *operand = cast(rest, tok);
    add_type(operand);
    if (ty->kind != TY_VOID && (is_vector(ty) || is_vector(operand->ty)))
      return vector_cast(operand, ty, start);
    if (is_complex(ty) || (is_complex(operand->ty) && ty->kind != TY_VOID)) {
      if (ty->kind == TY_BOOL)
        return new_cast(complex_binary(ND_NE, operand, new_num(0, start), start), ty_bool);
      // Complex and arithmetic types convert to each other only.
      Type *from = operand->ty;
      if (ty->kind == TY_PTR || (is_complex(ty) && from->kind == TY_PTR))
        error_tok(start, ty->kind == TY_PTR ? "cannot convert to a pointer type"
                                            : "pointer value used where a complex was expected");
      if (!is_complex(ty) && !is_numeric(ty))
        error_tok(start, "conversion to non-scalar type requested");
      if (!is_complex(from) && !is_numeric(from))
        error_tok(start, "aggregate value used where a complex was expected");
      return complex_convert(operand, unqual(ty), start);
    }
    if (ty->kind != TY_VOID) {
      if (!is_scalar(ty) && !(ty->kind == TY_STRUCT || ty->kind == TY_UNION))
        error_tok(start, "cast specifies array or function type");
      if (is_float128(ty) != is_float128(operand->ty))
        error_float128(start);
      // C23: nullptr_t casts only to pointers and bool (and void).
      if (is_nullptr_t(operand->ty) && ty->kind != TY_PTR && ty->kind != TY_BOOL)
        error_tok(start, "invalid cast from type 'nullptr_t' to type '%s'", type_name(ty));
      if (ty->kind == TY_UNION && !is_compatible(ty, operand->ty)) {
        // [GNU] A cast to a union from the type of one of its members makes
        // a union with that member set.
        for (Member *mem = ty->members; mem; mem = mem->next) {
          if (!mem->name || !is_compatible(unqual(mem->ty), unqual(operand->ty)))
            continue;
          Obj *var = new_lvar("", ty);
          Node *init = new_node(ND_MEMZERO, start);
          init->var = var;
          Node *m = new_unary(ND_MEMBER, new_var_node(var, start), start);
          m->member = mem;
          Node *set = new_binary(ND_ASSIGN, m, operand, start);
          return new_binary(ND_COMMA, new_binary(ND_COMMA, init, set, start),
                            new_var_node(var, start), start);
        }
        error_tok(start, "cast to union type from type not present in union");
      }
      if ((ty->kind == TY_STRUCT || ty->kind == TY_UNION)) {
        if (!is_compatible(ty, operand->ty))
          error_tok(start, "conversion to non-scalar type requested");
        return operand;
      }
      if (!is_scalar(operand->ty) && operand->ty->kind != TY_ARRAY &&
          operand->ty->kind != TY_VLA && operand->ty->kind != TY_FUNC)
        error_tok(start, "cannot convert to a scalar type from type '%s'",
                  type_name(operand->ty));
      if (ty->kind == TY_PTR && is_flonum(operand->ty))
        error_tok(start, "cannot convert to a pointer type");
      if (is_flonum(ty) && (operand->ty->kind == TY_PTR || operand->ty->kind == TY_ARRAY ||
                            operand->ty->kind == TY_VLA || operand->ty->kind == TY_FUNC))
        error_tok(start, "pointer value used where a floating-point was expected");
    }
    // An integer or floating constant converted to an integer type is a
    // constant (`(unsigned short)1024`, as glibc's <ctype.h> macros write),
    // and so is one converted to a floating type: `(int)(float)INT_MAX`
    // folds both conversions, as gcc does.
    if (operand->kind == ND_NUM && is_numeric(operand->ty) &&
        ((is_integer(ty) && ty->kind != TY_BOOL && ty->kind != TY_ENUM) || is_flonum(ty)))
      return new_cast(operand, ty);
    // (new_cast() takes an array or function to __int128 by its address.)
    if (is_int128(ty) && (operand->ty->kind == TY_ARRAY || operand->ty->kind == TY_VLA ||
                          operand->ty->kind == TY_FUNC))
      return new_cast(operand, unconst(ty));
    // An explicit cast is never an lvalue, so it always gets its node.
    Node *node = new_node(ND_CAST, start);
    node->lhs = operand;
    node->ty = unconst(ty);
    return node;
  }

  return unary(rest, tok);
}

// unary = ("+" | "-" | "*" | "&" | "!" | "~") cast
//       | ("++" | "--") unary
//       | "&&" ident
//       | postfix
static Node *unary(Token **rest, Token *tok) {
  if (equal(tok, "+")) {
    Node *node = cast(rest, tok->next);
    refuse_float128(node, tok);
    if (is_vector(node->ty))
      return vector_unary(ND_NULL_EXPR, node, tok);
    if (is_complex(node->ty))
      return complex_plus(node, tok);
    if (!is_numeric(node->ty))
      error_tok(tok, "wrong type argument to unary plus");
    if (is_integer(node->ty))
      return new_cast(node, node->ty->size < 4 || node->ty->kind == TY_ENUM
                                ? (node->ty->kind == TY_ENUM && node->ty->is_unsigned ? ty_uint : ty_int)
                                : node->ty);
    return new_cast(node, node->ty);
  }

  if (equal(tok, "-") || equal(tok, "~")) {
    Node *operand = cast(rest, tok->next);
    add_type(operand);
    if (is_complex(operand->ty))
      return complex_unary(equal(tok, "~"), operand, tok);
    if (is_vector(operand->ty))
      return vector_unary(equal(tok, "~") ? ND_BITNOT : ND_NEG, operand, tok);
    refuse_float128(operand, tok);
    if (equal(tok, "-")) {
      if (!is_numeric(operand->ty))
        error_tok(tok, "wrong type argument to unary minus");
      return new_neg(operand, tok);
    }
    if (!is_integer(operand->ty))
      error_tok(tok, "wrong type argument to bit-complement");
    return new_bitnot(operand, tok);
  }

  if (equal(tok, "__real__") || equal(tok, "__imag__") || equal(tok, "__real") ||
      equal(tok, "__imag")) {
    bool imag = equal(tok, "__imag__") || equal(tok, "__imag");
    Node *operand = cast(rest, tok->next);
    add_type(operand);
    if (is_complex(operand->ty))
      return complex_part(operand, imag, tok);
    if (!is_numeric(operand->ty))
      error_tok(tok, "wrong type argument to %.*s", tok->len, tok->loc);
    if (!imag)
      return operand;
    return new_binary(ND_COMMA, new_cast(operand, ty_void), zero_of(operand->ty, tok), tok);
  }


  if (equal(tok, "&")) {
    Node *lhs = cast(rest, tok->next);
    add_type(lhs);
    if (lhs->kind == ND_MEMBER && lhs->member->is_bitfield)
      error_tok(tok, "cannot take address of bit-field '%.*s'", lhs->member->name->len,
                lhs->member->name->loc);
    // A compound literal is `(init, var)`: its address is the variable's.
    bool is_compound_literal = lhs->kind == ND_COMMA && is_lvalue(lhs->rhs);
    if (!is_lvalue(lhs) && lhs->ty->kind != TY_FUNC && !is_compound_literal)
      error_tok(tok, "lvalue required as unary '&' operand");
    Node *var = lhs;
    while (var->kind == ND_MEMBER)
      var = var->lhs;
    if (var->kind == ND_VAR && var->var->is_register) // C11 6.5.3.2p1
      error_tok(tok, "address of register variable '%s' requested", var->var->name);
    return new_unary(ND_ADDR, lhs, tok);
  }

  if (equal(tok, "*")) {
    // [https://www.sigbus.info/n1570#6.5.3.2p4] This is an oddity
    // in the C spec, but dereferencing a function shouldn't do
    // anything. If foo is a function, `*foo`, `**foo` or `*****foo`
    // are all equivalent to just `foo`.
    Node *node = cast(rest, tok->next);
    add_type(node);
    if (node->ty->kind == TY_FUNC)
      return node;
    if (!node->ty->base)
      error_tok(tok, "invalid type argument of unary '*' (have '%s')", type_name(node->ty));
    return new_unary(ND_DEREF, node, tok);
  }

  if (equal(tok, "!")) {
    Node *node = cast(rest, tok->next);
    add_type(node);
    if (is_complex(node->ty))
      return complex_binary(ND_EQ, node, new_num(0, tok), tok);
    if (!is_scalar(node->ty) && !node->ty->base && node->ty->kind != TY_FUNC)
      error_tok(tok, "wrong type argument to unary exclamation mark");
    return new_unary(ND_NOT, node, tok);
  }


  // Read ++i as i+=1
  if (equal(tok, "++")) {
    Node *node = unary(rest, tok->next);
    check_incdec(node, tok, "increment");
    if (node->ty->is_atomic)
      return atomic_update(node, ND_ADD, new_num(1, tok), false, tok);
    if (is_vector(node->ty))
      return vector_update(node, ND_ADD, new_num(1, tok), false, tok);
    return to_assign(new_add(node, new_num(1, tok), tok));
  }

  // Read --i as i-=1
  if (equal(tok, "--")) {
    Node *node = unary(rest, tok->next);
    check_incdec(node, tok, "decrement");
    if (node->ty->is_atomic)
      return atomic_update(node, ND_SUB, new_num(1, tok), false, tok);
    if (is_vector(node->ty))
      return vector_update(node, ND_SUB, new_num(1, tok), false, tok);
    return to_assign(new_sub(node, new_num(1, tok), tok));
  }

  // [GNU] labels-as-values
  if (equal(tok, "&&")) {
    // Labels belong to functions; gcc says the same of `int *p = &&x;`.
    char *label = get_ident(tok->next);
    if (!current_fn)
      error_tok(tok, "label '%s' referenced outside of any function", label);
    Node *node = new_node(ND_LABEL_VAL, tok);
    node->label = label;
    node->goto_next = gotos;
    gotos = node;
    *rest = tok->next->next;
    return node;
  }

  if (equal(tok, "__extension__"))
    return cast(rest, tok->next);

  return postfix(rest, tok);
}

// postfix = "(" type-name ")" "{" initializer-list "}"
//         | ident "(" func-args ")" postfix-tail*
//         | primary postfix-tail*
//
// postfix-tail = "[" expr "]"
//              | "(" func-args ")"
//              | "." ident
//              | "->" ident
//              | "++"
//              | "--"
static Node *postfix(Token **rest, Token *tok) {
  Node *node;
  if (equal(tok, "(") && is_typename(tok->next)) {
    Token *start = tok;
    Type *ty = typename(&tok, tok->next);
    tok = skip(tok, ")");
    node = compound_literal(&tok, tok, ty, start);
  } else {
    node = primary(&tok, tok);
  }

  for (;;) {
    if (equal(tok, "(")) {
      node = funcall(&tok, tok->next, node);
      continue;
    }

    if (equal(tok, "[")) {
      // x[y] is short for *(x+y)
      Token *start = tok;
      Node *idx = expr(&tok, tok->next);
      tok = skip(tok, "]");
      add_type(node);
      add_type(idx);
      if (is_vector(node->ty)) {
        node = vector_subscript(node, idx, start);
        continue;
      }
      if (!node->ty->base && !idx->ty->base)
        error_tok(start, "subscripted value is neither array nor pointer");
      Type *ptr = node->ty->base ? node->ty : idx->ty;
      if (ptr->base->kind == TY_FUNC) // (GNU arithmetic on one is allowed)
        error_tok(start, "subscripted value is pointer to function");
      node = new_unary(ND_DEREF, new_add(node, idx, start), start);
      continue;
    }

    if (equal(tok, ".")) {
      node = struct_ref(node, tok->next);
      tok = tok->next->next;
      continue;
    }

    if (equal(tok, "->")) {
      // x->y is short for (*x).y
      add_type(node);
      if (!node->ty->base)
        error_tok(tok, "invalid type argument of '->' (have '%s')", type_name(node->ty));
      node = new_unary(ND_DEREF, node, tok);
      node = struct_ref(node, tok->next);
      tok = tok->next->next;
      continue;
    }

    if (equal(tok, "++")) {
      check_incdec(node, tok, "increment");
      node = node->ty->is_atomic ? atomic_update(node, ND_ADD, new_num(1, tok), true, tok)
                                 : new_inc_dec(node, tok, 1);
      tok = tok->next;
      continue;
    }

    if (equal(tok, "--")) {
      check_incdec(node, tok, "decrement");
      node = node->ty->is_atomic ? atomic_update(node, ND_SUB, new_num(1, tok), true, tok)
                                 : new_inc_dec(node, tok, -1);
      tok = tok->next;
      continue;
    }

    *rest = tok;
    return node;
  }
}

static char *fn_name(Node *fn) {
  if (fn->kind == ND_VAR)
    return fn->var->name;
  return "function";
}

// funcall = (assign ("," assign)*)? ")"
static Node *funcall(Token **rest, Token *tok, Node *fn) {
  add_type(fn);

  if (fn->ty->kind != TY_FUNC &&
      (fn->ty->kind != TY_PTR || fn->ty->base->kind != TY_FUNC))
    error_tok(fn->tok, "called object%s is not a function or function pointer",
              fn->kind == ND_VAR ? format(" '%s'", fn->var->name) : "");

  Type *ty = (fn->ty->kind == TY_FUNC) ? fn->ty : fn->ty->base;
  Type *param_ty = ty->params;

  Node head = {0};
  Node *cur = &head;
  int nargs = 0, nparams = 0;
  for (Type *p = ty->params; p; p = p->next)
    nparams++;

  while (!equal(tok, ")")) {
    if (cur != &head)
      tok = skip(tok, ",");

    Node *arg = assign(&tok, tok);
    nargs++;

    if (!param_ty && !ty->is_variadic && !ty->is_oldstyle)
      error_tok(fn->tok, "too many arguments to function '%s' (expected %d, have %d)",
                fn_name(fn), nparams, nargs);

    cur = cur->next = convert_arg(arg, ty->is_oldstyle ? NULL : param_ty, tok);
    if (param_ty)
      param_ty = param_ty->next;
  }

  if (param_ty && !ty->is_oldstyle)
    error_tok(fn->tok, "too few arguments to function '%s' (expected %d, have %d)",
              fn_name(fn), nparams, nargs);

  *rest = skip(tok, ")");

  if (is_float128(ty->return_ty))
    error_tok(fn->tok, "'%s' returns _Float128: 9cc has no binary128 arithmetic", fn_name(fn));
  for (Node *arg = head.next; arg; arg = arg->next)
    if (is_float128(arg->ty))
      error_tok(arg->tok, "a _Float128 argument: 9cc has no binary128 arithmetic");

  // glibc's _FORTIFY_SOURCE wrappers are expanded in place (fortify.c).
  Node *inlined = fn->kind == ND_VAR ? expand_inline(fn->var, head.next, fn->tok) : NULL;
  if (inlined)
    return inlined;

  check_vector_abi(fn->tok, ty->return_ty, NULL, head.next);
  Node *node = new_unary(ND_FUNCALL, fn, fn->tok);
  node->func_ty = ty;
  node->ty = ty->return_ty;
  node->args = head.next;

  // If a function returns a struct, it is caller's responsibility
  // to allocate a space for the return value.
  if (node->ty->kind == TY_STRUCT || node->ty->kind == TY_UNION)
    node->ret_buffer = new_lvar("", node->ty);
  return node;
}

// generic-selection = "(" assign "," generic-assoc ("," generic-assoc)* ")"
//
// generic-assoc = type-name ":" assign
//               | "default" ":" assign
static Node *generic_selection(Token **rest, Token *tok) {
  Token *start = tok;
  tok = skip(tok, "(");

  Node *ctrl = assign(&tok, tok);
  add_type(ctrl);

  // The controlling expression undergoes lvalue conversion: arrays and
  // functions decay, qualifiers drop.
  Type *t1 = ctrl->ty;
  if (t1->kind == TY_FUNC)
    t1 = pointer_to(t1);
  else if (t1->kind == TY_ARRAY)
    t1 = pointer_to(t1->base);

  Node *ret = NULL;
  Node *def = NULL;
  Type head = {0}; // the association types so far, by their `next`
  bool has_default = false;

  while (!consume(rest, tok, ")")) {
    tok = skip(tok, ",");

    if (equal(tok, "default")) {
      if (has_default)
        error_tok(tok, "duplicate 'default' case in '_Generic'");
      has_default = true;
      tok = skip(tok->next, ":");
      Node *node = assign(&tok, tok);
      if (!ret)
        def = node;
      continue;
    }

    Token *type_start = tok;
    Type *t2 = typename(&tok, tok);
    // No two associations name compatible types (C11 6.5.1.1p2).
    for (Type *t = head.next; t; t = t->next)
      if (is_compatible(t, t2) && t->is_const == t2->is_const && t->is_volatile == t2->is_volatile)
        error_tok(type_start, "'_Generic' specifies two compatible types");
    Type *copy = copy_type(t2);
    copy->next = head.next;
    head.next = copy;
    tok = skip(tok, ":");
    Node *node = assign(&tok, tok);
    // The controlling type has lost its qualifiers; a qualified
    // association type can never match it.
    if (!ret && is_compatible(t1, t2) && !t2->is_const && !t2->is_volatile)
      ret = node;
  }

  if (!ret)
    ret = def;
  if (!ret)
    error_tok(start, "'_Generic' selector of type '%s' is not compatible with any association",
              type_name(t1));
  return ret;
}

static Node *compound_literal(Token **rest, Token *tok, Type *ty, Token *start) {
  if (ty->kind == TY_VLA)
    error_tok(start, "compound literal has variable size");
  if (scope->next == NULL) {
    Obj *var = new_anon_gvar(ty);
    gvar_initializer(rest, tok, var);
    return new_var_node(var, start);
  }

  Obj *var = new_lvar("", ty);
  Node *lhs = lvar_initializer(rest, tok, var);
  Node *rhs = new_var_node(var, tok);
  return new_binary(ND_COMMA, lhs, rhs, start);
}

// sizeof-expr = "sizeof" ("(" type-name ")" | unary)
static Node *sizeof_expr(Token **rest, Token *tok) {
  Token *start = tok;
  if (equal(tok->next, "(") && is_typename(tok->next->next)) {
    start = tok->next->next;
    Type *ty = typename(&tok, tok->next->next);
    *rest = skip(tok, ")");

    if (ty->kind == TY_VLA) {
      if (ty->vla_size)
        return new_var_node(ty->vla_size, tok);

      Node *lhs = compute_vla_size(ty, tok);
      Node *rhs = new_var_node(ty->vla_size, tok);
      return new_binary(ND_COMMA, lhs, rhs, tok);
    }
    if (ty->size < 0)
      error_tok(start, "invalid application of 'sizeof' to incomplete type '%s'",
                type_name(ty));
    return new_ulong(ty->size, start);
  }

  Node *node = unary(rest, tok->next);
  add_type(node);
  // An operand of variable-length array type is evaluated (C11 6.5.3.4p2).
  if (node->ty->kind == TY_VLA)
    return new_binary(ND_COMMA, node, new_var_node(node->ty->vla_size, tok), tok);
  if (node->ty->size < 0)
    error_tok(start, "invalid application of 'sizeof' to incomplete type '%s'",
              type_name(node->ty));
  if (node->kind == ND_MEMBER && node->member->is_bitfield)
    error_tok(start, "'sizeof' applied to a bit-field");
  return new_ulong(node->ty->size, tok);
}

// What gcc's _Alignof answers of a type: the alignment the ABI requires
// of it, which is its alignment but for vectors wider than 16 bytes, laid
// out at their size although the ABI asks 16 of them (without AVX), and
// the arrays, structs and unions built of them.  An alignment asked for
// with an attribute stands.  __alignof__ answers the alignment itself.
static int abi_alignment(Type *ty) {
  if (ty->align <= 16)
    return ty->align;
  if (is_vector(ty))
    return ty->align > ty->size ? ty->align : 16;
  if (ty->kind == TY_ARRAY)
    return abi_alignment(ty->base);
  if (ty->kind != TY_STRUCT && ty->kind != TY_UNION)
    return ty->align;
  int natural = 1, abi = 1;
  for (Member *m = ty->members; m; m = m->next) {
    int a = m->align > m->ty->align ? m->align : abi_alignment(m->ty);
    natural = natural > m->ty->align ? natural : m->ty->align;
    abi = abi > a ? abi : a;
  }
  return ty->align > natural ? ty->align : abi;
}

// alignof-expr = ("_Alignof" | "__alignof__" | "__alignof") ("(" type-name ")" | unary)
static Node *alignof_expr(Token **rest, Token *tok) {
  if (equal(tok->next, "(") && is_typename(tok->next->next)) {
    Token *start = tok;
    Type *ty = typename(&tok, tok->next->next);
    *rest = skip(tok, ")");
    return new_ulong(equal(start, "__alignof__") || equal(start, "__alignof") ? ty->align
                                                                           : abi_alignment(ty),
                     tok);
  }
  Node *node = unary(rest, tok->next);
  add_type(node);
  if (node->kind == ND_VAR)
    return new_ulong(node->var->align, tok);
  return new_ulong(node->ty->align, tok);
}

// __func__ (and GNU's __FUNCTION__, __PRETTY_FUNCTION__) is the name of
// the enclosing function (C11 6.4.2.2), made the first time it is used.
static Node *function_name(Token *tok) {
  Obj *name = new_string_literal(current_fn->name,
                                 array_of(ty_char, strlen(current_fn->name) + 1));
  Scope *fn_scope = scope;
  while (fn_scope->next && fn_scope->next->next)
    fn_scope = fn_scope->next;
  VarScope *vs = xcalloc(1, sizeof(VarScope));
  vs->var = name;
  hashmap_put(&fn_scope->vars, "__func__", vs);
  hashmap_put(&fn_scope->vars, "__FUNCTION__", vs);
  hashmap_put(&fn_scope->vars, "__PRETTY_FUNCTION__", vs);
  return new_var_node(name, tok);
}

// An identifier in an expression: a variable, a function, an enum
// constant, or (followed by "(") a function called undeclared.
static Node *identifier(Token **rest, Token *tok) {
  VarScope *sc = find_var(tok);
  *rest = tok->next;

  if (!sc && current_fn &&
      (equal(tok, "__func__") || equal(tok, "__FUNCTION__") ||
       equal(tok, "__PRETTY_FUNCTION__")))
    return function_name(tok);

  if (sc) {
    if (sc->var)
      return new_var_node(sc->var, tok);
    if (sc->enum_ty) {
      // An int, unless enum_specifier() chose another type.
      Node *num = new_num(sc->enum_val, tok);
      if (sc->enum_const_ty)
        num->ty = sc->enum_const_ty;
      return num;
    }
    if (sc->type_def)
      error_tok(tok, "expected expression before %s", tok_desc(tok));
  }

  if (equal(tok->next, "(")) {
    // __builtin_memcpy and friends are the library functions themselves.
    if (tok->len > 10 && starts_with(tok->loc, "__builtin_"))
      return builtin_library_function(tok);
    return new_var_node(implicit_function(tok), tok);
  }

  if (current_fn)
    error_tok(tok, "'%.*s' undeclared (first use in this function)", tok->len, tok->loc);
  error_tok(tok, "'%.*s' undeclared here (not in a function)", tok->len, tok->loc);
}

// A numeric constant; an imaginary one (`2i`) is the complex 0 + 2i.
static Node *number(Token *tok) {
  if (is_complex(tok->ty)) {
    Type *base = tok->ty->complex_base;
    Node *im = new_node(ND_NUM, tok);
    im->ty = base;
    if (is_flonum(base))
      im->fval = *tok->fval;
    else
      im->val = tok->val;
    return complex_value(zero_of(base, tok), im, tok->ty, tok);
  }

  // A _BitInt constant wider than 64 bits, which a node's value cannot
  // hold: (T)high << 64 | (T)low, folded where a constant is needed.
  if (is_int128(tok->ty)) {
    Node *hi = new_num(tok->words[1], tok), *lo = new_num(tok->words[0], tok);
    hi->ty = lo->ty = ty_ulong;
    Node *shl = new_binary(ND_SHL, new_cast(hi, tok->ty), new_num(64, tok), tok);
    Node *node = new_binary(ND_BITOR, shl, new_cast(lo, tok->ty), tok);
    add_type(node);
    return node;
  }

  Node *node;
  if (is_flonum(tok->ty)) {
    node = new_node(ND_NUM, tok);
    node->fval = *tok->fval;
  } else {
    node = new_num(tok->val, tok);
  }
  node->ty = tok->ty;
  return node;
}

// primary = "(" "{" stmt+ "}" ")"
//         | "(" expr ")"
//         | sizeof-expr
//         | alignof-expr
//         | "_Generic" generic-selection
//         | builtin-call (see builtin.c)
//         | ident
//         | str
//         | num
static Node *primary(Token **rest, Token *tok) {
  // #embed's bytes, where no initializer took them whole: "b0, b1, ...".
  if (tok->kind == TK_EMBED)
    spread_embed(tok);

  if (equal(tok, "(") && equal(tok->next, "{")) {
    // This is a GNU statement expresssion.
    if (!current_fn)
      error_tok(tok, "braced-group within expression allowed only inside a function");
    Node *node = new_node(ND_STMT_EXPR, tok);
    node->body = compound_stmt(&tok, tok->next->next)->body;
    *rest = skip(tok, ")");
    return node;
  }

  if (equal(tok, "(")) {
    Node *node = expr(&tok, tok->next);
    *rest = skip(tok, ")");
    return node;
  }

  if (equal(tok, "sizeof"))
    return sizeof_expr(rest, tok);
  if (equal(tok, "_Alignof") || equal(tok, "__alignof__") || equal(tok, "__alignof") ||
      is_c23_keyword(tok, "alignof"))
    return alignof_expr(rest, tok);
  if (is_c23_keyword(tok, "true") || is_c23_keyword(tok, "false")) {
    // C23: constants of type bool.
    Node *node = new_num(equal(tok, "true"), tok);
    node->ty = ty_bool;
    *rest = tok->next;
    return node;
  }
  if (is_c23_keyword(tok, "nullptr")) {
    // C23: the null pointer constant, of type nullptr_t.
    *rest = tok->next;
    return new_cast(new_num(0, tok), ty_nullptr);
  }
  if (equal(tok, "_Generic"))
    return generic_selection(rest, tok->next);

  if (tok->kind == TK_IDENT) {
    Node *b = builtin_call(rest, tok);
    return b ? b : identifier(rest, tok);
  }

  if (tok->kind == TK_STR) {
    Obj *var = new_string_literal(tok->str, tok->ty);
    *rest = tok->next;
    return new_var_node(var, tok);
  }

  if (tok->kind == TK_NUM) {
    *rest = tok->next;
    return number(tok);
  }

  if (tok->kind == TK_EOF)
    error_tok(tok, "expected expression at end of input");
  if (equal(tok, "else"))
    error_tok(tok, "'else' without a previous 'if'");
  error_tok(tok, "expected expression before %s", tok_desc(tok));
}
