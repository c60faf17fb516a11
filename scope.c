// scope.c: scopes, and the names they hold (C11 6.2.1).
//
// A scope maps identifiers to what they mean here — a variable, a typedef
// or an enum constant — and, in a namespace of its own, struct, union and
// enum tags to their types.  Scopes nest like the blocks of the program;
// lookup goes from the innermost outward.  This file also makes the
// objects names refer to: local and global variables, anonymous globals
// and string literals.

#include "parse.h"

Obj *locals;
Obj *globals;
static Scope file_scope;
Scope *scope = &file_scope;

// Each name declared in a block scope, to its innermost binding: a lookup
// is one probe however deep the blocks nest, where a walk from scope to
// scope cost the depth, n^2 for a name used in each of n nested blocks
// that declare something.
static HashMap bindings;

// Block and prototype scopes (their maps and entries) come from an arena
// that parse() empties after each top-level declaration, when only the
// file scope is left; the file scope's own entries are never freed.
Arena *scope_arena;

// Only the innermost scope gains tags while it is open, so what the
// scopes around a new one hold is settled until it closes.
void enter_scope(void) {
  if (!scope_arena)
    scope_arena = new_arena();
  Scope *sc = arena_alloc(scope_arena, sizeof(Scope));
  sc->vars.arena = sc->tags.arena = scope_arena;
  sc->next = scope;
  sc->top = scope->next ? scope->top : sc;
  sc->tags_outer = !scope->next || scope->tags.used ? scope : scope->tags_outer;
  scope = sc;
}

void leave_scope(void) {
  for (Binding *b = scope->bindings; b; b = b->next) {
    if (b->hidden)
      hashmap_put(&bindings, b->name, b->hidden);
    else
      hashmap_delete(&bindings, b->name);
  }
  scope = scope->next;
}

// A body expanded in place of a call (fortify.c) has a scope of its own
// right inside file scope: the caller's blocks and their bindings are out
// of sight until leave_inline_scope() puts them back, and what the body
// declared goes with its scope.
InlineScope enter_inline_scope(void) {
  InlineScope saved = {scope, bindings};
  bindings = (HashMap){.arena = scope_arena};
  scope = &file_scope;
  enter_scope();
  return saved;
}

void leave_inline_scope(InlineScope saved) {
  leave_scope();
  bindings = saved.bindings;
  scope = saved.scope;
}

// The innermost binding of a block scope, else the function's outermost
// scope (expr.c puts __func__ there when first used, not through
// push_scope()), else the file scope; hashed once.
VarScope *find_var(Token *tok) {
  uint32_t hash = hash_key(tok->loc, tok->len);
  Binding *b = hashmap_get_hashed(&bindings, tok->loc, tok->len, hash);
  if (b)
    return b->vs;
  if (scope->next) {
    VarScope *vs = hashmap_get_hashed(&scope->top->vars, tok->loc, tok->len, hash);
    if (vs)
      return vs;
  }
  return hashmap_get_hashed(&file_scope.vars, tok->loc, tok->len, hash);
}

Type *find_tag(Token *tok) {
  uint32_t hash = hash_key(tok->loc, tok->len);
  for (Scope *sc = scope; sc; sc = sc->tags_outer) {
    Type *ty = hashmap_get_hashed(&sc->tags, tok->loc, tok->len, hash);
    if (ty)
      return ty;
  }
  return NULL;
}

VarScope *push_scope(char *name) {
  if (!scope->next) {
    VarScope *sc = xcalloc(1, sizeof(VarScope));
    hashmap_put(&scope->vars, name, sc);
    return sc;
  }
  VarScope *sc = arena_alloc(scope_arena, sizeof(VarScope));
  hashmap_put(&scope->vars, name, sc);
  Binding *b = arena_alloc(scope_arena, sizeof(Binding));
  b->name = name;
  b->vs = sc;
  b->hidden = hashmap_get(&bindings, name);
  hashmap_put(&bindings, name, b);
  b->next = scope->bindings;
  scope->bindings = b;
  return sc;
}

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
Obj *new_lvar(char *name, Type *ty) {
  Obj *var = new_var(name, ty, function_done ? arena_alloc(scope_arena, sizeof(Obj))
                                             : xcalloc(1, sizeof(Obj)));
  var->is_local = true;
  var->next = locals;
  locals = var;
  return var;
}

Obj *new_gvar(char *name, Type *ty) {
  Obj *var = new_var(name, ty, xcalloc(1, sizeof(Obj)));
  var->next = globals;
  var->is_static = true;
  var->is_definition = true;
  globals = var;
  return var;
}

char *new_unique_name(void) {
  static int id = 0;
  return format(".L..%d", id++);
}

Obj *new_anon_gvar(Type *ty) {
  return new_gvar(new_unique_name(), ty);
}

Obj *new_string_literal(char *p, Type *ty) {
  Obj *var = new_anon_gvar(ty);
  var->init_data = p;
  var->is_literal = true;
  return var;
}

char *get_ident(Token *tok) {
  if (tok->kind != TK_IDENT)
    error_tok(tok, "expected an identifier");
  return str_ndup(tok->loc, tok->len);
}

Type *find_typedef(Token *tok) {
  if (tok->kind == TK_IDENT) {
    VarScope *sc = find_var(tok);
    if (sc)
      return sc->type_def;
  }
  return NULL;
}

void push_tag_scope(Token *tok, Type *ty) {
  hashmap_put_n(&scope->tags, tok->loc, tok->len, ty);
}

// Functions and objects declared `extern` in a block (`extern int
// g(void);` in a body): a later declaration of the name, in another block
// or at file scope, is of the same one (C11 6.2.2p4), though the name is
// not visible there.
static HashMap block_externs;

void note_block_extern(Obj *var) {
  hashmap_put(&block_externs, var->name, var);
}

Obj *find_block_extern(char *name) {
  return hashmap_get(&block_externs, name);
}

// The function a declaration at file scope, or in a block, declares
// again, if any; NULL if it is the first.
Obj *find_func(char *name) {
  Scope *sc = scope;
  while (sc->next)
    sc = sc->next;

  VarScope *sc2 = hashmap_get(&sc->vars, name);
  if (sc2 && sc2->var && sc2->var->is_function)
    return sc2->var;
  Obj *fn = find_block_extern(name);
  return fn && fn->is_function ? fn : NULL;
}
