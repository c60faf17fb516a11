// asm.c: the code of GNU asm statements.
//
// The parser (stmt.c) has done the C: it chose each operand's kind from
// its constraint (a register of some class, memory, a constant), put
// every input's value in a frame temporary before the asm, and stores
// every output from its temporary after it.  What is left is the
// machine's part, in this order:
//   - registers for the register operands: fixed ones (a, D, a register
//     variable) first, then the rest in gcc's order, rax first; an input
//     and an output may share one (the asm reads its inputs before it
//     writes), but no other two operands, nor a clobbered register;
//   - the registers the asm changes that must outlive it saved below rsp:
//     the callee-saved ones the caller expects back (rbx, r12-r15), and
//     those that may hold this function's variables (r10, r11, xmm8-15);
//   - the inputs loaded from their temporaries into their registers
//     (long doubles pushed on the x87 stack), memory operands' addresses
//     into theirs;
//   - the template with each %-operand written out: in AT&T syntax, as gcc
//     users write it, between .att_syntax and .intel_syntax (9cc's own
//     syntax), or in Intel syntax as it is with -masm=intel;
//   - the outputs stored into their temporaries, the saved registers put
//     back, and for an asm goto, a way out to each label that puts them
//     back too.

#include "codegen.h"

static int asm_count; // %= numbers

// Registers in the order operands take them: those the stack machine
// and the caller care nothing about first, callee-saved ones last.
static int gp_order[] = {0, 2, 1, 6, 7, 8, 9, 10, 11, 3, 12, 13, 14, 15};

// The registers that must keep their value across an asm that changes
// them: rbx and r12-r15 for the caller, r10 and r11 for variables in a
// function that calls nothing, xmm8-15 for float variables.
#define GP_KEPT (1 << 3 | 0xf000 | 1 << 10 | 1 << 11)
#define XMM_KEPT 0xff00

// One asm statement's registers: those loaded before it (inputs,
// read-write outputs, addresses), those it writes (outputs, clobbers),
// and those saved around it, with the size of their save area.
typedef struct {
  AsmStmt *st;
  Node *node;
  int in_gp, out_gp, in_xmm, out_xmm;
  int early_gp, early_xmm; // early-clobber outputs
  int saved_gp, saved_xmm;
  int save_size;
  int id; // for %= and local labels
} AsmCode;

// Where operand `op` is: an input tied to an output is where it is.
static AsmOperand *place(AsmCode *c, AsmOperand *op) {
  return op->tied >= 0 ? &c->st->ops[op->tied] : op;
}

static bool is_loaded(AsmOperand *op) {
  return !op->is_output || op->is_inout;
}

// Whether register `bit` is taken for operand `op`.  An input and an
// output may share a register (the asm reads its inputs before it writes
// its outputs) unless the output is early-clobber; `free` asks for one
// that nothing uses at all.
static bool is_taken(AsmCode *c, AsmOperand *op, int bit, bool free) {
  bool xmm = op->kind == ASM_XMM;
  int in = xmm ? c->in_xmm : c->in_gp, out = xmm ? c->out_xmm : c->out_gp;
  int early = xmm ? c->early_xmm : c->early_gp;
  if (free)
    return (in | out) & bit;
  return (is_loaded(op) && ((in | early) & bit)) || (op->is_output && (out & bit)) ||
         (op->is_early && (in & bit));
}

// Gives register operand `op` a register of its class: its one register
// if it is `fixed`, else the first free one in gcc's order, or one an
// input has if `share` allows it; else memory, where the constraint
// allows it; else fails.
static void take_register(AsmCode *c, AsmOperand *op, bool fixed, bool share) {
  bool xmm = op->kind == ASM_XMM;
  int clobbers = xmm ? c->st->xmm_clobbers : c->st->gp_clobbers;
  for (int free = !fixed; free >= (fixed || share ? 0 : 1); free--) {
    for (int i = 0; i < (xmm ? 16 : 14); i++) {
      int r = xmm ? i : gp_order[i];
      int bit = 1 << r | (op->is_pair ? 1 << 2 : 0);
      if (!(op->regs & 1 << r) || (clobbers & bit) || is_taken(c, op, bit, free))
        continue;
      op->reg = r;
      if (is_loaded(op))
        *(xmm ? &c->in_xmm : &c->in_gp) |= bit;
      if (op->is_output)
        *(xmm ? &c->out_xmm : &c->out_gp) |= bit;
      if (op->is_early)
        *(xmm ? &c->early_xmm : &c->early_gp) |= bit;
      return;
    }
  }
  if (op->mem_ok && !fixed) { // its temporary is memory too
    op->kind = ASM_MEM;
    op->frame = op->value;
    op->offset = 0;
    return;
  }
  if (op->is_pair) // gcc may find another pair; 9cc has only this one
    error_tok(op->tok, "an __int128 'asm' operand needs rax and rdx, which are taken");
  error_tok(op->tok, "'asm' operand has impossible constraints");
}

// An input tied to an output takes the output's register.
static void take_tied(AsmCode *c, AsmOperand *op) {
  AsmOperand *out = &c->st->ops[op->tied];
  if (out->kind == ASM_MEM && out->frame == out->value && out->value)
    error_tok(op->tok, "'asm' operand has impossible constraints");
  if (out->kind != ASM_REG && out->kind != ASM_XMM)
    return;
  if (is_int128(op->ty) != out->is_pair)
    error_tok(op->tok, "'asm' operand has impossible constraints");
  int *in = out->kind == ASM_XMM ? &c->in_xmm : &c->in_gp;
  int bits = 1 << out->reg | (out->is_pair ? 1 << 2 : 0);
  if (*in & bits)
    error_tok(op->tok, "'asm' operand has impossible constraints");
  *in |= bits;
}

// A memory operand reached through an address in a register takes one
// that nothing else uses, the asm included.
static void take_address_register(AsmCode *c, AsmOperand *op) {
  int busy = c->in_gp | c->out_gp | c->st->gp_clobbers;
  for (int i = 0; i < 14; i++) {
    if (!(busy & (1 << gp_order[i]))) {
      op->reg = gp_order[i];
      c->in_gp |= 1 << op->reg;
      return;
    }
  }
  error_tok(op->tok, "no register left for the address of this 'asm' operand");
}

// st(0) and st(1) for the x87 operands: t and u first, with the inputs
// tied to outputs, then f (either), which takes what is left.  An output
// must say where it is (gcc's rule): "=f" is not enough.
static void take_x87(AsmCode *c) {
  AsmStmt *st = c->st;
  int in = 0, out = 0;
  for (int pass = 0; pass < 2; pass++) {
    for (int i = 0; i < st->nops; i++) {
      AsmOperand *op = &st->ops[i];
      if (op->kind != ASM_X87 || op->tied >= 0 || (op->regs == 3) != pass)
        continue;
      if (op->is_output && op->regs == 3)
        error_tok(op->tok, "an x87 output must be in st(0) or st(1) ('t' or 'u')");
      int used = (is_loaded(op) ? in : 0) | (op->is_output ? out : 0);
      int r = (op->regs & 1) && !(used & 1) ? 0 : 1;
      if ((used & (1 << r)) || !(op->regs & (1 << r)))
        error_tok(op->tok, "'asm' operand has impossible constraints");
      in |= is_loaded(op) << r;
      out |= op->is_output << r;
      op->reg = r;
    }
    for (int i = st->nout; i < st->nops && pass == 0; i++) {
      if (st->ops[i].kind != ASM_X87 || st->ops[i].tied < 0)
        continue;
      int bit = 1 << st->ops[st->ops[i].tied].reg;
      if (in & bit)
        error_tok(st->ops[i].tok, "'asm' operand has impossible constraints");
      in |= bit;
    }
  }
  if (in == 2)
    error_tok(c->node->tok, "an x87 input in st(1) needs one in st(0) ('t')");
}

static bool is_fixed(AsmOperand *op) {
  return (op->regs & (op->regs - 1)) == 0;
}

// Registers for every operand: fixed ones first, so that the others keep
// out of their way, then outputs tied to inputs, then the other inputs,
// then the other outputs, which may share an input's register.
static void assign_registers(AsmCode *c) {
  AsmStmt *st = c->st;
  for (int pass = 0; pass < 4; pass++) {
    for (int i = 0; i < st->nops; i++) {
      AsmOperand *op = &st->ops[i];
      if ((op->kind != ASM_REG && op->kind != ASM_XMM) || op->tied >= 0)
        continue;
      bool tied_to = false;
      for (int j = st->nout; j < st->nops; j++)
        tied_to |= st->ops[j].tied == i;
      int want = is_fixed(op) ? 0 : tied_to ? 1 : op->is_output ? 3 : 2;
      if (want == pass)
        take_register(c, op, pass == 0, pass == 3);
    }
  }
  for (int i = 0; i < st->nops; i++)
    if (st->ops[i].tied >= 0)
      take_tied(c, &st->ops[i]);
  for (int i = 0; i < st->nops; i++)
    if (st->ops[i].kind == ASM_MEM && st->ops[i].addr && st->ops[i].tied < 0)
      take_address_register(c, &st->ops[i]);
  take_x87(c);
}

static char *mem_size(int size) {
  return size == 1 ? "BYTE" : size == 2 ? "WORD" : size == 4 ? "DWORD" : "QWORD";
}

// Moves the saved registers to the save area below rsp, or back.
static void move_saved(AsmCode *c, bool save) {
  int off = 0;
  for (int r = 0; r < 16; r++) {
    if (c->saved_xmm >> r & 1) {
      if (save)
        println("  movdqu XMMWORD PTR [rsp+%d], xmm%d", off, r);
      else
        println("  movdqu xmm%d, XMMWORD PTR [rsp+%d]", r, off);
      off += 16;
    }
  }
  for (int r = 0; r < 16; r++) {
    if (c->saved_gp >> r & 1) {
      if (save)
        println("  mov QWORD PTR [rsp+%d], %s", off, asm_reg_name(r, 8));
      else
        println("  mov %s, QWORD PTR [rsp+%d]", asm_reg_name(r, 8), off);
      off += 8;
    }
  }
}

// The save area below rsp for the registers the asm changes that must
// keep their values (8 bytes for each general one, 16 for each xmm).
static void save_registers(AsmCode *c) {
  c->saved_gp = (c->in_gp | c->out_gp | c->st->gp_clobbers) & GP_KEPT;
  c->saved_xmm = (c->in_xmm | c->out_xmm | c->st->xmm_clobbers) & XMM_KEPT;
  c->save_size = (__builtin_popcount(c->saved_gp) * 8 + __builtin_popcount(c->saved_xmm) * 16 + 15) & ~15;
  if (c->save_size) {
    println("  sub rsp, %d", c->save_size);
    move_saved(c, true);
  }
}

static void restore_registers(AsmCode *c) {
  if (c->save_size) {
    move_saved(c, false);
    println("  add rsp, %d", c->save_size);
  }
}

static char *sse_move(int size) {
  return size == 4 ? "movss" : size == 8 ? "movsd" : "movups";
}

static char *x87_mem(Type *ty) {
  return ty->kind == TY_FLOAT ? "DWORD" : ty->kind == TY_DOUBLE ? "QWORD" : "TBYTE";
}

// Moves between register operand `op`'s register (`at` says where the
// value sits) and the frame temporary `tmp`, in either direction; an
// __int128's high half goes with rdx.
static void move_value(AsmOperand *at, Obj *tmp, bool load) {
  int sz = tmp->ty->size;
  if (at->is_pair) {
    for (int half = 0; half < 2; half++) {
      char *reg = half ? "rdx" : "rax";
      if (load)
        println("  mov %s, QWORD PTR [rbp%+d]", reg, tmp->offset + half * 8);
      else
        println("  mov QWORD PTR [rbp%+d], %s", tmp->offset + half * 8, reg);
    }
  } else if (at->kind == ASM_XMM) {
    char *mem = format("%s PTR [rbp%+d]", sz == 16 ? "XMMWORD" : mem_size(sz), tmp->offset);
    if (load)
      println("  %s xmm%d, %s", sse_move(sz), at->reg, mem);
    else
      println("  %s %s, xmm%d", sse_move(sz), mem, at->reg);
  } else if (load) {
    char *mov = sz < 4 ? "movzx" : "mov";
    println("  %s %s, %s PTR [rbp%+d]", mov, asm_reg_name(at->reg, sz < 4 ? 4 : sz), mem_size(sz),
            tmp->offset);
  } else {
    println("  mov %s PTR [rbp%+d], %s", mem_size(sz), tmp->offset, asm_reg_name(at->reg, sz));
  }
}

// Inputs into their registers, memory operands' addresses into theirs,
// x87 inputs pushed: st(1)'s first, so that st(0)'s ends on top.
static void load_operands(AsmCode *c) {
  AsmStmt *st = c->st;
  for (int i = 0; i < st->nops; i++) {
    AsmOperand *op = &st->ops[i];
    AsmOperand *at = place(c, op);
    if (op->is_const && at->ty->size == 8)
      println("  mov %s, %ld", asm_reg_name(at->reg, 8), (long)op->imm);
    else if (op->is_const)
      println("  mov %s, %u", asm_reg_name(at->reg, 4), (unsigned)op->imm);
    else if ((at->kind == ASM_REG || at->kind == ASM_XMM) && is_loaded(op))
      move_value(at, op->value, true);
    if (op->kind == ASM_MEM && op->addr && op->tied < 0)
      println("  mov %s, QWORD PTR [rbp%+d]", asm_reg_name(op->reg, 8), op->addr->offset);
  }
  for (int r = 1; r >= 0; r--) {
    for (int i = 0; i < st->nops; i++) {
      AsmOperand *op = &st->ops[i];
      AsmOperand *at = place(c, op);
      if (at->kind == ASM_X87 && at->reg == r && is_loaded(op))
        println("  fld %s PTR [rbp%+d]", x87_mem(op->value->ty), op->value->offset);
    }
  }
}

// After the asm: flags first, before anything changes them; then the
// x87 stack, popped from the top (outputs into their temporaries, the
// inputs the asm left there thrown away); then the registers.
static void store_outputs(AsmCode *c) {
  AsmStmt *st = c->st;
  for (int i = 0; i < st->nout; i++)
    if (st->ops[i].kind == ASM_FLAG)
      println("  set%s BYTE PTR [rbp%+d]", st->ops[i].cond, st->ops[i].value->offset);

  int left = 0;
  for (int i = 0; i < st->nops; i++) {
    AsmOperand *op = &st->ops[i];
    if (place(c, op)->kind != ASM_X87)
      continue;
    if (!op->is_output && op->tied < 0 && !(st->x87_clobbers & (1 << op->reg)))
      left++; // an input the asm did not pop
    if (op->is_output)
      left++;
  }
  for (int r = 0; r < left; r++) {
    AsmOperand *out = NULL;
    for (int i = 0; i < st->nout; i++)
      if (st->ops[i].kind == ASM_X87 && st->ops[i].reg == r)
        out = &st->ops[i];
    if (out)
      println("  fstp %s PTR [rbp%+d]", x87_mem(out->value->ty), out->value->offset);
    else
      println("  fstp st(0)");
  }

  for (int i = 0; i < st->nout; i++) {
    AsmOperand *op = &st->ops[i];
    if (op->kind == ASM_REG || op->kind == ASM_XMM)
      move_value(op, op->value, false);
  }
}

// The label an asm goto's label operand `k` names: the C label itself,
// or, when leaving needs code (outputs to store, registers to put back,
// cleanups, VLAs to free), a way out written after the asm.
static char *goto_label(AsmCode *c, int k) {
  Node *g = c->node->body;
  for (int i = 0; i < k; i++)
    g = g->next;
  if (!c->st->nout && !c->save_size && !g->exit_code)
    return g->unique_label;
  return format(".L.asm_goto.%d.%d", c->id, k);
}

// The operand's size as an AT&T mnemonic suffix (%z): b, w, l, q for
// integers, s, l, t for x87 floating-point.
static char *size_suffix(AsmOperand *op, AsmOperand *at) {
  int sz = op->ty->size;
  if (is_flonum(op->ty) && at->kind != ASM_XMM && at->kind != ASM_REG)
    return op->ty->kind == TY_FLOAT ? "s" : op->ty->kind == TY_DOUBLE ? "l" : "t";
  return sz == 1 ? "b" : sz == 2 ? "w" : sz == 4 ? "l" : sz == 8 ? "q" : "";
}

// A register operand's register name, `code` choosing its width.
static char *register_text(AsmOperand *op, AsmOperand *at, char code, bool intel) {
  char *pre = intel || code == 'V' ? "" : "%";
  if (at->kind == ASM_XMM)
    return format("%sxmm%d", pre, at->reg);
  if (at->kind == ASM_X87)
    return format("%sst%s", pre, at->reg ? "(1)" : "");
  int sz = code == 'b' ? 1 : code == 'h' ? 0 : code == 'w' ? 2 : code == 'k' ? 4 : code == 'q' ? 8 : op->ty->size;
  if (sz != 0 && sz != 1 && sz != 2 && sz != 4)
    sz = 8;
  char *name = format("%s%s", pre, asm_reg_name(at->reg, sz));
  if (code == 'a')
    return format(intel ? "[%s]" : "(%s)", name);
  return name;
}

// A memory operand: its frame slot, or the address in its register.
static char *memory_text(AsmOperand *op, AsmOperand *at, char code, bool intel) {
  if (!intel) {
    if (at->frame)
      return format("%d(%%rbp)", at->frame->offset + at->offset);
    return format("(%%%s)", asm_reg_name(at->reg, 8));
  }
  char *addr = at->frame ? format("[rbp%+d]", at->frame->offset + at->offset)
                         : format("[%s]", asm_reg_name(at->reg, 8));
  int sz = op->ty->size;
  if (code == 'a' || (sz != 1 && sz != 2 && sz != 4 && sz != 8 && sz != 16))
    return addr;
  char *size = op->ty->kind == TY_LDOUBLE ? "TBYTE" : sz == 16 ? "XMMWORD" : mem_size(sz);
  return format("%s PTR %s", size, addr);
}

// A constant: $42 or $sym+8 in AT&T syntax, bare with %c, %P (and
// negated with %n), OFFSET FLAT:sym for a symbol in Intel syntax; with %a
// an address, which a symbol's is relative to rip.
static char *constant_text(int64_t val, char *label, char code, bool intel) {
  if (code == 'n')
    val = -val;
  if (label)
    note_symbol_use(label);
  char *s = label ? (val ? format("%s%+ld", label, (long)val) : label) : format("%ld", (long)val);
  if (code == 'a' && label)
    return format(intel ? "%s[rip]" : "%s(%%rip)", s);
  bool bare = code == 'c' || code == 'P' || code == 'p' || code == 'a' || code == 'n';
  if (bare)
    return s;
  if (intel)
    return label ? format("OFFSET FLAT:%s", s) : s;
  return format("$%s", s);
}

// Operand `n` as the template asks for it, after modifier `code`.
static char *operand_text(AsmCode *c, int n, char code, bool intel) {
  if (n >= c->st->nops) {
    char *label = goto_label(c, n - c->st->nops);
    return code || intel ? label : format("$%s", label);
  }
  AsmOperand *op = &c->st->ops[n];
  AsmOperand *at = place(c, op);
  if (code == 'z')
    return intel ? "" : size_suffix(op, at);
  switch (at->kind) {
  case ASM_REG:
  case ASM_XMM:
  case ASM_X87:
    return register_text(op, at, code, intel);
  case ASM_MEM:
    return memory_text(op, at, code, intel);
  case ASM_IMM:
    return constant_text(op->imm, op->label, code, intel);
  default: // a flag output has nothing to print
    return "";
  }
}

// Writes the template, its operands filled in, for the dialect in use.
static void write_template(AsmCode *c) {
  bool intel = config->intel_asm;
  char *buf;
  size_t len;
  FILE *out = open_memstream(&buf, &len);
  for (AsmPiece *p = c->st->pieces; p; p = p->next) {
    if (p->dialect && p->dialect != (intel ? 2 : 1))
      continue;
    if (p->text)
      fputs(p->text, out);
    else if (p->operand < 0)
      fprintf(out, "%d", c->id);
    else
      fputs(operand_text(c, p->operand, p->code, intel), out);
  }
  fclose(out);
  emit_asm_text(buf, intel);
  free(buf);
}

// An asm goto's ways out to its labels that need code.  The outputs hold
// on every way out, as in gcc: each stores them and puts the saved
// registers back, as the way through does, runs the C after the asm that
// stores the outputs into their lvalues (the statements that follow the
// asm node), then the goto's own cleanups and jump.
static void write_goto_exits(AsmCode *c) {
  bool any = false;
  int k = 0;
  for (Node *g = c->node->body; g; g = g->next, k++)
    any |= strcmp(goto_label(c, k), g->unique_label) != 0;
  if (!any)
    return;
  println("  jmp .L.asm_end.%d", c->id);
  k = 0;
  for (Node *g = c->node->body; g; g = g->next, k++) {
    if (!strcmp(goto_label(c, k), g->unique_label))
      continue;
    println("%s:", goto_label(c, k));
    store_outputs(c);
    restore_registers(c);
    for (Node *n = c->node->next; n; n = n->next)
      gen_stmt(n);
    gen_stmt(g);
  }
  println(".L.asm_end.%d:", c->id);
}

// Writes an asm statement: a basic one as it is, an extended one with
// its operands placed around it.
void gen_asm(Node *node) {
  AsmStmt *st = node->asm_stmt;
  if (st->text) {
    emit_asm_text(st->text, config->intel_asm);
    return;
  }
  AsmCode c = {.st = st, .node = node, .id = asm_count++};
  assign_registers(&c);
  save_registers(&c);
  load_operands(&c);
  write_template(&c);
  store_outputs(&c);
  restore_registers(&c);
  write_goto_exits(&c);
}
