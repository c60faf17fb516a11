// complex.c: complex arithmetic.
//
// A complex value is a struct {re, im}; each operator on complex operands
// is written out as operations on the parts, through temporaries so that
// each operand is evaluated once.  Constant complex expressions (static
// initializers) are evaluated here too.

#include "parse.h"

// Constant complex expressions come out of the parser as statements on
// temporaries (see complex_binary); this evaluates them with the
// temporaries' values kept in a small table.
typedef struct {
  Obj *var[64];
  long double re[64], im[64];
  int n;
} ComplexEnv;

static int cenv_slot(ComplexEnv *env, Obj *var, Node *node) {
  for (int i = 0; i < env->n; i++)
    if (env->var[i] == var)
      return i;
  if (env->n == 64)
    error_tok(node->tok, "initializer element is not constant");
  env->var[env->n] = var;
  env->re[env->n] = env->im[env->n] = 0;
  return env->n++;
}

static long double ceval_real(Node *node, ComplexEnv *env);

static void ceval(Node *node, ComplexEnv *env, long double *re, long double *im) {
  switch (node->kind) {
  case ND_COMMA:
    ceval(node->lhs, env, re, im);
    ceval(node->rhs, env, re, im);
    return;
  case ND_ASSIGN:
    if (node->lhs->kind == ND_VAR && node->lhs->var->is_local) {
      int i = cenv_slot(env, node->lhs->var, node);
      if (is_complex(node->lhs->ty)) {
        ceval(node->rhs, env, &env->re[i], &env->im[i]);
      } else {
        env->re[i] = ceval_real(node->rhs, env);
        env->im[i] = 0;
      }
      *re = env->re[i];
      *im = env->im[i];
      return;
    }
    if (node->lhs->kind == ND_MEMBER && node->lhs->lhs->kind == ND_VAR &&
        node->lhs->lhs->var->is_local) {
      int i = cenv_slot(env, node->lhs->lhs->var, node);
      long double v = ceval_real(node->rhs, env);
      if (node->lhs->member->idx)
        env->im[i] = v;
      else
        env->re[i] = v;
      *re = v;
      *im = 0;
      return;
    }
    break;
  case ND_VAR:
    if (node->var->is_local) {
      int i = cenv_slot(env, node->var, node);
      *re = env->re[i];
      *im = env->im[i];
      return;
    }
    break;
  default:
    if (!is_complex(node->ty)) {
      *re = ceval_real(node, env);
      *im = 0;
      return;
    }
    break;
  }
  error_tok(node->tok, "initializer element is not constant");
}

static long double ceval_real(Node *node, ComplexEnv *env) {
  add_type(node);
  switch (node->kind) {
  case ND_ADD:
    return ceval_real(node->lhs, env) + ceval_real(node->rhs, env);
  case ND_SUB:
    return ceval_real(node->lhs, env) - ceval_real(node->rhs, env);
  case ND_MUL:
    return ceval_real(node->lhs, env) * ceval_real(node->rhs, env);
  case ND_DIV:
    return ceval_real(node->lhs, env) / ceval_real(node->rhs, env);
  case ND_NEG:
    return -ceval_real(node->lhs, env);
  case ND_CAST:
    if (is_flonum(node->ty) || is_integer(node->ty)) {
      long double v = ceval_real(node->lhs, env);
      if (node->ty->kind == TY_FLOAT)
        return (float)v;
      if (node->ty->kind == TY_DOUBLE)
        return (double)v;
      if (is_integer(node->ty))
        return (long double)(int64_t)v;
      return v;
    }
    break;
  case ND_MEMBER:
    if (node->lhs->kind == ND_VAR && node->lhs->var->is_local) {
      int i = cenv_slot(env, node->lhs->var, node);
      return node->member->idx ? env->im[i] : env->re[i];
    }
    if (is_complex(node->lhs->ty)) {
      long double re, im;
      ceval(node->lhs, env, &re, &im);
      return node->member->idx ? im : re;
    }
    break;
  case ND_VAR:
    if (node->var->is_local) {
      int i = cenv_slot(env, node->var, node);
      return env->re[i];
    }
    break;
  case ND_COMMA: {
    long double re, im;
    ceval(node->lhs, env, &re, &im);
    return ceval_real(node->rhs, env);
  }
  case ND_NUM:
    return is_flonum(node->ty) ? node->fval : (long double)node->val;
  default:
    break;
  }
  if (is_const_expr(node))
    return is_flonum(node->ty) || is_int128(node->ty) ? eval_double(node) : (long double)eval(node);
  error_tok(node->tok, "initializer element is not constant");
}

void eval_complex(Node *node, long double *re, long double *im) {
  ComplexEnv env = {0};
  add_type(node);
  ceval(node, &env, re, im);
}

//
// Complex arithmetic.  A complex value is a struct {re, im}; each operator
// is written out on its parts, through temporaries so that operands are
// evaluated once.
//

Node *complex_part(Node *z, int which, Token *tok) {
  add_type(z);
  Node *node = new_unary(ND_MEMBER, z, tok);
  node->member = which ? z->ty->members->next : z->ty->members;
  add_type(node);
  return node;
}

// (t.re = re, t.im = im, t) for a new temporary t of complex type cty.
Node *complex_value(Node *re, Node *im, Type *cty, Token *tok) {
  Obj *t = new_lvar("", cty);
  Type *base = cty->complex_base;
  Node *set_re = new_binary(ND_ASSIGN, complex_part(new_var_node(t, tok), 0, tok),
                            new_cast(re, base), tok);
  Node *set_im = new_binary(ND_ASSIGN, complex_part(new_var_node(t, tok), 1, tok),
                            new_cast(im, base), tok);
  Node *node = new_binary(ND_COMMA, new_binary(ND_COMMA, set_re, set_im, tok),
                          new_var_node(t, tok), tok);
  add_type(node);
  return node;
}

Node *zero_of(Type *ty, Token *tok) {
  return new_cast(new_num(0, tok), ty);
}

// Stores an operand in a temporary; *var receives it.
static Node *complex_temp(Node *z, Obj **var, Token *tok) {
  add_type(z);
  *var = new_lvar("", z->ty);
  return new_binary(ND_ASSIGN, new_var_node(*var, tok), z, tok);
}

// Converts a real or complex value to the complex type cty.
Node *to_complex(Node *n, Type *cty, Token *tok) {
  add_type(n);
  if (unqual(n->ty) == cty)
    return n;
  if (is_complex(n->ty)) {
    Obj *t;
    Node *set = complex_temp(n, &t, tok);
    Node *val = complex_value(complex_part(new_var_node(t, tok), 0, tok),
                              complex_part(new_var_node(t, tok), 1, tok), cty, tok);
    return new_binary(ND_COMMA, set, val, tok);
  }
  if (!is_numeric(n->ty))
    error_tok(tok, "invalid operand for a complex operation (have '%s')", type_name(n->ty));
  return complex_value(n, zero_of(cty->complex_base, tok), cty, tok);
}

// A complex value converted to the real type ty: its real part.
static Node *complex_to_real(Node *n, Type *ty, Token *tok) {
  return new_cast(complex_part(n, 0, tok), ty);
}

static Type *complex_common(Type *a, Type *b) {
  Type *ea = is_complex(a) ? a->complex_base : a;
  Type *eb = is_complex(b) ? b->complex_base : b;
  Node x = {.kind = ND_NUM, .ty = ea}, y = {.kind = ND_NUM, .ty = eb};
  Node *px = &x, *py = &y;
  Node *sum = new_binary(ND_ADD, px, py, NULL);
  add_type(sum);
  return complex_type(sum->ty);
}

Node *complex_binary(NodeKind kind, Node *a, Node *b, Token *tok) {
  add_type(a);
  add_type(b);
  Type *cty = complex_common(a->ty, b->ty);
  Obj *x, *y;
  Node *setup = new_binary(ND_COMMA, complex_temp(to_complex(a, cty, tok), &x, tok),
                           complex_temp(to_complex(b, cty, tok), &y, tok), tok);
#define XR complex_part(new_var_node(x, tok), 0, tok)
#define XI complex_part(new_var_node(x, tok), 1, tok)
#define YR complex_part(new_var_node(y, tok), 0, tok)
#define YI complex_part(new_var_node(y, tok), 1, tok)
  Node *re, *im;
  switch (kind) {
  case ND_ADD:
  case ND_SUB:
    re = new_binary(kind, XR, YR, tok);
    im = new_binary(kind, XI, YI, tok);
    break;
  case ND_MUL:
    re = new_binary(ND_SUB, new_binary(ND_MUL, XR, YR, tok), new_binary(ND_MUL, XI, YI, tok), tok);
    im = new_binary(ND_ADD, new_binary(ND_MUL, XR, YI, tok), new_binary(ND_MUL, XI, YR, tok), tok);
    break;
  case ND_DIV: {
    Obj *d = new_lvar("", cty->complex_base);
    Node *den = new_binary(ND_ASSIGN, new_var_node(d, tok),
                           new_binary(ND_ADD, new_binary(ND_MUL, YR, YR, tok),
                                      new_binary(ND_MUL, YI, YI, tok), tok), tok);
    setup = new_binary(ND_COMMA, setup, den, tok);
    re = new_binary(ND_DIV, new_binary(ND_ADD, new_binary(ND_MUL, XR, YR, tok),
                                       new_binary(ND_MUL, XI, YI, tok), tok),
                    new_var_node(d, tok), tok);
    im = new_binary(ND_DIV, new_binary(ND_SUB, new_binary(ND_MUL, XI, YR, tok),
                                       new_binary(ND_MUL, XR, YI, tok), tok),
                    new_var_node(d, tok), tok);
    break;
  }
  case ND_EQ:
  case ND_NE: {
    Node *both = new_binary(ND_LOGAND, new_binary(ND_EQ, XR, YR, tok),
                            new_binary(ND_EQ, XI, YI, tok), tok);
    Node *res = kind == ND_EQ ? both : new_unary(ND_NOT, both, tok);
    Node *node = new_binary(ND_COMMA, setup, res, tok);
    add_type(node);
    return node;
  }
  default:
    error_tok(tok, "invalid operands to binary operator (complex)");
  }
#undef XR
#undef XI
#undef YR
#undef YI
  Node *node = new_binary(ND_COMMA, setup, complex_value(re, im, cty, tok), tok);
  add_type(node);
  return node;
}

// -z, or ~z (the conjugate, in GNU C).
// z's parts put together again, each negated or not: -z, ~z and +z (a
// value, no longer an lvalue).
static Node *complex_rebuild(Node *z, bool neg_re, bool neg_im, Token *tok) {
  Obj *x;
  Node *setup = complex_temp(z, &x, tok);
  Node *re = complex_part(new_var_node(x, tok), 0, tok);
  Node *im = complex_part(new_var_node(x, tok), 1, tok);
  if (neg_re)
    re = new_unary(ND_NEG, re, tok);
  if (neg_im)
    im = new_unary(ND_NEG, im, tok);
  Node *node = new_binary(ND_COMMA, setup, complex_value(re, im, z->ty, tok), tok);
  add_type(node);
  return node;
}

Node *complex_unary(bool conj, Node *z, Token *tok) {
  return complex_rebuild(z, !conj, true, tok);
}

Node *complex_plus(Node *z, Token *tok) {
  return complex_rebuild(z, false, false, tok);
}

// The branches of `c ? a : b` when one is complex and the other complex or
// arithmetic: both converted to their common complex type, as the usual
// arithmetic conversions say (C11 6.5.15p5).
void complex_branches(Node *node) {
  add_type(node->then);
  add_type(node->els);
  Type *a = node->then->ty, *b = node->els->ty;
  if (!(is_complex(a) || is_complex(b)) || !(is_complex(a) || is_numeric(a)) ||
      !(is_complex(b) || is_numeric(b)))
    return;
  Type *cty = complex_common(a, b);
  node->then = complex_convert(node->then, cty, node->tok);
  node->els = complex_convert(node->els, cty, node->tok);
}

// Converts a value for storing into an object of type ty, where either
// side may be complex.
Node *complex_convert(Node *n, Type *ty, Token *tok) {
  add_type(n);
  if (is_complex(ty) && unqual(n->ty) != unqual(ty))
    n = to_complex(n, unqual(ty), tok);
  else if (!is_complex(ty) && is_complex(n->ty) && is_numeric(ty))
    n = complex_to_real(n, ty, tok);
  add_type(n);
  return n;
}

// A real constant expression, which may be made of complex parts
// (`creal(z) * 2` with z a constant complex).
long double eval_real_constant(Node *node) {
  ComplexEnv env = {0};
  return ceval_real(node, &env);
}
