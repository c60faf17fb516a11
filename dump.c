// dump.c: printing the stages' results, for people learning how 9cc works.
//
// `9cc --dump-tokens file.c` prints the token stream after preprocessing,
// one token per line; `9cc --dump-ast file.c` prints every function's
// syntax tree as an indented outline, with the C type of each expression
// and the object each identifier resolved to.  Nothing here changes what
// the compiler does: it only reads the tokens and the AST.

#include "9cc.h"

// A token's kind as the dumps name it: "ident", "punct", "number", ...
char *token_kind_name(TokenKind kind) {
  switch (kind) {
  case TK_IDENT: return "ident";
  case TK_PUNCT: return "punct";
  case TK_KEYWORD: return "keyword";
  case TK_STR: return "string";
  case TK_NUM: return "number";
  case TK_PP_NUM: return "pp-number";
  case TK_EMBED: return "embed";
  case TK_EOF: return "eof";
  }
  return "?";
}

// Column of a token in its line, counting from 1.
static int column(Token *tok) {
  char *p = tok->loc;
  while (p > token_file(tok)->contents && p[-1] != '\n')
    p--;
  return tok->loc - p + 1;
}

void dump_tokens(Token *tok, FILE *out) {
  for (; tok->kind != TK_EOF; tok = tok->next) {
    Token *src = tok;
    while (src->origin)
      src = src->origin;
    fprintf(out, "%-8s %-24.*s %s:%d:%d\n", token_kind_name(tok->kind), tok->len, tok->loc,
            token_file(src)->display_name, src->line_no, column(src));
  }
}

static char *node_name(NodeKind kind) {
  static char *names[] = {
      [ND_NULL_EXPR] = "NULL_EXPR", [ND_ADD] = "ADD", [ND_SUB] = "SUB",
      [ND_MUL] = "MUL", [ND_DIV] = "DIV", [ND_NEG] = "NEG", [ND_MOD] = "MOD",
      [ND_BITAND] = "BITAND", [ND_BITOR] = "BITOR", [ND_BITXOR] = "BITXOR",
      [ND_SHL] = "SHL", [ND_SHR] = "SHR", [ND_EQ] = "EQ", [ND_NE] = "NE",
      [ND_LT] = "LT", [ND_LE] = "LE", [ND_ASSIGN] = "ASSIGN", [ND_COND] = "COND",
      [ND_COMMA] = "COMMA", [ND_MEMBER] = "MEMBER", [ND_ADDR] = "ADDR",
      [ND_DEREF] = "DEREF", [ND_NOT] = "NOT", [ND_BITNOT] = "BITNOT",
      [ND_LOGAND] = "LOGAND", [ND_LOGOR] = "LOGOR", [ND_RETURN] = "RETURN",
      [ND_IF] = "IF", [ND_FOR] = "FOR", [ND_DO] = "DO", [ND_SWITCH] = "SWITCH",
      [ND_CASE] = "CASE", [ND_BLOCK] = "BLOCK", [ND_GOTO] = "GOTO",
      [ND_GOTO_EXPR] = "GOTO_EXPR", [ND_LABEL] = "LABEL", [ND_LABEL_VAL] = "LABEL_VAL",
      [ND_FUNCALL] = "FUNCALL", [ND_EXPR_STMT] = "EXPR_STMT", [ND_STMT_EXPR] = "STMT_EXPR",
      [ND_VAR] = "VAR", [ND_VLA_PTR] = "VLA_PTR", [ND_NUM] = "NUM", [ND_CAST] = "CAST",
      [ND_MEMZERO] = "MEMZERO", [ND_VA_START] = "VA_START", [ND_VA_ARG] = "VA_ARG",
      [ND_ALLOCA] = "ALLOCA", [ND_BUILTIN] = "BUILTIN", [ND_ASM] = "ASM",
      [ND_SP_SAVE] = "SP_SAVE", [ND_SP_RESTORE] = "SP_RESTORE",
  };
  if (kind < sizeof(names) / sizeof(*names) && names[kind])
    return names[kind];
  return "?";
}

// Where an identifier's object lives: a local's frame offset, or a global.
static char *obj_desc(Obj *var) {
  if (!var)
    return "";
  char *name = var->name[0] ? var->name : "(temporary)";
  if (var->is_local)
    return format(" %s (local, rbp%+d)", name, var->offset);
  if (var->is_function)
    return format(" %s (function)", name);
  if (var->name[0] == '.')
    return format(" %s (anonymous global)", var->name);
  return format(" %s (global)", name);
}

// A node as its line in --dump-ast says it, without its role and source
// line: "VAR x (local, rbp-8) : int".  --explain labels its trees the same.
char *node_label(Node *node) {
  char *s = node_name(node->kind);
  switch (node->kind) {
  case ND_NUM:
    if (node->ty && is_flonum(node->ty))
      s = format("%s %Lg", s, node->fval);
    else
      s = format("%s %ld", s, (long)node->val);
    break;
  case ND_VAR:
  case ND_VLA_PTR:
  case ND_MEMZERO:
    s = format("%s%s", s, obj_desc(node->var));
    break;
  case ND_MEMBER:
    if (node->member->name)
      s = format("%s .%.*s (offset %d)", s, node->member->name->len, node->member->name->loc,
                 node->member->offset);
    break;
  case ND_GOTO:
  case ND_LABEL:
    if (node->label)
      s = format("%s %s", s, node->label);
    break;
  case ND_CASE:
    if (node == node->case_next)
      break;
    s = format("%s %ld", s, node->begin);
    if (node->end != node->begin)
      s = format("%s ... %ld", s, node->end);
    break;
  default:
    break;
  }
  if (node->ty)
    s = format("%s : %s", s, type_name(node->ty));
  return s;
}

static void visit_list(Node *node, char *role, NodeVisit *visit, void *arg) {
  for (; node; node = node->next)
    visit(node, role, arg);
}

// The children of a node in the order the dump shows them, each with its
// role ("cond", "lhs", "arg", ...; none for a block's statements, or for
// the one operand of a unary node).
void node_children(Node *node, NodeVisit *visit, void *arg) {
  if (node->kind == ND_FUNCALL) {
    visit(node->lhs, "callee", arg);
    visit_list(node->args, "arg", visit, arg);
    return;
  }
  Node *kids[] = {node->init, node->cond, node->then, node->els, node->inc, node->lhs, node->rhs};
  char *roles[] = {"init", "cond", "then", "else", "inc", node->rhs ? "lhs" : NULL, "rhs"};
  for (int i = 0; i < 7; i++)
    if (kids[i])
      visit(kids[i], roles[i], arg);
  visit_list(node->body, NULL, visit, arg);
}

// The line a node comes from: where its macro was used, if it came out of
// one.  0 for a node the compiler made with no token of the file.
static int node_line(Node *node) {
  if (!node->tok || !token_file(node->tok))
    return 0;
  Token *src = node->tok;
  while (src->origin)
    src = src->origin;
  return src->line_no;
}

typedef struct {
  int depth;
  FILE *out;
} DumpState;

static void dump_node(Node *node, char *role, void *arg) {
  DumpState *st = arg;
  fprintf(st->out, "%*s", st->depth * 2, "");
  if (role)
    fprintf(st->out, "%s: ", role);
  fprintf(st->out, "%s", node_label(node));
  if (node_line(node))
    fprintf(st->out, "  <line %d>", node_line(node));
  fprintf(st->out, "\n");
  DumpState inner = {st->depth + 1, st->out};
  node_children(node, dump_node, &inner);
}

void dump_ast(Obj *prog, FILE *out) {
  for (Obj *fn = prog; fn; fn = fn->next) {
    if (!fn->is_function || !fn->is_definition)
      continue;
    fprintf(out, "function %s : %s\n", fn->name, type_name(fn->ty->return_ty));
    for (Obj *var = fn->locals; var; var = var->next)
      if (var->name[0])
        fprintf(out, "  local %s : %s at rbp%+d\n", var->name, type_name(var->ty), var->offset);
    if (fn->body)
      dump_node(fn->body, NULL, &(DumpState){1, out});
  }
}
