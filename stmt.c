// stmt.c: statements (C11 6.8), asm, and goto resolution.
//
// Each statement becomes a node; loops and switches record the labels
// break and continue jump to, and what leaving a scope must do on the way
// (free VLAs, run cleanup attributes).  Gotos and labels are matched when
// the function ends, since a goto may jump forward.

#include "parse.h"

static Node *expr_stmt(Token **rest, Token *tok);

LabelCell *label_cells;
Node *gotos;
Node *labels;
static char *brk_label;
static char *cont_label;
static Node *current_switch;

// What must happen when control leaves a scope: VLAs are freed (each VLA
// saved rsp before it was allocated; restoring it frees it and every VLA
// after it) and __attribute__((cleanup(fn))) variables get fn(&var).
// live_vla is the innermost such entry in scope, linked outward through
// vla_outer; brk_vla and cont_vla are those in scope at the break and
// continue targets.
Obj *live_vla;
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

// Called when a function's nodes are released.
void forget_case_sets(void) {
  case_sets = (HashMap){0};
  last_case_set = NULL;
}

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

// Whether control cannot fall off the end of `node`: a conservative look
// for -Wall's "control reaches end of non-void function".
bool never_falls_through(Node *node) {
  if (!node)
    return false;
  switch (node->kind) {
  case ND_RETURN:
  case ND_GOTO:
  case ND_GOTO_EXPR:
    return true;
  case ND_BLOCK: {
    // Past a statement that never falls through, nothing is reached but
    // through a label: the code that frees a block's VLAs after its
    // return, say, is never run.
    bool stopped = false;
    for (Node *n = node->body; n; n = n->next) {
      if (n->kind == ND_LABEL || n->kind == ND_CASE)
        stopped = never_falls_through(n);
      else
        stopped = stopped || never_falls_through(n);
    }
    return stopped;
  }
  case ND_IF:
    return never_falls_through(node->then) && never_falls_through(node->els);
  case ND_LABEL:
  case ND_CASE:
    return never_falls_through(node->lhs);
  case ND_FOR:
  case ND_DO:
    // for (;;), while (1) and do ... while (1) end only through break,
    // which we don't track.
    return !node->cond || (is_const_expr(node->cond) && eval(node->cond));
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

// Reads adjacent string literals as one string.
char *asm_string(Token **rest, Token *tok) {
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

// The targets of break and continue, saved while a loop or switch body
// is read and put back after it.
typedef struct {
  char *brk_label, *cont_label;
  Obj *brk_vla, *cont_vla;
} JumpTargets;

static JumpTargets save_jump_targets(void) {
  return (JumpTargets){brk_label, cont_label, brk_vla, cont_vla};
}

static void restore_jump_targets(JumpTargets saved) {
  brk_label = saved.brk_label;
  cont_label = saved.cont_label;
  brk_vla = saved.brk_vla;
  cont_vla = saved.cont_vla;
}

// A loop's body: break and continue leave the VLAs and cleanups entered
// after this point.
static void enter_loop(Node *node) {
  brk_label = node->brk_label = new_unique_name();
  brk_vla = live_vla;
  cont_label = node->cont_label = new_unique_name();
  cont_vla = live_vla;
}

// { tmp = e; cleanups; return tmp; }, for a return in the scope of
// cleanup attributes, which run after e is evaluated.
static Node *return_through_cleanups(Node *node, Token *tok) {
  Node *exp = node->lhs;
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

// The value of `return exp;` converted to the function's return type.
static Node *return_value(Node *exp, Type *ret_ty) {
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
  return exp;
}

// return-stmt = "return" expr? ";"
static Node *return_stmt(Token **rest, Token *tok) {
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
  node->lhs = return_value(exp, ret_ty);
  if (has_cleanup(live_vla))
    return return_through_cleanups(node, tok);
  return node;
}

// if-stmt = "if" "(" expr ")" stmt ("else" stmt)?
static Node *if_stmt(Token **rest, Token *tok) {
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

// switch-stmt = "switch" "(" expr ")" stmt
static Node *switch_stmt(Token **rest, Token *tok) {
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
  JumpTargets saved = save_jump_targets();
  brk_label = node->brk_label = new_unique_name();
  brk_vla = live_vla;

  node->then = stmt(rest, tok);

  current_switch = sw;
  restore_jump_targets(saved);
  return node;
}

// attribute-stmt = attribute+ ";"  ([GNU] fallthrough, as after a case
// label): an empty statement.
static bool is_attribute_stmt(Token *tok) {
  return (equal(tok, "__attribute__") || equal(tok, "__attribute") ||
          is_c23_attribute_start(tok)) &&
         equal(skip_attributes(tok), ";");
}

// The statement after a case or default label; a label just before "}"
// labels an empty statement.
static Node *labeled_body(Token **rest, Token *tok) {
  // C23: a label may stand before a declaration, which the block reads.
  if (equal(tok, "}") || (is_typename(tok) && !is_attribute_stmt(tok) && !equal(tok->next, ":"))) {
    *rest = tok;
    return new_node(ND_NULL_EXPR, tok);
  }
  return stmt(rest, tok);
}

// case-stmt = "case" const-expr ("..." const-expr)? ":" stmt
static Node *case_stmt(Token **rest, Token *tok) {
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
  node->lhs = labeled_body(rest, tok);
  node->begin = begin;
  node->end = end;
  node->case_next = current_switch->case_next;
  current_switch->case_next = node;
  return node;
}

// default-stmt = "default" ":" stmt
static Node *default_stmt(Token **rest, Token *tok) {
  if (!current_switch)
    error_tok(tok, "'default' label not within a switch statement");
  if (current_switch->default_case)
    error_tok(tok, "multiple default labels in one switch");

  Node *node = new_node(ND_CASE, tok);
  tok = skip(tok->next, ":");
  node->label = new_unique_name();
  current_switch->default_case = node;
  node->lhs = labeled_body(rest, tok);
  return node;
}

// for-stmt = "for" "(" (declaration | expr-stmt) expr? ";" expr? ")" stmt
static Node *for_stmt(Token **rest, Token *tok) {
  Node *node = new_node(ND_FOR, tok);
  tok = skip(tok->next, "(");

  enter_scope();
  JumpTargets saved = save_jump_targets();
  enter_loop(node);

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
  restore_jump_targets(saved);
  return node;
}

// while-stmt = "while" "(" expr ")" stmt
static Node *while_stmt(Token **rest, Token *tok) {
  Node *node = new_node(ND_FOR, tok);
  tok = skip(tok->next, "(");
  node->cond = expr(&tok, tok);
  tok = skip(tok, ")");

  JumpTargets saved = save_jump_targets();
  enter_loop(node);
  node->then = stmt(rest, tok);
  restore_jump_targets(saved);
  return node;
}

// do-stmt = "do" stmt "while" "(" expr ")" ";"
static Node *do_stmt(Token **rest, Token *tok) {
  Node *node = new_node(ND_DO, tok);

  JumpTargets saved = save_jump_targets();
  enter_loop(node);
  node->then = stmt(&tok, tok->next);
  restore_jump_targets(saved);

  tok = skip(tok, "while");
  tok = skip(tok, "(");
  node->cond = expr(&tok, tok);
  tok = skip(tok, ")");
  *rest = expect_semicolon(tok);
  return node;
}

// [GNU] Local label declarations: labels are function-wide here anyway.
// label-decl = "__label__" ident ("," ident)* ";"
static Node *local_label_decl(Token **rest, Token *tok) {
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

// goto-stmt = "goto" (ident | "*" expr) ";"
static Node *goto_stmt(Token **rest, Token *tok) {
  if (equal(tok->next, "*")) {
    // [GNU] `goto *ptr` jumps to the address specified by `ptr`.
    Node *node = new_node(ND_GOTO_EXPR, tok);
    node->lhs = expr(&tok, tok->next->next);
    *rest = skip(tok, ";");
    return node;
  }

  Node *node = new_node(ND_GOTO, tok);
  node->label = get_ident(tok->next);
  node->live_vla = live_vla;
  node->goto_next = gotos;
  gotos = node;
  *rest = expect_semicolon(tok->next->next);
  return node;
}

// break-stmt = "break" ";";  continue-stmt = "continue" ";"
// A jump to `label`, leaving the scopes entered since `vla`.
static Node *break_or_continue(Token **rest, Token *tok, char *label, Obj *vla) {
  if (!label)
    error_tok(tok, equal(tok, "break") ? "break statement not within loop or switch"
                                       : "continue statement not within a loop");
  Node *node = new_node(ND_GOTO, tok);
  node->unique_label = label;
  node->exit_code = leave_code(live_vla, vla, tok);
  *rest = expect_semicolon(tok->next);
  return node;
}

// labeled-stmt = ident ":" attribute* stmt
static Node *labeled_stmt(Token **rest, Token *tok) {
  Node *node = new_node(ND_LABEL, tok);
  node->label = str_ndup(tok->loc, tok->len);
  node->live_vla = live_vla;
  for (Node *l = labels; l; l = l->goto_next)
    if (!strcmp(l->label, node->label))
      error_tok(tok, "duplicate label '%s'", node->label);
  node->unique_label = new_unique_name();
  tok = skip_attributes(tok->next->next);
  // A label at the end of a block, or before a declaration, labels an
  // empty statement (C23, gcc).
  node->lhs = labeled_body(rest, tok);
  node->goto_next = labels;
  labels = node;
  return node;
}

// stmt = return-stmt | if-stmt | switch-stmt | case-stmt | default-stmt
//      | for-stmt | while-stmt | do-stmt | asm-stmt | label-decl
//      | goto-stmt | break-stmt | continue-stmt | labeled-stmt
//      | attribute-stmt
//      | "{" compound-stmt
//      | expr-stmt

static Node *stmt_unguarded(Token **rest, Token *tok) {
  if (equal(tok, "return"))
    return return_stmt(rest, tok);
  if (equal(tok, "if"))
    return if_stmt(rest, tok);
  if (equal(tok, "switch"))
    return switch_stmt(rest, tok);
  if (equal(tok, "case"))
    return case_stmt(rest, tok);
  if (equal(tok, "default"))
    return default_stmt(rest, tok);
  if (equal(tok, "for"))
    return for_stmt(rest, tok);
  if (equal(tok, "while"))
    return while_stmt(rest, tok);
  if (equal(tok, "do"))
    return do_stmt(rest, tok);
  if (equal(tok, "asm") || equal(tok, "__asm__") || equal(tok, "__asm"))
    return asm_stmt(rest, tok);
  if (equal(tok, "__label__"))
    return local_label_decl(rest, tok);
  if (equal(tok, "goto"))
    return goto_stmt(rest, tok);
  if (equal(tok, "break"))
    return break_or_continue(rest, tok, brk_label, brk_vla);
  if (equal(tok, "continue"))
    return break_or_continue(rest, tok, cont_label, cont_vla);
  if (tok->kind == TK_IDENT && equal(tok->next, ":"))
    return labeled_stmt(rest, tok);
  if (is_attribute_stmt(tok)) {
    *rest = skip_attributes(tok)->next;
    return new_node(ND_BLOCK, tok);
  }
  if (equal(tok, "{"))
    return compound_stmt(rest, tok->next);
  return expr_stmt(rest, tok);
}

// Statements nest through recursion; a limit turns a stack overflow on
// absurd nesting into a located error.
Node *stmt(Token **rest, Token *tok) {
  static int depth;
  if (++depth > 200000)
    error_tok(tok, "statement nested too deeply");
  Node *node = stmt_unguarded(rest, tok);
  depth--;
  return node;
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
Node *compound_stmt(Token **rest, Token *tok) {
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

    if (is_static_assert(tok)) {
      tok = static_assertion(tok->next);
      continue;
    }

    if (is_typename(tok) && !equal(tok->next, ":") && !is_attribute_stmt(tok)) {
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

// This function matches gotos or labels-as-values with labels.
//
// We cannot resolve gotos as we parse a function because gotos
// can refer a label that appears later in the function.
// So, we need to do this after we parse the entire function.
void resolve_goto_labels(void) {
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
