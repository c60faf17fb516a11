// eval.c: constant expressions (C11 6.6).
//
// Where C requires a constant — array sizes, case labels, enum values,
// bitfield widths, static initializers — the parsed expression is
// evaluated here at compile time.  A static initializer may also be an
// address: a global's, a label's, plus or minus a constant; eval reports
// which symbol through `label`.

#include "parse.h"

static int64_t eval_rval(Node *node, char ***label);
typedef unsigned __int128 u128;
static __int128 eval128(Node *node);

int64_t const_expr(Token **rest, Token *tok) {
  Node *node = conditional(rest, tok);
  return eval(node);
}

// Whether a constant expression (of _Static_assert, __builtin_choose_expr)
// is nonzero: in all its bits, which for an __int128 or a _BitInt wider
// than 64 bits are more than eval() returns.
bool const_truth(Token **rest, Token *tok) {
  Node *node = conditional(rest, tok);
  add_type(node);
  if (is_int128(node->ty))
    return eval128(node) != 0;
  return eval(node) != 0;
}

// What a failed constant expression is called where it occurs.
char *const_context = "expression is not a constant";

// Evaluate a given node as a constant expression.
//
// A constant expression is either just a number or ptr+n where ptr
// is a pointer to a global variable and n is a postiive/negative
// number.  The latter form is accepted only as an initialization
// expression for a global variable.
int64_t eval(Node *node) {
  return eval_with_label(node, NULL);
}

_Noreturn static void eval_error(Node *node) {
  error_tok(node->tok, "%s", const_context);
}

// x / y and x % y, which C leaves undefined for y == 0 and for INT_MIN / -1
// (which wraps here, as on the target).
static int64_t eval_div_mod(Node *node) {
  int64_t r = eval(node->rhs);
  if (r == 0)
    error_tok(node->tok, "division by zero in constant expression");
  bool div = node->kind == ND_DIV;
  if (node->ty->is_unsigned)
    return truncate_int(div ? (uint64_t)eval(node->lhs) / r : (uint64_t)eval(node->lhs) % r,
                        node->ty);
  if (r == -1)
    return div ? truncate_int(-(uint64_t)eval(node->lhs), node->ty) : 0;
  return div ? eval(node->lhs) / r : eval(node->lhs) % r;
}

// ==, !=, < and <= (the parser turns > and >= around), on the operands'
// type: floating, unsigned or signed.
static int64_t eval_comparison(Node *node) {
  if (is_flonum(node->lhs->ty)) {
    long double a = eval_double(node->lhs), b = eval_double(node->rhs);
    switch (node->kind) {
    case ND_EQ: return a == b;
    case ND_NE: return a != b;
    case ND_LT: return a < b;
    default: return a <= b;
    }
  }
  if (is_int128(node->lhs->ty)) {
    __int128 a = eval128(node->lhs), b = eval128(node->rhs);
    bool u = node->lhs->ty->is_unsigned;
    switch (node->kind) {
    case ND_EQ: return a == b;
    case ND_NE: return a != b;
    case ND_LT: return u ? (u128)a < (u128)b : a < b;
    default: return u ? (u128)a <= (u128)b : a <= b;
    }
  }
  int64_t a = eval(node->lhs), b = eval(node->rhs);
  switch (node->kind) {
  case ND_EQ: return a == b;
  case ND_NE: return a != b;
  case ND_LT: return node->lhs->ty->is_unsigned ? (uint64_t)a < (uint64_t)b : a < b;
  default: return node->lhs->ty->is_unsigned ? (uint64_t)a <= (uint64_t)b : a <= b;
  }
}

// A conversion: floating values truncate as gcc's do; an address stays an
// address only in a type wide enough to hold it.
static int64_t eval_cast(Node *node, char ***label) {
  if (is_flonum(node->lhs->ty)) {
    long double d = eval_double(node->lhs);
    if (node->ty->kind == TY_BOOL)
      return d != 0;
    return float_to_int(d, node->ty);
  }
  if (is_int128(node->lhs->ty) && node->ty->kind == TY_BOOL)
    return eval128(node->lhs) != 0;
  int64_t val = eval_with_label(node->lhs, label);
  if (is_integer(node->ty)) {
    if (label && *label && node->ty->size < 8)
      eval_error(node);
    if (label && *label)
      return val;
    return truncate_int(val, node->ty);
  }
  return val;
}

//
// [GNU] __int128.  A node's value has 64 bits, so an expression of a
// 128-bit type is evaluated here, in the compiler's own __int128 (which
// 9cc compiles for itself from stage 2 on), and eval() keeps its low 64
// bits, as a conversion to a narrower type would.
//

// Any integer operand's value, extended as its type says.
static __int128 eval_wide(Node *node) {
  add_type(node);
  if (is_int128(node->ty))
    return eval128(node);
  int64_t v = eval(node);
  if (node->ty->is_unsigned && node->ty->size == 8)
    return (uint64_t)v;
  return v;
}

// An integer constant's value as its type extends it to 128 bits (an
// unsigned __int128 of 2^127 or more comes out negative).
__int128 eval_exact(Node *node) {
  return eval_wide(node);
}

// Whether a scalar constant is true (nonzero).
static bool eval_truth(Node *node) {
  add_type(node);
  if (is_flonum(node->ty))
    return eval_double(node) != 0;
  return eval_wide(node) != 0;
}

// A floating value converted as gcc folds it: truncated, saturated at the
// type's bounds, 0 for NaN.
static __int128 float_to_int128(long double d, bool is_unsigned) {
  long double two127 = 170141183460469231731687303715884105728.0L;
  u128 umax = ~(u128)0;
  if (d != d)
    return 0;
  if (is_unsigned) {
    if (d <= 0)
      return 0;
    if (d >= 2 * two127)
      return umax;
    return (u128)d;
  }
  if (d >= two127)
    return umax >> 1;
  if (d <= -two127)
    return ~(umax >> 1);
  return (__int128)d;
}

static __int128 eval128_div_mod(Node *node) {
  __int128 a = eval_wide(node->lhs), b = eval_wide(node->rhs);
  if (b == 0)
    error_tok(node->tok, "division by zero in constant expression");
  bool div = node->kind == ND_DIV;
  if (node->ty->is_unsigned)
    return div ? (u128)a / (u128)b : (u128)a % (u128)b;
  if (b == -1) // the smallest value divided by -1 wraps, as on the target
    return div ? (__int128)(0 - (u128)a) : 0;
  return div ? a / b : a % b;
}

static __int128 eval128_cast(Node *node) {
  if (is_flonum(node->lhs->ty))
    return float_to_int128(eval_double(node->lhs), node->ty->is_unsigned);
  if (node->lhs->ty->kind == TY_PTR)
    eval_error(node);
  return eval_wide(node->lhs);
}

// A 128-bit value wrapped to a _BitInt's width: sign- or zero-extended
// from its top bit, as the target keeps it.
static __int128 wrap_width(__int128 v, Type *ty) {
  int shift = ty->bit_width ? 128 - ty->bit_width : 0;
  if (!shift)
    return v;
  u128 high = (u128)v << shift;
  return ty->is_unsigned ? (__int128)(high >> shift) : (__int128)high >> shift;
}

static __int128 eval128_op(Node *node);

// A constant expression of type __int128, unsigned __int128 or a _BitInt
// wider than 64 bits, wrapping as the target does.
static __int128 eval128(Node *node) {
  add_type(node);
  return wrap_width(eval128_op(node), node->ty);
}

static __int128 eval128_op(Node *node) {
  u128 shift_mask = 127;
  switch (node->kind) {
  case ND_ADD:
    return (u128)eval_wide(node->lhs) + (u128)eval_wide(node->rhs);
  case ND_SUB:
    return (u128)eval_wide(node->lhs) - (u128)eval_wide(node->rhs);
  case ND_MUL:
    return (u128)eval_wide(node->lhs) * (u128)eval_wide(node->rhs);
  case ND_DIV:
  case ND_MOD:
    return eval128_div_mod(node);
  case ND_NEG:
    return 0 - (u128)eval_wide(node->lhs);
  case ND_BITAND:
    return eval_wide(node->lhs) & eval_wide(node->rhs);
  case ND_BITOR:
    return eval_wide(node->lhs) | eval_wide(node->rhs);
  case ND_BITXOR:
    return eval_wide(node->lhs) ^ eval_wide(node->rhs);
  case ND_BITNOT:
    return ~eval_wide(node->lhs);
  case ND_SHL:
    return (u128)eval_wide(node->lhs) << (eval_wide(node->rhs) & shift_mask);
  case ND_SHR:
    if (node->ty->is_unsigned)
      return (u128)eval_wide(node->lhs) >> (eval_wide(node->rhs) & shift_mask);
    return eval_wide(node->lhs) >> (eval_wide(node->rhs) & shift_mask);
  case ND_COND:
    return eval_truth(node->cond) ? eval_wide(node->then) : eval_wide(node->els);
  case ND_COMMA:
    return eval_wide(node->rhs);
  case ND_CAST:
    return eval128_cast(node);
  case ND_NUM:
    return node->ty->is_unsigned ? (__int128)(uint64_t)node->val : node->val;
  case ND_VAR:
    if (node->var->is_constexpr)
      return node->var->constexpr_value;
    eval_error(node);
  default:
    eval_error(node);
  }
}

// A static initializer of an __int128 object: its 16 bytes, low first.
void eval_int128(Node *node, char *buf) {
  u128 v = eval128(node);
  for (int i = 0; i < 16; i++, v >>= 8)
    buf[i] = (char)v;
}

// `static void *p = &&x;`: the label's unique name is known when the
// function is done, and the relocation outlives the node, so it gets
// a cell that resolve_goto_labels() fills.
static char **label_cell(Node *node) {
  LabelCell *lc = xcalloc(1, sizeof(LabelCell));
  lc->cell = xcalloc(1, sizeof(char *));
  lc->node = node;
  lc->next = label_cells;
  label_cells = lc;
  return lc->cell;
}

// Evaluates a constant expression: a number, or (for static initializers)
// the address of a global plus an offset, with the global's name in *label.
int64_t eval_with_label(Node *node, char ***label) {
  add_type(node);

  if (is_flonum(node->ty))
    return eval_double(node);
  if (is_int128(node->ty))
    return (int64_t)eval128(node);

  switch (node->kind) {
  // Wrapping arithmetic, as the target does: no signed overflow here.
  case ND_ADD:
    return (int64_t)((uint64_t)eval_with_label(node->lhs, label) + (uint64_t)eval(node->rhs));
  case ND_SUB:
    if (label && node->lhs->ty->kind == TY_PTR && node->rhs->ty->kind == TY_PTR) {
      // &a[3] - &a[1]: both sides have the same label.
      char **l1 = NULL, **l2 = NULL;
      int64_t a = eval_with_label(node->lhs, &l1), b = eval_with_label(node->rhs, &l2);
      if (l1 != l2 && (!l1 || !l2 || strcmp(*l1, *l2)))
        eval_error(node);
      return (int64_t)((uint64_t)a - (uint64_t)b);
    }
    return (int64_t)((uint64_t)eval_with_label(node->lhs, label) - (uint64_t)eval(node->rhs));
  case ND_MUL:
    return (int64_t)((uint64_t)eval(node->lhs) * (uint64_t)eval(node->rhs));
  case ND_DIV:
  case ND_MOD:
    return eval_div_mod(node);
  case ND_NEG:
    return truncate_int(-(uint64_t)eval(node->lhs), node->ty);
  case ND_BITAND:
    return eval(node->lhs) & eval(node->rhs);
  case ND_BITOR:
    return eval(node->lhs) | eval(node->rhs);
  case ND_BITXOR:
    return eval(node->lhs) ^ eval(node->rhs);
  case ND_SHL:
    return truncate_int((uint64_t)eval(node->lhs) << (eval(node->rhs) & 63), node->ty);
  case ND_SHR:
    if (node->ty->is_unsigned && node->ty->size == 8)
      return (uint64_t)eval(node->lhs) >> (eval(node->rhs) & 63);
    if (node->ty->is_unsigned)
      return (uint32_t)eval(node->lhs) >> (eval(node->rhs) & 31);
    return eval(node->lhs) >> (eval(node->rhs) & 63);
  case ND_EQ:
  case ND_NE:
  case ND_LT:
  case ND_LE:
    return eval_comparison(node);
  case ND_COND:
    return eval_truth(node->cond) ? eval_with_label(node->then, label) : eval_with_label(node->els, label);
  case ND_COMMA:
    return eval_with_label(node->rhs, label);
  case ND_NOT:
    return !eval_truth(node->lhs);
  case ND_BITNOT:
    return truncate_int(~eval(node->lhs), node->ty);
  case ND_LOGAND:
    return eval_truth(node->lhs) && eval_truth(node->rhs);
  case ND_LOGOR:
    return eval_truth(node->lhs) || eval_truth(node->rhs);
  case ND_CAST:
    return eval_cast(node, label);
  case ND_ADDR:
    return eval_rval(node->lhs, label);
  case ND_LABEL_VAL:
    if (!label)
      eval_error(node);
    *label = label_cell(node);
    return 0;
  case ND_MEMBER:
    // An array member used as an address: `&s.arr[2]`, offsetof.
    if (node->ty->kind != TY_ARRAY)
      eval_error(node);
    return eval_rval(node->lhs, label) + node->member->offset;
  case ND_DEREF:
    // `*&x` and array elements used as addresses: `&a[3]`, `a[1]` where a
    // is an array of arrays.
    if (node->ty->kind != TY_ARRAY && node->ty->kind != TY_FUNC)
      eval_error(node);
    return eval_with_label(node->lhs, label);
  case ND_VAR:
    if (node->var->is_constexpr)
      return node->var->constexpr_value;
    if (!label)
      eval_error(node);
    if (node->var->ty->kind != TY_ARRAY && node->var->ty->kind != TY_FUNC)
      eval_error(node);
    if (node->var->is_local)
      eval_error(node);
    *label = node->var->asm_name ? &node->var->asm_name : &node->var->name;
    return 0;
  case ND_NUM:
    return node->val;
  default:
    break;
  }

  eval_error(node);
}

static int64_t eval_rval(Node *node, char ***label) {
  switch (node->kind) {
  case ND_VAR:
    if (node->var->is_local || !label)
      eval_error(node);
    *label = node->var->asm_name ? &node->var->asm_name : &node->var->name;
    return 0;
  case ND_DEREF:
    return eval_with_label(node->lhs, label);
  case ND_MEMBER:
    return eval_rval(node->lhs, label) + node->member->offset;
  default:
    break;
  }

  eval_error(node);
}

// Whether an offsetof expression folds: no variables inside.
bool is_const_offset(Node *node) {
  if (!node)
    return true;
  if (node->kind == ND_VAR || node->kind == ND_FUNCALL || node->kind == ND_ASSIGN)
    return false;
  return is_const_offset(node->lhs) && is_const_offset(node->rhs);
}

bool is_const_expr(Node *node) {
  add_type(node);

  if (is_binary_op(node->kind) || node->kind == ND_LOGAND || node->kind == ND_LOGOR)
    return is_const_expr(node->lhs) && is_const_expr(node->rhs);

  switch (node->kind) {
  case ND_COND:
    if (!is_const_expr(node->cond))
      return false;
    return is_const_expr(eval(node->cond) ? node->then : node->els);
  case ND_COMMA:
    return is_const_expr(node->rhs);
  case ND_NEG:
  case ND_NOT:
  case ND_BITNOT:
  case ND_CAST:
    return is_const_expr(node->lhs);
  case ND_VAR:
    return node->var->is_constexpr;
  case ND_NUM:
    return true;
  default:
    return false;
  }
}

double eval_double(Node *node) {
  add_type(node);

  if (is_int128(node->ty))
    return node->ty->is_unsigned ? (double)(u128)eval128(node) : (double)eval128(node);
  if (is_integer(node->ty)) {
    if (node->ty->is_unsigned)
      return (unsigned long)eval(node);
    return eval(node);
  }

  switch (node->kind) {
  case ND_ADD:
    return eval_double(node->lhs) + eval_double(node->rhs);
  case ND_SUB:
    return eval_double(node->lhs) - eval_double(node->rhs);
  case ND_MUL:
    return eval_double(node->lhs) * eval_double(node->rhs);
  case ND_DIV:
    return eval_double(node->lhs) / eval_double(node->rhs);
  case ND_NEG:
    return -eval_double(node->lhs);
  case ND_COND:
    return eval_double(node->cond) ? eval_double(node->then) : eval_double(node->els);
  case ND_COMMA:
    return eval_double(node->rhs);
  case ND_CAST:
    if (is_flonum(node->lhs->ty)) {
      if (node->ty->kind == TY_FLOAT)
        return (float)eval_double(node->lhs);
      return eval_double(node->lhs);
    }
    if (node->ty->kind == TY_FLOAT && is_int128(node->lhs->ty)) {
      if (node->lhs->ty->is_unsigned)
        return (float)(u128)eval128(node->lhs);
      return (float)eval128(node->lhs);
    }
    if (is_int128(node->lhs->ty))
      return eval_double(node->lhs);
    if (node->ty->kind == TY_FLOAT) {
      if (node->lhs->ty->is_unsigned && node->lhs->ty->size == 8)
        return (float)(uint64_t)eval(node->lhs);
      return (float)eval(node->lhs);
    }
    if (node->lhs->ty->is_unsigned && node->lhs->ty->size == 8)
      return (uint64_t)eval(node->lhs);
    return eval(node->lhs);
  case ND_NUM:
    return node->fval;
  default:
    break;
  }

  error_tok(node->tok, "initializer element is not constant");
}
