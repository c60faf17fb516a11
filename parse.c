// parse.c: tokens to an abstract syntax tree; the top level (C11 6.9).
//
// A recursive-descent parser: one function per grammar rule, each preceded
// by the rule it implements, each taking the current token and returning
// the token after what it consumed through `rest`.  This file reads the
// translation unit: function definitions (with K&R parameter lists) and
// global variables, handing each finished function on to the code
// generator.  The rest of the grammar lives in rooms named for C's
// chapters (see parse.h); while parsing, every expression gets its type
// through type.c, constants fold where C requires them, and initializers
// become assignments (locals) or bytes plus relocations (globals).

#include "parse.h"

static Token *global_variable(Token *tok, Type *basety, VarAttr *attr);

Obj *current_fn;
FunctionDone *function_done; // given to parse()
static void *function_done_arg;

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

// The body of a gnu_inline `extern inline` function: parsed (its errors
// are errors), then dropped; an always_inline one keeps its tokens for
// fortify.c to expand at each call.
static Token *inline_only_function(Token *tok, Obj *fn, bool always_inline) {
  Obj *saved_locals = locals;
  current_fn = fn;
  enter_scope();
  create_param_lvars(fn->ty->params);
  if (fn->ty->is_variadic)
    fn->va_area = new_lvar("__va_area__", array_of(ty_char, 176));
  fn->alloca_bottom = new_lvar("__alloca_size__", pointer_to(ty_char));
  ArenaMark body_nodes = mark_nodes();
  Token *body = tok->next;
  compound_stmt(&tok, body);
  leave_scope();
  resolve_goto_labels();
  forget_case_sets();
  release_nodes(body_nodes);
  current_fn = NULL;
  fn->va_area = fn->alloca_bottom = NULL;
  locals = saved_locals;
  if (always_inline && !fn->ty->is_variadic && is_expandable_body(body))
    fn->inline_body = keep_tokens(body, tok);
  return tok;
}

// A function's declaration or definition, from just after its declarator
// `ty` (parsed by the caller from `basety`).
Token *function(Token *tok, Type *basety, Type *ty, VarAttr *attr) {
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
    // An old-style declaration says nothing of the parameters, but its
    // return type must agree.
    if (!fn->is_builtin_decl && !is_compatible(fn->ty, ty) &&
        ((!fn->ty->is_oldstyle && !ty->is_oldstyle) ||
         !is_compatible(fn->ty->return_ty, ty->return_ty)))
      error_tok(ty->name, "conflicting types for '%s'", name_str);
    // As gcc: no `static` after a declaration with external linkage (the
    // program's own, not one the compiler made for a builtin).
    if (attr->is_static && !fn->is_static && !fn->is_builtin_decl)
      error_tok(ty->name, "static declaration of '%s' follows non-static declaration",
                name_str);
    if (attr->is_static)
      fn->is_static = true;
    // A definition or a prototype replaces an old-style declaration; an
    // old-style definition does not replace a prototype, which calls after
    // it still follow (the definition's parameters are its own, below).
    if ((equal(tok, "{") && (ty->is_oldstyle <= fn->ty->is_oldstyle)) ||
        (fn->ty->is_oldstyle && !ty->is_oldstyle) || fn->is_builtin_decl)
      fn->ty = ty;
    fn->is_builtin_decl = false;
    push_scope(name_str)->var = fn; // (it may have been declared in a block only)
  } else {
    fn = xcalloc(1, sizeof(Obj));
    fn->name = name_str;
    fn->ty = ty;
    fn->is_function = true;
    // C99's `inline` alone makes no external definition (9cc keeps a local
    // one); gnu89's does, and its `extern inline` is for inlining only.
    fn->is_static = attr->is_static ||
                    (attr->is_inline && !attr->is_extern && !gattr.gnu_inline && !opt_gnu89_inline);
    fn->next = globals;
    globals = fn;
    VarScope *vs = push_scope(name_str);
    vs->var = fn;
  }
  fn->tok = ty->name;
  fn->is_inline |= attr->is_inline;
  fn->is_used |= gattr.used;
  fn->is_weak |= gattr.weak;
  fn->is_constructor |= gattr.constructor;
  fn->is_destructor |= gattr.destructor;
  fn->is_noreturn |= gattr.noreturn || attr->is_noreturn;
  if (gattr.priority)
    fn->priority = gattr.priority;
  if (gattr.section)
    fn->section = gattr.section;
  if (gattr.visibility)
    fn->visibility = gattr.visibility;
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

  // `extern inline` with gnu_inline (glibc's _FORTIFY_SOURCE wrappers): the
  // body is for inlining only and never emitted; a call not expanded calls
  // the external function of the name.
  if (attr->is_extern && attr->is_inline && (gattr.gnu_inline || opt_gnu89_inline) &&
      !fn->is_definition)
    return inline_only_function(tok, fn, gattr.always_inline);

  // gcc (gnu89 inline semantics aside): a C99 `inline` definition without
  // `extern` or `static` provides no external symbol unless another
  // declaration says extern.  Emitting it keeps calls resolvable.
  fn->is_definition = true;
  fn->is_static = fn->is_static || attr->is_static;
  check_vector_abi(ty->name, ty->return_ty, ty->params, NULL);

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
  fold_unused_calls(fn->body);
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
    forget_case_sets();
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
    ty = declared_vector(ty, &gattr);

    if (ty->kind == TY_FUNC) {
      // Another declarator of a function in a list: `int a, f(void);`
      char *name = get_ident(ty->name);
      Obj *prev = find_func(name);
      if (prev) {
        push_scope(name)->var = prev; // (it may have been declared in a block only)
      } else {
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

    // A redeclaration (tentative definition, extern then definition), of
    // a name maybe declared in a block only.
    VarScope *sc = hashmap_get(&scope->vars, name);
    if (!sc && find_block_extern(name)) {
      sc = push_scope(name);
      sc->var = find_block_extern(name);
    }
    Obj *var;
    if (sc && !sc->var)
      error_tok(ty->name, "'%s' redeclared as different kind of symbol", name);
    if (sc && sc->var) {
      var = sc->var;
      if (var->is_function)
        error_tok(ty->name, "'%s' redeclared as different kind of symbol", name);
      if (!is_compatible(var->ty, ty))
        error_tok(ty->name, "conflicting types for '%s'", name);
      // One object, one linkage (C11 6.2.2p7); `extern` takes the earlier.
      if (attr->is_static && !var->is_static)
        error_tok(ty->name, "static declaration of '%s' follows non-static declaration", name);
      if (!attr->is_static && !attr->is_extern && var->is_static)
        error_tok(ty->name, "non-static declaration of '%s' follows static declaration", name);
      // The later declaration may complete the type: `int a[];` then
      // `int a[3];`, or an object of a struct type completed since.
      if ((var->ty->kind == TY_ARRAY && var->ty->array_len < 0 && ty->array_len >= 0) ||
          (var->ty->size < 0 && ty->size >= 0))
        var->ty = ty;
      if (var->align < var->ty->align)
        var->align = var->ty->align;
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
    if (gattr.visibility)
      var->visibility = gattr.visibility;
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
      if (attr->is_constexpr && is_integer(var->ty)) {
        // Its value folds into constant expressions; its data is the same.
        Token *ignored;
        constexpr_value(&ignored, tok, var);
      }
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

// program = (typedef | function-definition | global-variable)*
// With MORE, the tokens come in chunks of whole declarations, each but
// the last ending in a TK_EOF with `more` set (preprocess_stream()):
// MORE gives the next one, and the memory of the last may then be reused.
Obj *parse(Token *tok, FunctionDone *done, void *arg, MoreTokens *more) {
  function_done = done;
  function_done_arg = arg;
  convert_pp_tokens(tok);
  declare_builtins();
  globals = NULL;
  if (!scope_arena)
    scope_arena = new_arena();
  ArenaMark no_scopes = arena_mark(scope_arena);

  for (;;) {
    // Only the file scope is left: the last declaration's block scopes and
    // locals go.  Temporaries made while parsing a function's parameters
    // (`int b[a++]`) will belong to the function.
    arena_release(scope_arena, no_scopes);
    locals = NULL;
    if (tok->kind == TK_EOF) {
      if (!tok->more)
        break;
      tok = more();
      convert_pp_tokens(tok);
      continue;
    }
    if (equal(tok, ";")) {
      tok = tok->next;
      continue;
    }
    if (pragma_pack(&tok, tok))
      continue;
    if (is_static_assert(tok)) {
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
      var->tok = keep_token(start);
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

    // Global variable.  Its initializer's nodes go once its data is
    // written, as a function's do.
    ArenaMark nodes = mark_nodes();
    tok = global_variable(tok, basety, &attr);
    if (function_done)
      release_nodes(nodes);
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
