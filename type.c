// type.c: C types, and the pass that gives every AST node its type.
//
// The parser builds nodes and calls add_type() on each expression; this file
// works out the C type of the result (the integer promotions and the usual
// arithmetic conversions of C11 6.3, pointer arithmetic, member types) and
// inserts the implicit conversions as explicit ND_CAST nodes, so that the
// code generator never has to think about C's conversion rules.  It also
// owns the small node constructors that those conversions need, so that it
// never has to call back into the parser.

#include "9cc.h"

Type *ty_void = &(Type){.kind = TY_VOID, .size = 1, .align = 1};
Type *ty_bool = &(Type){.kind = TY_BOOL, .size = 1, .align = 1};
// C23's nullptr_t: a pointer type of its own, compatible with no other
// (_Generic tells it from void *), whose one value is the null pointer.
Type *ty_nullptr = &(Type){.kind = TY_PTR, .size = 8, .align = 8, .is_unsigned = true,
                           .base = &(Type){.kind = TY_VOID, .size = 1, .align = 1}};
// _Float128 (binary128), which 9cc has no arithmetic for: an opaque
// 16-byte object, so that declarations from glibc's headers as gcc
// preprocesses them compile; a value can be copied, and its address
// taken, but any arithmetic or conversion is an error (ops.c).
Type *ty_float128 = &(Type){.kind = TY_STRUCT, .size = 16, .align = 16};

Type *ty_char = &(Type){.kind = TY_CHAR, .size = 1, .align = 1, .is_plain_char = true};
Type *ty_schar = &(Type){.kind = TY_CHAR, .size = 1, .align = 1, .is_schar = true};
Type *ty_short = &(Type){.kind = TY_SHORT, .size = 2, .align = 2};
Type *ty_int = &(Type){.kind = TY_INT, .size = 4, .align = 4};
Type *ty_long = &(Type){.kind = TY_LONG, .size = 8, .align = 8};
Type *ty_llong = &(Type){.kind = TY_LONG, .size = 8, .align = 8, .is_longlong = true};

Type *ty_uchar = &(Type){.kind = TY_CHAR, .size = 1, .align = 1, .is_unsigned = true};
Type *ty_ushort = &(Type){.kind = TY_SHORT, .size = 2, .align = 2, .is_unsigned = true};
Type *ty_uint = &(Type){.kind = TY_INT, .size = 4, .align = 4, .is_unsigned = true};
Type *ty_ulong = &(Type){.kind = TY_LONG, .size = 8, .align = 8, .is_unsigned = true};
Type *ty_ullong = &(Type){.kind = TY_LONG, .size = 8, .align = 8, .is_unsigned = true, .is_longlong = true};

// [GNU] __int128: two eightbytes, aligned to 16, ranked above long long.
Type *ty_int128 = &(Type){.kind = TY_INT128, .size = 16, .align = 16};
Type *ty_uint128 = &(Type){.kind = TY_INT128, .size = 16, .align = 16, .is_unsigned = true};

Type *ty_float = &(Type){.kind = TY_FLOAT, .size = 4, .align = 4};
Type *ty_double = &(Type){.kind = TY_DOUBLE, .size = 8, .align = 8};
Type *ty_ldouble = &(Type){.kind = TY_LDOUBLE, .size = 16, .align = 16};

static Type *new_type(TypeKind kind, int size, int align) {
  Type *ty = xcalloc(1, sizeof(Type));
  ty->kind = kind;
  ty->size = size;
  ty->align = align;
  return ty;
}

bool is_integer(Type *ty) {
  TypeKind k = ty->kind;
  return k == TY_BOOL || k == TY_CHAR || k == TY_SHORT || k == TY_INT ||
         k == TY_LONG || k == TY_ENUM || k == TY_INT128;
}

bool is_int128(Type *ty) {
  return ty->kind == TY_INT128;
}

bool is_flonum(Type *ty) {
  return ty->kind == TY_FLOAT || ty->kind == TY_DOUBLE || ty->kind == TY_LDOUBLE;
}

bool is_numeric(Type *ty) {
  return is_integer(ty) || is_flonum(ty);
}

bool is_scalar(Type *ty) {
  return is_numeric(ty) || ty->kind == TY_PTR;
}

// The type a qualified or typedef'd copy was made from.
Type *unqual(Type *ty) {
  while (ty->origin)
    ty = ty->origin;
  return ty;
}

static bool same_quals(Type *t1, Type *t2) {
  return t1->is_const == t2->is_const && t1->is_volatile == t2->is_volatile;
}

// An enum is compatible with its underlying integer type (C11 6.7.2.2p4):
// gcc's is unsigned int unless an enumerator is negative (then int), long
// for values past 32 bits.  (Packed and fixed narrower ones are left out.)
static bool is_enum_underlying(Type *e, Type *i) {
  return i->kind == (e->size == 8 ? TY_LONG : TY_INT) && e->size == i->size &&
         i->is_unsigned == e->is_unsigned && !i->is_longlong && !i->bit_width;
}

// C11 6.2.7: top-level qualifiers are ignored (callers compare them where
// they matter); those of pointed-to and element types must agree.
bool is_compatible(Type *t1, Type *t2) {
  if (t1 == t2)
    return true;
  if (t1->origin)
    return is_compatible(t1->origin, t2);
  if (t2->origin)
    return is_compatible(t1, t2->origin);
  if (t1->kind == TY_ENUM && t2->kind != TY_ENUM)
    return is_enum_underlying(t1, t2);
  if (t2->kind == TY_ENUM && t1->kind != TY_ENUM)
    return is_enum_underlying(t2, t1);
  // A variable length array is compatible with any array of a compatible
  // element type (C11 6.7.6.2p6): its length is only known at run time.
  if ((t1->kind == TY_VLA && (t2->kind == TY_ARRAY || t2->kind == TY_VLA)) ||
      (t2->kind == TY_VLA && t1->kind == TY_ARRAY))
    return same_quals(t1->base, t2->base) && is_compatible(t1->base, t2->base);
  if (t1->kind != t2->kind)
    return false;

  switch (t1->kind) {
  case TY_CHAR:
  case TY_SHORT:
  case TY_INT:
  case TY_LONG:
  case TY_INT128:
    return t1->is_unsigned == t2->is_unsigned && t1->is_longlong == t2->is_longlong &&
           t1->is_schar == t2->is_schar && t1->is_plain_char == t2->is_plain_char &&
           t1->bit_width == t2->bit_width;
  case TY_FLOAT:
  case TY_DOUBLE:
  case TY_LDOUBLE:
  case TY_VOID:
  case TY_BOOL:
    return true;
  case TY_PTR:
    if (t1 == ty_nullptr || t2 == ty_nullptr)
      return false;
    return same_quals(t1->base, t2->base) && is_compatible(t1->base, t2->base);
  case TY_FUNC: {
    if (!is_compatible(t1->return_ty, t2->return_ty))
      return false;
    if (t1->is_oldstyle || t2->is_oldstyle)
      return true;
    if (t1->is_variadic != t2->is_variadic)
      return false;
    Type *p1 = t1->params, *p2 = t2->params;
    for (; p1 && p2; p1 = p1->next, p2 = p2->next)
      if (!is_compatible(p1, p2))
        return false;
    return p1 == NULL && p2 == NULL;
  }
  case TY_ARRAY:
    if (!same_quals(t1->base, t2->base) || !is_compatible(t1->base, t2->base))
      return false;
    return t1->array_len < 0 || t2->array_len < 0 || t1->array_len == t2->array_len;
  default:
    return false;
  }
}

// A qualified or typedef'd copy of a struct made while the struct was
// still incomplete catches up with its completed original.
Type *complete_type(Type *ty) {
  if ((ty->kind != TY_STRUCT && ty->kind != TY_UNION) || ty->size >= 0 || !ty->origin)
    return ty;
  Type *root = unqual(ty);
  if (root->size < 0)
    return ty;
  ty->members = root->members;
  ty->size = root->size;
  ty->align = root->align;
  ty->is_flexible = root->is_flexible;
  ty->is_packed = root->is_packed;
  return ty;
}

Type *copy_type(Type *ty) {
  Type *ret = xcalloc(1, sizeof(Type));
  *ret = *ty;
  ret->origin = ty;
  return ret;
}

Type *qualified_type(Type *ty, bool is_const, bool is_volatile) {
  if ((!is_const || ty->is_const) && (!is_volatile || ty->is_volatile))
    return ty;
  Type *ret = copy_type(ty);
  ret->is_const |= is_const;
  ret->is_volatile |= is_volatile;
  return ret;
}

// _Atomic T, from the qualifier or the specifier _Atomic(T).
Type *atomic_type(Type *ty) {
  if (ty->is_atomic)
    return ty;
  Type *ret = copy_type(ty);
  ret->is_atomic = true;
  // As gcc does: an atomic object of 2, 4, 8 or 16 bytes is aligned to its
  // size, so that the lock-free instructions can take it.
  if ((ty->size == 2 || ty->size == 4 || ty->size == 8 || ty->size == 16) && ty->align < ty->size)
    ret->align = ty->size;
  return ret;
}

// A cast's value is not const: the type without its const, copied only
// when there is a const to drop (types are shared, never changed in place).
Type *unconst(Type *ty) {
  if (!ty->is_const)
    return ty;
  Type *ret = copy_type(ty);
  ret->is_const = false;
  return ret;
}

Type *pointer_to(Type *base) {
  Type *ty = new_type(TY_PTR, 8, 8);
  ty->base = base;
  ty->is_unsigned = true;
  return ty;
}

Type *func_type(Type *return_ty) {
  // sizeof on a function is 1 in GNU C.
  Type *ty = new_type(TY_FUNC, 1, 1);
  ty->return_ty = return_ty;
  return ty;
}

Type *array_of(Type *base, int len) {
  Type *ty = new_type(TY_ARRAY, base->size * (len < 0 ? 0 : len), base->align);
  ty->base = base;
  ty->array_len = len;
  return ty;
}

Type *vla_of(Type *base, Node *len) {
  Type *ty = new_type(TY_VLA, 8, 8);
  ty->base = base;
  ty->vla_len = len;
  return ty;
}

Type *enum_type(void) {
  Type *ty = new_type(TY_ENUM, 4, 4);
  ty->is_unsigned = true; // gcc: unsigned unless an enumerator is negative
  return ty;
}

// A struct or union (vectors and complex types are structs here too).
bool is_aggregate(Type *ty) {
  return ty->kind == TY_STRUCT || ty->kind == TY_UNION;
}

// Whether a struct or union value of type b may stand where one of type a
// is expected (assigned, or in the other branch of ?:).  Two empty structs
// have the same NULL members, as a scalar has none: the kinds must agree.
bool same_aggregate(Type *a, Type *b) {
  return a->kind == b->kind && (is_compatible(unqual(a), unqual(b)) || unqual(a) == unqual(b) ||
                                a->members == b->members);
}

bool is_float128(Type *ty) {
  return unqual(ty) == ty_float128;
}

bool is_nullptr_t(Type *ty) {
  while (ty->origin)
    ty = ty->origin;
  return ty == ty_nullptr;
}

Type *struct_type(void) {
  return new_type(TY_STRUCT, 0, 1);
}

// A readable spelling of a type, for diagnostics.
char *type_name(Type *ty) {
  if (!ty)
    return "?";
  char *q = ty->is_const ? "const " : "";
  if (ty->bit_width && ty->kind != TY_ENUM)
    return format("%s%s_BitInt(%d)", q, ty->is_unsigned ? "unsigned " : "", ty->bit_width);
  switch (ty->kind) {
  case TY_VOID: return format("%svoid", q);
  case TY_BOOL: return format("%s_Bool", q);
  case TY_CHAR:
    return format("%s%schar", q,
                  ty->is_plain_char ? "" : ty->is_unsigned ? "unsigned " : ty->is_schar ? "signed " : "");
  case TY_SHORT: return format("%s%sshort", q, ty->is_unsigned ? "unsigned " : "");
  case TY_INT: return format("%s%sint", q, ty->is_unsigned ? "unsigned " : "");
  case TY_LONG:
    return format("%s%slong%s", q, ty->is_unsigned ? "unsigned " : "",
                  ty->is_longlong ? " long" : "");
  case TY_INT128: return format("%s__int128%s", q, ty->is_unsigned ? " unsigned" : "");
  case TY_FLOAT: return format("%sfloat", q);
  case TY_DOUBLE: return format("%sdouble", q);
  case TY_LDOUBLE: return format("%slong double", q);
  case TY_ENUM:
    return ty->tag ? format("%senum %.*s", q, ty->tag->len, ty->tag->loc) : format("%senum", q);
  case TY_PTR:
    if (is_nullptr_t(ty))
      return format("%snullptr_t", q);
    return format("%s *%s", type_name(ty->base), ty->is_const ? "const" : "");
  case TY_FUNC: {
    char *params = "";
    for (Type *p = ty->params; p; p = p->next)
      params = format("%s%s%s", params, p == ty->params ? "" : ", ", type_name(p));
    if (ty->is_variadic)
      params = format("%s%s...", params, ty->params ? ", " : "");
    else if (!ty->params && !ty->is_oldstyle)
      params = "void";
    return format("%s (%s)", type_name(ty->return_ty), params);
  }
  case TY_ARRAY: {
    // int m[2][3] is an array of 2 arrays of 3 ints: dimensions outer first.
    char *dims = "";
    Type *t = ty;
    for (; t->kind == TY_ARRAY; t = t->base)
      dims = format("%s[%d]", dims, t->array_len < 0 ? 0 : t->array_len);
    return format("%s%s", type_name(t), dims);
  }
  case TY_VLA: return format("%s[*]", type_name(ty->base));
  case TY_STRUCT:
    if (is_float128(ty))
      return format("%s_Float128", q);
    if (ty->vector_base)
      return format("%s__vector(%d) %s", q, vector_len(ty), type_name(ty->vector_base));
    if (ty->complex_base)
      return format("%scomplex %s", q, type_name(ty->complex_base));
    if (!ty->tag)
      return format("%sstruct <anonymous>", q);
    return format("%sstruct %.*s", q, ty->tag->len, ty->tag->loc);
  case TY_UNION:
    if (!ty->tag)
      return format("%sunion <anonymous>", q);
    return format("%sunion %.*s", q, ty->tag->len, ty->tag->loc);
  }
  return "?";
}

//
// Node constructors needed by the conversions below.
//

// Nodes have an arena of their own: the parser releases a function's
// nodes once its code is generated (see release_nodes()).
static Arena *nodes;

Node *new_node(NodeKind kind, Token *tok) {
  if (!nodes)
    nodes = new_arena();
  Node *node = arena_alloc(nodes, sizeof(Node));
  node->kind = kind;
  node->tok = tok;
  return node;
}

// Every node made after mark_nodes() is gone after release_nodes().
ArenaMark mark_nodes(void) {
  if (!nodes)
    nodes = new_arena();
  return arena_mark(nodes);
}

void release_nodes(ArenaMark m) {
  arena_release(nodes, m);
}

Node *new_num(int64_t val, Token *tok) {
  Node *node = new_node(ND_NUM, tok);
  node->val = val;
  return node;
}

// An integer value converted to the integer type ty (C11 6.3.1.3, with
// gcc's modulo rule for signed types).
int64_t truncate_int(int64_t val, Type *ty) {
  if (ty->kind == TY_BOOL)
    return val != 0;
  if (ty->bit_width && ty->bit_width < 64) {
    int shift = 64 - ty->bit_width;
    return ty->is_unsigned ? (int64_t)(((uint64_t)val << shift) >> shift)
                           : (int64_t)((uint64_t)val << shift) >> shift;
  }
  switch (ty->size) {
  case 1: return ty->is_unsigned ? (int64_t)(uint8_t)val : (int64_t)(int8_t)val;
  case 2: return ty->is_unsigned ? (int64_t)(uint16_t)val : (int64_t)(int16_t)val;
  case 4: return ty->is_unsigned ? (int64_t)(uint32_t)val : (int64_t)(int32_t)val;
  }
  return val;
}

// Two types whose values have the same representation: a cast between them
// does nothing.
static bool same_representation(Type *a, Type *b) {
  if (a->kind != b->kind || a->size != b->size || a->is_unsigned != b->is_unsigned ||
      a->bit_width != b->bit_width)
    return false;
  return is_integer(a) || is_flonum(a);
}

// A floating constant converted to an integer type at compile time, as
// gcc folds it: truncated towards zero, saturated to the type's bounds
// when out of range, and 0 for NaN.  (At run time such a conversion is
// undefined; the hardware gives other answers, see codegen.c.)
int64_t float_to_int(long double d, Type *ty) {
  if (d != d)
    return 0;
  int bits = ty->size * 8;
  if (ty->is_unsigned) {
    long double max = bits == 64 ? 18446744073709551615.0L : (long double)((1ULL << bits) - 1);
    if (d <= 0)
      return 0;
    if (d >= max)
      return truncate_int((int64_t)(uint64_t)max, ty);
    return truncate_int((int64_t)(uint64_t)d, ty);
  }
  int64_t max = bits == 64 ? INT64_MAX : (int64_t)((1ULL << (bits - 1)) - 1);
  int64_t min = -max - 1;
  if (d <= (long double)min)
    return min;
  if (d >= (long double)max)
    return max;
  return (int64_t)d;
}

Node *new_cast(Node *expr, Type *ty) {
  add_type(expr);
  // An array or function converts to __int128 through its address: the
  // 128-bit conversions take their operand as a scalar.
  if (is_int128(ty) && (expr->ty->kind == TY_ARRAY || expr->ty->kind == TY_VLA))
    expr = new_cast(expr, pointer_to(expr->ty->base));
  else if (is_int128(ty) && expr->ty->kind == TY_FUNC)
    expr = new_cast(expr, pointer_to(expr->ty));
  // An integer constant converted to an integer type is just a constant.
  // (Not an __int128 one: a node's value has 64 bits, so such constants
  // stay casts, which eval.c folds in 128 bits where C needs a constant.)
  if (expr->kind == ND_NUM && is_integer(expr->ty) && is_integer(ty) && ty->kind != TY_BOOL &&
      !ty->bit_width && ty->kind != TY_ENUM && !is_int128(ty)) {
    Node *node = new_node(ND_NUM, expr->tok);
    node->val = truncate_int(expr->val, ty);
    node->ty = unqual(ty);
    return node;
  }
  // So is a constant converted to a floating type.
  if (expr->kind == ND_NUM && is_numeric(expr->ty) && is_flonum(ty)) {
    Node *node = new_node(ND_NUM, expr->tok);
    // A float constant keeps its digits until code is emitted: round it
    // to its own type first.
    long double v = expr->fval;
    if (expr->ty->kind == TY_FLOAT)
      v = (float)v;
    else if (expr->ty->kind == TY_DOUBLE)
      v = (double)v;
    else if (is_integer(expr->ty))
      v = expr->ty->is_unsigned ? (long double)(uint64_t)expr->val : (long double)expr->val;
    if (ty->kind == TY_FLOAT)
      v = (float)v;
    else if (ty->kind == TY_DOUBLE)
      v = (double)v;
    node->fval = v;
    node->ty = unqual(ty);
    return node;
  }
  // And a floating constant converted to an integer type, as gcc folds it.
  if (expr->kind == ND_NUM && is_flonum(expr->ty) && is_integer(ty) && ty->kind != TY_BOOL &&
      !ty->bit_width && ty->kind != TY_ENUM && !is_int128(ty)) {
    long double v = expr->fval;
    if (expr->ty->kind == TY_FLOAT)
      v = (float)v;
    else if (expr->ty->kind == TY_DOUBLE)
      v = (double)v;
    Node *node = new_node(ND_NUM, expr->tok);
    node->val = float_to_int(v, ty);
    node->ty = unqual(ty);
    return node;
  }
  // Casting a value to the type it has changes nothing; skip the node
  // (unless it is a bitfield, whose reads are typed by the cast).
  if (same_representation(expr->ty, ty) && !expr->ty->is_const &&
      !(expr->kind == ND_MEMBER && expr->member->is_bitfield))
    return expr;
  Node *node = new_node(ND_CAST, expr->tok);
  node->lhs = expr;
  node->ty = unconst(ty);
  return node;
}

bool is_lvalue(Node *node) {
  switch (node->kind) {
  case ND_VAR:
    return node->ty->kind != TY_FUNC;
  case ND_DEREF:
  case ND_MEMBER:
  case ND_VLA_PTR:
    return true;
  default:
    return false;
  }
}

//
// Conversions
//

// _Complex T is laid out, passed and returned as struct { T re, im; },
// which is what the System V ABI says for complex float and double.  One
// type object per element type, so that equal complex types are one.
Type *complex_type(Type *base) {
  static Type *cache[16][2];
  int k = base->kind, u = base->is_unsigned;
  if (k < 16 && cache[k][u])
    return cache[k][u];

  Type *ty = struct_type();
  ty->complex_base = base;
  static Token names[2];
  names[0] = (Token){.kind = TK_IDENT, .loc = "__real__", .len = 8};
  names[1] = (Token){.kind = TK_IDENT, .loc = "__imag__", .len = 8};
  Member *re = xcalloc(1, sizeof(Member));
  Member *im = xcalloc(1, sizeof(Member));
  re->ty = im->ty = base;
  re->name = &names[0];
  im->name = &names[1];
  re->align = im->align = base->align;
  im->idx = 1;
  im->offset = base->size;
  re->next = im;
  ty->members = re;
  ty->size = base->size * 2;
  ty->align = base->align;
  if (k < 16)
    cache[k][u] = ty;
  return ty;
}

bool is_complex(Type *ty) {
  return ty->complex_base != NULL;
}

// A GNU vector (__attribute__((vector_size(size)))) of `base` elements is
// laid out as a struct of them: assigned, passed and initialized as one,
// with vector.c writing its operators out element by element.  Its
// alignment is its size, as gcc and clang lay vectors out (a vector of 32
// bytes in a struct starts at a multiple of 32), though one passed on the
// stack is aligned to 16 only, and gcc's _Alignof answers 16 for the wider
// ones (expr.c).  One type object per element type and size, so that equal
// vector types are one.
Type *vector_type(Type *base, int size) {
  static Type *cache[16][2][2][2][8];
  int k = base->kind, u = base->is_unsigned, ll = base->is_longlong;
  int sc = base->is_schar || (base->is_plain_char && u); // three kinds of char
  int lg = 0;
  while ((1 << lg) < size)
    lg++;
  bool cached = k < 16 && lg < 8 && !base->bit_width;
  if (cached && cache[k][u][ll][sc][lg])
    return cache[k][u][ll][sc][lg];

  Type *ty = struct_type();
  ty->vector_base = base;
  Member head = {0}, *cur = &head;
  for (int i = 0; i < size / base->size; i++) {
    Member *m = cur->next = xcalloc(1, sizeof(Member));
    m->ty = base;
    m->align = base->align;
    m->idx = i;
    m->offset = i * base->size;
    cur = m;
  }
  ty->members = head.next;
  ty->size = size;
  ty->align = size;
  if (cached)
    cache[k][u][ll][sc][lg] = ty;
  return ty;
}

bool is_vector(Type *ty) {
  return ty->vector_base != NULL;
}

int vector_len(Type *ty) {
  return ty->size / ty->vector_base->size;
}

// The bytes an object of type ty takes: its size, or for a struct whose
// initializer gave its flexible array member elements (a copy of the
// struct with that member's array complete, see init.c), up to their end.
int storage_size(Type *ty) {
  if (ty->kind != TY_STRUCT || !ty->is_flexible)
    return ty->size;
  Member *mem = ty->members;
  while (mem->next)
    mem = mem->next;
  int end = mem->offset + (mem->ty->size > 0 ? mem->ty->size : 0);
  return end > ty->size ? end : ty->size;
}

// An integer type of `width` bits: C23's _BitInt(width), and gcc's type
// of a bitfield wider than int.  It is stored as the x86-64 psABI says, in
// the smallest of 1, 2, 4 or 8 bytes that holds it, or for 65 to 128 bits
// as two 8-byte words aligned to 8 (not 16 as __int128: the psABI treats
// it as a struct of 64-bit words, in memory and as an argument), with the
// code of __int128.  Its values are kept sign- or zero-extended from
// `width` bits.
Type *bitint_type(int width, bool is_unsigned) {
  int size = width <= 8 ? 1 : width <= 16 ? 2 : width <= 32 ? 4 : width <= 64 ? 8 : 16;
  Type *ty = new_type(size == 1   ? TY_CHAR
                      : size == 2 ? TY_SHORT
                      : size == 4 ? TY_INT
                      : size == 8 ? TY_LONG
                                  : TY_INT128,
                      size, size > 8 ? 8 : size);
  ty->is_unsigned = is_unsigned;
  ty->bit_width = width;
  return ty;
}

static int width_of(Type *ty) {
  return ty->bit_width ? ty->bit_width : ty->size * 8;
}

// The integer conversion rank used by the usual arithmetic conversions.
static int int_rank(Type *ty) {
  switch (ty->kind) {
  case TY_BOOL: return 0;
  case TY_CHAR: return 1;
  case TY_SHORT: return 2;
  case TY_INT:
  case TY_ENUM: return 3;
  case TY_INT128: return 6;
  default: return 4 + ty->is_longlong;
  }
}

// The integer promotions: types narrower than int become int.
static Type *promote(Type *ty) {
  if (ty->bit_width)
    return ty; // C23: _BitInt types are not promoted
  if (ty->kind == TY_ENUM && ty->size == 8)
    return ty->is_unsigned ? ty_ulong : ty_long;
  if (ty->kind == TY_ENUM && ty->size == 4)
    return ty->is_unsigned ? ty_uint : ty_int;
  if (is_integer(ty) && ty->size < 4)
    return ty_int;
  return ty;
}

// C11 6.3.1.8: the common real type of two arithmetic operands.
static Type *common_type(Type *ty1, Type *ty2) {
  if (ty1->kind == TY_PTR && !ty1->is_const && !ty1->is_volatile)
    return ty1;
  if (ty1->base)
    return pointer_to(ty1->base);

  if (ty1->kind == TY_FUNC)
    return pointer_to(ty1);
  if (ty2->kind == TY_FUNC)
    return pointer_to(ty2);

  if (ty1->kind == TY_LDOUBLE || ty2->kind == TY_LDOUBLE)
    return ty_ldouble;
  if (ty1->kind == TY_DOUBLE || ty2->kind == TY_DOUBLE)
    return ty_double;
  if (ty1->kind == TY_FLOAT || ty2->kind == TY_FLOAT)
    return ty_float;

  ty1 = promote(ty1);
  ty2 = promote(ty2);

  if (ty1->bit_width || ty2->bit_width) {
    int w1 = width_of(ty1), w2 = width_of(ty2);
    if (w1 != w2)
      return unqual(w1 > w2 ? ty1 : ty2);
    // Of the same width, a standard type outranks a bit-precise one.
    if (!ty1->bit_width || !ty2->bit_width) {
      Type *std = ty1->bit_width ? ty2 : ty1;
      if (ty1->is_unsigned || ty2->is_unsigned)
        return std->size == 16  ? ty_uint128
               : std->size == 8 ? (std->is_longlong ? ty_ullong : ty_ulong)
                                : ty_uint;
      return unqual(std);
    }
    if (ty1->is_unsigned == ty2->is_unsigned)
      return unqual(ty1);
    return bitint_type(w1, true);
  }

  if (ty1->size != ty2->size)
    return ty1->size > ty2->size ? unqual(ty1) : unqual(ty2);

  // Same size: unsigned wins.  For long vs long long keep the higher rank.
  Type *ty = int_rank(ty1) >= int_rank(ty2) ? ty1 : ty2;
  if (ty1->is_unsigned || ty2->is_unsigned) {
    if (ty->size == 16)
      return ty_uint128;
    if (ty->size == 8)
      return ty->is_longlong ? ty_ullong : ty_ulong;
    return ty_uint;
  }
  return unqual(ty);
}

// The type an operand has for the promotions: a bitfield narrower than int
// promotes to int whatever type it was declared with, as in gcc.
// A bitfield wider than int but narrower than its 64-bit type has, in gcc,
// a type of its own width: arithmetic on it wraps at that width.  An
// __int128 one of 32 or 64 bits has the (unsigned) int or long; one of
// 65 to 127 bits, a type of its width too.
Type *bitfield_operand_type(Node *node) {
  if (node->kind == ND_MEMBER && node->member->is_bitfield) {
    int w = node->member->bit_width;
    bool u = node->ty->is_unsigned, wide = node->ty->size == 16;
    // A _BitInt over 64 bits computes in its own type, as in clang.
    if (wide && node->ty->bit_width)
      return node->ty;
    if (w < 32)
      return ty_int;
    if (w == 32 && (node->ty->size <= 4 || wide))
      return u ? ty_uint : ty_int;
    if (w > 32 && w < 64 && (node->ty->size == 8 || wide))
      return bitint_type(w, u);
    if (w == 64 && wide)
      return u ? ty_ulong : ty_long;
    if (w > 64 && w < 128 && wide)
      return bitint_type(w, u);
  }
  return node->ty;
}

// Converts both operands to their common type.
static void usual_arith_conv(Node **lhs, Node **rhs) {
  Type *ty = common_type(bitfield_operand_type(*lhs), bitfield_operand_type(*rhs));
  *lhs = new_cast(*lhs, ty);
  *rhs = new_cast(*rhs, ty);
}

static void promote_operand(Node **node) {
  *node = new_cast(*node, promote(bitfield_operand_type(*node)));
}

static bool is_null_pointer_constant(Node *node) {
  if (node->kind == ND_CAST && node->ty->kind == TY_PTR &&
      node->ty->base->kind == TY_VOID)
    node = node->lhs;
  return node->kind == ND_NUM && is_integer(node->ty) && node->val == 0;
}

// The type of `a ? b : c` when b and c are not both arithmetic.
static Type *cond_pointer_type(Node *node) {
  Type *t1 = node->then->ty, *t2 = node->els->ty;
  if (is_nullptr_t(t1) && is_nullptr_t(t2))
    return ty_nullptr;
  if (t1->base && is_null_pointer_constant(node->els))
    return pointer_to(t1->base);
  if (t2->base && is_null_pointer_constant(node->then))
    return pointer_to(t2->base);
  if (t1->base && t1->base->kind == TY_VOID)
    return pointer_to(t1->base);
  if (t2->base && t2->base->kind == TY_VOID)
    return pointer_to(t2->base);
  if (t1->base)
    return pointer_to(t1->base);
  return pointer_to(t2->base);
}

// The operators that compute a value from both operands, always both:
// arithmetic, bitwise, shifts and comparisons (not && and ||, which may
// skip their right side, nor assignment or the comma).
bool is_binary_op(NodeKind kind) {
  switch (kind) {
  case ND_ADD:
  case ND_SUB:
  case ND_MUL:
  case ND_DIV:
  case ND_MOD:
  case ND_BITAND:
  case ND_BITOR:
  case ND_BITXOR:
  case ND_SHL:
  case ND_SHR:
  case ND_EQ:
  case ND_NE:
  case ND_LT:
  case ND_LE:
    return true;
  default:
    return false;
  }
}

static void infer_type(Node *node);

void add_type(Node *node) {
  if (!node || node->ty || node->typed)
    return;
  // A statement has no type, and without the mark each enclosing block
  // would walk it again: n nested blocks would cost n^2.
  node->typed = true;
  infer_type(node);
  if (node->ty)
    complete_type(node->ty);
}

static void infer_type(Node *node) {
  add_type(node->lhs);
  add_type(node->rhs);
  add_type(node->cond);
  add_type(node->then);
  add_type(node->els);
  add_type(node->init);
  add_type(node->inc);

  for (Node *n = node->body; n; n = n->next)
    add_type(n);
  for (Node *n = node->args; n; n = n->next)
    add_type(n);

  switch (node->kind) {
  case ND_NUM:
    node->ty = ty_int;
    return;
  case ND_ADD:
  case ND_SUB:
  case ND_MUL:
  case ND_DIV:
  case ND_MOD:
  case ND_BITAND:
  case ND_BITOR:
  case ND_BITXOR:
    usual_arith_conv(&node->lhs, &node->rhs);
    node->ty = node->lhs->ty;
    return;
  case ND_NEG:
    if (is_flonum(node->lhs->ty)) {
      node->ty = unqual(node->lhs->ty);
    } else {
      promote_operand(&node->lhs);
      node->ty = node->lhs->ty;
    }
    return;
  case ND_ASSIGN:
    if (node->lhs->ty->kind == TY_ARRAY)
      error_tok(node->lhs->tok, "assignment to expression with array type");
    if (node->lhs->ty->kind != TY_STRUCT && node->lhs->ty->kind != TY_UNION)
      node->rhs = new_cast(node->rhs, node->lhs->ty);
    node->ty = unqual(node->lhs->ty);
    return;
  case ND_EQ:
  case ND_NE:
  case ND_LT:
  case ND_LE:
    usual_arith_conv(&node->lhs, &node->rhs);
    node->ty = ty_int;
    return;
  case ND_FUNCALL:
    node->ty = node->func_ty->return_ty;
    return;
  case ND_NOT:
  case ND_LOGOR:
  case ND_LOGAND:
    node->ty = ty_int;
    return;
  case ND_BITNOT:
    promote_operand(&node->lhs);
    node->ty = node->lhs->ty;
    return;
  case ND_SHL:
  case ND_SHR:
    promote_operand(&node->lhs);
    promote_operand(&node->rhs);
    node->ty = node->lhs->ty;
    return;
  case ND_VAR:
  case ND_VLA_PTR:
    node->ty = node->var->ty;
    return;
  case ND_COND:
    // Functions and arrays in the branches decay to pointers.
    for (Node **n = &node->then; n; n = (n == &node->then) ? &node->els : NULL) {
      if ((*n)->ty->kind == TY_FUNC)
        *n = new_cast(*n, pointer_to((*n)->ty));
      else if ((*n)->ty->kind == TY_ARRAY || (*n)->ty->kind == TY_VLA)
        *n = new_cast(*n, pointer_to((*n)->ty->base));
    }
    if (node->then->ty->kind == TY_VOID || node->els->ty->kind == TY_VOID) {
      node->ty = ty_void;
    } else if (is_numeric(node->then->ty) && is_numeric(node->els->ty)) {
      usual_arith_conv(&node->then, &node->els);
      node->ty = node->then->ty;
    } else if (is_aggregate(node->then->ty) || is_aggregate(node->els->ty)) {
      // (A complex branch with an arithmetic one was converted by the parser.)
      if (!same_aggregate(node->then->ty, node->els->ty))
        error_tok(node->tok, "type mismatch in conditional expression");
      node->ty = node->then->ty;
    } else if (is_flonum(node->then->ty) || is_flonum(node->els->ty)) {
      error_tok(node->tok, "type mismatch in conditional expression"); // with a pointer
    } else {
      node->ty = cond_pointer_type(node);
    }
    return;
  case ND_COMMA:
    node->ty = node->rhs->ty;
    return;
  case ND_MEMBER:
    node->ty = node->member->ty;
    return;
  case ND_ADDR:
    node->ty = pointer_to(node->lhs->ty);
    return;
  case ND_DEREF:
    if (!node->lhs->ty->base) {
      if (node->lhs->ty->kind == TY_FUNC) {
        node->ty = node->lhs->ty; // *f is f
        return;
      }
      error_tok(node->tok, "invalid pointer dereference");
    }
    // *p with p a void * is a void expression, which C allows (`(void)*p`):
    // only its value may not be used.
    if (node->lhs->ty->base->kind == TY_VOID)
      warn_tok(node->tok, "dereferencing 'void *' pointer");
    node->ty = node->lhs->ty->base;
    return;
  case ND_STMT_EXPR:
    if (node->body) {
      Node *stmt = node->body;
      while (stmt->next)
        stmt = stmt->next;
      if (stmt->kind == ND_EXPR_STMT) {
        node->ty = stmt->lhs->ty;
        return;
      }
    }
    node->ty = ty_void;
    return;
  case ND_LABEL_VAL:
  case ND_ALLOCA:
    node->ty = pointer_to(ty_void);
    return;
  default:
    return;
  }
}
