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
// The function's labels by name: a function of n labels and gotos would
// otherwise compare every goto with every label.
static HashMap label_map;
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
    return !node->cond || (is_const_expr(node->cond) && eval(new_cast(node->cond, ty_bool)));
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

//
// GNU asm statements
//
// A basic asm (a template and nothing else) is written out as it is.  An
// extended asm has operands: each is a constraint, which says where its
// value may be (registers of some class, memory, a constant), and a C
// expression.  This part picks each operand's kind (the first
// alternative of the constraints that every operand can take), cuts the
// template at its % sequences, and writes the C around the asm: inputs
// are evaluated into frame temporaries before it, and outputs stored
// from theirs into their lvalues after it.  So evaluation and assignment
// are ordinary C, and the code generator (asm.c) only moves values
// between those slots and the registers it chooses.
//

// The general registers in each width, by their numbers.
static char *gp_names[16][4] = {
    {"al", "ax", "eax", "rax"},     {"cl", "cx", "ecx", "rcx"},     {"dl", "dx", "edx", "rdx"},
    {"bl", "bx", "ebx", "rbx"},     {"spl", "sp", "esp", "rsp"},    {"bpl", "bp", "ebp", "rbp"},
    {"sil", "si", "esi", "rsi"},    {"dil", "di", "edi", "rdi"},    {"r8b", "r8w", "r8d", "r8"},
    {"r9b", "r9w", "r9d", "r9"},    {"r10b", "r10w", "r10d", "r10"}, {"r11b", "r11w", "r11d", "r11"},
    {"r12b", "r12w", "r12d", "r12"}, {"r13b", "r13w", "r13d", "r13"}, {"r14b", "r14w", "r14d", "r14"},
    {"r15b", "r15w", "r15d", "r15"},
};

// General register `reg`'s name, `size` bytes wide (1, 2, 4, 8), or its
// second byte (ah, ch, dh, bh) for size 0.
char *asm_reg_name(int reg, int size) {
  static char *high[] = {"ah", "ch", "dh", "bh"};
  if (size == 0)
    return high[reg];
  return gp_names[reg][size == 1 ? 0 : size == 2 ? 1 : size == 4 ? 2 : 3];
}

// The register a clobber list or a register variable names ("rax",
// "%eax", "r8d", "xmm3", "st(1)"): its kind and number, or -1.
static int asm_reg_by_name(char *name, AsmKind *kind) {
  if (*name == '%')
    name++;
  *kind = ASM_REG;
  for (int r = 0; r < 16; r++) {
    for (int w = 0; w < 4; w++)
      if (!strcmp(name, gp_names[r][w]))
        return r;
    if (r < 4 && !strcmp(name, asm_reg_name(r, 0)))
      return r;
  }
  int n, len = -1;
  *kind = ASM_XMM;
  if ((sscanf(name, "xmm%d%n", &n, &len) == 1 || sscanf(name, "ymm%d%n", &n, &len) == 1 ||
       sscanf(name, "zmm%d%n", &n, &len) == 1) &&
      !name[len] && n >= 0 && n < 32)
    return n;
  *kind = ASM_X87;
  if (!strcmp(name, "st"))
    return 0;
  if (sscanf(name, "st(%d)%n", &n, &len) == 1 && !name[len] && n >= 0 && n < 8)
    return n;
  return -1;
}

// `register long x asm("rdi");`: the register a local register variable
// names, checked when it is declared.
void check_register_var(char *name, Token *tok) {
  AsmKind kind;
  int r = asm_reg_by_name(name, &kind);
  if (r < 0 || (kind == ASM_REG && (r == 4 || r == 5)) || (kind == ASM_XMM && r >= 16) ||
      kind == ASM_X87)
    error_tok(tok, "invalid register name for '%.*s'", tok->len, tok->loc);
}

// The clobber list: registers the asm changes without saying so in an
// output, "memory" and "cc".  9cc keeps nothing in registers or flags
// across a statement but register variables, which asm.c saves, so
// "memory" and "cc" need nothing.
static void asm_clobber(AsmStmt *st, char *name, Token *tok) {
  static char *ignored[] = {"memory", "cc", "flags", "dirflag", "fpsr", "fpcr", "redzone"};
  for (size_t i = 0; i < sizeof(ignored) / sizeof(*ignored); i++)
    if (!strcmp(name, ignored[i]))
      return;
  AsmKind kind;
  int r = asm_reg_by_name(name, &kind);
  char *bare = name + (*name == '%');
  int n, len = -1;
  if (r < 0 && (sscanf(bare, "mm%d%n", &n, &len) == 1 || sscanf(bare, "k%d%n", &n, &len) == 1) &&
      !bare[len])
    return; // MMX and mask registers: 9cc never uses them
  if (r < 0)
    error_tok(tok, "unknown register name '%s' in 'asm'", name);
  if (kind == ASM_REG && r == 5)
    error_tok(tok, "rbp cannot be clobbered: 9cc reaches the frame through it");
  if (kind == ASM_REG && r != 4) // a clobbered rsp means nothing (gcc)
    st->gp_clobbers |= 1 << r;
  if (kind == ASM_XMM && r < 16)
    st->xmm_clobbers |= 1 << r;
  if (kind == ASM_X87)
    st->x87_clobbers |= 1 << r;
}

// One alternative of a constraint: where the operand may go.
typedef struct {
  int gp, xmm, x87; // registers of each kind
  bool mem;
  char imm[16];     // letters of the kinds of constants it takes
  int tied;         // a matching constraint: output `tied`'s place, or -1
  bool pair;        // 'A': rax and rdx, which hold an __int128 together
} AsmAlt;

#define GP_ALL 0xffcf // every general register but rsp and rbp

// What constraint letter `c` allows in alternative `a`; false for a
// letter 9cc does not know.
static bool asm_letter(AsmAlt *a, char c) {
  static struct { char c; int gp, xmm, x87; bool mem; } letters[] = {
      {'r', .gp = GP_ALL}, {'q', .gp = GP_ALL}, {'p', .gp = GP_ALL}, {'l', .gp = GP_ALL},
      {'R', .gp = 0xcf},  // the eight legacy registers, less rsp and rbp
      {'Q', .gp = 0xf},   // those with a second byte: a, b, c, d
      {'U', .gp = 0xfc7}, // those a call may change
      {'a', .gp = 1 << 0}, {'A', .gp = 1 << 0}, {'b', .gp = 1 << 3}, {'c', .gp = 1 << 1},
      {'d', .gp = 1 << 2}, {'S', .gp = 1 << 6}, {'D', .gp = 1 << 7},
      {'x', .xmm = 0xffff}, {'v', .xmm = 0xffff},
      {'t', .x87 = 1}, {'u', .x87 = 2}, {'f', .x87 = 3},
      {'m', .mem = true}, {'o', .mem = true}, {'V', .mem = true}, {'<', .mem = true},
      {'>', .mem = true}, {'g', .gp = GP_ALL, .mem = true}, {'X', .gp = GP_ALL, .mem = true},
  };
  if (strchr("ineZIJKLMNOsgX", c)) {
    int n = strlen(a->imm);
    if (n < 15)
      a->imm[n] = c;
  }
  // Modifiers and hints for gcc's register allocator, and the constants.
  if (strchr("=+&%!?^$ \tineZIJKLMNOs", c))
    return true;
  a->pair |= c == 'A';
  for (size_t i = 0; i < sizeof(letters) / sizeof(*letters); i++) {
    if (letters[i].c == c) {
      a->gp |= letters[i].gp;
      a->xmm |= letters[i].xmm;
      a->x87 |= letters[i].x87;
      a->mem |= letters[i].mem;
      return true;
    }
  }
  return false;
}

// Reads one alternative, `p` up to `end`, of the constraint at `tok`.
static AsmAlt asm_alternative(char *p, char *end, Token *tok, AsmStmt *st) {
  AsmAlt a = {.tied = -1};
  for (; p < end; p++) {
    if (isdigit((unsigned char)*p)) {
      a.tied = strtol(p, &p, 10);
      p--;
    } else if (*p == '[') { // [name]: matches the output of that name
      char *close = memchr(p, ']', end - p);
      if (!close)
        error_tok(tok, "missing ']' in 'asm' constraint");
      for (a.tied = 0; a.tied < st->nout; a.tied++)
        if (st->ops[a.tied].name && (int)strlen(st->ops[a.tied].name) == close - p - 1 &&
            !strncmp(st->ops[a.tied].name, p + 1, close - p - 1))
          break;
      if (a.tied == st->nout)
        error_tok(tok, "undefined named operand '%.*s'", (int)(close - p - 1), p + 1);
      p = close;
    } else if (*p == '*') {
      p++; // the next letter is only a hint for gcc's register allocator
    } else if (*p == '#') {
      p = end - 1; // the rest of the alternative is such a hint too
    } else if (*p == 'Y' && p + 1 < end && p[1] == 'z') {
      a.xmm |= 1; // xmm0
      p++;
    } else if (!asm_letter(&a, *p)) {
      error_tok(tok, "unsupported constraint '%c' in 'asm'", *p);
    }
  }
  return a;
}

// Whether constant `val` (plus a symbol's address, if `label`) is one
// that constraint letter `c` takes.
static bool asm_imm_fits(char c, int64_t val, char *label) {
  if (label)
    return c == 'i' || c == 's' || c == 'g' || c == 'X';
  switch (c) {
  case 'i': case 'n': case 'g': case 'X':
    return true;
  case 'e': // what a 64-bit instruction sign-extends from 32 bits
    return val == (int32_t)val;
  case 'Z': // ... or zero-extends
    return val >= 0 && val <= 0xffffffffL;
  case 'I': // shift counts
    return val >= 0 && val <= 31;
  case 'J':
    return val >= 0 && val <= 63;
  case 'K': // a signed byte
    return val >= -128 && val <= 127;
  case 'L': // masks that and turns into a zero-extending move
    return val == 0xff || val == 0xffff || val == 0xffffffffL;
  case 'M': // lea's scale shifts
    return val >= 0 && val <= 3;
  case 'N': // in and out's port numbers
    return val >= 0 && val <= 255;
  case 'O':
    return val >= 0 && val <= 127;
  default:
    return false;
  }
}

// An operand as the choice of its kind needs to see it.
typedef struct {
  Node *expr;
  bool is_const;  // an integer constant, or the address of a symbol plus one
  int reg;        // a local register variable's register, or -1
  AsmKind reg_kind;
} AsmValue;

// Whether values of type `ty` fit registers of kind `kind`.
static bool asm_fits(Type *ty, AsmKind kind) {
  int sz = ty->size;
  if (ty->kind == TY_VOID || ty->kind == TY_ARRAY || ty->kind == TY_FUNC)
    return false;
  if (kind == ASM_REG)
    return ty->kind != TY_LDOUBLE && (sz == 1 || sz == 2 || sz == 4 || sz == 8);
  if (kind == ASM_XMM)
    return ty->kind != TY_LDOUBLE && (sz == 4 || sz == 8 || sz == 16);
  return is_flonum(ty);
}

// Whether an __int128 operand may take the pair rax:rdx in alternative
// `a`: with "A" (its meaning), or with a class holding both, as gcc
// gives "r" a pair of registers (rax:rdx is the pair it takes first).
static bool asm_pair_in(AsmAlt *a, AsmOperand *op) {
  return is_int128(op->ty) && (a->pair || (a->gp & 5) == 5);
}

// The kind operand `op` takes in alternative `a`, or -1 if it cannot:
// a constant where one fits, else a register, else memory.
static int asm_kind_in(AsmAlt *a, AsmOperand *op, AsmValue *v) {
  if (a->tied >= 0)
    return op->is_output ? -1 : ASM_REG; // the kind is the output's
  if (v->is_const && !op->is_output)
    for (char *c = a->imm; *c; c++)
      if (asm_imm_fits(*c, op->imm, op->label))
        return ASM_IMM;
  if (v->reg >= 0 && asm_fits(op->ty, v->reg_kind) &&
      (v->reg_kind == ASM_REG ? a->gp : a->xmm))
    return v->reg_kind;
  if ((a->gp && asm_fits(op->ty, ASM_REG)) || asm_pair_in(a, op))
    return ASM_REG;
  if (a->xmm && asm_fits(op->ty, ASM_XMM))
    return ASM_XMM;
  if (a->x87 && asm_fits(op->ty, ASM_X87))
    return ASM_X87;
  if (a->mem && is_lvalue(v->expr))
    return ASM_MEM;
  return -1;
}

// Gives operand `op` its kind in the alternative chosen, `a`.
static void asm_take(AsmOperand *op, AsmAlt *a, AsmValue *v) {
  op->kind = asm_kind_in(a, op, v);
  op->tied = a->tied;
  bool fixed = v->reg >= 0 && v->reg_kind == op->kind;
  op->is_pair = op->kind == ASM_REG && is_int128(op->ty);
  if (op->is_pair)
    op->regs = 1 << 0; // rdx goes with it
  else if (op->kind == ASM_REG)
    op->regs = fixed ? 1 << v->reg : a->gp;
  else if (op->kind == ASM_XMM)
    op->regs = fixed ? 1 << v->reg : a->xmm;
  else if (op->kind == ASM_X87)
    op->regs = a->x87;
  // A register operand that may be memory too goes to its frame
  // temporary when asm.c runs out of registers.
  op->mem_ok = a->mem && op->kind != ASM_MEM && op->kind != ASM_IMM;
}

// Splits each operand's constraint into its alternatives (after the
// leading '=' or '+') and gives every operand its kind in the first
// alternative they can all take.
static void asm_choose(AsmStmt *st, AsmValue *vals, Token *tok) {
  AsmAlt *alts[30];
  int nalts = -1;
  for (int i = 0; i < st->nops; i++) {
    AsmOperand *op = &st->ops[i];
    if (op->kind == ASM_FLAG)
      continue;
    char *s = op->constraint;
    int n = 1;
    for (char *p = s; *p; p++)
      n += *p == ',';
    if (nalts >= 0 && n != nalts)
      error_tok(op->tok, "operand constraints for 'asm' differ in number of alternatives");
    nalts = n;
    alts[i] = xcalloc(n, sizeof(AsmAlt));
    for (int k = 0; k < n; k++) {
      char *end = strchr(s, ',') ? strchr(s, ',') : s + strlen(s);
      alts[i][k] = asm_alternative(s, end, op->tok, st);
      s = *end ? end + 1 : end;
    }
  }
  if (nalts < 0)
    return; // no operands, or only flag outputs
  for (int k = 0; k < nalts; k++) {
    bool ok = true;
    for (int i = 0; i < st->nops && ok; i++)
      if (st->ops[i].kind != ASM_FLAG)
        ok = asm_kind_in(&alts[i][k], &st->ops[i], &vals[i]) >= 0;
    if (!ok)
      continue;
    for (int i = 0; i < st->nops; i++)
      if (st->ops[i].kind != ASM_FLAG)
        asm_take(&st->ops[i], &alts[i][k], &vals[i]);
    return;
  }
  // With one alternative, the operand that cannot take it is known.
  for (int i = 0; nalts == 1 && i < st->nops; i++) {
    if (st->ops[i].kind == ASM_FLAG || asm_kind_in(&alts[i][0], &st->ops[i], &vals[i]) >= 0)
      continue;
    if (alts[i][0].mem && !is_lvalue(vals[i].expr) && !st->ops[i].is_output)
      error_tok(vals[i].expr->tok, "memory input %d is not directly addressable", i);
    error_tok(st->ops[i].tok, "impossible constraint in 'asm'");
  }
  error_tok(tok, "impossible constraint in 'asm'");
}

// Whether `e` is the address of a symbol, plus a constant: what "i" takes
// besides numbers, as eval_with_label() reads it.
static bool is_symbol_address(Node *e) {
  while (e->kind == ND_CAST && (e->ty->kind == TY_PTR || e->ty->size == 8))
    e = e->lhs;
  if (e->kind == ND_ADD || e->kind == ND_SUB)
    return is_symbol_address(e->lhs) && is_const_expr(e->rhs);
  if (e->kind == ND_ADDR) {
    Node *lv = e->lhs;
    while (lv->kind == ND_MEMBER)
      lv = lv->lhs;
    if (lv->kind == ND_DEREF)
      return is_symbol_address(lv->lhs);
    e = lv;
  } else if (e->kind != ND_VAR || (e->ty->kind != TY_ARRAY && e->ty->kind != TY_FUNC)) {
    return false;
  }
  return e->kind == ND_VAR && !e->var->is_local && !e->var->is_tls;
}

// An input's constant value, if it has one, as gcc keeps constants: sign-
// extended from the operand's width.
static void asm_constant(AsmOperand *op, AsmValue *v) {
  Node *e = v->expr;
  if (is_integer(e->ty) && is_const_expr(e)) {
    int64_t val = eval(e);
    int sz = e->ty->size;
    op->imm = sz == 1 ? (int8_t)val : sz == 2 ? (int16_t)val : sz == 4 ? (int32_t)val : val;
    v->is_const = true;
  } else if (is_symbol_address(e)) {
    char **label = NULL;
    op->imm = eval_with_label(e, &label);
    op->label = *label;
    v->is_const = true;
  }
}

// "=@ccCOND": the conditions an output may take from the flags.
static void asm_flag_output(AsmOperand *op, char *cond) {
  static char *conds[] = {
      "a", "ae", "b", "be", "c", "e", "z", "g", "ge", "l", "le", "o", "p", "s",
      "na", "nae", "nb", "nbe", "nc", "ne", "nz", "ng", "nge", "nl", "nle", "no", "np", "ns",
      "pe", "po",
  };
  for (size_t i = 0; i < sizeof(conds) / sizeof(*conds); i++) {
    if (!strcmp(cond, conds[i])) {
      op->kind = ASM_FLAG;
      op->cond = cond;
      return;
    }
  }
  error_tok(op->tok, "unknown asm flag output '=@cc%s'", cond);
}

// operand = ("[" ident "]")? string "(" expr ")"
static Token *asm_operand(Token *tok, AsmOperand *op, AsmValue *v, bool is_output) {
  op->is_output = is_output;
  op->tied = -1;
  *v = (AsmValue){.reg = -1};
  if (equal(tok, "[")) {
    op->name = get_ident(tok->next);
    tok = skip(tok->next->next, "]");
  }
  op->tok = tok;
  char *s = asm_string(&tok, tok);
  tok = skip(tok, "(");
  Node *e = v->expr = expr(&tok, tok);
  add_type(e);
  tok = skip(tok, ")");

  if (is_output) {
    if (*s != '=' && *s != '+')
      error_tok(op->tok, "output operand constraint lacks '='");
    op->is_inout = *s++ == '+';
    op->is_early = strchr(s, '&') != NULL;
    if (!strncmp(s, "@cc", 3) && op->is_inout)
      error_tok(op->tok, "flag output operand constraint must start with '='");
    if (!strncmp(s, "@cc", 3))
      asm_flag_output(op, s + 3);
  } else if (strchr(s, '=') || strchr(s, '+')) {
    error_tok(op->tok, "input operand constraint contains '%c'", strchr(s, '=') ? '=' : '+');
  }
  op->constraint = s;

  // An input array or function is its address, unless it is memory.
  op->ty = e->ty;
  if (!is_output && (e->ty->kind == TY_ARRAY || e->ty->kind == TY_FUNC))
    op->ty = pointer_to(e->ty->kind == TY_ARRAY ? e->ty->base : e->ty);
  if (!is_output)
    asm_constant(op, v);
  if (e->kind == ND_VAR && e->var->is_local && e->var->asm_name)
    v->reg = asm_reg_by_name(e->var->asm_name, &v->reg_kind);
  return tok;
}

// A label of an asm goto: a goto, matched with its label when the
// function ends.
static Node *goto_node(Token *label, Token *tok) {
  Node *node = new_node(ND_GOTO, tok);
  node->label = get_ident(label);
  node->live_vla = live_vla;
  node->goto_next = gotos;
  gotos = node;
  return node;
}

// (":" outputs (":" inputs (":" clobbers (":" labels)?)?)?)?
static Token *asm_sections(Token *tok, Node *node, AsmValue *vals) {
  AsmStmt *st = node->asm_stmt;
  st->ops = xcalloc(30, sizeof(AsmOperand));
  Node head = {0};
  Node *cur = &head;
  for (int part = 0; part < 4 && equal(tok, ":"); part++) {
    tok = tok->next;
    while (!equal(tok, ":") && !equal(tok, ")")) {
      if (part < 2) {
        if (st->nops == 30)
          error_tok(tok, "more than 30 operands in 'asm'");
        tok = asm_operand(tok, &st->ops[st->nops], &vals[st->nops], part == 0);
        st->nout += part == 0;
        st->nops++;
      } else if (part == 2) {
        Token *start = tok;
        asm_clobber(st, asm_string(&tok, tok), start);
      } else {
        if (!st->is_goto)
          error_tok(tok, "labels in an asm statement without 'goto'");
        cur = cur->next = goto_node(tok, tok);
        st->nlabels++;
        tok = tok->next;
      }
      if (!equal(tok, ":") && !equal(tok, ")"))
        tok = skip(tok, ",");
    }
  }
  node->body = head.next;
  return tok;
}

// The operand %[name] names: an operand, or a label of an asm goto (they
// are numbered after the operands).
static int asm_named(AsmStmt *st, Node *gotos, char *name, int len, Token *tok) {
  for (int i = 0; i < st->nops; i++)
    if (st->ops[i].name && (int)strlen(st->ops[i].name) == len && !strncmp(st->ops[i].name, name, len))
      return i;
  int i = st->nops;
  for (Node *g = gotos; g; g = g->next, i++)
    if ((int)strlen(g->label) == len && !strncmp(g->label, name, len))
      return i;
  error_tok(tok, "undefined named operand '%.*s'", len, name);
}

static AsmPiece *asm_piece(AsmPiece *cur, char *text, int len, int operand, int dialect) {
  if (text && len == 0)
    return cur;
  AsmPiece *p = xcalloc(1, sizeof(AsmPiece));
  p->text = text ? str_ndup(text, len) : NULL;
  p->operand = operand;
  p->dialect = dialect;
  return cur->next = p;
}

// Cuts an extended asm's template into literal text and operands:
//   %N %[name]   operand N, or the one named      %%   a %
//   %cN %c[name] operand N printed as modifier letter c says
//   %=           a number unique to this asm      %{ %| %}   { | }
//   {att|intel}  text for each assembler dialect
static AsmPiece *asm_template(char *s, AsmStmt *st, Node *gotos, Token *tok) {
  AsmPiece head = {0};
  AsmPiece *cur = &head;
  int dialect = 0;
  char *text = s;
  for (char *p = s; *p;) {
    bool marker = *p == '{' || (dialect && (*p == '|' || *p == '}'));
    if (!marker && *p != '%') {
      p++;
      continue;
    }
    cur = asm_piece(cur, text, p - text, 0, dialect);
    if (marker) {
      if (*p == '{' && dialect)
        error_tok(tok, "nested assembly dialect alternatives");
      dialect = *p == '{' ? 1 : *p == '|' ? 2 : 0;
      text = ++p;
      continue;
    }
    p++;
    if (*p && strchr("%{|}", *p)) {
      text = p++;
      continue;
    }
    if (*p == '=') {
      cur = asm_piece(cur, NULL, 0, -1, dialect);
      text = ++p;
      continue;
    }
    char code = isalpha((unsigned char)*p) ? *p++ : 0;
    int n;
    if (*p == '[' && strchr(p, ']')) {
      char *end = strchr(p, ']');
      n = asm_named(st, gotos, p + 1, end - p - 1, tok);
      p = end + 1;
    } else if (isdigit((unsigned char)*p)) {
      n = strtol(p, &p, 10);
      if (n >= st->nops + st->nlabels)
        error_tok(tok, "invalid 'asm': operand number out of range");
    } else {
      error_tok(tok, code ? "invalid 'asm': operand number missing after %%-letter"
                          : "invalid 'asm': invalid %%-code");
    }
    if (code && !strchr("bhwkqcnPpalzVx", code))
      error_tok(tok, "unsupported asm operand modifier '%c'", code);
    cur = asm_piece(cur, NULL, 0, n, dialect);
    cur->code = code;
    text = p;
  }
  asm_piece(cur, text, strlen(text), 0, dialect);
  return head.next;
}

// What the modifiers ask of their operands, once the operands' kinds are
// known: %l a label, %c and %n a constant, %h a register with a second
// byte (which narrows the registers the operand may take).
static void asm_check_codes(AsmStmt *st, Token *tok) {
  for (AsmPiece *p = st->pieces; p; p = p->next) {
    if (p->text || p->operand < 0)
      continue;
    bool is_label = p->operand >= st->nops;
    AsmOperand *op = is_label ? NULL : &st->ops[p->operand];
    if (op && op->tied >= 0)
      op = &st->ops[op->tied];
    if (p->code == 'l' && !is_label)
      error_tok(tok, "invalid 'asm': '%%l' operand isn't a label");
    if ((p->code == 'c' || p->code == 'n') && op && op->kind != ASM_IMM)
      error_tok(tok, "invalid 'asm': operand is not a constant, invalid operand code '%c'", p->code);
    if (p->code == 'h' && op && op->kind == ASM_REG && !(op->regs &= 0xf))
      error_tok(tok, "invalid 'asm': '%%h' needs one of the registers a, b, c or d");
  }
}

// A frame temporary for an operand's value.  Volatile keeps it out of the
// registers that hold variables: asm.c reaches it at its frame offset.
static Obj *asm_temp(Type *ty) {
  return new_lvar("", qualified_type(unqual(ty), false, true));
}

static Node *asm_assign(Node *lhs, Node *rhs, Token *tok) {
  Node *node = new_binary(ND_ASSIGN, lhs, rhs, tok);
  add_type(node);
  return new_unary(ND_EXPR_STMT, node, tok);
}

// The local that lvalue `lv` is, or is a member of, when asm.c may reach
// it at a fixed offset from rbp (not a VLA, not over-aligned); the member's
// offset goes to *offset.
static Obj *asm_frame_slot(Node *lv, int *offset) {
  *offset = 0;
  for (; lv->kind == ND_MEMBER && !lv->member->is_bitfield; lv = lv->lhs)
    *offset += lv->member->offset;
  if (lv->kind != ND_VAR || !lv->var->is_local || lv->var->ty->kind == TY_VLA ||
      lv->var->align > 16)
    return NULL;
  return lv->var;
}

// A memory operand: a local in the frame stays there (`&x` keeps a
// register from holding it); any other lvalue's address goes to a
// temporary.
static Node *asm_memory(AsmOperand *op, Node *e, Node *cur, Token *tok) {
  if (e->kind == ND_MEMBER && e->member->is_bitfield)
    error_tok(e->tok, "cannot take address of bit-field '%.*s'", e->member->name->len,
              e->member->name->loc);
  if (op->is_output && e->ty->is_const)
    error_tok(e->tok, "assignment of read-only location");
  op->ty = e->ty;
  Node *addr = new_unary(ND_ADDR, e, tok);
  if ((op->frame = asm_frame_slot(e, &op->offset)))
    return cur->next = new_unary(ND_EXPR_STMT, new_cast(addr, ty_void), tok);
  op->addr = asm_temp(pointer_to(e->ty));
  return cur->next = asm_assign(new_var_node(op->addr, tok), addr, tok);
}

// An integer constant in a general register (a syscall's number, cpuid's
// leaf) needs no temporary: asm.c loads it, converted to the type of the
// operand `at` whose register it is, itself.  Not where the register may
// turn into memory: that is the temporary.
static bool asm_const_input(AsmOperand *op, Node *e, AsmOperand *at) {
  if (at->kind != ASM_REG || at->mem_ok || !is_integer(e->ty) || !is_const_expr(e) ||
      (!is_integer(at->ty) && at->ty->kind != TY_PTR))
    return false;
  op->is_const = true;
  op->imm = eval(new_cast(e, at->ty));
  return true;
}

// An input with a matching constraint ("0"): its value goes where output
// 0 is, before the asm.
static Node *asm_tied_input(AsmStmt *st, AsmOperand *op, Node **exprs, Node *cur, Token *tok) {
  if (op->tied >= st->nout)
    error_tok(op->tok, "matching constraint references invalid operand number");
  AsmOperand *out = &st->ops[op->tied];
  for (AsmOperand *o = st->ops + st->nout; o < op; o++)
    if (o->tied == op->tied)
      error_tok(op->tok, "inconsistent operand constraints in an 'asm'");
  if (out->is_inout || out->kind == ASM_FLAG)
    error_tok(op->tok, "inconsistent operand constraints in an 'asm'");
  Node *e = exprs[op - st->ops];
  op->kind = out->kind;
  op->frame = out->frame;
  op->offset = out->offset;
  op->addr = out->addr;
  if (out->kind == ASM_MEM) {
    Node *target = out->frame ? exprs[op->tied]
                              : new_unary(ND_DEREF, new_var_node(out->addr, tok), tok);
    return cur->next = asm_assign(target, e, tok);
  }
  if (asm_const_input(op, e, out))
    return cur;
  op->value = asm_temp(out->ty);
  return cur->next = asm_assign(new_var_node(op->value, tok), e, tok);
}

// A register or flag output: its lvalue's address is taken before the
// asm (unless it is a variable or a member of one, which the asm cannot
// move), its value read too for '+', and the asm's result stored to it
// after.  Adds the code before after *before and returns the store.
static Node *asm_output(AsmOperand *op, Node *e, Node **before, Token *tok) {
  if (!is_lvalue(e))
    error_tok(e->tok, "lvalue required in 'asm' statement");
  check_assignable(e, e->tok);
  Node *lv = e;
  while (lv->kind == ND_MEMBER)
    lv = lv->lhs;
  Obj *p = NULL;
  if (lv->kind != ND_VAR && !(e->kind == ND_MEMBER && e->member->is_bitfield)) {
    p = new_lvar("", pointer_to(e->ty));
    *before = (*before)->next = asm_assign(new_var_node(p, tok), new_unary(ND_ADDR, e, tok), tok);
  }
  op->ty = unqual(e->ty);
  op->value = asm_temp(op->kind == ASM_FLAG ? ty_bool : op->ty);
  if (op->is_inout)
    *before = (*before)->next =
        asm_assign(new_var_node(op->value, tok), p ? new_unary(ND_DEREF, new_var_node(p, tok), tok) : e, tok);
  Node *target = p ? new_unary(ND_DEREF, new_var_node(p, tok), tok) : e;
  return asm_assign(target, new_var_node(op->value, tok), tok);
}

// The C around the asm: operands evaluated into their places before it,
// outputs stored after it.
static Node *asm_lower(Node *node, AsmValue *vals, Token *tok) {
  AsmStmt *st = node->asm_stmt;
  Node *exprs[30];
  for (int i = 0; i < st->nops; i++)
    exprs[i] = vals[i].expr;
  Node before = {0}, after = {0};
  Node *b = &before, *a = &after;
  for (int i = 0; i < st->nops; i++) {
    AsmOperand *op = &st->ops[i];
    if (op->tied >= 0)
      b = asm_tied_input(st, op, exprs, b, tok);
    else if (op->kind == ASM_MEM)
      b = asm_memory(op, exprs[i], b, tok);
    else if (op->is_output)
      a = a->next = asm_output(op, exprs[i], &b, tok);
    else if (op->kind != ASM_IMM && !asm_const_input(op, exprs[i], op)) {
      op->value = asm_temp(op->ty);
      b = b->next = asm_assign(new_var_node(op->value, tok), exprs[i], tok);
    }
  }
  b->next = node;
  node->next = after.next;
  Node *block = new_node(ND_BLOCK, tok);
  block->body = before.next;
  add_type(block);
  return block;
}

// asm-stmt = "asm" ("volatile" | "inline" | "goto")* "(" string
//            (":" outputs (":" inputs (":" clobbers (":" labels)?)?)?)? ")" ";"
static Node *asm_stmt(Token **rest, Token *tok) {
  Token *start = tok;
  Node *node = new_node(ND_ASM, tok);
  AsmStmt *st = node->asm_stmt = xcalloc(1, sizeof(AsmStmt));
  for (tok = tok->next; equal(tok, "volatile") || equal(tok, "__volatile__") ||
                        equal(tok, "__volatile") || equal(tok, "inline") || equal(tok, "goto");
       tok = tok->next)
    st->is_goto |= equal(tok, "goto");
  tok = skip(tok, "(");
  Token *tmpl_tok = tok;
  char *tmpl = asm_string(&tok, tok);
  if (equal(tok, ")") && !st->is_goto) {
    st->text = tmpl;
    *rest = skip(tok->next, ";");
    return node;
  }

  AsmValue vals[30];
  tok = asm_sections(tok, node, vals);
  *rest = skip(skip(tok, ")"), ";");
  asm_choose(st, vals, start);
  st->pieces = asm_template(tmpl, st, node->body, tmpl_tok);
  asm_check_codes(st, tmpl_tok);
  return asm_lower(node, vals, start);
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
  exp = atomic_value(complex_convert(exp, ret_ty, exp->tok));
  if (ret_ty->kind == TY_VOID) {
    if (exp->ty->kind != TY_VOID)
      warn_tok(exp->tok, "'return' with a value, in function returning void");
  } else if (ret_ty->kind != TY_STRUCT && ret_ty->kind != TY_UNION) {
    check_assign_types(ret_ty, exp, exp->tok, "returning to");
    if (returns_local_address(exp))
      warn_tok(exp->tok, "function returns address of local variable");
    exp = new_cast(exp, ret_ty);
  } else if (!is_compatible(exp->ty, ret_ty) && !vector_assignable(ret_ty, exp->ty)) {
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
  node->cond = truth_value(expr(&tok, tok));
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
  Type *promoted = cty->size >= 8 ? cty : (cty->is_unsigned && cty->size == 4) ? ty_uint : ty_int;
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

// C23: attributes before a statement (a label, a block, `return`, an
// expression), not before a declaration; they change nothing here.
static bool is_attributed_stmt(Token *tok) {
  if (!is_c23_attribute_start(tok))
    return false;
  Token *after = skip_attributes(tok);
  return !is_typename(after) && !equal(after, ";");
}

// The statement after a case or default label; a label just before "}"
// labels an empty statement.
static Node *labeled_body(Token **rest, Token *tok) {
  // C23: a label may stand before a declaration, which the block reads.
  if (equal(tok, "}") || (is_typename(tok) && !is_attribute_stmt(tok) && !equal(tok->next, ":") &&
                           !is_attributed_stmt(tok))) {
    *rest = tok;
    return new_node(ND_NULL_EXPR, tok);
  }
  return stmt(rest, tok);
}

// A case of a switch on an __int128 value: its 128-bit value, the low
// half in begin (and end), the high half in val.
static void int128_case(Node *node, Node *expr, Token *tok) {
  Node *sw = current_switch;
  if (equal(tok, "..."))
    error_tok(tok, "case ranges in a switch on __int128 are not supported");
  char buf[16];
  eval_int128(new_cast(expr, sw->cond->ty), buf);
  memcpy(&node->begin, buf, 8);
  memcpy(&node->val, buf + 8, 8);
  node->end = node->begin;
  for (Node *c = sw->case_next; c; c = c->case_next)
    if (c->begin == node->begin && c->val == node->val)
      error_tok(node->tok, "duplicate case value");
}

// case-stmt = "case" const-expr ("..." const-expr)? ":" stmt
static Node *case_stmt(Token **rest, Token *tok) {
  if (!current_switch)
    error_tok(tok, "case label not within a switch statement");

  Node *node = new_node(ND_CASE, tok);
  Token *start = tok;
  Node *expr = conditional(&tok, tok->next);
  if (is_int128(current_switch->cond->ty)) {
    int128_case(node, expr, tok);
    tok = skip(tok, ":");
    node->label = new_unique_name();
    node->lhs = labeled_body(rest, tok);
    node->case_next = current_switch->case_next;
    current_switch->case_next = node;
    return node;
  }
  int64_t begin = eval(expr);
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
    node->cond = truth_value(expr(&tok, tok));
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
  node->cond = truth_value(expr(&tok, tok));
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
  node->cond = truth_value(expr(&tok, tok));
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

  Node *node = goto_node(tok->next, tok);
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
  if (hashmap_get(&label_map, node->label))
    error_tok(tok, "duplicate label '%s'", node->label);
  hashmap_put(&label_map, node->label, node);
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
  if (is_attributed_stmt(tok))
    return stmt(rest, skip_attributes(tok));
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
  Obj *outer_locals = locals;

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

    if (is_typename(tok) && !equal(tok->next, ":") && !is_attribute_stmt(tok) &&
        !is_attributed_stmt(tok)) {
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
  node->block_locals = locals;
  node->block_locals_end = outer_locals;

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
    Node *y = hashmap_get(&label_map, x->label);
    if (y) {
      x->unique_label = y->unique_label;
      if (x->kind == ND_GOTO)
        x->exit_code = leave_code(x->live_vla, y->live_vla, x->tok);
    }

    if (x->unique_label == NULL)
      error_tok(x->tok, "label '%s' used but not defined", x->label);
  }

  for (LabelCell *lc = label_cells; lc; lc = lc->next)
    *lc->cell = lc->node->unique_label;
  label_cells = NULL;
  gotos = labels = NULL;
  label_map = (HashMap){0};
}
