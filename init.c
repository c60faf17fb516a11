// init.c: initializers (C11 6.7.9).
//
// An initializer is read into a tree of Initializer values mirroring the
// shape of the type being initialized, with designators, brace elision and
// string literals placed where C says they go.  The tree is then lowered:
// for a local variable into plain assignments, for a global into the bytes
// of its data and the relocations (addresses of other objects) within it.

#include "parse.h"

static void unbraced_array_initializer(Token **rest, Token *tok, Initializer *init, int i);
static void unbraced_struct_initializer(Token **rest, Token *tok, Initializer *init, Member *mem);
static void fill_initializer(Token **rest, Token *tok, Initializer *init);

static Token *skip_excess_element(Token *tok) {
  if (equal(tok, "{")) {
    tok = skip_excess_element(tok->next);
    while (!consume_end(&tok, tok)) {
      tok = skip(tok, ",");
      if (is_end(tok) || equal(tok, "}"))
        continue;
      tok = skip_excess_element(tok);
    }
    return tok;
  }

  assign(&tok, tok);
  return tok;
}

static Initializer *new_initializer(Type *ty, bool is_flexible) {
  Initializer *init = xcalloc(1, sizeof(Initializer));
  init->ty = ty;

  if (ty->kind == TY_ARRAY) {
    if (is_flexible && ty->size < 0 ) {
      init->is_flexible = true;
      return init;
    }
    if (ty->array_len < 0) {
      init->is_flexible = true;
      return init;
    }

    init->nchildren = ty->array_len;
    init->children = xcalloc(ty->array_len, sizeof(Initializer *));
    for (int i = 0; i < ty->array_len; i++)
      init->children[i] = new_initializer(ty->base, false);
    return init;
  }

  if (ty->kind == TY_STRUCT || ty->kind == TY_UNION) {
    // Count the number of struct members.
    int len = 0;
    for (Member *mem = ty->members; mem; mem = mem->next)
      len++;

    init->nchildren = len;
    init->children = xcalloc(len, sizeof(Initializer *));

    for (Member *mem = ty->members; mem; mem = mem->next) {
      if (is_flexible && ty->is_flexible && !mem->next) {
        Initializer *child = xcalloc(1, sizeof(Initializer));
        child->ty = mem->ty;
        child->is_flexible = true;
        init->children[mem->idx] = child;
      } else {
        init->children[mem->idx] = new_initializer(mem->ty, false);
      }
    }
    return init;
  }

  return init;
}

static void grow_children(Initializer *init, int n) {
  Initializer **c = xcalloc(n, sizeof(Initializer *));
  if (init->nchildren)
    memcpy(c, init->children, sizeof(Initializer *) * init->nchildren);
  for (int j = init->nchildren; j < n; j++)
    c[j] = new_initializer(init->ty->base, false);
  init->children = c;
  init->nchildren = n;
}

// Gives an array of unknown length room for element i, and an array a
// string sized the children it was spared, for a designator reaching in.
static void ensure_child(Initializer *init, int i) {
  if (init->str && !init->is_flexible && init->nchildren < init->ty->array_len) {
    grow_children(init, init->ty->array_len);
    return;
  }
  if (!init->is_flexible || i < init->nchildren)
    return;
  int n = init->nchildren ? init->nchildren : 4;
  while (n <= i)
    n *= 2;
  grow_children(init, n);
}

// The number of elements an array of unknown length ended up with.
static int flexible_len;

static void note_index(Initializer *init, int i) {
  (void)init;
  if (i + 1 > flexible_len)
    flexible_len = i + 1;
}

// string-initializer = string-literal
// The elements are the literal's, kept as the literal (init->str); what
// designators set in the array before is forgotten, as in gcc.
static void string_initializer(Token **rest, Token *tok, Initializer *init) {
  int len = tok->ty->array_len;
  if (init->is_flexible) {
    init->ty = array_of(init->ty->base, len);
    if (init->nchildren > len)
      init->nchildren = len;
    init->is_flexible = false;
  }
  for (int i = 0; i < init->nchildren; i++)
    init->children[i]->expr = NULL;
  init->str = tok;
  *rest = tok->next;
}

// How many elements of an array of type ty its string literal sets.
static int string_elements(Initializer *init, Type *ty) {
  int len = init->str->ty->array_len;
  return len < ty->array_len ? len : ty->array_len;
}

// Element i of the string literal, of the literal's element size.
static int64_t string_element(Token *str, int i) {
  int sz = str->ty->base->size;
  if (sz == 1)
    return (signed char)str->str[i];
  if (sz == 2)
    return *(uint16_t *)(str->str + i * 2);
  return *(uint32_t *)(str->str + i * 4);
}

// Checks whether the token is a string literal fitting an array of this
// element type (char arrays take "...", wchar_t arrays take L"..." etc.).
static bool is_string_for(Type *arr, Token *tok) {
  if (tok->kind != TK_STR)
    return false;
  Type *base = arr->base;
  if (!is_integer(base))
    return false;
  return base->size == tok->ty->base->size;
}

// array-designator = "[" const-expr ("..." const-expr)? "]"
static void array_designator(Token **rest, Token *tok, Type *ty, int *begin, int *end) {
  Token *start = tok->next;
  *begin = const_expr(&tok, tok->next);
  if (ty->array_len >= 0 && *begin >= ty->array_len)
    error_tok(start, "array index in initializer exceeds array bounds");
  if (*begin < 0)
    error_tok(start, "array index in initializer is negative");

  if (equal(tok, "...")) {
    *end = const_expr(&tok, tok->next);
    if (ty->array_len >= 0 && *end >= ty->array_len)
      error_tok(start, "array index in initializer exceeds array bounds");
    if (*end < *begin)
      error_tok(start, "empty index range in initializer");
  } else {
    *end = *begin;
  }

  *rest = skip(tok, "]");
}

// struct-designator = "." ident
static Member *struct_designator(Token **rest, Token *tok, Type *ty) {
  Token *start = tok;
  tok = skip(tok, ".");
  if (tok->kind != TK_IDENT)
    error_tok(tok, "expected a field designator");

  // An anonymous member holding the name is designated first, then the
  // name again inside it.
  Member *mem = get_struct_member(ty, tok);
  if (mem) {
    *rest = mem->name ? tok->next : start;
    return mem;
  }

  error_tok(tok, "unknown field '%.*s' specified in initializer", tok->len, tok->loc);
}

// Forgets the values given to an object and its parts so far.
static void clear_initializer(Initializer *init) {
  init->expr = NULL;
  init->mem = NULL;
  init->str = NULL;
  for (int i = 0; i < init->nchildren; i++)
    if (init->children[i])
      clear_initializer(init->children[i]);
}

// designation = ("[" const-expr "]" | "." ident)* "="? initializer
static void designation(Token **rest, Token *tok, Initializer *init) {
  if (equal(tok, "[")) {
    if (init->ty->kind != TY_ARRAY)
      error_tok(tok, "array index in non-array initializer");

    int begin, end;
    array_designator(&tok, tok, init->ty, &begin, &end);

    Token *tok2 = tok;
    for (int i = begin; i <= end; i++) {
      ensure_child(init, i);
      designation(&tok2, tok, init->children[i]);
    }
    if (init->is_flexible)
      note_index(init, end);
    unbraced_array_initializer(rest, tok2, init, end + 1);
    return;
  }

  if (equal(tok, ".") && init->ty->kind == TY_STRUCT) {
    Member *mem = struct_designator(&tok, tok, init->ty);
    designation(&tok, tok, init->children[mem->idx]);
    init->expr = NULL;
    // Elements after it, up to the next designator, are the next members'
    // (`.a.x = 7, 8` sets a.y too).
    if (mem->next && equal(tok, ",") && !is_end(tok->next) && !equal(tok->next, ".") &&
        !equal(tok->next, "["))
      unbraced_struct_initializer(rest, tok->next, init, mem->next);
    else
      *rest = tok;
    return;
  }

  if (equal(tok, ".") && init->ty->kind == TY_UNION) {
    Member *mem = struct_designator(&tok, tok, init->ty);
    init->mem = mem;
    designation(rest, tok, init->children[mem->idx]);
    return;
  }

  if (equal(tok, "."))
    error_tok(tok, "field name not in record or union initializer");

  if (equal(tok, "="))
    tok = tok->next;
  fill_initializer(rest, tok, init);
}

// `{ #embed "file" }` for an array of integers: the bytes as they are,
// which a file of megabytes needs (an Initializer and a Node for each
// byte would take a hundred times its size).  False for other arrays.
static bool embed_initializer(Token **rest, Token *tok, Initializer *init) {
  Token *e = tok->next;
  if (e->kind != TK_EMBED || !is_integer(init->ty->base))
    return false;
  int n = e->ty->array_len;
  if (init->is_flexible) {
    init->ty = array_of(init->ty->base, n);
    init->is_flexible = false;
    init->nchildren = 0;
  } else if (n > init->ty->array_len) {
    warn_tok(e, "excess elements in array initializer");
    n = init->ty->array_len;
  }
  init->bytes = (unsigned char *)e->str;
  init->nbytes = n;
  tok = e->next;
  consume(&tok, tok, ",");
  *rest = skip(tok, "}");
  return true;
}

// An array initializer with braces:
// braced-array-initializer = "{" initializer ("," initializer)* ","? "}"
static void braced_array_initializer(Token **rest, Token *tok, Initializer *init) {
  if (embed_initializer(rest, tok, init))
    return;
  tok = skip(tok, "{");
  int saved = flexible_len;
  flexible_len = 0;
  bool first = true;

  for (int i = 0; !consume_end(rest, tok); i++) {
    if (!first)
      tok = skip(tok, ",");
    first = false;

    if (equal(tok, "[")) {
      int begin, end;
      array_designator(&tok, tok, init->ty, &begin, &end);
      Token *tok2 = tok;
      for (int j = begin; j <= end; j++) {
        ensure_child(init, j);
        designation(&tok2, tok, init->children[j]);
      }
      tok = tok2;
      note_index(init, end);
      i = end;
      continue;
    }

    if (init->is_flexible || i < init->ty->array_len) {
      ensure_child(init, i);
      fill_initializer(&tok, tok, init->children[i]);
      note_index(init, i);
    } else {
      tok = skip_excess_element(tok);
    }
  }
  if (init->is_flexible)
    init->nchildren = flexible_len, init->ty = array_of(init->ty->base, flexible_len);
  flexible_len = saved;
}

// An array initializer without braces:
// unbraced-array-initializer = initializer ("," initializer)*
static void unbraced_array_initializer(Token **rest, Token *tok, Initializer *init, int i) {
  for (; (init->is_flexible || i < init->ty->array_len) && !is_end(tok); i++) {
    Token *start = tok;
    if (i > 0)
      tok = skip(tok, ",");

    if (equal(tok, "[") || equal(tok, ".")) {
      *rest = start;
      return;
    }

    ensure_child(init, i);
    fill_initializer(&tok, tok, init->children[i]);
    if (init->is_flexible)
      note_index(init, i);
  }
  *rest = tok;
}

// braced-struct-initializer = "{" initializer ("," initializer)* ","? "}"
static void braced_struct_initializer(Token **rest, Token *tok, Initializer *init) {
  tok = skip(tok, "{");

  Member *mem = init->ty->members;
  bool first = true;

  while (!consume_end(rest, tok)) {
    if (!first)
      tok = skip(tok, ",");
    first = false;

    if (equal(tok, ".")) {
      mem = struct_designator(&tok, tok, init->ty);
      designation(&tok, tok, init->children[mem->idx]);
      mem = mem->next;
      continue;
    }

    // [GNU] The old designator form `name: value`.
    if (tok->kind == TK_IDENT && equal(tok->next, ":")) {
      Token *dot = copy_token(tok);
      dot->kind = TK_PUNCT;
      dot->loc = ".";
      dot->len = 1;
      dot->next = tok;
      Token *eq = copy_token(tok->next);
      eq->loc = "=";
      eq->next = tok->next->next;
      Token *name = copy_token(tok);
      name->next = eq;
      dot->next = name;
      mem = struct_designator(&tok, dot, init->ty);
      designation(&tok, tok, init->children[mem->idx]);
      mem = mem->next;
      continue;
    }

    // Unnamed bitfields take no initializer.
    while (mem && mem->is_bitfield && !mem->name)
      mem = mem->next;

    if (mem) {
      fill_initializer(&tok, tok, init->children[mem->idx]);
      mem = mem->next;
    } else {
      tok = skip_excess_element(tok);
    }
  }
}

// unbraced-struct-initializer = initializer ("," initializer)*
static void unbraced_struct_initializer(Token **rest, Token *tok, Initializer *init, Member *mem) {
  bool first = true;

  for (; mem && !is_end(tok); mem = mem->next) {
    if (mem->is_bitfield && !mem->name)
      continue;
    Token *start = tok;

    if (!first)
      tok = skip(tok, ",");
    first = false;

    if (equal(tok, "[") || equal(tok, ".")) {
      *rest = start;
      return;
    }

    fill_initializer(&tok, tok, init->children[mem->idx]);
  }
  *rest = tok;
}

static void union_initializer(Token **rest, Token *tok, Initializer *init) {
  // Unlike structs, union initializers take only one initializer,
  // and that initializes the first named member by default.
  Member *first = init->ty->members;
  while (first && first->is_bitfield && !first->name)
    first = first->next;
  if (!first) {
    if (equal(tok, "{") && equal(tok->next, "}")) {
      *rest = tok->next->next;
      return;
    }
    error_tok(tok, "initializer for an empty union");
  }

  if (equal(tok, "{") && tok->next->kind == TK_IDENT && equal(tok->next->next, ":")) {
    // [GNU] `{ name: value }`: rewrite as `{ .name = value }`.
    Token *name = tok->next;
    Token *dot = copy_token(name);
    dot->kind = TK_PUNCT;
    dot->loc = ".";
    dot->len = 1;
    Token *name2 = copy_token(name);
    Token *eq = copy_token(name->next);
    eq->loc = "=";
    dot->next = name2;
    name2->next = eq;
    eq->next = name->next->next;
    tok->next = dot;
  }

  if (equal(tok, "{") && equal(tok->next, ".")) {
    Member *mem = struct_designator(&tok, tok->next, init->ty);
    init->mem = mem;
    designation(&tok, tok, init->children[mem->idx]);
    consume(&tok, tok, ",");
    *rest = skip(tok, "}");
    return;
  }

  init->mem = first;

  if (equal(tok, "{")) {
    if (equal(tok->next, "}")) {
      init->mem = NULL;
      *rest = tok->next->next;
      return;
    }
    fill_initializer(&tok, tok->next, init->children[first->idx]);
    consume(&tok, tok, ",");
    *rest = skip(tok, "}");
  } else {
    fill_initializer(rest, tok, init->children[first->idx]);
  }
}

// initializer = string-initializer | array-initializer
//             | struct-initializer | union-initializer
//             | assign
static bool at_top; // the initializer of a whole object, not in braces

static void fill_initializer(Token **rest, Token *tok, Initializer *init) {
  bool top = at_top;
  at_top = false;
  init->tok = tok;
  // A braced initializer replaces what designators set in this object
  // before: `{ [1].y = 2, [0] = {3}, {.x = 5} }` leaves [1].y 0, as in gcc.
  if (equal(tok, "{"))
    clear_initializer(init);

  if (init->ty->kind == TY_ARRAY && is_string_for(init->ty, tok)) {
    string_initializer(rest, tok, init);
    return;
  }
  if (init->ty->kind == TY_ARRAY && equal(tok, "{") && is_string_for(init->ty, tok->next) &&
      equal(tok->next->next, "}")) {
    string_initializer(&tok, tok->next, init);
    *rest = skip(tok, "}");
    return;
  }

  if (init->ty->kind == TY_ARRAY) {
    if (equal(tok, "{")) {
      braced_array_initializer(rest, tok, init);
    } else {
      int saved = flexible_len;
      flexible_len = 0;
      unbraced_array_initializer(rest, tok, init, 0);
      if (init->is_flexible)
        init->nchildren = flexible_len, init->ty = array_of(init->ty->base, flexible_len);
      flexible_len = saved;
    }
    return;
  }

  if (init->ty->kind == TY_STRUCT) {
    if (equal(tok, "{")) {
      braced_struct_initializer(rest, tok, init);
      return;
    }

    // A struct can be initialized with another struct. E.g.
    // `struct T x = y;` where y is a variable of type struct T.
    // Handle that case first.
    Node *expr = assign(rest, tok);
    add_type(expr);
    if (is_float128(init->ty) != is_float128(expr->ty))
      error_float128(tok);
    if (is_complex(init->ty) && (is_complex(expr->ty) || is_numeric(expr->ty))) {
      init->expr = complex_convert(expr, init->ty, tok);
      return;
    }
    if (is_vector(init->ty) || is_vector(expr->ty)) {
      if (expr->ty->kind == TY_STRUCT) {
        check_assign_types(init->ty, expr, tok, "initialization of");
        init->expr = atomic_value(expr);
        return;
      }
    } else if (same_aggregate(init->ty, expr->ty)) {
      init->expr = atomic_value(expr);
      return;
    }
    // Anything else starts the members' values, braces elided, inside
    // braces only: a whole struct takes a struct of its type or a braced
    // list.  (A vector takes a vector or a braced list, not a scalar: gcc
    // broadcasts scalars only as operands of the vector operators.)
    if (is_complex(init->ty) || (is_vector(init->ty) && top))
      error_tok(tok, "incompatible types when initializing type '%s' using type '%s'",
                type_name(init->ty), type_name(expr->ty));
    if (top)
      error_tok(tok, "invalid initializer"); // gcc's words

    unbraced_struct_initializer(rest, tok, init, init->ty->members);
    return;
  }

  if (init->ty->kind == TY_UNION) {
    if (!equal(tok, "{")) {
      Node *expr = assign(rest, tok);
      add_type(expr);
      if (same_aggregate(init->ty, expr->ty)) {
        init->expr = atomic_value(expr);
        return;
      }
      if (top)
        error_tok(tok, "invalid initializer");
    }
    union_initializer(rest, tok, init);
    return;
  }

  if (equal(tok, "{")) {
    // An initializer for a scalar variable can be surrounded by
    // braces. E.g. `int x = {3};`. Handle that case.
    if (equal(tok->next, "}")) {
      *rest = tok->next->next; // GNU: empty braces zero-initialize
      return;
    }
    fill_initializer(&tok, tok->next, init);
    consume(&tok, tok, ",");
    *rest = skip(tok, "}");
    return;
  }

  init->expr = assign(rest, tok);
  add_type(init->expr);
  if (is_complex(init->expr->ty) && is_scalar(init->ty))
    init->expr = complex_convert(init->expr, init->ty, tok);
  if (init->expr->ty->kind == TY_VOID)
    error_tok(init->expr->tok, "void value not ignored as it ought to be");
  if (is_scalar(init->ty))
    check_assign_types(init->ty, init->expr, init->expr->tok, "initialization of");
}

static Type *copy_struct_type(Type *ty) {
  ty = copy_type(ty);

  Member head = {0};
  Member *cur = &head;
  for (Member *mem = ty->members; mem; mem = mem->next) {
    Member *m = xcalloc(1, sizeof(Member));
    *m = *mem;
    m->by_name = NULL; // the copy's list makes its own
    cur = cur->next = m;
  }

  ty->members = head.next;
  return ty;
}

Initializer *initializer(Token **rest, Token *tok, Type *ty, Type **new_ty) {
  Initializer *init = new_initializer(ty, true);
  at_top = true;
  fill_initializer(rest, tok, init);

  if ((ty->kind == TY_STRUCT || ty->kind == TY_UNION) && ty->is_flexible) {
    ty = copy_struct_type(ty);

    Member *mem = ty->members;
    while (mem->next)
      mem = mem->next;
    Initializer *last = init->children[mem->idx];
    if (last->is_flexible && last->ty->array_len < 0)
      last->ty = array_of(last->ty->base, 0);
    // The object grows to hold the elements (storage_size()), but its
    // type's size stays the struct's: sizeof does not count them, as in
    // gcc.
    mem->ty = last->ty;

    *new_ty = ty;
    return init;
  }

  *new_ty = init->ty;
  return init;
}

static Node *init_desg_expr(InitDesg *desg, Token *tok) {
  if (desg->var)
    return new_var_node(desg->var, tok);

  if (desg->member) {
    Node *node = new_unary(ND_MEMBER, init_desg_expr(desg->next, tok), tok);
    node->member = desg->member;
    return node;
  }

  Node *lhs = init_desg_expr(desg->next, tok);
  Node *rhs = new_num(desg->idx, tok);
  return new_unary(ND_DEREF, new_add(lhs, rhs, tok), tok);
}

// A string longer than this initializes a local array by one copy of
// its bytes (from an unnamed literal) instead of a store per character.
#define LONG_STRING 256

// *dst = *src, `size` bytes copied in one move as a struct is.
static Node *copy_bytes(Node *dst_addr, Node *src_addr, int size, Token *tok) {
  Type *blob = struct_type();
  blob->size = size;
  blob->align = 1;
  Node *dst = new_cast(dst_addr, pointer_to(blob));
  Node *src = new_cast(src_addr, pointer_to(blob));
  Node *node = new_binary(ND_ASSIGN, new_unary(ND_DEREF, dst, tok), new_unary(ND_DEREF, src, tok), tok);
  add_type(node);
  return node;
}

static Node *copy_string(Token *str, int size, InitDesg *desg, Token *tok) {
  Obj *lit = new_string_literal(str->str, array_of(str->ty->base, str->ty->array_len));
  return copy_bytes(new_unary(ND_ADDR, init_desg_expr(desg, tok), tok), new_var_node(lit, tok), size, tok);
}

static void write_buf(char *buf, uint64_t val, int sz);

// Stores #embed's bytes as n elements of type base.
static void write_embed(char *buf, Type *base, unsigned char *bytes, int n) {
  for (int i = 0; i < n; i++)
    write_buf(buf + base->size * i, base->kind == TY_BOOL ? !!bytes[i] : bytes[i], base->size);
}

// A local array's elements from #embed: copied in one move from a hidden
// constant array, not assigned one by one (a file of a megabyte would be
// a million assignments).
static Node *embed_lvar_init(Initializer *init, Type *ty, InitDesg *desg, Token *tok) {
  Type *arr = array_of(ty->base, init->nbytes);
  Obj *data = new_anon_gvar(arr);
  data->init_data = xcalloc(1, arr->size);
  write_embed(data->init_data, ty->base, init->bytes, init->nbytes);
  return copy_bytes(new_unary(ND_ADDR, init_desg_expr(desg, tok), tok),
                    new_unary(ND_ADDR, new_var_node(data, tok), tok), arr->size, tok);
}

// Assignments for every initialized element, in order.
static Node *create_lvar_init(Initializer *init, Type *ty, InitDesg *desg, Token *tok) {
  if (ty->kind == TY_ARRAY) {
    Node *node = new_node(ND_NULL_EXPR, tok);
    int nstr = init->str ? string_elements(init, ty) : 0;
    if (nstr * ty->base->size > LONG_STRING) {
      node = copy_string(init->str, nstr * ty->base->size, desg, tok);
      nstr = 0;
    }
    if (init->nbytes)
      node = embed_lvar_init(init, ty, desg, tok);
    int n = ty->array_len < init->nchildren ? ty->array_len : init->nchildren;
    for (int i = 0; i < n || i < nstr; i++) {
      InitDesg desg2 = {desg, i, NULL, NULL};
      Node *rhs;
      if (i < nstr && (i >= n || !init->children[i]->expr))
        rhs = new_binary(ND_ASSIGN, init_desg_expr(&desg2, tok),
                         new_num(string_element(init->str, i), init->str), tok);
      else
        rhs = create_lvar_init(init->children[i], ty->base, &desg2, tok);
      node = new_binary(ND_COMMA, node, rhs, tok);
    }
    return node;
  }

  if (ty->kind == TY_STRUCT && !init->expr) {
    Node *node = new_node(ND_NULL_EXPR, tok);

    for (Member *mem = ty->members; mem; mem = mem->next) {
      InitDesg desg2 = {desg, 0, mem, NULL};
      Node *rhs = create_lvar_init(init->children[mem->idx], mem->ty, &desg2, tok);
      node = new_binary(ND_COMMA, node, rhs, tok);
    }
    return node;
  }

  if (ty->kind == TY_UNION && !init->expr) {
    if (!init->mem)
      return new_node(ND_NULL_EXPR, tok);
    Member *mem = init->mem;
    InitDesg desg2 = {desg, 0, mem, NULL};
    return create_lvar_init(init->children[mem->idx], mem->ty, &desg2, tok);
  }

  if (!init->expr)
    return new_node(ND_NULL_EXPR, tok);

  Node *lhs = init_desg_expr(desg, tok);
  Node *node = new_binary(ND_ASSIGN, lhs, init->expr, init->tok ? init->tok : tok);
  add_type(lhs);
  add_type(init->expr);
  return node;
}

// A definition of a local variable with an initializer is a shorthand
// notation for a definition without an initializer followed by
// assignments.  Everything the initializer does not name is zero, so we
// clear the whole variable first.
Node *lvar_initializer(Token **rest, Token *tok, Obj *var) {
  Initializer *init = initializer(rest, tok, var->ty, &var->ty);
  // A local's storage is its type's size: no room for the elements of a
  // flexible array member (gcc rejects even `{}` for it; clang allows that).
  if (storage_size(var->ty) > var->ty->size) {
    Member *mem = var->ty->members;
    while (mem->next)
      mem = mem->next;
    error_tok(init->children[mem->idx]->tok, "non-static initialization of a flexible array member");
  }
  InitDesg desg = {NULL, 0, NULL, var};
  Node *rhs = create_lvar_init(init, var->ty, &desg, tok);

  // A scalar is fully set by its initializer (or by zero when it is `{}`),
  // and so is a struct or union by an expression of its type
  // (`struct point p = f();`): no zeros first.
  if (is_scalar(var->ty)) {
    if (!init->expr)
      return new_binary(ND_ASSIGN, new_var_node(var, tok), new_cast(new_num(0, tok), var->ty), tok);
    return rhs;
  }
  if (init->expr && (var->ty->kind == TY_STRUCT || var->ty->kind == TY_UNION))
    return rhs;

  Node *lhs = new_node(ND_MEMZERO, tok);
  lhs->var = var;
  return new_binary(ND_COMMA, lhs, rhs, tok);
}

// Stores the low sz bytes of val, little-endian like the target, at any
// alignment: a member of a packed struct may sit at an odd offset.
static void write_buf(char *buf, uint64_t val, int sz) {
  if (sz == 1 || sz == 2 || sz == 4 || sz == 8)
    memcpy(buf, &val, sz);
}

// Sets a bitfield's bits one by one, so that only the bytes it occupies
// are touched: in a packed struct its declared type's width may reach
// past the end of the struct (`char a; int b : 9;` is 3 bytes).  The
// value is expr's, up to 128 bits (an __int128 field's).
static void write_bitfield(char *buf, Member *mem, Node *expr) {
  unsigned char val[16] = {0};
  if (mem->bit_width > 64) {
    eval_int128(expr, (char *)val);
  } else {
    uint64_t v = eval(expr);
    memcpy(val, &v, 8);
  }
  for (int i = 0; i < mem->bit_width; i++)
    if ((val[i / 8] >> (i % 8)) & 1)
      buf[(mem->bit_offset + i) / 8] |= 1 << ((mem->bit_offset + i) % 8);
}

// Stores a constant of arithmetic type ty.
static void write_real(char *buf, Type *ty, long double v) {
  if (ty->kind == TY_FLOAT) {
    float f = v;
    memcpy(buf, &f, 4);
  } else if (ty->kind == TY_DOUBLE) {
    double d = v;
    memcpy(buf, &d, 8);
  } else if (ty->kind == TY_LDOUBLE)
    memcpy(buf, &v, 10);
  else
    write_buf(buf, (int64_t)v, ty->size);
}

// A _Complex __int128 constant.  Parts that are integer constant
// expressions of their own, as a real value converted gives them
// (complex.c's `((t.re = R, t.im = I), t)`), are evaluated exactly;
// anything else goes through complex.c's long double evaluation, exact
// for integers below 2^64 only: a part that large is refused.
// Whether `assign` sets a part of the temporary t to a constant: the shape
// complex.c gives a real value converted, which a program's own comma
// expression (not a constant) must not pass for.
static bool sets_part_of(Node *assign, Obj *t) {
  Node *part = assign->kind == ND_ASSIGN ? assign->lhs : NULL;
  return part && part->kind == ND_MEMBER && part->lhs->kind == ND_VAR && part->lhs->var == t &&
         is_const_expr(assign->rhs);
}

static void write_complex_int128(char *buf, Node *expr) {
  Node *parts = expr->kind == ND_COMMA ? expr->lhs : NULL;
  Obj *t = parts && expr->rhs->kind == ND_VAR && expr->rhs->var->is_local ? expr->rhs->var : NULL;
  if (t && parts->kind == ND_COMMA && sets_part_of(parts->lhs, t) && sets_part_of(parts->rhs, t)) {
    eval_int128(parts->lhs->rhs, buf);
    eval_int128(parts->rhs->rhs, buf + 16);
    return;
  }
  long double part[2];
  eval_complex(expr, &part[0], &part[1]);
  for (int i = 0; i < 2; i++) {
    if (part[i] != (long double)(__int128)part[i] || part[i] >= 0x1p64L || part[i] <= -0x1p64L)
      error_tok(expr->tok, "a _Complex __int128 constant whose parts 9cc cannot compute exactly");
    __int128 v = part[i];
    memcpy(buf + 16 * i, &v, 16);
  }
}

// A struct or union member initialized from a file-scope compound literal
// ([GNU], `{ (struct point){1, 2}, 3 }`): its bytes and relocations.
static Relocation *copy_constant_object(Relocation *cur, Node *expr, Type *ty, char *buf,
                                        int offset) {
  Obj *var = expr->kind == ND_VAR ? expr->var : NULL;
  if (!var || var->is_local || var->is_function || !is_compatible(unqual(var->ty), unqual(ty)) ||
      (!var->init_data && var->ty->size > 0))
    error_tok(expr->tok, "initializer element is not constant");
  if (var->init_data)
    memcpy(buf + offset, var->init_data, ty->size);
  for (Relocation *r = var->rel; r; r = r->next) {
    Relocation *copy = xcalloc(1, sizeof(Relocation));
    *copy = *r;
    copy->offset += offset;
    copy->next = NULL;
    cur = cur->next = copy;
  }
  return cur;
}

static Relocation *write_gvar_data(Relocation *cur, Initializer *init, Type *ty,
                                   char *buf, int offset) {
  if (ty->kind == TY_ARRAY) {
    int sz = ty->base->size;
    if (init->str) // the literal's elements are of the array's size
      memcpy(buf + offset, init->str->str, string_elements(init, ty) * sz);
    write_embed(buf + offset, ty->base, init->bytes, init->nbytes);
    int n = ty->array_len < init->nchildren ? ty->array_len : init->nchildren;
    for (int i = 0; i < n; i++)
      cur = write_gvar_data(cur, init->children[i], ty->base, buf, offset + sz * i);
    return cur;
  }

  if (ty->kind == TY_STRUCT && !init->expr) {
    for (Member *mem = ty->members; mem; mem = mem->next) {
      if (mem->is_bitfield) {
        Node *expr = init->children[mem->idx]->expr;
        if (!expr)
          continue;

        write_bitfield(buf + offset + mem->offset, mem, expr);
      } else {
        cur = write_gvar_data(cur, init->children[mem->idx], mem->ty, buf,
                              offset + mem->offset);
      }
    }
    return cur;
  }

  if (ty->kind == TY_UNION && !init->expr) {
    if (!init->mem)
      return cur;
    return write_gvar_data(cur, init->children[init->mem->idx], init->mem->ty, buf,
                           offset);
  }

  if (!init->expr)
    return cur;

  if (is_complex(ty) && is_int128(ty->complex_base)) {
    write_complex_int128(buf + offset, init->expr);
    return cur;
  }
  if (is_complex(ty)) {
    long double re, im;
    eval_complex(init->expr, &re, &im);
    write_real(buf + offset, ty->complex_base, re);
    write_real(buf + offset + ty->complex_base->size, ty->complex_base, im);
    return cur;
  }

  if (init->expr->ty && (init->expr->ty->kind == TY_STRUCT || init->expr->ty->kind == TY_UNION) &&
      !is_complex(init->expr->ty))
    return copy_constant_object(cur, init->expr, ty, buf, offset);
  if (init->expr->ty && is_complex(init->expr->ty)) {
    // A real object initialized from a complex constant: its real part.
    long double re, im;
    eval_complex(init->expr, &re, &im);
    write_real(buf + offset, ty, re);
    return cur;
  }

  // The real part of a complex constant.
  Node *e = init->expr;
  while (e->kind == ND_CAST)
    e = e->lhs;
  if (e->kind == ND_MEMBER && is_complex(e->lhs->ty) && is_numeric(ty)) {
    write_real(buf + offset, ty, eval_real_constant(init->expr));
    return cur;
  }

  if (ty->kind == TY_FLOAT || ty->kind == TY_DOUBLE) {
    write_real(buf + offset, ty, eval_double(init->expr));
    return cur;
  }

  if (ty->kind == TY_LDOUBLE) {
    long double v = eval_double(init->expr);
    Node *e = init->expr;
    add_type(e);
    // Keep full precision when the value is a plain long double literal.
    while (e->kind == ND_CAST && is_flonum(e->lhs->ty))
      e = e->lhs;
    if (e->kind == ND_NUM && is_flonum(e->ty))
      v = e->fval;
    memcpy(buf + offset, &v, 10);
    return cur;
  }

  if (is_int128(ty)) {
    eval_int128(new_cast(init->expr, ty), buf + offset);
    return cur;
  }

  char **label = NULL;
  add_type(init->expr);
  Node *expr = new_cast(init->expr, ty);
  uint64_t val = eval_with_label(expr, &label);

  if (!label) {
    write_buf(buf + offset, val, ty->size);
    return cur;
  }

  if (ty->size != 8)
    error_tok(init->expr->tok, "initializer element is not computable at load time");

  Relocation *rel = xcalloc(1, sizeof(Relocation));
  rel->offset = offset;
  rel->label = label;
  rel->addend = val;
  cur->next = rel;
  return cur->next;
}

// Initializers for global variables are evaluated at compile-time and
// embedded to .data section.  This function serializes Initializer
// objects to a flat byte array.  It is a compile error if an
// initializer list contains a non-constant expression.
void gvar_initializer(Token **rest, Token *tok, Obj *var) {
  Initializer *init = initializer(rest, tok, var->ty, &var->ty);

  Relocation head = {0};
  char *buf = xcalloc(1, storage_size(var->ty));
  char *saved = const_context;
  const_context = "initializer element is not constant";
  write_gvar_data(&head, init, var->ty, buf, 0);
  const_context = saved;
  var->init_data = buf;
  var->rel = head.next;
}
