// codegen.c: the typed AST to x86-64 assembly (Intel syntax, for GNU as).
//
// The code generator is a stack machine.  Every expression leaves its value
// in one place that depends on its type: integers and pointers in rax,
// float and double in xmm0, long double on top of the x87 stack, and structs
// and unions as an address in rax.  A binary operator computes its right
// operand, pushes it, computes its left operand and pops the right one into
// a second register.  A depth counter tracks the pushes so that every call
// can align the stack to 16 bytes, as the System V ABI demands, and it must
// be back to zero at the end of each function.
//
// Values of types narrower than 8 bytes live in the low 32 bits of rax
// (char and short sign- or zero-extended to 32 bits); the upper half of rax
// is undefined for them until a cast to a 64-bit type extends it.
//
// That is all of it with -O0.  By default the same machine takes shortcuts
// where the AST shows a value needs no trip through the stack: the most
// used locals whose address is never taken live in callee-saved registers
// (integers and pointers) or in xmm8-xmm15, saved around calls (float and
// double) (assign_var_regs()), variables are read and written where they are
// (direct_addr(), loc()), constants and variables are instruction operands
// (gen_operands()), comparisons fuse with branches (gen_cond_jump()), dense
// switches jump through tables, and a peephole pass (emit_line()) merges
// what is left of push/pop pairs.  Every shortcut falls back to the plain
// code when its conditions do not hold.
//
// asm statements have a file of their own, asm.c; codegen.h is what the
// two share.

#include "codegen.h"
#include <stdio_ext.h>

#define GP_MAX 6
#define FP_MAX 8

static FILE *output_file;
// While a static inline function is generated into memory (see
// hold_back_function()): it, and the assembly proper.
typedef struct HeldBack HeldBack;
static HeldBack *holding_back;
static FILE *held_back_output;

static char *obj_name(Obj *var);

// Only a static function can be held back, so only its uses count: a
// call to printf costs no lookup.
static void note_obj_use(Obj *var) {
  if (var->is_function && var->is_static)
    note_symbol_use(obj_name(var));
}
CodegenConfig *config;
static int depth;
static Obj *current_fn;
static int current_fn_id;
static int label_count;

static char *argreg8[] = {"dil", "sil", "dl", "cl", "r8b", "r9b"};
static char *argreg16[] = {"di", "si", "dx", "cx", "r8w", "r9w"};
static char *argreg32[] = {"edi", "esi", "edx", "ecx", "r8d", "r9d"};
static char *argreg64[] = {"rdi", "rsi", "rdx", "rcx", "r8", "r9"};

static void gen_expr(Node *node);
void gen_stmt(Node *node);
static void gen_sp_restore(Obj *sp);
static bool is_simple_operand(Node *node);
static Node *skip_int_casts(Node *node);
static char *gen_operands(Node *node, bool wide, bool direct);
static void gen_index(Node *node);
static void gen_cond_jump(Node *cond, char *label, bool when);
static bool gen_effects_only(Node *node);
static void gen_float_operands(Node *node);
static char *gen_indexed(Node *node);
static bool is_simple_float(Node *node);
static void load_float_operand(Node *node, int reg);
static char *direct_addr(Node *node);
static char *direct_addr_at(Node *node, int off);
static int var_xmm(Node *node);
static void spill_xmm_vars(bool to_memory);
static bool is_int_like(Type *ty);
static void truncate_bits(Type *ty);
static void load_operand(Node *node, char *r32, char *r64);
static void load_converted(Node *node, char *addr, Type *to, char *r32, char *r64);
static Node *pointer_base(Node *node, int *off);
static char *pointer_operand(Node *ptr, int off, char *reg);
static bool is_pointed_operand(Node *node);
static void load_pointed_into(Node *node, char *r32, char *r64);
static bool is_rax_only(Node *node, int depth);

static void emit_loc(Token *tok);
static void gen_addr(Node *node);

// The peephole pass.  Each line is held back until the next one is known,
// so that pairs the code generator emits for simplicity are merged on the
// way out (except with -O0):
//   push rax / pop rdi   ->  mov rdi, rax
//   jmp .L.x / .L.x:     ->  .L.x:
//   jmp .L.x / jmp .L.y  ->  jmp .L.x
//   mov X, Y / mov Y, X  ->  mov X, Y               (also movaps)
//   and eax, X / cmp eax, 0  ->  and eax, X           (also or, xor)
//   movsx eax, BYTE PTR [X] / movzx eax, al  ->  movzx eax, BYTE PTR [X]
//   movzx eax, X / movsxd rax, eax  ->  movzx eax, X
//   movzx eax, al / movzx eax, al  ->  movzx eax, al   (each extension of eax)
//   and eax, 255 / movsxd rax, eax  ->  and eax, 255   (also shr eax, N)
//   add rax, N / mov rax, [rax+M]  ->  mov rax, [rax+N+M]  (loads into rax)
//   add rax, N / add rax, M  ->  add rax, N+M
//   and eax, X / mov eax, eax  ->  and eax, X    (any 32-bit write of eax)
//   lea rax, X / lea rax, Y  ->  lea rax, Y    (also mov rax, Y; Y not rax)
//   shr eax, 0  ->  nothing                       (shl, sar; any register)
// Two buffers swap roles: `held` is the line waiting, `line` the new one.
static char *held, *line;
static size_t held_cap, line_cap, held_len, line_len;
static bool holding;

// Assembly for `as` alone (-c, or an object for the linker; never -S)
// takes its memory operands in the forms GNU as reads fastest.  as makes
// an expression symbol of each part of an Intel-syntax operand, and most
// of its time goes there: `QWORD PTR [rbp-40]` has four parts,
// `-40[rbp]` two.  So the size goes where a register or the mnemonic
// implies it, and a constant displacement goes before the brackets:
//   mov rax, QWORD PTR [rbp-40]          ->  mov rax, -40[rbp]
//   mulsd xmm0, QWORD PTR [rip+.L.fp.3]  ->  mulsd xmm0, .L.fp.3[rip]
//   movsx eax, BYTE PTR [rbx+8]          ->  movsx eax, BYTE PTR 8[rbx]
// The machine code is the same (test/driver.sh compares the objects).

// Whether the `n` characters at `op` name a general register.
static bool is_gp_reg(char *op, size_t n) {
  static char *regs[] = {
      "rax", "eax", "ax", "al", "rbx", "ebx", "bx", "bl", "rcx", "ecx", "cx", "cl",
      "rdx", "edx", "dx", "dl", "rsi", "esi", "si", "sil", "rdi", "edi", "di", "dil",
      "rbp", "ebp", "bp", "bpl", "rsp", "esp", "sp", "spl",
  };
  if (n >= 2 && op[0] == 'r' && isdigit((unsigned char)op[1])) // r8-r15, r8d, r10b
    return n <= 4;
  for (size_t i = 0; i < sizeof(regs) / sizeof(*regs); i++)
    if (strlen(regs[i]) == n && !strncmp(op, regs[i], n))
      return true;
  return false;
}

// Whether an instruction's memory operand needs no size: the mnemonic
// gives it (SSE), or another operand is a general register.
static bool size_implied(char *insn, size_t mnemonic_len, char *operands) {
  static char *sse[] = {
      "movss", "movsd", "addss", "addsd", "subss", "subsd", "mulss", "mulsd", "divss", "divsd",
      "ucomiss", "ucomisd", "comiss", "comisd", "cvtss2sd", "cvtsd2ss", "cvttss2si", "cvttsd2si",
      "movaps", "sqrtsd", "sqrtss",
  };
  static char *gp[] = {"mov", "add", "sub", "and", "or", "xor", "cmp", "test", "imul"};
  for (size_t i = 0; i < sizeof(sse) / sizeof(*sse); i++)
    if (strlen(sse[i]) == mnemonic_len && !strncmp(insn, sse[i], mnemonic_len))
      return true;
  bool is_gp = false;
  for (size_t i = 0; i < sizeof(gp) / sizeof(*gp); i++)
    is_gp |= strlen(gp[i]) == mnemonic_len && !strncmp(insn, gp[i], mnemonic_len);
  if (!is_gp)
    return false;
  for (char *op = operands; *op;) {
    size_t n = strcspn(op, ",");
    if (is_gp_reg(op, n))
      return true;
    op += n;
    while (*op == ',' || *op == ' ')
      op++;
  }
  return false;
}

// Whether the lines being written come from an asm statement, which is in
// AT&T syntax and written as it is.
static bool in_att_syntax;

// Writes instruction line `s` (`len` bytes, then a NUL) and its newline
// with its memory operand in the terse form; false, and nothing written,
// for a line without one.
static bool write_terse(char *s, size_t len) {
  if (!strncmp(s, "  .att_syntax", 13) || !strcmp(s, "  .intel_syntax noprefix"))
    in_att_syntax = s[3] == 'a';
  char *open = in_att_syntax ? NULL : strchr(s, '[');
  char *close = open ? strchr(open, ']') : NULL;
  if (!close || !islower((unsigned char)s[2])) // not an instruction
    return false;
  char *insn = s + 2;
  size_t mnemonic_len = strcspn(insn, " ");
  char *start = open; // of the operand, with its size if it has one
  bool sized = open - s >= 6 && !strncmp(open - 5, " PTR ", 5);
  if (sized)
    for (start = open - 5; start > insn && start[-1] != ' ';)
      start--;

  fwrite(s, 1, start - s, output_file);
  if (sized && !size_implied(insn, mnemonic_len, insn + mnemonic_len + 1))
    fwrite(start, 1, open - start, output_file); // "QWORD PTR "

  // [reg+N] or [reg-N] -> N[reg] or -N[reg]; [rip+sym] -> sym[rip]
  char *inner = open + 1;
  size_t base = strcspn(inner, "+-]");
  char *disp = inner + base;
  int n = close - disp - 1; // the length of what follows the sign
  bool plain = disp < close && strcspn(disp + 1, "+-*[]") == (size_t)n;
  if (plain && base == 3 && !strncmp(inner, "rip", 3) && *disp == '+')
    fprintf(output_file, "%.*s[rip]", n, disp + 1);
  else if (plain && is_gp_reg(inner, base) && isdigit((unsigned char)disp[1]))
    fprintf(output_file, "%s%.*s[%.*s]", *disp == '-' ? "-" : "", n, disp + 1, (int)base, inner);
  else
    fwrite(open, 1, close + 1 - open, output_file);
  fwrite(close + 1, 1, s + len - close - 1, output_file);
  fputc('\n', output_file);
  return true;
}

// -fverbose-asm's comments (the source line, the stack depth) and -g's
// .loc directives and block labels must not change the code, so the
// peephole looks past them: such a note that comes while a line is held
// waits in `notes`, and goes out right after that line, or after what the
// peephole made of it.
static char *notes;
static size_t notes_len, notes_cap;

static bool is_note(char *s) {
  return (s[0] == ' ' && s[1] == ' ' && (s[2] == '#' || !strncmp(s + 2, ".loc ", 5))) ||
         !strncmp(s, ".L.block", 8);
}

static void hold_note(char *s, size_t len) {
  if (notes_len + len + 1 > notes_cap) {
    notes_cap = (notes_len + len + 1) * 2;
    notes = realloc(notes, notes_cap);
    if (!notes)
      error("out of memory");
  }
  memcpy(notes + notes_len, s, len);
  notes[notes_len + len] = '\n';
  notes_len += len + 1;
}

static void flush_notes(void) {
  if (!notes_len)
    return;
  fwrite(notes, 1, notes_len, output_file);
  notes_len = 0;
}

static void note_label_refs(char *s);

static void flush_held(void) {
  if (holding) {
    holding = false;
    if (held[0] == ' ')
      note_label_refs(held);
    if (!config->terse_operands || !write_terse(held, held_len)) {
      held[held_len] = '\n'; // in place of the NUL, for one write
      fwrite(held, 1, held_len + 1, output_file);
      held[held_len] = '\0';
    }
  }
  flush_notes();
}

// Whether every memory operand in `operands` is addressed from rbp or rip,
// registers that a mov between general registers never changes.
static bool fixed_addresses(char *operands) {
  for (char *p = strchr(operands, '['); p; p = strchr(p + 1, '['))
    if ((strncmp(p, "[rbp", 4) && strncmp(p, "[rip", 4)) || strchr(p, '*'))
      return false; // another base, or an index register
  return true;
}

// Whether `operands` starts with a 32-bit general register (eax, r12d).
static bool is_reg32(char *operands) {
  size_t n = strcspn(operands, ",");
  if (operands[0] == 'e' && n == 3)
    return true;
  return operands[0] == 'r' && n >= 3 && operands[n - 1] == 'd';
}

// Whether operands `b` ("Y, X") are operands `a` ("X, Y") swapped.
static bool swapped_operands(char *a, char *b) {
  char *ca = strstr(a, ", "), *cb = strstr(b, ", ");
  if (!ca || !cb)
    return false;
  size_t x = ca - a, y = cb - b;
  return strlen(ca + 2) == y && !strncmp(ca + 2, b, y) && strlen(cb + 2) == x &&
         !strncmp(cb + 2, a, x);
}

// Whether `s`, an instruction, writes eax as its 32-bit destination,
// which clears rax's upper half: mov eax, eax after it changes nothing.
static bool writes_eax(char *s) {
  static char *ops[] = {"mov", "movzx", "movsx", "and", "or", "xor", "add", "sub",
                        "shl", "shr", "sar", "imul", "lea"};
  size_t n = strcspn(s + 2, " ");
  if (strncmp(s + 2 + n, " eax,", 5))
    return false;
  for (size_t i = 0; i < sizeof(ops) / sizeof(*ops); i++)
    if (strlen(ops[i]) == n && !strncmp(s + 2, ops[i], n))
      return true;
  return false;
}

// Whether `s` leaves in eax a value with its sign bit clear, which
// movsxd extends as movzx would (and mov eax, eax does: the 32-bit
// write cleared the upper half already).
static bool nonnegative_eax(char *s) {
  char *end;
  if (!strncmp(s, "  and eax, ", 11)) {
    long n = strtol(s + 11, &end, 0);
    return !*end && n >= 0 && n <= INT32_MAX;
  }
  if (!strncmp(s, "  shr eax, ", 11)) {
    long n = strtol(s + 11, &end, 0);
    return !*end && n >= 1 && n <= 31;
  }
  return false;
}

// Replaces the held line with `s`.
static void set_held(char *s) {
  held_len = strlen(s);
  if (held_len + 1 > held_cap) {
    held_cap = held_len + 1;
    held = realloc(held, held_cap);
    if (!held)
      error("out of memory");
  }
  memcpy(held, s, held_len + 1);
}

// An address computed then loaded from: add rax, N followed by a load
// into rax (or eax) from [rax+M] is one load from [rax+N+M], and two adds
// are one.  Nothing reads the flags an add of the stack machine sets.
static bool fold_add(void) {
  char *end;
  long n = strtol(held + 11, &end, 10);
  if (*end || strncmp(held, "  add rax, ", 11))
    return false;
  long m = 0;
  if (!strncmp(line, "  add rax, ", 11)) {
    m = strtol(line + 11, &end, 10);
    if (*end || n + m != (int32_t)(n + m))
      return false;
    set_held(format("  add rax, %ld", n + m));
    return true;
  }
  static char *loads[] = {"  mov rax, ", "  mov eax, ", "  movzx eax, ", "  movsx eax, ",
                          "  movsxd rax, ", "  movsx rax, "};
  char *addr = strstr(line, "[rax");
  if (!addr)
    return false;
  size_t i = 0, k;
  while (i < sizeof(loads) / sizeof(*loads) && strncmp(line, loads[i], strlen(loads[i])))
    i++;
  if (i == sizeof(loads) / sizeof(*loads))
    return false;
  k = strlen(loads[i]);
  // The source is the last operand, "SIZE PTR [rax]" or "[rax+M]".
  if (strchr(line + k, ',') || (addr[4] != ']' && addr[4] != '+' && addr[4] != '-'))
    return false;
  if (addr[4] != ']') {
    m = strtol(addr + 4, &end, 10);
    if (strcmp(end, "]"))
      return false;
  }
  if (n + m != (int32_t)(n + m))
    return false;
  set_held(format("%.*s[rax%+ld]", (int)(addr - line), line, n + m));
  return true;
}

// Whether the held line and the new one cancel out (in part).
static bool peephole(void) {
  if (!config->optimize || !holding)
    return false;
  // Every rule starts from an instruction in `held`: its first letter
  // rules most of them out before any string is compared.
  char op = held[0] == ' ' && held[1] == ' ' ? held[2] : 0;
  // and, or and xor set ZF, SF and PF by their result and clear CF and
  // OF, just as comparing that result with 0 does.
  if ((op == 'a' || op == 'o' || op == 'x') &&
      (!strncmp(held, "  and ", 6) || !strncmp(held, "  or ", 5) || !strncmp(held, "  xor ", 6))) {
    char *dest = strchr(held + 2, ' ') + 1;
    size_t n = strcspn(dest, ",");
    if (!strncmp(line, "  cmp ", 6) && !strncmp(line + 6, dest, n) && !strcmp(line + 6 + n, ", 0"))
      return true;
  }
  // A cast of a cast: the second extension reads back the low byte (or
  // word) the first one loaded, so the load can extend the right way
  // itself.  And a zero-extended byte or word is its own sign extension.
  bool extends = op == 'm' && (held[5] == 's' || held[5] == 'z') && held[6] == 'x';
  if (extends && (!strncmp(held, "  movsx eax, BYTE PTR ", 22) || !strncmp(held, "  movzx eax, BYTE PTR ", 22)) &&
      (!strcmp(line, "  movsx eax, al") || !strcmp(line, "  movzx eax, al"))) {
    memcpy(held + 5, line + 5, 2); // movsx or movzx
    return true;
  }
  if (extends && (!strncmp(held, "  movsx eax, WORD PTR ", 22) || !strncmp(held, "  movzx eax, WORD PTR ", 22)) &&
      (!strcmp(line, "  movsx eax, ax") || !strcmp(line, "  movzx eax, ax"))) {
    memcpy(held + 5, line + 5, 2);
    return true;
  }
  if (extends && !strncmp(held, "  movzx eax, ", 13) && !strcmp(line, "  movsxd rax, eax"))
    return true;
  // An extension of eax done twice (a char a call returned, then cast):
  // the second finds the value it would make.
  if (op == 'm' && !strcmp(held, line) &&
      (!strcmp(line, "  movzx eax, al") || !strcmp(line, "  movsx eax, al") ||
       !strcmp(line, "  movzx eax, ax") || !strcmp(line, "  movsx eax, ax") ||
       !strcmp(line, "  movsxd rax, eax")))
    return true;
  // So is a value masked to 31 bits or fewer, or shifted right unsigned
  // (Lua's GETARG_A(i) used as an index).
  if ((op == 'a' || op == 's') && !strcmp(line, "  movsxd rax, eax") && nonnegative_eax(held))
    return true;
  if (op == 'p' && !strcmp(held, "  push rax") && !strncmp(line, "  pop ", 6)) {
    if (strcmp(line + 6, "rax"))
      fprintf(output_file, "  mov %s, rax\n", line + 6);
    holding = false;
    return true;
  }
  // A value stored and read straight back is still in its register:
  // mov X, Y followed by mov Y, X.  Only where no address depends on the
  // register the first one wrote (memory at rbp or rip), and not into a
  // 32-bit register: that mov also clears the upper half, which code
  // after it may count on (an unsigned int used as a 64-bit index).
  if (op == 'm' && !strncmp(held, "  mov ", 6) && !strncmp(line, "  mov ", 6) &&
      fixed_addresses(held + 6) && !is_reg32(line + 6) && swapped_operands(held + 6, line + 6))
    return true;
  // The same for a float or double stored into its xmm variable and read
  // back: movaps xmm8, xmm0 followed by movaps xmm0, xmm8.
  if (op == 'm' && !strncmp(held, "  movaps xmm", 12) && !strncmp(line, "  movaps xmm", 12) &&
      !strchr(held, '[') && swapped_operands(held + 9, line + 9))
    return true;
  // A shift by 0 (Lua's GETARG_* take fields at bit 0 so): the value is
  // the same, and what it leaves in rax's upper half no one counts on.
  if (line[2] == 's' && (!strncmp(line, "  shr ", 6) || !strncmp(line, "  shl ", 6) ||
                         !strncmp(line, "  sar ", 6)) &&
      !strcmp(line + 6 + strcspn(line + 6, ","), ", 0") && !strchr(line, '['))
    return true;
  if (op == 'a' && fold_add())
    return true;
  // An address computed and not used: the next line sets rax again
  // without reading it (a struct assignment's value, then the next one).
  if (op == 'l' && !strncmp(held, "  lea rax, ", 11) &&
      (!strncmp(line, "  lea rax, ", 11) || !strncmp(line, "  mov rax, ", 11)) &&
      !strstr(line + 11, "rax")) {
    set_held(line);
    return true;
  }
  if (op != 'c' && op != 't' && op != 'p' && !strcmp(line, "  mov eax, eax") &&
      writes_eax(held))
    return true;
  // Nothing after a jump is reached but through a label.
  if (op != 'j' || strncmp(held, "  jmp ", 6))
    return false;
  if (!strncmp(line, "  jmp ", 6))
    return true;
  size_t n = strlen(held + 6);
  if (!strncmp(line, held + 6, n) && !strcmp(line + n, ":"))
    holding = false; // the label follows: falling through is the jump
  return false;
}

// Labels that only earlier code can jump to (a loop's break and continue
// labels, an if's or a ?:'s end, the return label) are written only if a
// jump to them was written: most loops have no break, most functions no
// early return.  A bit per label number and kind says which were.
enum { REF_UNIQUE = 1, REF_END = 2, REF_RETURN = 4 };
static unsigned char *label_refs;
static size_t label_refs_cap;
static bool forward_label; // the line being emitted is such a label

// The kind of the label whose name starts at s (".L..N", ".L.end.N",
// ".L.return.N"), its number in *num; 0 for any other name.
static int label_kind(char *s, long *num) {
  int kind = s[3] == '.' ? REF_UNIQUE : !strncmp(s + 3, "end.", 4) ? REF_END
           : !strncmp(s + 3, "return.", 7) ? REF_RETURN : 0;
  if (!kind)
    return 0;
  char *p = s + (kind == REF_UNIQUE ? 4 : kind == REF_END ? 7 : 10), *end;
  if (!isdigit((unsigned char)*p))
    return 0;
  *num = strtol(p, &end, 10);
  if (isalnum((unsigned char)*end) || *end == '_' || *end == '.' || *end == '$')
    return 0;
  return kind;
}

// Notes the labels that written line `s` refers to.
static void note_label_refs(char *s) {
  for (char *p = strstr(s, ".L."); p; p = strstr(p + 3, ".L.")) {
    long n;
    int kind = label_kind(p, &n);
    if (!kind)
      continue;
    if ((size_t)n >= label_refs_cap) {
      size_t cap = (n + 1) * 2;
      label_refs = realloc(label_refs, cap);
      if (!label_refs)
        error("out of memory");
      memset(label_refs + label_refs_cap, 0, cap - label_refs_cap);
      label_refs_cap = cap;
    }
    label_refs[n] |= kind;
  }
}

// Whether label line `s` ("NAME:") names a label no written line jumps to.
static bool unreferenced(char *s) {
  long n;
  int kind = label_kind(s, &n);
  return kind && ((size_t)n >= label_refs_cap || !(label_refs[n] & kind));
}

// Whether the last section the assembly switched to is .text, so that a
// function that follows another needs no .text of its own.
static bool in_text;

// Notes a directive that switches sections (the text of asm statements
// may switch too: emit_asm_text() forgets the section).
static void note_section(char *s) {
  static char *dirs[] = {"section", "pushsection", "popsection", "previous", "subsection", "data",
                         "bss", "text"};
  size_t n = strcspn(s + 3, " ");
  for (size_t i = 0; i < sizeof(dirs) / sizeof(*dirs); i++)
    if (strlen(dirs[i]) == n && !strncmp(s + 3, dirs[i], n))
      in_text = i == 7 && !s[3 + n];
}

static void emit_line(char *fmt, va_list ap) {
  line_len = vformat(&line, &line_cap, fmt, ap);
  if (line[0] == ' ' && line[2] == '.')
    note_section(line);
  if (holding && is_note(line)) {
    hold_note(line, line_len);
    return;
  }

  if (peephole()) {
    if (!holding)
      flush_notes(); // what the held line became is out
    return;
  }
  // A label nothing jumps to goes, and the held line stays held: the
  // peephole may join it with the line after, as control only falls
  // through from one to the other.
  if (forward_label) {
    if (holding && held[0] == ' ')
      note_label_refs(held); // a jump to the label right before it
    if (unreferenced(line))
      return;
  }
  flush_held();
  char *tmp = held;
  held = line;
  line = tmp;
  size_t cap = held_cap;
  held_cap = line_cap;
  line_cap = cap;
  held_len = line_len;
  holding = true;
}

void println(char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  emit_line(fmt, ap);
  va_end(ap);
}

// Writes label NAME: if a jump to it was written (see label_refs).
static void println_forward_label(char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  forward_label = true;
  emit_line(fmt, ap);
  forward_label = false;
  va_end(ap);
}

// Writes an asm statement's text as it is, past the peephole and the
// terse operands, which know only 9cc's own lines.  A template in AT&T
// syntax (gcc's default) goes between .att_syntax and .intel_syntax.
void emit_asm_text(char *text, bool intel) {
  if (!text[strspn(text, " \t\n")])
    return;
  if (!intel)
    println("  .att_syntax prefix");
  flush_held();
  fprintf(output_file, "\t%s\n", text);
  note_label_refs(text);
  in_text = false;
  if (!intel)
    println("  .intel_syntax noprefix");
}

static int count(void) {
  return label_count++;
}

// Sets the number of the next label and returns the one it replaces.
// --explain generates each function twice, with and without -O0, and
// keeps a count for each, so that each listing has the labels that -S
// gives it.
int codegen_swap_label_count(int next) {
  int old = label_count;
  label_count = next;
  return old;
}

// GNU as in Intel syntax reads a symbol named like a register or an
// operator (`cx`, `offset`, `and`) as that register or operator, and no
// quoting helps.  Lines that mention such a symbol are written in AT&T
// syntax instead, where registers carry a `%` and cannot be confused.
static bool is_reserved_sym(char *name) {
  // Every name below has at most 7 letters.
  int n = strnlen(name, 8);
  if (n == 8)
    return false;
  char lower[8];
  for (int i = 0; i <= n; i++)
    lower[i] = tolower((unsigned char)name[i]);

  static char *reserved[] = {
      "byte", "word", "dword", "qword", "tbyte", "xword", "oword", "ptr", "offset",
      "flat", "short", "and", "or", "xor", "not", "mod", "shl", "shr", "eq", "ne",
      "lt", "le", "gt", "ge", "near", "far", "fword", "mmword", "xmmword", "ymmword",
      "zmmword", "rip", "eip", "ip", "st",
  };
  for (size_t i = 0; i < sizeof(reserved) / sizeof(*reserved); i++)
    if (lower[0] == reserved[i][0] && !strcmp(lower, reserved[i]))
      return true;

  // Registers: a, b, c, d with x/l/h and e/r prefixes; si, di, bp, sp with
  // l and e/r; r8-r15 with b/w/d; segment, control, debug, vector, mask
  // and x87 registers.
  char *p = lower;
  if (n == 3 && (p[0] == 'e' || p[0] == 'r'))
    p++;
  if (strlen(p) == 2 && strchr("abcd", p[0]) && strchr("xlh", p[1]))
    return true;
  if ((strlen(p) == 2 || (strlen(p) == 3 && p[2] == 'l')) &&
      (!strncmp(p, "si", 2) || !strncmp(p, "di", 2) || !strncmp(p, "bp", 2) ||
       !strncmp(p, "sp", 2)))
    return true;
  if (n == 2 && strchr("cdefgs", lower[0]) && lower[1] == 's')
    return true;
  char *q = lower;
  if (q[0] == 'r' && isdigit((unsigned char)q[1]))
    return true;
  static char *prefixes[] = {"xmm", "ymm", "zmm", "mm", "cr", "dr", "tr", "k", "st", "bnd"};
  for (size_t i = 0; i < sizeof(prefixes) / sizeof(*prefixes); i++) {
    int m = strlen(prefixes[i]);
    if (!strncmp(lower, prefixes[i], m) && lower[m] && isdigit((unsigned char)lower[m]))
      return true;
  }
  return false;
}

static char *obj_name(Obj *var) {
  return var->asm_name ? var->asm_name : var->name;
}

// Prints a directive or label that names the symbol `name`.
void println_sym(char *name, char *fmt, ...) {
  bool att = is_reserved_sym(name);
  if (att)
    println("  .att_syntax");
  va_list ap;
  va_start(ap, fmt);
  emit_line(fmt, ap);
  va_end(ap);
  if (att)
    println("  .intel_syntax noprefix");
}

// rax = the address of symbol `name`, directly or through the GOT.
static void load_sym_addr(char *name, bool got) {
  if (is_reserved_sym(name)) {
    println_sym(name, got ? "  movq %s@GOTPCREL(%%rip), %%rax" : "  leaq %s(%%rip), %%rax", name);
    return;
  }
  if (got)
    println("  mov rax, QWORD PTR [rip+%s@GOTPCREL]", name);
  else
    println("  lea rax, [rip+%s]", name);
}

// With -fverbose-asm, each push and pop says how deep the stack is.
static void show_depth(void) {
  if (config->verbose_asm)
    println("  # depth %d", depth);
}

// Slots pushed (or popped, when negative) other than one at a time.
static void change_depth(int slots) {
  depth += slots;
  show_depth();
}

static void push(void) {
  println("  push rax");
  depth++;
  show_depth();
}

static void pop(char *arg) {
  println("  pop %s", arg);
  depth--;
  show_depth();
}

static void pushf(void) {
  println("  sub rsp, 8");
  println("  movsd QWORD PTR [rsp], xmm0");
  depth++;
  show_depth();
}

static void popf(int reg) {
  println("  movsd xmm%d, QWORD PTR [rsp]", reg);
  println("  add rsp, 8");
  depth--;
  show_depth();
}

// __int128 values take two slots too: rdx, then rax on top.
static void push_int128(void) {
  println("  push rdx");
  depth++;
  push();
}

// Pops an __int128 value into lo:hi.
static void pop_int128(char *lo, char *hi) {
  pop(lo);
  pop(hi);
}

// rbx around a 16-byte atomic (see int128.c), which needs it.
static void save_rbx(bool restore) {
  println(restore ? "  pop rbx" : "  push rbx");
  change_depth(restore ? -1 : 1);
}

// long double values take two slots.
// Pops the two eightbytes of an SSEUP argument (pushed low first) into
// one xmm register.
static void pop_sseup(int reg) {
  println("  movq xmm%d, QWORD PTR [rsp+8]", reg);
  println("  movhps xmm%d, QWORD PTR [rsp]", reg);
  println("  add rsp, 16");
  depth -= 2;
  show_depth();
}

static void push_ld(void) {
  println("  sub rsp, 16");
  println("  fstp TBYTE PTR [rsp]");
  change_depth(2);
}

static void pop_ld(void) {
  println("  fld TBYTE PTR [rsp]");
  println("  add rsp, 16");
  change_depth(-2);
}

// Evaluates an expression whose value is not used.
static void gen_discard(Node *node) {
  if (gen_effects_only(node))
    return;
  gen_expr(node);
  if (node->ty && node->ty->kind == TY_LDOUBLE)
    println("  fstp st(0)");
}

// A symbol's visibility other than default: its own attribute's, or for
// what this file defines, -fvisibility's.  NULL for default.
static char *visibility_of(Obj *obj) {
  char *v = obj->visibility ? obj->visibility : obj->is_definition ? config->visibility : NULL;
  return v && strcmp(v, "default") ? v : NULL;
}

// A hidden symbol defined here cannot be preempted: even PIC code reaches
// it directly.
static bool is_local_hidden(Obj *var) {
  char *v = visibility_of(var);
  return var->is_definition && v && (!strcmp(v, "hidden") || !strcmp(v, "internal"));
}

// A for loop's third expression, after the body: its code belongs to the
// loop's line, not to the body's last one (for -g and -fverbose-asm).
static void gen_loop_step(Node *inc) {
  if (!inc)
    return;
  emit_loc(inc->tok);
  gen_discard(inc);
}

// Whether a symbol's address comes from the GOT.  PIC code reaches every
// global symbol that way, since another module may preempt it.  PIE code
// reaches other modules' data directly (the linker copies it into the
// executable, as for gcc), but not their functions, whose address the
// executable cannot know, nor weak symbols that may stay undefined (0).
// A function defined further down the file is not known to be ours yet;
// the GOT entry is still right, and ld turns the load into a lea.
static bool use_got(Obj *var) {
  if (config->pic == PIC_NONE || var->is_static)
    return false;
  if (config->pic == PIC_PIC)
    return !is_local_hidden(var);
  return !var->is_definition && (var->is_function || var->is_weak);
}

// rax = __tls_get_addr's answer for `name` (the general-dynamic model).  ld
// rewrites the sequence from data16 to the call when it can use a faster
// model, so it must be exactly gcc's, with the argument in rdi.  The call
// may come in the middle of an expression, where any register can hold a
// value: every caller-saved one but rax is kept across it, and the stack
// is aligned for it.
static void gen_tls_get_addr(char *name) {
  static char *saved[] = {"rdi", "rsi", "rdx", "rcx", "r8", "r9", "r10", "r11", "rbx"};
  int n = sizeof(saved) / sizeof(*saved);
  for (int i = 0; i < n; i++)
    println("  push %s", saved[i]);
  println("  mov rbx, rsp");
  println("  and rsp, -16");
  println("  sub rsp, 256");
  for (int i = 0; i < 16; i++)
    println("  movaps XMMWORD PTR [rsp+%d], xmm%d", i * 16, i);
  if (is_reserved_sym(name))
    println_sym(name, "  data16 leaq %s@tlsgd(%%rip), %%rdi", name);
  else
    println("  data16 lea rdi, [rip+%s@tlsgd]", name);
  println("  .value 0x6666");
  println("  rex64");
  println("  call __tls_get_addr@PLT");
  for (int i = 0; i < 16; i++)
    println("  movaps xmm%d, XMMWORD PTR [rsp+%d]", i, i * 16);
  println("  mov rsp, rbx");
  for (int i = n - 1; i >= 0; i--)
    println("  pop %s", saved[i]);
}

// rax = the address of a thread-local variable, in the TLS model gcc picks.
// In an executable (PIE or not), the thread pointer (fs:0) plus an offset:
// known at link time for the file's own variables (local-exec), read from
// the GOT for others (initial-exec).  PIC code may be loaded by dlopen, where
// only __tls_get_addr knows where the variable is (general dynamic).
static void gen_tls_addr(Obj *var) {
  char *name = obj_name(var);
  if (config->pic == PIC_PIC) {
    gen_tls_get_addr(name);
  } else if (var->is_static || var->is_definition) {
    println("  mov rax, QWORD PTR fs:0");
    println("  lea rax, [rax+%s@tpoff]", name);
  } else {
    println("  mov rax, QWORD PTR [rip+%s@gottpoff]", name);
    println("  add rax, QWORD PTR fs:0");
  }
}

// lea REG, ADDR; a plain register copy when ADDR is [reg] alone.
static void gen_lea(char *reg, char *addr) {
  size_t n = strlen(addr);
  if (addr[0] == '[' && addr[n - 1] == ']' && strcspn(addr, "+-*") == n &&
      is_gp_reg(addr + 1, n - 2))
    println("  mov %s, %.*s", reg, (int)(n - 2), addr + 1);
  else
    println("  lea %s, %s", reg, addr);
}

// Computes the absolute address of a given node into rax.
static void gen_addr(Node *node) {
  char *addr = direct_addr(node);
  if (addr) {
    gen_lea("rax", addr);
    return;
  }

  switch (node->kind) {
  case ND_VAR:
    if (node->var->is_local && (node->var->reg || node->var->xmm))
      error_tok(node->tok, "internal error: the address of a variable in a register");
    // Variable-length array, which is always local.
    if (node->var->ty->kind == TY_VLA) {
      println("  mov rax, QWORD PTR [rbp%+d]", node->var->offset);
      return;
    }

    // A local aligned to more than the frame's 16 bytes is reached through
    // a pointer that the prologue computed.
    if (node->var->is_local && node->var->area_offset) {
      println("  mov rax, QWORD PTR [rbp%+d]", node->var->offset);
      return;
    }

    // Local variable
    if (node->var->is_local) {
      println("  lea rax, [rbp%+d]", node->var->offset);
      return;
    }

    if (node->var->is_tls) {
      gen_tls_addr(node->var);
      return;
    }

    note_obj_use(node->var);
    load_sym_addr(obj_name(node->var), use_got(node->var));
    return;
  case ND_DEREF: {
    char *addr = gen_indexed(node->lhs);
    if (addr) {
      if (strcmp(addr, "[rax]"))
        gen_lea("rax", addr);
      return;
    }
    gen_expr(node->lhs);
    return;
  }
  case ND_COMMA:
    gen_discard(node->lhs);
    gen_addr(node->rhs);
    return;
  case ND_MEMBER:
    gen_addr(node->lhs);
    if (node->member->offset)
      println("  add rax, %d", node->member->offset);
    return;
  case ND_FUNCALL:
    if (node->ret_buffer) {
      gen_expr(node);
      return;
    }
    break;
  case ND_ASSIGN:
  case ND_COND:
  case ND_STMT_EXPR:
  case ND_VA_ARG:
    if (node->ty->kind == TY_STRUCT || node->ty->kind == TY_UNION) {
      gen_expr(node);
      return;
    }
    break;
  case ND_VLA_PTR:
    println("  lea rax, [rbp%+d]", node->var->offset);
    return;
  case ND_CAST:
    // A cast of a struct to its own type.
    if (node->ty->kind == TY_STRUCT || node->ty->kind == TY_UNION) {
      gen_addr(node->lhs);
      return;
    }
    break;
  default:
    break;
  }

  error_tok(node->tok, "not an lvalue");
}

// Loads a value from where rax is pointing to.
// Loads the value at `addr` ("[rax]", "[rbp-8]"...) of type `ty` into rax,
// xmm0 or st(0).
static void load_from(Type *ty, char *addr) {
  switch (ty->kind) {
  case TY_ARRAY:
  case TY_STRUCT:
  case TY_UNION:
  case TY_FUNC:
  case TY_VLA:
    // If it is an array, do not attempt to load a value to the
    // register because in general we can't load an entire array to a
    // register. As a result, the result of an evaluation of an array
    // becomes not the array itself but the address of the array.
    // This is where "array is automatically converted to a pointer to
    // the first element of the array in C" occurs.
    return;
  case TY_FLOAT:
    println("  movss xmm0, DWORD PTR %s", addr);
    return;
  case TY_DOUBLE:
    println("  movsd xmm0, QWORD PTR %s", addr);
    return;
  case TY_LDOUBLE:
    if (ty->is_atomic) { // fld's two reads could see halves of different stores
      if (strcmp(addr, "[rax]"))
        println("  lea rax, %s", addr);
      println("  mov rdi, rax");
      save_rbx(false);
      int128_atomic_load();
      save_rbx(true);
      println("  sub rsp, 16");
      println("  mov QWORD PTR [rsp], rax");
      println("  mov QWORD PTR [rsp+8], rdx");
      println("  fld TBYTE PTR [rsp]");
      println("  add rsp, 16");
      return;
    }
    println("  fld TBYTE PTR %s", addr);
    return;
  case TY_INT128:
    if (strcmp(addr, "[rax]"))
      println("  lea rax, %s", addr);
    if (ty->is_atomic) { // two loads could see halves of different stores
      println("  mov rdi, rax");
      save_rbx(false);
      int128_atomic_load();
      save_rbx(true);
    } else {
      println("  mov rdx, QWORD PTR [rax+8]");
      println("  mov rax, QWORD PTR [rax]");
    }
    truncate_bits(ty); // (a _BitInt's unused bits, as below)
    return;
  default:
    break;
  }

  char *insn = ty->is_unsigned ? "movzx" : "movsx";

  // When we load a char or a short value to a register, we always
  // extend them to the size of int, so we can assume the lower half of
  // a register always contains a valid value.
  if (ty->size == 1)
    println("  %s eax, BYTE PTR %s", insn, addr);
  else if (ty->size == 2)
    println("  %s eax, WORD PTR %s", insn, addr);
  else if (ty->size == 4)
    println("  mov eax, DWORD PTR %s", addr);
  else
    println("  mov rax, QWORD PTR %s", addr);
  // A _BitInt in memory may come from code that leaves the bits past its
  // width unspecified, as the psABI allows: extend from the width.
  truncate_bits(ty);
}

// Loads the value at the address in rax.
static void load(Type *ty) {
  load_from(ty, "[rax]");
}

// A copy goes 8 bytes at a time, then 4, then 1, each chunk through r8.
static int chunk_size(int left) {
  return left >= 8 ? 8 : left >= 4 ? 4 : 1;
}

static void copy_chunk(int n, char *dst, char *src) {
  char *r = n == 8 ? "r8" : n == 4 ? "r8d" : "r8b";
  println("  mov %s, %s PTR %s", r, ptr_size(n), src);
  println("  mov %s PTR %s, %s", ptr_size(n), dst, r);
}

// Copies `size` bytes from [src] to [dst] through r8.
static void copy_bytes(char *dst, int dst_off, char *src, int src_off, int size) {
  for (int i = 0, n; i < size; i += n) {
    n = chunk_size(size - i);
    copy_chunk(n, format("[%s%+d]", dst, dst_off + i), format("[%s%+d]", src, src_off + i));
  }
}

// Stores the value in rax (or xmm0, st(0)) of a scalar type to `addr`.
static void store_scalar(Type *ty, char *addr) {
  switch (ty->kind) {
  case TY_FLOAT:
    println("  movss DWORD PTR %s, xmm0", addr);
    return;
  case TY_DOUBLE:
    println("  movsd QWORD PTR %s, xmm0", addr);
    return;
  case TY_LDOUBLE:
    println("  fstp TBYTE PTR %s", addr);
    println("  fld TBYTE PTR %s", addr);
    return;
  case TY_INT128:
    println("  lea r8, %s", addr);
    println("  mov QWORD PTR [r8], rax");
    println("  mov QWORD PTR [r8+8], rdx");
    return;
  default:
    break;
  }

  if (ty->size == 1)
    println("  mov BYTE PTR %s, al", addr);
  else if (ty->size == 2)
    println("  mov WORD PTR %s, ax", addr);
  else if (ty->size == 4)
    println("  mov DWORD PTR %s, eax", addr);
  else
    println("  mov QWORD PTR %s, rax", addr);
}

// Stores the value in rax (or xmm0, st(0)) to the address in rdi.
static void store_to_rdi(Type *ty) {
  if (ty->kind == TY_STRUCT || ty->kind == TY_UNION)
    copy_bytes("rdi", 0, "rax", 0, ty->size);
  else
    store_scalar(ty, "[rdi]");
}

// Stores the value to the address on the stack top.
static void store(Type *ty) {
  pop("rdi");
  store_to_rdi(ty);
}

// A complex value (address in rax) is true if either part is nonzero.
static void cmp_zero_complex(Type *ty) {
  Type *base = ty->complex_base;
  println("  mov rdi, rax");
  if (base->kind == TY_FLOAT || base->kind == TY_DOUBLE) {
    char *mov = base->kind == TY_FLOAT ? "movss" : "movsd";
    char *cmp = base->kind == TY_FLOAT ? "ucomiss" : "ucomisd";
    println("  xorps xmm1, xmm1");
    println("  %s xmm0, [rdi]", mov);
    println("  %s xmm0, xmm1", cmp);
    println("  setne al");
    println("  setp cl");
    println("  or al, cl");
    println("  %s xmm0, [rdi+%d]", mov, base->size);
    println("  %s xmm0, xmm1", cmp);
    println("  setne dl");
    println("  setp cl");
    println("  or dl, cl");
    println("  or al, dl");
  } else if (base->kind == TY_LDOUBLE) {
    println("  fldz");
    println("  fld TBYTE PTR [rdi]");
    println("  fucomip st, st(1)");
    println("  setne al");
    println("  setp cl");
    println("  or al, cl");
    println("  fld TBYTE PTR [rdi+16]");
    println("  fucomip st, st(1)");
    println("  fstp st(0)");
    println("  setne dl");
    println("  setp cl");
    println("  or dl, cl");
    println("  or al, dl");
  } else {
    char *w = base->size == 8 ? "QWORD" : base->size == 4 ? "DWORD" : base->size == 2 ? "WORD" : "BYTE";
    println("  cmp %s PTR [rdi], 0", w);
    println("  setne al");
    println("  cmp %s PTR [rdi+%d], 0", w, base->size);
    println("  setne dl");
    println("  or al, dl");
  }
  println("  movzx eax, al");
  println("  cmp eax, 0");
}

// Sets flags by comparing the value of type ty with zero.
static void cmp_zero(Type *ty) {
  if (ty->complex_base) {
    cmp_zero_complex(ty);
    return;
  }
  switch (ty->kind) {
  case TY_FLOAT:
    println("  xorps xmm1, xmm1");
    println("  ucomiss xmm0, xmm1");
    return;
  case TY_DOUBLE:
    println("  xorpd xmm1, xmm1");
    println("  ucomisd xmm0, xmm1");
    return;
  case TY_LDOUBLE:
    println("  fldz");
    println("  fucomip st, st(1)");
    println("  fstp st(0)");
    return;
  default:
    break;
  }

  if (is_int128(ty))
    int128_cmp_zero();
  else if (is_integer(ty) && ty->size <= 4)
    println("  cmp eax, 0");
  else
    println("  cmp rax, 0");
}

// Jumps to `label` if the value just computed is zero (false).  A NaN is
// true, so floating compares check the parity flag too.
static void jump_if_zero(Type *ty, char *label) {
  cmp_zero(ty);
  if (is_flonum(ty)) {
    int c = count();
    println("  jp .L.nz.%d", c);
    println("  je %s", label);
    println(".L.nz.%d:", c);
    return;
  }
  println("  je %s", label);
}

static void jump_if_nonzero(Type *ty, char *label) {
  cmp_zero(ty);
  if (is_flonum(ty))
    println("  jp %s", label);
  println("  jne %s", label);
}

// Keeps the low `width` bits of a 64-bit register and sign- or
// zero-extends them to the whole register: how a _BitInt or a bit-field
// keeps its value.
void extend_bits(char *reg, int width, bool is_unsigned) {
  if (width >= 64)
    return;
  println("  shl %s, %d", reg, 64 - width);
  println("  %s %s, %d", is_unsigned ? "shr" : "sar", reg, 64 - width);
}

// Wraps rax (rax:rdx for a _BitInt wider than 64 bits) to the width of
// a _BitInt or of gcc's N-bit bitfield types.
static void truncate_bits(Type *ty) {
  if (!ty->bit_width)
    return;
  if (is_int128(ty))
    extend_bits("rdx", ty->bit_width - 64, ty->is_unsigned);
  else
    extend_bits("rax", ty->bit_width, ty->is_unsigned);
}

enum { I8, I16, I32, I64, U8, U16, U32, U64, F32, F64, F80, BOOL };

static int get_type_id(Type *ty) {
  switch (ty->kind) {
  case TY_BOOL:
    return BOOL;
  case TY_CHAR:
    return ty->is_unsigned ? U8 : I8;
  case TY_SHORT:
    return ty->is_unsigned ? U16 : I16;
  case TY_ENUM:
    if (ty->size == 1)
      return ty->is_unsigned ? U8 : I8;
    if (ty->size == 2)
      return ty->is_unsigned ? U16 : I16;
    if (ty->size == 8)
      return ty->is_unsigned ? U64 : I64;
    return ty->is_unsigned ? U32 : I32;
  case TY_INT:
    return ty->is_unsigned ? U32 : I32;
  case TY_LONG:
    return ty->is_unsigned ? U64 : I64;
  case TY_FLOAT:
    return F32;
  case TY_DOUBLE:
    return F64;
  case TY_LDOUBLE:
    return F80;
  default:
    return U64;
  }
}

// Integer to integer: only the target width and signedness matter, given
// that the source's low bits are valid.
static void int_to_int(int from, int to) {
  switch (to) {
  case I8:
    println("  movsx eax, al");
    return;
  case U8:
    println("  movzx eax, al");
    return;
  case I16:
    println("  movsx eax, ax");
    return;
  case U16:
    println("  movzx eax, ax");
    return;
  case I32:
  case U32:
    return;
  case I64:
  case U64:
    if (from == I8)
      println("  movsx rax, al");
    else if (from == I16)
      println("  movsx rax, ax");
    else if (from == I32)
      println("  movsxd rax, eax");
    else if (from == U8)
      println("  movzx eax, al");
    else if (from == U16)
      println("  movzx eax, ax");
    else if (from == U32 || from == BOOL)
      println("  mov eax, eax");
    return;
  }
}

// Converts the integer in rax (of type id `from`) to a 64-bit signed value.
static void widen_to_i64(int from) {
  if (from != I64 && from != U64)
    int_to_int(from, I64);
}

static void emit_u64_to_fp(char *cvt, char *addop, char *xreg) {
  int c = count();
  println("  test rax, rax");
  println("  js .L.u2f.%d", c);
  println("  pxor %s, %s", xreg, xreg);
  println("  %s %s, rax", cvt, xreg);
  println("  jmp .L.u2f.end.%d", c);
  println(".L.u2f.%d:", c);
  println("  mov rdi, rax");
  println("  and eax, 1");
  println("  shr rdi");
  println("  or rdi, rax");
  println("  pxor %s, %s", xreg, xreg);
  println("  %s %s, rdi", cvt, xreg);
  println("  %s %s, %s", addop, xreg, xreg);
  println(".L.u2f.end.%d:", c);
}

static void fp_to_u64(char *cvt, char *subop, char *cmpop, char *constant) {
  // Values of 2^63 and above do not fit cvtt*2si; subtract 2^63 first and
  // put the top bit back afterwards.
  int c = count();
  println("  mov rax, %s", constant);
  println("  movq xmm1, rax");
  println("  %s xmm0, xmm1", cmpop);
  println("  jae .L.f2u.%d", c);
  println("  %s rax, xmm0", cvt);
  println("  jmp .L.f2u.end.%d", c);
  println(".L.f2u.%d:", c);
  println("  %s xmm0, xmm1", subop);
  println("  %s rax, xmm0", cvt);
  println("  btc rax, 63");
  println(".L.f2u.end.%d:", c);
}

// Conversions to and from __int128 (int128.c has the code).
static void cast_int128(Type *from, Type *to) {
  if (is_int128(to)) {
    if (is_flonum(from))
      int128_from_float(from, count());
    else if (!is_int128(from))
      int128_from_int(from);
    truncate_bits(to); // to a _BitInt(65) ... _BitInt(127)
    return;
  }
  if (is_flonum(to))
    int128_to_float(to, from->is_unsigned, count());
  else
    int128_to_int(to);
}

static void cast(Type *from, Type *to) {
  if (to->kind == TY_VOID)
    return;
  if (is_int128(from) || is_int128(to)) {
    cast_int128(from, to);
    return;
  }

  int t1 = get_type_id(from);
  int t2 = get_type_id(to);

  if (to->kind == TY_BOOL) {
    cmp_zero(from);
    println("  setne al");
    if (is_flonum(from)) {
      println("  setp dl");
      println("  or al, dl");
    }
    println("  movzx eax, al");
    return;
  }

  bool fi = t1 == F32 || t1 == F64 || t1 == F80;
  bool ti = t2 == F32 || t2 == F64 || t2 == F80;

  if (!fi && !ti) {
    if (t1 == BOOL)
      t1 = U8;
    int_to_int(t1, t2);
    truncate_bits(to);
    return;
  }

  if (!fi && ti) {
    // Integer to floating.
    if (t1 == U64) {
      if (t2 == F32)
        emit_u64_to_fp("cvtsi2ss", "addss", "xmm0");
      else if (t2 == F64)
        emit_u64_to_fp("cvtsi2sd", "addsd", "xmm0");
      else {
        int c = count();
        println("  mov QWORD PTR [rsp-8], rax");
        println("  fild QWORD PTR [rsp-8]");
        println("  test rax, rax");
        println("  jns .L.u2ld.%d", c);
        println("  mov eax, 0x5f800000"); // 2^64 as a float
        println("  mov DWORD PTR [rsp-12], eax");
        println("  fadd DWORD PTR [rsp-12]");
        println(".L.u2ld.%d:", c);
      }
      return;
    }
    if (t1 == BOOL)
      t1 = U8;
    widen_to_i64(t1);
    if (t2 == F32) {
      println("  pxor xmm0, xmm0");
      println("  cvtsi2ss xmm0, rax");
    } else if (t2 == F64) {
      println("  pxor xmm0, xmm0");
      println("  cvtsi2sd xmm0, rax");
    } else {
      println("  mov QWORD PTR [rsp-8], rax");
      println("  fild QWORD PTR [rsp-8]");
    }
    return;
  }

  if (fi && !ti) {
    // Floating to integer, truncating toward zero.
    if (t1 == F80) {
      if (t2 == U64) {
        int c = count();
        println("  mov rax, 0x5f000000"); // 2^63 as a float
        println("  mov DWORD PTR [rsp-12], eax");
        println("  fld DWORD PTR [rsp-12]");
        println("  fxch st(1)");
        println("  fcomi st, st(1)");
        println("  jae .L.ld2u.%d", c);
        println("  fstp st(1)");
        println("  fisttp QWORD PTR [rsp-8]");
        println("  mov rax, QWORD PTR [rsp-8]");
        println("  jmp .L.ld2u.end.%d", c);
        println(".L.ld2u.%d:", c);
        println("  fsub st, st(1)");
        println("  fstp st(1)");
        println("  fisttp QWORD PTR [rsp-8]");
        println("  mov rax, QWORD PTR [rsp-8]");
        println("  btc rax, 63");
        println(".L.ld2u.end.%d:", c);
        return;
      }
      // Into 16, 32 or 64 bits as gcc does, so that an out-of-range value
      // gives the same result (the "integer indefinite" of that width).
      if (t2 == I8 || t2 == U8 || t2 == I16 || t2 == U16) {
        println("  fisttp WORD PTR [rsp-8]");
        println("  movsx eax, WORD PTR [rsp-8]");
      } else if (t2 == I32) {
        println("  fisttp DWORD PTR [rsp-8]");
        println("  mov eax, DWORD PTR [rsp-8]");
      } else {
        println("  fisttp QWORD PTR [rsp-8]");
        println("  mov rax, QWORD PTR [rsp-8]");
      }
    } else if (t2 == U64) {
      if (t1 == F32)
        fp_to_u64("cvttss2si", "subss", "comiss", "0x5f000000");
      else
        fp_to_u64("cvttsd2si", "subsd", "comisd", "0x43e0000000000000");
      return;
    } else {
      // gcc converts to an int or narrower type in 32 bits and to unsigned
      // int in 64; out of range, the results differ (0x80000000 or the
      // low bits of the 64-bit value).
      char *r = t2 == U32 || t2 == I64 ? "rax" : "eax";
      println("  %s %s, xmm0", t1 == F32 ? "cvttss2si" : "cvttsd2si", r);
    }
    if (t2 != I64 && t2 != U64 && t2 != I32 && t2 != U32)
      int_to_int(I64, t2);
    return;
  }

  // Floating to floating.
  if (t1 == t2)
    return;
  if (t1 == F32 && t2 == F64)
    println("  cvtss2sd xmm0, xmm0");
  else if (t1 == F64 && t2 == F32)
    println("  cvtsd2ss xmm0, xmm0");
  else if (t1 == F80) {
    char *w = t2 == F32 ? "DWORD" : "QWORD";
    println("  fstp %s PTR [rsp-8]", w);
    println("  %s xmm0, %s PTR [rsp-8]", t2 == F32 ? "movss" : "movsd", w);
  } else {
    char *w = t1 == F32 ? "DWORD" : "QWORD";
    println("  %s %s PTR [rsp-8], xmm0", t1 == F32 ? "movss" : "movsd", w);
    println("  fld %s PTR [rsp-8]", w);
  }
}

//
// The System V classification of structs and unions
//

// True if every scalar of `ty` overlapping bytes [lo, hi) is float or
// double, the condition for passing that eightbyte in an SSE register.
static bool has_flonum(Type *ty, int lo, int hi, int offset) {
  // A vector of 8 or 16 bytes is of class SSE whatever its elements.
  if (ty->vector_base && ty->size >= 8)
    return true;
  if (ty->kind == TY_STRUCT || ty->kind == TY_UNION) {
    for (Member *mem = ty->members; mem; mem = mem->next)
      if (!has_flonum(mem->ty, lo, hi, offset + mem->offset))
        return false;
    return true;
  }

  if (ty->kind == TY_ARRAY) {
    for (int i = 0; i < ty->array_len; i++)
      if (!has_flonum(ty->base, lo, hi, offset + ty->base->size * i))
        return false;
    return true;
  }

  // (A scalar may span both eightbytes: an __int128.)
  return offset + ty->size <= lo || hi <= offset || ty->kind == TY_FLOAT || ty->kind == TY_DOUBLE;
}

// True if a struct has a long double or a misaligned member: the ABI's
// X87 and unaligned cases, both passed in memory.
static bool has_memory_member(Type *ty, int offset) {
  if (ty->kind == TY_STRUCT || ty->kind == TY_UNION) {
    for (Member *mem = ty->members; mem; mem = mem->next) {
      if (!mem->is_bitfield && (offset + mem->offset) % mem->ty->align)
        return true;
      if (has_memory_member(mem->ty, offset + mem->offset))
        return true;
    }
    return false;
  }
  if (ty->kind == TY_ARRAY)
    return has_memory_member(ty->base, offset);
  return ty->kind == TY_LDOUBLE;
}

typedef struct {
  bool in_memory;
  int n;       // number of eightbytes
  bool sse[2]; // class of each eightbyte
  bool sseup;  // the second is SSEUP: both in one xmm register
} Class;

// Is `ty` a 16-byte vector, or an aggregate that is only one?  Its
// eightbytes are SSE and SSEUP: one xmm register holds it whole.
static bool is_sseup(Type *ty) {
  if (ty->vector_base)
    return ty->size == 16;
  if (ty->kind == TY_ARRAY)
    return ty->array_len == 1 && is_sseup(ty->base);
  if (ty->kind != TY_STRUCT && ty->kind != TY_UNION)
    return false;
  for (Member *mem = ty->members; mem; mem = mem->next)
    if (mem->ty->size && !(mem->offset == 0 && is_sseup(mem->ty)))
      return false;
  return ty->members != NULL;
}

static Class classify(Type *ty) {
  Class c = {0};
  if (ty->size > 16 || ty->size == 0 || has_memory_member(ty, 0)) {
    c.in_memory = true;
    return c;
  }
  c.n = ty->size > 8 ? 2 : 1;
  c.sse[0] = has_flonum(ty, 0, 8, 0);
  c.sse[1] = c.n > 1 && has_flonum(ty, 8, 16, 0);
  c.sseup = c.n == 2 && is_sseup(ty);
  return c;
}

// The bytes of eightbyte i (0 or 1) of a struct passed in registers: 8,
// or what is left at its end.
static int eightbyte_size(Type *ty, int i) {
  return i == 1 ? ty->size - 8 : (ty->size < 8 ? ty->size : 8);
}

// A struct holding just a long double is of class X87: passed in memory
// but returned in st(0), like a plain long double.
static bool is_x87_struct(Type *ty) {
  while (is_aggregate(ty) || (ty->kind == TY_ARRAY && ty->array_len == 1)) {
    if (ty->kind == TY_ARRAY) {
      ty = ty->base;
      continue;
    }
    Member *m = ty->members;
    if (!m || m->next || m->offset != 0)
      return false;
    ty = m->ty;
  }
  return ty->kind == TY_LDOUBLE;
}

// Whether a function returning `ty` takes a hidden pointer to the result.
static bool returns_in_memory(Type *ty) {
  return is_aggregate(ty) && classify(ty).in_memory && !is_x87_struct(ty);
}

//
// Function calls
//

// Where each argument goes: in registers, or at an offset in the stack
// argument area.
typedef struct {
  bool on_stack;
  int offset;
} ArgLoc;

static int count_regs(Class *c, bool sse) {
  int n = 0;
  for (int i = 0; i < c->n; i++)
    n += c->sse[i] == sse;
  return sse && c->sseup ? 1 : n;
}

// Assigns registers and stack slots to the arguments of a call (or the
// parameters of a function): gp and fp count the registers already used.
// Returns the size of the stack argument area.
static int place_args(Type **types, int n, ArgLoc *locs, int *gp_used, int *fp_used) {
  int stack = 0;
  int gp = *gp_used, fp = *fp_used;
  for (int i = 0; i < n; i++) {
    Type *ty = types[i];
    locs[i].on_stack = false;

    if (is_aggregate(ty)) {
      Class c = classify(ty);
      int ngp = count_regs(&c, false), nfp = count_regs(&c, true);
      if (!c.in_memory && gp + ngp <= GP_MAX && fp + nfp <= FP_MAX) {
        gp += ngp;
        fp += nfp;
        continue;
      }
    } else if (ty->kind == TY_FLOAT || ty->kind == TY_DOUBLE) {
      if (fp < FP_MAX) {
        fp++;
        continue;
      }
    } else if (is_int128(ty)) {
      // Two registers, low half first, or the stack: never one of each.
      if (gp + 2 <= GP_MAX) {
        gp += 2;
        continue;
      }
    } else if (ty->kind != TY_LDOUBLE) {
      if (gp < GP_MAX) {
        gp++;
        continue;
      }
    }

    int align = ty->align > 8 ? 16 : 8;
    stack = align_to(stack, align);
    locs[i].on_stack = true;
    locs[i].offset = stack;
    stack += align_to(ty->size, 8);
  }
  *gp_used = gp;
  *fp_used = fp;
  return stack;
}

// Places a function's own parameters as a caller would have: those on the
// stack get their offsets from rbp.  Returns the size of the stack
// parameters, and the registers used through gp and fp.
static int place_params(Obj *fn, int *gp, int *fp) {
  int n = 0;
  for (Type *p = fn->ty->params; p; p = p->next)
    n++;
  Type **types = xcalloc(n + 1, sizeof(Type *));
  Obj **vars = xcalloc(n + 1, sizeof(Obj *));
  ArgLoc *locs = xcalloc(n + 1, sizeof(ArgLoc));

  Obj *var = fn->params;
  bool has_hidden = is_aggregate(fn->ty->return_ty);
  if (has_hidden)
    var = var->next;
  for (int i = 0; i < n && var; i++, var = var->next) {
    vars[i] = var;
    types[i] = var->ty;
  }

  *gp = returns_in_memory(fn->ty->return_ty) ? 1 : 0;
  *fp = 0;
  int stack = place_args(types, n, locs, gp, fp);
  for (int i = 0; i < n; i++)
    if (locs[i].on_stack && vars[i])
      vars[i]->offset = 16 + locs[i].offset;
  return stack;
}

// A struct or union passed in registers, read at the call straight from
// the object (a variable, a member, what a register points to): one
// movups for a 16-byte vector, else a load per eightbyte, each of 8 bytes
// (or a float's 4: the loads must not reach past the object).
static bool is_direct_aggregate(Node *arg) {
  Type *ty = arg->ty;
  if (!config->optimize || !is_aggregate(ty) || !direct_addr(arg))
    return false;
  Class c = classify(ty);
  if (c.in_memory)
    return false;
  for (int j = 0; j < c.n && !c.sseup; j++)
    if (eightbyte_size(ty, j) != 8 && !(c.sse[j] && eightbyte_size(ty, j) == 4))
      return false;
  return true;
}

static void load_direct_aggregate(Node *arg, int *gp, int *fp) {
  Type *ty = arg->ty;
  Class c = classify(ty);
  if (c.sseup) {
    println("  movups xmm%d, XMMWORD PTR %s", --*fp, direct_addr(arg));
    return;
  }
  for (int j = c.n - 1; j >= 0; j--) {
    char *addr = direct_addr_at(arg, j * 8);
    if (c.sse[j] && eightbyte_size(ty, j) == 4)
      println("  movss xmm%d, DWORD PTR %s", --*fp, addr);
    else if (c.sse[j])
      println("  movsd xmm%d, QWORD PTR %s", --*fp, addr);
    else
      println("  mov %s, QWORD PTR %s", argreg64[--*gp], addr);
  }
}

// An argument passed in a register that needs no evaluation beforehand:
// a constant or a variable, loaded into its register after the others.
// The order in which arguments are evaluated is unspecified.
static bool is_direct_arg(Node *arg) {
  return is_simple_operand(arg) || is_simple_float(arg) || is_pointed_operand(arg) ||
         is_direct_aggregate(arg);
}

// An eightbyte of a struct passed or returned in registers, `sz` bytes
// (1 to 8) at [base+off], loaded into `r` (one of sized()'s) without
// reading past the struct's end: one load for 1, 2, 4 or 8 bytes, else a
// byte at a time.
static void load_eightbyte(char *r, char *base, int off, int sz) {
  if (sz == 8 || sz == 4)
    println("  mov %s, %s PTR [%s%+d]", sized(r, sz), ptr_size(sz), base, off);
  else if (sz == 2 || sz == 1)
    println("  movzx %s, %s PTR [%s%+d]", sized(r, 4), ptr_size(sz), base, off);
  else {
    println("  xor %s, %s", sized(r, 4), sized(r, 4));
    for (int b = sz - 1; b >= 0; b--) {
      println("  shl %s, 8", sized(r, 8));
      println("  mov %s, BYTE PTR [%s%+d]", sized(r, 1), base, off + b);
    }
  }
}

// The other way: `sz` bytes of `r` stored at [base+off] (r is shifted
// for odd sizes).
static void store_eightbyte(char *r, char *base, int off, int sz) {
  if (sz == 8 || sz == 4 || sz == 2 || sz == 1) {
    println("  mov %s PTR [%s%+d], %s", ptr_size(sz), base, off, sized(r, sz));
    return;
  }
  for (int b = 0; b < sz; b++) {
    println("  mov BYTE PTR [%s%+d], %s", base, off + b, sized(r, 1));
    println("  shr %s, 8", sized(r, 8));
  }
}

// Pushes a register-passed argument's eightbytes, in the order they will be
// popped back (last pushed, first popped).
static int push_reg_arg(Node *arg) {
  Type *ty = arg->ty;
  gen_expr(arg);

  if (is_aggregate(ty)) {
    Class c = classify(ty);
    println("  mov rdi, rax");
    for (int i = 0; i < c.n; i++) {
      int sz = eightbyte_size(ty, i);
      load_eightbyte("ax", "rdi", i * 8, sz);
      push();
    }
    return c.n;
  }

  if (is_int128(ty)) {
    push();
    println("  mov rax, rdx");
    push();
    return 2;
  }
  if (ty->kind == TY_FLOAT || ty->kind == TY_DOUBLE)
    pushf();
  else
    push();
  return 1;
}

// Stores a stack-passed argument into its slot at [rsp+offset].
static void store_stack_arg(Node *arg, int offset) {
  Type *ty = arg->ty;
  gen_expr(arg);
  if (is_aggregate(ty)) {
    copy_bytes("rsp", offset, "rax", 0, ty->size);
    return;
  }
  switch (ty->kind) {
  case TY_FLOAT:
    println("  movss DWORD PTR [rsp+%d], xmm0", offset);
    return;
  case TY_DOUBLE:
    println("  movsd QWORD PTR [rsp+%d], xmm0", offset);
    return;
  case TY_LDOUBLE:
    println("  fstp TBYTE PTR [rsp+%d]", offset);
    return;
  case TY_INT128:
    println("  mov QWORD PTR [rsp+%d], rax", offset);
    println("  mov QWORD PTR [rsp+%d], rdx", offset + 8);
    return;
  default:
    println("  mov QWORD PTR [rsp+%d], rax", offset);
  }
}

// After a call: the result where the rest of the code expects it.  The
// callee leaves the upper bits of narrow results undefined; a struct
// returned in registers is stored into the caller's buffer.
static void receive_result(Node *node, Type *ret_ty, bool ret_in_memory) {
  switch (ret_ty->kind) {
  case TY_BOOL:
    println("  movzx eax, al");
    break;
  case TY_CHAR:
    println("  %s eax, al", ret_ty->is_unsigned ? "movzx" : "movsx");
    break;
  case TY_SHORT:
    println("  %s eax, ax", ret_ty->is_unsigned ? "movzx" : "movsx");
    break;
  default:
    break;
  }
  // So does a _BitInt's, past its width (the psABI leaves them unspecified).
  truncate_bits(ret_ty);

  if (is_aggregate(ret_ty) && is_x87_struct(ret_ty)) {
    println("  fstp TBYTE PTR [rbp%+d]", node->ret_buffer->offset);
    println("  lea rax, [rbp%+d]", node->ret_buffer->offset);
    return;
  }
  if (!is_aggregate(ret_ty) || ret_in_memory)
    return;

  Class c = classify(ret_ty);
  int gi = 0, fi = 0;
  char *gregs[] = {"ax", "dx"};
  int off = node->ret_buffer->offset;
  if (c.sseup) {
    println("  movups XMMWORD PTR [rbp%+d], xmm0", off);
    println("  lea rax, [rbp%+d]", off);
    return;
  }
  for (int j = 0; j < c.n; j++) {
    int sz = eightbyte_size(ret_ty, j);
    if (c.sse[j] && sz == 4) {
      println("  movss DWORD PTR [rbp%+d], xmm%d", off + j * 8, fi++);
      continue;
    }
    if (c.sse[j] && sz == 8) {
      println("  movsd QWORD PTR [rbp%+d], xmm%d", off + j * 8, fi++);
      continue;
    }
    if (c.sse[j]) {
      println("  movq rcx, xmm%d", fi++);
      store_eightbyte("cx", "rbp", off + j * 8, sz);
    } else {
      store_eightbyte(gregs[gi++], "rbp", off + j * 8, sz);
    }
  }
  println("  lea rax, [rbp%+d]", off);
}

static bool is_setjmp(Node *fn);

// -fstack-clash-protection: rsp moves down a page at a time, and each page
// is touched as it is taken, so that a big frame or alloca cannot jump
// over the guard page below a stack into other memory.
enum { PROBE_INTERVAL = 4096 };

// sub rsp, SIZE: page by page, each page probed, with the option. A frame
// of many pages takes a loop (r11 is free in a prologue, which alone asks).
static void allocate_stack(int size, bool may_loop) {
  if (!config->stack_clash || size < PROBE_INTERVAL) {
    println("  sub rsp, %d", size);
    return;
  }
  if (may_loop && size >= 8 * PROBE_INTERVAL) {
    int c = count();
    println("  lea r11, [rsp-%d]", size / PROBE_INTERVAL * PROBE_INTERVAL);
    println(".L.probe.%d:", c);
    println("  sub rsp, %d", PROBE_INTERVAL);
    println("  or QWORD PTR [rsp], 0");
    println("  cmp rsp, r11");
    println("  jne .L.probe.%d", c);
    size %= PROBE_INTERVAL;
  }
  for (; size >= PROBE_INTERVAL; size -= PROBE_INTERVAL) {
    println("  sub rsp, %d", PROBE_INTERVAL);
    println("  or QWORD PTR [rsp], 0");
  }
  if (size) {
    println("  sub rsp, %d", size);
    println("  or QWORD PTR [rsp], 0");
  }
}

// sub rsp, rdi for alloca: a loop of pages under the option (r8 counts).
static void allocate_stack_rdi(void) {
  if (!config->stack_clash) {
    println("  sub rsp, rdi");
    return;
  }
  int c = count();
  println("  mov r8, rdi");
  println(".L.probe.%d:", c);
  println("  cmp r8, %d", PROBE_INTERVAL);
  println("  jb .L.probe.end.%d", c);
  println("  sub rsp, %d", PROBE_INTERVAL);
  println("  or QWORD PTR [rsp], 0");
  println("  sub r8, %d", PROBE_INTERVAL);
  println("  jmp .L.probe.%d", c);
  println(".L.probe.end.%d:", c);
  println("  sub rsp, r8");
  println("  or QWORD PTR [rsp], 0");
}

// memcpy(d, s, n) with n a constant of at most 64: loads and stores in
// place of the call, as gcc does even at -O0 (SQLite reads a 4-byte
// integer with memcpy(&x, p, 4), at a call's cost).  Not with -fno-builtin
// or -ffreestanding, where memcpy may be the program's own.
enum { INLINE_MEMCPY_MAX = 64 };

static bool is_inline_memcpy(Node *node) {
  if (!config->optimize || !config->builtin_memcpy || node->kind != ND_FUNCALL ||
      node->lhs->kind != ND_VAR)
    return false;
  Obj *fn = node->lhs->var;
  if (fn->ty->kind != TY_FUNC || fn->is_static || strcmp(obj_name(fn), "memcpy"))
    return false;
  Node *d = node->args, *s = d ? d->next : NULL, *n = s ? s->next : NULL;
  if (!n || n->next || d->ty->kind != TY_PTR || s->ty->kind != TY_PTR)
    return false;
  n = skip_int_casts(n);
  return n->kind == ND_NUM && n->val >= 0 && n->val <= INLINE_MEMCPY_MAX;
}

// Where an inline memcpy's pointer argument points, `off` bytes on: for
// `&x`, with x at a direct address, x's operand; else [reg+off], the
// pointer being in `reg` (NULL if there is none: only asking).
static char *copy_operand(Node *ptr, char *reg, int off) {
  ptr = skip_int_casts(ptr);
  char *addr = ptr->kind == ND_ADDR ? direct_addr_at(ptr->lhs, off) : NULL;
  if (addr || !reg)
    return addr;
  return off ? format("[%s%+d]", reg, off) : format("[%s]", reg);
}

// The copy itself: the destination pointer in rax (unless it is a direct
// address), the source in rsi, each chunk through rdx.  Chunks of 8
// bytes, the last one overlapping the one before where n is not a
// multiple (as gcc copies 7 bytes as 4 at 0 and 4 at 3); `value` leaves d
// in rax, memcpy's value.
static void gen_inline_memcpy(Node *node, bool value) {
  Node *d = node->args, *s = d->next;
  int n = skip_int_casts(s->next)->val;
  bool d_in_rax = value || !copy_operand(d, NULL, 0);
  bool s_in_rsi = !copy_operand(s, NULL, 0);
  if (s_in_rsi && !is_simple_operand(s)) {
    gen_expr(s);
    if (d_in_rax) {
      push();
      gen_expr(d);
      pop("rsi");
    } else {
      println("  mov rsi, rax");
    }
  } else {
    if (d_in_rax)
      gen_expr(d);
    if (s_in_rsi)
      load_operand(s, "esi", "rsi");
  }

  static char *regs[] = {[1] = "dl", [2] = "dx", [4] = "edx", [8] = "rdx"};
  int size = n >= 8 ? 8 : n >= 4 ? 4 : n >= 2 ? 2 : 1;
  for (int off = 0; off < n; off += size) {
    int at = off + size > n ? n - size : off;
    char *ptr = ptr_size(size);
    println("  mov %s, %s PTR %s", regs[size], ptr, copy_operand(s, "rsi", at));
    println("  mov %s PTR %s, %s", ptr, copy_operand(d, "rax", at), regs[size]);
  }
}

static void gen_funcall(Node *node) {
  if (is_inline_memcpy(node)) {
    gen_inline_memcpy(node, true);
    return;
  }
  int nargs = 0;
  for (Node *arg = node->args; arg; arg = arg->next)
    nargs++;

  Type **types = xcalloc(nargs + 1, sizeof(Type *));
  Node **args = xcalloc(nargs + 1, sizeof(Node *));
  ArgLoc *locs = xcalloc(nargs + 1, sizeof(ArgLoc));
  int i = 0;
  for (Node *arg = node->args; arg; arg = arg->next, i++) {
    types[i] = arg->ty;
    args[i] = arg;
  }

  Type *ret_ty = node->func_ty->return_ty;
  bool ret_in_memory = returns_in_memory(ret_ty);
  int gp = ret_in_memory ? 1 : 0, fp = 0;
  int stack = align_to(place_args(types, nargs, locs, &gp, &fp), 16);

  // Align rsp to 16 bytes at the call: the pushes for register arguments
  // are popped before it, so only the current depth and the area count.
  int pad = (depth * 8 + stack) % 16 ? 8 : 0;
  if (stack + pad) {
    allocate_stack(stack + pad, false);
    change_depth((stack + pad) / 8);
  }

  for (i = 0; i < nargs; i++)
    if (locs[i].on_stack)
      store_stack_arg(args[i], locs[i].offset);

  // Register arguments: evaluate each, push it; then pop them all into
  // their registers, last first.
  // Simple ones (see is_direct_arg) are loaded straight into their
  // registers at the end instead.
  int pushed = 0;
  for (i = 0; i < nargs; i++)
    if (!locs[i].on_stack && !is_direct_arg(args[i]))
      pushed += push_reg_arg(args[i]);

  bool direct = node->lhs->kind == ND_VAR && node->lhs->var->ty->kind == TY_FUNC;
  if (!direct && is_simple_operand(node->lhs)) {
    load_operand(node->lhs, "r11d", "r11"); // a function pointer variable
  } else if (!direct && is_pointed_operand(node->lhs)) {
    load_pointed_into(node->lhs, "r11d", "r11"); // p->method
  } else if (!direct) {
    gen_expr(node->lhs);
    println("  mov r11, rax");
  }

  int nfp = fp;

  for (i = nargs - 1; i >= 0; i--) {
    if (locs[i].on_stack)
      continue;
    Type *ty = types[i];
    if (is_direct_aggregate(args[i])) {
      load_direct_aggregate(args[i], &gp, &fp);
    } else if (is_aggregate(ty)) {
      Class c = classify(ty);
      if (c.sseup) {
        pop_sseup(--fp);
        continue;
      }
      for (int j = c.n - 1; j >= 0; j--) {
        if (c.sse[j])
          popf(--fp);
        else
          pop(argreg64[--gp]);
      }
    } else if (is_int128(ty)) {
      pop(argreg64[--gp]); // the high half, pushed last
      pop(argreg64[--gp]);
    } else if (ty->kind == TY_FLOAT || ty->kind == TY_DOUBLE) {
      if (is_direct_arg(args[i]))
        load_float_operand(args[i], --fp);
      else
        popf(--fp);
    } else {
      gp--;
      if (is_simple_operand(args[i]))
        load_operand(args[i], argreg32[gp], argreg64[gp]);
      else if (is_direct_arg(args[i]))
        load_pointed_into(args[i], argreg32[gp], argreg64[gp]); // p->x: through the register itself
      else
        pop(argreg64[gp]);
    }
  }
  (void)pushed;

  if (ret_in_memory)
    println("  lea rdi, [rbp%+d]", node->ret_buffer->offset);

  // al tells a variadic callee how many vector registers hold arguments.
  if (!config->optimize || node->func_ty->is_variadic || node->func_ty->is_oldstyle)
    println("  mov eax, %d", nfp);
  spill_xmm_vars(true);
  if (direct) {
    Obj *fn = node->lhs->var;
    note_obj_use(fn);
    // A static function is defined in this file, if perhaps further down.
    if (fn->is_static)
      println_sym(obj_name(fn), "  call %s", obj_name(fn));
    else
      println_sym(obj_name(fn), "  call %s@PLT", obj_name(fn));
  } else {
    println("  call r11");
  }
  // A second return (longjmp) comes back by an indirect jump: a landing
  // pad for -fcf-protection's indirect branch tracking.
  if ((config->cf_protection & CF_BRANCH) && is_setjmp(node->lhs))
    println("  endbr64");
  spill_xmm_vars(false);

  if (stack + pad) {
    println("  add rsp, %d", stack + pad);
    change_depth(-(stack + pad) / 8);
  }

  receive_result(node, ret_ty, ret_in_memory);
}

//
// Expressions
//

// rax:rdx shifted left, or right (arithmetically if `sign`), by the
// constant `k`, 0 to 127.
static void shift128(bool left, bool sign, int k) {
  if (k == 0)
    return;
  if (left && k >= 64) {
    println("  mov rdx, rax");
    println("  shl rdx, %d", k - 64);
    println("  xor eax, eax");
  } else if (left) {
    println("  shld rdx, rax, %d", k);
    println("  shl rax, %d", k);
  } else if (k >= 64) {
    println("  mov rax, rdx");
    println("  %s rax, %d", sign ? "sar" : "shr", k - 64);
    println(sign ? "  sar rdx, 63" : "  xor edx, edx");
  } else {
    println("  shrd rax, rdx, %d", k);
    println("  %s rdx, %d", sign ? "sar" : "shr", k);
  }
}

// An __int128 bit-field's value, in rax:rdx, from its 16-byte unit at
// rax: the field's bits moved to the top, then down to the bottom.
static void load_bitfield128(Member *mem) {
  println("  mov rdx, QWORD PTR [rax+8]");
  println("  mov rax, QWORD PTR [rax]");
  shift128(true, false, 128 - mem->bit_width - mem->bit_offset);
  shift128(false, !mem->ty->is_unsigned, 128 - mem->bit_width);
}

// Stores rax:rdx into an __int128 bit-field whose 16-byte unit's address
// is on the stack top and leaves the value as read back from the field.
static void store_bitfield128(Member *mem) {
  pop("rdi");
  unsigned __int128 mask = mem->bit_width == 128 ? ~(unsigned __int128)0
                                                 : ((unsigned __int128)1 << mem->bit_width) - 1;
  mask <<= mem->bit_offset;
  println("  mov r8, rax");
  println("  mov r9, rdx");
  shift128(true, false, mem->bit_offset);
  for (int half = 0; half < 2; half++) {
    uint64_t m = (uint64_t)(mask >> (64 * half));
    char *reg = half ? "rdx" : "rax";
    println("  mov r10, %lu", m);
    println("  and %s, r10", reg);
    println("  mov rcx, QWORD PTR [rdi+%d]", 8 * half);
    println("  mov r10, %lu", ~m);
    println("  and rcx, r10");
    println("  or rcx, %s", reg);
    println("  mov QWORD PTR [rdi+%d], rcx", 8 * half);
  }
  println("  mov rax, r8");
  println("  mov rdx, r9");
  shift128(true, false, 128 - mem->bit_width);
  shift128(false, !mem->ty->is_unsigned, 128 - mem->bit_width);
}

// A field of a 128-bit type held in 8 bytes (a _BitInt(100) of 60 bits):
// its value's upper half in rdx, from rax's sign (or zero).
static void high_half_of_field(Member *mem) {
  if (!is_int128(mem->ty))
    return;
  if (mem->ty->is_unsigned) {
    println("  xor edx, edx");
  } else {
    println("  mov rdx, rax");
    println("  sar rdx, 63");
  }
}

// Loads a bitfield's value from the unit whose address is in rax.
static void load_bitfield(Member *mem) {
  if (mem->unit_size == 16) {
    load_bitfield128(mem);
    return;
  }
  switch (mem->unit_size) {
  case 1:
    println("  movzx eax, BYTE PTR [rax]");
    break;
  case 2:
    println("  movzx eax, WORD PTR [rax]");
    break;
  case 4:
    println("  mov eax, DWORD PTR [rax]");
    break;
  default:
    println("  mov rax, QWORD PTR [rax]");
  }
  println("  shl rax, %d", 64 - mem->bit_width - mem->bit_offset);
  if (mem->ty->is_unsigned || mem->ty->kind == TY_BOOL)
    println("  shr rax, %d", 64 - mem->bit_width);
  else
    println("  sar rax, %d", 64 - mem->bit_width);
  high_half_of_field(mem);
}

// Stores rax into the bitfield whose unit address is on the stack top and
// leaves the stored value, as read back from the field, in rax.
static void store_bitfield(Member *mem) {
  if (mem->unit_size == 16) {
    store_bitfield128(mem);
    return;
  }
  pop("rdi");
  uint64_t mask = mem->bit_width == 64 ? ~0UL : (1UL << mem->bit_width) - 1;
  println("  mov r8, rax");
  println("  mov r9, rax");
  println("  mov r10, %lu", mask);
  println("  and r9, r10");
  println("  shl r9, %d", mem->bit_offset);

  char *insn;
  switch (mem->unit_size) {
  case 1: insn = "movzx eax, BYTE PTR [rdi]"; break;
  case 2: insn = "movzx eax, WORD PTR [rdi]"; break;
  case 4: insn = "mov eax, DWORD PTR [rdi]"; break;
  default: insn = "mov rax, QWORD PTR [rdi]";
  }
  println("  %s", insn);
  println("  mov r10, %lu", ~(mask << mem->bit_offset));
  println("  and rax, r10");
  println("  or rax, r9");
  println("  mov %s PTR [rdi], %s", ptr_size(mem->unit_size), sized("ax", mem->unit_size));

  println("  mov rax, r8");
  extend_bits("rax", mem->bit_width, mem->ty->is_unsigned || mem->ty->kind == TY_BOOL);
  high_half_of_field(mem);
}

// Fills a local variable with zeros.
static void gen_memzero(Obj *var) {
  int size = var->ty->size;
  char *base = "rbp";
  int off = var->offset;
  if (var->area_offset) {
    println("  mov rdx, QWORD PTR [rbp%+d]", var->offset);
    base = "rdx";
    off = 0;
  }

  if (size > 64) {
    println("  mov rcx, %d", size);
    println("  lea rdi, [%s%+d]", base, off);
    println("  xor eax, eax");
    println("  rep stosb");
    return;
  }

  int i = 0;
  for (; i + 8 <= size; i += 8)
    println("  mov QWORD PTR [%s%+d], 0", base, off + i);
  for (; i + 4 <= size; i += 4)
    println("  mov DWORD PTR [%s%+d], 0", base, off + i);
  for (; i < size; i++)
    println("  mov BYTE PTR [%s%+d], 0", base, off + i);
}

// Allocates rdi bytes on the stack, moving the temporaries pushed so far
// below the new block, and leaves the block's address in rax.
static void builtin_alloca(void) {
  // Round the size up to 16 bytes.
  println("  add rdi, 15");
  println("  and rdi, -16");

  // Shift the temporary area (from rsp to the alloca bottom) down by rdi.
  println("  mov rcx, QWORD PTR [rbp%+d]", current_fn->alloca_bottom->offset);
  println("  sub rcx, rsp");
  println("  mov rax, rsp");
  allocate_stack_rdi();
  println("  mov rdx, rsp");
  int c = count();
  println(".L.alloca.%d:", c);
  println("  cmp rcx, 0");
  println("  je .L.alloca.end.%d", c);
  println("  mov r8b, BYTE PTR [rax]");
  println("  mov BYTE PTR [rdx], r8b");
  println("  inc rdx");
  println("  inc rax");
  println("  dec rcx");
  println("  jmp .L.alloca.%d", c);
  println(".L.alloca.end.%d:", c);

  // Move the alloca bottom pointer.
  println("  mov rax, QWORD PTR [rbp%+d]", current_fn->alloca_bottom->offset);
  println("  sub rax, rdi");
  println("  mov QWORD PTR [rbp%+d], rax", current_fn->alloca_bottom->offset);
}

// va_arg(ap, ty): copies the next argument into node->var and leaves the
// copy's address in rax.  rax holds the va_list pointer on entry.
static void gen_va_arg(Node *node) {
  Type *ty = node->var->ty;
  int c = count();
  int off = node->var->offset;

  println("  mov rcx, rax");
  if (is_aggregate(ty) || ty->kind == TY_LDOUBLE || is_scalar(ty)) {
    Class cl = {0};
    int ngp = 0, nfp = 0;
    bool mem;
    if (is_aggregate(ty)) {
      cl = classify(ty);
      mem = cl.in_memory;
      ngp = count_regs(&cl, false);
      nfp = count_regs(&cl, true);
    } else if (ty->kind == TY_LDOUBLE) {
      mem = true;
    } else if (is_flonum(ty)) {
      mem = false;
      nfp = 1;
      cl.n = 1;
      cl.sse[0] = true;
    } else if (is_int128(ty)) {
      mem = false;
      ngp = 2;
      cl.n = 2;
    } else {
      mem = false;
      ngp = 1;
      cl.n = 1;
    }

    if (!mem) {
      // Registers left?  gp_offset at [rcx], fp_offset at [rcx+4].
      if (ngp) {
        println("  cmp DWORD PTR [rcx], %d", 48 - ngp * 8);
        println("  ja .L.va.stack.%d", c);
      }
      if (nfp) {
        println("  cmp DWORD PTR [rcx+4], %d", 176 - nfp * 16);
        println("  ja .L.va.stack.%d", c);
      }
      for (int i = 0; i < cl.n; i++) {
        int sz = is_aggregate(ty) ? eightbyte_size(ty, i)
                                  : is_int128(ty) ? 8 : ty->size;
        if (cl.sseup) {
          // Both eightbytes from one 16-byte slot of the save area.
          println("  mov edx, DWORD PTR [rcx+4]");
          println("  add rdx, QWORD PTR [rcx+16]");
          println("  add DWORD PTR [rcx+4], 16");
          copy_bytes("rbp", off, "rdx", 0, 16);
          break;
        }
        if (cl.sse[i]) {
          println("  mov edx, DWORD PTR [rcx+4]");
          println("  add rdx, QWORD PTR [rcx+16]");
          println("  add DWORD PTR [rcx+4], 16");
        } else {
          println("  mov edx, DWORD PTR [rcx]");
          println("  add rdx, QWORD PTR [rcx+16]");
          println("  add DWORD PTR [rcx], 8");
        }
        copy_bytes("rbp", off + i * 8, "rdx", 0, sz);
      }
      println("  jmp .L.va.end.%d", c);
    }

    println(".L.va.stack.%d:", c);
    println("  mov rdx, QWORD PTR [rcx+8]");
    if (ty->align > 8) {
      println("  add rdx, 15");
      println("  and rdx, -16");
    }
    copy_bytes("rbp", off, "rdx", 0, ty->size);
    println("  add rdx, %d", align_to(ty->size, 8));
    println("  mov QWORD PTR [rcx+8], rdx");
    println(".L.va.end.%d:", c);
  }
  println("  lea rax, [rbp%+d]", off);
}

// __builtin_add/sub/mul_overflow: both operands arrive as 64-bit values
// of their own signedness; the exact result is computed in 128 bits
// (rdx:rax), stored truncated through the pointer, and compared with its
// truncation to see whether it fit.
// The same with an __int128 operand or result (int128.c).
static void gen_overflow128(Node *node) {
  gen_expr(node->cond);
  push();
  gen_expr(node->rhs);
  push_int128();
  gen_expr(node->lhs);
  pop_int128("rdi", "rsi");
  int128_overflow_op(node->val, node->lhs->ty->is_unsigned, node->rhs->ty->is_unsigned, count());
  pop("rdi");
  int128_overflow_store(node->cond->ty->base);
}

static void gen_overflow(Node *node) {
  Type *rty = node->cond->ty->base;
  if (is_int128(node->lhs->ty)) {
    gen_overflow128(node);
    return;
  }
  gen_expr(node->cond);
  push();
  gen_expr(node->rhs);
  push();
  gen_expr(node->lhs);
  pop("rdi");

  // a in r8:rax, b in r9:rdi, each extended to 128 bits.
  bool ua = node->lhs->ty->is_unsigned, ub = node->rhs->ty->is_unsigned;
  println("  mov r8, rax");
  println(ua ? "  xor r8d, r8d" : "  sar r8, 63");
  println("  mov r9, rdi");
  println(ub ? "  xor r9d, r9d" : "  sar r9, 63");

  switch (node->val) {
  case BI_ADD_OVERFLOW:
    println("  add rax, rdi");
    println("  adc r8, r9");
    println("  mov rdx, r8");
    break;
  case BI_SUB_OVERFLOW:
    println("  sub rax, rdi");
    println("  sbb r8, r9");
    println("  mov rdx, r8");
    break;
  default:
    // (r8:rax) * (r9:rdi), low 128 bits.
    println("  mov r10, rax");
    println("  imul r8, rdi");  // a.hi * b.lo
    println("  imul r9, r10");  // a.lo * b.hi
    println("  mul rdi");       // rdx:rax = a.lo * b.lo
    println("  add rdx, r8");
    println("  add rdx, r9");
    break;
  }

  // r10 = the result truncated to the target type and extended back.
  println("  mov r10, rax");
  switch (rty->size) {
  case 1: println(rty->is_unsigned ? "  movzx r10d, r10b" : "  movsx r10, r10b"); break;
  case 2: println(rty->is_unsigned ? "  movzx r10d, r10w" : "  movsx r10, r10w"); break;
  case 4: println(rty->is_unsigned ? "  mov r10d, r10d" : "  movsxd r10, r10d"); break;
  }
  if (rty->bit_width) // a _BitInt: to its width
    extend_bits("r10", rty->bit_width, rty->is_unsigned);
  println("  mov r11, r10");
  if (rty->is_unsigned && rty->size == 8)
    println("  xor r11d, r11d");
  else
    println("  sar r11, 63");

  pop("rdi");
  switch (rty->size) {
  case 1: println("  mov BYTE PTR [rdi], r10b"); break;
  case 2: println("  mov WORD PTR [rdi], r10w"); break;
  case 4: println("  mov DWORD PTR [rdi], r10d"); break;
  default: println("  mov QWORD PTR [rdi], r10");
  }

  // Overflow unless (r11:r10) == (rdx:rax).
  println("  cmp r10, rax");
  println("  setne al");
  println("  cmp r11, rdx");
  println("  setne cl");
  println("  or al, cl");
  println("  movzx eax, al");
}

//
// Atomics.  x86-64 orders memory strongly: a plain load is an acquire, a
// plain store a release; a sequentially consistent store is an xchg
// (which is locked), a read-modify-write a lock-prefixed instruction or a
// lock cmpxchg loop, and only a seq_cst fence needs mfence.  The object
// is an integer or pointer of 1, 2, 4 or 8 bytes (see builtin.c), or of
// 16 (gen_atomic128()).
//

// rax, rcx, rdx or rsi (`r`, one of "ax", "cx", "dx", "si") at a size.
char *sized(char *r, int size) {
  static char *names[][4] = {
      {"al", "ax", "eax", "rax"}, {"cl", "cx", "ecx", "rcx"},
      {"dl", "dx", "edx", "rdx"}, {"sil", "si", "esi", "rsi"},
  };
  int i = r[0] == 'a' ? 0 : r[0] == 'c' ? 1 : r[0] == 'd' ? 2 : 3;
  int j = size == 1 ? 0 : size == 2 ? 1 : size == 4 ? 2 : 3;
  return names[i][j];
}

// The size keyword of a memory operand of `size` bytes.
char *ptr_size(int size) {
  return size == 1 ? "BYTE" : size == 2 ? "WORD" : size == 4 ? "DWORD" : "QWORD";
}

// The value in al/ax widened to eax, as load() leaves a char or short.
static void widen_rax(Type *ty) {
  if (ty->size < 4)
    println("  %s eax, %s", ty->is_unsigned ? "movzx" : "movsx", sized("ax", ty->size));
}

// The address in rdi, the operand in rsi.
static void gen_atomic_operands(Node *node) {
  gen_expr(node->lhs);
  push();
  gen_expr(node->rhs);
  println("  mov rsi, rax");
  pop("rdi");
}

// *p op= v in one step: xadd for + and -, a cmpxchg loop for the others.
// rax ends with the old value, or with the new one if node->end.
static void gen_fetch_op(Node *node, Type *ty) {
  int sz = ty->size;
  char *ax = sized("ax", sz), *cx = sized("cx", sz), *si = sized("si", sz);
  gen_atomic_operands(node);
  if (node->begin == ND_ADD || node->begin == ND_SUB) {
    println("  mov rax, rsi");
    if (node->begin == ND_SUB)
      println("  neg rax");
    println("  lock xadd %s PTR [rdi], %s", ptr_size(sz), ax);
    if (node->end)
      println("  %s %s, %s", node->begin == ND_ADD ? "add" : "sub", ax, si);
    widen_rax(ty);
    return;
  }
  static struct { NodeKind kind; char *insn; } ops[] = {
      {ND_BITAND, "and"}, {ND_BITOR, "or"}, {ND_BITXOR, "xor"}, {ND_BITNOT, "and"},
  };
  char *insn = NULL;
  for (size_t i = 0; i < sizeof(ops) / sizeof(*ops); i++)
    if (ops[i].kind == (NodeKind)node->begin)
      insn = ops[i].insn;
  int c = count();
  println("  mov %s, %s PTR [rdi]", ax, ptr_size(sz));
  println(".L.atomic.%d:", c);
  println("  mov rcx, rax");
  println("  %s %s, %s", insn, cx, si);
  if (node->begin == ND_BITNOT)
    println("  not %s", cx);
  println("  lock cmpxchg %s PTR [rdi], %s", ptr_size(sz), cx);
  println("  jne .L.atomic.%d", c);
  if (node->end)
    println("  mov rax, rcx");
  widen_rax(ty);
}

// Compare-and-swap: *lhs == expected ? (*lhs = rhs) : ...  with the
// expected value (BI_CAS_VAL, BI_CAS_BOOL) or its address (BI_CAS) in cond.
static void gen_cas(Node *node, Type *ty) {
  int sz = ty->size;
  char *ax = sized("ax", sz);
  gen_expr(node->lhs);
  push();
  gen_expr(node->rhs);
  push();
  gen_expr(node->cond);
  if (node->val == BI_CAS) {
    println("  mov rsi, rax");
    println("  mov %s, %s PTR [rsi]", ax, ptr_size(sz));
  }
  pop("rcx");
  pop("rdi");
  println("  lock cmpxchg %s PTR [rdi], %s", ptr_size(sz), sized("cx", sz));
  if (node->val == BI_CAS_VAL) {
    widen_rax(ty);
    return;
  }
  println("  sete cl");
  if (node->val == BI_CAS) {
    // On failure rax holds what *lhs was: that goes to *expected.
    int c = count();
    println("  je .L.cas.%d", c);
    println("  mov %s PTR [rsi], %s", ptr_size(sz), ax);
    println(".L.cas.%d:", c);
  }
  println("  movzx eax, cl");
}

// 16-byte atomics through lock cmpxchg16b: the object's address in rdi,
// the operand in r9:r8.
static void gen_atomic128(Node *node) {
  if (node->val == BI_ATOMIC_LOAD) {
    gen_expr(node->lhs);
    println("  mov rdi, rax");
    save_rbx(false);
    int128_atomic_load();
    save_rbx(true);
    return;
  }
  bool is_cas = node->val == BI_CAS_VAL || node->val == BI_CAS_BOOL || node->val == BI_CAS;
  gen_expr(node->lhs);
  push();
  gen_expr(node->rhs);
  if (is_cas) {
    push_int128();
    gen_expr(node->cond); // the expected value, or for BI_CAS its address
    if (node->val == BI_CAS) {
      println("  mov rsi, rax");
      println("  mov rdx, QWORD PTR [rsi+8]");
      println("  mov rax, QWORD PTR [rsi]");
    }
    pop_int128("r8", "r9");
  } else {
    println("  mov r8, rax");
    println("  mov r9, rdx");
  }
  pop("rdi");
  save_rbx(false);
  if (is_cas)
    int128_cas();
  else
    int128_atomic_update(node->val == BI_FETCH_OP ? (NodeKind)node->begin : ND_ASSIGN,
                         node->val == BI_FETCH_OP && node->end, count());
  save_rbx(true);
  if (node->val == BI_CAS_BOOL || node->val == BI_CAS) {
    println("  sete cl");
    if (node->val == BI_CAS) {
      // On failure rdx:rax holds what the object was: that goes to *expected.
      int c = count();
      println("  je .L.cas.%d", c);
      println("  mov QWORD PTR [rsi], rax");
      println("  mov QWORD PTR [rsi+8], rdx");
      println(".L.cas.%d:", c);
    }
    println("  movzx eax, cl");
  }
}

static void gen_atomic(Node *node) {
  if (node->val == BI_FENCE) {
    if (node->begin == 5)
      println("  mfence");
    return;
  }
  Type *ty = node->lhs->ty->base;
  int sz = ty->size;
  if (sz == 16 && node->val != BI_TEST_AND_SET) {
    gen_atomic128(node);
    return;
  }
  switch (node->val) {
  case BI_ATOMIC_LOAD:
    gen_expr(node->lhs);
    load(ty);
    return;
  case BI_ATOMIC_STORE:
  case BI_ATOMIC_XCHG:
    gen_atomic_operands(node);
    if (node->val == BI_ATOMIC_STORE && node->begin != 5) {
      println("  mov %s PTR [rdi], %s", ptr_size(sz), sized("si", sz));
      return;
    }
    println("  mov rax, rsi");
    println("  xchg %s PTR [rdi], %s", ptr_size(sz), sized("ax", sz));
    widen_rax(ty);
    return;
  case BI_CAS_VAL:
  case BI_CAS_BOOL:
  case BI_CAS:
    gen_cas(node, ty);
    return;
  case BI_FETCH_OP:
    gen_fetch_op(node, ty);
    return;
  case BI_TEST_AND_SET:
    gen_expr(node->lhs);
    println("  mov rdi, rax");
    println("  mov eax, 1");
    println("  xchg BYTE PTR [rdi], al");
    println("  test al, al");
    println("  setne al");
    println("  movzx eax, al");
    return;
  }
}

static void gen_builtin(Node *node) {
  if (node->val >= BI_FENCE) {
    gen_atomic(node);
    return;
  }
  if (node->val == BI_ADD_OVERFLOW || node->val == BI_SUB_OVERFLOW ||
      node->val == BI_MUL_OVERFLOW) {
    gen_overflow(node);
    return;
  }
  if (node->val == BI_RETURN_ADDRESS || node->val == BI_FRAME_ADDRESS) {
    println("  mov rax, rbp");
    for (int i = 0; i < node->begin; i++)
      println("  mov rax, QWORD PTR [rax]");
    if (node->val == BI_RETURN_ADDRESS)
      println("  mov rax, QWORD PTR [rax+8]");
    return;
  }

  gen_expr(node->lhs);
  Type *ty = node->lhs->ty;
  bool wide = ty->size == 8;

  switch (node->val) {
  case BI_CLZ:
    // bsr gives the index of the top bit; clz is width-1 minus it.
    println("  bsr %s, %s", wide ? "rax" : "eax", wide ? "rax" : "eax");
    println("  xor eax, %d", wide ? 63 : 31);
    return;
  case BI_CTZ:
    println("  bsf %s, %s", wide ? "rax" : "eax", wide ? "rax" : "eax");
    return;
  case BI_CLRSB: {
    // x ^ (x >> (w-1)) has a leading zero for each redundant sign bit, and
    // one more for the sign bit itself.
    char *ax = wide ? "rax" : "eax", *dx = wide ? "rdx" : "edx";
    int w = wide ? 64 : 32;
    int c = count();
    println("  mov %s, %s", dx, ax);
    println("  sar %s, %d", dx, w - 1);
    println("  xor %s, %s", ax, dx);
    println("  mov ecx, %d", w - 1);
    println("  test %s, %s", ax, ax);
    println("  je .L.clrsb.%d", c);
    println("  bsr %s, %s", ax, ax);
    println("  mov ecx, %d", w - 2);
    println("  sub ecx, eax");
    println(".L.clrsb.%d:", c);
    println("  mov eax, ecx");
    return;
  }
  case BI_POPCOUNT:
  case BI_PARITY: {
    // Kernighan's loop: no popcnt, which baseline x86-64 lacks.
    int c = count();
    if (!wide)
      println("  mov eax, eax");
    println("  xor ecx, ecx");
    println(".L.popcount.%d:", c);
    println("  test rax, rax");
    println("  je .L.popcount.end.%d", c);
    println("  lea rdx, [rax-1]");
    println("  and rax, rdx");
    println("  inc ecx");
    println("  jmp .L.popcount.%d", c);
    println(".L.popcount.end.%d:", c);
    println("  mov eax, ecx");
    if (node->val == BI_PARITY)
      println("  and eax, 1");
    return;
  }
  case BI_BSWAP:
    if (ty->size == 2) {
      println("  rol ax, 8");
      println("  movzx eax, ax");
    } else {
      println("  bswap %s", wide ? "rax" : "eax");
    }
    return;
  case BI_SIGNBIT:
    if (ty->kind == TY_FLOAT) {
      println("  movd eax, xmm0");
      println("  shr eax, 31");
    } else if (ty->kind == TY_DOUBLE) {
      println("  movq rax, xmm0");
      println("  shr rax, 63");
    } else {
      println("  fstp TBYTE PTR [rsp-16]");
      println("  movzx eax, BYTE PTR [rsp-7]");
      println("  shr eax, 7");
    }
    return;
  }
  error_tok(node->tok, "internal error: unknown builtin");
}

// A float or double operand that one or two instructions load into any
// xmm register, without touching the others: a constant, or a variable
// with a direct address.
static bool is_simple_float(Node *node) {
  if (!config->optimize || (node->ty->kind != TY_FLOAT && node->ty->kind != TY_DOUBLE))
    return false;
  if (node->kind == ND_NUM || var_xmm(node))
    return true;
  return (node->kind == ND_VAR || node->kind == ND_MEMBER || node->kind == ND_DEREF) &&
         direct_addr(node);
}

// The float and double constants of the current function, emitted after
// it in .rodata, so that an instruction can read one from memory.  Each
// value is emitted once per translation unit: a later function that uses
// it again reads the first one's (a table keyed by size and bits finds it).
typedef struct FloatConst FloatConst;
struct FloatConst {
  FloatConst *next;
  int label;
  int size;
  uint64_t bits;
};
static FloatConst *float_consts;
static FloatConst **fp_table; // open addressing, at most half full
static size_t fp_cap, fp_used;

static size_t fp_slot(FloatConst **table, size_t cap, int size, uint64_t bits) {
  size_t i = (bits * 0x9e3779b97f4a7c15u + size) >> 7;
  for (;; i++) {
    FloatConst *c = table[i & (cap - 1)];
    if (!c || (c->size == size && c->bits == bits))
      return i & (cap - 1);
  }
}

static void fp_insert(FloatConst *c) {
  if (2 * (fp_used + 1) > fp_cap) {
    size_t cap = fp_cap ? fp_cap * 2 : 256;
    FloatConst **t = calloc(cap, sizeof(FloatConst *));
    if (!t)
      error("out of memory");
    for (size_t i = 0; i < fp_cap; i++)
      if (fp_table[i])
        t[fp_slot(t, cap, fp_table[i]->size, fp_table[i]->bits)] = fp_table[i];
    free(fp_table);
    fp_table = t;
    fp_cap = cap;
  }
  fp_table[fp_slot(fp_table, fp_cap, c->size, c->bits)] = c;
  fp_used++;
}

static void forget_float_consts(void) {
  free(fp_table);
  fp_table = NULL;
  fp_cap = fp_used = 0;
  float_consts = NULL;
}

static char *float_const(Node *node) {
  int size = node->ty->size;
  uint64_t bits;
  if (node->ty->kind == TY_FLOAT) {
    union { float f32; uint32_t u32; } u = {node->fval};
    bits = u.u32;
  } else {
    union { double f64; uint64_t u64; } u = {node->fval};
    bits = u.u64;
  }
  FloatConst *c = fp_cap ? fp_table[fp_slot(fp_table, fp_cap, size, bits)] : NULL;
  if (!c) {
    c = xcalloc(1, sizeof(FloatConst));
    c->label = count();
    c->size = size;
    c->bits = bits;
    c->next = float_consts;
    float_consts = c;
    // A held-back function's constants go out with it, perhaps not at all.
    if (!holding_back)
      fp_insert(c);
  }
  return format("%s PTR [rip+.L.fp.%d]", size == 4 ? "DWORD" : "QWORD", c->label);
}

static void emit_float_consts(void) {
  if (!float_consts)
    return;
  println("  .section .rodata");
  println("  .align 8");
  for (FloatConst *c = float_consts; c; c = c->next)
    println(".L.fp.%d:\n  .%s %lu", c->label, c->size == 4 ? "long" : "quad", c->bits);
  float_consts = NULL;
}

// The memory operand of a simple float operand: the variable, or the
// constant in .rodata.
static char *float_operand(Node *node) {
  if (node->kind == ND_NUM)
    return float_const(node);
  if (var_xmm(node))
    return format("xmm%d", var_xmm(node));
  return format("%s PTR %s", node->ty->kind == TY_FLOAT ? "DWORD" : "QWORD", direct_addr(node));
}

// Loads a simple float operand (or any float constant) into xmm`reg`,
// clobbering rax.
static void load_float_operand(Node *node, int reg) {
  bool is_float = node->ty->kind == TY_FLOAT;
  if (node->kind == ND_NUM && !config->optimize) {
    if (is_float) {
      union { float f32; uint32_t u32; } u = {node->fval};
      println("  mov eax, %u  # float %Lg", u.u32, node->fval);
      println("  movd xmm%d, eax", reg);
    } else {
      union { double f64; uint64_t u64; } u = {node->fval};
      println("  mov rax, %lu  # double %Lg", u.u64, node->fval);
      println("  movq xmm%d, rax", reg);
    }
    return;
  }
  if (var_xmm(node))
    println("  movaps xmm%d, xmm%d", reg, var_xmm(node));
  else
    println("  %s xmm%d, %s", is_float ? "movss" : "movsd", reg, float_operand(node));
}

// Whether an expression is made only of operators whose code uses no xmm
// register above xmm1: constants, variables, members, dereferences,
// arithmetic and comparisons of integers, floats and doubles, and
// conversions between them.  Calls are what rules most things out.
static bool is_call_free(Node *node) {
  if (!node)
    return true;
  Type *ty = node->ty;
  if (is_complex(ty) || ty->kind == TY_LDOUBLE)
    return false;
  switch (node->kind) {
  case ND_NUM:
  case ND_VAR:
    return true;
  case ND_MEMBER:
  case ND_DEREF:
  case ND_CAST:
  case ND_NEG:
  case ND_NOT:
  case ND_BITNOT:
    return is_call_free(node->lhs);
  default:
    return is_binary_op(node->kind) && is_call_free(node->lhs) && is_call_free(node->rhs);
  }
}

// How many of xmm2-xmm7 hold right operands (see gen_float_operands()).
static int held_xmm;

// The operands of a float or double operation: the left in xmm0, the
// right in xmm1.
static void gen_float_operands(Node *node) {
  if (is_simple_float(node->rhs)) {
    gen_expr(node->lhs);
    load_float_operand(node->rhs, 1);
  } else if (is_simple_float(node->lhs)) {
    gen_expr(node->rhs);
    println("  movaps xmm1, xmm0");
    load_float_operand(node->lhs, 0);
  } else if (config->optimize && held_xmm < 6 && is_call_free(node->lhs)) {
    // The right operand waits in a register no instruction of the left
    // one touches, instead of on the stack.
    gen_expr(node->rhs);
    int reg = 2 + held_xmm++;
    println("  movaps xmm%d, xmm0", reg);
    gen_expr(node->lhs);
    held_xmm--;
    println("  movaps xmm1, xmm%d", reg);
  } else {
    gen_expr(node->rhs);
    pushf();
    gen_expr(node->lhs);
    popf(1);
  }
}

static void gen_float_binary(Node *node) {
  Type *ty = node->lhs->ty;
  bool is_float = ty->kind == TY_FLOAT;
  char *sz = is_float ? "ss" : "sd";

  // Arithmetic reads a simple right operand from memory.
  static char *ops[] = {[ND_ADD] = "add", [ND_SUB] = "sub", [ND_MUL] = "mul", [ND_DIV] = "div"};
  if ((node->kind == ND_ADD || node->kind == ND_SUB || node->kind == ND_MUL ||
       node->kind == ND_DIV) && is_simple_float(node->rhs)) {
    gen_expr(node->lhs);
    println("  %s%s xmm0, %s", ops[node->kind], sz, float_operand(node->rhs));
    return;
  }
  // Addition and multiplication commute: a simple left operand is read
  // from where it is once the right one is computed.
  if ((node->kind == ND_ADD || node->kind == ND_MUL) && is_simple_float(node->lhs)) {
    gen_expr(node->rhs);
    println("  %s%s xmm0, %s", ops[node->kind], sz, float_operand(node->lhs));
    return;
  }

  gen_float_operands(node);

  switch (node->kind) {
  case ND_ADD:
    println("  add%s xmm0, xmm1", sz);
    return;
  case ND_SUB:
    println("  sub%s xmm0, xmm1", sz);
    return;
  case ND_MUL:
    println("  mul%s xmm0, xmm1", sz);
    return;
  case ND_DIV:
    println("  div%s xmm0, xmm1", sz);
    return;
  case ND_EQ:
    println("  ucomi%s xmm0, xmm1", sz);
    println("  sete al");
    println("  setnp dl");
    println("  and al, dl");
    break;
  case ND_NE:
    println("  ucomi%s xmm0, xmm1", sz);
    println("  setne al");
    println("  setp dl");
    println("  or al, dl");
    break;
  case ND_LT:
    println("  ucomi%s xmm1, xmm0", sz);
    println("  seta al");
    break;
  case ND_LE:
    println("  ucomi%s xmm1, xmm0", sz);
    println("  setae al");
    break;
  default:
    error_tok(node->tok, "invalid expression");
  }
  println("  movzx eax, al");
}

static void gen_ldouble_binary(Node *node) {
  gen_expr(node->rhs);
  push_ld();
  gen_expr(node->lhs);
  pop_ld(); // st(0) = rhs, st(1) = lhs

  switch (node->kind) {
  case ND_ADD:
  case ND_SUB:
  case ND_MUL:
  case ND_DIV: {
    char *op = node->kind == ND_ADD ? "fadd" : node->kind == ND_SUB ? "fsub"
             : node->kind == ND_MUL ? "fmul" : "fdiv";
    println("  fxch st(1)"); // st(0) = lhs, st(1) = rhs
    println("  %s st, st(1)", op);
    println("  fstp st(1)");
    return;
  }
  case ND_EQ:
    println("  fucomip st, st(1)");
    println("  fstp st(0)");
    println("  sete al");
    println("  setnp dl");
    println("  and al, dl");
    break;
  case ND_NE:
    println("  fucomip st, st(1)");
    println("  fstp st(0)");
    println("  setne al");
    println("  setp dl");
    println("  or al, dl");
    break;
  case ND_LT:
    println("  fucomip st, st(1)");
    println("  fstp st(0)");
    println("  seta al");
    break;
  case ND_LE:
    println("  fucomip st, st(1)");
    println("  fstp st(0)");
    println("  setae al");
    break;
  default:
    error_tok(node->tok, "invalid expression");
  }
  println("  movzx eax, al");
}

// Loads a scalar local variable straight from its frame slot into a
// register (r32 for narrow types, extended as load() would; r64 for 8 bytes).
//
// Registers for variables.  With the improvements on, the most used
// integer and pointer locals of a function whose address is never taken
// live in the callee-saved registers rbx and r12-r15 instead of the frame:
// calls preserve them, and the prologue pushes the caller's values below
// the frame and the epilogue pops them back.  A function that calls
// nothing first uses r11 and r10, which need no saving: no code of the
// function's own expressions touches them (only calls, bitfield stores,
// the overflow builtins and __int128 code do).
//
// Float and double locals of the same kind live in xmm8-xmm15.  The ABI
// has no callee-saved xmm registers, so each call stores them to their
// frame slots before and reloads them after; a variable gets one only if
// it is used more than the calls around it would cost.
//

#define NUM_VAR_REGS 5  // callee-saved
#define NUM_LEAF_REGS 2 // caller-saved, for functions that call nothing
// A callee-saved register costs a push and a pop each call, and most uses
// of a variable in the frame cost no instruction more (a memory operand):
// a variable used no more than this (a use in a loop counting 8) stays in
// the frame.  (Measured on Lua and SQLite: 5 gives the fewest instructions.)
#define MIN_USES_SAVED 5
static char *var_regs[NUM_VAR_REGS + NUM_LEAF_REGS][4] = {
    {"bl", "bx", "ebx", "rbx"},     {"r12b", "r12w", "r12d", "r12"},
    {"r13b", "r13w", "r13d", "r13"}, {"r14b", "r14w", "r14d", "r14"},
    {"r15b", "r15w", "r15d", "r15"}, {"r11b", "r11w", "r11d", "r11"},
    {"r10b", "r10w", "r10d", "r10"},
};
// The DWARF numbers of the same registers, in the same order (System V
// ABI, figure 3.36), for dwarf.c.
static int var_regs_dwarf[NUM_VAR_REGS + NUM_LEAF_REGS] = {3, 12, 13, 14, 15, 11, 10};
static int num_var_regs; // how many callee-saved ones the current function uses
#define FIRST_XMM_VAR 8
#define NUM_XMM_VARS 8
static Obj *xmm_vars[NUM_XMM_VARS]; // the variables in xmm8-xmm15
static int num_xmm_vars;
static long call_weight; // the current function's calls, weighted as uses
static bool calls_setjmp;
static bool uses_r10_r11; // bitfields or overflow builtins (see above)
static bool uses_alloca;  // alloca or VLAs: the prologue records rsp
static bool jumped_deep;  // a jump left values pushed (see note_jump())

// The DWARF number of the register that holds VAR all through the function
// just generated (xmm0 is 17), or -1 if VAR lives in memory.
int dwarf_var_reg(Obj *var) {
  if (var->reg)
    return var_regs_dwarf[var->reg - 1];
  if (var->xmm)
    return 17 + var->xmm;
  return -1;
}

// The name of variable register `reg` (1-based), `size` bytes wide.
static char *var_reg_name(int reg, int size) {
  int i = size == 1 ? 0 : size == 2 ? 1 : size == 4 ? 2 : 3;
  return var_regs[reg - 1][i];
}

// The register that holds a variable node, or 0.
static int var_reg(Node *node) {
  return node->kind == ND_VAR && node->var->is_local ? node->var->reg : 0;
}

// The xmm register that holds a float or double variable node, or 0.
static int var_xmm(Node *node) {
  return node->kind == ND_VAR && node->var->is_local ? node->var->xmm : 0;
}

// Moves the float and double variables in xmm registers to their frame
// slots (before a call), or back (after it).
static void spill_xmm_vars(bool to_memory) {
  for (int i = 0; i < num_xmm_vars; i++) {
    Obj *var = xmm_vars[i];
    bool is_float = var->ty->kind == TY_FLOAT;
    char *mov = is_float ? "movss" : "movsd";
    char *mem = format("%s PTR [rbp%+d]", is_float ? "DWORD" : "QWORD", var->offset);
    if (to_memory)
      println("  %s %s, xmm%d", mov, mem, var->xmm);
    else
      println("  %s xmm%d, %s", mov, var->xmm, mem);
  }
}

// Marks the local an lvalue names (x, x.a.b, a compound literal, which is
// `(init, var)`) as one that stays in memory.
static void keep_in_memory(Node *node) {
  while (node->kind == ND_MEMBER || node->kind == ND_COMMA)
    node = node->kind == ND_MEMBER ? node->lhs : node->rhs;
  if (node->kind == ND_VAR)
    node->var->in_memory = true;
}

// Functions that return twice: after a longjmp, a variable in a callee-saved
// register would have its value of the setjmp time, not its last one.
static bool is_setjmp(Node *fn) {
  if (fn->kind != ND_VAR)
    return false;
  char *name = fn->var->name;
  return !strcmp(name, "setjmp") || !strcmp(name, "_setjmp") || !strcmp(name, "sigsetjmp") ||
         !strcmp(name, "__sigsetjmp") || !strcmp(name, "vfork") ||
         !strcmp(name, "getcontext") || !strcmp(name, "savectx");
}

// Walks a function's body: counts the uses of each local (eight times over
// inside a loop), and marks the locals whose address is taken or that the
// code generator reaches by their frame offset.
static void scan_locals(Node *node, long weight) {
  for (; node; node = node->next) {
    switch (node->kind) {
    case ND_VAR:
      node->var->uses += weight;
      break;
    case ND_ADDR:
      keep_in_memory(node->lhs);
      break;
    case ND_MEMZERO:
    case ND_SP_SAVE:
    case ND_SP_RESTORE:
    case ND_VLA_PTR:
    case ND_VA_ARG:
      if (node->var)
        node->var->in_memory = true;
      break;
    case ND_FUNCALL:
      calls_setjmp |= is_setjmp(node->lhs);
      call_weight += weight;
      break;
    default:
      break;
    }
    if (node->kind == ND_ALLOCA || node->kind == ND_SP_SAVE || node->kind == ND_SP_RESTORE)
      uses_alloca = true;
    if (node->kind == ND_BUILTIN || (node->kind == ND_MEMBER && node->member->is_bitfield) ||
        (node->ty && is_int128(node->ty)) || (node->lhs && node->lhs->ty && is_int128(node->lhs->ty)))
      uses_r10_r11 = true; // (__int128 code uses them: see int128.c)
    long w = weight;
    if ((node->kind == ND_FOR || node->kind == ND_DO) && weight < (1L << 40))
      w = weight * 8;
    scan_locals(node->lhs, w);
    scan_locals(node->rhs, w);
    scan_locals(node->cond, w);
    scan_locals(node->then, w);
    scan_locals(node->els, w);
    scan_locals(node->init, w);
    scan_locals(node->inc, w);
    scan_locals(node->body, w);
    scan_locals(node->args, w);
    scan_locals(node->exit_code, w);
  }
}

// r10 and r11 need no saving: in them, any variable used at all saves the
// store of its first value or its loads (and, with every local in a
// register, the frame).
static bool can_live_in_leaf_register(Obj *var) {
  Type *ty = var->ty;
  return !var->in_memory && var->uses > 0 && is_int_like(ty) && !ty->is_volatile &&
         !var->area_offset && var->offset < 0;
}

// A callee-saved one costs two instructions to save and restore: a
// variable used once or twice is cheaper in memory.
static bool can_live_in_register(Obj *var) {
  return can_live_in_leaf_register(var) && var->uses > 2;
}

// A float or double in an xmm register costs a store and a load at every
// call; each use it saves is a memory access.
static bool can_live_in_xmm(Obj *var) {
  Type *ty = var->ty;
  return !var->in_memory && var->uses > 2 + 2 * call_weight &&
         (ty->kind == TY_FLOAT || ty->kind == TY_DOUBLE) && !ty->is_volatile &&
         !var->area_offset && var->offset < 0;
}

// The most used local of `fn` that has no register yet and may live in one
// of the kind `fits` tells, or NULL.
static Obj *most_used(Obj *fn, bool (*fits)(Obj *var)) {
  Obj *best = NULL;
  for (Obj *var = fn->locals; var; var = var->next)
    if (!var->reg && !var->xmm && fits(var) && (!best || var->uses > best->uses))
      best = var;
  return best;
}

// Gives the most used locals that may live in registers their registers.
static void assign_var_regs(Obj *fn) {
  num_var_regs = num_xmm_vars = 0;
  call_weight = 0;
  for (Obj *var = fn->locals; var; var = var->next) {
    var->in_memory = false;
    var->uses = 0;
    var->reg = var->xmm = 0;
  }
  uses_alloca = true;
  if (!config->optimize)
    return;

  calls_setjmp = uses_alloca = uses_r10_r11 = false;
  scan_locals(fn->body, 1);
  if (calls_setjmp)
    return;
  // Reached by offset: the alloca bottom, the register save area, and the
  // hidden pointer to a returned struct.
  fn->alloca_bottom->in_memory = true;
  if (fn->va_area)
    fn->va_area->in_memory = true;
  if (fn->params && is_aggregate(fn->ty->return_ty))
    fn->params->in_memory = true;

  if (!call_weight && !uses_r10_r11)
    for (int i = 0; i < NUM_LEAF_REGS; i++) {
      Obj *var = most_used(fn, can_live_in_leaf_register);
      if (var)
        var->reg = NUM_VAR_REGS + 1 + i;
    }
  for (Obj *var; num_var_regs < NUM_VAR_REGS && (var = most_used(fn, can_live_in_register)) &&
                 var->uses > MIN_USES_SAVED;)
    var->reg = ++num_var_regs;
  for (Obj *var; num_xmm_vars < NUM_XMM_VARS && (var = most_used(fn, can_live_in_xmm));) {
    var->xmm = FIRST_XMM_VAR + num_xmm_vars;
    xmm_vars[num_xmm_vars++] = var;
  }
}

//
// Operands that need no code.  The default code generator (all but -O0)
// reads and writes variables where they are instead of computing their
// address first, and gives instructions constants and memory operands
// directly.
//

// The array an expression is, possibly converted to a pointer, or NULL.
static Node *as_array(Node *node) {
  if (node->kind == ND_CAST && node->lhs->ty->kind == TY_ARRAY)
    node = node->lhs;
  return node->ty->kind == TY_ARRAY ? node : NULL;
}

// The memory operand of an lvalue whose address needs no code: a local in
// the frame, a global next to the code (rip-relative), or a member of
// either, e.g. "[rbp-24]" or "[rip+count+8]".  NULL for anything else, and
// always with -O0.
static char *direct_addr(Node *node) {
  return direct_addr_at(node, 0);
}

// The same, `off` bytes further on.
static char *direct_addr_at(Node *node, int off) {
  if (!config->optimize)
    return NULL;
  for (;;) {
    if (node->kind == ND_MEMBER && !node->member->is_bitfield) {
      off += node->member->offset;
      node = node->lhs;
      continue;
    }
    // *&x is x: Lua's s2v(o), `(&(o)->val)`, then ->tt_.
    if (node->kind == ND_DEREF && node->lhs->kind == ND_ADDR) {
      node = node->lhs->lhs;
      continue;
    }
    // An element of an array at a constant index: a[2], *a.
    if (node->kind == ND_DEREF && as_array(node->lhs)) {
      node = as_array(node->lhs);
      continue;
    }
    Node *sum = node->kind == ND_DEREF ? node->lhs : NULL;
    Node *c = sum && sum->kind == ND_ADD ? skip_int_casts(sum->rhs) : NULL;
    if (c && as_array(sum->lhs) && c->kind == ND_NUM &&
        c->val >= -(1 << 24) && c->val <= (1 << 24)) {
      off += c->val;
      node = as_array(sum->lhs);
      continue;
    }
    break;
  }

  // What a pointer in a register points to: *p, p->x, p[2].
  if (node->kind == ND_DEREF) {
    Node *ptr = skip_int_casts(node->lhs);
    Node *c = ptr->kind == ND_ADD ? skip_int_casts(ptr->rhs) : NULL;
    if (c && c->kind == ND_NUM && c->val >= -(1 << 24) && c->val <= (1 << 24) &&
        var_reg(skip_int_casts(ptr->lhs))) {
      off += c->val;
      ptr = skip_int_casts(ptr->lhs);
    }
    int reg = var_reg(ptr);
    if (!reg || ptr->ty->size != 8)
      return NULL;
    return off ? format("[%s%+d]", var_reg_name(reg, 8), off) : format("[%s]", var_reg_name(reg, 8));
  }
  if (node->kind != ND_VAR || node->var->ty->kind == TY_VLA)
    return NULL;
  Obj *var = node->var;
  if (var->is_local && (var->reg || var->xmm))
    return NULL;
  if (var->is_local)
    return var->area_offset ? NULL : format("[rbp%+d]", var->offset + off);
  if (var->is_tls || use_got(var) || is_reserved_sym(obj_name(var)))
    return NULL;
  note_obj_use(var);
  if (off)
    return format("[rip+%s%+d]", obj_name(var), off);
  return format("[rip+%s]", obj_name(var));
}

// Integers and pointers: the values that live in rax.
// (Not __int128, whose value takes two registers.)
static bool is_int_like(Type *ty) {
  // A _BitInt's value wraps at its width (truncate_bits()), which the
  // shortcuts that use this test do not do: it takes the plain path.
  return (is_integer(ty) && !ty->bit_width && !is_int128(ty)) || ty->kind == TY_PTR;
}

// The operand that reads or writes an integer or pointer variable (or a
// member of one) in place, `size` bytes of it: "DWORD PTR [rbp-8]" or,
// for a variable in a register, "ebx".  NULL if it has no such operand.
static char *loc(Node *node, int size) {
  int reg = var_reg(node);
  if (reg)
    return var_reg_name(reg, size);
  char *addr = direct_addr(node);
  return addr ? format("%s PTR %s", ptr_size(size), addr) : NULL;
}

// An operand one instruction loads into any register: an integer constant,
// an integer or pointer variable with a direct address, or such a variable
// converted to a 4- or 8-byte integer type (the load extends it).
static bool is_simple_operand(Node *node) {
  if (!config->optimize)
    return false;
  node = skip_int_casts(node);
  if (node->kind == ND_NUM)
    return is_int_like(node->ty);
  if (node->kind == ND_CAST && node->lhs->ty->kind == TY_ARRAY)
    node = node->lhs; // an array converted to a pointer
  if (node->ty->kind == TY_ARRAY) // its value is its address
    return direct_addr(node);
  if (node->kind == ND_CAST) {
    if (!is_int_like(node->ty) || node->ty->kind == TY_BOOL || node->ty->size < 4)
      return false;
    node = node->lhs;
  }
  return is_int_like(node->ty) && loc(node, 8);
}

// Loads a simple operand (see is_simple_operand) into r32 or r64, as
// gen_expr would have left it in rax.
static void load_operand(Node *node, char *r32, char *r64) {
  node = skip_int_casts(node);
  if (node->kind == ND_NUM) {
    if (node->ty->size == 8 && (node->val < INT32_MIN || node->val > INT32_MAX))
      println("  movabs %s, %ld", r64, node->val);
    else if (node->ty->size == 8)
      println("  mov %s, %ld", r64, node->val);
    else
      println("  mov %s, %d", r32, (int32_t)node->val);
    return;
  }

  if (node->kind == ND_CAST && node->lhs->ty->kind == TY_ARRAY)
    node = node->lhs;
  if (node->ty->kind == TY_ARRAY) {
    gen_lea(r64, direct_addr(node));
    return;
  }

  Type *to = node->ty;
  if (node->kind == ND_CAST)
    node = node->lhs;
  load_converted(node, NULL, to, r32, r64);
}

// `size` bytes of a value: where variable `node` is, or at `addr`.
static char *value_at(Node *node, char *addr, int size) {
  return addr ? format("%s PTR %s", ptr_size(size), addr) : loc(node, size);
}

// Loads the integer `node`, at `addr` or where the variable is (if addr
// is NULL), into r32 or r64 converted to type `to`.
static void load_converted(Node *node, char *addr, Type *to, char *r32, char *r64) {
  Type *from = node->ty;
  char *ext = from->is_unsigned ? "movzx" : "movsx";
  // Zero-extending into the 32-bit register clears the upper half too.
  char *wide = to->size == 8 && !from->is_unsigned ? r64 : r32;
  if (from->size == 1 || from->size == 2)
    println("  %s %s, %s", ext, wide, value_at(node, addr, from->size));
  else if (from->size == 4 && to->size == 8 && !from->is_unsigned)
    println("  movsxd %s, %s", r64, value_at(node, addr, 4));
  else if (from->size == 4 || to->size == 4)
    println("  mov %s, %s", r32, value_at(node, addr, 4)); // a long's low half, if narrowed
  else
    println("  mov %s, %s", r64, value_at(node, addr, 8));
}

// An integer read through a pointer variable (see pointer_base): p->x,
// *p, p[2], perhaps converted to a 4- or 8-byte integer (*to).  It takes
// one register to load, so a binary operation computes its other side
// first and needs no push: `pC->cacheStatus != p->cacheCtr`.  The value
// read, or NULL.
static Node *pointed_value(Node *node, Type **to) {
  if (!config->optimize)
    return NULL;
  node = skip_int_casts(node);
  *to = node->ty;
  if (node->kind == ND_CAST) {
    if (!is_int_like(node->ty) || node->ty->kind == TY_BOOL || node->ty->size < 4)
      return NULL;
    node = node->lhs;
  }
  int off;
  if (!is_int_like(node->ty) || !pointer_base(node, &off))
    return NULL;
  return node;
}

static bool is_pointed_operand(Node *node) {
  Type *to;
  return pointed_value(node, &to);
}

// Loads the pointer of pointed operand `node` into `reg` (unless it is in
// a register already) and returns the memory operand of the value, which
// *val is, to be converted to *to.
static char *pointed_addr(Node *node, char *reg, Node **val, Type **to) {
  *val = pointed_value(node, to);
  int off;
  Node *ptr = pointer_base(*val, &off);
  return pointer_operand(ptr, off, reg);
}

// The right operand of gen_operands() when it is a pointed operand: the
// pointer in rdi, then `[rdi+off]` itself where `direct` allows and the
// widths agree, or the value in rdi (edi).
static char *load_pointed(Node *node, bool wide, bool direct) {
  Node *val;
  Type *to;
  char *addr = pointed_addr(node, "rdi", &val, &to);
  if (direct && to == val->ty && val->ty->size == (wide ? 8 : 4))
    return value_at(val, addr, val->ty->size);
  load_converted(val, addr, to, "edi", "rdi");
  return wide ? "rdi" : "edi";
}

// A pointed operand loaded into r32 or r64, the pointer going there first.
static void load_pointed_into(Node *node, char *r32, char *r64) {
  Node *val;
  Type *to;
  char *addr = pointed_addr(node, r64, &val, &to);
  load_converted(val, addr, to, r32, r64);
}

// A simple operand as an instruction's source without a register: a
// 32-bit immediate, or a variable of exactly the operation's width.
static char *direct_operand(Node *node, bool wide) {
  node = skip_int_casts(node);
  if (node->kind == ND_NUM)
    return node->val == (int32_t)node->val ? format("%ld", node->val) : NULL;
  if ((node->kind != ND_VAR && node->kind != ND_MEMBER && node->kind != ND_DEREF) ||
      !is_int_like(node->ty))
    return NULL;
  if (node->ty->size != (wide ? 8 : 4))
    return NULL;
  return loc(node, node->ty->size);
}

// Whether an integer operation's operands may trade places.
static bool is_commutative(NodeKind kind) {
  return kind == ND_ADD || kind == ND_MUL || kind == ND_BITAND || kind == ND_BITOR ||
         kind == ND_BITXOR || kind == ND_EQ || kind == ND_NE;
}

// Evaluates a binary operation's left operand into rax and returns its
// right operand as the source of `op rax, src`: rdi (edi), or when `direct`
// allows it an immediate or a memory operand.
static char *gen_operands(Node *node, bool wide, bool direct) {
  char *di = wide ? "rdi" : "edi";
  if (is_simple_operand(node->rhs)) {
    gen_expr(node->lhs);
    char *src = direct ? direct_operand(node->rhs, wide) : NULL;
    if (src)
      return src;
    load_operand(node->rhs, "edi", "rdi");
    return di;
  }
  if (is_pointed_operand(node->rhs) && !is_simple_operand(node->lhs)) {
    gen_expr(node->lhs);
    return load_pointed(node->rhs, wide, direct);
  }
  if (is_simple_operand(node->lhs)) {
    // C leaves the order of the two evaluations open: the right one
    // first saves a trip through the stack.
    gen_index(node->rhs);
    load_operand(node->lhs, "eax", "rax");
    return di;
  }
  // A left side computed in rax alone (`p[1] << 16`) leaves rdi as it
  // was: the right side waits there instead of on the stack.
  if (is_rax_only(node->lhs, 0)) {
    gen_expr(node->rhs);
    println("  mov rdi, rax");
    gen_expr(node->lhs);
    return di;
  }
  gen_expr(node->rhs);
  push();
  gen_expr(node->lhs);
  pop("rdi");
  return di;
}

// Conversions between 8-byte integers and pointers change no bits.
static Node *skip_int_casts(Node *node) {
  while (node->kind == ND_CAST && is_int_like(node->ty) && node->ty->size == 8) {
    Node *from = node->lhs;
    // An integer constant made a pointer (NULL is `(void *)0`) keeps its
    // value: it is a constant of the pointer type.  (The parser folds
    // conversions between integer types already.)
    if (from->kind == ND_NUM && is_integer(from->ty)) {
      Node *num = new_node(ND_NUM, from->tok);
      *num = *from;
      num->ty = node->ty;
      return num;
    }
    if (!is_int_like(from->ty) || from->ty->size != 8)
      break;
    node = from;
  }
  return node;
}

// Computes a right operand into rdi; an int converted to 8 bytes (an
// index) is extended on the way, movsxd rdi, eax, not in rax first.
static void gen_index(Node *idx) {
  if (idx->kind == ND_CAST && idx->ty->size == 8 && idx->lhs->ty->kind == TY_INT) {
    gen_expr(idx->lhs);
    println(idx->lhs->ty->is_unsigned ? "  mov edi, eax" : "  movsxd rdi, eax");
    return;
  }
  gen_expr(idx);
  println("  mov rdi, rax");
}

// For a pointer `p + i * s` (s being 1, 2, 4 or 8) or `p + c`, evaluates p
// and i and returns the memory operand "[rax+rdi*s]" or "[rax+c]" of what
// it points to, so that indexing costs no separate address arithmetic.
// NULL (and no code) for anything else.
static char *gen_indexed(Node *node) {
  if (!config->optimize || node->kind != ND_ADD || !node->lhs->ty->base)
    return NULL;
  Node *idx = skip_int_casts(node->rhs);
  if (idx->kind == ND_NUM) {
    if (idx->val != (int32_t)idx->val)
      return NULL;
    gen_expr(node->lhs);
    return idx->val ? format("[rax%+ld]", idx->val) : "[rax]";
  }
  int scale = 1;
  if (idx->kind == ND_MUL && idx->rhs->kind == ND_NUM &&
      (idx->rhs->val == 1 || idx->rhs->val == 2 || idx->rhs->val == 4 || idx->rhs->val == 8)) {
    scale = idx->rhs->val;
    idx = skip_int_casts(idx->lhs);
  }
  if (idx->ty->size != 8)
    return NULL;

  // A base that needs no register of its own: an array in the frame
  // ([rbp-N+rdi*s]) or a pointer in a register ([rbx+rdi*s]).
  Node *base = skip_int_casts(node->lhs);
  if (base->kind == ND_CAST && base->lhs->ty->kind == TY_ARRAY)
    base = base->lhs;
  char *at = NULL;
  if (base->ty->kind == TY_ARRAY && direct_addr(base) && !strncmp(direct_addr(base), "[rbp", 4)) {
    at = direct_addr(base);
    at = format("%.*s", (int)strlen(at) - 1, at); // without the "]"
  } else if (var_reg(base) && base->ty->size == 8) {
    at = format("[%s", var_reg_name(var_reg(base), 8));
  }
  if (at) {
    if (is_simple_operand(idx))
      load_operand(idx, "edi", "rdi");
    else
      gen_index(idx);
    return format("%s+rdi*%d]", at, scale);
  }

  Node sum = *node;
  sum.rhs = idx;
  gen_operands(&sum, true, false);
  return format("[rax+rdi*%d]", scale);
}

// The memory operand of an indexed element or a member of one, a[i] or
// a[i].x.y: the element's indexed address (see gen_indexed()) with the
// members' offsets added.  NULL (and no code) for anything else.
static char *gen_indexed_lvalue(Node *node) {
  int off = 0;
  if (node->kind == ND_MEMBER && node->member->is_bitfield)
    return NULL;
  for (; node->kind == ND_MEMBER; node = node->lhs)
    off += node->member->offset;
  char *addr = node->kind == ND_DEREF ? gen_indexed(node->lhs) : NULL;
  if (!addr || !off)
    return addr;
  return format("%.*s%+d]", (int)strlen(addr) - 1, addr, off);
}

// The pointer variable an lvalue is reached through, and the constant
// offset from where it points (into *off): p->x, *p, p[2].y, and Lua's
// (&p->val)->tt_.  NULL for anything else, and for a bitfield.
static Node *pointer_base(Node *node, int *off) {
  *off = 0;
  for (;;) {
    if (node->kind == ND_MEMBER && !node->member->is_bitfield) {
      *off += node->member->offset;
      node = node->lhs;
    } else if (node->kind == ND_DEREF && node->lhs->kind == ND_ADDR) {
      node = node->lhs->lhs;
    } else {
      break;
    }
  }
  if (node->kind != ND_DEREF)
    return NULL;
  Node *ptr = skip_int_casts(node->lhs);
  Node *c = ptr->kind == ND_ADD ? skip_int_casts(ptr->rhs) : NULL;
  if (c && c->kind == ND_NUM && c->val >= -(1 << 24) && c->val <= (1 << 24)) {
    *off += c->val;
    ptr = skip_int_casts(ptr->lhs);
  }
  if (ptr->kind != ND_VAR || !is_int_like(ptr->ty) || ptr->ty->size != 8 || !loc(ptr, 8) ||
      *off != (int32_t)*off)
    return NULL;
  return ptr;
}

// The memory operand of what pointer variable `ptr` points to, plus
// `off`: "[rbx+8]" for one in a register, else "[REG+8]" after loading
// the pointer into `reg`.
static char *pointer_operand(Node *ptr, int off, char *reg) {
  char *base = reg;
  if (var_reg(ptr))
    base = var_reg_name(var_reg(ptr), 8);
  else
    println("  mov %s, %s", reg, loc(ptr, 8));
  return off ? format("[%s%+d]", base, off) : format("[%s]", base);
}

// Whether evaluating `node` may assign local `var`, whose address is never
// taken (so no call can).  A tree of more than *budget nodes counts as yes.
static bool may_assign(Node *node, Obj *var, int *budget) {
  for (; node; node = node->next) {
    if (--*budget < 0 || node->kind == ND_ASM || node->kind == ND_MEMZERO)
      return true;
    if (node->kind == ND_ASSIGN) {
      Node *lhs = node->lhs;
      while (lhs->kind == ND_MEMBER || lhs->kind == ND_COMMA)
        lhs = lhs->kind == ND_MEMBER ? lhs->lhs : lhs->rhs;
      if (lhs->kind == ND_VAR && lhs->var == var)
        return true;
    }
    if (may_assign(node->lhs, var, budget) || may_assign(node->rhs, var, budget) ||
        may_assign(node->cond, var, budget) || may_assign(node->then, var, budget) ||
        may_assign(node->els, var, budget) || may_assign(node->init, var, budget) ||
        may_assign(node->inc, var, budget) || may_assign(node->body, var, budget) ||
        may_assign(node->args, var, budget))
      return true;
  }
  return false;
}

// `p->x = v` for a local pointer p in memory: the value first, then p
// loaded into rdi and the value stored at [rdi+off], rather than the
// address computed and pushed while the value is.  p must keep its value
// while v is computed: its address is never taken and v does not assign
// it.  (C leaves the order of the two sides open; gcc computes v first
// too.)
static bool store_through_local(Node *node) {
  int off;
  Node *ptr = pointer_base(node->lhs, &off);
  int budget = 200;
  if (!ptr || !ptr->var->is_local || ptr->var->in_memory || ptr->ty->is_volatile ||
      may_assign(node->rhs, ptr->var, &budget))
    return false;
  Type *ty = node->ty;
  bool is_struct = ty->kind == TY_STRUCT || ty->kind == TY_UNION;
  if (!is_scalar(ty) && !is_struct)
    return false;
  gen_expr(node->rhs);
  if (!is_struct) {
    store_scalar(ty, pointer_operand(ptr, off, "rdi"));
    return true;
  }
  char *base = "rdi";
  if (var_reg(ptr))
    base = var_reg_name(var_reg(ptr), 8);
  else
    println("  mov rdi, %s", loc(ptr, 8));
  copy_bytes(base, off, "rax", 0, ty->size);
  return true;
}

// A compare whose operands need no code: a variable with a constant, or a
// variable in a register with another variable (`cmp ebx, 8`,
// `cmp DWORD PTR [rbp-4], 0`, `cmp ebx, DWORD PTR [rbp-8]`).
static bool gen_direct_cmp(Node *node, bool wide) {
  Node *l = skip_int_casts(node->lhs), *r = skip_int_casts(node->rhs);
  if (l->kind == ND_NUM || !is_simple_operand(l) || !is_simple_operand(r))
    return false;
  char *a = direct_operand(l, wide), *b = direct_operand(r, wide);
  if (!a || !b || (!var_reg(l) && r->kind != ND_NUM && !var_reg(r)))
    return false; // not two memory operands
  println("  cmp %s, %s", a, b);
  return true;
}

// log2(val) if val is a power of two from 2 up, else -1.
static int power_of_two(int64_t val) {
  if (val < 2 || (val & (val - 1)))
    return -1;
  int n = 0;
  while (val > 1) {
    val >>= 1;
    n++;
  }
  return n;
}

// `a[i] += 2` or `*p -= 1` with its value unused: the parser names the
// object twice, as one node (`a[i] = a[i] + 2`); the address is computed
// once and the constant added in memory, `add QWORD PTR [rax+rdi*8], 2`.
static bool update_through_pointer(Node *node, Node *op, char *insn) {
  // Not shifts (their count must fit) or imul (no memory destination).
  if (op->kind == ND_SHL || op->kind == ND_SHR || op->kind == ND_MUL ||
      node->lhs->kind != ND_DEREF || skip_int_casts(op->lhs) != node->lhs)
    return false;
  Node *rhs = skip_int_casts(op->rhs);
  int size = node->ty->size;
  if (op->ty->size != size || rhs->kind != ND_NUM || rhs->val != (int32_t)rhs->val)
    return false;
  char *addr = gen_indexed(node->lhs->lhs);
  if (!addr) {
    gen_expr(node->lhs->lhs);
    addr = "[rax]";
  }
  println("  %s %s PTR %s, %ld", insn, ptr_size(size), addr, rhs->val);
  return true;
}

// `x op= y` with its value unused, on an integer variable of 4 or 8 bytes
// with a direct address: one instruction on the variable's memory, such as
// `add DWORD PTR [rbp-4], 1`.  The parser makes `x op= y` (and x++)
// `x = x op y`; this finds that shape again.
static bool gen_update(Node *node) {
  Type *ty = node->ty;
  Node *op = skip_int_casts(node->rhs);
  if (!is_int_like(ty) || (ty->size != 4 && ty->size != 8))
    return false;
  char *insn;
  switch (op->kind) {
  case ND_ADD: insn = "add"; break;
  case ND_SUB: insn = "sub"; break;
  case ND_BITAND: insn = "and"; break;
  case ND_BITOR: insn = "or"; break;
  case ND_BITXOR: insn = "xor"; break;
  case ND_SHL: insn = "shl"; break;
  case ND_SHR: insn = ty->is_unsigned ? "shr" : "sar"; break;
  case ND_MUL: insn = "imul"; break; // into a register only, below
  default: return false;
  }
  char *dest = loc(node->lhs, ty->size);
  if (!dest)
    return update_through_pointer(node, op, insn);
  if (op->kind == ND_MUL && !var_reg(node->lhs))
    return false;
  // The operation must read the same variable at the same width.
  Node *from = skip_int_casts(op->lhs);
  if (!is_int_like(from->ty) || from->ty->size != ty->size || op->ty->size != ty->size)
    return false;
  char *src = loc(from, ty->size);
  if (!src || strcmp(src, dest))
    return false;

  bool wide = ty->size == 8;
  Node *rhs = skip_int_casts(op->rhs); // p += 1 adds (char *)1
  bool is_shift = op->kind == ND_SHL || op->kind == ND_SHR;
  // A variable operand goes in directly, unless both sides are memory.
  char *var_src = !is_shift && rhs->kind != ND_NUM && is_simple_operand(rhs)
                      ? direct_operand(rhs, wide) : NULL;
  if (var_src && !var_reg(node->lhs) && !var_reg(rhs))
    var_src = NULL;

  if (rhs->kind == ND_NUM && rhs->val == (int32_t)rhs->val && op->kind == ND_MUL) {
    println("  imul %s, %s, %ld", dest, dest, rhs->val);
    return true;
  } else if (rhs->kind == ND_NUM && rhs->val == (int32_t)rhs->val &&
      (!is_shift || (uint64_t)rhs->val < 64)) {
    src = format("%ld", rhs->val);
  } else if (var_src) {
    src = var_src;
  } else if (is_shift) {
    gen_expr(rhs);
    println("  mov ecx, eax");
    src = "cl";
  } else {
    gen_expr(rhs);
    src = wide ? "rax" : "eax";
  }
  println("  %s %s, %s", insn, dest, src);
  return true;
}

// `x += y` (or --x) whose value is used, on a variable with a direct
// location: the update in place, then the variable read back.
static bool gen_update_value(Node *node) {
  if (!config->optimize || !is_int_like(node->ty) || node->lhs->ty->is_volatile ||
      !loc(node->lhs, node->ty->size) || !gen_update(node))
    return false;
  load_operand(node->lhs, "eax", "rax");
  return true;
}

// *p++, *++p, *p-- for a pointer p in a register: p is updated in place
// and the value read at its new address (less the step, for postfix):
// `add rbx, 4` / `mov eax, DWORD PTR [rbx-4]`.  Returns that operand, or
// NULL (and no code).  The parser makes p++ `(p += c) - c`.
static char *gen_stepped_pointer(Node *e) {
  if (!config->optimize)
    return NULL;
  e = skip_int_casts(e);
  long back = 0;
  Node *set = e;
  if ((e->kind == ND_SUB || e->kind == ND_ADD) && e->lhs->kind == ND_ASSIGN) {
    Node *c = skip_int_casts(e->rhs), *op = skip_int_casts(e->lhs->rhs);
    if (c->kind != ND_NUM || c->val != (int32_t)c->val ||
        op->kind != (e->kind == ND_SUB ? ND_ADD : ND_SUB))
      return NULL;
    Node *c2 = skip_int_casts(op->rhs);
    if (c2->kind != ND_NUM || c2->val != c->val)
      return NULL;
    back = e->kind == ND_SUB ? -c->val : c->val;
    set = e->lhs;
  }
  if (set->kind != ND_ASSIGN || set->ty->kind != TY_PTR || !var_reg(set->lhs) ||
      !gen_update(set))
    return NULL;
  char *r = var_reg_name(var_reg(set->lhs), 8);
  return back ? format("[%s%+ld]", r, back) : format("[%s]", r);
}

// `p = p->next` with its value unused, for p in a register: one load
// straight into it, not through rax.
static bool load_into_var_reg(Node *node) {
  int reg = var_reg(node->lhs);
  Node *rhs = skip_int_casts(node->rhs);
  int size = node->ty->size;
  if (!reg || !is_int_like(node->ty) || size < 4 || !is_int_like(rhs->ty) || rhs->ty->size != size)
    return false;
  char *src = loc(rhs, size);
  if (!src)
    return false;
  println("  mov %s, %s", var_reg_name(reg, size), src);
  return true;
}

// `x = C` with its value unused, for an integer or pointer variable with a
// direct address and a constant that fits in 32 bits: one instruction,
// such as `mov DWORD PTR [rbp-8], 0`.
static bool store_constant(Node *node) {
  Type *ty = node->ty;
  Node *rhs = skip_int_casts(node->rhs); // a null pointer is (void *)0
  // An immediate is 32 bits, sign-extended for a 64-bit destination.
  if (!is_int_like(ty) || rhs->kind != ND_NUM || (ty->size == 8 && rhs->val != (int32_t)rhs->val))
    return false;
  Node *lhs = node->lhs;
  char *dest = loc(lhs, ty->size);
  if (!dest) {
    // Through a computed address: a[i] = 0 is mov BYTE PTR [rax+rdi*1], 0.
    if (lhs->kind == ND_MEMBER && lhs->member->is_bitfield)
      return false;
    int off;
    Node *ptr = pointer_base(lhs, &off);
    char *addr = ptr ? pointer_operand(ptr, off, "rax") : gen_indexed_lvalue(lhs);
    if (!addr) {
      gen_addr(lhs);
      addr = "[rax]";
    }
    dest = format("%s PTR %s", ptr_size(ty->size), addr);
  }
  println("  mov %s, %ld", dest, ty->size == 8 ? rhs->val : (long)(int32_t)rhs->val);
  return true;
}

// x++ (or x--) whose value is used, which the parser made `(x += c) - c`,
// on an integer or pointer variable with a direct location: load the old
// value, then add to the variable in place.
static bool gen_postfix(Node *node) {
  if (!config->optimize || (node->kind != ND_SUB && node->kind != ND_ADD))
    return false;
  Node *set = node->lhs, *c = skip_int_casts(node->rhs);
  if (set->kind != ND_ASSIGN || c->kind != ND_NUM || c->val != (int32_t)c->val)
    return false;
  Node *op = skip_int_casts(set->rhs);
  if (op->kind != (node->kind == ND_SUB ? ND_ADD : ND_SUB))
    return false;
  Node *c2 = skip_int_casts(op->rhs), *from = skip_int_casts(op->lhs);
  Type *ty = set->ty;
  if (c2->kind != ND_NUM || c2->val != c->val || !is_int_like(ty) ||
      (ty->size != 4 && ty->size != 8) || node->ty->size != ty->size ||
      !is_int_like(from->ty) || from->ty->size != ty->size)
    return false;
  char *dest = loc(set->lhs, ty->size), *src = loc(from, ty->size);
  if (!dest || !src || strcmp(dest, src))
    return false;
  load_operand(from, "eax", "rax");
  println("  %s %s, %ld", op->kind == ND_ADD ? "add" : "sub", dest, c->val);
  return true;
}

// Evaluates an expression for its effects alone, where that is less work
// than computing its value: `(T)((x += 1) - 1)`, which is x++, comes down
// to `x += 1`.  Returns false where it has nothing to save.
static bool gen_effects_only(Node *node) {
  if (!config->optimize)
    return false;
  switch (node->kind) {
  case ND_CAST:
    // (void)x, and __builtin_expect's (void)expected, is x discarded.
    if (node->ty->kind != TY_VOID && (!is_int_like(node->ty) || !is_int_like(node->lhs->ty)))
      return false;
    gen_discard(node->lhs);
    return true;
  case ND_ADD:
  case ND_SUB:
    if (!is_int_like(node->ty) || node->rhs->kind != ND_NUM)
      return false;
    gen_discard(node->lhs);
    return true;
  case ND_COMMA:
    gen_discard(node->lhs);
    gen_discard(node->rhs);
    return true;
  case ND_ASSIGN:
    return gen_update(node) || store_constant(node) || load_into_var_reg(node);
  case ND_FUNCALL:
    if (!is_inline_memcpy(node))
      return false;
    gen_inline_memcpy(node, false);
    return true;
  case ND_NUM:
    return true;
  case ND_VAR:
    return !node->ty->is_volatile; // reading a volatile one is an effect
  default:
    return false;
  }
}

// The shortcuts of gen_int_binary() that need no second operand in a
// register; false if none applies.
static bool gen_int_shortcut(Node *node, bool wide) {
  char *ax = wide ? "rax" : "eax";

  // x * 1 and x / 1 are x: the parser scales an index into a char array
  // by 1 and divides a difference of char pointers by 1.
  Node *one = skip_int_casts(node->rhs);
  if ((node->kind == ND_MUL || node->kind == ND_DIV) && config->optimize &&
      one->kind == ND_NUM && one->val == 1 && is_int_like(node->ty) &&
      node->lhs->ty->size == node->ty->size &&
      node->lhs->ty->is_unsigned == node->ty->is_unsigned) {
    gen_expr(node->lhs);
    return true;
  }

  // A variable times a constant, the variable read where it is:
  // `imul eax, ebx, 10`, `imul rax, QWORD PTR [rbp-8], 8` (one instruction
  // where loading and shifting would take two).
  if (node->kind == ND_MUL && config->optimize) {
    Node *c = skip_int_casts(node->rhs), *x = node->lhs;
    if (c->kind != ND_NUM) {
      c = skip_int_casts(node->lhs);
      x = node->rhs;
    }
    char *src = c->kind == ND_NUM && c->val == (int32_t)c->val &&
                        skip_int_casts(x)->kind != ND_NUM && is_simple_operand(x)
                    ? direct_operand(x, wide) : NULL;
    if (src) {
      println("  imul %s, %s, %ld", ax, src, c->val);
      return true;
    }
  }

  // Unsigned division and remainder by a power of two: a shift, a mask.
  if ((node->kind == ND_DIV || node->kind == ND_MOD) && config->optimize &&
      node->ty->is_unsigned) {
    Node *c = skip_int_casts(node->rhs);
    int k = c->kind == ND_NUM ? power_of_two(c->val) : -1;
    if (k > 0 && (node->kind == ND_DIV || k < 32)) {
      gen_expr(node->lhs);
      if (node->kind == ND_DIV)
        println("  shr %s, %d", ax, k);
      else
        println("  and %s, %ld", ax, c->val - 1);
      return true;
    }
  }

  // x & 0xffffffff, whose constant no instruction takes, is x's low half:
  // a 32-bit move clears the upper one.
  Node *mask = skip_int_casts(node->rhs);
  if (config->optimize && node->kind == ND_BITAND && wide && mask->kind == ND_NUM &&
      mask->val == 0xffffffff) {
    gen_expr(node->lhs);
    println("  mov eax, eax");
    return true;
  }
  return false;
}

static void gen_int_binary(Node *node) {
  // Comparisons look at the operands' type; arithmetic at the result's.
  Type *opty = node->lhs->ty;
  bool wide = opty->kind == TY_LONG || opty->base || opty->kind == TY_FUNC;
  char *ax = wide ? "rax" : "eax";
  char *dx = wide ? "rdx" : "edx";
  if (gen_int_shortcut(node, wide))
    return;

  // Division takes no immediate; shifts only a small constant.
  Node *rhs = skip_int_casts(node->rhs);
  bool is_shift = node->kind == ND_SHL || node->kind == ND_SHR;
  bool direct = node->kind != ND_DIV && node->kind != ND_MOD &&
                (!is_shift || (rhs->kind == ND_NUM && (uint64_t)rhs->val < 64));
  char *di;
  Node *l = skip_int_casts(node->lhs);
  if (is_commutative(node->kind) && is_simple_operand(node->lhs) &&
      (!is_simple_operand(node->rhs) || (l->kind == ND_NUM && rhs->kind != ND_NUM))) {
    // `1 + f()`, `0 != x`: the constant or variable on the left can be
    // the source.
    gen_expr(node->rhs);
    rhs = skip_int_casts(node->lhs);
    di = direct_operand(node->lhs, wide);
    if (!di) {
      load_operand(node->lhs, "edi", "rdi");
      di = wide ? "rdi" : "edi";
    }
  } else if (is_commutative(node->kind) && !is_simple_operand(node->rhs) &&
             is_rax_only(node->rhs, 0) && !is_rax_only(node->lhs, 0)) {
    // `(a | b) | c << 8`: the side computed in rax alone goes last (see
    // gen_operands()), here the right one.
    Node swapped = *node;
    swapped.lhs = node->rhs;
    swapped.rhs = node->lhs;
    di = gen_operands(&swapped, wide, direct);
  } else if (is_shift && !direct && config->optimize && is_simple_operand(node->lhs)) {
    // `x << (n * 8)`: the count goes straight to cl once computed, or
    // is loaded there (`1 << i`).
    if (is_simple_operand(node->rhs)) {
      load_operand(node->rhs, "ecx", "rcx");
    } else {
      gen_expr(node->rhs);
      println("  mov ecx, eax");
    }
    load_operand(node->lhs, "eax", "rax");
    di = "cl";
  } else {
    di = gen_operands(node, wide, direct);
  }
  bool imm = rhs->kind == ND_NUM && di[0] != 'e' && di[0] != 'r';

  switch (node->kind) {
  case ND_ADD:
    println("  add %s, %s", ax, di);
    return;
  case ND_SUB:
    println("  sub %s, %s", ax, di);
    return;
  case ND_MUL:
    if (imm && power_of_two(rhs->val) > 0)
      println("  shl %s, %d", ax, power_of_two(rhs->val));
    else if (imm)
      println("  imul %s, %s, %s", ax, ax, di);
    else
      println("  imul %s, %s", ax, di);
    return;
  case ND_DIV:
  case ND_MOD:
    if (node->ty->is_unsigned) {
      println("  xor edx, edx");
      println("  div %s", di);
    } else {
      println("  %s", wide ? "cqo" : "cdq");
      println("  idiv %s", di);
    }
    if (node->kind == ND_MOD)
      println("  mov %s, %s", ax, dx);
    return;
  case ND_BITAND:
    println("  and %s, %s", ax, di);
    return;
  case ND_BITOR:
    println("  or %s, %s", ax, di);
    return;
  case ND_BITXOR:
    println("  xor %s, %s", ax, di);
    return;
  case ND_EQ:
  case ND_NE:
  case ND_LT:
  case ND_LE:
    println("  cmp %s, %s", ax, di);
    if (node->kind == ND_EQ)
      println("  sete al");
    else if (node->kind == ND_NE)
      println("  setne al");
    else if (node->kind == ND_LT)
      println("  %s al", opty->is_unsigned ? "setb" : "setl");
    else
      println("  %s al", opty->is_unsigned ? "setbe" : "setle");
    println("  movzx eax, al");
    return;
  case ND_SHL:
  case ND_SHR: {
    char *insn = node->kind == ND_SHL ? "shl" : node->lhs->ty->is_unsigned ? "shr" : "sar";
    if (imm) {
      println("  %s %s, %s", insn, ax, di);
      return;
    }
    if (strcmp(di, "cl"))
      println("  mov rcx, rdi");
    println("  %s %s, cl", insn, ax);
    return;
  }
  default:
    error_tok(node->tok, "invalid expression");
  }
}

static void gen_num(Node *node) {
  switch (node->ty->kind) {
  case TY_FLOAT:
  case TY_DOUBLE:
    load_float_operand(node, 0);
    return;
  case TY_LDOUBLE: {
    union { long double f80; uint64_t u64[2]; } u;
    memset(&u, 0, sizeof(u));
    u.f80 = node->fval;
    println("  mov rax, %lu  # long double %Lg", u.u64[0], node->fval);
    println("  mov QWORD PTR [rsp-16], rax");
    println("  mov rax, %lu", u.u64[1] & 0xffff);
    println("  mov QWORD PTR [rsp-8], rax");
    println("  fld TBYTE PTR [rsp-16]");
    return;
  }
  default:
    break;
  }

  if (node->ty->size == 8 && (node->val < INT32_MIN || node->val > INT32_MAX))
    println("  movabs rax, %ld", node->val);
  else if (node->ty->size == 8)
    println("  mov rax, %ld", node->val);
  else
    println("  mov eax, %d", (int32_t)node->val);
}

// Loads a scalar variable (or member of one) straight from its address.
static bool load_direct(Node *node) {
  if (var_reg(node)) {
    load_operand(node, "eax", "rax");
    return true;
  }
  if (var_xmm(node)) {
    println("  movaps xmm0, xmm%d", var_xmm(node));
    return true;
  }
  char *addr = is_scalar(node->ty) ? direct_addr(node) : NULL;
  if (addr)
    load_from(node->ty, addr);
  return addr;
}

// Stores straight to a scalar variable (or member of one): no address to
// compute and keep while the value is.
static bool store_direct(Node *node) {
  static char *rax[] = {"al", "ax", NULL, "eax", NULL, NULL, NULL, "rax"};
  int reg = var_reg(node->lhs);
  if (reg) {
    gen_expr(node->rhs);
    println("  mov %s, %s", var_reg_name(reg, node->ty->size), rax[node->ty->size - 1]);
    return true;
  }
  if (var_xmm(node->lhs)) {
    gen_expr(node->rhs);
    println("  movaps xmm%d, xmm0", var_xmm(node->lhs));
    return true;
  }
  char *addr = is_scalar(node->ty) ? direct_addr(node->lhs) : NULL;
  if (!addr)
    return false;
  gen_expr(node->rhs);
  store_scalar(node->ty, addr);
  return true;
}

// An integer gen_expr() computes in rax alone, every other register left
// as it was: a simple operand, or a conversion between integers of such
// a value, or an operation on one with a constant source (`v & 0xff`,
// `i + 1`, `x >> 8`, see gen_int_binary()), a few levels deep.
static bool is_rax_only(Node *node, int depth) {
  if (is_simple_operand(node))
    return true;
  if (!config->optimize || depth > 3 || !is_int_like(node->ty))
    return false;
  if (node->kind == ND_CAST)
    return is_int_like(node->lhs->ty) && node->ty->kind != TY_BOOL &&
           is_rax_only(node->lhs, depth + 1);
  Node *c = node->rhs ? skip_int_casts(node->rhs) : NULL;
  switch (node->kind) {
  case ND_ADD:
  case ND_SUB:
  case ND_BITAND:
  case ND_BITOR:
  case ND_BITXOR:
  case ND_SHL:
  case ND_SHR:
    if (!is_integer(node->ty) || c->kind != ND_NUM)
      return false;
    if ((node->kind == ND_SHL || node->kind == ND_SHR) && (uint64_t)c->val >= 64)
      return false;
    if (c->val != (int32_t)c->val &&
        !(node->kind == ND_BITAND && c->val == 0xffffffff && node->ty->size == 8))
      return false;
    return is_rax_only(node->lhs, depth + 1);
  default:
    return false;
  }
}

// Stores a constant, a variable or another value computed in rax alone
// through a computed address: the address waits in rdi rather than on
// the stack.
static bool store_simple(Node *node) {
  Node *lhs = node->lhs;
  if (!is_scalar(node->ty) || (lhs->kind == ND_MEMBER && lhs->member->is_bitfield))
    return false;
  bool is_int = is_rax_only(node->rhs, 0);
  if (!is_int && !is_simple_float(node->rhs))
    return false;
  // Through a pointer variable, at its offset: no address arithmetic.
  int off;
  Node *ptr = pointer_base(lhs, &off);
  char *addr = "[rdi]";
  if (ptr) {
    addr = pointer_operand(ptr, off, "rdi");
  } else {
    gen_addr(lhs);
    println("  mov rdi, rax");
  }
  if (is_simple_operand(node->rhs))
    load_operand(node->rhs, "eax", "rax");
  else if (is_int)
    gen_expr(node->rhs);
  else
    load_float_operand(node->rhs, 0);
  store_scalar(node->ty, addr);
  return true;
}

// -x: a sign flip for floating values, neg for integers.
static void gen_neg(Node *node) {
  gen_expr(node->lhs);
  if (is_int128(node->ty)) {
    int128_unary(ND_NEG);
    truncate_bits(node->ty);
    return;
  }

  switch (node->ty->kind) {
  case TY_FLOAT:
    println("  mov eax, 0x80000000");
    println("  movd xmm1, eax");
    println("  xorps xmm0, xmm1");
    return;
  case TY_DOUBLE:
    println("  mov rax, 0x8000000000000000");
    println("  movq xmm1, rax");
    println("  xorpd xmm0, xmm1");
    return;
  case TY_LDOUBLE:
    println("  fchs");
    return;
  default:
    break;
  }

  println("  neg %s", node->ty->size == 8 ? "rax" : "eax");
  truncate_bits(node->ty);
}

// s.x, p->x: the member's value.
static void gen_member(Node *node) {
  if (load_direct(node))
    return;
  // a[i].x reads at an offset from a[i]'s indexed address, p->x at an
  // offset from p, instead of adding the offset first.
  char *at = is_scalar(node->ty) ? gen_indexed_lvalue(node) : NULL;
  if (at) {
    load_from(node->ty, at);
    return;
  }
  if (config->optimize && is_scalar(node->ty) && !node->member->is_bitfield) {
    gen_addr(node->lhs);
    load_from(node->ty, format("[rax%+d]", node->member->offset));
    return;
  }
  gen_addr(node);
  Member *mem = node->member;
  if (mem->is_bitfield)
    load_bitfield(mem);
  else
    load(node->ty);
}

// *p: the value it points to.
static void gen_deref(Node *node) {
  if (node->ty->kind == TY_VOID) { // nothing to read
    gen_expr(node->lhs);
    return;
  }
  if (load_direct(node))
    return;
  char *addr = is_scalar(node->ty) ? gen_stepped_pointer(node->lhs) : NULL;
  if (addr) {
    load_from(node->ty, addr);
    return;
  }
  addr = is_scalar(node->ty) ? gen_indexed(node->lhs) : NULL;
  if (addr) {
    load_from(node->ty, addr);
    return;
  }
  gen_expr(node->lhs);
  load(node->ty);
}

// A struct or union assigned to one whose address needs no code (a
// variable, a member of one, what a register points to): its bytes copied
// from the value's, straight from another such object's or from where
// rax points, with no address pushed and popped.  rax is left pointing to
// the copy, as the assignment's value.
static bool copy_direct(Node *node) {
  Type *ty = node->ty;
  if (ty->kind != TY_STRUCT && ty->kind != TY_UNION)
    return false;
  char *dst = direct_addr(node->lhs);
  if (!dst)
    return false;
  bool from_memory = direct_addr(node->rhs) != NULL;
  if (!from_memory)
    gen_expr(node->rhs);
  for (int i = 0, n; i < ty->size; i += n) {
    n = chunk_size(ty->size - i);
    copy_chunk(n, direct_addr_at(node->lhs, i),
               from_memory ? direct_addr_at(node->rhs, i) : format("[rax%+d]", i));
  }
  println("  lea rax, %s", dst);
  return true;
}

// lhs = rhs, its value left in rax (or xmm0, st(0)).
static void gen_assign(Node *node) {
  if (gen_update_value(node) || store_direct(node) || store_simple(node) ||
      (config->optimize && (store_through_local(node) || copy_direct(node))))
    return;
  // A plain variable's address needs no evaluation: compute the value
  // first and store it directly.  This also keeps `x = setjmp(env)`
  // from holding the address in a stack slot that longjmp may reuse.
  if (node->lhs->kind == ND_VAR && node->lhs->var->ty->kind != TY_VLA &&
      !node->lhs->var->area_offset && !is_int128(node->ty)) {
    gen_expr(node->rhs);
    println("  mov rdx, rax");
    gen_addr(node->lhs);
    println("  mov rdi, rax");
    println("  mov rax, rdx");
    store_to_rdi(node->ty);
    return;
  }

  gen_addr(node->lhs);
  push();
  gen_expr(node->rhs);

  if (node->lhs->kind == ND_MEMBER && node->lhs->member->is_bitfield) {
    store_bitfield(node->lhs->member);
    return;
  }

  store(node->ty);
}

// (T)x: the operand converted.
static void gen_cast_expr(Node *node) {
  if (config->optimize && skip_int_casts(node)->kind == ND_NUM) {
    gen_num(skip_int_casts(node)); // `mov rax, 0` for NULL
    return;
  }
  // A variable's load widens or narrows it as it goes.
  if (node->lhs->kind != ND_NUM && is_simple_operand(node)) {
    load_operand(node, "eax", "rax");
    return;
  }
  gen_expr(node->lhs);
  if (node->ty->kind == TY_VOID && node->lhs->ty->kind == TY_LDOUBLE) {
    println("  fstp st(0)");
    return;
  }
  if (is_aggregate(node->ty) || node->ty->kind == TY_VOID)
    return;
  cast(node->lhs->ty, node->ty);
}

// An operator on __int128 values: the right operand pushed (a shift
// count, one word), the left one computed into rax:rdx, the right one
// popped into rdi:rsi (or the count into rcx).
static void gen_int128_binary(Node *node) {
  bool is_shift = node->kind == ND_SHL || node->kind == ND_SHR;
  gen_expr(node->rhs);
  if (is_shift)
    push();
  else
    push_int128();
  gen_expr(node->lhs);
  if (is_shift)
    pop("rcx");
  else
    pop_int128("rdi", "rsi");
  int128_binary(node->kind, node->lhs->ty->is_unsigned, count());
}

// !(a < b), a && b, a || b as a 0/1 value, except with -O0: the jumps
// gen_cond_jump makes for the condition (cmp and jl, no setl, movzx and
// cmp with 0 for each operand), then 1 or 0.  !x of a plain value: x
// compared with 0 and sete.
static bool gen_bool_by_jumps(Node *node) {
  if (!config->optimize || (node->kind == ND_NOT && is_int128(node->lhs->ty)))
    return false;
  Node *x = node->lhs;
  if (node->kind == ND_NOT && is_int_like(x->ty) && x->kind != ND_NOT &&
      x->kind != ND_LOGAND && x->kind != ND_LOGOR && x->kind != ND_EQ &&
      x->kind != ND_NE && x->kind != ND_LT && x->kind != ND_LE) {
    gen_expr(x);
    cmp_zero(x->ty);
    println("  sete al");
    println("  movzx eax, al");
    return true;
  }
  int c = count();
  gen_cond_jump(node, format(".L.false.%d", c), false);
  println("  mov eax, 1");
  println("  jmp .L.end.%d", c);
  println(".L.false.%d:", c);
  println("  xor eax, eax");
  println(".L.end.%d:", c);
  return true;
}

// c ? a : b, !x, a && b, a || b: values made by jumps.
static void gen_logical(Node *node) {
  if (node->kind != ND_COND && gen_bool_by_jumps(node))
    return;
  int c = count();
  switch (node->kind) {
  case ND_COND:
    gen_cond_jump(node->cond, format(".L.else.%d", c), false);
    gen_expr(node->then);
    println("  jmp .L.end.%d", c);
    println(".L.else.%d:", c);
    gen_expr(node->els);
    println_forward_label(".L.end.%d:", c);
    return;
  case ND_NOT:
    gen_expr(node->lhs);
    if (is_int128(node->lhs->ty)) { // rdx holds half of the value
      int128_cmp_zero();
      println("  sete al");
      println("  movzx eax, al");
      return;
    }
    println("  mov edx, 1");
    jump_if_zero(node->lhs->ty, format(".L.not.%d", c));
    println("  xor edx, edx");
    println(".L.not.%d:", c);
    println("  mov eax, edx");
    return;
  case ND_LOGAND:
    gen_expr(node->lhs);
    jump_if_zero(node->lhs->ty, format(".L.false.%d", c));
    gen_expr(node->rhs);
    jump_if_zero(node->rhs->ty, format(".L.false.%d", c));
    println("  mov eax, 1");
    println("  jmp .L.end.%d", c);
    println(".L.false.%d:", c);
    println("  xor eax, eax");
    println_forward_label(".L.end.%d:", c);
    return;
  default: // ND_LOGOR
    gen_expr(node->lhs);
    jump_if_nonzero(node->lhs->ty, format(".L.true.%d", c));
    gen_expr(node->rhs);
    jump_if_nonzero(node->rhs->ty, format(".L.true.%d", c));
    println("  xor eax, eax");
    println("  jmp .L.end.%d", c);
    println(".L.true.%d:", c);
    println("  mov eax, 1");
    println_forward_label(".L.end.%d:", c);
    return;
  }
}

// va_start(ap): gp_offset, fp_offset, overflow_arg_area, reg_save_area.
static void gen_va_start(Node *node) {
  gen_expr(node->lhs);
  int gp, fp;
  int stack = place_params(current_fn, &gp, &fp);
  println("  mov DWORD PTR [rax], %d", gp * 8);
  println("  mov DWORD PTR [rax+4], %d", 48 + fp * 16);
  println("  lea rdx, [rbp+%d]", 16 + stack);
  println("  mov QWORD PTR [rax+8], rdx");
  println("  lea rdx, [rbp%+d]", current_fn->va_area->offset);
  println("  mov QWORD PTR [rax+16], rdx");
}

// Generate code for a given node.
static void gen_expr(Node *node) {
  if (config->verbose_asm)
    emit_loc(node->tok);

  switch (node->kind) {
  case ND_NULL_EXPR:
    return;
  case ND_NUM:
    gen_num(node);
    return;
  case ND_NEG:
    gen_neg(node);
    return;
  case ND_VAR:
    if (load_direct(node))
      return;
    gen_addr(node);
    load(node->ty);
    return;
  case ND_MEMBER:
    gen_member(node);
    return;
  case ND_DEREF:
    gen_deref(node);
    return;
  case ND_ADDR:
    gen_addr(node->lhs);
    return;
  case ND_ASSIGN:
    gen_assign(node);
    return;
  case ND_STMT_EXPR:
    for (Node *n = node->body; n; n = n->next) {
      if (!n->next && n->kind == ND_EXPR_STMT) {
        gen_expr(n->lhs); // the value of the last expression is the result
        return;
      }
      gen_stmt(n);
    }
    return;
  case ND_COMMA:
    gen_discard(node->lhs);
    gen_expr(node->rhs);
    return;
  case ND_CAST:
    gen_cast_expr(node);
    return;
  case ND_MEMZERO:
    gen_memzero(node->var);
    return;
  case ND_COND:
  case ND_NOT:
  case ND_LOGAND:
  case ND_LOGOR:
    gen_logical(node);
    return;
  case ND_BITNOT:
    gen_expr(node->lhs);
    if (is_int128(node->ty)) {
      int128_unary(ND_BITNOT);
      truncate_bits(node->ty);
      return;
    }
    println("  not rax");
    truncate_bits(node->ty);
    return;
  case ND_FUNCALL:
    gen_funcall(node);
    return;
  case ND_LABEL_VAL:
    println("  lea rax, [rip+%s]", node->unique_label);
    return;
  case ND_ALLOCA:
    gen_expr(node->lhs);
    println("  mov rdi, rax");
    builtin_alloca();
    return;
  case ND_VA_START:
    gen_va_start(node);
    return;
  case ND_VA_ARG:
    gen_expr(node->lhs);
    gen_va_arg(node);
    return;
  case ND_BUILTIN:
    gen_builtin(node);
    return;
  case ND_SP_SAVE:
    println("  mov QWORD PTR [rbp%+d], rsp", node->var->offset);
    return;
  case ND_SP_RESTORE:
    gen_sp_restore(node->var);
    return;
  default:
    break;
  }

  if (is_int128(node->lhs->ty)) {
    gen_int128_binary(node);
    if (node->kind != ND_EQ && node->kind != ND_NE && node->kind != ND_LT && node->kind != ND_LE)
      truncate_bits(node->ty);
    return;
  }
  if (is_flonum(node->lhs->ty)) {
    if (node->lhs->ty->kind == TY_LDOUBLE)
      gen_ldouble_binary(node);
    else
      gen_float_binary(node);
    return;
  }

  if (gen_postfix(node))
    return;
  gen_int_binary(node);
  if (node->kind != ND_EQ && node->kind != ND_NE && node->kind != ND_LT && node->kind != ND_LE)
    truncate_bits(node->ty);
}

//
// Statements
//

// A case value as the switch compares it: sign- or zero-extended from the
// controlling expression's width.
static int64_t case_value(Type *ty, long val) {
  if (ty->size == 8)
    return val;
  return ty->is_unsigned ? (int64_t)(uint32_t)val : (int64_t)(int32_t)val;
}

// Dispatches through a table of jumps indexed by the value minus the
// smallest case, when the cases are many and dense enough for the table
// to pay (the value is in rax).  Returns false to leave it to compares.
static bool gen_jump_table(Node *node) {
  Type *ty = node->cond->ty;
  int64_t lo = INT64_MAX, hi = INT64_MIN, values = 0;
  for (Node *n = node->case_next; n; n = n->case_next) {
    int64_t b = case_value(ty, n->begin), e = case_value(ty, n->end);
    if (b > e || b < INT32_MIN || e > INT32_MAX)
      return false;
    lo = b < lo ? b : lo;
    hi = e > hi ? e : hi;
    values += e - b + 1;
  }
  if (!config->optimize || values < 4 || hi - lo + 1 > 4 * values || hi - lo >= 1 << 20)
    return false;

  int size = hi - lo + 1;
  char **labels = xcalloc(size, sizeof(char *));
  char *other = node->default_case ? node->default_case->label : node->brk_label;
  for (int i = 0; i < size; i++)
    labels[i] = other;
  // The parser has rejected overlapping cases.
  for (Node *n = node->case_next; n; n = n->case_next)
    for (int64_t v = case_value(ty, n->begin); v <= case_value(ty, n->end); v++)
      labels[v - lo] = n->label;

  // The index, unsigned: values below lo wrap around above the table.
  bool wide = ty->size == 8;
  int c = count();
  if (lo)
    println("  sub %s, %ld", wide ? "rax" : "eax", lo);
  println("  cmp %s, %d", wide ? "rax" : "eax", size - 1);
  println("  ja %s", other);
  println("  lea rdx, [rip+.L.table.%d]", c);
  println("  movsxd rax, DWORD PTR [rdx+rax*4]");
  println("  add rax, rdx");
  // The table's targets are this function's own: gcc's notrack spares
  // them the landing pads -fcf-protection=branch asks of indirect jumps.
  println((config->cf_protection & CF_BRANCH) ? "  notrack jmp rax" : "  jmp rax");
  // Offsets from the table, so that the code needs no relocations.
  println("  .p2align 2");
  println(".L.table.%d:", c);
  for (int i = 0; i < size; i++)
    println("  .long %s-.L.table.%d", labels[i], c);
  return true;
}

// A switch on an __int128 value compares both halves with each case's
// (the high half is the case's val).
static void gen_int128_cases(Node *node) {
  for (Node *n = node->case_next; n; n = n->case_next) {
    println("  movabs rdi, %ld", n->begin);
    println("  movabs rsi, %ld", n->val);
    println("  xor rdi, rax");
    println("  xor rsi, rdx");
    println("  or rdi, rsi");
    println("  je %s", n->label);
  }
}

static void gen_switch(Node *node) {
  gen_expr(node->cond);
  bool wide = node->cond->ty->size == 8;
  if (is_int128(node->cond->ty)) {
    gen_int128_cases(node);
    if (node->default_case)
      println("  jmp %s", node->default_case->label);
    println("  jmp %s", node->brk_label);
    gen_stmt(node->then);
    println_forward_label("%s:", node->brk_label);
    return;
  }
  char *ax = wide ? "rax" : "eax";
  char *di = wide ? "rdi" : "edi";

  if (gen_jump_table(node)) {
    gen_stmt(node->then);
    println_forward_label("%s:", node->brk_label);
    return;
  }

  for (Node *n = node->case_next; n; n = n->case_next) {
    if (n->begin == n->end) {
      if (n->begin < INT32_MIN || n->begin > INT32_MAX) {
        println("  movabs rdi, %ld", n->begin);
        println("  cmp rax, rdi");
      } else {
        println("  cmp %s, %ld", ax, wide ? n->begin : (long)(int32_t)n->begin);
      }
      println("  je %s", n->label);
      continue;
    }

    // [GNU] Case ranges: (x - begin) <= (end - begin), unsigned.
    println("  mov %s, %s", di, ax);
    println("  movabs rdx, %ld", n->begin);
    println("  sub %s, %s", di, wide ? "rdx" : "edx");
    // end - begin may pass INT64_MAX (case -9e18 ... 9e18): subtract as unsigned.
    println("  movabs rdx, %lu", (uint64_t)n->end - (uint64_t)n->begin);
    println("  cmp %s, %s", di, wide ? "rdx" : "edx");
    println("  jbe %s", n->label);
  }

  if (node->default_case)
    println("  jmp %s", node->default_case->label);

  println("  jmp %s", node->brk_label);
  gen_stmt(node->then);
  println_forward_label("%s:", node->brk_label);
}

// A goto, break or return inside a statement expression may leave values
// that the enclosing expression pushed on the stack, so that rsp at the
// epilogue is not where the prologue left it.
static void note_jump(void) {
  if (depth)
    jumped_deep = true;
}

static void gen_return(Node *node) {
  if (node->lhs) {
    gen_expr(node->lhs);
    Type *ty = node->lhs->ty;

    if (is_aggregate(ty) && is_x87_struct(ty)) {
      println("  fld TBYTE PTR [rax]");
    } else if (is_aggregate(ty)) {
      Class c = classify(ty);
      if (c.in_memory) {
        // Copy to the caller's buffer, whose address was the hidden
        // first argument, and return that address.
        Obj *hidden = current_fn->params;
        println("  mov rdi, QWORD PTR [rbp%+d]", hidden->offset);
        copy_bytes("rdi", 0, "rax", 0, ty->size);
        println("  mov rax, rdi");
      } else if (c.sseup) {
        println("  movups xmm0, XMMWORD PTR [rax]");
      } else {
        println("  mov rsi, rax");
        char *gregs[] = {"ax", "dx"};
        int gi = 0, fi = 0;
        for (int j = 0; j < c.n; j++) {
          int sz = eightbyte_size(ty, j);
          if (c.sse[j]) {
            load_eightbyte("cx", "rsi", j * 8, sz);
            println("  movq xmm%d, rcx", fi++);
          } else {
            load_eightbyte(gregs[gi++], "rsi", j * 8, sz);
          }
        }
      }
    }
  }

  note_jump();
  println("  jmp .L.return.%d", current_fn_id);
}

// A string as a .file directive quotes it: backslashes and quotes escaped.
char *quote_asm_string(char *s) {
  if (!strpbrk(s, "\\\""))
    return s;
  char *buf = xcalloc(1, strlen(s) * 2 + 1);
  for (char *p = s, *q = buf; *p; p++) {
    if (*p == '\\' || *p == '"')
      *q++ = '\\';
    *q++ = *p;
  }
  return buf;
}

// Debug line information names files as the source says they are called:
// after `# 1 "a.c"` in a preprocessed file, lines belong to a.c.  Each
// name gets a .file number when first used.
static int debug_file_number(File *file) {
  static HashMap numbers;
  static int count;
  char *name = file->display_name;
  int n = (int)(intptr_t)hashmap_get(&numbers, name);
  if (n)
    return n;
  n = ++count;
  hashmap_put(&numbers, name, (void *)(intptr_t)n);
  // Into the assembly proper even while a function is held back, since
  // later functions' .loc lines use the number.
  FILE *out = holding_back ? held_back_output : output_file;
  fprintf(out, "  .file %d \"%s\"\n", n, quote_asm_string(remap_prefix(name, &config->prefix_maps)));
  return n;
}

// With -g, a .loc directive ties the code that follows to a source line;
// with -fverbose-asm, a comment shows the line itself.  Each function's
// code starts with its line (gen_function() forgets the last one), so
// that it reads on its own, as --explain shows it.
static File *last_loc_file;
static int last_loc_line;

static void emit_loc(Token *tok) {
  if ((!config->debug_info && !config->verbose_asm) || !tok)
    return;
  while (tok->origin)
    tok = tok->origin;
  File *file = token_file(tok);
  if (!file || file->file_no < 0 || tok->line_no <= 0)
    return;
  if (file == last_loc_file && tok->line_no == last_loc_line)
    return;
  last_loc_file = file;
  last_loc_line = tok->line_no;
  if (config->debug_info && file->file_no > 0)
    println("  .loc %d %d", debug_file_number(file), tok->line_no);
  if (config->verbose_asm) {
    char *line = tok->loc;
    while (line > file->contents && line[-1] != '\n')
      line--;
    char *end = strchr(line, '\n');
    int len = end ? end - line : (int)strlen(line);
    while (len > 0 && isspace((unsigned char)*line)) {
      line++;
      len--;
    }
    println("  # %s:%d: %.*s", file->display_name, tok->line_no, len, line);
  }
}

// Frees VLAs: rsp goes back to where it was before `sp`'s VLA.
static void gen_sp_restore(Obj *sp) {
  println("  mov rsp, QWORD PTR [rbp%+d]", sp->offset);
  println("  mov QWORD PTR [rbp%+d], rsp", current_fn->alloca_bottom->offset);
}

// The label a statement only jumps to, or NULL: a goto, break or continue
// with nothing to clean up on the way, or a return without a value.
static char *jump_target(Node *node) {
  if (node->kind == ND_BLOCK && node->body && !node->body->next)
    node = node->body;
  if (node->kind == ND_GOTO && !node->exit_code)
    return node->unique_label;
  if (node->kind == ND_RETURN && !node->lhs)
    return format(".L.return.%d", current_fn_id);
  return NULL;
}

// A comparison as a jump: cmp (or ucomis) and a conditional jump on the
// flags.  False if cond is none that can be (a struct, a long double).
static bool gen_compare_jump(Node *cond, char *label, bool when) {
  Type *ty = cond->lhs->ty;
  if ((ty->kind == TY_FLOAT || ty->kind == TY_DOUBLE) &&
      (cond->kind == ND_LT || cond->kind == ND_LE)) {
    // ucomis sets CF when b < a or unordered (NaN), ZF when equal or
    // unordered: jump on "above" for a < b and "above or equal" for
    // a <= b, each false for NaN as C requires.
    gen_float_operands(cond);
    println("  ucomi%s xmm1, xmm0", ty->kind == TY_FLOAT ? "ss" : "sd");
    if (cond->kind == ND_LT)
      println("  j%s %s", when ? "a" : "be", label);
    else
      println("  j%s %s", when ? "ae" : "b", label);
    return true;
  }
  if (!is_int_like(ty))
    return false;
  // x != 0 jumps as x does, x == 0 as !x: Lua's l_likely(x) is
  // __builtin_expect(((x) != 0), 1), x itself often a comparison.
  Node *zero = skip_int_casts(cond->rhs);
  if ((cond->kind == ND_EQ || cond->kind == ND_NE) && zero->kind == ND_NUM && !zero->val) {
    gen_cond_jump(cond->lhs, label, cond->kind == ND_NE ? when : !when);
    return true;
  }
  bool wide = ty->size == 8;

  // `0 < x` compares x with 0, the other way round; so does `i < n + 1`,
  // whose left side can be read from where it is once the right side is
  // computed.
  Node swapped = *cond;
  bool swap = (cond->lhs->kind == ND_NUM && is_simple_operand(cond->rhs) &&
               cond->rhs->kind != ND_NUM) ||
              (is_simple_operand(cond->lhs) && !is_simple_operand(cond->rhs));
  if (swap) {
    swapped.lhs = cond->rhs;
    swapped.rhs = cond->lhs;
  }
  // a[i].used != 0 compares memory with the constant.
  Node *l = swapped.lhs, *r = skip_int_casts(swapped.rhs);
  char *mem = NULL;
  if (r->kind == ND_NUM && r->val == (int32_t)r->val && l->ty->size == ty->size &&
      (l->kind == ND_MEMBER || l->kind == ND_DEREF))
    mem = gen_indexed_lvalue(l);
  if (mem)
    println("  cmp %s PTR %s, %ld", ptr_size(ty->size), mem, r->val);
  else if (!gen_direct_cmp(&swapped, wide)) {
    char *src = gen_operands(&swapped, wide, true);
    println("  cmp %s, %s", wide ? "rax" : "eax", src);
  }

  bool u = ty->is_unsigned || ty->kind == TY_PTR;
  char *cc;
  if (cond->kind == ND_EQ)
    cc = when ? "e" : "ne";
  else if (cond->kind == ND_NE)
    cc = when ? "ne" : "e";
  else if ((cond->kind == ND_LT) == when)
    // a < b, or a > b for !(a <= b)
    cc = (cond->kind == ND_LT) != swap ? (u ? "b" : "l") : (u ? "a" : "g");
  else
    // a <= b, or a >= b for !(a < b)
    cc = (cond->kind == ND_LE) != swap ? (u ? "be" : "le") : (u ? "ae" : "ge");
  println("  j%s %s", cc, label);
  return true;
}

// Jumps to `label` if `cond` is true (when `when`) or false (when not).
// Except with -O0, no 0/1 value is made first: comparisons of integers and
// pointers become a cmp and a conditional jump, && || ! become jumps too.
static void gen_cond_jump(Node *cond, char *label, bool when) {
  if (!config->optimize) {
    gen_expr(cond);
    if (when)
      jump_if_nonzero(cond->ty, label);
    else
      jump_if_zero(cond->ty, label);
    return;
  }

  switch (cond->kind) {
  case ND_NOT:
    gen_cond_jump(cond->lhs, label, !when);
    return;
  case ND_NUM:
    if (!is_int_like(cond->ty))
      break;
    if ((cond->val != 0) == when)
      println("  jmp %s", label);
    return;
  case ND_COND: {
    // c ? a : b as a condition, as Lua's luaV_fastget writes its tests:
    // each branch jumps on its own, no 0/1 value is made.
    int c = count();
    char *els = format(".L.cond.%d", c), *end = format(".L.cond.end.%d", c);
    gen_cond_jump(cond->cond, els, false);
    gen_cond_jump(cond->then, label, when);
    println("  jmp %s", end);
    println("%s:", els);
    gen_cond_jump(cond->els, label, when);
    println("%s:", end);
    return;
  }
  case ND_ASSIGN: {
    // while (--n): the add, sub, and, or or xor that updates n in place
    // sets ZF by the new value.
    Node *op = skip_int_casts(cond->rhs);
    if ((op->kind == ND_ADD || op->kind == ND_SUB || op->kind == ND_BITAND ||
         op->kind == ND_BITOR || op->kind == ND_BITXOR) && gen_update(cond)) {
      println("  j%s %s", when ? "ne" : "e", label);
      return;
    }
    break;
  }
  case ND_COMMA:
    // __builtin_expect(c, 0) is `(void)0, (long)c`: the jump is c's.
    gen_discard(cond->lhs);
    gen_cond_jump(cond->rhs, label, when);
    return;
  case ND_CAST:
    // A conversion to bool, or one that widens an integer, keeps whether
    // the value is zero.
    if (is_int_like(cond->ty) && is_int_like(cond->lhs->ty) &&
        (cond->ty->kind == TY_BOOL || cond->ty->size >= cond->lhs->ty->size)) {
      gen_cond_jump(cond->lhs, label, when);
      return;
    }
    break;
  case ND_LOGAND:
  case ND_LOGOR: {
    // a && b jumps when true only if both are; a || b when either is.
    bool is_and = cond->kind == ND_LOGAND;
    if (is_and == when) {
      int c = count();
      char *skip = format(".L.cond.%d", c);
      gen_cond_jump(cond->lhs, skip, !when);
      gen_cond_jump(cond->rhs, label, when);
      println("%s:", skip);
    } else {
      gen_cond_jump(cond->lhs, label, when);
      gen_cond_jump(cond->rhs, label, when);
    }
    return;
  }
  case ND_EQ:
  case ND_NE:
  case ND_LT:
  case ND_LE:
    if (gen_compare_jump(cond, label, when))
      return;
    break;
  default:
    break;
  }

  // `if (x)`, `while (*p)`: compare the variable with 0 where it is.
  // So with `while (a[i].used)`, at the element's indexed address.
  Node *n = skip_int_casts(cond);
  char *operand = is_int_like(n->ty) ? loc(n, n->ty->size) : NULL;
  if (!operand && is_int_like(n->ty) && n->ty->kind != TY_BOOL &&
      (n->kind == ND_MEMBER || n->kind == ND_DEREF)) {
    char *mem = gen_indexed_lvalue(n);
    operand = mem ? format("%s PTR %s", ptr_size(n->ty->size), mem) : NULL;
  }
  if (operand) {
    println("  cmp %s, 0", operand);
    println("  j%s %s", when ? "ne" : "e", label);
    return;
  }

  gen_expr(cond);
  if (when)
    jump_if_nonzero(cond->ty, label);
  else
    jump_if_zero(cond->ty, label);
}

void gen_stmt(Node *node) {
  if (node->kind != ND_BLOCK)
    emit_loc(node->tok);

  switch (node->kind) {
  case ND_IF: {
    // `if (c) break;`, `if (!p) return;`: one conditional jump to where
    // the statement goes.
    char *target = config->optimize ? jump_target(node->then) : NULL;
    if (target) {
      note_jump();
      gen_cond_jump(node->cond, target, true);
      if (node->els)
        gen_stmt(node->els);
      return;
    }
    int c = count();
    gen_cond_jump(node->cond, format(".L.else.%d", c), false);
    gen_stmt(node->then);
    // Without an else, the then-branch falls through to the end.
    if (node->els || !config->optimize)
      println("  jmp .L.end.%d", c);
    println(".L.else.%d:", c);
    if (node->els)
      gen_stmt(node->els);
    println_forward_label(".L.end.%d:", c);
    return;
  }
  case ND_FOR: {
    int c = count();
    if (node->init)
      gen_stmt(node->init);
    // The test goes after the body, as in gcc: one jump into it at the
    // start, then one conditional jump per iteration instead of two jumps.
    if (node->cond && config->optimize) {
      println("  jmp .L.cond.%d", c);
      // The body starts on a 16-byte boundary, as gcc -O2 puts loops: the
      // padding is never executed (it follows the jump), and the loop's
      // speed no longer depends on where earlier code happened to end.
      println("  .p2align 4");
      println(".L.begin.%d:", c);
      gen_stmt(node->then);
      println_forward_label("%s:", node->cont_label);
      gen_loop_step(node->inc);
      println(".L.cond.%d:", c);
      emit_loc(node->cond->tok);
      gen_cond_jump(node->cond, format(".L.begin.%d", c), true);
      println_forward_label("%s:", node->brk_label);
      return;
    }
    println(".L.begin.%d:", c);
    if (node->cond)
      gen_cond_jump(node->cond, node->brk_label, false);
    gen_stmt(node->then);
    println_forward_label("%s:", node->cont_label);
    gen_loop_step(node->inc);
    println("  jmp .L.begin.%d", c);
    println_forward_label("%s:", node->brk_label);
    return;
  }
  case ND_DO: {
    int c = count();
    println(".L.begin.%d:", c);
    gen_stmt(node->then);
    println_forward_label("%s:", node->cont_label);
    emit_loc(node->cond->tok);
    gen_cond_jump(node->cond, format(".L.begin.%d", c), true);
    println_forward_label("%s:", node->brk_label);
    return;
  }
  case ND_SWITCH:
    gen_switch(node);
    return;
  case ND_CASE:
    println("%s:", node->label);
    gen_stmt(node->lhs);
    return;
  case ND_BLOCK: {
    // With -g, a block that declares variables has its extent marked, so
    // that a debugger shows each of them only there (dwarf.c).
    bool scoped = config->debug_info && node != current_fn->body &&
                  node->block_locals != node->block_locals_end;
    int c = scoped ? count() : 0;
    if (scoped) {
      println(".L.block.%d:", c);
      dwarf_block_begin(node, c);
    }
    for (Node *n = node->body; n; n = n->next)
      gen_stmt(n);
    if (scoped) {
      println(".L.block_end.%d:", c);
      dwarf_block_end();
    }
    return;
  }
  case ND_GOTO:
    if (node->exit_code)
      gen_stmt(node->exit_code);
    note_jump();
    println("  jmp %s", node->unique_label);
    return;
  case ND_GOTO_EXPR:
    gen_expr(node->lhs);
    note_jump();
    println("  jmp rax");
    return;
  case ND_LABEL:
    println("%s:", node->unique_label);
    // Its address may be taken (&&label) for a `goto *`: a landing pad.
    if (config->cf_protection & CF_BRANCH)
      println("  endbr64");
    gen_stmt(node->lhs);
    return;
  case ND_RETURN:
    gen_return(node);
    return;
  case ND_EXPR_STMT:
    gen_discard(node->lhs);
    return;
  case ND_ASM:
    gen_asm(node);
    return;
  default:
    gen_discard(node);
    return;
  }
}

//
// Functions and data
//

//
// The stack protector (-fstack-protector*): a function gcc's rules choose
// gets a canary from fs:40 at rbp-8, under the saved rbp and the return
// address, so that overrunning a local buffer overwrites it first; the
// canary is compared before the function returns, and __stack_chk_fail
// (which aborts with "stack smashing detected") called if it changed.
//

// An array of chars of 8 bytes or more, or a struct or union holding one:
// what -fstack-protector calls a buffer.
static bool is_char_buffer(Type *ty) {
  if (ty->kind == TY_ARRAY)
    return ty->base->size == 1 && ty->size >= 8;
  if (ty->kind == TY_STRUCT || ty->kind == TY_UNION)
    for (Member *mem = ty->members; mem; mem = mem->next)
      if (is_char_buffer(mem->ty))
        return true;
  return false;
}

static bool has_array(Type *ty) {
  if (ty->kind == TY_ARRAY || ty->kind == TY_VLA)
    return true;
  if (ty->kind == TY_STRUCT || ty->kind == TY_UNION)
    for (Member *mem = ty->members; mem; mem = mem->next)
      if (has_array(mem->ty))
        return true;
  return false;
}

// Whether any node in the tree (and the statements after it) is one
// that `is` says yes to.
static bool any_node(Node *node, bool (*is)(Node *node)) {
  for (; node; node = node->next)
    if (is(node) || any_node(node->lhs, is) || any_node(node->rhs, is) ||
        any_node(node->cond, is) || any_node(node->then, is) || any_node(node->els, is) ||
        any_node(node->init, is) || any_node(node->inc, is) || any_node(node->body, is) ||
        any_node(node->args, is) || any_node(node->exit_code, is))
      return true;
  return false;
}

// alloca, or a VLA (allocated the same way).
static bool allocates_on_stack(Node *node) {
  return node->kind == ND_ALLOCA || node->kind == ND_SP_SAVE;
}

// That, or a local's address taken.
static bool uses_frame_address(Node *node) {
  if (allocates_on_stack(node))
    return true;
  if (node->kind != ND_ADDR)
    return false;
  Node *n = node->lhs;
  while (n->kind == ND_MEMBER || n->kind == ND_COMMA)
    n = n->kind == ND_MEMBER ? n->lhs : n->rhs;
  return n->kind == ND_VAR && n->var->is_local;
}

static bool needs_canary(Obj *fn) {
  // (--dump-ast lays frames out with no code generator configured.)
  StackProtector level = config ? config->stack_protector : SSP_NONE;
  if (level == SSP_NONE)
    return false;
  if (level == SSP_ALL)
    return true;
  for (Obj *var = fn->locals; var; var = var->next) {
    if (var->name[0] == '_' && (!strcmp(var->name, "__va_area__") ||
                                !strcmp(var->name, "__alloca_size__")))
      continue;
    if (level == SSP_STRONG ? has_array(var->ty) : is_char_buffer(var->ty))
      return true;
  }
  return any_node(fn->body, level == SSP_STRONG ? uses_frame_address : allocates_on_stack);
}

// Gives a local the next free bytes below rbp (bottom grows downward).
static void place_local(Obj *var, int *bottom) {
  int align = var->align;
  if (var->ty->kind == TY_ARRAY && var->ty->size >= 16 && align < 16)
    align = 16; // as gcc does, for faster copies

  if (align > 16) {
    *bottom = align_to(*bottom + var->ty->size + align - 16, 16);
    var->area_offset = -*bottom;
    *bottom = align_to(*bottom + 8, 8);
    var->offset = -*bottom;
    return;
  }

  *bottom += var->ty->size;
  *bottom = align_to(*bottom, align);
  var->offset = -*bottom;
}

// Assigns stack offsets to local variables; parameters passed on the stack
// keep their place in the caller's frame, above the return address.  Under
// a canary the arrays come first, right below it, as gcc places them: an
// overflow runs into the canary, not into the function's other variables.
// Once registers are given out (gen_function: regs_known), a variable in
// one needs no slot, nor does the alloca bottom of a function without
// alloca.
static void layout_frame(Obj *fn, bool regs_known) {
  // Parameters that arrive on the stack stay in the caller's frame.
  int gp, fp;
  place_params(fn, &gp, &fp);

  fn->has_canary = needs_canary(fn);
  int bottom = fn->has_canary ? 8 : 0;
  for (int pass = fn->has_canary ? 0 : 1; pass < 2; pass++)
    for (Obj *var = fn->locals; var; var = var->next) {
      if (var->offset > 0)
        continue; // a parameter passed on the stack
      if (regs_known && (var->reg || (var == fn->alloca_bottom && !uses_alloca)))
        continue;
      if ((pass == 0) != (fn->has_canary && has_array(var->ty)))
        continue; // arrays under a canary in pass 0, the rest in pass 1
      place_local(var, &bottom);
    }

  fn->stack_size = align_to(bottom, 16);
}

void layout_frames(Obj *prog) {
  for (Obj *fn = prog; fn; fn = fn->next)
    if (fn->is_function && fn->is_definition)
      layout_frame(fn, false);
}

// A symbol's binding: a static one is local to the object file.  With
// -fvisibility=hidden (or protected, internal) a global one defined here
// gets that visibility, as gcc gives it.
static void emit_binding(Obj *obj, char *name) {
  println_sym(name, "  .%s %s", obj->is_static ? "local" : "globl", name);
  if (!obj->is_static && visibility_of(obj))
    println_sym(name, "  .%s %s", visibility_of(obj), name);
}

static void emit_aliases(Obj *prog) {
  for (Obj *var = prog; var; var = var->next) {
    if (!var->alias)
      continue;
    char *name = obj_name(var);
    emit_binding(var, name);
    if (var->is_weak)
      println_sym(name, "  .weak %s", name);
    println_sym(name, "  .set %s, %s", name, var->alias);
  }
}

// With -fcommon (gcc's default before gcc 10, which old code relies on
// to define one variable in several files), a global tentative
// definition, `int x;`, is a common symbol, merged by the linker.
static bool is_common(Obj *var) {
  return config->common && var->is_tentative && !var->init_data && !var->is_static &&
         !var->is_tls && !var->section && !var->is_weak;
}

static void emit_common(Obj *var, char *name) {
  if (visibility_of(var))
    println_sym(name, "  .%s %s", visibility_of(var), name);
  println_sym(name, "  .comm %s,%d,%d", name, var->ty->size > 0 ? var->ty->size : 1,
              var->align);
}

// The length of the run of zero bytes at data[pos..end).
static int zero_run(char *data, int pos, int end) {
  int n = 0;
  while (pos + n < end && !data[pos + n])
    n++;
  return n;
}

// Writes data[pos..end) as directives: a run of at least 8 zero bytes as
// one .zero, the other bytes as .byte lists of up to 16, so that a table
// or a string takes a line per 16 bytes rather than one per byte.
static void emit_bytes(char *data, int pos, int end) {
  char buf[16 * 5 + 16];
  while (pos < end) {
    int z = zero_run(data, pos, end);
    if (z >= 8) {
      println("  .zero %d", z);
      pos += z;
      continue;
    }
    int len = snprintf(buf, sizeof(buf), "  .byte %d", data[pos++]);
    for (int n = 1; n < 16 && pos < end && zero_run(data, pos, end) < 8; n++)
      len += snprintf(buf + len, sizeof(buf) - len, ",%d", data[pos++]);
    println("%s", buf);
  }
}

// A const object (an array of const elements too) is read-only, as gcc
// places it: .rodata, or .data.rel.ro where the dynamic linker must fill
// in addresses first.  Not a const volatile one, which gcc keeps in .data.
static bool is_read_only(Type *ty) {
  while (ty->kind == TY_ARRAY)
    ty = ty->base;
  return ty->is_const && !ty->is_volatile;
}

static void emit_data(Obj *prog) {
  // Weak references: undefined weak symbols resolve to 0.
  for (Obj *var = prog; var; var = var->next)
    if (var->is_weak && !var->is_definition && !var->alias)
      println_sym(obj_name(var), "  .weak %s", obj_name(var));

  for (Obj *var = prog; var; var = var->next) {
    if (var->is_function || !var->is_definition || var->is_toplevel_asm || var->alias)
      continue;

    char *name = obj_name(var);
    if (is_common(var)) {
      emit_common(var, name);
      continue;
    }
    emit_binding(var, name);
    if (var->is_weak)
      println_sym(name, "  .weak %s", name);

    int align = var->align;
    if (var->ty->kind == TY_ARRAY && var->ty->size >= 16 && align < 16)
      align = 16;

    // .data or .tdata
    if (var->init_data) {
      if (var->section)
        println("  .section %s,\"aw\"", var->section);
      else if (var->is_tls)
        println("  .section .tdata,\"awT\",@progbits");
      else if (var->is_literal || (is_read_only(var->ty) && (!var->rel || config->pic == PIC_NONE)))
        println("  .section .rodata");
      else if (var->rel && config->pic != PIC_NONE)
        println(is_read_only(var->ty) ? "  .section .data.rel.ro,\"aw\""
                                      : "  .section .data.rel,\"aw\"");
      else
        println("  .data");

      println_sym(name, "  .type %s, @object", name);
      int size = storage_size(var->ty);
      println_sym(name, "  .size %s, %d", name, size);
      println("  .align %d", align);
      println_sym(name, "%s:", name);

      Relocation *rel = var->rel;
      int pos = 0;
      while (pos < size) {
        if (rel && rel->offset == pos) {
          println_sym(*rel->label, "  .quad %s%+ld", *rel->label, rel->addend);
          rel = rel->next;
          pos += 8;
        } else {
          int end = rel ? rel->offset : size;
          emit_bytes(var->init_data, pos, end);
          pos = end;
        }
      }
      continue;
    }

    // .bss or .tbss
    if (var->section)
      println("  .section %s,\"aw\"", var->section);
    else if (var->is_tls)
      println("  .section .tbss,\"awT\",@nobits");
    else
      println("  .bss");

    println_sym(name, "  .type %s, @object", name);
    println_sym(name, "  .size %s, %d", name, var->ty->size);
    println("  .align %d", align);
    println_sym(name, "%s:", name);
    println("  .zero %d", var->ty->size > 0 ? var->ty->size : 1);
  }
}

static void store_fp(int r, int offset, int sz) {
  if (sz == 4)
    println("  movss DWORD PTR [rbp%+d], xmm%d", offset, r);
  else if (sz == 8)
    println("  movsd QWORD PTR [rbp%+d], xmm%d", offset, r);
  else {
    println("  movq rax, xmm%d", r);
    for (int i = 0; i < sz; i++) {
      println("  mov BYTE PTR [rbp%+d], al", offset + i);
      println("  shr rax, 8");
    }
  }
}

static void store_gp(int r, int offset, int sz) {
  switch (sz) {
  case 1:
    println("  mov BYTE PTR [rbp%+d], %s", offset, argreg8[r]);
    return;
  case 2:
    println("  mov WORD PTR [rbp%+d], %s", offset, argreg16[r]);
    return;
  case 4:
    println("  mov DWORD PTR [rbp%+d], %s", offset, argreg32[r]);
    return;
  case 8:
    println("  mov QWORD PTR [rbp%+d], %s", offset, argreg64[r]);
    return;
  default:
    println("  mov rax, %s", argreg64[r]);
    for (int i = 0; i < sz; i++) {
      println("  mov BYTE PTR [rbp%+d], al", offset + i);
      println("  shr rax, 8");
    }
    return;
  }
}

// Stores the register-passed parameters into their stack slots.
static void store_params(Obj *fn) {
  int gp = 0, fp = 0;
  Obj *var = fn->params;

  if (is_aggregate(fn->ty->return_ty)) {
    if (returns_in_memory(fn->ty->return_ty))
      store_gp(gp++, var->offset, 8);
    var = var->next;
  }

  for (Type *p = fn->ty->params; p && var; p = p->next, var = var->next) {
    if (var->offset > 0)
      continue; // passed on the stack

    Type *ty = var->ty;
    if (is_aggregate(ty)) {
      Class c = classify(ty);
      if (c.sseup) {
        println("  movups XMMWORD PTR [rbp%+d], xmm%d", var->offset, fp++);
        continue;
      }
      for (int i = 0; i < c.n; i++) {
        int sz = eightbyte_size(ty, i);
        if (c.sse[i])
          store_fp(fp++, var->offset + i * 8, sz);
        else
          store_gp(gp++, var->offset + i * 8, sz);
      }
    } else if (var->xmm) {
      println("  movaps xmm%d, xmm%d", var->xmm, fp++);
    } else if (ty->kind == TY_FLOAT || ty->kind == TY_DOUBLE) {
      store_fp(fp++, var->offset, ty->size);
    } else if (var->reg) {
      println("  mov %s, %s", var_reg_name(var->reg, 8), argreg64[gp++]);
    } else if (is_int128(ty)) {
      store_gp(gp++, var->offset, 8);
      store_gp(gp++, var->offset + 8, 8);
    } else {
      store_gp(gp++, var->offset, ty->size);
    }
  }
}

// Saves all argument registers into the register save area of a variadic
// function, the layout va_arg expects.
static void save_va_area(Obj *fn) {
  int off = fn->va_area->offset;
  for (int i = 0; i < GP_MAX; i++)
    println("  mov QWORD PTR [rbp%+d], %s", off + i * 8, argreg64[i]);
  int c = count();
  println("  test al, al");
  println("  je .L.va_skip.%d", c);
  for (int i = 0; i < FP_MAX; i++)
    println("  movaps XMMWORD PTR [rbp%+d], xmm%d", off + 48 + i * 16, i);
  println(".L.va_skip.%d:", c);
}

// A function's code, from its label to its .size directive and the
// floating-point constants it uses.
static void gen_function(Obj *fn) {
  char *name = obj_name(fn);
  println_sym(name, "%s:", name);
  current_fn = fn;
  current_fn_id = count();

  // Prologue.  The CFI directives let debuggers and unwinders find the
  // caller's frame: the CFA is rbp+16 once rbp is set.
  println("  .cfi_startproc");
  last_loc_file = NULL;
  emit_loc(fn->tok);
  // -fcf-protection=branch: every function may be reached by an indirect
  // call, and starts with the landing pad indirect branch tracking wants.
  if (config->cf_protection & CF_BRANCH)
    println("  endbr64");
  println("  push rbp");
  println("  .cfi_def_cfa_offset 16");
  println("  .cfi_offset rbp, -16");
  println("  mov rbp, rsp");
  println("  .cfi_def_cfa_register rbp");
  // The callee-saved registers that hold variables are pushed below the
  // frame, after a pad that keeps rsp 16-byte aligned.
  assign_var_regs(fn);
  // Laid out again without the variables that now live in registers: a
  // function whose locals all do needs no frame below the saves.
  layout_frame(fn, true);
  int saved_area = align_to(num_var_regs * 8, 16);
  int pushed_bottom = -fn->stack_size - saved_area; // rsp - rbp after the pushes
  if (fn->stack_size + saved_area - num_var_regs * 8)
    allocate_stack(fn->stack_size + saved_area - num_var_regs * 8, true);
  for (int i = 0; i < num_var_regs; i++)
    println("  push %s", var_regs[i][3]);
  // One location for all the saves: until a register changes, its pushed
  // copy and the register itself hold the same value.  (The CFA is rbp+16.)
  for (int i = 0; i < num_var_regs; i++)
    println("  .cfi_offset %s, %d", var_regs[i][3], pushed_bottom + 8 * (num_var_regs - 1 - i) - 16);
  if (uses_alloca)
    println("  mov QWORD PTR [rbp%+d], rsp", fn->alloca_bottom->offset);
  // (r11: rax's al counts a variadic call's vector registers.)
  if (fn->has_canary) {
    println("  mov r11, QWORD PTR fs:40");
    println("  mov QWORD PTR [rbp-8], r11");
  }

  for (Obj *var = fn->locals; var; var = var->next) {
    if (!var->area_offset)
      continue;
    println("  lea rax, [rbp%+d]", var->area_offset + var->align - 1);
    println("  and rax, %d", -var->align);
    println("  mov QWORD PTR [rbp%+d], rax", var->offset);
  }

  if (fn->va_area)
    save_va_area(fn);
  store_params(fn);
  // The body's first line starts a new row of the line table even when
  // it is the function's own line: a debugger stops there, where the
  // parameters are in their places, to break at the function.
  if (config->debug_info)
    last_loc_file = NULL;

  // Emit code
  jumped_deep = false;
  gen_stmt(fn->body);
  if (depth != 0)
    error("internal error: stack depth %d at the end of '%s'", depth, fn->name);

  // [https://www.sigbus.info/n1570#5.1.2.2.3p1] The C spec defines
  // a special rule for the main function. Reaching the end of the
  // main function is equivalent to returning 0, even though the
  // behavior is undefined for the other functions.
  if (strcmp(fn->name, "main") == 0)
    println("  xor eax, eax");

  // Epilogue.  rax and rdx may hold the value returned.
  println_forward_label(".L.return.%d:", current_fn_id);
  if (fn->has_canary) {
    println("  mov rcx, QWORD PTR [rbp-8]");
    println("  sub rcx, QWORD PTR fs:40");
    println("  je .L.canary.%d", current_fn_id);
    println(config->pic == PIC_NONE ? "  call __stack_chk_fail" : "  call __stack_chk_fail@PLT");
    println(".L.canary.%d:", current_fn_id);
  }
  // rsp is back where the pushes left it, unless alloca or a jump moved it.
  if (num_var_regs && (uses_alloca || jumped_deep))
    println("  lea rsp, [rbp%+d]", pushed_bottom);
  for (int i = num_var_regs - 1; i >= 0; i--)
    println("  pop %s", var_regs[i][3]);
  println("  leave"); // mov rsp, rbp; pop rbp
  println("  .cfi_def_cfa rsp, 8");
  println("  ret");
  println("  .cfi_endproc");
  if (config->debug_info) {
    char *end = format(".L.end.%d", current_fn_id);
    println("%s:", end);
    dwarf_function(fn, name, end);
  }
  println_sym(name, "  .size %s, .-%s", name, name);
  emit_float_consts();
}

// A function's code goes out as soon as the parser has it, so that its
// nodes can be released and no copy of its text is kept.
// Static inline functions, as gcc (at -O0 too) writes them: only those
// that something written refers to.  A header's inline function that calls
// what the program never links (tar's sys_reset_uid_gid() and error_hook)
// then costs nothing.  Each one's assembly is held back in memory, with
// the names it refers to; codegen_end() writes those that written code or
// data refers to, and those they refer to in turn.
struct HeldBack {
  HeldBack *next;
  char *name;
  char *text;
  size_t len;
  StringArray uses;
  bool written;
};
static HeldBack *held_backs, **held_backs_end = &held_backs;
static HashMap used_names; // names that written code or data refers to

void note_symbol_use(char *name) {
  if (!config->hold_inline)
    return;
  if (holding_back)
    strarray_push(&holding_back->uses, name);
  else
    hashmap_put(&used_names, name, (void *)1);
}

static bool is_held_back(Obj *fn) {
  return config->hold_inline && fn->is_static && fn->is_inline && !fn->is_used &&
         !fn->is_constructor && !fn->is_destructor && !fn->alias;
}

static void emit_function_now(Obj *fn);

// Generates FN into memory instead of the assembly, for codegen_end().
static void hold_back_function(Obj *fn) {
  flush_held();
  HeldBack *hb = xcalloc(1, sizeof(HeldBack));
  hb->name = obj_name(fn);
  held_back_output = output_file;
  output_file = open_memstream(&hb->text, &hb->len);
  if (!output_file)
    error("open_memstream failed: %s", strerror(errno));
  holding_back = hb;
  bool text = in_text;
  in_text = false; // its own .text: it may be written after the data
  emit_function_now(fn);
  flush_held();
  fclose(output_file);
  output_file = held_back_output;
  holding_back = NULL;
  in_text = text;
  *held_backs_end = hb;
  held_backs_end = &hb->next;
}

// Writes the held-back functions that are used, until no more are: a
// used one may use others.  The names the data refers to count as uses.
static void write_used_held_backs(Obj *prog) {
  for (Obj *var = prog; var; var = var->next) {
    for (Relocation *rel = var->rel; rel; rel = rel->next)
      hashmap_put(&used_names, *rel->label, (void *)1);
    if (var->alias)
      hashmap_put(&used_names, var->alias, (void *)1);
  }
  for (bool again = true; again;) {
    again = false;
    for (HeldBack *hb = held_backs; hb; hb = hb->next) {
      if (hb->written || !hashmap_get(&used_names, hb->name))
        continue;
      flush_held();
      fwrite(hb->text, 1, hb->len, output_file);
      in_text = false;
      hb->written = again = true;
      for (int i = 0; i < hb->uses.len; i++)
        hashmap_put(&used_names, hb->uses.data[i], (void *)1);
    }
  }
}

static void emit_function(Obj *fn) {
  if (is_held_back(fn))
    hold_back_function(fn);
  else
    emit_function_now(fn);
}

static void emit_function_now(Obj *fn) {
  char *name = obj_name(fn);
  emit_binding(fn, name);
  if (fn->section)
    println("  .section %s,\"ax\",@progbits", fn->section);
  else if (!in_text)
    println("  .text");
  println_sym(name, "  .type %s, @function", name);
  if (fn->align > 1)
    println("  .align %d", fn->align);
  layout_frame(fn, false);
  gen_function(fn);
}

// Weakness and constructor entries come last: a later declaration's
// attribute (`int f(void) __attribute__((weak));`) may still ask for them.
static void emit_function_symbols(Obj *prog) {
  for (Obj *fn = prog; fn; fn = fn->next) {
    if (!fn->is_function || !fn->is_definition)
      continue;

    char *name = obj_name(fn);
    if (fn->is_weak)
      println_sym(name, "  .weak %s", name);

    // Prioritized entries go in .init_array.NNNNN, which ld sorts.
    if (fn->is_constructor) {
      if (fn->priority)
        println("  .section .init_array.%05d,\"aw\"", fn->priority);
      else
        println("  .section .init_array,\"aw\"");
      println("  .align 8");
      println_sym(name, "  .quad %s", name);
    }
    if (fn->is_destructor) {
      if (fn->priority)
        println("  .section .fini_array.%05d,\"aw\"", fn->priority);
      else
        println("  .section .fini_array,\"aw\"");
      println("  .align 8");
      println_sym(name, "  .quad %s", name);
    }
  }
}

// The assembly is written as the program is parsed: codegen_begin() opens
// it, codegen_object() writes each function definition and top-level asm
// statement as soon as the parser is done with it (in source order, so
// that an asm statement defining a gas macro comes before its users), and
// codegen_end() adds the data and the symbols' bindings.
void codegen_begin(FILE *out, CodegenConfig *cfg) {
  output_file = out;
  // Only this thread writes the assembly: no lock around every write.
  __fsetlocking(out, FSETLOCKING_BYCALLER);
  config = cfg;
  in_text = false;
  forget_float_consts();
  if (label_refs) // --explain numbers each listing's labels afresh
    memset(label_refs, 0, label_refs_cap);
  // gcc's first line: the object's FILE symbol names the source, not the
  // temporary file or pipe that `as` reads.
  if (config->source_name)
    println("  .file \"%s\"", quote_asm_string(config->source_name));
  println("  .intel_syntax noprefix");
  if (config->debug_info)
    dwarf_begin();
}

void codegen_object(Obj *obj) {
  if (obj->is_toplevel_asm) {
    println("  .att_syntax");
    println("%s", obj->asm_name);
    in_text = false; // its text may switch sections
    println("  .intel_syntax noprefix");
  } else {
    emit_function(obj);
  }
  flush_held();
}

// -fcf-protection: the note that tells the linker (and the kernel, through
// the executable) that this code has endbr64 landing pads (IBT, bit 0) and
// keeps to the shadow stack (SHSTK, bit 1): GNU_PROPERTY_X86_FEATURE_1_AND.
static void emit_cet_property(void) {
  int bits = config->cf_protection & (CF_BRANCH | CF_RETURN);
  if (!bits)
    return;
  println("  .section .note.gnu.property,\"a\"");
  println("  .p2align 3");
  println("  .long 1f - 0f"); // the name's size
  println("  .long 4f - 1f"); // the description's size
  println("  .long 5");       // NT_GNU_PROPERTY_TYPE_0
  println("0:");
  println("  .string \"GNU\"");
  println("1:");
  println("  .p2align 3");
  println("  .long 0xc0000002"); // GNU_PROPERTY_X86_FEATURE_1_AND
  println("  .long 3f - 2f");
  println("2:");
  println("  .long %d", bits);
  println("3:");
  println("  .p2align 3");
  println("4:");
}

void codegen_end(Obj *prog) {
  write_used_held_backs(prog);
  emit_data(prog);
  emit_function_symbols(prog);
  emit_aliases(prog);
  emit_atomic_runtime(prog);
  if (config->debug_info)
    dwarf_end(prog, obj_name);
  println("  .section .note.GNU-stack,\"\",@progbits");
  emit_cet_property();
  flush_held();
}
