// parse.c: tokens to an abstract syntax tree.
//
// A recursive-descent parser: one function per grammar rule, each preceded
// by the rule it implements, each taking the current token and returning
// the token after what it consumed through `rest`.  While parsing it keeps
// the scopes (variables, typedefs, struct tags), gives every expression its
// type through type.c, folds constant expressions where C requires a
// constant, and lowers initializers to plain assignments (locals) or to
// bytes plus relocations (globals).  The result is a list of global objects:
// functions with their bodies, and variables with their initial contents.

#include "9cc.h"

// What a name means in a scope: a variable, a typedef, or an enum constant.
typedef struct {
  Obj *var;
  Type *type_def;
  Type *enum_ty;
  int enum_val;
} VarScope;

// A block scope.  Struct/union/enum tags live in their own namespace.
typedef struct Scope Scope;
struct Scope {
  Scope *next;
  HashMap vars;
  HashMap tags;
};

// GNU attributes that change code generation.
typedef struct {
  bool packed;
  int aligned;
  bool weak;
  bool constructor;
  bool destructor;
  bool noreturn;
  char *section;
  char *asm_name;
  char *alias;
  int priority; // constructor/destructor priority
  Token *cleanup; // cleanup(fn): the function's name
  int mode;     // mode(QI/HI/SI/DI): the integer size in bytes
} Attr;

// Storage class and other specifiers that are not part of the type.
typedef struct {
  bool is_typedef;
  bool is_static;
  bool is_extern;
  bool is_inline;
  bool is_tls;
  bool is_noreturn;
  int align;
  Attr gnu; // __attribute__s written among the specifiers
} VarAttr;

// A tree of initializer values mirroring the shape of the initialized type.
typedef struct Initializer Initializer;
struct Initializer {
  Type *ty;
  Token *tok;
  bool is_flexible; // array of unknown length: grows as elements appear
  Node *expr;       // scalar value, or a whole struct from an expression
  Initializer **children;
  int nchildren;    // allocated children (arrays of unknown length grow)
  Member *mem;      // union: the member being initialized
};

// For lowering a local initializer to assignments: a path to one element.
typedef struct InitDesg InitDesg;
struct InitDesg {
  InitDesg *next;
  int idx;
  Member *member;
  Obj *var;
};

static Obj *locals;
static Obj *globals;
static Scope *scope = &(Scope){0};

// Block and prototype scopes (their maps and entries) come from an arena
// that parse() empties after each top-level declaration, when only the
// file scope is left; the file scope's own entries are never freed.
static Arena *scope_arena;

static Obj *current_fn;
static FunctionDone *function_done; // given to parse()
static void *function_done_arg;
static Node *gotos;
static Node *labels;

// A static initializer's reference to a label (&&x) in this function.
typedef struct LabelCell LabelCell;
struct LabelCell {
  LabelCell *next;
  char **cell; // what the relocation names
  Node *node;  // the &&x
};
static LabelCell *label_cells;
static char *brk_label;
static char *cont_label;
static Node *current_switch;

// What must happen when control leaves a scope: VLAs are freed (each VLA
// saved rsp before it was allocated; restoring it frees it and every VLA
// after it) and __attribute__((cleanup(fn))) variables get fn(&var).
// live_vla is the innermost such entry in scope, linked outward through
// vla_outer; brk_vla and cont_vla are those in scope at the break and
// continue targets.
static Obj *live_vla;
static Obj *brk_vla;
static Obj *cont_vla;

// Duplicate case labels are found through a hash set of the values seen in
// each switch (so that a switch of many cases compiles in linear time);
// GNU case ranges, which are rare, are checked one by one.
typedef struct CaseRange CaseRange;
struct CaseRange {
  CaseRange *next;
  int64_t begin, end;
};

typedef struct CaseSet CaseSet;
struct CaseSet {
  Node *sw;
  HashMap values;
  CaseRange *ranges;
};

// Switches nest; one set per switch node, made on first use.  Nodes are
// released with their function, so the sets go with them (a later switch
// node may have the same address).
static HashMap case_sets;
static CaseSet *last_case_set;

static bool case_is_duplicate(Node *sw, int64_t begin, int64_t end) {
  CaseSet *set = last_case_set;
  if (!set || set->sw != sw) {
    char key[32];
    snprintf(key, sizeof(key), "%p", (void *)sw);
    set = hashmap_get(&case_sets, key);
    if (!set) {
      set = xcalloc(1, sizeof(CaseSet));
      set->sw = sw;
      hashmap_put(&case_sets, str_ndup(key, strlen(key)), set);
    }
    last_case_set = set;
  }

  for (CaseRange *r = set->ranges; r; r = r->next)
    if (begin <= r->end && r->begin <= end)
      return true;

  if (begin == end) {
    char *key = format("%ld", (long)begin);
    if (hashmap_get(&set->values, key))
      return true;
    hashmap_put(&set->values, key, (void *)1);
    return false;
  }

  // A range: compare with every single value too (ranges are rare).
  for (Node *n = sw->case_next; n; n = n->case_next)
    if (begin <= n->end && n->begin <= end)
      return true;
  CaseRange *r = xcalloc(1, sizeof(CaseRange));
  r->begin = begin;
  r->end = end;
  r->next = set->ranges;
  set->ranges = r;
  return false;
}

static bool in_chain(Obj *v, Obj *chain) {
  for (Obj *w = chain; w; w = w->vla_outer)
    if (v == w)
      return true;
  return false;
}

static Node *new_sp_node(NodeKind kind, Obj *var, Token *tok);
static Node *new_unary(NodeKind kind, Node *expr, Token *tok);
static Node *new_var_node(Obj *var, Token *tok);

// fn(&var), for a cleanup attribute.
static Node *cleanup_call(Obj *entry, Token *tok) {
  Obj *fn = entry->cleanup_fn;
  Node *arg = new_unary(ND_ADDR, new_var_node(entry->cleanup_var, tok), tok);
  add_type(arg);
  Node *node = new_unary(ND_FUNCALL, new_var_node(fn, tok), tok);
  node->func_ty = fn->ty;
  node->ty = fn->ty->return_ty;
  node->args = fn->ty->params ? new_cast(arg, fn->ty->params) : arg;
  return new_unary(ND_EXPR_STMT, node, tok);
}

// The statements that leave the scopes in `from` but not in `to`:
// cleanups innermost first, then the VLAs freed.  NULL if none.
static Node *leave_code(Obj *from, Obj *to, Token *tok) {
  Node head = {0};
  Node *cur = &head;
  Obj *sp = NULL;
  for (Obj *v = from; v && !in_chain(v, to); v = v->vla_outer) {
    if (v->cleanup_fn)
      cur = cur->next = cleanup_call(v, tok);
    else
      sp = v;
  }
  if (sp)
    cur = cur->next = new_unary(ND_EXPR_STMT, new_sp_node(ND_SP_RESTORE, sp, tok), tok);
  if (!head.next)
    return NULL;
  Node *node = new_node(ND_BLOCK, tok);
  node->body = head.next;
  add_type(node);
  return node;
}

static bool has_cleanup(Obj *chain) {
  for (Obj *v = chain; v; v = v->vla_outer)
    if (v->cleanup_fn)
      return true;
  return false;
}

static Node *new_sp_node(NodeKind kind, Obj *var, Token *tok) {
  Node *node = new_node(kind, tok);
  node->var = var;
  node->ty = ty_void;
  return node;
}

// #pragma pack state, set by the preprocessor through marker tokens.
static int pack_align;
static int pack_stack[64];
static int pack_depth;

// Reads a `__9cc_pragma_pack N` marker, if tok is one.
static bool pragma_pack(Token **rest, Token *tok) {
  if (!equal(tok, "__9cc_pragma_pack"))
    return false;
  Token *num = tok->next;
  int code = num->val;
  if (code == 100) {
    if (pack_depth < 64)
      pack_stack[pack_depth++] = pack_align;
  } else if (code == 200) {
    pack_align = pack_depth ? pack_stack[--pack_depth] : 0;
  } else {
    pack_align = code;
  }
  *rest = num->next;
  return true;
}

static bool is_typename(Token *tok);
static Type *declspec(Token **rest, Token *tok, VarAttr *attr);
static Type *typename(Token **rest, Token *tok);
static Type *enum_specifier(Token **rest, Token *tok);
static Type *typeof_specifier(Token **rest, Token *tok);
static Type *type_suffix(Token **rest, Token *tok, Type *ty);
static Type *declarator(Token **rest, Token *tok, Type *ty);
static Node *declaration(Token **rest, Token *tok, Type *basety, VarAttr *attr);
static void array_initializer2(Token **rest, Token *tok, Initializer *init, int i);
static void struct_initializer2(Token **rest, Token *tok, Initializer *init, Member *mem);
static void initializer2(Token **rest, Token *tok, Initializer *init);
static Initializer *initializer(Token **rest, Token *tok, Type *ty, Type **new_ty);
static Node *lvar_initializer(Token **rest, Token *tok, Obj *var);
static void gvar_initializer(Token **rest, Token *tok, Obj *var);
static Node *compound_stmt(Token **rest, Token *tok);
static Node *stmt(Token **rest, Token *tok);
static Node *asm_stmt(Token **rest, Token *tok);
static Node *expr_stmt(Token **rest, Token *tok);
static Node *expr(Token **rest, Token *tok);
static int64_t eval(Node *node);
static int64_t eval2(Node *node, char ***label);
static int64_t eval_rval(Node *node, char ***label);
static bool is_const_expr(Node *node);
static bool is_const_offset(Node *node);
static void warn_conversion(Type *ty, Node *rhs, Token *tok, char *what);
static Node *assign(Token **rest, Token *tok);
static Node *assign2(Token **rest, Token *tok);
static Node *logor(Token **rest, Token *tok);
static double eval_double(Node *node);
static Node *conditional(Token **rest, Token *tok);
static Node *logand(Token **rest, Token *tok);
static Node *bitor(Token **rest, Token *tok);
static Node *bitxor(Token **rest, Token *tok);
static Node *bitand(Token **rest, Token *tok);
static Node *equality(Token **rest, Token *tok);
static Node *relational(Token **rest, Token *tok);
static Node *shift(Token **rest, Token *tok);
static Node *add(Token **rest, Token *tok);
static Node *new_add(Node *lhs, Node *rhs, Token *tok);
static Node *complex_binary(NodeKind kind, Node *a, Node *b, Token *tok);
static Node *complex_unary(bool conj, Node *z, Token *tok);
static Node *complex_part(Node *z, int which, Token *tok);
static Node *to_complex(Node *n, Type *cty, Token *tok);
static Node *complex_convert(Node *n, Type *ty, Token *tok);
static Node *new_sub(Node *lhs, Node *rhs, Token *tok);
static Node *mul(Token **rest, Token *tok);
static Node *cast(Token **rest, Token *tok);
static Member *get_struct_member(Type *ty, Token *tok);
static Type *struct_decl(Token **rest, Token *tok);
static Type *union_decl(Token **rest, Token *tok);
static Node *postfix(Token **rest, Token *tok);
static Node *funcall(Token **rest, Token *tok, Node *node);
static Node *unary(Token **rest, Token *tok);
static Node *primary(Token **rest, Token *tok);
static Token *parse_typedef(Token *tok, Type *basety, Node **code);
static Token *function(Token *tok, Type *basety, Type *ty, VarAttr *attr);
static Token *global_variable(Token *tok, Type *basety, VarAttr *attr);
static Token *attribute_list(Token *tok, Attr *attr);

static int align_down(int n, int align) {
  return align_to(n - align + 1, align);
}

static void enter_scope(void) {
  if (!scope_arena)
    scope_arena = new_arena();
  Scope *sc = arena_alloc(scope_arena, sizeof(Scope));
  sc->vars.arena = sc->tags.arena = scope_arena;
  sc->next = scope;
  scope = sc;
}

static void leave_scope(void) {
  scope = scope->next;
}

// A name is looked up scope by scope, innermost first, hashed once.
static VarScope *find_var(Token *tok) {
  uint32_t hash = hash_key(tok->loc, tok->len);
  for (Scope *sc = scope; sc; sc = sc->next) {
    VarScope *sc2 = hashmap_get_hashed(&sc->vars, tok->loc, tok->len, hash);
    if (sc2)
      return sc2;
  }
  return NULL;
}

static Type *find_tag(Token *tok) {
  uint32_t hash = hash_key(tok->loc, tok->len);
  for (Scope *sc = scope; sc; sc = sc->next) {
    Type *ty = hashmap_get_hashed(&sc->tags, tok->loc, tok->len, hash);
    if (ty)
      return ty;
  }
  return NULL;
}

static Node *new_binary(NodeKind kind, Node *lhs, Node *rhs, Token *tok) {
  Node *node = new_node(kind, tok);
  node->lhs = lhs;
  node->rhs = rhs;
  return node;
}

static Node *new_unary(NodeKind kind, Node *expr, Token *tok) {
  Node *node = new_node(kind, tok);
  node->lhs = expr;
  return node;
}

static Node *new_long(int64_t val, Token *tok) {
  Node *node = new_num(val, tok);
  node->ty = ty_long;
  return node;
}

static Node *new_ulong(long val, Token *tok) {
  Node *node = new_num(val, tok);
  node->ty = ty_ulong;
  return node;
}

static Node *new_var_node(Obj *var, Token *tok) {
  Node *node = new_node(ND_VAR, tok);
  node->var = var;
  return node;
}

static Node *new_vla_ptr(Obj *var, Token *tok) {
  Node *node = new_node(ND_VLA_PTR, tok);
  node->var = var;
  return node;
}

static VarScope *push_scope(char *name) {
  VarScope *sc = scope->next ? arena_alloc(scope_arena, sizeof(VarScope))
                             : xcalloc(1, sizeof(VarScope));
  hashmap_put(&scope->vars, name, sc);
  return sc;
}

static Initializer *new_initializer(Type *ty, bool is_flexible);

static Obj *new_var(char *name, Type *ty, Obj *var) {
  complete_type(ty);
  var->name = name;
  var->ty = ty;
  var->align = ty->align;
  push_scope(name)->var = var;
  return var;
}

// A local variable is dead once its function's code is generated: when the
// parser hands functions on (function_done), locals live in the scope arena,
// emptied after each top-level declaration.
static Obj *new_lvar(char *name, Type *ty) {
  Obj *var = new_var(name, ty, function_done ? arena_alloc(scope_arena, sizeof(Obj))
                                             : xcalloc(1, sizeof(Obj)));
  var->is_local = true;
  var->next = locals;
  locals = var;
  return var;
}

static Obj *new_gvar(char *name, Type *ty) {
  Obj *var = new_var(name, ty, xcalloc(1, sizeof(Obj)));
  var->next = globals;
  var->is_static = true;
  var->is_definition = true;
  globals = var;
  return var;
}

static char *new_unique_name(void) {
  static int id = 0;
  return format(".L..%d", id++);
}

static Obj *new_anon_gvar(Type *ty) {
  return new_gvar(new_unique_name(), ty);
}

static Obj *new_string_literal(char *p, Type *ty) {
  Obj *var = new_anon_gvar(ty);
  var->init_data = p;
  var->is_literal = true;
  return var;
}

static char *get_ident(Token *tok) {
  if (tok->kind != TK_IDENT)
    error_tok(tok, "expected an identifier");
  return str_ndup(tok->loc, tok->len);
}

static Type *find_typedef(Token *tok) {
  if (tok->kind == TK_IDENT) {
    VarScope *sc = find_var(tok);
    if (sc)
      return sc->type_def;
  }
  return NULL;
}

static void push_tag_scope(Token *tok, Type *ty) {
  hashmap_put2(&scope->tags, tok->loc, tok->len, ty);
}

static int64_t const_expr(Token **rest, Token *tok) {
  Node *node = conditional(rest, tok);
  return eval(node);
}

// Whether control cannot fall off the end of `node`: a conservative look
// for -Wall's "control reaches end of non-void function".
static bool never_falls_through(Node *node) {
  if (!node)
    return false;
  switch (node->kind) {
  case ND_RETURN:
  case ND_GOTO:
  case ND_GOTO_EXPR:
    return true;
  case ND_BLOCK: {
    Node *last = node->body;
    if (!last)
      return false;
    while (last->next)
      last = last->next;
    return never_falls_through(last);
  }
  case ND_IF:
    return never_falls_through(node->then) && never_falls_through(node->els);
  case ND_LABEL:
  case ND_CASE:
    return never_falls_through(node->lhs);
  case ND_FOR:
    return !node->cond; // for (;;) ends only through break, which we don't track
  case ND_DO:
    return node->cond->kind == ND_NUM && node->cond->val;
  case ND_SWITCH:
    return true; // too hard to follow; stay quiet
  case ND_EXPR_STMT:
    if (node->lhs->kind == ND_FUNCALL && node->lhs->lhs->kind == ND_VAR) {
      char *name = node->lhs->lhs->var->name;
      return !strcmp(name, "abort") || !strcmp(name, "exit") || !strcmp(name, "_exit") ||
             !strcmp(name, "longjmp") || !strcmp(name, "__assert_fail") ||
             node->lhs->lhs->var->is_noreturn;
    }
    return false;
  default:
    return false;
  }
}

// `return &local;` or `return local_array;`: the storage dies with the call.
static bool returns_local_address(Node *exp) {
  if (exp->kind == ND_ADDR && exp->lhs->kind == ND_VAR && exp->lhs->var->is_local)
    return true;
  return exp->kind == ND_VAR && exp->var->is_local && exp->ty->kind == TY_ARRAY;
}

// A missing ';' is reported just after the token it should follow.
static Token *expect_semicolon(Token *tok) {
  if (equal(tok, ";"))
    return tok->next;
  if (tok->kind == TK_EOF)
    error_after(tok->prev, "expected ';' at end of input");
  error_after(tok->prev ? tok->prev : tok, "expected ';' before %s", tok_desc(tok));
}

// Between declarators: "," or the ";" that ends the declaration.
static Token *expect_decl_separator(Token *tok, char *alternatives) {
  if (equal(tok, ","))
    return tok->next;
  if (tok->kind == TK_EOF)
    error_after(tok->prev, "expected %s at end of input", alternatives);
  error_tok(tok, "expected %s before %s", alternatives, tok_desc(tok));
}

// What a failed constant expression is called where it occurs.
static char *const_context = "expression is not a constant";

// Skips a balanced parenthesized token sequence starting at "(".
static Token *skip_parens(Token *tok) {
  int depth = 0;
  do {
    if (tok->kind == TK_EOF)
      error_tok(tok, "unbalanced parentheses");
    if (equal(tok, "("))
      depth++;
    else if (equal(tok, ")"))
      depth--;
    tok = tok->next;
  } while (depth > 0);
  return tok;
}

// attribute = ("__attribute__" "((" attr-item ("," attr-item)* "))")*
//           | "__asm__" "(" string ")"
// Unknown attributes are skipped, as gcc skips them with a warning.
static Token *attribute_list(Token *tok, Attr *attr) {
  for (;;) {
    if (equal(tok, "__attribute__") || equal(tok, "__attribute")) {
      tok = skip(tok->next, "(");
      tok = skip(tok, "(");
      while (!equal(tok, ")")) {
        if (tok->kind == TK_EOF)
          error_tok(tok, "expected ')'");
        if (equal(tok, ",")) {
          tok = tok->next;
          continue;
        }
        Token *name = tok;
        char *n = str_ndup(tok->loc, tok->len);
        // "__packed__" and "packed" mean the same.
        if (starts_with(n, "__") && ends_with(n, "__") && strlen(n) > 4)
          n = str_ndup(n + 2, strlen(n) - 4);
        tok = tok->next;

        if (!strcmp(n, "packed")) {
          attr->packed = true;
        } else if (!strcmp(n, "aligned")) {
          if (equal(tok, "(")) {
            attr->aligned = const_expr(&tok, tok->next);
            tok = skip(tok, ")");
          } else {
            attr->aligned = 16;
          }
        } else if (!strcmp(n, "weak")) {
          attr->weak = true;
        } else if (!strcmp(n, "noreturn")) {
          attr->noreturn = true;
        } else if (!strcmp(n, "constructor") || !strcmp(n, "destructor")) {
          if (!strcmp(n, "constructor"))
            attr->constructor = true;
          else
            attr->destructor = true;
          if (equal(tok, "(")) {
            attr->priority = const_expr(&tok, tok->next);
            tok = skip(tok, ")");
          }
        } else if (!strcmp(n, "cleanup") && equal(tok, "(")) {
          attr->cleanup = tok->next;
          tok = skip(tok->next->next, ")");
        } else if (!strcmp(n, "mode") && equal(tok, "(")) {
          Token *m = tok->next;
          char *mn = str_ndup(m->loc, m->len);
          if (starts_with(mn, "__") && ends_with(mn, "__") && strlen(mn) > 4)
            mn = str_ndup(mn + 2, strlen(mn) - 4);
          if (!strcmp(mn, "QI") || !strcmp(mn, "byte"))
            attr->mode = 1;
          else if (!strcmp(mn, "HI"))
            attr->mode = 2;
          else if (!strcmp(mn, "SI"))
            attr->mode = 4;
          else if (!strcmp(mn, "DI") || !strcmp(mn, "word") || !strcmp(mn, "pointer"))
            attr->mode = 8;
          else
            error_tok(m, "mode '%s' is not supported", mn);
          tok = skip(m->next, ")");
        } else if (!strcmp(n, "alias") && equal(tok, "(") && tok->next->kind == TK_STR) {
          attr->alias = tok->next->str;
          tok = skip(tok->next->next, ")");
        } else if (!strcmp(n, "section") && equal(tok, "(") &&
                   tok->next->kind == TK_STR) {
          attr->section = tok->next->str;
          tok = skip(tok->next->next, ")");
        }
        if (equal(tok, "("))
          tok = skip_parens(tok);
        (void)name;
      }
      tok = skip(tok, ")");
      tok = skip(tok, ")");
      continue;
    }
    if (equal(tok, "__asm__") || equal(tok, "__asm") || equal(tok, "asm")) {
      tok = skip(tok->next, "(");
      if (tok->kind != TK_STR)
        error_tok(tok, "expected string literal");
      char *s = "";
      while (tok->kind == TK_STR) {
        s = format("%s%s", s, tok->str);
        tok = tok->next;
      }
      attr->asm_name = s;
      tok = skip(tok, ")");
      continue;
    }
    return tok;
  }
}

// mode(QI/HI/SI/DI) picks an integer type by its size in bytes.
static Type *apply_mode(Type *ty, int mode, Token *tok) {
  if (!mode)
    return ty;
  if (!is_integer(ty))
    error_tok(tok, "mode attribute on a non-integer type");
  static Type **sized[2][9];
  sized[0][1] = &ty_schar;
  sized[1][1] = &ty_uchar;
  sized[0][2] = &ty_short;
  sized[1][2] = &ty_ushort;
  sized[0][4] = &ty_int;
  sized[1][4] = &ty_uint;
  sized[0][8] = &ty_long;
  sized[1][8] = &ty_ulong;
  return *sized[ty->is_unsigned][mode];
}

static Token *skip_attributes(Token *tok) {
  Attr attr = {0};
  return attribute_list(tok, &attr);
}

// declspec = ("void" | "_Bool" | "char" | "short" | "int" | "long"
//             | "typedef" | "static" | "extern" | "inline"
//             | "_Thread_local" | "__thread"
//             | "signed" | "unsigned"
//             | struct-decl | union-decl | typedef-name
//             | enum-specifier | typeof-specifier
//             | "const" | "volatile" | "auto" | "register" | "restrict"
//             | "__restrict" | "__restrict__" | "_Noreturn")+
//
// The order of typenames in a type-specifier doesn't matter.  For example,
// `int long static` means the same as `static long int`.  That can also be
// written as `static long` because you can omit `int` if `long` or `short`
// are specified.  We count each basic type specifier in one bit field of a
// counter and look the sum up in a table of the combinations C allows.
static Type *declspec(Token **rest, Token *tok, VarAttr *attr) {
  enum {
    VOID = 1 << 0,
    BOOL = 1 << 2,
    CHAR = 1 << 4,
    SHORT = 1 << 6,
    INT = 1 << 8,
    LONG = 1 << 10,
    FLOAT = 1 << 12,
    DOUBLE = 1 << 14,
    OTHER = 1 << 16,
    SIGNED = 1 << 17,
    UNSIGNED = 1 << 18,
    COMPLEX = 1 << 19,
  };

  Type *ty = ty_int;
  int counter = 0;
  bool is_const = false, is_volatile = false;
  bool is_complex_spec = false;
  Token *start = tok;

  while (is_typename(tok)) {
    // Storage class specifiers
    if (equal(tok, "typedef") || equal(tok, "static") || equal(tok, "extern") ||
        equal(tok, "inline") || equal(tok, "__inline") || equal(tok, "__inline__") ||
        equal(tok, "_Thread_local") || equal(tok, "__thread")) {
      if (!attr)
        error_tok(tok, "storage class specifier is not allowed in this context");

      if (equal(tok, "typedef"))
        attr->is_typedef = true;
      else if (equal(tok, "static"))
        attr->is_static = true;
      else if (equal(tok, "extern"))
        attr->is_extern = true;
      else if (equal(tok, "_Thread_local") || equal(tok, "__thread"))
        attr->is_tls = true;
      else
        attr->is_inline = true;

      if (attr->is_typedef + attr->is_static + attr->is_extern > 1)
        error_tok(tok, "multiple storage classes in declaration specifiers");
      tok = tok->next;
      continue;
    }

    if (equal(tok, "const") || equal(tok, "__const") || equal(tok, "__const__")) {
      is_const = true;
      tok = tok->next;
      continue;
    }
    if (equal(tok, "volatile") || equal(tok, "__volatile") ||
        equal(tok, "__volatile__")) {
      is_volatile = true;
      tok = tok->next;
      continue;
    }

    // Ignored specifiers and qualifiers.
    if (equal(tok, "_Noreturn")) {
      if (attr)
        attr->is_noreturn = true;
      tok = tok->next;
      continue;
    }

    if (equal(tok, "auto") || equal(tok, "register") || equal(tok, "restrict") ||
        equal(tok, "__restrict") || equal(tok, "__restrict__") || equal(tok, "__extension__")) {
      tok = tok->next;
      continue;
    }

    if (equal(tok, "__attribute__") || equal(tok, "__attribute")) {
      if (attr) {
        tok = attribute_list(tok, &attr->gnu);
        if (attr->gnu.aligned > attr->align)
          attr->align = attr->gnu.aligned;
      } else {
        tok = skip_attributes(tok);
      }
      continue;
    }

    if (equal(tok, "_Atomic")) {
      tok = tok->next;
      if (equal(tok, "(")) {
        ty = typename(&tok, tok->next);
        tok = skip(tok, ")");
        if (counter)
          error_tok(tok, "two or more data types in declaration specifiers");
        counter += OTHER;
      }
      continue;
    }

    if (equal(tok, "_Alignas")) {
      if (!attr)
        error_tok(tok, "_Alignas is not allowed in this context");
      tok = skip(tok->next, "(");
      int align;
      if (is_typename(tok))
        align = typename(&tok, tok)->align;
      else
        align = const_expr(&tok, tok);
      if (align > attr->align)
        attr->align = align;
      tok = skip(tok, ")");
      continue;
    }

    // User-defined types.
    Type *ty2 = find_typedef(tok);
    if (equal(tok, "struct") || equal(tok, "union") || equal(tok, "enum") ||
        equal(tok, "typeof") || equal(tok, "__typeof") || equal(tok, "__typeof__") ||
        ty2) {
      if (counter)
        break;

      if (equal(tok, "struct")) {
        ty = struct_decl(&tok, tok->next);
      } else if (equal(tok, "union")) {
        ty = union_decl(&tok, tok->next);
      } else if (equal(tok, "enum")) {
        ty = enum_specifier(&tok, tok->next);
      } else if (equal(tok, "typeof") || equal(tok, "__typeof") ||
                 equal(tok, "__typeof__")) {
        ty = typeof_specifier(&tok, tok->next);
      } else {
        ty = ty2;
        tok = tok->next;
      }

      counter += OTHER;
      continue;
    }

    // Built-in types.
    if (equal(tok, "void"))
      counter += VOID;
    else if (equal(tok, "_Bool"))
      counter += BOOL;
    else if (equal(tok, "char"))
      counter += CHAR;
    else if (equal(tok, "short"))
      counter += SHORT;
    else if (equal(tok, "int"))
      counter += INT;
    else if (equal(tok, "long"))
      counter += LONG;
    else if (equal(tok, "float"))
      counter += FLOAT;
    else if (equal(tok, "double"))
      counter += DOUBLE;
    else if (equal(tok, "signed") || equal(tok, "__signed") || equal(tok, "__signed__"))
      counter |= SIGNED;
    else if (equal(tok, "unsigned"))
      counter |= UNSIGNED;
    else if (equal(tok, "_Complex") || equal(tok, "__complex__") || equal(tok, "__complex")) {
      is_complex_spec = true;
      tok = tok->next;
      if (counter == 0)
        ty = ty_double; // `_Complex` alone is complex double
      continue;
    }
    else
      error_tok(tok, "internal error: unexpected type specifier");

    switch (counter) {
    case VOID:
      ty = ty_void;
      break;
    case BOOL:
      ty = ty_bool;
      break;
    case CHAR:
    case SIGNED + CHAR:
      ty = (counter & SIGNED) ? ty_schar : ty_char;
      break;
    case UNSIGNED + CHAR:
      ty = ty_uchar;
      break;
    case SHORT:
    case SHORT + INT:
    case SIGNED + SHORT:
    case SIGNED + SHORT + INT:
      ty = ty_short;
      break;
    case UNSIGNED + SHORT:
    case UNSIGNED + SHORT + INT:
      ty = ty_ushort;
      break;
    case INT:
    case SIGNED:
    case SIGNED + INT:
      ty = ty_int;
      break;
    case UNSIGNED:
    case UNSIGNED + INT:
      ty = ty_uint;
      break;
    case LONG:
    case LONG + INT:
    case SIGNED + LONG:
    case SIGNED + LONG + INT:
      ty = ty_long;
      break;
    case LONG + LONG:
    case LONG + LONG + INT:
    case SIGNED + LONG + LONG:
    case SIGNED + LONG + LONG + INT:
      ty = ty_llong;
      break;
    case UNSIGNED + LONG:
    case UNSIGNED + LONG + INT:
      ty = ty_ulong;
      break;
    case UNSIGNED + LONG + LONG:
    case UNSIGNED + LONG + LONG + INT:
      ty = ty_ullong;
      break;
    case FLOAT:
      ty = ty_float;
      break;
    case DOUBLE:
      ty = ty_double;
      break;
    case LONG + DOUBLE:
      ty = ty_ldouble;
      break;
    default:
      error_tok(tok, "two or more data types in declaration specifiers");
    }

    tok = tok->next;
  }

  if (tok == start)
    error_tok(tok, "expected a type name");
  if (is_complex_spec) {
    if (!is_numeric(ty) || ty->kind == TY_BOOL)
      error_tok(start, "invalid complex type");
    ty = complex_type(counter ? ty : ty_double);
  }
  *rest = tok;
  return qualified_type(ty, is_const, is_volatile);
}

// func-params = ("void" | param ("," param)* ("," "...")?)? ")"
// param       = declspec declarator
//             | ident                  (K&R identifier list)
static Type *func_params(Token **rest, Token *tok, Type *ty) {
  if (equal(tok, "void") && equal(tok->next, ")")) {
    *rest = tok->next->next;
    return func_type(ty);
  }

  Type head = {0};
  Type *cur = &head;
  bool is_variadic = false;
  bool is_oldstyle = false;

  if (equal(tok, ")"))
    is_oldstyle = true; // "()" declares no prototype
  else if (tok->kind == TK_IDENT && !find_typedef(tok))
    is_oldstyle = true; // K&R identifier list

  // Earlier parameters are visible to later ones: `int n, int a[n]`.
  enter_scope();
  while (!equal(tok, ")")) {
    if (cur != &head)
      tok = expect_decl_separator(tok, "';', ',' or ')'");

    if (equal(tok, "...")) {
      is_variadic = true;
      tok = tok->next;
      skip(tok, ")");
      break;
    }

    Type *ty2;
    if (is_oldstyle) {
      // The types come from the declarations after ")".  Until then int.
      if (tok->kind != TK_IDENT)
        error_tok(tok, "expected identifier");
      ty2 = copy_type(ty_int);
      ty2->name = tok;
      ty2->is_oldstyle = true; // marks a K&R parameter without a type yet
      tok = tok->next;
    } else {
      Type *basety = declspec(&tok, tok, NULL);
      ty2 = declarator(&tok, tok, basety);
      tok = skip_attributes(tok);
    }

    Token *name = ty2->name;

    if (ty2->kind == TY_ARRAY || ty2->kind == TY_VLA) {
      // "array of T" is converted to "pointer to T" only in the parameter
      // context.  For example, *argv[] is converted to **argv by this.
      // A VLA's size is still evaluated when the function starts.
      Node *len = ty2->kind == TY_VLA ? ty2->vla_len : NULL;
      ty2 = pointer_to(ty2->base);
      ty2->name = name;
      ty2->vla_len = len;
    } else if (ty2->kind == TY_FUNC) {
      // Likewise, a function is converted to a pointer to a function.
      ty2 = pointer_to(ty2);
      ty2->name = name;
    }

    cur = cur->next = copy_type(ty2);
    if (name) {
      // The object stands for the parameter in later parameters' array
      // sizes; the definition adopts it as the real parameter.
      Obj *var = xcalloc(1, sizeof(Obj));
      var->name = get_ident(name);
      var->ty = cur;
      var->align = cur->align;
      var->is_local = true;
      var->tok = name;
      cur->param_obj = var;
      push_scope(var->name)->var = var;
    }
  }
  leave_scope();

  if (cur == &head)
    is_variadic = is_variadic || is_oldstyle;

  ty = func_type(ty);
  ty->params = head.next;
  ty->is_variadic = is_variadic;
  ty->is_oldstyle = is_oldstyle;
  *rest = tok->next;
  return ty;
}

// The name being declared, for diagnostics about the type built for it.
static Token *decl_name;

static char *decl_name_str(void) {
  return decl_name ? format(" '%.*s'", decl_name->len, decl_name->loc) : "";
}

static Token *decl_name_pos(Token *tok) {
  return decl_name ? decl_name : tok;
}

// array-dimensions = ("static" | "restrict" | "const")* const-expr? "]" type-suffix
static Type *array_dimensions(Token **rest, Token *tok, Type *ty) {
  while (equal(tok, "static") || equal(tok, "restrict") || equal(tok, "const") ||
         equal(tok, "volatile") || equal(tok, "__restrict"))
    tok = tok->next;

  if (equal(tok, "]")) {
    ty = type_suffix(rest, tok->next, ty);
    return array_of(ty, -1);
  }

  Token *start = tok;
  Node *expr = conditional(&tok, tok);
  tok = skip(tok, "]");
  ty = type_suffix(rest, tok, ty);

  add_type(expr);
  if (!is_integer(expr->ty))
    error_tok(decl_name_pos(start), "size of array%s has non-integer type", decl_name_str());

  if (ty->kind == TY_VLA || !is_const_expr(expr))
    return vla_of(ty, expr);
  int64_t len = eval(expr);
  if (len < 0)
    error_tok(decl_name_pos(start), "size of array%s is negative", decl_name_str());
  if ((int64_t)ty->size * len > INT32_MAX)
    error_tok(decl_name_pos(start), "size of array%s is too large", decl_name_str());
  return array_of(ty, len);
}

// type-suffix = "(" func-params
//             | "[" array-dimensions
//             | ε
static Type *type_suffix(Token **rest, Token *tok, Type *ty) {
  if (equal(tok, "(")) {
    Token *name = decl_name;
    Type *fn = func_params(&tok, tok->next, ty);
    decl_name = name;
    // Suffixes after the parameter list apply to the return type:
    // `int f(void)[3]` would return an array.
    ty = type_suffix(rest, tok, ty);
    fn->return_ty = ty;
    if (ty->kind == TY_FUNC)
      error_tok(decl_name_pos(tok), "%sdeclared as function returning a function",
                decl_name ? format("'%.*s' ", decl_name->len, decl_name->loc) : "");
    if (ty->kind == TY_ARRAY || ty->kind == TY_VLA)
      error_tok(decl_name_pos(tok), "%sdeclared as function returning an array",
                decl_name ? format("'%.*s' ", decl_name->len, decl_name->loc) : "");
    return fn;
  }

  if (equal(tok, "[")) {
    Type *arr = array_dimensions(rest, tok->next, ty);
    if (ty->kind == TY_FUNC)
      error_tok(decl_name_pos(tok), "declaration of%s as array of functions",
                decl_name_str());
    if (ty->kind == TY_VOID)
      error_tok(decl_name_pos(tok), "declaration of%s as array of voids", decl_name_str());
    return arr;
  }

  *rest = tok;
  return ty;
}

// pointers = ("*" ("const" | "volatile" | "restrict" | attribute)*)*
static Type *pointers(Token **rest, Token *tok, Type *ty) {
  while (consume(&tok, tok, "*")) {
    ty = pointer_to(ty);
    bool is_const = false, is_volatile = false;
    for (;;) {
      if (equal(tok, "const") || equal(tok, "__const") || equal(tok, "__const__"))
        is_const = true;
      else if (equal(tok, "volatile") || equal(tok, "__volatile") ||
               equal(tok, "__volatile__"))
        is_volatile = true;
      else if (equal(tok, "restrict") || equal(tok, "__restrict") ||
               equal(tok, "__restrict__") || equal(tok, "_Atomic"))
        ;
      else if (equal(tok, "__attribute__") || equal(tok, "__attribute")) {
        tok = skip_attributes(tok);
        continue;
      } else
        break;
      tok = tok->next;
    }
    ty = qualified_type(ty, is_const, is_volatile);
  }
  *rest = tok;
  return ty;
}

// declarator = pointers ("(" ident ")" | "(" declarator ")" | ident) type-suffix
static Type *declarator(Token **rest, Token *tok, Type *ty) {
  ty = pointers(&tok, tok, ty);
  tok = skip_attributes(tok);

  if (equal(tok, "(") && !is_typename(tok->next) && !equal(tok->next, ")")) {
    // The inner declarator applies to what the suffix after ")" makes, so
    // parse the suffix first and then come back for the inner part.
    Token *start = tok;
    Type dummy = {.kind = TY_INT, .size = 4, .align = 4};
    declarator(&tok, start->next, &dummy);
    tok = skip(tok, ")");
    ty = type_suffix(rest, tok, ty);
    return declarator(&tok, start->next, ty);
  }

  Token *name = NULL;
  Token *name_pos = tok;

  if (tok->kind == TK_IDENT) {
    name = tok;
    tok = tok->next;
  }

  Token *outer = decl_name;
  decl_name = name;
  ty = type_suffix(rest, tok, ty);
  decl_name = outer;
  ty->name = name;
  ty->name_pos = name_pos;
  return ty;
}

// abstract-declarator = pointers ("(" abstract-declarator ")")? type-suffix
static Type *abstract_declarator(Token **rest, Token *tok, Type *ty) {
  ty = pointers(&tok, tok, ty);
  tok = skip_attributes(tok);

  if (equal(tok, "(") && !is_typename(tok->next) && !equal(tok->next, ")")) {
    Token *start = tok;
    Type dummy = {.kind = TY_INT, .size = 4, .align = 4};
    abstract_declarator(&tok, start->next, &dummy);
    tok = skip(tok, ")");
    ty = type_suffix(rest, tok, ty);
    return abstract_declarator(&tok, start->next, ty);
  }

  return type_suffix(rest, tok, ty);
}

// type-name = declspec abstract-declarator
static Type *typename(Token **rest, Token *tok) {
  Type *ty = declspec(&tok, tok, NULL);
  return abstract_declarator(rest, tok, ty);
}

static bool is_end(Token *tok) {
  return equal(tok, "}") || (equal(tok, ",") && equal(tok->next, "}"));
}

static bool consume_end(Token **rest, Token *tok) {
  if (equal(tok, "}")) {
    *rest = tok->next;
    return true;
  }

  if (equal(tok, ",") && equal(tok->next, "}")) {
    *rest = tok->next->next;
    return true;
  }

  return false;
}

// enum-specifier = ident? "{" enum-list? "}"
//                | ident ("{" enum-list? "}")?
//
// enum-list      = ident ("=" num)? ("," ident ("=" num)?)* ","?
static Type *enum_specifier(Token **rest, Token *tok) {
  Type *ty = enum_type();
  Attr attr = {0};
  tok = attribute_list(tok, &attr);

  // Read a struct tag.
  Token *tag = NULL;
  if (tok->kind == TK_IDENT) {
    tag = tok;
    tok = tok->next;
  }

  // A definition completes an enum declared earlier in the same scope.
  if (tag && equal(tok, "{")) {
    Type *prev = hashmap_get2(&scope->tags, tag->loc, tag->len);
    if (prev && prev->kind == TY_ENUM)
      ty = prev;
  }

  if (tag && !equal(tok, "{")) {
    Type *prev = find_tag(tag);
    if (prev) {
      if (prev->kind != TY_ENUM)
        error_tok(tag, "'%.*s' defined as wrong kind of tag", tag->len, tag->loc);
      *rest = tok;
      return prev;
    }
    // A forward declaration of an enum, as gcc allows.
    push_tag_scope(tag, ty);
    *rest = tok;
    return ty;
  }

  tok = skip(tok, "{");

  // Read an enum-list.
  int i = 0;
  int64_t val = 0;
  bool negative = false;
  bool wide = false;
  VarScope *first = NULL;
  VarScope **scs = NULL;
  int n = 0;
  while (!consume_end(rest, tok)) {
    if (i++ > 0)
      tok = skip(tok, ",");

    char *name = get_ident(tok);
    tok = skip_attributes(tok->next);

    if (equal(tok, "="))
      val = const_expr(&tok, tok->next);

    VarScope *sc = push_scope(name);
    sc->enum_ty = ty;
    sc->enum_val = val;
    if (!first)
      first = sc;
    scs = realloc(scs, sizeof(*scs) * (n + 1));
    scs[n++] = sc;
    if (val < 0)
      negative = true;
    if (val > UINT32_MAX || val < INT32_MIN)
      wide = true;
    val++;
  }
  (void)wide;

  if (negative)
    ty->is_unsigned = false;
  ty->tag = tag;

  // A packed enum takes the smallest integer type that holds its values.
  *rest = attribute_list(*rest, &attr);
  if (attr.packed) {
    int64_t lo = 0, hi = 0;
    for (int j = 0; j < n; j++) {
      if (scs[j]->enum_val < lo)
        lo = scs[j]->enum_val;
      if (scs[j]->enum_val > hi)
        hi = scs[j]->enum_val;
    }
    int size = 4;
    if (lo >= 0 ? hi <= 0xff : (lo >= -128 && hi <= 127))
      size = 1;
    else if (lo >= 0 ? hi <= 0xffff : (lo >= -32768 && hi <= 32767))
      size = 2;
    ty->size = ty->align = size;
  }
  free(scs);

  if (tag)
    push_tag_scope(tag, ty);
  return ty;
}

// typeof-specifier = "(" (expr | typename) ")"
static Type *typeof_specifier(Token **rest, Token *tok) {
  tok = skip(tok, "(");

  Type *ty;
  if (is_typename(tok)) {
    ty = typename(&tok, tok);
  } else {
    Node *node = expr(&tok, tok);
    add_type(node);
    ty = node->ty;
  }
  *rest = skip(tok, ")");
  return ty;
}

static bool has_vla(Type *ty) {
  for (; ty; ty = ty->base)
    if (ty->kind == TY_VLA)
      return true;
  return false;
}

// Generates code for computing a VLA size.
static Node *compute_vla_size(Type *ty, Token *tok) {
  Node *node = new_node(ND_NULL_EXPR, tok);
  if (ty->base)
    node = new_binary(ND_COMMA, node, compute_vla_size(ty->base, tok), tok);

  // A VLA typedef fixed its size when it was declared.
  if (ty->kind != TY_VLA || ty->vla_size)
    return node;

  Node *base_sz;
  if (ty->base->kind == TY_VLA)
    base_sz = new_var_node(ty->base->vla_size, tok);
  else
    base_sz = new_num(ty->base->size, tok);

  ty->vla_size = new_lvar("", ty_ulong);
  Node *expr = new_binary(ND_ASSIGN, new_var_node(ty->vla_size, tok),
                          new_binary(ND_MUL, new_cast(ty->vla_len, ty_ulong),
                                     base_sz, tok),
                          tok);
  return new_binary(ND_COMMA, node, expr, tok);
}

static Node *new_alloca(Node *sz) {
  Node *node = new_unary(ND_ALLOCA, new_cast(sz, ty_ulong), sz->tok);
  add_type(node);
  return node;
}

// declaration = declspec (declarator ("=" expr)? ("," declarator ("=" expr)?)*)? ";"
static Node *declaration(Token **rest, Token *tok, Type *basety, VarAttr *attr) {
  Node head = {0};
  Node *cur = &head;
  int i = 0;

  while (!equal(tok, ";")) {
    if (i++ > 0)
      tok = expect_decl_separator(tok, "',' or ';'");

    Token *start = tok;
    Type *ty = declarator(&tok, tok, basety);
    // A function definition inside a function is a GNU extension we
    // don't support; a declaration is fine.
    if (ty->kind == TY_FUNC && equal(tok, "{"))
      error_tok(start, "nested functions are not supported");
    Attr gattr = attr ? attr->gnu : (Attr){0};
    tok = attribute_list(tok, &gattr);
    if (ty->kind == TY_VOID)
      error_tok(ty->name_pos, "variable or field '%.*s' declared void",
                ty->name ? ty->name->len : 0, ty->name ? ty->name->loc : "");
    if (!ty->name)
      error_tok(ty->name_pos, "expected identifier or '(' before %s", tok_desc(ty->name_pos));

    char *name = get_ident(ty->name);

    if (ty->kind == TY_FUNC) {
      // A block-scope function declaration refers to a global function.
      VarScope *sc = find_var(ty->name);
      Obj *fn;
      if (sc && sc->var && sc->var->is_function) {
        fn = sc->var;
        push_scope(name)->var = fn;
      } else {
        fn = xcalloc(1, sizeof(Obj));
        fn->name = name;
        fn->ty = ty;
        fn->tok = ty->name;
        fn->is_function = true;
        fn->asm_name = gattr.asm_name;
        push_scope(name)->var = fn;
        // Keep it in the global list so codegen can see it is external.
        fn->next = globals;
        globals = fn;
      }
      continue;
    }

    if (attr && attr->is_static) {
      // static local variable
      Obj *var = new_anon_gvar(ty);
      var->tok = ty->name;
      push_scope(name)->var = var;
      if (attr->align)
        var->align = attr->align;
      if (gattr.aligned > var->align)
        var->align = gattr.aligned;
      var->is_tls = attr->is_tls;
      if (equal(tok, "="))
        gvar_initializer(&tok, tok->next, var);
      else if (ty->kind == TY_ARRAY && ty->array_len < 0)
        error_tok(ty->name, "array size missing in '%s'", name);
      continue;
    }

    if (attr && attr->is_extern) {
      VarScope *sc = find_var(ty->name);
      Obj *var;
      if (sc && sc->var && !sc->var->is_local) {
        var = sc->var;
      } else {
        var = new_gvar(name, ty);
        var->is_definition = false;
        var->is_static = false;
        var->tok = ty->name;
        if (gattr.asm_name)
          var->asm_name = gattr.asm_name;
        // Move to a fresh scope entry so it is visible here.
        push_scope(name)->var = var;
        continue;
      }
      push_scope(name)->var = var;
      continue;
    }

    // Generate code for computing a VLA size.  We need to do this
    // even if ty is not VLA because ty may be a pointer to VLA
    // (e.g. int (*foo)[n][m] where n and m are variables.)
    if (has_vla(ty))
      cur = cur->next = new_unary(ND_EXPR_STMT, compute_vla_size(ty, tok), tok);

    if (ty->kind == TY_VLA) {
      if (equal(tok, "="))
        error_tok(tok, "variable-sized object may not be initialized");

      // Variable length arrays (VLAs) are translated to alloca() calls.
      // For example, `int x[n+2]` is translated to `tmp = n + 2,
      // x = alloca(tmp)`.
      Obj *sp = new_lvar("", pointer_to(ty_void));
      sp->vla_outer = live_vla;
      live_vla = sp;
      cur = cur->next = new_unary(ND_EXPR_STMT, new_sp_node(ND_SP_SAVE, sp, tok), tok);

      Obj *var = new_lvar(name, ty);
      var->tok = ty->name;
      Token *tok = ty->name;
      Node *expr = new_binary(ND_ASSIGN, new_vla_ptr(var, tok),
                              new_alloca(new_var_node(ty->vla_size, tok)), tok);

      cur = cur->next = new_unary(ND_EXPR_STMT, expr, tok);
      continue;
    }

    Obj *var = new_lvar(name, ty);
    var->tok = ty->name;
    if (attr && attr->align)
      var->align = attr->align;
    if (gattr.aligned > var->align)
      var->align = gattr.aligned;

    if (equal(tok, "=")) {
      Node *expr = lvar_initializer(&tok, tok->next, var);
      cur = cur->next = new_unary(ND_EXPR_STMT, expr, tok);
    }

    if (gattr.cleanup) {
      VarScope *sc = find_var(gattr.cleanup);
      if (!sc || !sc->var || !sc->var->is_function)
        error_tok(gattr.cleanup, "cleanup argument not a function");
      Obj *entry = xcalloc(1, sizeof(Obj));
      entry->cleanup_fn = sc->var;
      entry->cleanup_var = var;
      entry->vla_outer = live_vla;
      live_vla = entry;
    }

    if (var->ty->size < 0)
      error_tok(ty->name, "storage size of '%s' isn't known", name);
    if (var->ty->kind == TY_VOID)
      error_tok(ty->name, "variable declared void");
    if ((var->ty->kind == TY_STRUCT || var->ty->kind == TY_UNION) &&
        var->ty->size < 0)
      error_tok(ty->name, "storage size of '%s' isn't known", name);
    if (var->ty->kind == TY_ARRAY && var->ty->array_len < 0)
      error_tok(ty->name, "array size missing in '%s'", name);
  }

  *rest = tok->next;
  Node *node = new_node(ND_BLOCK, tok);
  node->body = head.next;
  return node;
}

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

// Gives an array of unknown length room for element i.
static void ensure_child(Initializer *init, int i) {
  if (!init->is_flexible || i < init->nchildren)
    return;
  int n = init->nchildren ? init->nchildren : 4;
  while (n <= i)
    n *= 2;
  Initializer **c = xcalloc(n, sizeof(Initializer *));
  if (init->nchildren)
    memcpy(c, init->children, sizeof(Initializer *) * init->nchildren);
  for (int j = init->nchildren; j < n; j++)
    c[j] = new_initializer(init->ty->base, false);
  init->children = c;
  init->nchildren = n;
}

// The number of elements an array of unknown length ended up with.
static int flexible_len;

static void note_index(Initializer *init, int i) {
  (void)init;
  if (i + 1 > flexible_len)
    flexible_len = i + 1;
}

// string-initializer = string-literal
static void string_initializer(Token **rest, Token *tok, Initializer *init) {
  int len = tok->ty->array_len;
  if (init->is_flexible) {
    ensure_child(init, len - 1);
    init->ty = array_of(init->ty->base, len);
    init->nchildren = len;
    init->is_flexible = false;
  }

  int n = init->is_flexible ? len : init->ty->array_len;
  if (n > len)
    n = len;
  // Each element is a char of the literal's element size.
  int sz = tok->ty->base->size;
  for (int i = 0; i < n; i++) {
    int64_t c;
    if (sz == 1)
      c = (signed char)tok->str[i];
    else if (sz == 2)
      c = *(uint16_t *)(tok->str + i * 2);
    else
      c = *(uint32_t *)(tok->str + i * 4);
    init->children[i]->expr = new_num(c, tok);
  }
  *rest = tok->next;
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

  for (Member *mem = ty->members; mem; mem = mem->next) {
    // Anonymous struct member
    if (!mem->name && (mem->ty->kind == TY_STRUCT || mem->ty->kind == TY_UNION)) {
      if (get_struct_member(mem->ty, tok)) {
        *rest = start;
        return mem;
      }
      continue;
    }

    // Regular struct member
    if (mem->name && mem->name->len == tok->len &&
        !strncmp(mem->name->loc, tok->loc, tok->len)) {
      *rest = tok->next;
      return mem;
    }
  }

  error_tok(tok, "unknown field '%.*s' specified in initializer", tok->len, tok->loc);
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
    array_initializer2(rest, tok2, init, end + 1);
    return;
  }

  if (equal(tok, ".") && init->ty->kind == TY_STRUCT) {
    Member *mem = struct_designator(&tok, tok, init->ty);
    designation(&tok, tok, init->children[mem->idx]);
    init->expr = NULL;
    struct_initializer2(rest, tok, init, mem->next);
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
  initializer2(rest, tok, init);
}

// An array initializer with braces:
// array-initializer1 = "{" initializer ("," initializer)* ","? "}"
static void array_initializer1(Token **rest, Token *tok, Initializer *init) {
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
      initializer2(&tok, tok, init->children[i]);
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
// array-initializer2 = initializer ("," initializer)*
static void array_initializer2(Token **rest, Token *tok, Initializer *init, int i) {
  for (; (init->is_flexible || i < init->ty->array_len) && !is_end(tok); i++) {
    Token *start = tok;
    if (i > 0)
      tok = skip(tok, ",");

    if (equal(tok, "[") || equal(tok, ".")) {
      *rest = start;
      return;
    }

    ensure_child(init, i);
    initializer2(&tok, tok, init->children[i]);
    if (init->is_flexible)
      note_index(init, i);
  }
  *rest = tok;
}

// struct-initializer1 = "{" initializer ("," initializer)* ","? "}"
static void struct_initializer1(Token **rest, Token *tok, Initializer *init) {
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
      initializer2(&tok, tok, init->children[mem->idx]);
      mem = mem->next;
    } else {
      tok = skip_excess_element(tok);
    }
  }
}

// struct-initializer2 = initializer ("," initializer)*
static void struct_initializer2(Token **rest, Token *tok, Initializer *init, Member *mem) {
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

    initializer2(&tok, tok, init->children[mem->idx]);
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
    initializer2(&tok, tok->next, init->children[first->idx]);
    consume(&tok, tok, ",");
    *rest = skip(tok, "}");
  } else {
    initializer2(rest, tok, init->children[first->idx]);
  }
}

// initializer = string-initializer | array-initializer
//             | struct-initializer | union-initializer
//             | assign
static void initializer2(Token **rest, Token *tok, Initializer *init) {
  init->tok = tok;

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
      array_initializer1(rest, tok, init);
    } else {
      int saved = flexible_len;
      flexible_len = 0;
      array_initializer2(rest, tok, init, 0);
      if (init->is_flexible)
        init->nchildren = flexible_len, init->ty = array_of(init->ty->base, flexible_len);
      flexible_len = saved;
    }
    return;
  }

  if (init->ty->kind == TY_STRUCT) {
    if (equal(tok, "{")) {
      struct_initializer1(rest, tok, init);
      return;
    }

    // A struct can be initialized with another struct. E.g.
    // `struct T x = y;` where y is a variable of type struct T.
    // Handle that case first.
    Node *expr = assign(rest, tok);
    add_type(expr);
    if (is_complex(init->ty) && (is_complex(expr->ty) || is_numeric(expr->ty))) {
      init->expr = complex_convert(expr, init->ty, tok);
      return;
    }
    if (expr->ty->kind == TY_STRUCT) {
      init->expr = expr;
      return;
    }

    struct_initializer2(rest, tok, init, init->ty->members);
    return;
  }

  if (init->ty->kind == TY_UNION) {
    if (!equal(tok, "{")) {
      Node *expr = assign(rest, tok);
      add_type(expr);
      if (expr->ty->kind == TY_UNION) {
        init->expr = expr;
        return;
      }
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
    initializer2(&tok, tok->next, init);
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
    warn_conversion(init->ty, init->expr, init->expr->tok, "initialization of");
}

static Type *copy_struct_type(Type *ty) {
  ty = copy_type(ty);

  Member head = {0};
  Member *cur = &head;
  for (Member *mem = ty->members; mem; mem = mem->next) {
    Member *m = xcalloc(1, sizeof(Member));
    *m = *mem;
    cur = cur->next = m;
  }

  ty->members = head.next;
  return ty;
}

static Initializer *initializer(Token **rest, Token *tok, Type *ty, Type **new_ty) {
  Initializer *init = new_initializer(ty, true);
  initializer2(rest, tok, init);

  if ((ty->kind == TY_STRUCT || ty->kind == TY_UNION) && ty->is_flexible) {
    ty = copy_struct_type(ty);

    Member *mem = ty->members;
    while (mem->next)
      mem = mem->next;
    Initializer *last = init->children[mem->idx];
    if (last->is_flexible && last->ty->array_len < 0)
      last->ty = array_of(last->ty->base, 0);
    mem->ty = last->ty;
    ty->size += mem->ty->size;

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

// Assignments for every initialized element, in order.
static Node *create_lvar_init(Initializer *init, Type *ty, InitDesg *desg, Token *tok) {
  if (ty->kind == TY_ARRAY) {
    Node *node = new_node(ND_NULL_EXPR, tok);
    int n = ty->array_len < init->nchildren ? ty->array_len : init->nchildren;
    for (int i = 0; i < n; i++) {
      InitDesg desg2 = {desg, i, NULL, NULL};
      Node *rhs = create_lvar_init(init->children[i], ty->base, &desg2, tok);
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
static Node *lvar_initializer(Token **rest, Token *tok, Obj *var) {
  Initializer *init = initializer(rest, tok, var->ty, &var->ty);
  InitDesg desg = {NULL, 0, NULL, var};
  Node *rhs = create_lvar_init(init, var->ty, &desg, tok);

  // A scalar is fully set by its initializer (or by zero when it is `{}`).
  if (is_scalar(var->ty)) {
    if (!init->expr)
      return new_binary(ND_ASSIGN, new_var_node(var, tok), new_cast(new_num(0, tok), var->ty), tok);
    return rhs;
  }

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
// past the end of the struct (`char a; int b : 9;` is 3 bytes).
static void write_bitfield(char *buf, Member *mem, uint64_t val) {
  for (int i = 0; i < mem->bit_width; i++)
    if ((val >> i) & 1)
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
    return is_flonum(node->ty) ? eval_double(node) : (long double)eval(node);
  error_tok(node->tok, "initializer element is not constant");
}

static void eval_complex(Node *node, long double *re, long double *im) {
  ComplexEnv env = {0};
  add_type(node);
  ceval(node, &env, re, im);
}

static Relocation *write_gvar_data(Relocation *cur, Initializer *init, Type *ty,
                                   char *buf, int offset) {
  if (ty->kind == TY_ARRAY) {
    int sz = ty->base->size;
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

        write_bitfield(buf + offset + mem->offset, mem, eval(expr));
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

  if (is_complex(ty)) {
    long double re, im;
    eval_complex(init->expr, &re, &im);
    write_real(buf + offset, ty->complex_base, re);
    write_real(buf + offset + ty->complex_base->size, ty->complex_base, im);
    return cur;
  }

  if (init->expr->ty && (init->expr->ty->kind == TY_STRUCT || init->expr->ty->kind == TY_UNION) &&
      !is_complex(init->expr->ty))
    error_tok(init->expr->tok, "initializer element is not constant");
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
    ComplexEnv env = {0};
    write_real(buf + offset, ty, ceval_real(init->expr, &env));
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

  char **label = NULL;
  add_type(init->expr);
  Node *expr = new_cast(init->expr, ty);
  uint64_t val = eval2(expr, &label);

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
static void gvar_initializer(Token **rest, Token *tok, Obj *var) {
  Initializer *init = initializer(rest, tok, var->ty, &var->ty);

  Relocation head = {0};
  char *buf = xcalloc(1, var->ty->size);
  char *saved = const_context;
  const_context = "initializer element is not constant";
  write_gvar_data(&head, init, var->ty, buf, 0);
  const_context = saved;
  var->init_data = buf;
  var->rel = head.next;
}

// Returns true if a given token represents a type.
static bool is_typename(Token *tok) {
  static HashMap map;

  if (map.capacity == 0) {
    static char *kw[] = {
        "void", "_Bool", "char", "short", "int", "long", "struct", "union",
        "typedef", "enum", "static", "extern", "_Alignas", "signed", "unsigned",
        "const", "volatile", "auto", "register", "restrict", "__restrict",
        "__restrict__", "_Noreturn", "float", "double", "typeof", "inline",
        "_Thread_local", "__thread", "_Atomic", "__typeof", "__typeof__",
        "__inline", "__inline__", "__const", "__const__", "__volatile",
        "__volatile__", "__signed", "__signed__", "__attribute__", "__attribute",
        "_Complex", "__complex__", "__complex",
    };

    for (size_t i = 0; i < sizeof(kw) / sizeof(*kw); i++)
      hashmap_put(&map, kw[i], (void *)1);
  }

  // `__extension__` marks what follows; only that decides.
  if (equal(tok, "__extension__"))
    return is_typename(tok->next);
  return hashmap_get2(&map, tok->loc, tok->len) || find_typedef(tok);
}

// static-assert = "_Static_assert" "(" const-expr ("," string)? ")" ";"
static Token *static_assertion(Token *tok) {
  Token *start = tok->prev ? tok->prev : tok;
  tok = skip(tok, "(");
  int64_t val = const_expr(&tok, tok);
  char *msg = "";
  if (consume(&tok, tok, ",")) {
    if (tok->kind != TK_STR)
      error_tok(tok, "expected string literal");
    msg = tok->str;
    tok = tok->next;
  }
  tok = skip(tok, ")");
  if (!val)
    error_tok(start, "static assertion failed: \"%s\"", msg);
  return skip(tok, ";");
}

// Reads adjacent string literals as one string.
static char *asm_string(Token **rest, Token *tok) {
  if (tok->kind != TK_STR)
    error_tok(tok, "expected string literal");
  char *s = "";
  for (; tok->kind == TK_STR; tok = tok->next)
    s = format("%s%s", s, tok->str);
  *rest = tok;
  return s;
}

// One asm operand: string "(" expr ")".  Returns the expression.
static Node *asm_operand(Token **rest, Token *tok, char **constraint) {
  if (equal(tok, "[")) { // [name]
    tok = skip(tok->next->next, "]");
  }
  *constraint = asm_string(&tok, tok);
  tok = skip(tok, "(");
  Node *node = expr(&tok, tok);
  *rest = skip(tok, ")");
  add_type(node);
  return node;
}

// asm-stmt = "asm" ("volatile" | "inline" | "goto")* "(" string
//            (":" operands (":" operands (":" clobbers (":" labels)?)?)?)? ")" ";"
//
// 9cc has no register allocator to bind operands to, so it takes only what
// needs none: a basic asm statement, emitted as it is (in AT&T syntax, as
// gcc users write it), and an empty template with operands, which gcc
// code uses as a compiler barrier.  An output tied to an input ("=r"(x)
// with "0"(y)) receives the input's value; the inputs are evaluated.
static Node *asm_stmt(Token **rest, Token *tok) {
  Token *start = tok;
  tok = tok->next;
  while (equal(tok, "volatile") || equal(tok, "__volatile__") || equal(tok, "__volatile") ||
         equal(tok, "inline") || equal(tok, "goto"))
    tok = tok->next;
  tok = skip(tok, "(");
  char *tmpl = asm_string(&tok, tok);

  if (equal(tok, ")")) {
    *rest = skip(tok->next, ";");
    Node *node = new_node(ND_ASM, start);
    node->asm_str = tmpl;
    return node;
  }

  Node *outs[30], *ins[30];
  char *out_c[30], *in_c[30];
  int nout = 0, nin = 0;
  for (int part = 0; part < 4 && equal(tok, ":"); part++) {
    tok = tok->next;
    while (!equal(tok, ":") && !equal(tok, ")")) {
      if (part == 0 || part == 1) {
        char *c;
        Node *e = asm_operand(&tok, tok, &c);
        if (part == 0 && nout < 30) {
          out_c[nout] = c;
          outs[nout++] = e;
        } else if (part == 1 && nin < 30) {
          in_c[nin] = c;
          ins[nin++] = e;
        }
      } else if (part == 2) {
        asm_string(&tok, tok);
      } else {
        get_ident(tok);
        tok = tok->next;
      }
      if (!equal(tok, ":") && !equal(tok, ")"))
        tok = skip(tok, ",");
    }
  }
  *rest = skip(skip(tok, ")"), ";");

  for (char *p = tmpl; *p; p++)
    if (!isspace((unsigned char)*p))
      error_tok(start, "inline assembly with operands is not supported");

  Node head = {0};
  Node *cur = &head;
  for (int i = 0; i < nin; i++) {
    Node *value = ins[i];
    bool tied = false;
    if (isdigit((unsigned char)in_c[i][0])) {
      int o = atoi(in_c[i]);
      if (o < nout && is_lvalue(outs[o]) && !outs[o]->ty->is_const &&
          (is_scalar(outs[o]->ty) || is_compatible(outs[o]->ty, value->ty))) {
        Node *a = new_binary(ND_ASSIGN, outs[o], value, start);
        if (is_scalar(outs[o]->ty))
          a->rhs = new_cast(value, outs[o]->ty);
        value = a;
        tied = true;
      }
    }
    (void)tied;
    cur = cur->next = new_unary(ND_EXPR_STMT, new_cast(value, ty_void), start);
  }
  for (int i = 0; i < nout; i++) {
    bool tied = false;
    for (int j = 0; j < nin; j++)
      if (isdigit((unsigned char)in_c[j][0]) && atoi(in_c[j]) == i)
        tied = true;
    if (!tied && outs[i]->ty->kind != TY_ARRAY)
      cur = cur->next = new_unary(ND_EXPR_STMT, new_cast(new_unary(ND_ADDR, outs[i], start), ty_void), start);
    (void)out_c[i];
  }

  Node *node = new_node(ND_BLOCK, start);
  node->body = head.next;
  add_type(node);
  return node;
}

// stmt = "return" expr? ";"
//      | "if" "(" expr ")" stmt ("else" stmt)?
//      | "switch" "(" expr ")" stmt
//      | "case" const-expr ("..." const-expr)? ":" stmt
//      | "default" ":" stmt
//      | "for" "(" expr-stmt expr? ";" expr? ")" stmt
//      | "while" "(" expr ")" stmt
//      | "do" stmt "while" "(" expr ")" ";"
//      | "goto" (ident | "*" expr) ";"
//      | "break" ";"
//      | "continue" ";"
//      | ident ":" stmt
//      | "{" compound-stmt
//      | expr-stmt
static Node *stmt2(Token **rest, Token *tok);

static Node *stmt(Token **rest, Token *tok) {
  static int depth;
  if (++depth > 200000)
    error_tok(tok, "statement nested too deeply");
  Node *node = stmt2(rest, tok);
  depth--;
  return node;
}

static Node *stmt2(Token **rest, Token *tok) {
  if (equal(tok, "return")) {
    Node *node = new_node(ND_RETURN, tok);
    Type *ret_ty = current_fn->ty->return_ty;
    if (consume(rest, tok->next, ";")) {
      if (ret_ty->kind != TY_VOID)
        warn_tok(tok, "'return' with no value, in function returning non-void");
      if (has_cleanup(live_vla)) {
        Node *block = new_node(ND_BLOCK, tok);
        block->body = leave_code(live_vla, NULL, tok);
        block->body->next = node;
        return block;
      }
      return node;
    }

    Node *exp = expr(&tok, tok->next);
    *rest = expect_semicolon(tok);

    exp = complex_convert(exp, ret_ty, exp->tok);
    add_type(exp);
    if (ret_ty->kind == TY_VOID) {
      if (exp->ty->kind != TY_VOID)
        warn_tok(exp->tok, "'return' with a value, in function returning void");
    } else if (ret_ty->kind != TY_STRUCT && ret_ty->kind != TY_UNION) {
      if (!is_scalar(exp->ty) && exp->ty->kind != TY_ARRAY && exp->ty->kind != TY_FUNC)
        error_tok(exp->tok, "incompatible types when returning type '%s' but '%s' was expected",
                  type_name(exp->ty), type_name(ret_ty));
      if (returns_local_address(exp))
        warn_tok(exp->tok, "function returns address of local variable");
      warn_conversion(ret_ty, exp, exp->tok, "returning to");
      exp = new_cast(exp, ret_ty);
    } else if (!is_compatible(exp->ty, ret_ty)) {
      error_tok(exp->tok, "incompatible types when returning type '%s' but '%s' was expected",
                type_name(exp->ty), type_name(ret_ty));
    }

    node->lhs = exp;
    if (has_cleanup(live_vla)) {
      // return e;  ->  { tmp = e; cleanups; return tmp; }
      Obj *tmp = new_lvar("", exp->ty);
      Node *set = new_unary(ND_EXPR_STMT, new_binary(ND_ASSIGN, new_var_node(tmp, tok), exp, tok), tok);
      node->lhs = new_var_node(tmp, tok);
      add_type(node->lhs);
      set->next = leave_code(live_vla, NULL, tok);
      set->next->next = node;
      Node *block = new_node(ND_BLOCK, tok);
      block->body = set;
      add_type(block);
      return block;
    }
    return node;
  }

  if (equal(tok, "if")) {
    Node *node = new_node(ND_IF, tok);
    tok = skip(tok->next, "(");
    node->cond = expr(&tok, tok);
    tok = skip(tok, ")");
    node->then = stmt(&tok, tok);
    if (equal(tok, "else"))
      node->els = stmt(&tok, tok->next);
    *rest = tok;
    return node;
  }

  if (equal(tok, "switch")) {
    Node *node = new_node(ND_SWITCH, tok);
    tok = skip(tok->next, "(");
    node->cond = expr(&tok, tok);
    add_type(node->cond);
    if (!is_integer(node->cond->ty))
      error_tok(node->cond->tok, "switch quantity not an integer");
    // The controlling expression is promoted: narrow types become int.
    Type *cty = node->cond->ty;
    Type *promoted = cty->size == 8 ? cty : (cty->is_unsigned && cty->size == 4) ? ty_uint : ty_int;
    node->cond = new_cast(node->cond, promoted);
    tok = skip(tok, ")");

    Node *sw = current_switch;
    current_switch = node;

    char *brk = brk_label;
    brk_label = node->brk_label = new_unique_name();
    Obj *saved_brk_vla = brk_vla;
    brk_vla = live_vla;

    node->then = stmt(rest, tok);

    current_switch = sw;
    brk_label = brk;
    brk_vla = saved_brk_vla;
    return node;
  }

  if (equal(tok, "case")) {
    if (!current_switch)
      error_tok(tok, "case label not within a switch statement");

    Node *node = new_node(ND_CASE, tok);
    Token *start = tok;
    int64_t begin = const_expr(&tok, tok->next);
    int64_t end;

    if (equal(tok, "...")) {
      // [GNU] Case ranges, e.g. "case 1 ... 5:"
      end = const_expr(&tok, tok->next);
      if (end < begin)
        warn_tok(start, "empty range specified");
    } else {
      end = begin;
    }

    // Compare in the switch's type.
    Type *ty = current_switch->cond->ty;
    if (ty->size == 4) {
      begin = ty->is_unsigned ? (int64_t)(uint32_t)begin : (int64_t)(int32_t)begin;
      end = ty->is_unsigned ? (int64_t)(uint32_t)end : (int64_t)(int32_t)end;
    }

    if (case_is_duplicate(current_switch, begin, end))
      error_tok(start, "duplicate case value");

    tok = skip(tok, ":");
    node->label = new_unique_name();
    node->lhs = equal(tok, "}") ? new_node(ND_NULL_EXPR, tok) : stmt(rest, tok);
    if (equal(tok, "}"))
      *rest = tok;
    node->begin = begin;
    node->end = end;
    node->case_next = current_switch->case_next;
    current_switch->case_next = node;
    return node;
  }

  if (equal(tok, "default")) {
    if (!current_switch)
      error_tok(tok, "'default' label not within a switch statement");
    if (current_switch->default_case)
      error_tok(tok, "multiple default labels in one switch");

    Node *node = new_node(ND_CASE, tok);
    tok = skip(tok->next, ":");
    node->label = new_unique_name();
    current_switch->default_case = node;
    if (equal(tok, "}")) {
      node->lhs = new_node(ND_NULL_EXPR, tok);
      *rest = tok;
    } else {
      node->lhs = stmt(rest, tok);
    }
    return node;
  }

  if (equal(tok, "for")) {
    Node *node = new_node(ND_FOR, tok);
    tok = skip(tok->next, "(");

    enter_scope();

    char *brk = brk_label;
    char *cont = cont_label;
    brk_label = node->brk_label = new_unique_name();
    Obj *saved_brk_vla = brk_vla;
    brk_vla = live_vla;
    cont_label = node->cont_label = new_unique_name();
    Obj *saved_cont_vla = cont_vla;
    cont_vla = live_vla;

    if (is_typename(tok)) {
      VarAttr attr = {0};
      Type *basety = declspec(&tok, tok, &attr);
      node->init = declaration(&tok, tok, basety, &attr);
      add_type(node->init);
    } else {
      node->init = expr_stmt(&tok, tok);
    }

    if (!equal(tok, ";"))
      node->cond = expr(&tok, tok);
    tok = skip(tok, ";");

    if (!equal(tok, ")"))
      node->inc = expr(&tok, tok);
    tok = skip(tok, ")");

    node->then = stmt(rest, tok);

    leave_scope();
    brk_label = brk;
    brk_vla = saved_brk_vla;
    cont_label = cont;
    cont_vla = saved_cont_vla;
    return node;
  }

  if (equal(tok, "while")) {
    Node *node = new_node(ND_FOR, tok);
    tok = skip(tok->next, "(");
    node->cond = expr(&tok, tok);
    tok = skip(tok, ")");

    char *brk = brk_label;
    char *cont = cont_label;
    brk_label = node->brk_label = new_unique_name();
    Obj *saved_brk_vla = brk_vla;
    brk_vla = live_vla;
    cont_label = node->cont_label = new_unique_name();
    Obj *saved_cont_vla = cont_vla;
    cont_vla = live_vla;

    node->then = stmt(rest, tok);

    brk_label = brk;

    brk_vla = saved_brk_vla;
    cont_label = cont;
    cont_vla = saved_cont_vla;
    return node;
  }

  if (equal(tok, "do")) {
    Node *node = new_node(ND_DO, tok);

    char *brk = brk_label;
    char *cont = cont_label;
    brk_label = node->brk_label = new_unique_name();
    Obj *saved_brk_vla = brk_vla;
    brk_vla = live_vla;
    cont_label = node->cont_label = new_unique_name();
    Obj *saved_cont_vla = cont_vla;
    cont_vla = live_vla;

    node->then = stmt(&tok, tok->next);

    brk_label = brk;

    brk_vla = saved_brk_vla;
    cont_label = cont;
    cont_vla = saved_cont_vla;

    tok = skip(tok, "while");
    tok = skip(tok, "(");
    node->cond = expr(&tok, tok);
    tok = skip(tok, ")");
    *rest = expect_semicolon(tok);
    return node;
  }

  if (equal(tok, "asm") || equal(tok, "__asm__") || equal(tok, "__asm"))
    return asm_stmt(rest, tok);

  // [GNU] Local label declarations: labels are function-wide here anyway.
  if (equal(tok, "__label__")) {
    tok = tok->next;
    while (!equal(tok, ";")) {
      get_ident(tok);
      tok = tok->next;
      if (!equal(tok, ";"))
        tok = skip(tok, ",");
    }
    *rest = tok->next;
    return new_node(ND_BLOCK, tok);
  }

  if (equal(tok, "goto") && equal(tok->next, "*")) {
    // [GNU] `goto *ptr` jumps to the address specified by `ptr`.
    Node *node = new_node(ND_GOTO_EXPR, tok);
    node->lhs = expr(&tok, tok->next->next);
    *rest = skip(tok, ";");
    return node;
  }

  if (equal(tok, "goto")) {
    Node *node = new_node(ND_GOTO, tok);
    node->label = get_ident(tok->next);
    node->live_vla = live_vla;
    node->goto_next = gotos;
    gotos = node;
    *rest = expect_semicolon(tok->next->next);
    return node;
  }

  if (equal(tok, "break")) {
    if (!brk_label)
      error_tok(tok, "break statement not within loop or switch");
    Node *node = new_node(ND_GOTO, tok);
    node->unique_label = brk_label;
    node->exit_code = leave_code(live_vla, brk_vla, tok);
    *rest = expect_semicolon(tok->next);
    return node;
  }

  if (equal(tok, "continue")) {
    if (!cont_label)
      error_tok(tok, "continue statement not within a loop");
    Node *node = new_node(ND_GOTO, tok);
    node->unique_label = cont_label;
    node->exit_code = leave_code(live_vla, cont_vla, tok);
    *rest = expect_semicolon(tok->next);
    return node;
  }

  if (tok->kind == TK_IDENT && equal(tok->next, ":")) {
    Node *node = new_node(ND_LABEL, tok);
    node->label = str_ndup(tok->loc, tok->len);
    node->live_vla = live_vla;
    for (Node *l = labels; l; l = l->goto_next)
      if (!strcmp(l->label, node->label))
        error_tok(tok, "duplicate label '%s'", node->label);
    node->unique_label = new_unique_name();
    tok = skip_attributes(tok->next->next);
    // A label at the end of a block labels an empty statement (C2x, gcc).
    if (equal(tok, "}")) {
      node->lhs = new_node(ND_NULL_EXPR, tok);
      *rest = tok;
    } else {
      node->lhs = stmt(rest, tok);
    }
    node->goto_next = labels;
    labels = node;
    return node;
  }

  if (equal(tok, "{"))
    return compound_stmt(rest, tok->next);

  return expr_stmt(rest, tok);
}

// An identifier at the start of a statement that is followed by another
// identifier was almost certainly meant as a type.
static void check_unknown_type(Token *tok) {
  if (tok->kind == TK_IDENT && !find_var(tok) &&
      (tok->next->kind == TK_IDENT ||
       (equal(tok->next, "*") && tok->next->next->kind == TK_IDENT &&
        (equal(tok->next->next->next, ";") || equal(tok->next->next->next, "=")))))
    error_tok(tok, "unknown type name '%.*s'", tok->len, tok->loc);
}

// compound-stmt = (typedef | declaration | stmt)* "}"
static Node *compound_stmt(Token **rest, Token *tok) {
  Node *node = new_node(ND_BLOCK, tok);
  Node head = {0};
  Node *cur = &head;
  Obj *outer_vla = live_vla;

  enter_scope();

  while (!equal(tok, "}")) {
    if (tok->kind == TK_EOF)
      error_tok(tok, "expected declaration or statement at end of input");
    if (pragma_pack(&tok, tok))
      continue;

    if (equal(tok, "_Static_assert")) {
      tok = static_assertion(tok->next);
      continue;
    }

    if (is_typename(tok) && !equal(tok->next, ":")) {
      VarAttr attr = {0};
      Type *basety = declspec(&tok, tok, &attr);

      if (attr.is_typedef) {
        Node *code = new_node(ND_NULL_EXPR, tok);
        tok = parse_typedef(tok, basety, &code);
        cur = cur->next = new_unary(ND_EXPR_STMT, code, tok);
        add_type(cur);
        continue;
      }

      cur = cur->next = declaration(&tok, tok, basety, &attr);
      add_type(cur);
      continue;
    }

    check_unknown_type(tok);
    cur = cur->next = stmt(&tok, tok);
    add_type(cur);
  }

  leave_scope();

  // Falling off the end of the block leaves its scope.
  Node *exit = leave_code(live_vla, outer_vla, tok);
  if (exit)
    cur = cur->next = exit;
  live_vla = outer_vla;

  node->body = head.next;
  *rest = tok->next;
  return node;
}

// expr-stmt = expr? ";"
static Node *expr_stmt(Token **rest, Token *tok) {
  if (equal(tok, ";")) {
    *rest = tok->next;
    return new_node(ND_BLOCK, tok);
  }

  Node *node = new_node(ND_EXPR_STMT, tok);
  node->lhs = expr(&tok, tok);
  *rest = expect_semicolon(tok);
  return node;
}

// expr = assign ("," expr)?
static Node *expr(Token **rest, Token *tok) {
  Node *node = assign(&tok, tok);

  if (equal(tok, ","))
    return new_binary(ND_COMMA, node, expr(rest, tok->next), tok);

  *rest = tok;
  return node;
}

// Evaluate a given node as a constant expression.
//
// A constant expression is either just a number or ptr+n where ptr
// is a pointer to a global variable and n is a postiive/negative
// number.  The latter form is accepted only as an initialization
// expression for a global variable.
static int64_t eval(Node *node) {
  return eval2(node, NULL);
}

_Noreturn static void eval_error(Node *node) {
  error_tok(node->tok, "%s", const_context);
}

// Evaluates a constant expression: a number, or (for static initializers)
// the address of a global plus an offset, with the global's name in *label.
static int64_t eval2(Node *node, char ***label) {
  add_type(node);

  if (is_flonum(node->ty))
    return eval_double(node);

  switch (node->kind) {
  // Wrapping arithmetic, as the target does: no signed overflow here.
  case ND_ADD:
    return (int64_t)((uint64_t)eval2(node->lhs, label) + (uint64_t)eval(node->rhs));
  case ND_SUB:
    if (label && node->lhs->ty->kind == TY_PTR && node->rhs->ty->kind == TY_PTR) {
      // &a[3] - &a[1]: both sides have the same label.
      char **l1 = NULL, **l2 = NULL;
      int64_t a = eval2(node->lhs, &l1), b = eval2(node->rhs, &l2);
      if (l1 != l2 && (!l1 || !l2 || strcmp(*l1, *l2)))
        eval_error(node);
      return (int64_t)((uint64_t)a - (uint64_t)b);
    }
    return (int64_t)((uint64_t)eval2(node->lhs, label) - (uint64_t)eval(node->rhs));
  case ND_MUL:
    return (int64_t)((uint64_t)eval(node->lhs) * (uint64_t)eval(node->rhs));
  case ND_DIV: {
    int64_t r = eval(node->rhs);
    if (r == 0)
      error_tok(node->tok, "division by zero in constant expression");
    if (node->ty->is_unsigned)
      return truncate_int((uint64_t)eval(node->lhs) / r, node->ty);
    if (r == -1)
      return truncate_int(-(uint64_t)eval(node->lhs), node->ty);
    return eval(node->lhs) / r;
  }
  case ND_NEG:
    return truncate_int(-(uint64_t)eval(node->lhs), node->ty);
  case ND_MOD: {
    int64_t r = eval(node->rhs);
    if (r == 0)
      error_tok(node->tok, "division by zero in constant expression");
    if (node->ty->is_unsigned)
      return truncate_int((uint64_t)eval(node->lhs) % r, node->ty);
    if (r == -1)
      return 0;
    return eval(node->lhs) % r;
  }
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
    if (is_flonum(node->lhs->ty))
      return eval_double(node->lhs) == eval_double(node->rhs);
    return eval(node->lhs) == eval(node->rhs);
  case ND_NE:
    if (is_flonum(node->lhs->ty))
      return eval_double(node->lhs) != eval_double(node->rhs);
    return eval(node->lhs) != eval(node->rhs);
  case ND_LT:
    if (is_flonum(node->lhs->ty))
      return eval_double(node->lhs) < eval_double(node->rhs);
    if (node->lhs->ty->is_unsigned)
      return (uint64_t)eval(node->lhs) < (uint64_t)eval(node->rhs);
    return eval(node->lhs) < eval(node->rhs);
  case ND_LE:
    if (is_flonum(node->lhs->ty))
      return eval_double(node->lhs) <= eval_double(node->rhs);
    if (node->lhs->ty->is_unsigned)
      return (uint64_t)eval(node->lhs) <= (uint64_t)eval(node->rhs);
    return eval(node->lhs) <= eval(node->rhs);
  case ND_COND:
    if (is_flonum(node->cond->ty))
      return eval_double(node->cond) ? eval2(node->then, label) : eval2(node->els, label);
    return eval(node->cond) ? eval2(node->then, label) : eval2(node->els, label);
  case ND_COMMA:
    return eval2(node->rhs, label);
  case ND_NOT:
    if (is_flonum(node->lhs->ty))
      return !eval_double(node->lhs);
    return !eval(node->lhs);
  case ND_BITNOT:
    return truncate_int(~eval(node->lhs), node->ty);
  case ND_LOGAND:
    return eval(node->lhs) && eval(node->rhs);
  case ND_LOGOR:
    return eval(node->lhs) || eval(node->rhs);
  case ND_CAST: {
    if (is_flonum(node->lhs->ty)) {
      long double d = eval_double(node->lhs);
      if (node->ty->kind == TY_BOOL)
        return d != 0;
      return float_to_int(d, node->ty);
    }
    int64_t val = eval2(node->lhs, label);
    if (is_integer(node->ty)) {
      if (label && *label && node->ty->size < 8)
        eval_error(node);
      if (label && *label)
        return val;
      return truncate_int(val, node->ty);
    }
    return val;
  }
  case ND_ADDR:
    return eval_rval(node->lhs, label);
  case ND_LABEL_VAL: {
    if (!label)
      eval_error(node);
    // `static void *p = &&x;`: the label's unique name is known when the
    // function is done, and the relocation outlives the node, so it gets
    // a cell that resolve_goto_labels() fills.
    LabelCell *lc = xcalloc(1, sizeof(LabelCell));
    lc->cell = xcalloc(1, sizeof(char *));
    lc->node = node;
    lc->next = label_cells;
    label_cells = lc;
    *label = lc->cell;
    return 0;
  }
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
    return eval2(node->lhs, label);
  case ND_VAR:
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
    return eval2(node->lhs, label);
  case ND_MEMBER:
    return eval_rval(node->lhs, label) + node->member->offset;
  default:
    break;
  }

  eval_error(node);
}

// Whether an offsetof expression folds: no variables inside.
static bool is_const_offset(Node *node) {
  if (!node)
    return true;
  if (node->kind == ND_VAR || node->kind == ND_FUNCALL || node->kind == ND_ASSIGN)
    return false;
  return is_const_offset(node->lhs) && is_const_offset(node->rhs);
}

static bool is_const_expr(Node *node) {
  add_type(node);

  switch (node->kind) {
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
  case ND_LOGAND:
  case ND_LOGOR:
    return is_const_expr(node->lhs) && is_const_expr(node->rhs);
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
  case ND_NUM:
    return true;
  default:
    return false;
  }
}

static double eval_double(Node *node) {
  add_type(node);

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
static Node *to_assign(Node *binary) {
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
static void check_assignable(Node *node, Token *tok) {
  add_type(node);
  if (!is_lvalue(node)) {
    if (node->kind == ND_VAR && node->ty->kind == TY_FUNC)
      error_tok(tok, "lvalue required as left operand of assignment");
    error_tok(tok, "lvalue required as left operand of assignment");
  }
  if (node->ty->kind == TY_ARRAY)
    error_tok(tok, "assignment to expression with array type");
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

static void check_incdec(Node *node, Token *tok, char *op) {
  add_type(node);
  if (!is_lvalue(node) || node->ty->kind == TY_ARRAY)
    error_tok(tok, "lvalue required as %s operand", op);
  if (node->ty->is_const) {
    if (node->kind == ND_VAR)
      error_tok(tok, "%s of read-only variable '%s'",
                equal(tok, "++") ? "increment" : "decrement", node->var->name);
    error_tok(tok, "%s of read-only location", equal(tok, "++") ? "increment" : "decrement");
  }
}

// Checks the value assigned to an object of type `ty` (also for arguments).
static void check_assign_types(Type *ty, Node *rhs, Token *tok) {
  add_type(rhs);
  Type *rt = rhs->ty;
  if (ty->kind == TY_STRUCT || ty->kind == TY_UNION) {
    if (!is_compatible(unqual(ty), unqual(rt)) && unqual(ty) != unqual(rt) &&
        ty->members != rt->members)
      error_tok(tok, "incompatible types when assigning to type '%s' from type '%s'",
                type_name(ty), type_name(rt));
    return;
  }
  if (rt->kind == TY_STRUCT || rt->kind == TY_UNION)
    error_tok(tok, "incompatible types when assigning to type '%s' from type '%s'",
              type_name(ty), type_name(rt));
  if (rt->kind == TY_VOID)
    error_tok(tok, "void value not ignored as it ought to be");
  if (ty->kind == TY_PTR && is_flonum(rt))
    error_tok(tok, "incompatible types when assigning to type '%s' from type '%s'",
              type_name(ty), type_name(rt));
  if (is_flonum(ty) && (rt->kind == TY_PTR || rt->kind == TY_ARRAY || rt->kind == TY_FUNC))
    error_tok(tok, "incompatible types when assigning to type '%s' from type '%s'",
              type_name(ty), type_name(rt));
  warn_conversion(ty, rhs, tok, "assignment to");
}

// The warnings gcc gives by default for questionable conversions on
// assignment, initialization and argument passing.  `what` is "assignment
// to", "initialization of" or "passing argument of".
static void warn_conversion(Type *ty, Node *rhs, Token *tok, char *what) {
  Type *rt = rhs->ty;
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
    Node *n = rhs;
    while (n->kind == ND_CAST && is_integer(n->ty))
      n = n->lhs;
    if (n->kind == ND_NUM && n->val == 0)
      return; // a null pointer constant
    warn_tok(tok, "%s '%s' from '%s' makes pointer from integer without a cast", what,
             type_name(ty), type_name(rt));
    return;
  }
  if (is_integer(ty) && ty->kind != TY_BOOL && rt->kind == TY_PTR)
    warn_tok(tok, "%s '%s' from '%s' makes integer from pointer without a cast", what,
             type_name(ty), type_name(rt));
}

// assign    = conditional (assign-op assign)?
// assign-op = "=" | "+=" | "-=" | "*=" | "/=" | "%=" | "&=" | "|=" | "^="
//           | "<<=" | ">>="
static Node *assign(Token **rest, Token *tok) {
  // Bounded recursion: deeper nesting than this is an error, not a crash.
  static int depth;
  if (++depth > 200000)
    error_tok(tok, "expression nested too deeply");
  Node *node = assign2(&tok, tok);
  depth--;
  *rest = tok;
  return node;
}

static Node *assign2(Token **rest, Token *tok) {
  Node *node = conditional(&tok, tok);

  if (equal(tok, "=")) {
    check_assignable(node, tok);
    Token *op = tok;
    Node *rhs = complex_convert(assign(rest, tok->next), node->ty, op);
    check_assign_types(node->ty, rhs, op);
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
    if (is_complex(node->ty) || is_complex(rhs->ty)) {
      // A op= B with a complex side: p = &A, *p = (type of A)(*p op B).
      Obj *p = new_lvar("", pointer_to(node->ty));
      Node *set_p = new_binary(ND_ASSIGN, new_var_node(p, tok), new_unary(ND_ADDR, node, tok), tok);
      Node *target = new_unary(ND_DEREF, new_var_node(p, tok), tok);
      Node *value = complex_binary(ops[i].kind, new_unary(ND_DEREF, new_var_node(p, tok), tok),
                                   rhs, tok);
      Node *store = new_binary(ND_ASSIGN, target, complex_convert(value, node->ty, tok), tok);
      return new_binary(ND_COMMA, set_p, store, tok);
    }
    if (ops[i].kind == ND_ADD)
      return to_assign(new_add(node, rhs, tok));
    if (ops[i].kind == ND_SUB)
      return to_assign(new_sub(node, rhs, tok));
    return to_assign(new_binary(ops[i].kind, node, rhs, tok));
  }

  *rest = tok;
  return node;
}

// conditional = logor ("?" expr? ":" conditional)?
static Node *conditional(Token **rest, Token *tok) {
  Node *cond = logor(&tok, tok);

  if (!equal(tok, "?")) {
    *rest = tok;
    return cond;
  }

  if (equal(tok->next, ":")) {
    // [GNU] Compile `a ?: b` as `tmp = a, tmp ? tmp : b`.
    add_type(cond);
    Obj *var = new_lvar("", cond->ty);
    Node *lhs = new_binary(ND_ASSIGN, new_var_node(var, tok), cond, tok);
    Node *rhs = new_node(ND_COND, tok);
    rhs->cond = new_var_node(var, tok);
    rhs->then = new_var_node(var, tok);
    rhs->els = conditional(rest, tok->next->next);
    return new_binary(ND_COMMA, lhs, rhs, tok);
  }

  Node *node = new_node(ND_COND, tok);
  node->cond = cond;
  node->then = expr(&tok, tok->next);
  tok = skip(tok, ":");
  node->els = conditional(rest, tok);
  return node;
}

// logor = logand ("||" logand)*
static Node *logor(Token **rest, Token *tok) {
  Node *node = logand(&tok, tok);
  while (equal(tok, "||")) {
    Token *start = tok;
    node = new_binary(ND_LOGOR, node, logand(&tok, tok->next), start);
  }
  *rest = tok;
  return node;
}

// logand = bitor ("&&" bitor)*
static Node *logand(Token **rest, Token *tok) {
  Node *node = bitor(&tok, tok);
  while (equal(tok, "&&")) {
    Token *start = tok;
    node = new_binary(ND_LOGAND, node, bitor(&tok, tok->next), start);
  }
  *rest = tok;
  return node;
}

static void check_integer_operands(Node *node) {
  add_type(node->lhs);
  add_type(node->rhs);
  if (!is_integer(node->lhs->ty) || !is_integer(node->rhs->ty))
    error_tok(node->tok, "invalid operands to binary %.*s (have '%s' and '%s')",
              node->tok->len, node->tok->loc, type_name(node->lhs->ty),
              type_name(node->rhs->ty));
}

static void check_arith_operands(Node *node) {
  add_type(node->lhs);
  add_type(node->rhs);
  if (!is_numeric(node->lhs->ty) || !is_numeric(node->rhs->ty))
    error_tok(node->tok, "invalid operands to binary %.*s (have '%s' and '%s')",
              node->tok->len, node->tok->loc, type_name(node->lhs->ty),
              type_name(node->rhs->ty));
}

// An operation on two integer constants is a constant: `(1 << 18) - 1`
// needs no code, as with gcc.  Division by zero and shifts by more than
// the width are left for run time, where C says they are undefined.
static Node *fold_constants(Node *node) {
  // Typing the node converts its operands; to_assign() still needs the
  // unconverted left one of `x += 1`, so leave anything else untyped.
  if (node->lhs->kind != ND_NUM || node->rhs->kind != ND_NUM)
    return node;
  add_type(node);
  Node *l = node->lhs, *r = node->rhs;
  if (l->kind != ND_NUM || r->kind != ND_NUM || !is_integer(l->ty) || !is_integer(r->ty) ||
      !is_integer(node->ty))
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
  case ND_ADD:
  case ND_SUB:
  case ND_MUL:
  case ND_BITAND:
  case ND_BITOR:
  case ND_BITXOR:
  case ND_EQ:
  case ND_NE:
  case ND_LT:
  case ND_LE:
    break;
  default:
    return node;
  }
  Node *num = new_num(truncate_int(eval(node), node->ty), node->tok);
  num->ty = node->ty;
  return num;
}

static Node *new_int_binary(NodeKind kind, Node *lhs, Node *rhs, Token *tok) {
  Node *node = new_binary(kind, lhs, rhs, tok);
  check_integer_operands(node);
  return fold_constants(node);
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

// Comparison operands must both be arithmetic, or both be pointers (or a
// pointer and an integer, which gcc accepts with a warning).
static Node *new_compare(NodeKind kind, Node *lhs, Node *rhs, Token *tok) {
  add_type(lhs);
  add_type(rhs);
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

// The size of what a pointer points to, as a node (VLAs know it at run time).
static Node *pointee_size(Type *ptr, Token *tok) {
  Type *base = ptr->base;
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

//
// Complex arithmetic.  A complex value is a struct {re, im}; each operator
// is written out on its parts, through temporaries so that operands are
// evaluated once.
//

static Node *complex_part(Node *z, int which, Token *tok) {
  add_type(z);
  Node *node = new_unary(ND_MEMBER, z, tok);
  node->member = which ? z->ty->members->next : z->ty->members;
  add_type(node);
  return node;
}

// (t.re = re, t.im = im, t) for a new temporary t of complex type cty.
static Node *complex_value(Node *re, Node *im, Type *cty, Token *tok) {
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

static Node *zero_of(Type *ty, Token *tok) {
  return new_cast(new_num(0, tok), ty);
}

// Stores an operand in a temporary; *var receives it.
static Node *complex_temp(Node *z, Obj **var, Token *tok) {
  add_type(z);
  *var = new_lvar("", z->ty);
  return new_binary(ND_ASSIGN, new_var_node(*var, tok), z, tok);
}

// Converts a real or complex value to the complex type cty.
static Node *to_complex(Node *n, Type *cty, Token *tok) {
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

static Node *complex_binary(NodeKind kind, Node *a, Node *b, Token *tok) {
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
static Node *complex_unary(bool conj, Node *z, Token *tok) {
  Obj *x;
  Node *setup = complex_temp(z, &x, tok);
  Node *re = complex_part(new_var_node(x, tok), 0, tok);
  Node *im = complex_part(new_var_node(x, tok), 1, tok);
  if (!conj)
    re = new_unary(ND_NEG, re, tok);
  im = new_unary(ND_NEG, im, tok);
  Node *node = new_binary(ND_COMMA, setup, complex_value(re, im, z->ty, tok), tok);
  add_type(node);
  return node;
}

// Converts a value for storing into an object of type ty, where either
// side may be complex.
static Node *complex_convert(Node *n, Type *ty, Token *tok) {
  add_type(n);
  if (is_complex(ty) && unqual(n->ty) != unqual(ty))
    n = to_complex(n, unqual(ty), tok);
  else if (!is_complex(ty) && is_complex(n->ty) && is_scalar(ty))
    n = complex_to_real(n, ty, tok);
  add_type(n);
  return n;
}

// In C, `+` operator is overloaded to perform the pointer arithmetic.
// If p is a pointer, p+n adds not n but sizeof(*p)*n to the value of p,
// so that p+n points to the location n elements (not bytes) ahead of p.
// In other words, we need to scale an integer value before adding to a
// pointer value. This function takes care of the scaling.
static Node *new_add(Node *lhs, Node *rhs, Token *tok) {
  add_type(lhs);
  add_type(rhs);
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
static Node *new_sub(Node *lhs, Node *rhs, Token *tok) {
  add_type(lhs);
  add_type(rhs);
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

  // ptr - ptr, which returns how many elements are between the two.
  if (lhs->ty->base && rhs->ty->base) {
    Node *node = new_binary(ND_SUB, new_cast(lhs, ty_long), new_cast(rhs, ty_long), tok);
    node->ty = ty_long;
    return new_binary(ND_DIV, node, pointee_size(lhs->ty, tok), tok);
  }

  error_tok(tok, "invalid operands to binary - (have '%s' and '%s')",
            type_name(lhs->ty), type_name(rhs->ty));
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

static Node *compound_literal(Token **rest, Token *tok, Type *ty, Token *start);

// cast = "(" type-name ")" cast | unary
static Node *cast(Token **rest, Token *tok) {
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
    if (is_complex(ty) || (is_complex(operand->ty) && ty->kind != TY_VOID)) {
      if (ty->kind == TY_BOOL)
        return new_cast(complex_binary(ND_NE, operand, new_num(0, start), start), ty_bool);
      return complex_convert(operand, unqual(ty), start);
    }
    if (ty->kind != TY_VOID) {
      if (!is_scalar(ty) && !(ty->kind == TY_STRUCT || ty->kind == TY_UNION))
        error_tok(start, "cast specifies array or function type");
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
      if (is_flonum(ty) && operand->ty->kind == TY_PTR)
        error_tok(start, "pointer value used where a floating-point was expected");
    }
    // An integer or floating constant converted to an integer type is a
    // constant (`(unsigned short)1024`, as glibc's <ctype.h> macros write),
    // and so is one converted to a floating type: `(int)(float)INT_MAX`
    // folds both conversions, as gcc does.
    if (operand->kind == ND_NUM && is_numeric(operand->ty) &&
        ((is_integer(ty) && ty->kind != TY_BOOL && ty->kind != TY_ENUM) || is_flonum(ty)))
      return new_cast(operand, ty);
    // An explicit cast is never an lvalue, so it always gets its node.
    Node *node = new_node(ND_CAST, start);
    node->lhs = operand;
    node->ty = unconst(ty);
    return node;
  }

  return unary(rest, tok);
}

// -x, and for a constant x the constant -x: `-1.5` needs no negation at
// run time.
static Node *new_neg(Node *operand, Token *tok) {
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

// unary = ("+" | "-" | "*" | "&" | "!" | "~") cast
//       | ("++" | "--") unary
//       | "&&" ident
//       | postfix
static Node *unary(Token **rest, Token *tok) {
  if (equal(tok, "+")) {
    Node *node = cast(rest, tok->next);
    add_type(node);
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
    if (equal(tok, "-")) {
      if (!is_numeric(operand->ty))
        error_tok(tok, "wrong type argument to unary minus");
      return new_neg(operand, tok);
    }
    if (!is_integer(operand->ty))
      error_tok(tok, "wrong type argument to bit-complement");
    return new_unary(ND_BITNOT, operand, tok);
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
    return to_assign(new_add(node, new_num(1, tok), tok));
  }

  // Read --i as i-=1
  if (equal(tok, "--")) {
    Node *node = unary(rest, tok->next);
    check_incdec(node, tok, "decrement");
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

// Lays out a struct's members as gcc does on x86-64.  Each member goes at
// the next offset aligned for it.  A bitfield goes at the next free bit
// unless that would make it span more alignment units of its type than the
// type itself has (gcc's PCC_BITFIELD_TYPE_MATTERS rule), in which case it
// starts at the next unit; in a packed struct it goes at the next bit
// whatever it crosses.  A zero-width bitfield rounds up to its type's
// alignment, and unnamed bitfields do not raise the struct's alignment.
static void layout_struct(Type *ty) {
  int64_t bits = 0;
  for (Member *mem = ty->members; mem; mem = mem->next) {
    int align = mem->align;
    if (ty->is_packed && mem->align <= mem->ty->align)
      align = 1;
    if (pack_align && align > pack_align)
      align = pack_align;

    if (mem->is_bitfield && mem->bit_width == 0) {
      int a = mem->ty->align;
      if (pack_align && a > pack_align)
        a = pack_align;
      bits = align_to(bits, a * 8);
      continue;
    }

    if (mem->is_bitfield) {
      int width = mem->bit_width;
      int sz = mem->ty->size;
      if (!ty->is_packed) {
        int unit = align * 8;
        if ((bits + width + unit - 1) / unit - bits / unit > sz * 8 / unit)
          bits = align_to(bits, unit);
      }

      // Load and store it through the smallest aligned unit that holds it,
      // normally its own type's size.
      mem->unit_size = sz;
      mem->offset = align_down(bits / 8, sz);
      mem->bit_offset = bits - mem->offset * 8;
      if (mem->bit_offset + width > sz * 8) {
        int need = (bits % 8 + width + 7) / 8;
        mem->unit_size = need <= 1 ? 1 : need <= 2 ? 2 : need <= 4 ? 4 : 8;
        mem->offset = bits / 8;
        mem->bit_offset = bits % 8;
        if (mem->bit_offset + width > 64)
          error_tok(mem->tok, "bit-field layout is not supported");
      }
      bits += width;
      if (mem->name && align > ty->align)
        ty->align = align;
      continue;
    }

    bits = align_to(bits, align * 8);
    mem->offset = bits / 8;
    bits += (int64_t)mem->ty->size * 8;

    if (ty->align < align)
      ty->align = align;
  }
  ty->size = align_to(align_to(bits, 8) / 8, ty->align);
}

// struct-members = (declspec declarator (":" const-expr)?
//                   ("," declarator (":" const-expr)?)* ";")*
static void struct_members(Token **rest, Token *tok, Type *ty) {
  Member head = {0};
  Member *cur = &head;
  int idx = 0;

  while (!equal(tok, "}")) {
    if (tok->kind == TK_EOF)
      error_tok(tok, "expected '}' at end of input");

    if (pragma_pack(&tok, tok))
      continue;
    if (equal(tok, "_Static_assert")) {
      tok = static_assertion(tok->next);
      continue;
    }
    if (equal(tok, ";")) {
      tok = tok->next;
      continue;
    }

    VarAttr attr = {0};
    Type *basety = declspec(&tok, tok, &attr);
    bool first = true;

    // Anonymous struct member
    if ((basety->kind == TY_STRUCT || basety->kind == TY_UNION) &&
        consume(&tok, tok, ";")) {
      Member *mem = xcalloc(1, sizeof(Member));
      mem->ty = basety;
      mem->tok = tok;
      mem->idx = idx++;
      mem->align = attr.align ? attr.align : mem->ty->align;
      cur = cur->next = mem;
      continue;
    }

    // Regular struct members
    while (!consume(&tok, tok, ";")) {
      if (!first)
        tok = skip(tok, ",");
      first = false;

      Member *mem = xcalloc(1, sizeof(Member));
      Token *start = tok;
      if (equal(tok, ":")) {
        mem->ty = basety; // unnamed bitfield
      } else {
        mem->ty = declarator(&tok, tok, basety);
        mem->name = mem->ty->name;
        if (!mem->name)
          error_tok(start, "expected identifier or '('");
      }
      mem->tok = start;
      mem->idx = idx++;
      mem->align = attr.align ? attr.align : mem->ty->align;

      if (consume(&tok, tok, ":")) {
        Token *wtok = tok;
        mem->is_bitfield = true;
        mem->bit_width = const_expr(&tok, tok);
        if (!is_integer(mem->ty))
          error_tok(start, "bit-field has invalid type");
        if (mem->bit_width < 0)
          error_tok(start, "negative width in bit-field '%.*s'", mem->name ? mem->name->len : 0,
                    mem->name ? mem->name->loc : "");
        if (mem->bit_width > mem->ty->size * 8)
          error_tok(start, "width of '%.*s' exceeds its type", mem->name ? mem->name->len : 0,
                    mem->name ? mem->name->loc : "");
        if (mem->bit_width == 0 && mem->name)
          error_tok(wtok, "zero width for bit-field '%.*s'", mem->name->len, mem->name->loc);
      }

      Attr a = {0};
      tok = attribute_list(tok, &a);
      if (a.aligned > mem->align)
        mem->align = a.aligned;
      if (a.packed)
        mem->align = 1;

      if (mem->ty->kind == TY_FUNC)
        error_tok(start, "field declared as a function");
      if (mem->ty->kind == TY_VOID)
        error_tok(start, "field declared void");

      cur = cur->next = mem;
    }
  }

  // If the last element is an array of incomplete type, it's
  // called a "flexible array member". It should behave as if
  // if were a zero-sized array.
  if (cur != &head && cur->ty->kind == TY_ARRAY && cur->ty->array_len < 0) {
    cur->ty = array_of(cur->ty->base, 0);
    ty->is_flexible = true;
  }

  for (Member *m = head.next; m; m = m->next)
    if ((m->ty->kind == TY_STRUCT || m->ty->kind == TY_UNION) && m->ty->size < 0)
      error_tok(m->name ? m->name : m->tok, "field '%.*s' has incomplete type",
                m->name ? m->name->len : 0, m->name ? m->name->loc : "");

  *rest = tok->next;
  ty->members = head.next;
}

// struct-union-decl = attribute? ident? ("{" struct-members)?
static Type *struct_union_decl(Token **rest, Token *tok, TypeKind kind) {
  Attr attr = {0};
  tok = attribute_list(tok, &attr);

  // Read a tag.
  Token *tag = NULL;
  if (tok->kind == TK_IDENT) {
    tag = tok;
    tok = tok->next;
  }

  if (tag && !equal(tok, "{")) {
    *rest = tok;

    Type *ty2 = find_tag(tag);
    if (ty2) {
      if (ty2->kind != kind)
        error_tok(tag, "'%.*s' defined as wrong kind of tag", tag->len, tag->loc);
      return ty2;
    }

    Type *ty = struct_type();
    ty->kind = kind;
    ty->size = -1;
    ty->tag = tag;
    push_tag_scope(tag, ty);
    return ty;
  }

  tok = skip(tok, "{");

  // Construct a struct object.
  Type *ty = struct_type();
  ty->kind = kind;
  ty->tag = tag;
  struct_members(&tok, tok, ty);
  Attr attr2 = {0};
  *rest = attribute_list(tok, &attr2);
  ty->is_packed = attr.packed || attr2.packed;

  if (kind == TY_STRUCT) {
    layout_struct(ty);
  } else {
    // A union's members all start at offset 0.
    for (Member *mem = ty->members; mem; mem = mem->next) {
      int align = (ty->is_packed && mem->align <= mem->ty->align) ? 1 : mem->align;
      if (pack_align && align > pack_align)
        align = pack_align;
      if (mem->is_bitfield) {
        mem->unit_size = mem->ty->size;
        if (!mem->name)
          continue;
      }
      if (ty->align < align)
        ty->align = align;
      int sz = mem->is_bitfield ? (mem->bit_width + 7) / 8 : mem->ty->size;
      if (ty->size < sz)
        ty->size = sz;
    }
    ty->size = align_to(ty->size, ty->align);
  }

  int aligned = attr.aligned > attr2.aligned ? attr.aligned : attr2.aligned;
  if (aligned > ty->align) {
    ty->align = aligned;
    ty->size = align_to(ty->size, ty->align);
  }

  if (!tag)
    return ty;

  // If this is a redefinition, overwrite a previous type.
  // Otherwise, register the struct type.
  Type *ty2 = hashmap_get2(&scope->tags, tag->loc, tag->len);
  if (ty2) {
    if (ty2->kind != kind)
      error_tok(tag, "'%.*s' defined as wrong kind of tag", tag->len, tag->loc);
    if (ty2->size >= 0)
      error_tok(tag, "redefinition of '%s %.*s'", kind == TY_STRUCT ? "struct" : "union",
                tag->len, tag->loc);
    *ty2 = *ty;
    return ty2;
  }

  push_tag_scope(tag, ty);
  return ty;
}

// struct-decl = struct-union-decl
static Type *struct_decl(Token **rest, Token *tok) {
  return struct_union_decl(rest, tok, TY_STRUCT);
}

// union-decl = struct-union-decl
static Type *union_decl(Token **rest, Token *tok) {
  return struct_union_decl(rest, tok, TY_UNION);
}

// Find a struct member by name, looking inside anonymous members.
static Member *get_struct_member(Type *ty, Token *tok) {
  for (Member *mem = ty->members; mem; mem = mem->next) {
    // Anonymous struct member
    if ((mem->ty->kind == TY_STRUCT || mem->ty->kind == TY_UNION) && !mem->name) {
      if (get_struct_member(mem->ty, tok))
        return mem;
      continue;
    }

    // Regular struct member
    if (mem->name && mem->name->len == tok->len &&
        !strncmp(mem->name->loc, tok->loc, tok->len))
      return mem;
  }
  return NULL;
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
static Node *struct_ref(Node *node, Token *tok) {
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
static Node *new_inc_dec(Node *node, Token *tok, int addend) {
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
      if (!node->ty->base && !idx->ty->base)
        error_tok(start, "subscripted value is neither array nor pointer");
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
      node = new_inc_dec(node, tok, 1);
      tok = tok->next;
      continue;
    }

    if (equal(tok, "--")) {
      check_incdec(node, tok, "decrement");
      node = new_inc_dec(node, tok, -1);
      tok = tok->next;
      continue;
    }

    *rest = tok;
    return node;
  }
}

// Checks a call's arguments against a prototype and converts each one.
static Node *convert_arg(Node *arg, Type *param_ty, Token *tok) {
  add_type(arg);
  if (param_ty)
    arg = complex_convert(arg, param_ty, tok);
  if (param_ty) {
    if (param_ty->kind == TY_STRUCT || param_ty->kind == TY_UNION) {
      if (!is_compatible(unqual(param_ty), unqual(arg->ty)))
        error_tok(arg->tok, "incompatible type for argument: expected '%s' but got '%s'",
                  type_name(param_ty), type_name(arg->ty));
      return arg;
    }
    check_assign_types(param_ty, arg, arg->tok);
    return new_cast(arg, param_ty);
  }
  if (arg->ty->kind == TY_VOID)
    error_tok(arg->tok, "invalid use of void expression");
  // Default argument promotions.
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

  while (!consume(rest, tok, ")")) {
    tok = skip(tok, ",");

    if (equal(tok, "default")) {
      tok = skip(tok->next, ":");
      Node *node = assign(&tok, tok);
      if (!ret)
        def = node;
      continue;
    }

    Type *t2 = typename(&tok, tok);
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
static Obj *implicit_function(Token *tok) {
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

static Node *builtin_call(Token **rest, Token *tok) {
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

// primary = "(" "{" stmt+ "}" ")"
//         | "(" expr ")"
//         | "sizeof" "(" type-name ")"
//         | "sizeof" unary
//         | "_Alignof" "(" type-name ")"
//         | "_Alignof" unary
//         | "_Generic" generic-selection
//         | "__builtin_types_compatible_p" "(" type-name, type-name, ")"
//         | "__builtin_offsetof" "(" type-name "," member ")"
//         | ident
//         | str
//         | num
static Node *primary(Token **rest, Token *tok) {
  Token *start = tok;

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

  if (equal(tok, "sizeof") && equal(tok->next, "(") && is_typename(tok->next->next)) {
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

  if (equal(tok, "sizeof")) {
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

  if ((equal(tok, "_Alignof") || equal(tok, "__alignof__") || equal(tok, "__alignof")) &&
      equal(tok->next, "(") && is_typename(tok->next->next)) {
    Type *ty = typename(&tok, tok->next->next);
    *rest = skip(tok, ")");
    return new_ulong(ty->align, tok);
  }

  if (equal(tok, "_Alignof") || equal(tok, "__alignof__") || equal(tok, "__alignof")) {
    Node *node = unary(rest, tok->next);
    add_type(node);
    if (node->kind == ND_VAR)
      return new_ulong(node->var->align, tok);
    return new_ulong(node->ty->align, tok);
  }

  if (equal(tok, "_Generic"))
    return generic_selection(rest, tok->next);

  if (equal(tok, "__builtin_types_compatible_p")) {
    tok = skip(tok->next, "(");
    Type *t1 = typename(&tok, tok);
    tok = skip(tok, ",");
    Type *t2 = typename(&tok, tok);
    *rest = skip(tok, ")");
    return new_num(is_compatible(unqual(t1), unqual(t2)), start);
  }

  if (equal(tok, "__builtin_offsetof")) {
    tok = skip(tok->next, "(");
    Type *ty = typename(&tok, tok);
    tok = skip(tok, ",");
    // Build `&((T *)0)->member...` and fold it.
    Node *node = new_unary(ND_DEREF, new_cast(new_num(0, start), pointer_to(ty)), start);
    node = struct_ref(node, tok);
    tok = tok->next;
    for (;;) {
      if (equal(tok, ".")) {
        node = struct_ref(node, tok->next);
        tok = tok->next->next;
      } else if (equal(tok, "[")) {
        Node *idx = expr(&tok, tok->next);
        tok = skip(tok, "]");
        node = new_unary(ND_DEREF, new_add(node, idx, start), start);
      } else {
        break;
      }
    }
    *rest = skip(tok, ")");
    Node *addr = new_cast(new_unary(ND_ADDR, node, start), ty_ulong);
    if (is_const_offset(addr))
      return new_ulong(eval(addr), start);
    return addr; // a run-time index: computed like any address
  }

  if (equal(tok, "__builtin_expect")) {
    tok = skip(tok->next, "(");
    Node *node = assign(&tok, tok);
    tok = skip(tok, ",");
    Node *expected = assign(&tok, tok);
    *rest = skip(tok, ")");
    add_type(node);
    add_type(expected);
    Node *val = new_cast(node, ty_long);
    return new_binary(ND_COMMA, new_cast(expected, ty_void), val, start);
  }

  // The quiet comparisons of <math.h>.  9cc's ordered comparisons raise
  // no exceptions, so they serve; unordered means a NaN on either side.
  static struct { char *name; NodeKind kind; bool swap; } cmps[] = {
      {"__builtin_isgreater", ND_LT, true},      {"__builtin_isgreaterequal", ND_LE, true},
      {"__builtin_isless", ND_LT, false},        {"__builtin_islessequal", ND_LE, false},
      {"__builtin_islessgreater", ND_NE, false}, {"__builtin_isunordered", ND_EQ, false},
  };
  for (size_t i = 0; i < sizeof(cmps) / sizeof(*cmps); i++) {
    if (!equal(tok, cmps[i].name))
      continue;
    Token *name = tok;
    tok = skip(tok->next, "(");
    Node *a = assign(&tok, tok);
    tok = skip(tok, ",");
    Node *b = assign(&tok, tok);
    *rest = skip(tok, ")");
    add_type(a);
    add_type(b);
    if (!is_numeric(a->ty) || !is_numeric(b->ty))
      error_tok(name, "non-floating-point arguments in call to function '%.*s'", name->len,
                name->loc);
    // These two use each operand twice, so both go to temporaries first.
    if (equal(name, "__builtin_isunordered") || equal(name, "__builtin_islessgreater")) {
      Obj *x = new_lvar("", a->ty), *y = new_lvar("", b->ty);
      Node *set = new_binary(ND_COMMA, new_binary(ND_ASSIGN, new_var_node(x, start), a, start),
                             new_binary(ND_ASSIGN, new_var_node(y, start), b, start), start);
      bool unordered = equal(name, "__builtin_isunordered");
      // unordered: x != x || y != y (a NaN);  lessgreater: x < y || y < x.
      NodeKind kind = unordered ? ND_NE : ND_LT;
      Node *first = new_binary(kind, new_var_node(x, start),
                               new_var_node(unordered ? x : y, start), start);
      Node *second = new_binary(kind, new_var_node(y, start),
                                new_var_node(unordered ? y : x, start), start);
      return new_binary(ND_COMMA, set, new_binary(ND_LOGOR, first, second, start), start);
    }
    return cmps[i].swap ? new_binary(cmps[i].kind, b, a, start) : new_binary(cmps[i].kind, a, b, start);
  }

  // __builtin_isnan(x) and friends, on a temporary so x is evaluated once.
  if (equal(tok, "__builtin_isnan") || equal(tok, "__builtin_isnanf") ||
      equal(tok, "__builtin_isnanl") || equal(tok, "__builtin_isinf") ||
      equal(tok, "__builtin_isinff") || equal(tok, "__builtin_isinfl") ||
      equal(tok, "__builtin_isfinite") || equal(tok, "__builtin_finite") ||
      equal(tok, "__builtin_finitef") || equal(tok, "__builtin_isinf_sign")) {
    Token *name = tok;
    tok = skip(tok->next, "(");
    Node *arg = assign(&tok, tok);
    *rest = skip(tok, ")");
    add_type(arg);
    if (!is_numeric(arg->ty))
      error_tok(arg->tok, "non-floating-point argument in call to function '%.*s'",
                name->len, name->loc);
    Type *fty = is_flonum(arg->ty) ? arg->ty : ty_double;
    Obj *t = new_lvar("", fty);
    Node *set = new_binary(ND_ASSIGN, new_var_node(t, start), new_cast(arg, fty), start);
    Node *inf = new_node(ND_NUM, start);
    inf->ty = fty;
    inf->fval = __builtin_inf();
    Node *ninf = new_node(ND_NUM, start);
    ninf->ty = fty;
    ninf->fval = -__builtin_inf();
    Node *res;
    if (starts_with(name->loc, "__builtin_isnan"))
      res = new_binary(ND_NE, new_var_node(t, start), new_var_node(t, start), start);
    else if (equal(name, "__builtin_isinf_sign"))
      res = new_binary(ND_SUB,
                       new_binary(ND_EQ, new_var_node(t, start), inf, start),
                       new_binary(ND_EQ, new_var_node(t, start), ninf, start), start);
    else if (starts_with(name->loc, "__builtin_isinf"))
      res = new_binary(ND_LOGOR, new_binary(ND_EQ, new_var_node(t, start), inf, start),
                       new_binary(ND_EQ, new_var_node(t, start), ninf, start), start);
    else // finite: x - x is 0 only for finite x
      res = new_binary(ND_EQ, new_binary(ND_SUB, new_var_node(t, start), new_var_node(t, start), start),
                       new_cast(new_num(0, start), fty), start);
    return new_binary(ND_COMMA, set, res, start);
  }

  // Floating constants glibc's <math.h> asks for.
  if (tok->kind == TK_IDENT && starts_with(tok->loc, "__builtin_") && equal(tok->next, "(")) {
    static struct { char *name; int kind; bool arg; } fc[] = {
        {"__builtin_inf", 0, false},      {"__builtin_inff", 1, false},
        {"__builtin_infl", 2, false},     {"__builtin_huge_val", 0, false},
        {"__builtin_huge_valf", 1, false}, {"__builtin_huge_vall", 2, false},
        {"__builtin_nan", 3, true},       {"__builtin_nanf", 4, true},
        {"__builtin_nanl", 5, true},      {"__builtin_nans", 3, true},
        {"__builtin_nansf", 4, true},     {"__builtin_nansl", 5, true},
    };
    for (size_t i = 0; i < sizeof(fc) / sizeof(*fc); i++) {
      if (!equal(tok, fc[i].name))
        continue;
      tok = skip(tok->next, "(");
      if (fc[i].arg)
        assign(&tok, tok);
      *rest = skip(tok, ")");
      Node *node = new_node(ND_NUM, start);
      Type *types[] = {ty_double, ty_float, ty_ldouble};
      node->ty = types[fc[i].kind % 3];
      node->fval = fc[i].kind < 3 ? __builtin_inf() : __builtin_nan("");
      return node;
    }
  }

  if (equal(tok, "__builtin_constant_p")) {
    tok = skip(tok->next, "(");
    Node *node = assign(&tok, tok);
    *rest = skip(tok, ")");
    add_type(node);
    bool is_string = node->kind == ND_VAR && node->var->init_data && !node->var->is_local &&
                     node->ty->kind == TY_ARRAY && node->var->name[0] == '.';
    return new_num(is_string || is_const_expr(node), start);
  }

  if (tok->kind == TK_IDENT) {
    Node *b = builtin_call(rest, tok);
    if (b)
      return b;

    // Variable or enum constant
    VarScope *sc = find_var(tok);
    *rest = tok->next;

    // __func__ (and GNU's __FUNCTION__, __PRETTY_FUNCTION__) is the name of
    // the enclosing function (C11 6.4.2.2), made the first time it is used.
    if (!sc && current_fn &&
        (equal(tok, "__func__") || equal(tok, "__FUNCTION__") ||
         equal(tok, "__PRETTY_FUNCTION__"))) {
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

    if (sc) {
      if (sc->var)
        return new_var_node(sc->var, tok);
      if (sc->enum_ty)
        return new_num(sc->enum_val, tok);
      if (sc->type_def)
        error_tok(tok, "expected expression before %s", tok_desc(tok));
    }

    if (equal(tok->next, "(")) {
      // __builtin_memcpy and friends are the library functions themselves.
      if (tok->len > 10 && starts_with(tok->loc, "__builtin_")) {
        Token *name = copy_token(tok);
        name->loc += 10;
        name->len -= 10;
        VarScope *sc2 = find_var(name);
        if (sc2 && sc2->var && sc2->var->is_function)
          return new_var_node(sc2->var, tok);
        bool nowarn = opt_nowarn;
        opt_nowarn = true;
        Obj *fn = implicit_function(name);
        opt_nowarn = nowarn;
        return new_var_node(fn, tok);
      }
      return new_var_node(implicit_function(tok), tok);
    }

    if (current_fn)
      error_tok(tok, "'%.*s' undeclared (first use in this function)", tok->len, tok->loc);
    error_tok(tok, "'%.*s' undeclared here (not in a function)", tok->len, tok->loc);
  }

  if (tok->kind == TK_STR) {
    Obj *var = new_string_literal(tok->str, tok->ty);
    *rest = tok->next;
    return new_var_node(var, tok);
  }

  if (tok->kind == TK_NUM && is_complex(tok->ty)) {
    // An imaginary constant: 0 + value i.
    Type *base = tok->ty->complex_base;
    Node *im = new_node(ND_NUM, tok);
    im->ty = base;
    if (is_flonum(base))
      im->fval = *tok->fval;
    else
      im->val = tok->val;
    *rest = tok->next;
    return complex_value(zero_of(base, tok), im, tok->ty, tok);
  }

  if (tok->kind == TK_NUM) {
    Node *node;
    if (is_flonum(tok->ty)) {
      node = new_node(ND_NUM, tok);
      node->fval = *tok->fval;
    } else {
      node = new_num(tok->val, tok);
    }

    node->ty = tok->ty;
    *rest = tok->next;
    return node;
  }

  if (tok->kind == TK_EOF)
    error_tok(tok, "expected expression at end of input");
  if (equal(tok, "else"))
    error_tok(tok, "'else' without a previous 'if'");
  error_tok(tok, "expected expression before %s", tok_desc(tok));
}

static Token *parse_typedef(Token *tok, Type *basety, Node **code) {
  bool first = true;

  while (!consume(&tok, tok, ";")) {
    if (!first)
      tok = skip(tok, ",");
    first = false;

    Type *ty = declarator(&tok, tok, basety);
    if (!ty->name)
      error_tok(ty->name_pos, "typedef name omitted");
    Attr attr = {0};
    tok = attribute_list(tok, &attr);
    if (attr.mode) {
      Token *name = ty->name;
      ty = apply_mode(ty, attr.mode, name);
      ty = copy_type(ty);
      ty->name = name;
    }
    if (attr.aligned) {
      ty = copy_type(ty);
      ty->align = attr.aligned;
    }
    // The size of a VLA typedef is fixed when the typedef is declared.
    if (current_fn && code)
      *code = new_binary(ND_COMMA, *code, compute_vla_size(ty, tok), tok);
    else if (ty->kind == TY_VLA)
      error_tok(ty->name, "variably modified '%.*s' at file scope", ty->name->len,
                ty->name->loc);
    push_scope(get_ident(ty->name))->type_def = ty;
  }
  return tok;
}

static void create_param_lvars(Type *param) {
  if (param) {
    create_param_lvars(param->next);
    Obj *var = param->param_obj;
    if (!param->name) {
      var = new_lvar("", param);
    } else if (!var) {
      var = new_lvar(get_ident(param->name), param);
    } else {
      var->ty = param;
      var->next = locals;
      locals = var;
      push_scope(var->name)->var = var;
    }
    var->tok = param->name ? param->name : param->name_pos;
  }
}

// Sizes of variably modified parameters (`int m[r][c]` is a pointer to
// `int[c]`) are computed when the function starts.
static Node *param_vla_sizes(Type *params, Token *tok) {
  Node *node = new_node(ND_NULL_EXPR, tok);
  for (Type *p = params; p; p = p->next)
    if (p->kind == TY_PTR && p->vla_len)
      node = new_binary(ND_COMMA, node, new_cast(p->vla_len, ty_void), tok);
  for (Type *p = params; p; p = p->next)
    for (Type *t = p; t->base; t = t->base)
      if (t->base->kind == TY_VLA) {
        node = new_binary(ND_COMMA, node, compute_vla_size(t->base, tok), tok);
        break;
      }
  Node *stmt = new_unary(ND_EXPR_STMT, node, tok);
  add_type(stmt);
  return stmt;
}

// This function matches gotos or labels-as-values with labels.
//
// We cannot resolve gotos as we parse a function because gotos
// can refer a label that appears later in the function.
// So, we need to do this after we parse the entire function.
static void resolve_goto_labels(void) {
  for (Node *x = gotos; x; x = x->goto_next) {
    for (Node *y = labels; y; y = y->goto_next) {
      if (!strcmp(x->label, y->label)) {
        x->unique_label = y->unique_label;
        if (x->kind == ND_GOTO)
          x->exit_code = leave_code(x->live_vla, y->live_vla, x->tok);
        break;
      }
    }

    if (x->unique_label == NULL)
      error_tok(x->tok, "label '%s' used but not defined", x->label);
  }

  for (LabelCell *lc = label_cells; lc; lc = lc->next)
    *lc->cell = lc->node->unique_label;
  label_cells = NULL;
  gotos = labels = NULL;
}

static Obj *find_func(char *name) {
  Scope *sc = scope;
  while (sc->next)
    sc = sc->next;

  VarScope *sc2 = hashmap_get(&sc->vars, name);
  if (sc2 && sc2->var && sc2->var->is_function)
    return sc2->var;
  return NULL;
}

// K&R definitions: `int f(a, b) int a; char *b; { ... }`.  The parameter
// declarations give the identifier list its types.
static Type *kr_param_decls(Token **rest, Token *tok, Type *ty) {
  while (!equal(tok, "{")) {
    if (tok->kind == TK_EOF)
      error_tok(tok, "expected '{' at end of input");
    Type *basety = declspec(&tok, tok, NULL);
    bool first = true;
    while (!consume(&tok, tok, ";")) {
      if (!first)
        tok = skip(tok, ",");
      first = false;
      Type *pty = declarator(&tok, tok, basety);
      if (!pty->name)
        error_tok(pty->name_pos, "expected identifier");
      Type *p = ty->params;
      for (; p; p = p->next)
        if (p->name->len == pty->name->len &&
            !memcmp(p->name->loc, pty->name->loc, p->name->len))
          break;
      if (!p)
        error_tok(pty->name, "declaration for parameter '%.*s' but no such parameter",
                  pty->name->len, pty->name->loc);
      Token *name = p->name;
      Type *next = p->next;
      Type *nt = pty;
      if (nt->kind == TY_ARRAY || nt->kind == TY_VLA)
        nt = pointer_to(nt->base);
      else if (nt->kind == TY_FUNC)
        nt = pointer_to(nt);
      // The caller promoted the argument; a float arrives as a double.
      if (nt->kind == TY_FLOAT)
        nt = ty_double;
      *p = *copy_type(nt);
      p->name = name;
      p->name_pos = name;
      p->next = next;
    }
  }
  for (Type *p = ty->params; p; p = p->next)
    p->is_oldstyle = false;
  *rest = tok;
  return ty;
}

// A function's declaration or definition, from just after its declarator
// `ty` (parsed by the caller from `basety`).
static Token *function(Token *tok, Type *basety, Type *ty, VarAttr *attr) {
  if (!ty->name)
    error_tok(ty->name_pos, "function name omitted");
  char *name_str = get_ident(ty->name);

  Attr gattr = attr->gnu;
  tok = attribute_list(tok, &gattr);

  if (ty->is_oldstyle && ty->params && !equal(tok, ";") && !equal(tok, "{") &&
      !equal(tok, ","))
    ty = kr_param_decls(&tok, tok, ty);

  Obj *fn = find_func(name_str);
  if (fn) {
    // Redeclaration
    if (!fn->is_function)
      error_tok(ty->name, "'%s' redeclared as different kind of symbol", name_str);
    if (fn->is_definition && equal(tok, "{"))
      error_tok(ty->name, "redefinition of '%s'", name_str);
    if (!is_compatible(fn->ty, ty) && !fn->ty->is_oldstyle && !ty->is_oldstyle)
      error_tok(ty->name, "conflicting types for '%s'", name_str);
    // A definition's code is out already, its symbol global (as gcc, reject
    // the late `static`; earlier declarations may still become static).
    if (attr->is_static && fn->is_definition && !fn->is_static)
      error_tok(ty->name, "static declaration of '%s' follows non-static declaration",
                name_str);
    if (attr->is_static)
      fn->is_static = true;
    // A definition or a prototype replaces an old-style declaration.
    if (equal(tok, "{") || (fn->ty->is_oldstyle && !ty->is_oldstyle))
      fn->ty = ty;
  } else {
    fn = xcalloc(1, sizeof(Obj));
    fn->name = name_str;
    fn->ty = ty;
    fn->is_function = true;
    fn->is_static = attr->is_static || (attr->is_inline && !attr->is_extern);
    fn->next = globals;
    globals = fn;
    VarScope *vs = push_scope(name_str);
    vs->var = fn;
  }
  fn->tok = ty->name;
  fn->is_inline |= attr->is_inline;
  fn->is_weak |= gattr.weak;
  fn->is_constructor |= gattr.constructor;
  fn->is_destructor |= gattr.destructor;
  fn->is_noreturn |= gattr.noreturn || attr->is_noreturn;
  if (gattr.priority)
    fn->priority = gattr.priority;
  if (gattr.section)
    fn->section = gattr.section;
  if (gattr.asm_name)
    fn->asm_name = gattr.asm_name;
  if (gattr.alias)
    fn->alias = gattr.alias;
  if (gattr.aligned > fn->align)
    fn->align = gattr.aligned;

  if (consume(&tok, tok, ";"))
    return tok;
  // More declarators may follow: `void f(), g(), *p;`
  if (equal(tok, ","))
    return global_variable(tok->next, basety, attr);
  if (!equal(tok, "{"))
    error_tok(tok, "expected ';' or '{' after function declarator");

  // gcc (gnu89 inline semantics aside): a C99 `inline` definition without
  // `extern` or `static` provides no external symbol unless another
  // declaration says extern.  Emitting it keeps calls resolvable.
  fn->is_definition = true;
  fn->is_static = fn->is_static || attr->is_static;

  current_fn = fn;
  enter_scope();
  create_param_lvars(ty->params);

  // A buffer for a struct/union return value is passed
  // as the hidden first parameter.
  Type *rty = ty->return_ty;
  if (rty->kind == TY_STRUCT || rty->kind == TY_UNION)
    new_lvar("", pointer_to(rty));

  fn->params = locals;

  if (ty->is_variadic && !ty->is_oldstyle)
    fn->va_area = new_lvar("__va_area__", array_of(ty_char, 176));
  else if (ty->is_variadic && ty->is_oldstyle && ty->params == NULL)
    fn->va_area = NULL;
  fn->alloca_bottom = new_lvar("__alloca_size__", pointer_to(ty_char));

  tok = skip(tok, "{");

  // The body's nodes, from here on, are released once `function_done`
  // has seen them (the parameters' types, made above, stay).
  ArenaMark body_nodes = mark_nodes();
  Node *vla_sizes = param_vla_sizes(ty->params, tok);
  Token *body_start = tok;
  fn->body = compound_stmt(&tok, tok);
  if (opt_wall && ty->return_ty->kind != TY_VOID && strcmp(fn->name, "main") &&
      !never_falls_through(fn->body)) {
    Token *end = tok->prev ? tok->prev : body_start;
    warn_tok(end, "control reaches end of non-void function");
  }
  if (vla_sizes->lhs->kind != ND_NULL_EXPR) {
    vla_sizes->next = fn->body->body;
    fn->body->body = vla_sizes;
  }
  fn->locals = locals;
  leave_scope();
  resolve_goto_labels();
  current_fn = NULL;

  if (function_done) {
    function_done(fn, function_done_arg);
    // Its nodes and locals go (see new_lvar()).
    fn->body = NULL;
    fn->params = fn->locals = fn->va_area = fn->alloca_bottom = NULL;
    locals = NULL;
    case_sets = (HashMap){0};
    last_case_set = NULL;
    release_nodes(body_nodes);
  }
  return tok;
}

static Token *global_variable(Token *tok, Type *basety, VarAttr *attr) {
  bool first = true;

  while (!consume(&tok, tok, ";")) {
    if (!first)
      tok = expect_decl_separator(tok, "',' or ';'");
    first = false;

    Type *ty = declarator(&tok, tok, basety);
    if (!ty->name)
      error_tok(ty->name_pos, "expected identifier or '(' before %s", tok_desc(ty->name_pos));
    Attr gattr = attr->gnu;
    tok = attribute_list(tok, &gattr);

    if (ty->kind == TY_FUNC) {
      // Another declarator of a function in a list: `int a, f(void);`
      char *name = get_ident(ty->name);
      if (!find_func(name)) {
        Obj *fn = xcalloc(1, sizeof(Obj));
        fn->name = name;
        fn->ty = ty;
        fn->tok = ty->name;
        fn->is_function = true;
        fn->is_static = attr->is_static;
        fn->asm_name = gattr.asm_name;
        fn->is_weak = gattr.weak;
        fn->next = globals;
        globals = fn;
        push_scope(name)->var = fn;
      }
      continue;
    }
    if (ty->kind == TY_VLA)
      error_tok(ty->name, "variably modified '%.*s' at file scope", ty->name->len,
                ty->name->loc);
    if (ty->kind == TY_VOID)
      error_tok(ty->name, "variable or field '%.*s' declared void", ty->name->len,
                ty->name->loc);

    char *name = get_ident(ty->name);

    // A redeclaration (tentative definition, extern then definition).
    VarScope *sc = hashmap_get(&scope->vars, name);
    Obj *var;
    if (sc && sc->var) {
      var = sc->var;
      if (var->is_function)
        error_tok(ty->name, "'%s' redeclared as different kind of symbol", name);
      if (!is_compatible(var->ty, ty))
        error_tok(ty->name, "conflicting types for '%s'", name);
      if (var->ty->kind == TY_ARRAY && var->ty->array_len < 0 && ty->array_len >= 0)
        var->ty = ty;
    } else {
      var = new_gvar(name, ty);
      var->is_definition = false;
      var->is_static = attr->is_static;
    }
    var->tok = ty->name;
    var->is_tls |= attr->is_tls;
    var->is_weak |= gattr.weak;
    if (gattr.section)
      var->section = gattr.section;
    if (gattr.asm_name)
      var->asm_name = gattr.asm_name;
    if (gattr.alias)
      var->alias = gattr.alias;
    if (attr->align > var->align)
      var->align = attr->align;
    if (gattr.aligned > var->align)
      var->align = gattr.aligned;

    if (equal(tok, "=")) {
      if (var->init_data)
        error_tok(ty->name, "redefinition of '%s'", name);
      var->is_definition = true;
      var->is_tentative = false;
      gvar_initializer(&tok, tok->next, var);
    } else if (!attr->is_extern && !var->init_data) {
      var->is_definition = true;
      var->is_tentative = true;
    }
    if (var->is_definition && (var->ty->kind == TY_STRUCT || var->ty->kind == TY_UNION) &&
        var->ty->size < 0 && !var->is_tentative)
      error_tok(ty->name, "storage size of '%s' isn't known", name);
  }
  return tok;
}

// Tentative definitions of incomplete types that were never completed.
static void check_globals(void) {
  for (Obj *var = globals; var; var = var->next) {
    if (var->is_function || !var->is_definition)
      continue;
    if ((var->ty->kind == TY_STRUCT || var->ty->kind == TY_UNION) && var->ty->size < 0)
      error_tok(var->tok, "storage size of '%s' isn't known", var->name);
    if (var->ty->kind == TY_ARRAY && var->ty->array_len < 0) {
      // gcc: a tentative array of unknown size becomes one element.
      var->ty = array_of(var->ty->base, 1);
    }
  }
}

static void declare_builtins(void) {
  // __builtin_va_list is gcc's: an array of one 24-byte struct.
  Type *va = struct_type();
  va->size = 24;
  va->align = 8;
  Member *m = NULL;
  (void)m;
  push_scope("__builtin_va_list")->type_def = array_of(va, 1);
}

// program = (typedef | function-definition | global-variable)*
Obj *parse(Token *tok, FunctionDone *done, void *arg) {
  function_done = done;
  function_done_arg = arg;
  convert_pp_tokens(tok);
  declare_builtins();
  globals = NULL;
  if (!scope_arena)
    scope_arena = new_arena();
  ArenaMark no_scopes = arena_mark(scope_arena);

  while (tok->kind != TK_EOF) {
    // Only the file scope is left: the last declaration's block scopes and
    // locals go.  Temporaries made while parsing a function's parameters
    // (`int b[a++]`) will belong to the function.
    arena_release(scope_arena, no_scopes);
    locals = NULL;
    if (equal(tok, ";")) {
      tok = tok->next;
      continue;
    }
    if (pragma_pack(&tok, tok))
      continue;
    if (equal(tok, "_Static_assert")) {
      tok = static_assertion(tok->next);
      continue;
    }
    if (equal(tok, "asm") || equal(tok, "__asm__") || equal(tok, "__asm")) {
      Token *start = tok;
      tok = skip(tok->next, "(");
      Obj *var = xcalloc(1, sizeof(Obj));
      var->name = "";
      var->asm_name = asm_string(&tok, tok);
      var->is_toplevel_asm = true;
      var->tok = start;
      var->next = globals;
      globals = var;
      tok = skip(skip(tok, ")"), ";");
      if (function_done)
        function_done(var, function_done_arg);
      continue;
    }

    VarAttr attr = {0};
    Type *basety;
    if (is_typename(tok)) {
      basety = declspec(&tok, tok, &attr);
    } else if (tok->kind == TK_IDENT || equal(tok, "*") || equal(tok, "(")) {
      // Implicit int: `f() { ... }`, `x;` (C89).
      if (tok->kind == TK_IDENT && !equal(tok->next, "(") && !equal(tok->next, ";") &&
          !equal(tok->next, ",") && !equal(tok->next, "=") && !equal(tok->next, "["))
        error_tok(tok, "unknown type name '%.*s'", tok->len, tok->loc);
      warn_tok(tok, "type defaults to 'int' in declaration");
      basety = ty_int;
    } else {
      error_tok(tok, "expected identifier or '(' before %s", tok_desc(tok));
    }

    // Typedef
    if (attr.is_typedef) {
      tok = parse_typedef(tok, basety, NULL);
      continue;
    }

    // The first declarator decides: a function goes on from it; variables
    // (a list of declarators, which may declare functions too) are read
    // again from the start by global_variable().
    if (!equal(tok, ";")) {
      Token *rest;
      Type *ty = declarator(&rest, tok, basety);
      if (ty->kind == TY_FUNC) {
        tok = function(rest, basety, ty, &attr);
        continue;
      }
    }

    // Global variable
    tok = global_variable(tok, basety, &attr);
  }

  check_globals();

  // Reverse to source order and drop duplicates of the same function.
  Obj *prog = NULL;
  for (Obj *var = globals; var;) {
    Obj *next = var->next;
    var->next = prog;
    prog = var;
    var = next;
  }
  return prog;
}
